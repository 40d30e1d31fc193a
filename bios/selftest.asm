; selftest.asm - twin86's built-in guest, booted when no -bios is given.
; A ROM laid out like the CPU test ROMs (tests/cpu/lib/rom.inc) that runs the
; CPU test groups of tests/cpu/*.asm, assembled with SELFTEST defined: each
; group becomes a subroutine, table-driven groups keep only their first
; cases and the rarer encodings are left out, so all groups fit in 64 KiB.
; It prints a banner, what CPUID reports, one line per group and every
; failed check, then "TESTS <passed> passed, <failed> failed" and halts with
; interrupts disabled.
%define SELFTEST
%include "rom.inc"

rom_start:
    cli
    cld
    mov ax, STACK_SEG
    mov ss, ax
    mov sp, STACK_TOP
    call rpt_init
    RPT_STORE R_QUIET, 1
    call rpt_putsi
    db "twin86 CPU self-test", 10, 0
    call st_cpuid_report
    call rpt_putsi
    db "groups:", 10, 0
    call group_control
    call group_mov
    call group_alu
    call group_incdec_neg_not
    call group_muldiv
    call group_shift_rotate
    call group_shld_shrd
    call group_bit
    call group_bcd
    call group_string
    call group_conditions
    call group_interrupts
    call group_stack
    call group_xchg
    call group_misc
    call group_prefixes
    call group_io
    call group_exceptions
    jmp rpt_finish

; st_cpuid_report: "cpuid: vendor <v>, family f, model m, stepping s" and
; "features: <names of the CPUID.1:EDX bits set>".
st_cpuid_report:
    pushfd
    pop eax
    mov ecx, eax
    xor eax, 0x00200000
    push eax
    popfd
    pushfd
    pop eax
    push ecx
    popfd
    xor eax, ecx
    test eax, 0x00200000
    jnz .have
    call rpt_putsi
    db "cpuid: not available (EFLAGS.ID does not toggle)", 10, 0
    ret
.have:
    xor eax, eax
    cpuid
    push ecx
    push edx
    push ebx
    call rpt_putsi
    db "cpuid: vendor ", 0
    mov cx, 3
.reg:
    pop eax
    mov bx, 4
.ch:
    call rpt_putc
    shr eax, 8
    dec bx
    jnz .ch
    dec cx
    jnz .reg
    mov eax, 1
    cpuid
    push edx
    mov ebx, eax
    call rpt_putsi
    db ", family ", 0
    mov eax, ebx
    shr eax, 8
    and eax, 0x0F
    call rpt_putdec
    call rpt_putsi
    db ", model ", 0
    mov eax, ebx
    shr eax, 4
    and eax, 0x0F
    call rpt_putdec
    call rpt_putsi
    db ", stepping ", 0
    mov eax, ebx
    and eax, 0x0F
    call rpt_putdec
    call rpt_putsi
    db 10, "features:", 0
    pop edx
    mov si, st_features
.feat:
    mov cl, [cs:si]
    cmp cl, 0xFF
    je .done
    inc si
    bt edx, ecx
    jnc .skip
    mov al, ' '
    call rpt_putc
    call rpt_puts
    jmp .feat
.skip:
    mov al, [cs:si]
    inc si
    cmp al, 0
    jne .skip
    jmp .feat
.done:
    call rpt_nl
    ret
st_features:
    db 0, "fpu", 0, 1, "vme", 0, 2, "de", 0, 3, "pse", 0, 4, "tsc", 0
    db 5, "msr", 0, 6, "pae", 0, 7, "mce", 0, 8, "cx8", 0, 9, "apic", 0
    db 11, "sep", 0, 12, "mtrr", 0, 13, "pge", 0, 14, "mca", 0
    db 15, "cmov", 0, 16, "pat", 0, 17, "pse36", 0, 19, "clflush", 0
    db 23, "mmx", 0, 24, "fxsr", 0, 25, "sse", 0, 26, "sse2", 0
    db 0xFF

%include "control.asm"
%include "mov.asm"
%include "alu.asm"
%include "incdec_neg_not.asm"
%include "muldiv.asm"
%include "shift_rotate.asm"
%include "shld_shrd.asm"
%include "bit.asm"
%include "bcd.asm"
%include "string.asm"
%include "conditions.asm"
%include "interrupts.asm"
%include "stack.asm"
%include "xchg.asm"
%include "misc.asm"
%include "prefixes.asm"
%include "io.asm"
%include "exceptions.asm"

ROM_PAD
