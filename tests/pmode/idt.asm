; idt.asm - interrupts and exceptions through the IDT: interrupt vs trap
; gates (IF, NT in the handler), 16- and 32-bit gates and their frames,
; software INT with gate DPL < CPL (#GP(vector*8+2)), INT3/INTO/ICEBP, the
; IDT limit, not-present and malformed gates and targets (error codes with
; the IDT and EXT bits), the ring 3 -> ring 0 frame, handlers in conforming
; code, #DE #BR #UD #NM and their saved EIP, RF in the pushed EFLAGS of
; faults, #AC at CPL 3 only, #DF from contributory + contributory and the
; serial handling of benign + contributory, and a triple fault resetting the
; CPU (CR0 and EDX as after reset).
;
; Expected values: Intel SDM vol. 3 ch. 6 (6.3 sources, 6.5 fault/trap
; classes and the saved EIP, 6.12 delivery and the stack frames of figures
; 6-4/6-5, 6.12.1.2 IF/TF/NT/RF/VM on entry, 6.13 error code: bit 0 EXT,
; bit 1 IDT, table 6-5 double-fault conditions, 6.15 exception reference:
; #AC only at CPL 3 with CR0.AM and EFLAGS.AC), 17.3.1.1 (RF pushed as 1
; for faults other than instruction breakpoints), vol. 2 INT n/INTO/INT3/
; INT1 pseudocode (the DPL check applies to INT n, INT3 and INTO only),
; vol. 3 9.1.1 and table 9-1 (state after reset or INIT: CR0 60000010H
; with CD/NW unchanged by INIT, EDX = the processor signature).
%include "pm.inc"

S_C0     equ 0x80    ; conforming readable code DPL 0
S_CNP    equ 0x88    ; code, not present
S_SMALL  equ 0x90    ; code, limit 0xFFF
R_SCR    equ SCRATCH

%macro SETUP 0
    SETDESC S_C0, 0, 0xFFFFF, ACC_CODE_C | 1, FL_G32
    SETDESC S_CNP, 0, 0xFFFFF, (ACC_CODE | 1) & ~ACC_P, FL_G32
    SETDESC S_SMALL, 0, 0xFFF, ACC_CODE | 1, FL_32
    mov edi, R_SCR
    mov ecx, 64
    mov eax, 0xEEEEEEEE
    rep stosd
%endmacro
; IDT16 vector, handler (16-bit code in CODE16), access
%macro IDT16 3
    mov dword [IDT_BASE + (%1) * 8], (((%2) - $$) & 0xFFFF) | (SEL_CODE16 << 16)
    mov dword [IDT_BASE + (%1) * 8 + 4], (%3) << 8
%endmacro
; the default stub of a vector as a plain offset
%define STUB(v) (ABS(pm_stubs) + (v) * 16)

bits 32
pm_main:
    RUN idt_gate_types
    RUN idt_gates16
    RUN idt_bad_gates
    RUN3 idt_dpl_r3
    RUN3 idt_frame_r3
    RUN3 idt_conforming_handler_r3
    RUN idt_exceptions
    RUN idt_rf_image
    RUN3 idt_ac_r3
    RUN idt_ac_cpl0
    RUN idt_double_fault
    RUN idt_triple_fault
    RUN idt_after_reset
    ret

; ---------------------------------------------------------------- gate types
idt_gate_types:
    SETUP
    ; interrupt gate: IF and NT cleared in the handler, pushed as they were
    mov [V_USER], esp
    EXPECT int_gate32, 0x40, .a
    push dword F_IF | F_NT | F_CF | 2
    popfd
    int 0x40
.a:
    END_EXPECT
    CHECKM int_gate32_handler_if_nt, [V_HEFL], 0, F_IF | F_NT | F_TF
    CHECKM int_gate32_pushed_flags, [V_EFL], F_IF | F_NT | F_CF | 2, F_IF | F_NT | F_CF | F_TF | 2
    CHECK int_gate32_pushed_cs, [V_CS], SEL_CODE0
    mov eax, [V_USER]
    sub eax, 12
    CHECK int_gate32_same_level_frame, [V_HESP], eax
    ; trap gate: IF kept, NT cleared
    SETIDT_NUM 0x41, SEL_CODE0, STUB(0x41), ACC_TRAP32
    EXPECT trap_gate32, 0x41, .b
    push dword F_IF | F_NT | 2
    popfd
    int 0x41
.b:
    END_EXPECT
    CHECKM trap_gate32_handler_if_kept, [V_HEFL], F_IF, F_IF | F_NT
    ; INT3 and INT 3 (CD 03): traps, EIP after the instruction
    EXPECT int3_cc, 3, .c
    int3
.c:
    END_EXPECT
    EXPECT int_3_cd03, 3, .d
    db 0xCD, 0x03
.d:
    END_EXPECT
    ; INTO: #OF when OF=1, nothing when OF=0
    EXPECT into_of1, 4, .e
    push dword F_OF | 2
    popfd
    into
.e:
    END_EXPECT
    EXPECT into_of0, NONE
    push dword 2
    popfd
    into
    END_EXPECT
    ; ICEBP (F1): #DB trap
    EXPECT icebp, 1, .f
    db 0xF1
.f:
    END_EXPECT
    ret

; ---------------------------------------------------------------- 16-bit gates
idt_gates16:
    SETUP
    IDT16 0x50, idt_h16, ACC_INT16
    IDT16 0x51, idt_h16, ACC_TRAP16
    mov ebp, esp
    push dword F_IF | F_CF | 2
    popfd
    int 0x50
.r1:
    CHECK int_gate16_frame_size, [R_SCR], ebp
    CHECKW int_gate16_ip, word [R_SCR + 4], ABS(.r1) & 0xFFFF
    CHECKW int_gate16_cs, word [R_SCR + 6], SEL_CODE0
    CHECKW int_gate16_flags, word [R_SCR + 8], F_IF | F_CF | 2
    CHECKW int_gate16_handler_if, word [R_SCR + 12], 0
    push dword F_IF | 2
    popfd
    int 0x51
.r2:
    cli
    CHECKW trap_gate16_ip, word [R_SCR + 4], ABS(.r2) & 0xFFFF
    CHECKW trap_gate16_handler_if, word [R_SCR + 12], F_IF
    ret

bits 16
; records ESP+6 (the ESP before the interrupt), IP, CS, FLAGS and IF in
; the handler, then goes back to ABS(.rN) with a far JMP
idt_h16:
    lea eax, [esp + 6]
    mov [dword R_SCR], eax
    mov eax, [esp]
    mov [dword R_SCR + 4], eax
    movzx eax, word [esp + 4]
    mov [dword R_SCR + 8], eax
    pushf
    pop ax
    and eax, F_IF
    mov [dword R_SCR + 12], eax
    movzx eax, word [esp]          ; return IP -> full EIP in the ROM
    add esp, 6
    or eax, 0xF0000
    push dword SEL_CODE0
    push eax
    o32 retf
bits 32

; ---------------------------------------------------------------- bad gates
; BADINT name, vector, fault vector, error: INT vector faults at the INT
%macro BADINT 4
    EXPECT %1, %3, %%i
%%i:
    int %2
    END_EXPECT
    CHECK %{1}_err, [V_ERR], %4
%endmacro
idt_bad_gates:
    SETUP
    ; not present: #NP(vector*8+2)
    and byte [IDT_BASE + 0x42 * 8 + 5], 0x7F
    BADINT int_gate_not_present, 0x42, 11, 0x42 * 8 + 2
    ; a call gate in the IDT: #GP(vector*8+2)
    SETGATE 0x7F8, SEL_CODE0, idt_bad_gates, ACC_CALL32   ; (scratch)
    mov eax, [GDT_BASE + 0x7F8]
    mov [IDT_BASE + 0x43 * 8], eax
    mov eax, [GDT_BASE + 0x7F8 + 4]
    mov [IDT_BASE + 0x43 * 8 + 4], eax
    BADINT int_gate_call_type, 0x43, 13, 0x43 * 8 + 2
    ; a data descriptor (S=1) in the IDT
    mov dword [IDT_BASE + 0x44 * 8], 0x0000FFFF
    mov dword [IDT_BASE + 0x44 * 8 + 4], 0x00CF9300
    BADINT int_gate_data_descriptor, 0x44, 13, 0x44 * 8 + 2
    ; the target: null, not code, DPL > CPL, not present, offset > limit
    SETIDT 0x45, 0, idt_bad_gates, ACC_INT32
    BADINT int_target_null, 0x45, 13, 0
    SETIDT 0x46, SEL_DATA0, idt_bad_gates, ACC_INT32
    BADINT int_target_data, 0x46, 13, SEL_DATA0
    SETIDT 0x47, SEL_CODE3, idt_bad_gates, ACC_INT32
    BADINT int_target_dpl3_from_cpl0, 0x47, 13, SEL_CODE3
    SETIDT 0x48, S_CNP, idt_bad_gates, ACC_INT32
    BADINT int_target_not_present, 0x48, 11, S_CNP
    SETIDT_NUM 0x49, S_SMALL, 0x2000, ACC_INT32
    BADINT int_target_beyond_limit, 0x49, 13, 0
    SETIDT 0x4A, 0x800, idt_bad_gates, ACC_INT32
    BADINT int_target_beyond_gdt, 0x4A, 13, 0x800
    ; beyond the IDT limit: #GP(vector*8+2)
    lidt [idt_short_idtr]
    BADINT int_beyond_idt_limit, 0x40, 13, 0x40 * 8 + 2
    BADINT int_last_byte_beyond_limit, 0x3F, 13, 0x3F * 8 + 2
    EXPECT int_within_idt_limit, 0x3E, .w
    int 0x3E
.w:
    END_EXPECT
    lidt [cs:pm_idtr]
    ; the same faults raised by an exception carry EXT=1; the saved EIP is
    ; that of the instruction that raised the first exception
    and byte [IDT_BASE + 6 * 8 + 5], 0x7F
    EXPECT ud_gate_not_present, 11, .u1
.u1:
    ud2
    END_EXPECT
    CHECK ud_gate_not_present_err, [V_ERR], 6 * 8 + 2 + 1
    RESTORE_IDT 6
    SETIDT 6, 0, idt_bad_gates, ACC_INT32
    EXPECT ud_target_null, 13, .u2
.u2:
    ud2
    END_EXPECT
    CHECK ud_target_null_err, [V_ERR], 1
    SETIDT 6, SEL_DATA0, idt_bad_gates, ACC_INT32
    EXPECT ud_target_data, 13, .u3
.u3:
    ud2
    END_EXPECT
    CHECK ud_target_data_err, [V_ERR], SEL_DATA0 | 1
    SETIDT 6, S_CNP, idt_bad_gates, ACC_INT32
    EXPECT ud_target_not_present, 11, .u4
.u4:
    ud2
    END_EXPECT
    CHECK ud_target_not_present_err, [V_ERR], S_CNP | 1
    RESTORE_IDT 6
    ret
idt_short_idtr:
    dw 0x3E * 8 + 7 + 7         ; vector 0x3F's last byte is beyond the limit
    dd IDT_BASE

; ---------------------------------------------------------------- DPL checks at CPL 3
; R3INT name, instruction bytes..., fault vector, error
%macro R3INT 4
    EXPECT %1, %3, %%i
    TO_RING3 %%i, F_OF | 2
%%i:
    %2
    int VEC_SVC
    END_EXPECT
    CHECK %{1}_err, [V_ERR], %4
%endmacro
idt_dpl_r3:
    SETUP
    R3INT r3_int_dpl0_gate, {int 0x80}, 13, 0x80 * 8 + 2
    R3INT r3_int3_cc_dpl0_gate, {int3}, 13, 3 * 8 + 2
    R3INT r3_int_3_cd03_dpl0_gate, {db 0xCD, 3}, 13, 3 * 8 + 2
    R3INT r3_into_dpl0_gate, {into}, 13, 4 * 8 + 2
    R3INT r3_int_0d_dpl0_gate, {int 0x0D}, 13, 0x0D * 8 + 2
    ; ICEBP and exceptions are not checked against the gate's DPL
    EXPECT r3_icebp_no_dpl_check, 1, .i1
    TO_RING3 .i0
.i0:
    db 0xF1
.i1:
    END_EXPECT
    EXPECT r3_ud_no_dpl_check, 6, .i2
    TO_RING3 .i2
.i2:
    ud2
    END_EXPECT
    ; with DPL 3 gates INT3/INTO are delivered
    mov byte [IDT_BASE + 3 * 8 + 5], ACC_INT32 | DPL(3)
    mov byte [IDT_BASE + 4 * 8 + 5], ACC_INT32 | DPL(3)
    EXPECT r3_int3_dpl3_gate, 3, .i4
    TO_RING3 .i3
.i3:
    int3
.i4:
    END_EXPECT
    EXPECT r3_into_dpl3_gate, 4, .i6
    TO_RING3 .i5, F_OF | 2
.i5:
    into
.i6:
    END_EXPECT
    ; a not-present gate with DPL 0: the DPL check comes first
    and byte [IDT_BASE + 0x42 * 8 + 5], 0x7F
    R3INT r3_int_dpl_before_present, {int 0x42}, 13, 0x42 * 8 + 2
    ret

; ---------------------------------------------------------------- ring 3 -> ring 0 frames
idt_frame_r3:
    SETUP
    EXPECT r3_frame_int, VEC_SVC, .r1
    TO_RING3 .r0, F_CF | 2
.r0:
    int VEC_SVC
.r1:
    END_EXPECT
    CHECK r3_frame_int_at, [V_HESP], R0_TOP - 20
    CHECK r3_frame_int_eip, [V_FRAME + 0], .r1
    CHECKM r3_frame_int_cs, [V_FRAME + 4], SEL_CODE3 | 3, 0xFFFF
    CHECKM r3_frame_int_eflags, [V_FRAME + 8], F_CF | 2, 0x3FFFFF & ~F_RF
    CHECK r3_frame_int_esp, [V_FRAME + 12], R3_TOP
    CHECKM r3_frame_int_ss, [V_FRAME + 16], SEL_DATA3 | 3, 0xFFFF
    CHECK r3_frame_handler_ss, [V_HSS], SEL_DATA0
    ; with an error code
    EXPECT r3_frame_gp, 13, .g
    TO_RING3 .g0
.g0:
    mov ax, SEL_DATA0
.g:
    mov ds, ax
    END_EXPECT
    CHECK r3_frame_gp_at, [V_HESP], R0_TOP - 24
    CHECK r3_frame_gp_err, [V_FRAME + 0], SEL_DATA0
    CHECK r3_frame_gp_eip, [V_FRAME + 4], .g
    CHECK r3_frame_gp_esp, [V_FRAME + 16], R3_TOP
    ; 16-bit interrupt gate from ring 3: SS SP FLAGS CS IP as words
    IDT16 0x52, idt_h16r3, ACC_INT16 | DPL(3)
    EXPECT r3_frame_gate16, VEC_SVC, idt_h16r3.end - ROM_BASE
    TO_RING3 .s0
.s0:
    int 0x52
.s1:
    END_EXPECT
    CHECK r3_frame_gate16_at, [R_SCR], R0_TOP - 10
    CHECKW r3_frame_gate16_ip, word [R_SCR + 4], ABS(.s1) & 0xFFFF
    CHECKW r3_frame_gate16_cs, word [R_SCR + 6], SEL_CODE3 | 3
    CHECKW r3_frame_gate16_flags, word [R_SCR + 8], 2
    CHECKW r3_frame_gate16_sp, word [R_SCR + 10], R3_TOP & 0xFFFF
    CHECKW r3_frame_gate16_ss, word [R_SCR + 12], SEL_DATA3 | 3
    ; 16-bit gate with an error code (#GP from ring 3)
    IDT16 13, idt_h16r3, ACC_INT16
    EXPECT r3_frame_gate16_err, VEC_SVC, idt_h16r3.end - ROM_BASE
    TO_RING3 .t0
.t0:
    mov ax, SEL_DATA0
    mov ds, ax
    END_EXPECT
    CHECK r3_frame_gate16_err_at, [R_SCR], R0_TOP - 12
    CHECKW r3_frame_gate16_err_code, word [R_SCR + 4], SEL_DATA0
    CHECKW r3_frame_gate16_err_ip, word [R_SCR + 6], ABS(.t0 + 4) & 0xFFFF
    ret

bits 16
idt_h16r3:
    mov [ss:dword R_SCR], esp
    mov eax, [esp]
    mov [ss:dword R_SCR + 4], eax
    mov eax, [esp + 4]
    mov [ss:dword R_SCR + 8], eax
    mov eax, [esp + 8]
    mov [ss:dword R_SCR + 12], eax
    int VEC_SVC
.end:
bits 32

; ---------------------------------------------------------------- conforming handler
idt_conforming_handler_r3:
    SETUP
    SETIDT 0x44, S_C0, idt_conf_handler, ACC_INT32 | DPL(3)
    EXPECT r3_conforming_handler, VEC_SVC, .b
    TO_RING3 .a, F_CF | 2
.a:
    int 0x44
    int VEC_SVC
.b:
    END_EXPECT
    CHECKM r3_conforming_handler_cs, [R_SCR], S_C0 | 3, 0xFFFF
    CHECK r3_conforming_handler_same_stack, [R_SCR + 4], R3_TOP - 12
    CHECKM r3_conforming_handler_pushed_cs, [R_SCR + 8], SEL_CODE3 | 3, 0xFFFF
    CHECKM r3_conforming_handler_pushed_flags, [R_SCR + 12], F_CF | 2, 0xFFFF
    ret
idt_conf_handler:
    mov [ss:R_SCR], cs
    mov [ss:R_SCR + 4], esp
    mov eax, [esp + 4]
    mov [ss:R_SCR + 8], eax
    mov eax, [esp + 8]
    mov [ss:R_SCR + 12], eax
    iretd

; ---------------------------------------------------------------- exceptions
idt_exceptions:
    SETUP
    xor ebx, ebx
    mov eax, 1
    xor edx, edx
    EXPECT de_div_zero, 0
    div ebx
    END_EXPECT
    CHECK de_no_error_code, [V_ERR], NONE
    mov eax, 0
    mov edx, 1
    mov ebx, 1
    EXPECT de_idiv_overflow, 0
    idiv ebx
    END_EXPECT
    EXPECT de_aam_zero, 0
    aam 0
    END_EXPECT
    mov dword [R_SCR], 10
    mov dword [R_SCR + 4], 20
    mov eax, 21
    EXPECT br_bound_above, 5
    bound eax, [R_SCR]
    END_EXPECT
    mov eax, 9
    EXPECT br_bound_below, 5
    bound eax, [R_SCR]
    END_EXPECT
    mov eax, 20
    EXPECT br_bound_in_range, NONE
    bound eax, [R_SCR]
    END_EXPECT
    EXPECT ud_ud2, 6
    ud2
    END_EXPECT
    EXPECT ud_lock_mov, 6
    db 0xF0, 0x89, 0x03          ; lock mov [ebx], eax
    END_EXPECT
    EXPECT ud_mov_cs, 6
    db 0x8E, 0xC8                ; mov cs, ax
    END_EXPECT
    ; #NM: an x87 instruction with CR0.TS or CR0.EM
    mov eax, cr0
    or eax, CR0_TS
    mov cr0, eax
    EXPECT nm_ts_fnop, 7
    fnop
    END_EXPECT
    clts
    mov eax, cr0
    or eax, CR0_EM
    mov cr0, eax
    EXPECT nm_em_fld1, 7
    fld1
    END_EXPECT
    mov eax, cr0
    and eax, ~CR0_EM
    mov cr0, eax
    ret

; ---------------------------------------------------------------- RF image
idt_rf_image:
    SETUP
    ; faults push RF=1; traps and software interrupts push RF as it was (0)
    EXPECT rf_image_ud, 6
    ud2
    END_EXPECT
    CHECKM rf_image_ud_is_1, [V_EFL], F_RF, F_RF
    mov ax, 0x800
    EXPECT rf_image_gp, 13, .g
.g:
    mov ds, ax
    END_EXPECT
    CHECKM rf_image_gp_is_1, [V_EFL], F_RF, F_RF
    EXPECT rf_image_int, 0x40, .i
    int 0x40
.i:
    END_EXPECT
    CHECKM rf_image_int_is_0, [V_EFL], 0, F_RF
    EXPECT rf_image_int3, 3, .t
    int3
.t:
    END_EXPECT
    CHECKM rf_image_int3_is_0, [V_EFL], 0, F_RF
    ; RF is cleared in the handler
    CHECKM rf_cleared_in_handler, [V_HEFL], 0, F_RF
    ret

; ---------------------------------------------------------------- #AC
; ACR3 name, vector (17 or NONE), entry eflags, instruction
%macro ACR3 4+
    EXPECT %1, %2, %%i
    TO_RING3 %%r, %3
%%r:
    FLAT_DS
    mov esi, R_SCR
%%i:
    %4
    int VEC_SVC
    END_EXPECT
%endmacro
%macro ACR3_OK 3+
    EXPECT %1, VEC_SVC, %%e
    TO_RING3 %%r, %2
%%r:
    FLAT_DS
    mov esi, R_SCR
    %3
    int VEC_SVC
%%e:
    END_EXPECT
%endmacro
idt_ac_r3:
    SETUP
    mov eax, cr0
    or eax, CR0_AM
    mov cr0, eax
    ACR3 ac_dword_offset1, 17, F_AC | 2, mov eax, [esi + 1]
    CHECK ac_dword_offset1_err, [V_ERR], 0
    CHECKW ac_dword_offset1_cs, word [V_CS], SEL_CODE3 | 3
    ACR3 ac_dword_offset2, 17, F_AC | 2, mov eax, [esi + 2]
    ACR3 ac_word_odd, 17, F_AC | 2, mov ax, [esi + 3]
    ACR3 ac_write_dword, 17, F_AC | 2, mov [esi + 6], eax
    ACR3_OK ac_dword_aligned, F_AC | 2, mov eax, [esi + 4]
    ACR3_OK ac_word_even, F_AC | 2, mov ax, [esi + 2]
    ACR3_OK ac_byte_any, F_AC | 2, mov al, [esi + 3]
    ACR3_OK ac_flag_clear, 2, mov eax, [esi + 1]
    ; a push with a misaligned ESP
    EXPECT ac_push_misaligned_esp, 17, .p
    IRET_TO SEL_CODE3 | 3, .p, SEL_DATA3 | 3, R3_TOP - 2, F_AC | 2
.p:
    push eax
    int VEC_SVC
    END_EXPECT
    ; EFLAGS.AC can be set by POPFD at CPL 3
    EXPECT ac_set_by_popfd, 17, .q
    TO_RING3 .q0
.q0:
    FLAT_DS
    mov esi, R_SCR
    push dword F_AC | 2
    popfd
.q:
    mov eax, [esi + 1]
    int VEC_SVC
    END_EXPECT
    ; CR0.AM clear: no #AC
    mov eax, cr0
    and eax, ~CR0_AM
    mov cr0, eax
    ACR3_OK ac_am_clear, F_AC | 2, mov eax, [esi + 1]
    ret

idt_ac_cpl0:
    SETUP
    mov eax, cr0
    or eax, CR0_AM
    mov cr0, eax
    mov esi, R_SCR
    EXPECT ac_not_at_cpl0, NONE
    push dword F_AC | 2
    popfd
    mov eax, [esi + 1]
    mov [esi + 3], ax
    push dword 2
    popfd
    END_EXPECT
    mov eax, cr0
    and eax, ~CR0_AM
    mov cr0, eax
    ret

; ---------------------------------------------------------------- #DF
idt_double_fault:
    SETUP
    ; #GP whose gate is not present -> #NP while delivering it: contributory
    ; + contributory = #DF, error code 0 (saved CS:EIP undefined)
    and byte [IDT_BASE + 13 * 8 + 5], 0x7F
    mov ax, 0x800
    EXPECT df_gp_then_np, 8, NONE
    mov ds, ax
    END_EXPECT
    CHECK df_gp_then_np_err, [V_ERR], 0
    CHECK df_gp_then_np_count, [V_CNT], 1
    RESTORE_IDT 13
    ; #DE whose handler's code segment is not present -> #NP -> #DF
    SETIDT 0, S_CNP, idt_double_fault, ACC_INT32
    xor ebx, ebx
    EXPECT df_de_then_np, 8, NONE
    div ebx
    END_EXPECT
    CHECK df_de_then_np_err, [V_ERR], 0
    RESTORE_IDT 0
    ; (#DF from a stack fault needs a separate stack for #DF: task.asm)
    ; benign (#UD) + contributory (#NP): handled serially, no #DF
    and byte [IDT_BASE + 6 * 8 + 5], 0x7F
    EXPECT ud_then_np_serial, 11
    ud2
    END_EXPECT
    CHECK ud_then_np_serial_err, [V_ERR], 6 * 8 + 2 + 1
    RESTORE_IDT 6
    ; a software INT whose gate is missing raises #NP, not #DF
    and byte [IDT_BASE + 0x60 * 8 + 5], 0x7F
    BADINT int_not_present_no_df, 0x60, 11, 0x60 * 8 + 2
    ; #DF through a trap gate keeps IF
    SETIDT_NUM 8, SEL_CODE0, STUB(8), ACC_TRAP32
    and byte [IDT_BASE + 13 * 8 + 5], 0x7F
    mov ax, 0x800
    EXPECT df_through_trap_gate, 8, NONE
    push dword F_IF | 2
    popfd
    mov ds, ax
    END_EXPECT
    CHECKM df_trap_gate_if_kept, [V_HEFL], F_IF, F_IF
    ret

; ---------------------------------------------------------------- triple fault
; INT3 with an empty IDT: #GP for the gate, #DF for the #GP's gate, and no
; gate for #DF: shutdown, which a PC turns into a reset.  The ROM boots
; again and goes on with the next section.
idt_triple_fault:
    EXPECT_RESET triple_fault_resets
    lidt [idt_empty_idtr]
    int3
    END_EXPECT_RESET
    ret
idt_empty_idtr:
    dw 0
    dd IDT_BASE

idt_after_reset:
    CHECK reset_happened_once, [V_RSTDONE], 1
    CHECK reset_cr0, [V_BOOTCR0], 0x60000010
    mov eax, 1
    cpuid
    CHECK reset_edx_is_signature, [V_BOOTEDX], eax
    ret

PM_ROM_END
