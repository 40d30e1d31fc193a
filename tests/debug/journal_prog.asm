; journal_prog.asm: the guest program of test_cosim's journal tests (run on
; minipc, tests/debug/minipc.h): one of each thing a -cosim ref slave must
; take from the master's journal. journal_prog.h holds its bytes:
;   nasm -f bin -o prog.bin journal_prog.asm && xxd -i < prog.bin
        bits 16
        org 0x1000
start:  xor ax, ax
        mov ds, ax
        mov ss, ax
        mov sp, 0x8000
        mov word [0x40*4], irq40      ; vector 40h -> irq40
        mov word [0x40*4+2], 0
        mov word [0x41*4], irq41
        mov word [0x41*4+2], 0
        mov word [2*4], nmi_h
        mov word [2*4+2], 0
        mov ax, 0xA000                ; device window: read, then write
        mov es, ax
rd1:    mov ax, [es:0x10]
wr1:    mov [es:0x20], ax
        mov bp, ax
        in al, 0x85                   ; a port the slave cannot know
        mov ah, al
        out 0x80, al                  ; DMA during the OUT
        mov bx, [0x3000]
        out 0x82, al                  ; DMA after the OUT
        mov cx, [0x3100]
        mov al, 3                     ; PAM: F0000 reads and writes RAM
        out 0x81, al
        mov ax, 0xF000
        mov es, ax
        mov word [es:0], 0x5678
        mov dx, [es:0]
        mov al, 0                     ; back to the ROM
        out 0x81, al
        mov si, [es:0]
        out 0x86, al                  ; the window moves to B0000
        mov ax, 0xB000
        mov es, ax
        mov di, [es:0x10]
        mov ax, 0xA000                ; RAM again where it was
        mov es, ax
        mov ax, [es:0x10]
        add di, ax
        mov al, 0                     ; A20 off: FFFF:0010 wraps to 0
        out 0x88, al
        mov ax, 0xFFFF
        mov es, ax
        mov ax, [es:0x10]
        add bp, ax
        mov al, 1
        out 0x88, al
        mov [0x3400], bp              ; what the reset and the rest would lose
        mov [0x3402], bx
        mov [0x3404], cx
        mov [0x3406], dx
        mov [0x3408], si
        mov [0x340A], di
        sti
        mov al, 0x40                  ; an interrupt now
        out 0x87, al
        nop
        mov al, 0x41                  ; one that wakes the HLT
        out 0x89, al
        hlt
        rdtsc                         ; counts the idle ticks
        mov [0x3300], eax
        out 0x83, al                  ; NMI
        nop
        db 0x0F, 0xB9, 0x3E           ; the hostapi escape on the block at 4000h
        dw 0x4000
        mov eax, 0x4100               ; the doorbell on the block at 4100h
        mov dx, 0x0ED0
        out dx, eax
        out 0x84, al                  ; reset: the ROM jumps to 0000:1100
        hlt
irq40:  inc word [0x3200]
        iret
irq41:  inc word [0x3204]
        iret
nmi_h:  inc word [0x3202]
        iret
        times 0x100 - ($ - $$) nop
after:  xor ax, ax                    ; at 0000:1100 after the reset
        mov ds, ax
        mov ax, [0x3200]
        add ax, [0x3202]
        add ax, [0x3204]
        mov bx, [0x4000 + 14]         ; the hostapi answers' status words
        add bx, [0x4100 + 14]
        cli
        hlt
