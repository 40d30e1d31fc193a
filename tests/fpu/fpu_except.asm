; fpu_except.asm - x87 exception delivery: unmasked exceptions set ES and B
; and are reported as #MF (vector 16, CR0.NE=1) at the next waiting x87
; instruction or WAIT, whose address is the one pushed; the non-waiting
; instructions (FNSTSW, FNSTENV, FNCLEX, FNINIT) run without it; FLDCW that
; unmasks a raised flag makes it pending; the instruction and operand
; pointers name the instruction that raised it.  #NM (vector 7) for every
; ESC when CR0.EM=1 and when CR0.TS=1, and for WAIT only when CR0.MP=1 and
; CR0.TS=1.
; Expected behaviour: Intel SDM vol. 1 section 8.6-8.7 (exception
; synchronization, waiting vs non-waiting instructions), vol. 3 chapter 6
; (interrupts 7 and 16) and the CR0 description in vol. 3 section 2.5.

%include "rom.inc"
%include "fpu.inc"

%macro SET_CR0_BITS 2   ; clear mask, set mask
    push eax
    mov eax, cr0
    and eax, ~(%1)
    or eax, %2
    mov cr0, eax
    pop eax
%endmacro

TEST_GROUP fpu_except
    call fpu_enable

    ; ------------------------------------------------ #MF at the next waiting instruction
    fninit
    SET_CW 0x037B                            ; ZE unmasked
    fld1
    fldz
pending_div:
    fdivp st1, st0                           ; 1/0: ZE, pending (no fault here)
    EXPECT_NO_FAULT mf_not_on_fnstsw
    fnstsw ax
    END_FAULT
    and ax, SW_ES | SW_B | SW_EXC | SW_TOP
    CHECK_EQ mf_pending_sw, ax, SW_ES | SW_B | SW_ZE | (6 << 11)   ; not popped
    EXPECT_NO_FAULT mf_not_on_fnstenv
    fnstenv [ENVBUF]
    END_FAULT
    CHECK_M16 mf_env_sw, ENVBUF+2, 0xB084
    CHECK_M16 mf_env_fip, ENVBUF+6, pending_div
    CHECK_M16 mf_env_fop, ENVBUF+8, 0xF000 | 0x6F9
    CHECK_SW fnstenv_masks_clear_es, SW_ES | SW_B | SW_ZE, SW_ZE
    SET_CW 0x037B                            ; FNSTENV masked everything; unmasking again
    EXPECT_FAULT mf_after_fnstenv_unmask, 16 ; makes ZE pending once more
    fwait
    END_FAULT
    fninit

    fninit
    SET_CW 0x037B
    fld1
    fldz
    fdivp st1, st0
    EXPECT_FAULT mf_at_fwait, 16
    fwait
    END_FAULT
    EXPECT_FAULT mf_again_at_next_fpu_insn, 16
    fld1
    END_FAULT
    CHECK_SW mf_leaves_state, SW_TOP | SW_ES, SW_ES | (6 << 11)
    fnclex
    EXPECT_NO_FAULT mf_cleared_by_fnclex
    fwait
    fld1
    END_FAULT
    fninit

    ; FLDCW unmasking a flag that is already set makes it pending
    fninit
    fld1
    fldpi
    fdivp st1, st0                           ; PE (masked)
    CHECK_SW pe_masked_no_es, SW_ES | SW_PE, SW_PE
    SET_CW 0x035F                            ; unmask PE
    CHECK_SW fldcw_sets_es, SW_ES | SW_B, SW_ES | SW_B
    EXPECT_FAULT mf_after_fldcw_unmask, 16
    fwait
    END_FAULT
    fninit
    EXPECT_NO_FAULT fninit_clears_pending
    fwait
    END_FAULT

    ; unmasked invalid operation: the destination keeps its value
    fninit
    SET_CW 0x037E
    fld1
    fld1
    fchs
    fsqrt                                    ; sqrt(-1), IE unmasked
    CHECK_SW ie_unmasked_sw, SW_ES | SW_EXC, SW_ES | SW_IE
    fnclex
    CHECK_ST0 ie_unmasked_st0_kept, 0xBFFF, 0x8000000000000000
    fninit

    ; ------------------------------------------------ #NM
    SET_CR0_BITS 0, 0x04                     ; EM=1
    EXPECT_FAULT nm_em_fninit, 7
    fninit
    END_FAULT
    EXPECT_FAULT nm_em_fld1, 7
    fld1
    END_FAULT
    EXPECT_NO_FAULT nm_em_wait_runs
    fwait
    END_FAULT
    SET_CR0_BITS 0x04, 0x08                  ; EM=0, TS=1 (MP=1)
    EXPECT_FAULT nm_ts_fnstsw, 7
    fnstsw ax
    END_FAULT
    EXPECT_FAULT nm_ts_mp_wait, 7
    fwait
    END_FAULT
    SET_CR0_BITS 0x02, 0                     ; MP=0, TS=1
    EXPECT_NO_FAULT nm_ts_no_mp_wait_runs
    fwait
    END_FAULT
    EXPECT_FAULT nm_ts_fadd, 7
    fadd st0, st1
    END_FAULT
    clts
    SET_CR0_BITS 0, 0x02                     ; MP=1, TS=0
    EXPECT_NO_FAULT no_nm_after_clts
    fninit
    fld1
    fwait
    END_FAULT
    CHECK_SW fpu_works_after_clts, SW_TOP, 7 << 11
    fninit
TEST_GROUP_END
