; misc.asm - LAHF/SAHF, CBW/CWDE/CWD/CDQ, XLAT (with a segment override
; and 0x67), CLC/STC/CMC/CLD/STD/CLI/STI, NOP forms (90, 0F 1F /0, PAUSE),
; SMSW and MOV from CR0 in real mode, CPUID (present: EFLAGS.ID toggles;
; leaf 0: max leaf >= 1 and a printable 12-byte vendor; leaf 1: family 6,
; FPU, TSC, CX8 and CMOV) and RDTSC (increases between two reads).
%include "rom.inc"

TEST_GROUP misc
    ; ---------------------------------------------------- LAHF / SAHF
    SET_FLAGS 0
    mov ah, 0xFF
    lahf
    CHECK_EQ8 lahf_none, ah, 0x02
    SET_FLAGS F_CF|F_ZF
    lahf
    CHECK_EQ8 lahf_cf_zf, ah, 0x43
    SET_FLAGS F_ARITH|F_DF
    lahf
    CHECK_EQ8 lahf_all, ah, 0xD7
    SET_FLAGS F_OF|F_DF
    mov ah, 0xFF                ; SF ZF AF PF CF set; bits 1, 3, 5 ignored
    sahf
    CHECK_FLAGS sahf_all, 0xFFF, F_SF|F_ZF|F_AF|F_PF|F_CF|F_OF|F_DF|F_B1
    cld
    mov ah, 0x00
    sahf
    CHECK_FLAGS sahf_none_keeps_of, 0xFFF, F_OF|F_B1
    mov ah, 0x41                ; ZF CF
    SET_FLAGS 0
    sahf
    CHECK_FLAGS sahf_zf_cf, F_ARITH, F_ZF|F_CF

    ; ---------------------------------------------------- CBW / CWDE / CWD / CDQ
    mov eax, 0x12345680
    cbw
    CHECK_EQ32 cbw_negative, eax, 0x1234FF80
    mov eax, 0x1234567F
    cbw
    CHECK_EQ32 cbw_positive, eax, 0x1234007F
    mov eax, 0x12348000
    cwde
    CHECK_EQ32 cwde_negative, eax, 0xFFFF8000
    mov eax, 0xFFFF7FFF
    cwde
    CHECK_EQ32 cwde_positive, eax, 0x00007FFF
    mov edx, 0x55555555
    mov ax, 0x8000
    cwd
    CHECK_EQ32 cwd_negative, edx, 0x5555FFFF
    mov ax, 0x7FFF
    cwd
    CHECK_EQ32 cwd_positive, edx, 0x55550000
    mov eax, 0x80000000
    cdq
    CHECK_EQ32 cdq_negative, edx, 0xFFFFFFFF
    mov eax, 0x7FFFFFFF
    cdq
    CHECK_EQ32 cdq_positive, edx, 0
    SET_FLAGS F_ARITH
    cbw
    cwd
    CHECK_FLAGS cbw_cwd_keep_flags, F_ARITH, F_ARITH

    ; ---------------------------------------------------- XLAT
    xor bx, bx
.fill:
    mov al, bl
    not al
    mov [bx+0x800], al          ; table: ~i
    inc bx
    cmp bx, 0x100
    jb .fill
    mov bx, 0x800
    mov al, 0x05
    xlatb
    CHECK_EQ8 xlat_basic, al, 0xFA
    mov al, 0xFF                ; AL is unsigned
    xlatb
    CHECK_EQ8 xlat_al_unsigned, al, 0x00
    mov ax, DATA2_SEG
    mov es, ax
    mov byte [es:0x810], 0x3C
    mov al, 0x10
    es xlatb
    CHECK_EQ8 xlat_es_override, al, 0x3C
    mov ax, DATA_SEG
    mov es, ax
    mov ebx, 0x800
    mov al, 0x20
    a32 xlatb                   ; [EBX + AL]
    CHECK_EQ8 xlat_addr32, al, 0xDF
    mov ebx, 0x12340800         ; 16-bit address: BX only
    mov al, 0x01
    xlatb
    CHECK_EQ8 xlat_uses_bx, al, 0xFE

    ; ---------------------------------------------------- flag instructions
    SET_FLAGS 0
    stc
    CHECK_FLAGS stc, F_ARITH, F_CF
    cmc
    CHECK_FLAGS cmc_to_0, F_ARITH, 0
    cmc
    CHECK_FLAGS cmc_to_1, F_ARITH, F_CF
    SET_FLAGS F_ARITH
    clc
    CHECK_FLAGS clc, F_ARITH, F_ARITH & ~F_CF
    std
    CHECK_FLAGS std, F_DF, F_DF
    cld
    CHECK_FLAGS cld, F_DF, 0
    sti
    CHECK_FLAGS sti, F_IF, F_IF
    cli
    CHECK_FLAGS cli, F_IF, 0

    ; ---------------------------------------------------- NOPs
    mov eax, 0x01234567
    SET_FLAGS F_CF
    nop
    db 0x0F, 0x1F, 0x00         ; nop word [bx+si]
    db 0x0F, 0x1F, 0x44, 0x00   ; nop [si+0] (disp8 form)
    db 0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00   ; o32 nop [si+0]
    pause
    CHECK_EQ32 nops_keep_regs, eax, 0x01234567
    CHECK_FLAGS nops_keep_flags, F_ARITH, F_CF

    ; ---------------------------------------------------- control registers
    smsw ax
    and ax, 1
    CHECK_EQ smsw_pe_0, ax, 0
    mov eax, cr0
    and eax, 1
    CHECK_EQ32 cr0_pe_0, eax, 0

    ; ---------------------------------------------------- CPUID
    pushfd
    pop eax
    mov ecx, eax
    xor eax, 0x00200000
    push eax
    popfd
    pushfd
    pop eax
    xor eax, ecx
    and eax, 0x00200000
    CHECK_EQ32 cpuid_eflags_id_toggles, eax, 0x00200000
    push ecx
    popfd
    xor eax, eax
    cpuid
    cmp eax, 1
    jae .maxok
    FAIL_CHECK cpuid_max_leaf_ge_1
    jmp .vend
.maxok:
    PASS cpuid_max_leaf_ge_1
.vend:
    mov [0x900], ebx
    mov [0x904], edx
    mov [0x908], ecx
    xor si, si
.vchar:
    mov al, [si+0x900]
    cmp al, 0x20
    jb .vbad
    cmp al, 0x7E
    ja .vbad
    inc si
    cmp si, 12
    jb .vchar
    PASS cpuid_vendor_printable
    jmp .leaf1
.vbad:
    FAIL_CHECK cpuid_vendor_printable
.leaf1:
    mov eax, 1
    cpuid
    mov [0x910], edx
    shr eax, 8
    and eax, 0x0F
    CHECK_EQ32 cpuid_family_6, eax, 6
    mov eax, [0x910]
    and eax, 1
    CHECK_EQ32 cpuid_fpu, eax, 1
    mov eax, [0x910]
    and eax, 1 << 4
    CHECK_EQ32 cpuid_tsc, eax, 1 << 4
    mov eax, [0x910]
    and eax, 1 << 8
    CHECK_EQ32 cpuid_cx8, eax, 1 << 8
    mov eax, [0x910]
    and eax, 1 << 15
    CHECK_EQ32 cpuid_cmov, eax, 1 << 15

    ; ---------------------------------------------------- RDTSC
    rdtsc
    mov [0x920], eax
    mov [0x924], edx
    mov cx, 100
.spin:
    nop
    loop .spin
    rdtsc
    ; (edx:eax) - previous > 0
    sub eax, [0x920]
    sbb edx, [0x924]
    jc .tsc_bad
    or eax, edx
    jz .tsc_bad
    PASS rdtsc_increases
    jmp .tsc_done
.tsc_bad:
    FAIL_CHECK rdtsc_increases
.tsc_done:
TEST_GROUP_END
