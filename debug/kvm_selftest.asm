; kvm_selftest.asm - the programs of the KVM slave's start-up self-test
; (kvm_selftest.c). Loaded at 0000:1000 of a bare 1 MiB machine; each test
; starts in real mode at the entry its slot of the table below names, with
; SS:SP = 0000:8000, DS = ES = 0, and ends with HLT. The runner runs it on
; the twin86 interpreter as master and on KVM as slave in lockstep; the mode
; counts as followed when they agree at every tick and at the end.

bits 16
org 0x1000

    dw t_real, t_prot, t_pmev, t_paging, t_x87, q_aam, q_aad, q_sti

; ---- real mode: arithmetic with undefined flags, strings, port I/O,
; INT/IRET, exceptions through the IVT, far calls, answered instructions ----
t_real:
    cli
    mov word [0x30*4], r_isr
    mov word [0x30*4+2], 0
    mov word [0*4], r_skip2
    mov word [0*4+2], 0
    mov word [6*4], r_skip2
    mov word [6*4+2], 0
    mov ax, 0x1234
    mov bx, 0x8765
    add ax, bx
    adc bx, ax
    sbb ax, 0x55
    mul bx                  ; SF ZF AF PF undefined
    pushf                   ; ...and read here: the master's values
    pop dx
    and ax, 0x0F0F          ; AF undefined
    shl ax, 3               ; OF undefined
    mov cl, 5
    rcr bx, cl              ; OF undefined
    bt ax, 3
    das
    xor cx, cx
    bsf cx, cx              ; source 0: the destination is undefined
    pushf
    pop bp
    mov si, r_data
    mov di, 0x3000
    mov cx, 9
    cld
    rep movsb
    mov si, r_data
    mov di, 0x3000
    mov cx, 9
    repe cmpsb
    mov di, 0x3100
    mov cx, 300
    mov al, 0xA5
    rep stosb
    mov dx, 0x80
    out dx, al
    in al, 0x61
    mov cx, 3
    mov si, r_data
    rep outsb
    int 0x30
    xor dx, dx
    mov ax, 7
    xor bx, bx
    div bx                  ; #DE: the handler steps over the 2-byte DIV
    ud2                     ; #UD: likewise
    call 0:r_far
    xor eax, eax
    cpuid
    rdtsc
    sti
    nop
    cli
    push word 0x0200
    pop es
    mov word [es:0x10], 0xBEEF
    hlt

r_isr:
    inc di
    iret
r_skip2:
    push bp
    mov bp, sp
    add word [bp+2], 2
    pop bp
    iret
r_far:
    inc si
    retf
r_data:
    db "twin86kvm"

; ---- protected mode without paging: in, 32-bit code, segments, strings,
; far calls, and back to real mode ----
t_prot:
    cli
    lgdt [gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 0x08:p_32
bits 32
p_32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x9000
    mov eax, 0x12345678
    imul eax, eax, 3
    push eax
    pop ebx
    mov [0x5000], ebx
    mov esi, 0x5000
    mov edi, 0x6000
    mov ecx, 8
    rep movsd
    call 0x08:p_far
    jmp 0x18:p_16
p_far:
    inc edi
    retf
bits 16
p_16:
    mov ax, 0x20
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov eax, cr0
    and al, 0xFE
    mov cr0, eax
    jmp 0:p_real
p_real:
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x8000
    hlt

; ---- protected-mode events: INT through a gate, IRETD, an exception ----
t_pmev:
    cli
    lgdt [gdtr]
    lidt [idtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 0x08:e_32
bits 32
e_32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x9000
    int 0x30
    xor edx, edx
    xor ecx, ecx
    mov eax, 5
    div ecx                 ; #DE through gate 0
    mov ebx, 0x77
    hlt
e_isr:
    inc ebp
    iretd
e_de:
    add dword [esp], 2
    iretd

; ---- paging: an identity map and one page moved ----
bits 16
t_paging:
    cli
    lgdt [gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 0x08:g_32
bits 32
g_32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x9000
    mov edi, 0x21000
    mov eax, 0x3
    mov ecx, 1024
g_fill:
    stosd
    add eax, 0x1000
    loop g_fill
    mov dword [0x21000 + 0x300*4], 0x5003
    mov dword [0x20000], 0x21003
    mov eax, 0x20000
    mov cr3, eax
    mov eax, cr0
    or eax, 0x80000000
    mov cr0, eax
    mov dword [0x300000], 0xCAFEF00D    ; lands at 0x5000
    mov ebx, [0x5000]
    mov eax, cr0
    and eax, 0x7FFFFFFF
    mov cr0, eax
    hlt

; ---- x87 in real mode ----
bits 16
t_x87:
    fninit
    fld1
    fldpi
    faddp st1, st0
    fstp dword [0x3200]
    fnstsw [0x3204]
    fnstcw [0x3206]
    hlt

; ---- probes of instructions a backend may get wrong ----
q_aam:
    mov ax, 0x000A
    aam                     ; AL = 0, AH = 1: ZF from AL is 1
    hlt
q_aad:
    mov ax, 0x0D00
    aad                     ; AL = 0x82: SF from AL is 1
    hlt
q_sti:
    cli
    sti                     ; IF 0 -> 1: an interrupt shadow on every CPU
    nop
    sti                     ; IF already 1: none, says the SDM
    nop
    cli
    hlt

align 8
gdt:
    dq 0
    dq 0x00CF9A000000FFFF   ; 0x08 code, 32-bit, flat
    dq 0x00CF92000000FFFF   ; 0x10 data, flat
    dq 0x00009A000000FFFF   ; 0x18 code, 16-bit, 64 KiB
    dq 0x000092000000FFFF   ; 0x20 data, 16-bit, 64 KiB
gdt_end:
gdtr:
    dw gdt_end - gdt - 1
    dd gdt

align 8
idt:
    dw e_de, 0x08, 0x8E00, 0
    times 0x2F dq 0
    dw e_isr, 0x08, 0x8E00, 0
idt_end:
idtr:
    dw idt_end - idt - 1
    dd idt
