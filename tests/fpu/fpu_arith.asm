; fpu_arith.asm - x87 arithmetic: add, subtract, multiply, divide, square
; root, FPREM/FPREM1, FRNDINT, FSCALE in each rounding mode and precision
; control, the masked responses (indefinite, infinities, denormals, signed
; zeros), unmasked overflow/underflow (bias-adjusted results), NaN
; propagation, stack overflow and underflow, FXTRACT and the exactly known
; transcendental results.
; Expected values: the rules of Intel SDM vol. 1 sections 4.8-4.9 and 8.5
; and the vol. 2 instruction pages; every ARITH line's result and status
; word were produced by a real x87 (the values are bit patterns, not
; approximations).

%include "rom.inc"
%include "fpu.inc"

; ARITH name, insn, cw, a (se, mant) = ST(0), b (se, mant) = ST(1),
;       result ST(0) (se, mant), status word & 0x47FF (flags, ES, C0-C3)
%macro ARITH 10
    fninit
    LOAD_T80 %6, %7
    LOAD_T80 %4, %5
    SET_CW %3
    %2
    CHECK_SW %1_sw, 0x47FF, %10
    fnclex
    CHECK_ST0 %1, %8, %9
    fninit
%endmacro

TEST_GROUP fpu_arith
    call fpu_enable
    ARITH add_1_2, {fadd st0, st1}, 0x037F, 0x3FFF, 0x8000000000000000, 0x4000, 0x8000000000000000, 0x4000, 0xC000000000000000, 0x0000
    ARITH sub_1_2, {fsub st0, st1}, 0x037F, 0x3FFF, 0x8000000000000000, 0x4000, 0x8000000000000000, 0xBFFF, 0x8000000000000000, 0x0000
    ARITH sub_x_x_rn, {fsub st0, st1}, 0x037F, 0x4000, 0xC000000000000000, 0x4000, 0xC000000000000000, 0x0000, 0x0000000000000000, 0x0000
    ARITH sub_x_x_rd, {fsub st0, st1}, 0x077F, 0x4000, 0xC000000000000000, 0x4000, 0xC000000000000000, 0x8000, 0x0000000000000000, 0x0000
    ARITH mul_3_7, {fmul st0, st1}, 0x037F, 0x4000, 0xC000000000000000, 0x4001, 0xE000000000000000, 0x4003, 0xA800000000000000, 0x0000
    ARITH div_1_3_rn, {fdiv st0, st1}, 0x037F, 0x3FFF, 0x8000000000000000, 0x4000, 0xC000000000000000, 0x3FFD, 0xAAAAAAAAAAAAAAAB, 0x0220
    ARITH div_1_3_rz, {fdiv st0, st1}, 0x0F7F, 0x3FFF, 0x8000000000000000, 0x4000, 0xC000000000000000, 0x3FFD, 0xAAAAAAAAAAAAAAAA, 0x0020
    ARITH div_1_3_pc24, {fdiv st0, st1}, 0x007F, 0x3FFF, 0x8000000000000000, 0x4000, 0xC000000000000000, 0x3FFD, 0xAAAAAB0000000000, 0x0220
    ARITH div_1_3_pc53, {fdiv st0, st1}, 0x027F, 0x3FFF, 0x8000000000000000, 0x4000, 0xC000000000000000, 0x3FFD, 0xAAAAAAAAAAAAA800, 0x0020
    ARITH div_2_3_ru_pc53, {fdiv st0, st1}, 0x0A7F, 0x4000, 0x8000000000000000, 0x4000, 0xC000000000000000, 0x3FFE, 0xAAAAAAAAAAAAB000, 0x0220
    ARITH div_m2_3_rd_pc24, {fdiv st0, st1}, 0x047F, 0xC000, 0x8000000000000000, 0x4000, 0xC000000000000000, 0xBFFE, 0xAAAAAB0000000000, 0x0220
    ARITH div_by_zero, {fdiv st0, st1}, 0x037F, 0xBFFF, 0x8000000000000000, 0x0000, 0x0000000000000000, 0xFFFF, 0x8000000000000000, 0x0004
    ARITH div_0_0, {fdiv st0, st1}, 0x037F, 0x0000, 0x0000000000000000, 0x8000, 0x0000000000000000, 0xFFFF, 0xC000000000000000, 0x0001
    ARITH sqrt_2, {fsqrt}, 0x037F, 0x4000, 0x8000000000000000, 0x0000, 0x0000000000000000, 0x3FFF, 0xB504F333F9DE6484, 0x0020
    ARITH sqrt_2_pc24_ru, {fsqrt}, 0x087F, 0x4000, 0x8000000000000000, 0x0000, 0x0000000000000000, 0x3FFF, 0xB504F40000000000, 0x0220
    ARITH sqrt_neg, {fsqrt}, 0x037F, 0xBFFF, 0x8000000000000000, 0x0000, 0x0000000000000000, 0xFFFF, 0xC000000000000000, 0x0001
    ARITH sqrt_neg_zero, {fsqrt}, 0x037F, 0x8000, 0x0000000000000000, 0x0000, 0x0000000000000000, 0x8000, 0x0000000000000000, 0x0000
    ARITH inf_minus_inf, {fsub st0, st1}, 0x037F, 0x7FFF, 0x8000000000000000, 0x7FFF, 0x8000000000000000, 0xFFFF, 0xC000000000000000, 0x0001
    ARITH zero_times_inf, {fmul st0, st1}, 0x037F, 0x0000, 0x0000000000000000, 0xFFFF, 0x8000000000000000, 0xFFFF, 0xC000000000000000, 0x0001
    ARITH overflow_rn, {fmul st0, st1}, 0x037F, 0x7FFE, 0xFFFFFFFFFFFFFFFF, 0x4000, 0x8000000000000000, 0x7FFF, 0x8000000000000000, 0x0228
    ARITH overflow_rz, {fmul st0, st1}, 0x0F7F, 0x7FFE, 0xFFFFFFFFFFFFFFFF, 0x4000, 0x8000000000000000, 0x7FFE, 0xFFFFFFFFFFFFFFFF, 0x0028
    ARITH overflow_rz_pc24, {fmul st0, st1}, 0x0C7F, 0x7FFE, 0xFFFFFFFFFFFFFFFF, 0x4000, 0x8000000000000000, 0x7FFE, 0xFFFFFF0000000000, 0x0028
    ARITH overflow_unmasked, {fmul st0, st1}, 0x0377, 0x7FFE, 0xFFFFFFFFFFFFFFFF, 0x4000, 0x8000000000000000, 0x1FFF, 0xFFFFFFFFFFFFFFFF, 0x0088
    ARITH underflow_exact, {fmul st0, st1}, 0x037F, 0x0001, 0x8000000000000000, 0x3FF5, 0x8000000000000000, 0x0000, 0x0020000000000000, 0x0000
    ARITH underflow_inexact, {fmul st0, st1}, 0x037F, 0x0001, 0xFFFFFFFFFFFFFFFF, 0x3FF5, 0x8000000000000000, 0x0000, 0x0040000000000000, 0x0230
    ARITH underflow_unmasked, {fmul st0, st1}, 0x036F, 0x0001, 0xFFFFFFFFFFFFFFFF, 0x3FF5, 0x8000000000000000, 0x5FF7, 0xFFFFFFFFFFFFFFFF, 0x0090
    ARITH denormal_operand, {fadd st0, st1}, 0x037F, 0x0000, 0x0000000000000001, 0x3FFF, 0x8000000000000000, 0x3FFF, 0x8000000000000000, 0x0022
    ARITH denormal_unmasked, {fadd st0, st1}, 0x037D, 0x0000, 0x0000000000000001, 0x3FFF, 0x8000000000000000, 0x0000, 0x0000000000000001, 0x0082
    ARITH denormal_plus_denormal, {fadd st0, st1}, 0x037F, 0x0000, 0x4000000000000000, 0x0000, 0x4000000000000000, 0x0001, 0x8000000000000000, 0x0002
    ARITH snan_plus_one, {fadd st0, st1}, 0x037F, 0x7FFF, 0x8000000000001234, 0x3FFF, 0x8000000000000000, 0x7FFF, 0xC000000000001234, 0x0001
    ARITH qnan_larger_wins, {fadd st0, st1}, 0x037F, 0x7FFF, 0xC000000000000001, 0xFFFF, 0xC000000000000002, 0xFFFF, 0xC000000000000002, 0x0000
    ARITH qnan_beats_snan, {fadd st0, st1}, 0x037F, 0x7FFF, 0xC000000000000001, 0xFFFF, 0xA000000000000002, 0x7FFF, 0xC000000000000001, 0x0001
    ARITH prem_10_3, {fprem}, 0x037F, 0x4002, 0xA000000000000000, 0x4000, 0xC000000000000000, 0x3FFF, 0x8000000000000000, 0x4200
    ARITH prem1_11_3, {fprem1}, 0x037F, 0x4002, 0xB000000000000000, 0x4000, 0xC000000000000000, 0xBFFF, 0x8000000000000000, 0x0100
    ARITH prem_partial, {fprem}, 0x037F, 0x40FF, 0xB000000000000000, 0x3FFF, 0xC90FDAA22168C235, 0x40DF, 0x86C961261C2E081D, 0x0400
    ARITH rndint_2_5_rn, {frndint}, 0x037F, 0x4000, 0xA000000000000000, 0x0000, 0x0000000000000000, 0x4000, 0x8000000000000000, 0x0020
    ARITH rndint_2_5_ru, {frndint}, 0x0B7F, 0x4000, 0xA000000000000000, 0x0000, 0x0000000000000000, 0x4000, 0xC000000000000000, 0x0220
    ARITH rndint_m2_5_rd, {frndint}, 0x077F, 0xC000, 0xA000000000000000, 0x0000, 0x0000000000000000, 0xC000, 0xC000000000000000, 0x0220
    ARITH scale_1_5_by_3, {fscale}, 0x037F, 0x3FFF, 0xC000000000000000, 0x4000, 0xC000000000000000, 0x4002, 0xC000000000000000, 0x0000
    ARITH scale_by_m3_7, {fscale}, 0x037F, 0x3FFF, 0xC000000000000000, 0xC000, 0xF000000000000000, 0x3FFC, 0xC000000000000000, 0x0000

    ; ------------------------------------------------ memory operands
    fninit
    fld1
    mov dword [FPU_BUF], 0x40400000          ; 3.0f
    fadd dword [FPU_BUF]
    CHECK_ST0 fadd_m32, 0x4001, 0x8000000000000000
    fld1
    mov dword [FPU_BUF], 0
    mov dword [FPU_BUF+4], 0x40080000        ; 3.0
    fdivr qword [FPU_BUF]                    ; 3 / 1
    CHECK_ST0 fdivr_m64, 0x4000, 0xC000000000000000
    fld1
    mov word [FPU_BUF], -4
    fimul word [FPU_BUF]
    CHECK_ST0 fimul_m16, 0xC001, 0x8000000000000000
    fld1
    mov dword [FPU_BUF], 5
    fisubr dword [FPU_BUF]                   ; 5 - 1
    CHECK_ST0 fisubr_m32, 0x4001, 0x8000000000000000
    fld1
    mov dword [FPU_BUF], 0x00000001          ; denormal single
    fadd dword [FPU_BUF]
    CHECK_SW fadd_m32_denormal_de, SW_DE | SW_PE, SW_DE | SW_PE
    fstp st0
    fninit

    ; ------------------------------------------------ register forms and pops
    fninit
    fld1                                     ; ST1 = 1
    mov word [FPU_BUF], 8
    fild word [FPU_BUF]                      ; ST0 = 8
    fsub st1, st0                            ; ST1 = 1 - 8
    fxch
    CHECK_ST0 fsub_sti_st0, 0xC001, 0xE000000000000000
    fninit
    fld1
    fild word [FPU_BUF]
    fsubrp st1, st0                          ; ST1 = 8 - 1, pop
    CHECK_SW fsubrp_pops, SW_TOP, 7 << 11
    CHECK_ST0 fsubrp, 0x4001, 0xE000000000000000
    fild word [FPU_BUF]
    fld1
    fdivp st1, st0                           ; 8 / 1
    CHECK_ST0 fdivp, 0x4002, 0x8000000000000000
    fild word [FPU_BUF]
    fld1
    fdivrp st1, st0                          ; 1 / 8
    CHECK_ST0 fdivrp, 0x3FFC, 0x8000000000000000
    fld1
    fld1
    faddp
    CHECK_ST0 faddp, 0x4000, 0x8000000000000000
    CHECK_SW faddp_empty_after, SW_TOP, 0

    ; ------------------------------------------------ stack faults
    fninit
    fld1
    fld1
    fld1
    fld1
    fld1
    fld1
    fld1
    fld1
    CHECK_SW eight_pushes_ok, SW_EXC | SW_SF, 0
    fldz                                     ; ninth push: overflow
    CHECK_SW stack_overflow, SW_EXC | SW_SF | SW_C1 | SW_TOP, SW_IE | SW_SF | SW_C1 | (7 << 11)
    CHECK_ST0 stack_overflow_indefinite, 0xFFFF, 0xC000000000000000
    fninit
    fld1
    fadd st0, st3                            ; ST3 empty: underflow
    CHECK_SW stack_underflow, SW_EXC | SW_SF | SW_C1, SW_IE | SW_SF
    CHECK_ST0 stack_underflow_indefinite, 0xFFFF, 0xC000000000000000
    fninit
    SET_CW 0x037E                            ; IE unmasked
    fld1
    fadd st0, st3
    CHECK_SW stack_underflow_unmasked, SW_EXC | SW_SF | SW_ES, SW_IE | SW_SF | SW_ES
    fnclex
    CHECK_ST0 stack_underflow_unmasked_unchanged, 0x3FFF, 0x8000000000000000
    fninit
    fxch st1                                 ; both empty
    CHECK_SW fxch_empty, SW_EXC | SW_SF | SW_C1, SW_IE | SW_SF
    CHECK_ST0 fxch_empty_indefinite, 0xFFFF, 0xC000000000000000
    fninit

    ; ------------------------------------------------ FXTRACT, FSCALE
    fninit
    mov word [FPU_BUF], 12
    fild word [FPU_BUF]
    fxtract
    CHECK_ST0 fxtract_significand, 0x3FFF, 0xC000000000000000
    CHECK_ST0 fxtract_exponent, 0x4000, 0xC000000000000000
    fldz
    fxtract
    CHECK_SW fxtract_zero_ze, SW_EXC, SW_ZE
    CHECK_ST0 fxtract_zero_significand, 0x0000, 0
    CHECK_ST0 fxtract_zero_exponent, 0xFFFF, 0x8000000000000000
    fninit

    ; ------------------------------------------------ transcendentals: exact cases
    fninit
    fldz
    fsin
    CHECK_ST0 fsin_zero, 0x0000, 0
    fldz
    fcos
    CHECK_ST0 fcos_zero, 0x3FFF, 0x8000000000000000
    fldz
    fptan
    CHECK_ST0 fptan_one, 0x3FFF, 0x8000000000000000
    CHECK_ST0 fptan_zero, 0x0000, 0
    fld1
    fchs
    f2xm1
    CHECK_ST0 f2xm1_minus_one, 0xBFFE, 0x8000000000000000
    mov word [FPU_BUF], 3
    fild word [FPU_BUF]
    mov word [FPU_BUF], 8
    fild word [FPU_BUF]
    fyl2x                                    ; 3 * log2(8)
    CHECK_ST0 fyl2x_3_log2_8, 0x4002, 0x9000000000000000
    fldz
    fld1
    fpatan                                   ; atan(0 / 1)
    CHECK_ST0 fpatan_zero, 0x0000, 0
    LOAD_T80 0x403F, 0x8000000000000000      ; 2^64: out of range
    fnclex
    fsin
    CHECK_SW fsin_out_of_range_c2, SW_C2 | SW_EXC, SW_C2
    CHECK_ST0 fsin_out_of_range_unchanged, 0x403F, 0x8000000000000000
    fld1
    fsincos
    CHECK_SW fsincos_in_range_c2, SW_C2, 0
    fstp st0
    fstp st0
    fld1
    fld1
    fpatan                                   ; atan(1/1) = pi/4
    CHECK_ST0 fpatan_pi_4, 0x3FFE, 0xC90FDAA22168C235
    fninit
TEST_GROUP_END
