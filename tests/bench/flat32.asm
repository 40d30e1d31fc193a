; Benchmark guest in flat protected mode: the 32-bit integer mix, with
; paging when PAGING is defined; the register-only loop with REG32_LOOP, the
; memory loop with MEM32_LOOP. Prints "CHECKSUM xxxxxxxx" and halts.
%include "workload.inc"
bits 16
org 0
start:
    cli
    xor ax, ax
    mov ss, ax
    mov sp, 0x7000
    o32 lgdt [cs:gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp dword 0x08:(pm32 + 0xF0000)
bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x90000
%ifdef PAGING
    ; identity-map the first 4 MiB with 4 KiB pages: directory at 0x20000
    mov edi, 0x21000
    mov eax, 0x3
    mov ecx, 1024
.pt:
    mov [edi], eax
    add eax, 0x1000
    add edi, 4
    loop .pt
    mov dword [0x20000], 0x21003
    mov eax, 0x20000
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80000000
    mov cr0, eax
%endif
    ; clear the 4 KiB buffer at 0x100000
    mov edi, 0x100000
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov ebx, 0x100000
%ifdef REG32_LOOP
    REG32
%elifdef MEM32_LOOP
    MEM32
%else
    mov eax, 2463534242
    xor edx, edx
    mov ecx, ITERATIONS
    MIX32
%endif
    ; print the checksum
    mov esi, msg + 0xF0000
.msg:
    mov al, [esi]
    test al, al
    jz .hex
    out 0xE9, al
    inc esi
    jmp .msg
.hex:
    mov ecx, 8
.digit:
    rol edx, 4
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
    GUEST_EXIT 32

msg: db "CHECKSUM ", 0
align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF
    dq 0x00CF92000000FFFF
gdtr:
    dw 23
    dd gdt + 0xF0000
    RESET_VECTOR
