; fpu_loadstore.asm - x87 loads and stores of every memory format: 32/64/80-
; bit reals, 16/32/64-bit integers and 18-digit packed BCD, with rounding by
; the rounding control, the masked responses (integer and BCD indefinite,
; infinities, quieted NaNs, denormal results) and the stack-underflow store.
; Expected values: Intel SDM vol. 1 ch. 4 (formats, indefinites) and the
; vol. 2 pages of FLD/FST/FILD/FIST/FBLD/FBSTP; every STORE line's bytes and
; status word were produced by a real x87.

%include "rom.inc"
%include "fpu.inc"

; STORE name, insn, cw, value (se, mant), size, expected low 8 bytes,
;       expected bytes 8-9, status word & 0x47FF
%macro STORE 9
    fninit
    mov dword [FPU_BUF], 0xA5A5A5A5
    mov dword [FPU_BUF+4], 0xA5A5A5A5
    mov word [FPU_BUF+8], 0xA5A5
    LOAD_T80 %4, %5
    SET_CW %3
    %2
    CHECK_SW %1_sw, 0x47FF, %9
  %if %6 == 2
    CHECK_M16 %1, FPU_BUF, %7
  %elif %6 == 4
    CHECK_M32 %1, FPU_BUF, %7
  %elif %6 == 8
    CHECK_M64 %1, FPU_BUF, %7
  %else
    CHECK_BCD %1, FPU_BUF, %7, %8
  %endif
%endmacro

; LOAD name, insn, memory bytes (low 8, high 2), result (se, mant), sw & 0x47FF
%macro LOAD 7
    fninit
    mov dword [FPU_BUF], (%3) & 0xFFFFFFFF
    mov dword [FPU_BUF+4], (%3) >> 32
    mov word [FPU_BUF+8], %4
    %2
    CHECK_SW %1_sw, 0x47FF, %7
    CHECK_ST0 %1, %5, %6
%endmacro

TEST_GROUP fpu_loadstore
    call fpu_enable

    ; ------------------------------------------------ loads
    LOAD fld_m32_1_5, {fld dword [FPU_BUF]}, 0x3FC00000, 0, 0x3FFF, 0xC000000000000000, 0
    LOAD fld_m32_neg_inf, {fld dword [FPU_BUF]}, 0xFF800000, 0, 0xFFFF, 0x8000000000000000, 0
    LOAD fld_m32_denormal, {fld dword [FPU_BUF]}, 0x00000001, 0, 0x3F6A, 0x8000000000000000, SW_DE
    LOAD fld_m32_snan, {fld dword [FPU_BUF]}, 0x7F800001, 0, 0x7FFF, 0xC000010000000000, SW_IE
    LOAD fld_m32_qnan, {fld dword [FPU_BUF]}, 0xFFC00002, 0, 0xFFFF, 0xC000020000000000, 0
    LOAD fld_m64_m2, {fld qword [FPU_BUF]}, 0xC000000000000000, 0, 0xC000, 0x8000000000000000, 0
    LOAD fld_m64_pi, {fld qword [FPU_BUF]}, 0x400921FB54442D18, 0, 0x4000, 0xC90FDAA22168C000, 0
    LOAD fld_m64_denormal, {fld qword [FPU_BUF]}, 0x8000000000000003, 0, 0xBBCE, 0xC000000000000000, SW_DE
    LOAD fld_m64_neg_zero, {fld qword [FPU_BUF]}, 0x8000000000000000, 0, 0x8000, 0, 0
    LOAD fld_m80_snan_no_ie, {fld tword [FPU_BUF]}, 0xA000000000000001, 0x7FFF, 0x7FFF, 0xA000000000000001, 0
    LOAD fld_m80_denormal_no_de, {fld tword [FPU_BUF]}, 0x0000000000000001, 0x0000, 0x0000, 0x0000000000000001, 0
    LOAD fild_m16, {fild word [FPU_BUF]}, 0xFB2E, 0, 0xC009, 0x9A40000000000000, 0
    LOAD fild_m16_min, {fild word [FPU_BUF]}, 0x8000, 0, 0xC00E, 0x8000000000000000, 0
    LOAD fild_m32, {fild dword [FPU_BUF]}, 0x075BCD15, 0, 0x4019, 0xEB79A2A000000000, 0
    LOAD fild_m64_min, {fild qword [FPU_BUF]}, 0x8000000000000000, 0, 0xC03E, 0x8000000000000000, 0
    LOAD fild_m64, {fild qword [FPU_BUF]}, 0x7FFFFFFFFFFFFFFF, 0, 0x403D, 0xFFFFFFFFFFFFFFFE, 0
    LOAD fild_zero, {fild dword [FPU_BUF]}, 0, 0, 0x0000, 0, 0
    LOAD fbld_pos, {fbld [FPU_BUF]}, 0x0000000987654321, 0x0000, 0x401C, 0xEB79A2C400000000, 0
    LOAD fbld_neg, {fbld [FPU_BUF]}, 0x0000000000000123, 0x8000, 0xC005, 0xF600000000000000, 0
    LOAD fbld_max, {fbld [FPU_BUF]}, 0x9999999999999999, 0x0099, 0x403A, 0xDE0B6B3A763FFFF0, 0
    LOAD fbld_neg_zero, {fbld [FPU_BUF]}, 0, 0x8000, 0x8000, 0, 0

    ; ------------------------------------------------ stores
    STORE fst32_pi_rn, {fstp dword [FPU_BUF]}, 0x037F, 0x4000, 0xC90FDAA22168C235, 4, 0x0000000040490FDB, 0x0000, 0x0220
    STORE fst32_pi_rd, {fstp dword [FPU_BUF]}, 0x077F, 0x4000, 0xC90FDAA22168C235, 4, 0x0000000040490FDA, 0x0000, 0x0020
    STORE fst64_pi_rn, {fstp qword [FPU_BUF]}, 0x037F, 0x4000, 0xC90FDAA22168C235, 8, 0x400921FB54442D18, 0x0000, 0x0020
    STORE fst64_pi_ru, {fstp qword [FPU_BUF]}, 0x0B7F, 0x4000, 0xC90FDAA22168C235, 8, 0x400921FB54442D19, 0x0000, 0x0220
    STORE fst32_overflow_rn, {fstp dword [FPU_BUF]}, 0x037F, 0x4100, 0x8000000000000000, 4, 0x000000007F800000, 0x0000, 0x0228
    STORE fst32_overflow_rz, {fstp dword [FPU_BUF]}, 0x0F7F, 0xC100, 0x8000000000000000, 4, 0x00000000FF7FFFFF, 0x0000, 0x0028
    STORE fst32_denormal_exact, {fstp dword [FPU_BUF]}, 0x037F, 0x3F73, 0x8000000000000000, 4, 0x0000000000000200, 0x0000, 0x0000
    STORE fst32_underflow, {fstp dword [FPU_BUF]}, 0x037F, 0x3F69, 0xC000000000000000, 4, 0x0000000000000001, 0x0000, 0x0230
    STORE fst64_underflow_to_zero, {fstp qword [FPU_BUF]}, 0x037F, 0x0100, 0xC000000000000000, 8, 0x0000000000000000, 0x0000, 0x0030
    STORE fst64_denormal_ru, {fstp qword [FPU_BUF]}, 0x0B7F, 0x3BCD, 0x8000000000000001, 8, 0x0000000000000002, 0x0000, 0x0230
    STORE fst32_snan, {fstp dword [FPU_BUF]}, 0x037F, 0x7FFF, 0xA000010000000000, 4, 0x000000007FE00001, 0x0000, 0x0001
    STORE fst64_qnan_payload, {fstp qword [FPU_BUF]}, 0x037F, 0xFFFF, 0xC000000000012345, 8, 0xFFF8000000000024, 0x0000, 0x0000
    STORE fst32_inf, {fstp dword [FPU_BUF]}, 0x037F, 0xFFFF, 0x8000000000000000, 4, 0x00000000FF800000, 0x0000, 0x0000
    STORE fst32_neg_zero, {fstp dword [FPU_BUF]}, 0x037F, 0x8000, 0x0000000000000000, 4, 0x0000000080000000, 0x0000, 0x0000
    STORE fst32_unsupported, {fstp dword [FPU_BUF]}, 0x037F, 0x3FFF, 0x4000000000000000, 4, 0x00000000FFC00000, 0x0000, 0x0001
    STORE fist16_2_5_rn, {fistp word [FPU_BUF]}, 0x037F, 0x4000, 0xA000000000000000, 2, 0x0000000000000002, 0x0000, 0x0020
    STORE fist16_2_5_ru, {fistp word [FPU_BUF]}, 0x0B7F, 0x4000, 0xA000000000000000, 2, 0x0000000000000003, 0x0000, 0x0220
    STORE fist16_m2_5_rd, {fistp word [FPU_BUF]}, 0x077F, 0xC000, 0xA000000000000000, 2, 0x000000000000FFFD, 0x0000, 0x0220
    STORE fist16_m2_5_rz, {fistp word [FPU_BUF]}, 0x0F7F, 0xC000, 0xA000000000000000, 2, 0x000000000000FFFE, 0x0000, 0x0020
    STORE fist16_3_5_rn, {fistp word [FPU_BUF]}, 0x037F, 0x4000, 0xE000000000000000, 2, 0x0000000000000004, 0x0000, 0x0220
    STORE fist16_overflow, {fistp word [FPU_BUF]}, 0x037F, 0x400E, 0x9C40000000000000, 2, 0x0000000000008000, 0x0000, 0x0001
    STORE fist16_min, {fistp word [FPU_BUF]}, 0x037F, 0xC00E, 0x8000000000000000, 2, 0x0000000000008000, 0x0000, 0x0000
    STORE fist32_overflow, {fistp dword [FPU_BUF]}, 0x037F, 0x401E, 0xB2D05E0000000000, 4, 0x0000000080000000, 0x0000, 0x0001
    STORE fist32_neg, {fistp dword [FPU_BUF]}, 0x037F, 0xC01D, 0x8765432100000000, 4, 0x00000000BC4D5E70, 0x0000, 0x0020
    STORE fist32_nan, {fistp dword [FPU_BUF]}, 0x037F, 0x7FFF, 0xC000000000000000, 4, 0x0000000080000000, 0x0000, 0x0001
    STORE fistp64_max_neg, {fistp qword [FPU_BUF]}, 0x037F, 0xC03E, 0x8000000000000000, 8, 0x8000000000000000, 0x0000, 0x0000
    STORE fistp64_overflow, {fistp qword [FPU_BUF]}, 0x037F, 0x403E, 0x8000000000000000, 8, 0x8000000000000000, 0x0000, 0x0001
    STORE fistp64_big, {fistp qword [FPU_BUF]}, 0x037F, 0x403D, 0xFEDCBA9876543210, 8, 0x7F6E5D4C3B2A1908, 0x0000, 0x0000
    STORE fistp64_small_rd, {fistp qword [FPU_BUF]}, 0x077F, 0xBFF0, 0x8000000000000000, 8, 0xFFFFFFFFFFFFFFFF, 0x0000, 0x0220
    STORE fbstp_123, {fbstp [FPU_BUF]}, 0x037F, 0x4005, 0xF600000000000000, 10, 0x0000000000000123, 0x0000, 0x0000
    STORE fbstp_big, {fbstp [FPU_BUF]}, 0x037F, 0xC037, 0xDB4DA5F7EF8E9B60, 10, 0x3456790248496439, 0x8012, 0x0220
    STORE fbstp_2_5_rn, {fbstp [FPU_BUF]}, 0x037F, 0x4000, 0xA000000000000000, 10, 0x0000000000000002, 0x0000, 0x0020
    STORE fbstp_neg_zero, {fbstp [FPU_BUF]}, 0x037F, 0x8000, 0x0000000000000000, 10, 0x0000000000000000, 0x8000, 0x0000
    STORE fbstp_neg_small, {fbstp [FPU_BUF]}, 0x037F, 0xBFFD, 0x8000000000000000, 10, 0x0000000000000000, 0x8000, 0x0020
    STORE fbstp_overflow, {fbstp [FPU_BUF]}, 0x037F, 0x403B, 0xDE0B6B3A76400000, 10, 0xC000000000000000, 0xFFFF, 0x0001
    STORE fbstp_nan, {fbstp [FPU_BUF]}, 0x037F, 0x7FFF, 0xC000000000000000, 10, 0xC000000000000000, 0xFFFF, 0x0001

    ; fst (no pop) and fist (no pop) keep the stack
    fninit
    fld1
    fst dword [FPU_BUF]
    fist word [FPU_BUF+4]
    CHECK_SW fst_fist_no_pop, SW_TOP, 7 << 11
    CHECK_M32 fst_m32_one, FPU_BUF, 0x3F800000
    CHECK_M16 fist_m16_one, FPU_BUF+4, 1
    fst qword [FPU_BUF]
    CHECK_M64 fst_m64_one, FPU_BUF, 0x3FF0000000000000
    fist dword [FPU_BUF]
    CHECK_M32 fist_m32_one, FPU_BUF, 1
    fstp tword [FPU_BUF]
    CHECK_T80 fstp_m80_one, FPU_BUF, 0x3FFF, 0x8000000000000000
    CHECK_SW fstp_m80_pops, SW_TOP, 0

    ; stores from an empty register: underflow, the indefinite is stored
    fninit
    fst dword [FPU_BUF]
    CHECK_SW fst_empty, SW_EXC | SW_SF | SW_C1, SW_IE | SW_SF
    CHECK_M32 fst_empty_indefinite, FPU_BUF, 0xFFC00000
    fninit
    fistp dword [FPU_BUF]
    CHECK_M32 fistp_empty_indefinite, FPU_BUF, 0x80000000
    CHECK_SW fistp_empty_pops, SW_TOP, 1 << 11
    fninit
    fbstp [FPU_BUF]
    CHECK_BCD fbstp_empty_indefinite, FPU_BUF, 0xC000000000000000, 0xFFFF
    fninit
    fstp tword [FPU_BUF]
    CHECK_T80 fstp_m80_empty_indefinite, FPU_BUF, 0xFFFF, 0xC000000000000000

    ; unmasked exceptions: nothing is stored and the stack is not popped
    fninit
    SET_CW 0x037E                             ; IE unmasked
    mov dword [FPU_BUF], 0x12345678
    LOAD_T80 0x7FFF, 0xC000000000000000
    fistp dword [FPU_BUF]
    CHECK_SW fistp_unmasked_ie, SW_IE | SW_ES | SW_TOP, SW_IE | SW_ES | (7 << 11)
    CHECK_M32 fistp_unmasked_ie_no_store, FPU_BUF, 0x12345678
    fninit
    SET_CW 0x0377                             ; OE unmasked
    LOAD_T80 0x4100, 0x8000000000000000
    fstp dword [FPU_BUF]
    CHECK_SW fstp_unmasked_oe, SW_OE | SW_PE | SW_ES | SW_TOP, SW_OE | SW_ES | (7 << 11)
    CHECK_M32 fstp_unmasked_oe_no_store, FPU_BUF, 0x12345678
    fninit
TEST_GROUP_END
