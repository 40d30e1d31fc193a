; cmds.asm - a 4 KiB BIOS image for test_cmds: it enters 32-bit protected
; mode, builds the page tables whose mappings `info tab` must list, loads an
; LDT for `info ldt`, pushes three known dwords for `print-stack`, then runs
; `tail` (a CALL that test_cmds steps over with `p`) and halts.
;
; The image is mapped at 0xFFFFF000 and 0xFF000 (org): the reset vector at
; 0xFFFFFFF0 jumps to the 0xFF000 alias, where every label is its linear
; address. Flat segments (base 0) keep linear = offset.
;
; Mappings (PD at 0x10000, page tables at 0x11000 and 0x12000):
;   00000000-0000FFFF -> 00000000-0000FFFF  rw user   (16 pages, one run)
;   00020000-00021FFF -> 00050000-00051FFF  ro super
;   00022000-00022FFF -> 00052000-00052FFF  rw super  (continues the run
;                                           above in both spaces, rights differ)
;   00030000-00030FFF -> 00053000-00053FFF  rw user   (PTE user, PDE user)
;   000FF000-000FFFFF -> 000FF000-000FFFFF  ro super  (this ROM)
;   00400000-007FFFFF -> 00C00000-00FFFFFF  rw user   (4 MiB page, CR4.PSE)
;   C0000000-C0001FFF -> 00060000-00061FFF  ro user   (PDE read-only, PTEs rw)
cpu 686
org 0xFF000

PD   equ 0x10000
PT0  equ 0x11000
PT3  equ 0x12000
%define ABS(x) ((x) - $$ + 0xFF000)

bits 16
start:
    cli
    lgdt [cs:ABS(gdtr) - 0xF0000]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp dword 0x08:pm32

bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov esp, 0x9000
    cld
    mov edi, PD                     ; clear the directory and both tables
    xor eax, eax
    mov ecx, 3 * 1024
    rep stosd
    mov dword [PD + 0 * 4], PT0 | 7
    mov dword [PD + 1 * 4], 0x00C00000 | 0x87
    mov dword [PD + 0x300 * 4], PT3 | 5
    mov edi, PT0                    ; 0x00000-0x0FFFF identity, user rw
    mov eax, 7
    mov ecx, 16
.ident:
    stosd
    add eax, 0x1000
    loop .ident
    mov dword [PT0 + 0x20 * 4], 0x50000 | 1
    mov dword [PT0 + 0x21 * 4], 0x51000 | 1
    mov dword [PT0 + 0x22 * 4], 0x52000 | 3
    mov dword [PT0 + 0x30 * 4], 0x53000 | 7
    mov dword [PT0 + 0xFF * 4], 0xFF000 | 1
    mov dword [PT3 + 0 * 4], 0x60000 | 7
    mov dword [PT3 + 1 * 4], 0x61000 | 7
    mov eax, PD
    mov cr3, eax
    mov eax, cr4
    or eax, 0x10                    ; PSE
    mov cr4, eax
    mov eax, cr0
    or eax, 0x80000000
    mov cr0, eax
    jmp .paged
.paged:
    mov ax, 0x18
    lldt ax
    push dword 0x11111111
    push dword 0x22222222
    push dword 0x33333333
    jmp tail

    align 8
gdt:
    dq 0
    dq 0x00CF9B000000FFFF           ; 08: flat code32
    dq 0x00CF93000000FFFF           ; 10: flat data32
    dw ldt_end - ldt - 1            ; 18: the LDT below
    dw ABS(ldt) & 0xFFFF
    db (ABS(ldt) >> 16) & 0xFF, 0x82, 0x00, ABS(ldt) >> 24
    dq 0x0000890030000067           ; 20: tss32 available, base 3000h
    dq 0x0000EC0000081234           ; 28: call-gate32 to 0008:00001234, dpl 3
gdtr:
    dw gdtr - gdt - 1
    dd ABS(gdt)

ldt:
    dw 0x0FFF, 0x2340               ; data16 rw, base 00012340, limit 0FFF, dpl 3
    db 0x01, 0xF3, 0x00, 0x00
    dw 0xFFFF, 0x0000               ; code32 er, base 00400000, 4 GiB, dpl 3
    db 0x40, 0xFB, 0xCF, 0x00
    dw 0x0000, 0x0000               ; data16 rw, not present
    db 0x00, 0x12, 0x00, 0x00
ldt_end:

    times 0x800 - ($ - $$) db 0
tail:                               ; 0xFF800
    call sub                        ; E8 rel32: the next instruction is 0xFF805
    mov ebx, 0x5A5A5A5A
    hlt

    times 0x900 - ($ - $$) db 0
sub:                                ; 0xFF900
    mov dword [0x8000], 0xCAFEBABE
    ret

    times 0xFF0 - ($ - $$) db 0
bits 16
reset:                              ; 0xFFFFFFF0
    jmp 0xF000:ABS(start) - 0xF0000
    times 0x1000 - ($ - $$) db 0
