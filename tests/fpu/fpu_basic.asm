; fpu_basic.asm - x87 basics: the FNINIT state, FSTSW/FSTCW/FLDCW, TOP and
; the tag word, FXCH, FFREE, FINCSTP/FDECSTP, the constants in each rounding
; mode, FXAM, FCHS, FABS, FTST, FCOM/FUCOM/FICOM condition codes, FCOMI and
; FUCOMI flags, FCMOVcc.
; Expected values: Intel SDM vol. 1 ch. 8 (status, control and tag words,
; FXAM/FCOM condition-code tables) and the vol. 2 pages of each instruction;
; the control word's reserved bits as real processors keep them (bit 6 reads
; 1, bits 13-15 read 0).  Checked against a real x87 (QEMU with KVM).

%include "rom.inc"
%include "fpu.inc"

TEST_GROUP fpu_basic
    call fpu_enable

    ; ------------------------------------------------ FNINIT state
    CHECK_CW finit_cw, 0x037F
    CHECK_SW finit_sw, 0xFFFF, 0x0000
    fnstenv [ENVBUF]
    CHECK_M16 finit_env_cw, ENVBUF, 0x037F
    CHECK_M16 finit_env_tw, ENVBUF+4, 0xFFFF
    CHECK_M16 finit_env_ip, ENVBUF+6, 0
    CHECK_M16 finit_env_op, ENVBUF+8, 0
    CHECK_M16 finit_env_dp, ENVBUF+10, 0
    fninit
    mov ax, 0x1234
    fnstsw ax
    CHECK_EQ fnstsw_ax, ax, 0
    mov ax, 0x1234
    fstsw ax
    CHECK_EQ fstsw_ax, ax, 0
    mov word [FPU_BUF], 0x5555
    fstsw [FPU_BUF]
    CHECK_M16 fstsw_m16, FPU_BUF, 0

    ; ------------------------------------------------ control word
    SET_CW 0x0000
    CHECK_CW fldcw_0, 0x0040
    SET_CW 0xFFFF
    CHECK_CW fldcw_ffff, 0x1F7F
    SET_CW 0x0C7F
    fstcw [FPU_BUF]
    CHECK_M16 fstcw_m16, FPU_BUF, 0x0C7F
    SET_CW 0x0000
    CHECK_SW fldcw_unmask_no_es, 0xFFFF, 0      ; no exception flag pending
    fninit

    ; ------------------------------------------------ TOP and tags
    fld1
    CHECK_SW push_top7, SW_TOP, 7 << 11
    CHECK_TW tag_valid, 0x3FFF
    fldz
    CHECK_SW push_top6, SW_TOP, 6 << 11
    CHECK_TW tag_zero, 0x1FFF
    LOAD_T80 0x7FFF, 0x8000000000000000        ; +inf
    CHECK_TW tag_special_inf, 0x1BFF
    LOAD_T80 0x0000, 0x0000000000000001        ; denormal
    CHECK_TW tag_special_denormal, 0x1AFF
    ffree st1
    CHECK_TW ffree_st1, 0x1EFF
    CHECK_SW ffree_keeps_top, SW_TOP, 4 << 11
    fincstp
    CHECK_SW fincstp_top, SW_TOP, 5 << 11
    CHECK_TW fincstp_keeps_tags, 0x1EFF
    fdecstp
    fdecstp
    CHECK_SW fdecstp_top, SW_TOP, 3 << 11
    fninit
    CHECK_TW fninit_empties, 0xFFFF

    ; ------------------------------------------------ FXCH, FLD ST(i), FST ST(i)
    fld1
    fldz
    fxch
    CHECK_ST0 fxch_st0, 0x3FFF, 0x8000000000000000
    CHECK_ST0 fxch_st1, 0x0000, 0
    fldpi
    fld1
    fld st1
    CHECK_ST0 fld_st1, 0x4000, 0xC90FDAA22168C235
    fst st1
    fstp st0
    CHECK_ST0 fst_st1, 0x3FFF, 0x8000000000000000
    CHECK_SW fst_stack_empty, SW_TOP, 0
    fninit

    ; ------------------------------------------------ constants by rounding control
%macro CONST 4   ; name, insn, se, mant
    fninit
    %2
    CHECK_ST0 %1, %3, %4
%endmacro
    CONST fld1, fld1, 0x3FFF, 0x8000000000000000
    CONST fldz, fldz, 0x0000, 0
    CONST fldpi_rn, fldpi, 0x4000, 0xC90FDAA22168C235
    CONST fldl2e_rn, fldl2e, 0x3FFF, 0xB8AA3B295C17F0BC
    CONST fldl2t_rn, fldl2t, 0x4000, 0xD49A784BCD1B8AFE
    CONST fldlg2_rn, fldlg2, 0x3FFD, 0x9A209A84FBCFF799
    CONST fldln2_rn, fldln2, 0x3FFE, 0xB17217F7D1CF79AC
%macro CONST_RC 5   ; name, insn, cw, se, mant
    fninit
    SET_CW %3
    %2
    CHECK_ST0 %1, %4, %5
%endmacro
    CONST_RC fldpi_rd, fldpi, 0x077F, 0x4000, 0xC90FDAA22168C234
    CONST_RC fldpi_ru, fldpi, 0x0B7F, 0x4000, 0xC90FDAA22168C235
    CONST_RC fldpi_rz, fldpi, 0x0F7F, 0x4000, 0xC90FDAA22168C234
    CONST_RC fldl2e_rd, fldl2e, 0x077F, 0x3FFF, 0xB8AA3B295C17F0BB
    CONST_RC fldl2e_rz, fldl2e, 0x0F7F, 0x3FFF, 0xB8AA3B295C17F0BB
    CONST_RC fldl2t_ru, fldl2t, 0x0B7F, 0x4000, 0xD49A784BCD1B8AFF
    CONST_RC fldl2t_rd, fldl2t, 0x077F, 0x4000, 0xD49A784BCD1B8AFE
    CONST_RC fldlg2_rz, fldlg2, 0x0F7F, 0x3FFD, 0x9A209A84FBCFF798
    CONST_RC fldln2_rd, fldln2, 0x077F, 0x3FFE, 0xB17217F7D1CF79AB
    CONST_RC fldpi_pc24, fldpi, 0x007F, 0x4000, 0xC90FDAA22168C235  ; PC does not apply
    fninit
    fldpi
    CHECK_SW fldpi_no_pe, SW_EXC | SW_C1, 0

    ; ------------------------------------------------ FXAM
%macro XAM 4   ; name, se, mant, expected C3 C2 C1 C0
    fninit
    LOAD_T80 %2, %3
    fxam
    CHECK_SW %1, SW_CC, %4
%endmacro
    XAM fxam_pos_normal, 0x3FFF, 0x8000000000000000, SW_C2
    XAM fxam_neg_normal, 0xBFFF, 0x8000000000000000, SW_C2 | SW_C1
    XAM fxam_pos_zero, 0x0000, 0, SW_C3
    XAM fxam_neg_zero, 0x8000, 0, SW_C3 | SW_C1
    XAM fxam_inf, 0x7FFF, 0x8000000000000000, SW_C2 | SW_C0
    XAM fxam_neg_inf, 0xFFFF, 0x8000000000000000, SW_C2 | SW_C1 | SW_C0
    XAM fxam_qnan, 0x7FFF, 0xC000000000000000, SW_C0
    XAM fxam_snan, 0xFFFF, 0xA000000000000000, SW_C1 | SW_C0
    XAM fxam_denormal, 0x0000, 0x0000000000001000, SW_C3 | SW_C2
    XAM fxam_unnormal, 0x3FFF, 0x4000000000000000, 0
    fninit
    fld1
    fchs
    ffree st0
    fxam
    CHECK_SW fxam_empty_neg, SW_CC, SW_C3 | SW_C1 | SW_C0
    fninit
    fld1
    ffree st0
    fxam
    CHECK_SW fxam_empty_pos, SW_CC, SW_C3 | SW_C0

    ; ------------------------------------------------ FCHS, FABS
    fninit
    fld1
    fchs
    CHECK_ST0 fchs, 0xBFFF, 0x8000000000000000
    fldz
    fchs
    CHECK_ST0 fchs_zero, 0x8000, 0
    LOAD_T80 0xFFFF, 0xA000000000000000        ; -SNaN: no exception
    fabs
    CHECK_SW fabs_snan_no_ie, SW_EXC, 0
    CHECK_ST0 fabs_snan, 0x7FFF, 0xA000000000000000
    fchs                                     ; empty: underflow, indefinite
    CHECK_SW fchs_empty, SW_EXC | SW_C1 | SW_SF, SW_IE | SW_SF
    CHECK_ST0 fchs_empty_indefinite, 0xFFFF, 0xC000000000000000

    ; ------------------------------------------------ FTST
%macro TST 4
    fninit
    LOAD_T80 %2, %3
    ftst
    CHECK_SW %1, SW_CC | SW_EXC, %4
%endmacro
    TST ftst_pos, 0x3FFF, 0x8000000000000000, 0
    TST ftst_neg, 0xBFFF, 0x8000000000000000, SW_C0
    TST ftst_zero, 0x8000, 0, SW_C3
    TST ftst_qnan, 0x7FFF, 0xC000000000000000, SW_C3 | SW_C2 | SW_C0 | SW_IE
    TST ftst_denormal, 0x8000, 1, SW_C0 | SW_DE

    ; ------------------------------------------------ FCOM, FUCOM, FICOM
%macro COMPARE 7   ; name, insn, se1, mant1, se0, mant0, expected CC|EXC
    fninit
    LOAD_T80 %3, %4
    LOAD_T80 %5, %6
    %2
    CHECK_SW %1, SW_CC | SW_EXC, %7
%endmacro
    COMPARE fcom_gt, fcom, 0x3FFF, 0x8000000000000000, 0x4000, 0x8000000000000000, 0
    COMPARE fcom_lt, fcom, 0x4000, 0x8000000000000000, 0x3FFF, 0x8000000000000000, SW_C0
    COMPARE fcom_eq, fcom, 0x4000, 0x8000000000000000, 0x4000, 0x8000000000000000, SW_C3
    COMPARE fcom_zeros, fcom, 0x8000, 0, 0x0000, 0, SW_C3
    COMPARE fcom_qnan, fcom, 0x7FFF, 0xC000000000000000, 0x3FFF, 0x8000000000000000, SW_C3 | SW_C2 | SW_C0 | SW_IE
    COMPARE fucom_qnan, fucom, 0x7FFF, 0xC000000000000000, 0x3FFF, 0x8000000000000000, SW_C3 | SW_C2 | SW_C0
    COMPARE fucom_snan, fucom, 0x7FFF, 0xA000000000000000, 0x3FFF, 0x8000000000000000, SW_C3 | SW_C2 | SW_C0 | SW_IE
    COMPARE fcom_neg_inf, fcom, 0xFFFF, 0x8000000000000000, 0xC400, 0x8000000000000000, 0
    COMPARE fcom_empty, {fcom st2}, 0x3FFF, 0x8000000000000000, 0x3FFF, 0x8000000000000000, SW_C3 | SW_C2 | SW_C0 | SW_IE
    fninit
    fld1
    fld1
    fcompp
    CHECK_SW fcompp_pops_two, SW_TOP | SW_CC, SW_C3
    fld1
    fldz
    fcomp
    CHECK_SW fcomp_pops_one, SW_TOP | SW_CC, (7 << 11) | SW_C0
    fninit
    mov word [FPU_BUF], -3
    fld1
    ficom word [FPU_BUF]
    CHECK_SW ficom_gt, SW_CC, 0
    mov dword [FPU_BUF], 1
    ficomp dword [FPU_BUF]
    CHECK_SW ficomp_eq, SW_CC | SW_TOP, SW_C3
    fld1
    mov dword [FPU_BUF], 0x40000000        ; 2.0f
    fcom dword [FPU_BUF]
    CHECK_SW fcom_m32_lt, SW_CC, SW_C0
    mov dword [FPU_BUF], 0
    mov dword [FPU_BUF+4], 0x3FF00000      ; 1.0
    fcomp qword [FPU_BUF]
    CHECK_SW fcomp_m64_eq, SW_CC | SW_TOP, SW_C3

    ; ------------------------------------------------ FCOMI, FUCOMI (flags)
%macro COMI 7   ; name, insn, se1, mant1, se0, mant0, expected flags (ZF PF CF)
    fninit
    LOAD_T80 %3, %4
    LOAD_T80 %5, %6
    SET_FLAGS F_OF | F_SF | F_AF
    %2
    CHECK_FLAGS %1, F_ZF | F_PF | F_CF | F_OF | F_SF | F_AF, %7
%endmacro
    COMI fcomi_gt, {fcomi st0, st1}, 0x3FFF, 0x8000000000000000, 0x4000, 0x8000000000000000, 0
    COMI fcomi_lt, {fcomi st0, st1}, 0x4000, 0x8000000000000000, 0x3FFF, 0x8000000000000000, F_CF
    COMI fcomi_eq, {fcomi st0, st1}, 0x3FFF, 0x8000000000000000, 0x3FFF, 0x8000000000000000, F_ZF
    COMI fcomi_un, {fcomi st0, st1}, 0x7FFF, 0xC000000000000000, 0x3FFF, 0x8000000000000000, F_ZF | F_PF | F_CF
    COMI fucomi_un, {fucomi st0, st1}, 0x7FFF, 0xC000000000000000, 0x3FFF, 0x8000000000000000, F_ZF | F_PF | F_CF
    CHECK_SW fucomi_qnan_no_ie, SW_EXC, 0
    COMI fcomip_lt, {fcomip st0, st1}, 0x4000, 0x8000000000000000, 0x3FFF, 0x8000000000000000, F_CF
    CHECK_SW fcomip_pops, SW_TOP, 7 << 11
    COMI fucomip_eq, {fucomip st0, st1}, 0x4000, 0x8000000000000000, 0x4000, 0x8000000000000000, F_ZF
    CHECK_SW fucomip_pops, SW_TOP, 7 << 11
    fninit
    fld1
    fldz
    fcomi st0, st1
    CHECK_SW fcomi_qnan_ie, SW_EXC, 0
    LOAD_T80 0x7FFF, 0xC000000000000000
    fcomi st0, st1
    CHECK_SW fcomi_qnan_sets_ie, SW_EXC, SW_IE

    ; ------------------------------------------------ FCMOVcc
%macro CMOV 4   ; name, insn, flags, expect_moved
    fninit
    fld1
    fldz
    SET_FLAGS %3
    %2
  %if %4
    CHECK_ST0 %1, 0x3FFF, 0x8000000000000000
  %else
    CHECK_ST0 %1, 0x0000, 0
  %endif
%endmacro
    CMOV fcmovb_taken, {fcmovb st0, st1}, F_CF, 1
    CMOV fcmovb_not, {fcmovb st0, st1}, 0, 0
    CMOV fcmove_taken, {fcmove st0, st1}, F_ZF, 1
    CMOV fcmove_not, {fcmove st0, st1}, F_CF, 0
    CMOV fcmovbe_cf, {fcmovbe st0, st1}, F_CF, 1
    CMOV fcmovbe_zf, {fcmovbe st0, st1}, F_ZF, 1
    CMOV fcmovbe_not, {fcmovbe st0, st1}, F_PF, 0
    CMOV fcmovu_taken, {fcmovu st0, st1}, F_PF, 1
    CMOV fcmovu_not, {fcmovu st0, st1}, F_ZF | F_CF, 0
    CMOV fcmovnb_taken, {fcmovnb st0, st1}, 0, 1
    CMOV fcmovnb_not, {fcmovnb st0, st1}, F_CF, 0
    CMOV fcmovne_taken, {fcmovne st0, st1}, F_CF, 1
    CMOV fcmovne_not, {fcmovne st0, st1}, F_ZF, 0
    CMOV fcmovnbe_taken, {fcmovnbe st0, st1}, F_PF, 1
    CMOV fcmovnbe_not, {fcmovnbe st0, st1}, F_ZF, 0
    CMOV fcmovnu_taken, {fcmovnu st0, st1}, F_CF | F_ZF, 1
    CMOV fcmovnu_not, {fcmovnu st0, st1}, F_PF, 0

    fninit
TEST_GROUP_END
