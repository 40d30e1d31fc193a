; EXIT86.COM - ends the twin86 run from DOS: writes 21h to the
; isa-debug-exit port (0x501), so twin86 exits with status 21h*2+1 = 67.
; Used by the DOS tests to stop as soon as their batch file is done.
bits 16
org 0x100
    mov dx, 0x501
    mov al, 0x21
    out dx, al
.wait:
    hlt
    jmp .wait
