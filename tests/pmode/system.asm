; system.asm - SYSENTER/SYSEXIT with the SYSENTER MSRs (fixed flat CS/SS
; whatever the GDT holds, ESP/EIP from the MSRs, CPL, IF), RDTSC and
; CR4.TSD, RDMSR/WRMSR (TSC, SYSENTER MSRs, an unknown MSR, CPL 3), RDPMC
; and CR4.PCE, CPUID's claimed features against what works, CMPXCHG8B,
; CMOV, the privileged instructions at CPL 3, control-register checks
; (reserved CR4 bits, PG without PE, NW without CD, CR1/CR5, LMSW cannot
; clear PE), DR4/DR5 aliasing DR6/DR7, WAIT with CR0.MP/TS.
;
; Expected values: Intel SDM vol. 2 (SYSENTER, SYSEXIT, RDTSC, RDMSR,
; WRMSR, RDPMC, CPUID leaf 1 EDX feature flags (table 3-11), CMPXCHG8B,
; MOV to/from CR and DR, LMSW, WAIT), vol. 3 2.5 (CR0/CR4 and the #GP for
; reserved or inconsistent bits), 2.8 (privileged instructions), 17.2.2
; (DR4/DR5 alias DR6/DR7 while CR4.DE=0), table 2-2 (#NM conditions).
; The SYSENTER/SYSEXIT check on the CPUID signature follows the SDM's
; SYSENTER page: SEP set with family 6, model < 3, stepping < 3 means the
; instructions must be treated as not present.
%include "pm.inc"

S_SYS    equ 0x80        ; SYSENTER_CS: 0x80 CS0, 0x88 SS0, 0x90 CS3, 0x98 SS3
SYS_ESP  equ 0x54000
R_SCR    equ SCRATCH
MSR_TSC  equ 0x10
MSR_SCS  equ 0x174
MSR_SESP equ 0x175
MSR_SEIP equ 0x176
MSR_BAD  equ 0xC0DE0000

%macro WRMSR_ 3
    mov ecx, %1
    mov eax, %2
    mov edx, %3
    wrmsr
%endmacro

bits 32
pm_main:
    RUN sys_cpuid_claims
    RUN sys_cpuid_feature_checks
    RUN3 sys_sysenter_r3
    RUN sys_sysenter_errors
    RUN sys_tsc_msr
    RUN3 sys_tsc_msr_r3
    RUN sys_cmpxchg8b_cmov
    RUN3 sys_privileged_r3
    RUN sys_control_registers
    RUN sys_debug_alias
    RUN sys_wait_nm
    ret

; ---------------------------------------------------------------- CPUID
sys_cpuid_claims:
    mov eax, 1
    cpuid
    mov [R_SCR], eax
    mov [R_SCR + 4], edx
    ; the features docs/cpu.md says the model claims
    CHECKM cpuid_fpu, edx, 1 << 0, 1 << 0
    CHECKM cpuid_vme, edx, 1 << 1, 1 << 1
    CHECKM cpuid_pse, edx, 1 << 3, 1 << 3
    CHECKM cpuid_tsc, edx, 1 << 4, 1 << 4
    CHECKM cpuid_msr, edx, 1 << 5, 1 << 5
    CHECKM cpuid_cx8, edx, 1 << 8, 1 << 8
    CHECKM cpuid_sep, edx, 1 << 11, 1 << 11
    CHECKM cpuid_pge, edx, 1 << 13, 1 << 13
    CHECKM cpuid_cmov, edx, 1 << 15, 1 << 15
    ; SEP is only meaningful if the signature is not a family-6 model < 3
    ; stepping < 3 part (SDM vol. 2 SYSENTER: such a CPU reports SEP but
    ; has no SYSENTER, and software must ignore the flag)
    mov eax, [R_SCR]
    mov ebx, eax
    shr ebx, 8
    and ebx, 0xF                ; family
    mov ecx, eax
    shr ecx, 4
    and ecx, 0xF                ; model
    and eax, 0xF                ; stepping
    xor edx, edx                ; 1: SEP would be ignored
    cmp ebx, 6
    jne .sep_ok
    cmp ecx, 3
    jae .sep_ok
    cmp eax, 3
    jae .sep_ok
    mov edx, 1
.sep_ok:
    CHECK cpuid_sep_not_voided_by_signature, edx, 0
    ret

; FEAT name, EDX bit, CR4 bit: CR4 accepts the bit exactly when CPUID
; claims the feature
%macro FEAT_CR4 3
    mov eax, 1
    cpuid
    shr edx, %2
    and edx, 1
    mov [V_USER], edx
    EXPECT %1, NONE
    mov eax, cr4
    or eax, %3
    mov cr4, eax                 ; #GP when not claimed
    xor eax, eax
    mov cr4, eax
    END_EXPECT_OR_GP %1
%endmacro
; END_EXPECT_OR_GP: like END_EXPECT, but the expected vector is NONE when
; [V_USER] = 1 and #GP otherwise
%macro END_EXPECT_OR_GP 1
  %ifnctx expect
    %error "END_EXPECT_OR_GP without EXPECT"
  %endif
    call pm_disarm
%$resume:
    xor eax, eax
    mov cr4, eax
    mov eax, NONE
    cmp dword [V_USER], 0
    jne %%claimed
    mov eax, 13
%%claimed:
    CHECK %{1}_matches_cpuid, [V_VEC], eax
  %pop
%endmacro
; FEAT_UD name, EDX bit, instruction: works when claimed, #UD otherwise
%macro FEAT_UD 3+
    mov eax, 1
    cpuid
    shr edx, %2
    and edx, 1
    mov [V_USER], edx
    EXPECT %1, NONE
    %3
    call pm_disarm
%$resume:
    mov eax, NONE
    cmp dword [V_USER], 0
    jne %%claimed
    mov eax, 6
%%claimed:
    CHECK %{1}_matches_cpuid, [V_VEC], eax
  %pop
%endmacro

sys_cpuid_feature_checks:
    FEAT_CR4 cr4_vme, 1, CR4_VME
    FEAT_CR4 cr4_pvi, 1, CR4_PVI
    FEAT_CR4 cr4_de, 2, CR4_DE
    FEAT_CR4 cr4_pse, 3, CR4_PSE
    FEAT_CR4 cr4_tsd, 4, CR4_TSD
    FEAT_CR4 cr4_pae, 6, 0x20
    FEAT_CR4 cr4_mce, 7, 0x40
    FEAT_CR4 cr4_pge, 13, CR4_PGE
    FEAT_CR4 cr4_osfxsr, 24, 0x200
    FEAT_UD insn_rdtsc, 4, rdtsc
    FEAT_UD insn_cmpxchg8b, 8, cmpxchg8b [R_SCR]
    FEAT_UD insn_cmov, 15, cmovz eax, ebx
    FEAT_UD insn_emms, 23, emms
    FEAT_UD insn_fxsave, 24, fxsave [R_SCR + 0x200]
    ; the x87 runs (leaf 1 EDX bit 0)
    fninit
    fld1
    fadd st0, st0
    fistp dword [R_SCR]
    CHECK fpu_works, [R_SCR], 2
    ; RDMSR of the TSC (MSR claimed)
    EXPECT msr_rdmsr_tsc, NONE
    mov ecx, MSR_TSC
    rdmsr
    END_EXPECT
    ret

; ---------------------------------------------------------------- SYSENTER / SYSEXIT
; the GDT entries at SYSENTER_CS are NOT flat: SYSENTER/SYSEXIT must not
; read them
%macro SYS_SETUP 0
    SETDESC S_SYS, 0x10000, 0xFFFF, ACC_CODE | 1, FL_16
    SETDESC S_SYS + 8, 0x10000, 0xFFFF, ACC_DATA | 1, FL_16
    SETDESC S_SYS + 16, 0x10000, 0xFFFF, ACC_CODE | 1 | DPL(3), FL_16
    SETDESC S_SYS + 24, 0x10000, 0xFFFF, ACC_DATA | 1 | DPL(3), FL_16
    WRMSR_ MSR_SCS, S_SYS, 0
    WRMSR_ MSR_SESP, SYS_ESP, 0
    WRMSR_ MSR_SEIP, sys_entry, 0
    mov dword [R_SCR + 0x80], 0x5EC0FFEE      ; marker at a flat address
    mov dword [0x10000 + R_SCR + 0x80], 0     ; ... and where a base would put it
%endmacro

; the SYSENTER target: records, then SYSEXIT to EDX with ESP = ECX
sys_entry:
    mov [ss:R_SCR + 0x00], cs
    mov [ss:R_SCR + 0x04], ss
    mov [ss:R_SCR + 0x08], esp
    push eax
    pushfd
    pop eax
    mov [ss:R_SCR + 0x0C], eax
    mov eax, [ss:R_SCR + 0x80]         ; through SS: flat?
    mov [ss:R_SCR + 0x10], eax
    mov eax, [cs:R_SCR + 0x80]         ; through CS: flat?
    mov [ss:R_SCR + 0x14], eax
    pop eax
    sysexit

sys_sysenter_r3:
    SYS_SETUP
    mov edi, R_SCR
    mov ecx, 0x20 / 4
    mov eax, 0xEEEEEEEE
    rep stosd
    EXPECT sysenter_sysexit_round_trip, VEC_SVC, .done
    TO_RING3 .r3, F_IF | F_CF | 2
.r3:
    mov ecx, R3_TOP - 0x40
    mov edx, .back
    sysenter
    hlt
.back:
    mov [ss:R_SCR + 0x20], cs
    mov [ss:R_SCR + 0x24], ss
    mov [ss:R_SCR + 0x28], esp
    mov eax, [ss:R_SCR + 0x80]
    mov [ss:R_SCR + 0x2C], eax
    pushfd
    pop dword [ss:R_SCR + 0x30]
    int VEC_SVC
.done:
    END_EXPECT
    CHECKW sysenter_cs, word [R_SCR + 0x00], S_SYS
    CHECKW sysenter_ss, word [R_SCR + 0x04], S_SYS + 8
    CHECK sysenter_esp_from_msr, [R_SCR + 0x08], SYS_ESP
    CHECKM sysenter_clears_if_vm, [R_SCR + 0x0C], F_CF | 2, F_IF | F_VM | F_CF | F_RF
    CHECK sysenter_ss_flat, [R_SCR + 0x10], 0x5EC0FFEE
    CHECK sysenter_cs_flat, [R_SCR + 0x14], 0x5EC0FFEE
    CHECKW sysexit_cs, word [R_SCR + 0x20], S_SYS + 16 + 3
    CHECKW sysexit_ss, word [R_SCR + 0x24], S_SYS + 24 + 3
    CHECK sysexit_esp_from_ecx, [R_SCR + 0x28], R3_TOP - 0x40
    CHECK sysexit_ss_flat, [R_SCR + 0x2C], 0x5EC0FFEE
    CHECKM sysexit_keeps_eflags, [R_SCR + 0x30], F_CF | 2, F_IF | F_CF | IOPL(3)
    CHECKW sysexit_frame_cs_rpl3, word [V_CS], S_SYS + 16 + 3
    ; SYSEXIT at CPL 3: #GP(0)
    EXPECT sysexit_cpl3, 13, .x
    TO_RING3 .x
.x:
    sysexit
    END_EXPECT
    CHECK sysexit_cpl3_err, [V_ERR], 0
    ; SYSENTER with SYSENTER_CS = 0: #GP(0), at CPL 3 too
    WRMSR_ MSR_SCS, 0, 0
    EXPECT sysenter_cs_zero_r3, 13, .y
    TO_RING3 .y
.y:
    sysenter
    END_EXPECT
    CHECK sysenter_cs_zero_r3_err, [V_ERR], 0
    ret

sys_sysenter_errors:
    SYS_SETUP
    ; SYSENTER from CPL 0 works too; the RPL bits of SYSENTER_CS are dropped
    WRMSR_ MSR_SCS, S_SYS | 3, 0
    WRMSR_ MSR_SEIP, sys_entry0, 0
    mov [V_USER], esp
    sysenter
sys_entry0:
    mov bx, cs
    mov si, ss
    mov edi, esp
    mov ax, SEL_DATA0
    mov ss, ax
    mov esp, [V_USER]
    jmp SEL_CODE0:.c
.c:
    CHECKW sysenter_cpl0_cs_rpl_dropped, bx, S_SYS
    CHECKW sysenter_cpl0_ss, si, S_SYS + 8
    CHECK sysenter_cpl0_esp, edi, SYS_ESP
    ; SYSEXIT with SYSENTER_CS = 0: #GP(0)
    WRMSR_ MSR_SCS, 0, 0
    EXPECT sysexit_cs_zero, 13
    sysexit
    END_EXPECT
    CHECK sysexit_cs_zero_err, [V_ERR], 0
    EXPECT sysenter_cs_zero_cpl0, 13
    sysenter
    END_EXPECT
    ; the MSRs read back
    WRMSR_ MSR_SESP, 0x12345678, 0
    mov ecx, MSR_SESP
    rdmsr
    CHECK sysenter_esp_msr_reads_back, eax, 0x12345678
    WRMSR_ MSR_SCS, 0x0123, 0
    mov ecx, MSR_SCS
    rdmsr
    CHECKM sysenter_cs_msr_reads_back, eax, 0x0123, 0xFFFF
    ret

; ---------------------------------------------------------------- TSC and MSRs
sys_tsc_msr:
    rdtsc
    mov [R_SCR], eax
    mov [R_SCR + 4], edx
    mov ecx, MSR_TSC
    rdmsr
    mov [R_SCR + 8], eax
    mov [R_SCR + 12], edx
    rdtsc
    mov [R_SCR + 16], eax
    mov [R_SCR + 20], edx
    ; t0 < msr < t1 (64-bit compares)
    mov eax, [R_SCR + 8]
    mov edx, [R_SCR + 12]
    sub eax, [R_SCR]
    sbb edx, [R_SCR + 4]
    setnc bl
    or eax, edx
    setnz bh
    and bl, bh
    movzx ebx, bl
    CHECK tsc_msr_after_rdtsc, ebx, 1
    mov eax, [R_SCR + 16]
    mov edx, [R_SCR + 20]
    sub eax, [R_SCR + 8]
    sbb edx, [R_SCR + 12]
    setnc bl
    or eax, edx
    setnz bh
    and bl, bh
    movzx ebx, bl
    CHECK tsc_rdtsc_after_msr, ebx, 1
    ; WRMSR sets the counter
    WRMSR_ MSR_TSC, 0, 5
    rdtsc
    CHECK tsc_wrmsr_sets_high, edx, 5
    ; CR4.TSD does not restrict CPL 0
    mov eax, cr4
    or eax, CR4_TSD
    mov cr4, eax
    EXPECT rdtsc_tsd_cpl0, NONE
    rdtsc
    END_EXPECT
    ; an unknown MSR
    mov ecx, MSR_BAD
    EXPECT rdmsr_unknown, 13
    rdmsr
    END_EXPECT
    CHECK rdmsr_unknown_err, [V_ERR], 0
    mov ecx, MSR_BAD
    xor eax, eax
    xor edx, edx
    EXPECT wrmsr_unknown, 13
    wrmsr
    END_EXPECT
    ; RDPMC at CPL 0 with counter 0
    EXPECT rdpmc_cpl0, NONE
    xor ecx, ecx
    rdpmc
    END_EXPECT
    ret

%macro R3GP 2+
    EXPECT %1, 13, %%i
    TO_RING3 %%r, 2
%%r:
    FLAT_DS
%%i:
    %2
    int VEC_SVC
    END_EXPECT
    CHECK %{1}_err, [V_ERR], 0
%endmacro
%macro R3OK 2+
    EXPECT %1, VEC_SVC, %%e
    TO_RING3 %%r, 2
%%r:
    FLAT_DS
    %2
    int VEC_SVC
%%e:
    END_EXPECT
%endmacro

sys_tsc_msr_r3:
    R3OK r3_rdtsc_tsd0, rdtsc
    mov eax, cr4
    or eax, CR4_TSD
    mov cr4, eax
    R3GP r3_rdtsc_tsd1, rdtsc
    xor eax, eax
    mov cr4, eax
    R3GP r3_rdmsr, rdmsr
    R3GP r3_wrmsr, wrmsr
    R3GP r3_rdpmc_pce0, rdpmc
    ret

; ---------------------------------------------------------------- CMPXCHG8B / CMOV
sys_cmpxchg8b_cmov:
    mov dword [R_SCR], 0x22222222
    mov dword [R_SCR + 4], 0x11111111
    mov eax, 0x22222222
    mov edx, 0x11111111
    mov ebx, 0x44444444
    mov ecx, 0x33333333
    cmpxchg8b [R_SCR]
    CHECK_ZF cx8_equal_zf, 1
    CHECK cx8_equal_stored_lo, [R_SCR], 0x44444444
    CHECK cx8_equal_stored_hi, [R_SCR + 4], 0x33333333
    xor eax, eax
    xor edx, edx
    lock cmpxchg8b [R_SCR]
    CHECK_ZF cx8_differ_zf, 0
    CHECK cx8_differ_eax, eax, 0x44444444
    CHECK cx8_differ_edx, edx, 0x33333333
    CHECK cx8_differ_memory_kept, [R_SCR], 0x44444444
    EXPECT cx8_register_operand_ud, 6
    db 0x0F, 0xC7, 0xC8          ; cmpxchg8b with mod=11
    END_EXPECT
    mov eax, 1
    mov ebx, 2
    cmp eax, eax
    cmovz eax, ebx
    cmovnz eax, ecx
    CHECK cmov_moves_when_true, eax, 2
    ret

; ---------------------------------------------------------------- privileged at CPL 3
sys_privileged_r3:
    R3GP r3_hlt, hlt
    R3GP r3_lgdt, lgdt [R_SCR]
    R3GP r3_lidt, lidt [R_SCR]
    R3GP r3_lmsw, lmsw ax
    R3GP r3_clts, clts
    R3GP r3_mov_from_cr0, mov eax, cr0
    R3GP r3_mov_to_cr3, mov cr3, eax
    R3GP r3_mov_from_dr7, mov eax, dr7
    R3GP r3_mov_to_dr0, mov dr0, eax
    R3GP r3_invlpg, invlpg [R_SCR]
    R3GP r3_wbinvd, wbinvd
    R3GP r3_invd, invd
    R3GP r3_cli, cli
    R3GP r3_in_denied, in al, 0x80
    ; SMSW is not privileged
    R3OK r3_smsw, smsw ax
    ret

; ---------------------------------------------------------------- control registers
sys_control_registers:
    mov eax, 0x80000000
    EXPECT cr4_reserved_bit31, 13
    mov cr4, eax
    END_EXPECT
    mov eax, 0x1000
    EXPECT cr4_reserved_bit12, 13
    mov cr4, eax
    END_EXPECT
    mov eax, cr4
    CHECK cr4_unchanged_after_gp, eax, 0
    ; PG without PE
    mov ebx, cr0
    mov eax, ebx
    and eax, ~CR0_PE
    or eax, CR0_PG
    EXPECT cr0_pg_without_pe, 13
    mov cr0, eax
    END_EXPECT
    ; NW without CD
    mov eax, ebx
    and eax, ~0x40000000
    or eax, 0x20000000
    EXPECT cr0_nw_without_cd, 13
    mov cr0, eax
    END_EXPECT
    mov eax, cr0
    CHECK cr0_unchanged_after_gp, eax, ebx
    ; CR1, CR5, CR6, CR7: #UD
    EXPECT mov_from_cr1_ud, 6
    db 0x0F, 0x20, 0xC8          ; mov eax, cr1
    END_EXPECT
    EXPECT mov_to_cr5_ud, 6
    db 0x0F, 0x22, 0xE8          ; mov cr5, eax
    END_EXPECT
    ; LMSW loads PE MP EM TS but cannot clear PE
    lmsw [sys_lmsw_zero]
    mov eax, cr0
    CHECKM lmsw_cannot_clear_pe, eax, CR0_PE, CR0_PE | CR0_MP | CR0_EM | CR0_TS
    mov ax, CR0_PE | CR0_TS | CR0_MP
    lmsw ax
    mov eax, cr0
    CHECKM lmsw_sets_ts_mp, eax, CR0_PE | CR0_TS | CR0_MP, CR0_PE | CR0_MP | CR0_EM | CR0_TS
    smsw ebx
    CHECKM smsw_low_word, ebx, CR0_PE | CR0_TS | CR0_MP, 0xF
    clts
    mov eax, cr0
    and eax, ~CR0_MP
    mov cr0, eax
    ret
sys_lmsw_zero:
    dw 0

; ---------------------------------------------------------------- DR4/DR5
sys_debug_alias:
    xor eax, eax
    mov dr6, eax
    mov eax, dr6
    mov ebx, eax
    mov eax, dr4
    CHECK dr4_reads_dr6, eax, ebx
    mov eax, 0x00000700
    mov dr5, eax
    mov eax, dr7
    CHECKM dr5_writes_dr7, eax, 0x700, 0xFFFF
    mov eax, 0x00000500
    mov dr7, eax
    mov eax, dr5
    CHECKM dr5_reads_dr7, eax, 0x500, 0xFFFF
    xor eax, eax
    mov dr7, eax
    ret

; ---------------------------------------------------------------- WAIT and #NM
sys_wait_nm:
    fninit
    mov eax, cr0
    or eax, CR0_TS
    and eax, ~CR0_MP
    mov cr0, eax
    EXPECT wait_ts1_mp0_no_nm, NONE
    wait
    END_EXPECT
    mov eax, cr0
    or eax, CR0_MP
    mov cr0, eax
    EXPECT wait_ts1_mp1_nm, 7
    wait
    END_EXPECT
    clts
    EXPECT wait_ts0_mp1_no_nm, NONE
    wait
    END_EXPECT
    mov eax, cr0
    and eax, ~CR0_MP
    mov cr0, eax
    ret

PM_ROM_END
