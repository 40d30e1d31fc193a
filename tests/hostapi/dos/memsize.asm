; MEMSIZE.COM - prints the memory DOS has given T86REDIR: walks the MCB
; chain (first MCB: the word before the list of lists, INT 21h AH=52h) and
; prints "T86REDIR <bytes>" for every block whose owner is a program named
; T86REDIR (the name DOS 4+ and FreeDOS keep at MCB+8), the MCB's own
; paragraph not counted.
bits 16
org 0x100
    mov ah, 0x52
    int 0x21
    mov ax, [es:bx - 2]
.next:
    mov es, ax
    mov bx, [es:1]              ; owner PSP
    cmp bx, ax
    jbe .skip
    dec bx
    push es
    mov es, bx                  ; the owner's own MCB holds its name
    mov si, name
    mov di, 8
    mov cx, 8
    repe cmpsb
    pop es
    jne .skip
    cmp bx, ax                  ; the program's own block (not its environment)
    jne .skip
    mov dx, name
    mov ah, 0x40
    mov bx, 1
    mov cx, 9
    push ds
    pop ds
    int 0x21
    mov ax, [es:3]              ; size in paragraphs
    shl ax, 4
    call decimal
    mov ah, 0x09
    mov dx, crlf
    int 0x21
    mov ax, es
.skip:
    cmp byte [es:0], 'Z'
    je .done
    add ax, [es:3]
    inc ax
    jmp .next
.done:
    mov ax, 0x4C00
    int 0x21
decimal:                        ; AX unsigned
    mov bx, 10
    xor cx, cx
.div:
    xor dx, dx
    div bx
    push dx
    inc cx
    test ax, ax
    jnz .div
.out:
    pop dx
    add dl, '0'
    mov ah, 0x02
    int 0x21
    loop .out
    ret
name db 'T86REDIR '
crlf db 13, 10, '$'
