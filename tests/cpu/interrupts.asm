; interrupts.asm - INT n, INT3 (CC), INT 3 (CD 03), INTO with OF=1 and
; OF=0, INT1 (F1), IRET/IRETD restoring FLAGS (IF included), the real-mode
; IVT and LIDT moving it, the trap flag (single-step trap after the
; instruction that starts with TF=1, return IP after it) and the interrupt
; shadow after MOV SS / POP SS that delays the single-step trap (and its
; absence after LSS).
%include "rom.inc"

INT_CNT equ 0x740               ; trap handler: number of traps
INT_IPS equ 0x742               ; ...and the IPs pushed (up to 8)
INT_FL  equ 0x752               ; flags pushed by the last trap

; trap handler for vector 1: records the pushed IP; clears TF in the pushed
; flags once it has seen INT_MAX traps.
int_trap_handler:
    push bp
    mov bp, sp
    push ax
    push bx
    push ds
    mov ax, DATA_SEG
    mov ds, ax
    mov bx, [INT_CNT]
    add bx, bx
    mov ax, [bp+2]
    mov [bx+INT_IPS], ax
    mov ax, [bp+6]
    mov [INT_FL], ax
    inc word [INT_CNT]
    mov ax, [INT_CNT]
    cmp ax, [INT_MAX_VAR]
    jb .keep
    and word [bp+6], ~F_TF
.keep:
    pop ds
    pop bx
    pop ax
    pop bp
    iret
INT_MAX_VAR equ 0x754
LSS_PTR equ 0x758               ; far pointer for the LSS case

; handler that changes the flags it returns with: sets CF, clears ZF, sets IF
int_flag_handler:
    push bp
    mov bp, sp
    or word [bp+6], F_CF|F_IF
    and word [bp+6], ~F_ZF
    pop bp
    iret

; handler for a vector of our own: marks that it ran and returns AX+1
int_own_handler:
    inc ax
    mov word [es:0x760], 0x1234
    iret

; handler reached through a relocated IDT
int_relocated_handler:
    mov word [es:0x762], 0x5678
    iret

TEST_GROUP interrupts
    ; ---------------------------------------------------- INT n
    mov bp, sp
    SET_FLAGS F_CF|F_ZF|F_OF
    EXPECT_FAULT int_0x21_vector_and_ip, 0x21, .i1
    int 0x21
.i1:
    END_FAULT
    RPT_LOAD ax, R_FFL
    and ax, 0x0FD5
    CHECK_EQ int_pushes_flags, ax, F_CF|F_ZF|F_OF
    RPT_LOAD ax, R_FSP
    mov bx, bp
    sub bx, ax
    CHECK_EQ int_pushes_6_bytes, bx, 6
    RPT_LOAD ax, R_FCS
    CHECK_EQ int_pushes_cs, ax, ROM_SEG
    mov ax, sp
    sub ax, bp
    CHECK_EQ int_iret_sp_balanced, ax, 0
    ; IF and TF are cleared on entry
    SET_FLAGS F_IF
    EXPECT_FAULT int_with_if_set, 0x22, .i2
    int 0x22
.i2:
    END_FAULT
    cli
    RPT_LOAD ax, R_HFL
    and ax, F_IF|F_TF
    CHECK_EQ int_clears_if_in_handler, ax, 0
    RPT_LOAD ax, R_FFL
    and ax, F_IF
    CHECK_EQ int_pushes_if, ax, F_IF
    EXPECT_FAULT int_0xff, 0xFF, .i3
    int 0xFF
.i3:
    END_FAULT
    EXPECT_FAULT int_0x00_by_int, 0, .i4
    int 0
.i4:
    END_FAULT
    ; INT3 (CC) and INT 3 (CD 03)
    EXPECT_FAULT int3_cc, 3, .i5
    int3
.i5:
    END_FAULT
    EXPECT_FAULT int_3_cd03, 3, .i6
    db 0xCD, 0x03
.i6:
    END_FAULT
    ; INTO
    SET_FLAGS F_OF
    EXPECT_FAULT into_of1, 4, .i7
    into
.i7:
    END_FAULT
    SET_FLAGS 0
    EXPECT_NO_FAULT into_of0_no_interrupt
    into
    END_FAULT
    SET_FLAGS F_ARITH & ~F_OF
    EXPECT_NO_FAULT into_of0_other_flags_set
    into
    END_FAULT
    ; INT1 / ICEBP (F1): vector 1, a trap (IP after it)
    EXPECT_FAULT int1_f1, 1, .i8
    db 0xF1
.i8:
    END_FAULT

    ; ---------------------------------------------------- IRET
    SET_VECTOR 0x30, int_flag_handler
    SET_FLAGS F_ZF
    int 0x30
    CHECK_FLAGS iret_restores_modified_flags, F_ARITH|F_IF, F_CF|F_IF
    cli
    ; IRETD pops EIP, CS, EFLAGS as dwords
    mov si, sp
    pushfd
    pop eax
    and eax, ~(F_ARITH|F_IF|F_TF)
    or eax, F_SF|F_PF
    push eax                    ; EFLAGS
    push dword ROM_SEG          ; CS
    push dword .ir1             ; EIP
    o32 iret
    FAIL_CHECK iretd_not_taken
.ir1:
    CHECK_FLAGS iretd_flags, F_ARITH, F_SF|F_PF
    mov ax, sp
    sub ax, si
    CHECK_EQ iretd_pops_12_bytes, ax, 0
    ; 16-bit IRET to another CS
    pushf
    push word 0xEF00
    push word .ir2 + 0x1000
    iret
.ir2:
    mov ax, cs
    CHECK_EQ iret_loads_cs, ax, 0xEF00
    jmp ROM_SEG:.ir3
.ir3:

    ; ---------------------------------------------------- IVT / IDTR
    push es
    xor ax, ax
    mov es, ax
    mov word [es:0x50*4], int_own_handler
    mov word [es:0x50*4+2], ROM_SEG
    mov word [es:0x760], 0
    mov ax, 41
    int 0x50
    CHECK_EQ ivt_entry_used, word [es:0x760], 0x1234
    CHECK_EQ ivt_handler_result, ax, 42
    ; SIDT: base 0 (limit not checked: 0xFFFF after reset, 0x3FF after a BIOS)
    sidt [0x770]
    CHECK_EQ32 sidt_base_zero, dword [0x772], 0
    ; LIDT to a table at linear 0x8000 with only vector 0x51 set
    mov dword [es:0x8000+0x51*4], 0
    mov word [es:0x8000+0x51*4], int_relocated_handler
    mov word [es:0x8000+0x51*4+2], ROM_SEG
    mov word [0x778], 0x3FF
    mov dword [0x77A], 0x8000
    mov word [es:0x762], 0
    lidt [0x778]
    int 0x51
    lidt [0x770]                ; restore
    CHECK_EQ lidt_relocates_ivt, word [es:0x762], 0x5678
    pop es

    ; ---------------------------------------------------- trap flag
    SET_VECTOR 1, int_trap_handler
    mov word [INT_CNT], 0
    mov word [INT_MAX_VAR], 1
    pushf
    pop ax
    or ax, F_TF
    push ax
    popf                        ; TF=1 from here; no trap after POPF itself
    nop
.t1:
    mov bx, 5                   ; TF was cleared by the handler
    CHECK_EQ tf_one_trap, word [INT_CNT], 1
    CHECK_EQ tf_trap_ip_after_next_insn, word [INT_IPS], .t1
    mov ax, [INT_FL]
    and ax, F_TF
    CHECK_EQ tf_pushed_flags_have_tf, ax, F_TF
    ; three steps
    mov word [INT_CNT], 0
    mov word [INT_MAX_VAR], 3
    pushf
    pop ax
    or ax, F_TF
    push ax
    popf
    inc cx
.t2:
    mov dx, 1
.t3:
    add dx, dx
.t4:
    nop
    CHECK_EQ tf_three_traps, word [INT_CNT], 3
    CHECK_EQ tf_step1_ip, word [INT_IPS], .t2
    CHECK_EQ tf_step2_ip, word [INT_IPS+2], .t3
    CHECK_EQ tf_step3_ip, word [INT_IPS+4], .t4
    ; MOV SS: no trap after it; the trap comes after the next instruction
    mov word [INT_CNT], 0
    mov word [INT_MAX_VAR], 1
    mov cx, ss
    pushf
    pop ax
    or ax, F_TF
    push ax
    popf
    mov ss, cx
    nop
.t5:
    nop
    CHECK_EQ tf_mov_ss_one_trap, word [INT_CNT], 1
    CHECK_EQ tf_mov_ss_shadow_ip, word [INT_IPS], .t5
    ; POP SS likewise
    mov word [INT_CNT], 0
    push ss
    pushf
    pop ax
    or ax, F_TF
    push ax
    popf
    pop ss
    nop
.t6:
    nop
    CHECK_EQ tf_pop_ss_one_trap, word [INT_CNT], 1
    CHECK_EQ tf_pop_ss_shadow_ip, word [INT_IPS], .t6
    ; LSS loads SS too, but makes no shadow: the trap comes right after it
    mov word [INT_CNT], 0
    mov [LSS_PTR], sp
    mov [LSS_PTR+2], ss
    pushf
    pop ax
    or ax, F_TF
    push ax
    popf
    lss sp, [LSS_PTR]
.t_lss:
    nop
    CHECK_EQ tf_lss_one_trap, word [INT_CNT], 1
    CHECK_EQ tf_lss_no_shadow_ip, word [INT_IPS], .t_lss
    ; POPF clearing TF started with TF=1: one trap after it, then none
    mov word [INT_CNT], 0
    mov word [INT_MAX_VAR], 5
    pushf
    pop ax
    push ax                     ; image with TF=0
    or ax, F_TF
    push ax
    popf                        ; TF=1
    popf                        ; starts with TF=1: trap after it; TF=0 now
.t7:
    nop
    nop
    CHECK_EQ tf_popf_clear_traps_once, word [INT_CNT], 1
    CHECK_EQ tf_popf_clear_ip, word [INT_IPS], .t7
    SET_VECTOR 1, rpt_vec_stubs + 4
TEST_GROUP_END
