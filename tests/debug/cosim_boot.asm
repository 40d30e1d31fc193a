; cosim_boot.asm: a floppy boot sector for cosim-seabios.sh. SeaBIOS loads
; it at 0000:7C00 after its POST (PAM shadowing, option ROMs, PCI set-up).
; The first boot resets the machine through the 8042, the second by a triple
; fault (CMOS byte 38h counts them); the third reads the whole 1.44 MB disk 3 times, a track at a time, through INT 13h,
; which SeaBIOS serves with the floppy controller and ISA DMA, checks that
; every 16-bit word holds its index in the image (cosim-seabios.sh writes
; them so; this sector excepted), waits for BIOS
; timer ticks with HLT (timer interrupts, idle time), and ends the run
; through isa-debug-exit at port 0xF4 with 0x21 (exit status 67) when all
; is well, 0x22 (status 69) when the data is wrong, 0x23 (71) on a read error.
; Progress goes to the debug console (port 0xE9).
; Assembled with -DPATTERN it is instead 128 KiB of the words 0..65535,
; which the script repeats to make the rest of the image.
        bits 16
%ifdef PATTERN
%assign i 0
%rep 65536
        dw i
%assign i i + 1
%endrep
%else
        org 0x7C00

PASSES  equ 3
CYLS    equ 80
SECTORS equ 18

start:  cli
        xor ax, ax
        mov ds, ax
        mov ss, ax
        mov sp, 0x7C00
        sti
        mov si, msg_boot
        call puts
        mov al, 0x38            ; boots so far, in a spare CMOS byte
        out 0x70, al
        in al, 0x71
        cmp al, 1
        jb kbc_reset
        je triple_fault
.pass:  mov word [expect], 0
        mov byte [cyl], 0
.next:  mov ax, 0x1000          ; one track at 1000:0000
        mov es, ax
        xor bx, bx
        mov ax, 0x0200 | SECTORS
        mov ch, [cyl]
        mov cl, 1
        mov dh, [head]
        mov dl, 0
        int 0x13
        jc read_error
        xor di, di              ; every word holds its index in the image,
        mov dx, [expect]        ; but the first 256 (this sector)
        mov cx, SECTORS * 256
        mov al, [cyl]
        or al, [head]
        jnz .cmp
        add di, 512
        add dx, 256
        sub cx, 256
.cmp:   cmp [es:di], dx
        jne bad_data
        add di, 2
        inc dx
        loop .cmp
        mov [expect], dx
        inc byte [head]
        cmp byte [head], 2
        jb .next
        mov byte [head], 0
        inc byte [cyl]
        cmp byte [cyl], CYLS
        jb .next
        dec byte [passes]
        jnz .pass
good:   mov si, msg_ok
        call puts
        mov ax, [0x46C]         ; BIOS tick count: wait 3 ticks
        add ax, 3
.wait:  hlt
        cmp [0x46C], ax
        jne .wait
        mov al, 0x21
        out 0xF4, al
        hlt

; First boot: reset through the keyboard controller (SeaBIOS runs its
; POST again); second: a triple fault (the board resets too).
kbc_reset:
        mov ah, 1
        call set_boots
        mov si, msg_kbc
        call puts
        mov al, 0xFE
        out 0x64, al
.stay:  hlt
        jmp .stay

triple_fault:
        mov ah, 2
        call set_boots
        mov si, msg_triple
        call puts
        lidt [null_idt]         ; no vector fits: #GP, #DF, shutdown
        int 3

set_boots:
        mov al, 0x38
        out 0x70, al
        mov al, ah
        out 0x71, al
        ret

bad_data:
        mov si, msg_bad
        call puts
        mov al, 0x22
        out 0xF4, al
        hlt

read_error:
        mov si, msg_err
        call puts
        mov al, 0x23
        out 0xF4, al
        hlt

puts:   lodsb
        test al, al
        jz .done
        out 0xE9, al
        jmp puts
.done:  ret

passes:   db PASSES
expect:   dw 0
cyl:      db 0
head:     db 0
null_idt: dw 0
          dd 0
msg_boot: db "COSIM-BOOT", 10, 0
msg_kbc:  db "COSIM-RESET-8042", 10, 0
msg_triple: db "COSIM-TRIPLE-FAULT", 10, 0
msg_ok:   db "COSIM-DMA-OK", 10, 0
msg_bad:  db "COSIM-DMA-BAD", 10, 0
msg_err:  db "COSIM-READ-ERROR", 10, 0

        times 510 - ($ - $$) db 0
        dw 0xAA55
%endif
