; Benchmark guest: a 16-bit real-mode integer mix (xorshift16, word buffer
; updates, rotates). Prints "CHECKSUM xxxx" and halts.
%include "workload.inc"
bits 16
org 0
start:
    cli
    xor ax, ax
    mov ss, ax
    mov sp, 0x7000
    mov ax, 0x1000
    mov ds, ax
    mov es, ax
    xor di, di
    mov cx, 2048
    xor ax, ax
    cld
    rep stosw
    mov ax, 0xACE1
    xor dx, dx
    mov bp, ITERATIONS / 65536
    xor cx, cx
.loop:
    mov si, ax
    shl si, 7
    xor ax, si
    mov si, ax
    shr si, 9
    xor ax, si
    mov si, ax
    shl si, 8
    xor ax, si
    mov bx, ax
    and bx, 2046
    add [bx], ax
    mov di, bx
    shl di, 3
    sub di, bx
    and di, 2046
    add dx, [di]
    rol dx, 3
    xor dx, ax
    loop .loop
    dec bp
    jnz .loop
    ; print the checksum
    push cs
    pop ds
    mov si, msg
.msg:
    lodsb
    test al, al
    jz .hex
    out 0xE9, al
    jmp .msg
.hex:
    mov cx, 4
.digit:
    rol dx, 4
    mov al, dl
    and al, 15
    add al, '0'
    cmp al, '9'
    jbe .out
    add al, 'a' - '9' - 1
.out:
    out 0xE9, al
    loop .digit
    mov al, 10
    out 0xE9, al
    GUEST_EXIT 16

msg: db "CHECKSUM ", 0
    RESET_VECTOR
