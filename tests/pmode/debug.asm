; debug.asm - debug registers and single-step in protected mode: DR0-DR3
; instruction breakpoints (#DB fault before the instruction, DR6.Bn, RF
; pushed as 0, RF set by the handler letting the IRET resume, RF cleared
; after one instruction), data breakpoints (#DB trap after the access, RW
; write vs read/write, LEN ranges, linear addresses), single-step with TF
; (the trap after the instruction following POPF, DR6.BS, TF cleared in
; the handler, the step after a POPF that clears TF, MOV SS delaying the
; trap by one instruction), breakpoints at CPL 3.
;
; Expected values: Intel SDM vol. 3 ch. 17 (17.2.3 DR6, 17.2.4 DR7, 17.2.5
; breakpoint field recognition: an access hits if any byte overlaps the
; LEN-aligned range, 17.3.1.1 instruction breakpoints are faults, RF,
; 17.3.1.2 data breakpoints are traps, 17.3.1.4 single-step), 6.8.3
; (MOV SS/POP SS inhibit the single-step trap until after the next
; instruction), vol. 2 POPF.  DR6 bits 0-3 (B0-B3), 13 (BD), 14 (BS) and
; 15 (BT) are checked; the processor never clears them, so every test
; clears DR6 first.
%include "pm.inc"

R_SCR    equ SCRATCH
ST_CNT   equ SCRATCH + 0x100     ; step handler: number of #DB taken
ST_DR6   equ SCRATCH + 0x104     ; DR6 & 0xE00F at each, OR-ed
ST_EIP   equ SCRATCH + 0x110     ; the pushed EIPs (up to 16)
S_DATAB  equ 0x80                ; data, base SCRATCH

DR7_L0   equ 1
DR7_L1   equ 4
DR7_L2   equ 0x10
DR7_L3   equ 0x40
%define DR7_RW(n, rw) ((rw) << (16 + (n) * 4))
%define DR7_LEN(n, len) ((len) << (18 + (n) * 4))
RW_X     equ 0
RW_W     equ 1
RW_RW    equ 3
LEN_1    equ 0
LEN_2    equ 1
LEN_4    equ 3
DR6_B    equ 0xE00F              ; the bits checked: BT BS BD B3-B0

%macro DRSET 2
    mov eax, %2
    mov %1, eax
%endmacro
%macro DB_RESET 0
    xor eax, eax
    mov dr7, eax
    mov dr6, eax
    mov dword [ST_CNT], 0
    mov dword [ST_DR6], 0
%endmacro

bits 32
pm_main:
    RUN dbg_instruction_breakpoint
    RUN dbg_rf
    RUN dbg_data_breakpoint
    RUN dbg_single_step
    RUN dbg_mov_ss_step
    RUN3 dbg_cpl3_breakpoints
    RUN3 dbg_v86_rf
    ret

; a #DB handler that records, sets RF in the image (so an instruction
; breakpoint does not hit again) and returns; after 16 it clears TF
dbg_h:
    push eax
    push ebx
    mov eax, [ss:ST_CNT]
    cmp eax, 16
    jb .rec
    and dword [esp + 8 + 8], ~F_TF
    jmp .out
.rec:
    mov ebx, [esp + 8]
    mov [ss:ST_EIP + eax * 4], ebx
.out:
    inc dword [ss:ST_CNT]
    mov eax, dr6
    and eax, DR6_B
    or [ss:ST_DR6], eax
    xor eax, eax
    mov dr6, eax
    or dword [esp + 8 + 8], F_RF
    pop ebx
    pop eax
    iretd

; ---------------------------------------------------------------- instruction breakpoints
dbg_instruction_breakpoint:
    DB_RESET
    mov dword [R_SCR], 0
    DRSET dr0, .x
    DRSET dr7, DR7_L0 | DR7_RW(0, RW_X) | DR7_LEN(0, LEN_1)
    EXPECT ibp_dr0_fault, 1, .x
    nop
.x:
    mov dword [R_SCR], 1
    END_EXPECT
    CHECK ibp_not_executed, [R_SCR], 0
    CHECKM ibp_dr6_b0, [V_DR6], 1, DR6_B
    CHECKM ibp_pushed_rf0, [V_EFL], 0, F_RF
    CHECKM ibp_handler_tf_if_clear, [V_HEFL], 0, F_TF | F_IF
    ; DR3, with DR0-DR2 also set to other addresses
    DB_RESET
    DRSET dr0, .y + 1
    DRSET dr1, .y + 2
    DRSET dr2, 0
    DRSET dr3, .y
    DRSET dr7, DR7_L3 | DR7_L0 | DR7_L1
    EXPECT ibp_dr3_fault, 1, .y
    nop
.y:
    nop
    nop
    END_EXPECT
    CHECKM ibp_dr6_b3_only, [V_DR6], 8, DR6_B
    ; the global enable works the same
    DB_RESET
    DRSET dr1, .z
    DRSET dr7, DR7_L1 << 1
    EXPECT ibp_global_enable, 1, .z
.z:
    nop
    END_EXPECT
    CHECKM ibp_global_dr6_b1, [V_DR6], 2, DR6_B
    ; not enabled: no #DB
    DB_RESET
    DRSET dr0, .w
    DRSET dr7, DR7_L1
    EXPECT ibp_disabled, NONE
.w:
    nop
    END_EXPECT
    DB_RESET
    ret

; ---------------------------------------------------------------- RF
dbg_rf:
    DB_RESET
    SETIDT 1, SEL_CODE0, dbg_h, ACC_INT32
    mov dword [R_SCR], 0
    ; the handler sets RF in the image: .x runs once, then .y (whose
    ; breakpoint is live again because RF is cleared after .x) hits too
    DRSET dr0, .x
    DRSET dr1, .y
    DRSET dr7, DR7_L0 | DR7_L1
    EXPECT rf_resume, VEC_SVC, .e
.x:
    inc dword [R_SCR]
.y:
    inc dword [R_SCR]
    int VEC_SVC
.e:
    END_EXPECT
    CHECK rf_both_instructions_ran_once, [R_SCR], 2
    CHECK rf_two_breakpoints_taken, [ST_CNT], 2
    CHECK rf_first_at_x, [ST_EIP], .x
    CHECK rf_second_at_y, [ST_EIP + 4], .y
    CHECKM rf_dr6_b0_b1, [ST_DR6], 3, DR6_B
    CHECKM rf_cleared_afterwards, [V_EFL], 0, F_RF
    DB_RESET
    ret

; ---------------------------------------------------------------- data breakpoints
dbg_data_breakpoint:
    DB_RESET
    SETDESC S_DATAB, SCRATCH, 0xFFFF, ACC_DATA | 1, FL_32
    DRSET dr1, R_SCR + 0x40
    DRSET dr7, DR7_L1 | DR7_RW(1, RW_W) | DR7_LEN(1, LEN_4)
    EXPECT dbp_write_trap, 1, .a1
    mov dword [R_SCR + 0x40], 0x11
.a1:
    END_EXPECT
    CHECK dbp_write_done, [R_SCR + 0x40], 0x11
    CHECKM dbp_write_dr6_b1, [V_DR6], 2, DR6_B
    mov eax, 0
    mov dr6, eax
    EXPECT dbp_read_with_rw_write, NONE
    mov eax, [R_SCR + 0x40]
    END_EXPECT
    EXPECT dbp_byte_in_range, 1, .a2
    mov byte [R_SCR + 0x43], 0
.a2:
    END_EXPECT
    EXPECT dbp_byte_after_range, NONE
    mov byte [R_SCR + 0x44], 0
    END_EXPECT
    EXPECT dbp_overlapping_dword, 1, .a3
    mov dword [R_SCR + 0x3E], 0
.a3:
    END_EXPECT
    ; the linear address counts: DS base SCRATCH, offset 0x40
    mov ax, S_DATAB
    mov ds, ax
    EXPECT dbp_linear_address, 1, .a4
    mov dword [0x40], 0
.a4:
    END_EXPECT
    ; a push is a write
    EXPECT dbp_push, 1, .a5
    mov esp, R_SCR + 0x44
    push eax
.a5:
    END_EXPECT                   ; (the resume restores ESP)
    ; RW=11: reads hit too
    DB_RESET
    DRSET dr2, R_SCR + 0x50
    DRSET dr7, DR7_L2 | DR7_RW(2, RW_RW) | DR7_LEN(2, LEN_2)
    EXPECT dbp_rw_read, 1, .b1
    mov al, [R_SCR + 0x51]
.b1:
    END_EXPECT
    CHECKM dbp_rw_read_dr6_b2, [V_DR6], 4, DR6_B
    EXPECT dbp_len2_outside, NONE
    mov al, [R_SCR + 0x52]
    END_EXPECT
    ; two breakpoints hit by one access: both B bits
    DB_RESET
    DRSET dr0, R_SCR + 0x60
    DRSET dr3, R_SCR + 0x62
    DRSET dr7, DR7_L0 | DR7_RW(0, RW_W) | DR7_LEN(0, LEN_1) | DR7_L3 | DR7_RW(3, RW_W) | DR7_LEN(3, LEN_1)
    EXPECT dbp_two_hits, 1, .c1
    mov dword [R_SCR + 0x60], 0
.c1:
    END_EXPECT
    CHECKM dbp_two_hits_dr6, [V_DR6], 9, DR6_B
    DB_RESET
    ret

; ---------------------------------------------------------------- single-step
dbg_single_step:
    DB_RESET
    ; the trap comes after the instruction following the POPF that set TF
    EXPECT step_first_trap, 1, .b
    push dword F_TF | 2
    popfd
.a:
    nop
.b:
    nop
    END_EXPECT
    CHECKM step_dr6_bs, [V_DR6], 0x4000, DR6_B
    CHECKM step_pushed_tf, [V_EFL], F_TF, F_TF
    CHECKM step_handler_tf_clear, [V_HEFL], 0, F_TF
    ; stepping through: a trap after every instruction, the last after the
    ; POPF that clears TF
    DB_RESET
    SETIDT 1, SEL_CODE0, dbg_h, ACC_INT32
    push dword 2
    push dword F_TF | 2
    popfd
.s1:
    mov eax, 1
.s2:
    add eax, eax
.s3:
    popfd
.s4:
    nop
    CHECK step_count, [ST_CNT], 3
    CHECK step_eip_1, [ST_EIP], .s2
    CHECK step_eip_2, [ST_EIP + 4], .s3
    CHECK step_eip_3, [ST_EIP + 8], .s4
    CHECKM step_all_bs, [ST_DR6], 0x4000, DR6_B
    CHECK step_code_ran, eax, 2
    DB_RESET
    ret

dbg_mov_ss_step:
    DB_RESET
    SETIDT 1, SEL_CODE0, dbg_h, ACC_INT32
    mov ax, ss
    push dword 2
    push dword F_TF | 2
    popfd
.m1:
    mov ss, ax
.m2:
    nop
.m3:
    nop
.m4:
    popfd
.m5:
    CHECK mov_ss_step_count, [ST_CNT], 3
    CHECK mov_ss_step_first_after_next, [ST_EIP], .m3
    CHECK mov_ss_step_eip_2, [ST_EIP + 4], .m4
    CHECK mov_ss_step_eip_3, [ST_EIP + 8], .m5
    DB_RESET
    ret

; ---------------------------------------------------------------- CPL 3
dbg_cpl3_breakpoints:
    DB_RESET
    DRSET dr0, .x
    DRSET dr7, DR7_L0
    EXPECT r3_instruction_breakpoint, 1, .x
    TO_RING3 .r
.r:
    nop
.x:
    nop
    int VEC_SVC
    END_EXPECT
    CHECKW r3_ibp_cs, word [V_CS], SEL_CODE3 | 3
    CHECK r3_ibp_esp, [V_ESP], R3_TOP
    DB_RESET
    DRSET dr1, R_SCR + 0x70
    DRSET dr7, DR7_L1 | DR7_RW(1, RW_W) | DR7_LEN(1, LEN_4)
    EXPECT r3_data_breakpoint, 1, .y
    TO_RING3 .r2
.r2:
    FLAT_DS
    mov dword [R_SCR + 0x70], 5
.y:
    int VEC_SVC
    END_EXPECT
    CHECKM r3_dbp_dr6_b1, [V_DR6], 2, DR6_B
    ; single-step at CPL 3 with TF set by the IRET into ring 3
    DB_RESET
    EXPECT r3_single_step, 1, .s2
    TO_RING3 .s1, F_TF | 2
.s1:
    nop
.s2:
    nop
    int VEC_SVC
    END_EXPECT
    CHECKM r3_single_step_bs, [V_DR6], 0x4000, DR6_B
    DB_RESET
    ret

; ---------------------------------------------------------------- V86 IRETD and RF
; In V86 mode with IOPL 3 a 32-bit IRET loads RF from the image (only VM,
; IOPL, VIP and VIF are kept): the breakpoint on its target is skipped.
; The same IRET from the ring-0 monitor into V86 does the same.
dbg_v86_rf:
    DB_RESET
    DRSET dr0, dbg_v86p.t
    DRSET dr7, DR7_L0
    EXPECT v86_iretd_loads_rf, VEC_SVC, dbg_v86p.end - ROM_BASE
    push dword 0
    push dword 0
    push dword 0x1000
    push dword 0x1000
    push dword 0x5000
    push dword 0xFFF0
    push dword F_VM | IOPL(3) | 2
    push dword 0xF000
    push dword dbg_v86p - ROM_BASE
    iretd
    END_EXPECT
    ; the ring-0 IRET into V86 with RF=1: the instruction at the target
    ; runs; without RF the breakpoint hits
    DB_RESET
    DRSET dr0, dbg_v86p.t2
    DRSET dr7, DR7_L0
    EXPECT v86_monitor_iret_rf, VEC_SVC, dbg_v86p.end2 - ROM_BASE
    push dword 0
    push dword 0
    push dword 0x1000
    push dword 0x1000
    push dword 0x5000
    push dword 0xFFF0
    push dword F_VM | F_RF | IOPL(3) | 2
    push dword 0xF000
    push dword dbg_v86p.t2 - ROM_BASE
    iretd
    END_EXPECT
    DB_RESET
    ret

bits 16
dbg_v86p:
    push dword F_RF | 2
    push dword 0xF000
    push dword .t - ROM_BASE
    o32 iret
.t:
    nop
    int VEC_SVC
.end:
.t2:
    nop
    int VEC_SVC
.end2:
bits 32

PM_ROM_END
