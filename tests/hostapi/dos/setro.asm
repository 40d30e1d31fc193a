; SETRO.COM file - sets the read-only attribute of a file (INT 21h AX=4300h
; to read the attributes, AX=4301h to write them back with bit 0 set).
; Prints "attributes XX" (the new value, hex) or "error XX" (DOS error).
bits 16
org 0x100
    mov si, 0x81                ; the command tail, CR-terminated
.skip:
    lodsb
    cmp al, ' '
    je .skip
    dec si
    mov dx, si
.find_end:
    lodsb
    cmp al, ' '
    je .end
    cmp al, 13
    jne .find_end
.end:
    mov byte [si - 1], 0
    mov ax, 0x4300
    int 0x21
    jc .error
    or cx, 1
    mov ax, 0x4301
    int 0x21
    jc .error
    mov ax, 0x4300
    int 0x21
    jc .error
    mov al, cl
    mov si, msg_attr
    jmp .print
.error:
    mov si, msg_error
.print:
    push ax
    mov dx, si
    mov ah, 0x09
    int 0x21
    pop ax
    mov bl, al
    shr al, 4
    call hex
    mov al, bl
    and al, 15
    call hex
    mov dx, crlf
    mov ah, 0x09
    int 0x21
    mov ax, 0x4C00
    int 0x21
hex:
    add al, '0'
    cmp al, '9'
    jbe .out
    add al, 'A' - '0' - 10
.out:
    mov dl, al
    mov ah, 0x02
    int 0x21
    ret
msg_attr  db 'attributes $'
msg_error db 'error $'
crlf      db 13, 10, '$'
