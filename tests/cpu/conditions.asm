; conditions.asm - the 16 conditions: Jcc short (7x) and near (0F 8x, also
; with 0x66: rel32), SETcc (0F 9x) on registers and memory, CMOVcc (0F 4x)
; 16/32-bit from registers and memory, each under flag combinations chosen so
; every condition is seen true and false (O, B, E, BE, S, P, L, LE and their
; negations, as the SDM defines them; e.g. L = SF!=OF, LE = ZF or SF!=OF).
%include "rom.inc"

TEST_GROUP conditions
    SET_FLAGS 0
    mov al, 0
    jo short .t_o_0
    jmp short .n_o_0
.t_o_0:
    mov al, 1
.n_o_0:
    CHECK_EQ8 jo_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jo short .t_o_1
    jmp short .n_o_1
.t_o_1:
    mov al, 1
.n_o_1:
    CHECK_EQ8 jo_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    jo short .t_o_2
    jmp short .n_o_2
.t_o_2:
    mov al, 1
.n_o_2:
    CHECK_EQ8 jo_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    jo short .t_o_3
    jmp short .n_o_3
.t_o_3:
    mov al, 1
.n_o_3:
    CHECK_EQ8 jo_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jo short .t_o_4
    jmp short .n_o_4
.t_o_4:
    mov al, 1
.n_o_4:
    CHECK_EQ8 jo_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jo short .t_o_5
    jmp short .n_o_5
.t_o_5:
    mov al, 1
.n_o_5:
    CHECK_EQ8 jo_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jo short .t_o_6
    jmp short .n_o_6
.t_o_6:
    mov al, 1
.n_o_6:
    CHECK_EQ8 jo_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jo short .t_o_7
    jmp short .n_o_7
.t_o_7:
    mov al, 1
.n_o_7:
    CHECK_EQ8 jo_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jo short .t_o_8
    jmp short .n_o_8
.t_o_8:
    mov al, 1
.n_o_8:
    CHECK_EQ8 jo_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jo short .t_o_9
    jmp short .n_o_9
.t_o_9:
    mov al, 1
.n_o_9:
    CHECK_EQ8 jo_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jo short .t_o_10
    jmp short .n_o_10
.t_o_10:
    mov al, 1
.n_o_10:
    CHECK_EQ8 jo_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jo short .t_o_11
    jmp short .n_o_11
.t_o_11:
    mov al, 1
.n_o_11:
    CHECK_EQ8 jo_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jo near .tn_o_0
    jmp near .nn_o_0
.tn_o_0:
    mov al, 1
.nn_o_0:
    CHECK_EQ8 jo_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x80     ; o32 jo near rel32
    dd .to_o_0 - ($ + 4)
    jmp near .no_o_0
.to_o_0:
    mov al, 1
.no_o_0:
    CHECK_EQ8 jo_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jo near .tn_o_1
    jmp near .nn_o_1
.tn_o_1:
    mov al, 1
.nn_o_1:
    CHECK_EQ8 jo_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x80     ; o32 jo near rel32
    dd .to_o_1 - ($ + 4)
    jmp near .no_o_1
.to_o_1:
    mov al, 1
.no_o_1:
    CHECK_EQ8 jo_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    seto al
    CHECK_EQ seto_r8_0, ax, 0x5500
    CHECK_FLAGS seto_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    seto byte [0x700]
    CHECK_EQ8 seto_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    seto al
    CHECK_EQ seto_r8_1, ax, 0x5501
    CHECK_FLAGS seto_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    seto byte [0x700]
    CHECK_EQ8 seto_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_CF
    seto al
    CHECK_EQ seto_r8_2, ax, 0x5500
    CHECK_FLAGS seto_keeps_flags_2, F_ARITH, F_CF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF
    seto byte [0x700]
    CHECK_EQ8 seto_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovo ax, bx
    CHECK_EQ32 cmovo_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovo eax, ebx
    CHECK_EQ32 cmovo_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovo eax, [0x704]
    CHECK_EQ32 cmovo_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovo_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovo ax, bx
    CHECK_EQ32 cmovo_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovo eax, ebx
    CHECK_EQ32 cmovo_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovo eax, [0x704]
    CHECK_EQ32 cmovo_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovo_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jno short .t_no_0
    jmp short .n_no_0
.t_no_0:
    mov al, 1
.n_no_0:
    CHECK_EQ8 jno_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jno short .t_no_1
    jmp short .n_no_1
.t_no_1:
    mov al, 1
.n_no_1:
    CHECK_EQ8 jno_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jno short .t_no_2
    jmp short .n_no_2
.t_no_2:
    mov al, 1
.n_no_2:
    CHECK_EQ8 jno_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jno short .t_no_3
    jmp short .n_no_3
.t_no_3:
    mov al, 1
.n_no_3:
    CHECK_EQ8 jno_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    jno short .t_no_4
    jmp short .n_no_4
.t_no_4:
    mov al, 1
.n_no_4:
    CHECK_EQ8 jno_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    jno short .t_no_5
    jmp short .n_no_5
.t_no_5:
    mov al, 1
.n_no_5:
    CHECK_EQ8 jno_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jno short .t_no_6
    jmp short .n_no_6
.t_no_6:
    mov al, 1
.n_no_6:
    CHECK_EQ8 jno_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jno short .t_no_7
    jmp short .n_no_7
.t_no_7:
    mov al, 1
.n_no_7:
    CHECK_EQ8 jno_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jno short .t_no_8
    jmp short .n_no_8
.t_no_8:
    mov al, 1
.n_no_8:
    CHECK_EQ8 jno_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jno short .t_no_9
    jmp short .n_no_9
.t_no_9:
    mov al, 1
.n_no_9:
    CHECK_EQ8 jno_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jno short .t_no_10
    jmp short .n_no_10
.t_no_10:
    mov al, 1
.n_no_10:
    CHECK_EQ8 jno_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jno short .t_no_11
    jmp short .n_no_11
.t_no_11:
    mov al, 1
.n_no_11:
    CHECK_EQ8 jno_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    jno near .tn_no_0
    jmp near .nn_no_0
.tn_no_0:
    mov al, 1
.nn_no_0:
    CHECK_EQ8 jno_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x81     ; o32 jno near rel32
    dd .to_no_0 - ($ + 4)
    jmp near .no_no_0
.to_no_0:
    mov al, 1
.no_no_0:
    CHECK_EQ8 jno_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jno near .tn_no_1
    jmp near .nn_no_1
.tn_no_1:
    mov al, 1
.nn_no_1:
    CHECK_EQ8 jno_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x81     ; o32 jno near rel32
    dd .to_no_1 - ($ + 4)
    jmp near .no_no_1
.to_no_1:
    mov al, 1
.no_no_1:
    CHECK_EQ8 jno_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setno al
    CHECK_EQ setno_r8_0, ax, 0x5501
    CHECK_FLAGS setno_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setno byte [0x700]
    CHECK_EQ8 setno_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setno al
    CHECK_EQ setno_r8_1, ax, 0x5500
    CHECK_FLAGS setno_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setno byte [0x700]
    CHECK_EQ8 setno_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_CF
    setno al
    CHECK_EQ setno_r8_2, ax, 0x5501
    CHECK_FLAGS setno_keeps_flags_2, F_ARITH, F_CF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF
    setno byte [0x700]
    CHECK_EQ8 setno_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovno ax, bx
    CHECK_EQ32 cmovno_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovno eax, ebx
    CHECK_EQ32 cmovno_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovno eax, [0x704]
    CHECK_EQ32 cmovno_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovno_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovno ax, bx
    CHECK_EQ32 cmovno_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovno eax, ebx
    CHECK_EQ32 cmovno_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovno eax, [0x704]
    CHECK_EQ32 cmovno_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovno_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jb short .t_b_0
    jmp short .n_b_0
.t_b_0:
    mov al, 1
.n_b_0:
    CHECK_EQ8 jb_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jb short .t_b_1
    jmp short .n_b_1
.t_b_1:
    mov al, 1
.n_b_1:
    CHECK_EQ8 jb_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jb short .t_b_2
    jmp short .n_b_2
.t_b_2:
    mov al, 1
.n_b_2:
    CHECK_EQ8 jb_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    jb short .t_b_3
    jmp short .n_b_3
.t_b_3:
    mov al, 1
.n_b_3:
    CHECK_EQ8 jb_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jb short .t_b_4
    jmp short .n_b_4
.t_b_4:
    mov al, 1
.n_b_4:
    CHECK_EQ8 jb_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    jb short .t_b_5
    jmp short .n_b_5
.t_b_5:
    mov al, 1
.n_b_5:
    CHECK_EQ8 jb_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jb short .t_b_6
    jmp short .n_b_6
.t_b_6:
    mov al, 1
.n_b_6:
    CHECK_EQ8 jb_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jb short .t_b_7
    jmp short .n_b_7
.t_b_7:
    mov al, 1
.n_b_7:
    CHECK_EQ8 jb_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jb short .t_b_8
    jmp short .n_b_8
.t_b_8:
    mov al, 1
.n_b_8:
    CHECK_EQ8 jb_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jb short .t_b_9
    jmp short .n_b_9
.t_b_9:
    mov al, 1
.n_b_9:
    CHECK_EQ8 jb_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jb short .t_b_10
    jmp short .n_b_10
.t_b_10:
    mov al, 1
.n_b_10:
    CHECK_EQ8 jb_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jb short .t_b_11
    jmp short .n_b_11
.t_b_11:
    mov al, 1
.n_b_11:
    CHECK_EQ8 jb_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jb near .tn_b_0
    jmp near .nn_b_0
.tn_b_0:
    mov al, 1
.nn_b_0:
    CHECK_EQ8 jb_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x82     ; o32 jb near rel32
    dd .to_b_0 - ($ + 4)
    jmp near .no_b_0
.to_b_0:
    mov al, 1
.no_b_0:
    CHECK_EQ8 jb_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jb near .tn_b_1
    jmp near .nn_b_1
.tn_b_1:
    mov al, 1
.nn_b_1:
    CHECK_EQ8 jb_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x82     ; o32 jb near rel32
    dd .to_b_1 - ($ + 4)
    jmp near .no_b_1
.to_b_1:
    mov al, 1
.no_b_1:
    CHECK_EQ8 jb_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setb al
    CHECK_EQ setb_r8_0, ax, 0x5500
    CHECK_FLAGS setb_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setb byte [0x700]
    CHECK_EQ8 setb_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setb al
    CHECK_EQ setb_r8_1, ax, 0x5501
    CHECK_FLAGS setb_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setb byte [0x700]
    CHECK_EQ8 setb_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_ZF
    setb al
    CHECK_EQ setb_r8_2, ax, 0x5500
    CHECK_FLAGS setb_keeps_flags_2, F_ARITH, F_ZF
    mov byte [0x700], 0x77
    SET_FLAGS F_ZF
    setb byte [0x700]
    CHECK_EQ8 setb_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovb ax, bx
    CHECK_EQ32 cmovb_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovb eax, ebx
    CHECK_EQ32 cmovb_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovb eax, [0x704]
    CHECK_EQ32 cmovb_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovb_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovb ax, bx
    CHECK_EQ32 cmovb_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovb eax, ebx
    CHECK_EQ32 cmovb_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovb eax, [0x704]
    CHECK_EQ32 cmovb_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovb_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jae short .t_ae_0
    jmp short .n_ae_0
.t_ae_0:
    mov al, 1
.n_ae_0:
    CHECK_EQ8 jae_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jae short .t_ae_1
    jmp short .n_ae_1
.t_ae_1:
    mov al, 1
.n_ae_1:
    CHECK_EQ8 jae_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    jae short .t_ae_2
    jmp short .n_ae_2
.t_ae_2:
    mov al, 1
.n_ae_2:
    CHECK_EQ8 jae_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jae short .t_ae_3
    jmp short .n_ae_3
.t_ae_3:
    mov al, 1
.n_ae_3:
    CHECK_EQ8 jae_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    jae short .t_ae_4
    jmp short .n_ae_4
.t_ae_4:
    mov al, 1
.n_ae_4:
    CHECK_EQ8 jae_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jae short .t_ae_5
    jmp short .n_ae_5
.t_ae_5:
    mov al, 1
.n_ae_5:
    CHECK_EQ8 jae_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jae short .t_ae_6
    jmp short .n_ae_6
.t_ae_6:
    mov al, 1
.n_ae_6:
    CHECK_EQ8 jae_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jae short .t_ae_7
    jmp short .n_ae_7
.t_ae_7:
    mov al, 1
.n_ae_7:
    CHECK_EQ8 jae_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jae short .t_ae_8
    jmp short .n_ae_8
.t_ae_8:
    mov al, 1
.n_ae_8:
    CHECK_EQ8 jae_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jae short .t_ae_9
    jmp short .n_ae_9
.t_ae_9:
    mov al, 1
.n_ae_9:
    CHECK_EQ8 jae_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jae short .t_ae_10
    jmp short .n_ae_10
.t_ae_10:
    mov al, 1
.n_ae_10:
    CHECK_EQ8 jae_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jae short .t_ae_11
    jmp short .n_ae_11
.t_ae_11:
    mov al, 1
.n_ae_11:
    CHECK_EQ8 jae_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    jae near .tn_ae_0
    jmp near .nn_ae_0
.tn_ae_0:
    mov al, 1
.nn_ae_0:
    CHECK_EQ8 jae_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x83     ; o32 jae near rel32
    dd .to_ae_0 - ($ + 4)
    jmp near .no_ae_0
.to_ae_0:
    mov al, 1
.no_ae_0:
    CHECK_EQ8 jae_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jae near .tn_ae_1
    jmp near .nn_ae_1
.tn_ae_1:
    mov al, 1
.nn_ae_1:
    CHECK_EQ8 jae_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x83     ; o32 jae near rel32
    dd .to_ae_1 - ($ + 4)
    jmp near .no_ae_1
.to_ae_1:
    mov al, 1
.no_ae_1:
    CHECK_EQ8 jae_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setae al
    CHECK_EQ setae_r8_0, ax, 0x5501
    CHECK_FLAGS setae_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setae byte [0x700]
    CHECK_EQ8 setae_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setae al
    CHECK_EQ setae_r8_1, ax, 0x5500
    CHECK_FLAGS setae_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setae byte [0x700]
    CHECK_EQ8 setae_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_SF
    setae al
    CHECK_EQ setae_r8_2, ax, 0x5501
    CHECK_FLAGS setae_keeps_flags_2, F_ARITH, F_SF
    mov byte [0x700], 0x77
    SET_FLAGS F_SF
    setae byte [0x700]
    CHECK_EQ8 setae_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovae ax, bx
    CHECK_EQ32 cmovae_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovae eax, ebx
    CHECK_EQ32 cmovae_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovae eax, [0x704]
    CHECK_EQ32 cmovae_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovae_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovae ax, bx
    CHECK_EQ32 cmovae_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovae eax, ebx
    CHECK_EQ32 cmovae_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovae eax, [0x704]
    CHECK_EQ32 cmovae_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovae_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    je short .t_e_0
    jmp short .n_e_0
.t_e_0:
    mov al, 1
.n_e_0:
    CHECK_EQ8 je_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    je short .t_e_1
    jmp short .n_e_1
.t_e_1:
    mov al, 1
.n_e_1:
    CHECK_EQ8 je_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    je short .t_e_2
    jmp short .n_e_2
.t_e_2:
    mov al, 1
.n_e_2:
    CHECK_EQ8 je_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    je short .t_e_3
    jmp short .n_e_3
.t_e_3:
    mov al, 1
.n_e_3:
    CHECK_EQ8 je_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    je short .t_e_4
    jmp short .n_e_4
.t_e_4:
    mov al, 1
.n_e_4:
    CHECK_EQ8 je_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    je short .t_e_5
    jmp short .n_e_5
.t_e_5:
    mov al, 1
.n_e_5:
    CHECK_EQ8 je_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    je short .t_e_6
    jmp short .n_e_6
.t_e_6:
    mov al, 1
.n_e_6:
    CHECK_EQ8 je_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    je short .t_e_7
    jmp short .n_e_7
.t_e_7:
    mov al, 1
.n_e_7:
    CHECK_EQ8 je_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    je short .t_e_8
    jmp short .n_e_8
.t_e_8:
    mov al, 1
.n_e_8:
    CHECK_EQ8 je_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    je short .t_e_9
    jmp short .n_e_9
.t_e_9:
    mov al, 1
.n_e_9:
    CHECK_EQ8 je_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    je short .t_e_10
    jmp short .n_e_10
.t_e_10:
    mov al, 1
.n_e_10:
    CHECK_EQ8 je_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    je short .t_e_11
    jmp short .n_e_11
.t_e_11:
    mov al, 1
.n_e_11:
    CHECK_EQ8 je_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    je near .tn_e_0
    jmp near .nn_e_0
.tn_e_0:
    mov al, 1
.nn_e_0:
    CHECK_EQ8 je_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x84     ; o32 je near rel32
    dd .to_e_0 - ($ + 4)
    jmp near .no_e_0
.to_e_0:
    mov al, 1
.no_e_0:
    CHECK_EQ8 je_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    je near .tn_e_1
    jmp near .nn_e_1
.tn_e_1:
    mov al, 1
.nn_e_1:
    CHECK_EQ8 je_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x84     ; o32 je near rel32
    dd .to_e_1 - ($ + 4)
    jmp near .no_e_1
.to_e_1:
    mov al, 1
.no_e_1:
    CHECK_EQ8 je_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    sete al
    CHECK_EQ sete_r8_0, ax, 0x5500
    CHECK_FLAGS sete_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    sete byte [0x700]
    CHECK_EQ8 sete_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    sete al
    CHECK_EQ sete_r8_1, ax, 0x5501
    CHECK_FLAGS sete_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    sete byte [0x700]
    CHECK_EQ8 sete_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_OF
    sete al
    CHECK_EQ sete_r8_2, ax, 0x5500
    CHECK_FLAGS sete_keeps_flags_2, F_ARITH, F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_OF
    sete byte [0x700]
    CHECK_EQ8 sete_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmove ax, bx
    CHECK_EQ32 cmove_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmove eax, ebx
    CHECK_EQ32 cmove_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmove eax, [0x704]
    CHECK_EQ32 cmove_m32_none, eax, 0x11112222
    CHECK_FLAGS cmove_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmove ax, bx
    CHECK_EQ32 cmove_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmove eax, ebx
    CHECK_EQ32 cmove_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmove eax, [0x704]
    CHECK_EQ32 cmove_m32_all, eax, 0x55556666
    CHECK_FLAGS cmove_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jne short .t_ne_0
    jmp short .n_ne_0
.t_ne_0:
    mov al, 1
.n_ne_0:
    CHECK_EQ8 jne_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jne short .t_ne_1
    jmp short .n_ne_1
.t_ne_1:
    mov al, 1
.n_ne_1:
    CHECK_EQ8 jne_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jne short .t_ne_2
    jmp short .n_ne_2
.t_ne_2:
    mov al, 1
.n_ne_2:
    CHECK_EQ8 jne_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    jne short .t_ne_3
    jmp short .n_ne_3
.t_ne_3:
    mov al, 1
.n_ne_3:
    CHECK_EQ8 jne_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    jne short .t_ne_4
    jmp short .n_ne_4
.t_ne_4:
    mov al, 1
.n_ne_4:
    CHECK_EQ8 jne_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jne short .t_ne_5
    jmp short .n_ne_5
.t_ne_5:
    mov al, 1
.n_ne_5:
    CHECK_EQ8 jne_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jne short .t_ne_6
    jmp short .n_ne_6
.t_ne_6:
    mov al, 1
.n_ne_6:
    CHECK_EQ8 jne_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jne short .t_ne_7
    jmp short .n_ne_7
.t_ne_7:
    mov al, 1
.n_ne_7:
    CHECK_EQ8 jne_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jne short .t_ne_8
    jmp short .n_ne_8
.t_ne_8:
    mov al, 1
.n_ne_8:
    CHECK_EQ8 jne_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jne short .t_ne_9
    jmp short .n_ne_9
.t_ne_9:
    mov al, 1
.n_ne_9:
    CHECK_EQ8 jne_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jne short .t_ne_10
    jmp short .n_ne_10
.t_ne_10:
    mov al, 1
.n_ne_10:
    CHECK_EQ8 jne_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jne short .t_ne_11
    jmp short .n_ne_11
.t_ne_11:
    mov al, 1
.n_ne_11:
    CHECK_EQ8 jne_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jne near .tn_ne_0
    jmp near .nn_ne_0
.tn_ne_0:
    mov al, 1
.nn_ne_0:
    CHECK_EQ8 jne_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x85     ; o32 jne near rel32
    dd .to_ne_0 - ($ + 4)
    jmp near .no_ne_0
.to_ne_0:
    mov al, 1
.no_ne_0:
    CHECK_EQ8 jne_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jne near .tn_ne_1
    jmp near .nn_ne_1
.tn_ne_1:
    mov al, 1
.nn_ne_1:
    CHECK_EQ8 jne_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x85     ; o32 jne near rel32
    dd .to_ne_1 - ($ + 4)
    jmp near .no_ne_1
.to_ne_1:
    mov al, 1
.no_ne_1:
    CHECK_EQ8 jne_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setne al
    CHECK_EQ setne_r8_0, ax, 0x5501
    CHECK_FLAGS setne_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setne byte [0x700]
    CHECK_EQ8 setne_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setne al
    CHECK_EQ setne_r8_1, ax, 0x5500
    CHECK_FLAGS setne_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setne byte [0x700]
    CHECK_EQ8 setne_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_PF
    setne al
    CHECK_EQ setne_r8_2, ax, 0x5501
    CHECK_FLAGS setne_keeps_flags_2, F_ARITH, F_PF
    mov byte [0x700], 0x77
    SET_FLAGS F_PF
    setne byte [0x700]
    CHECK_EQ8 setne_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovne ax, bx
    CHECK_EQ32 cmovne_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovne eax, ebx
    CHECK_EQ32 cmovne_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovne eax, [0x704]
    CHECK_EQ32 cmovne_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovne_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovne ax, bx
    CHECK_EQ32 cmovne_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovne eax, ebx
    CHECK_EQ32 cmovne_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovne eax, [0x704]
    CHECK_EQ32 cmovne_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovne_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jbe short .t_be_0
    jmp short .n_be_0
.t_be_0:
    mov al, 1
.n_be_0:
    CHECK_EQ8 jbe_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jbe short .t_be_1
    jmp short .n_be_1
.t_be_1:
    mov al, 1
.n_be_1:
    CHECK_EQ8 jbe_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jbe short .t_be_2
    jmp short .n_be_2
.t_be_2:
    mov al, 1
.n_be_2:
    CHECK_EQ8 jbe_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jbe short .t_be_3
    jmp short .n_be_3
.t_be_3:
    mov al, 1
.n_be_3:
    CHECK_EQ8 jbe_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jbe short .t_be_4
    jmp short .n_be_4
.t_be_4:
    mov al, 1
.n_be_4:
    CHECK_EQ8 jbe_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    jbe short .t_be_5
    jmp short .n_be_5
.t_be_5:
    mov al, 1
.n_be_5:
    CHECK_EQ8 jbe_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jbe short .t_be_6
    jmp short .n_be_6
.t_be_6:
    mov al, 1
.n_be_6:
    CHECK_EQ8 jbe_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jbe short .t_be_7
    jmp short .n_be_7
.t_be_7:
    mov al, 1
.n_be_7:
    CHECK_EQ8 jbe_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jbe short .t_be_8
    jmp short .n_be_8
.t_be_8:
    mov al, 1
.n_be_8:
    CHECK_EQ8 jbe_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jbe short .t_be_9
    jmp short .n_be_9
.t_be_9:
    mov al, 1
.n_be_9:
    CHECK_EQ8 jbe_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jbe short .t_be_10
    jmp short .n_be_10
.t_be_10:
    mov al, 1
.n_be_10:
    CHECK_EQ8 jbe_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jbe short .t_be_11
    jmp short .n_be_11
.t_be_11:
    mov al, 1
.n_be_11:
    CHECK_EQ8 jbe_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jbe near .tn_be_0
    jmp near .nn_be_0
.tn_be_0:
    mov al, 1
.nn_be_0:
    CHECK_EQ8 jbe_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x86     ; o32 jbe near rel32
    dd .to_be_0 - ($ + 4)
    jmp near .no_be_0
.to_be_0:
    mov al, 1
.no_be_0:
    CHECK_EQ8 jbe_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jbe near .tn_be_1
    jmp near .nn_be_1
.tn_be_1:
    mov al, 1
.nn_be_1:
    CHECK_EQ8 jbe_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x86     ; o32 jbe near rel32
    dd .to_be_1 - ($ + 4)
    jmp near .no_be_1
.to_be_1:
    mov al, 1
.no_be_1:
    CHECK_EQ8 jbe_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setbe al
    CHECK_EQ setbe_r8_0, ax, 0x5500
    CHECK_FLAGS setbe_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setbe byte [0x700]
    CHECK_EQ8 setbe_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setbe al
    CHECK_EQ setbe_r8_1, ax, 0x5501
    CHECK_FLAGS setbe_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setbe byte [0x700]
    CHECK_EQ8 setbe_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_SF|F_OF
    setbe al
    CHECK_EQ setbe_r8_2, ax, 0x5500
    CHECK_FLAGS setbe_keeps_flags_2, F_ARITH, F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_SF|F_OF
    setbe byte [0x700]
    CHECK_EQ8 setbe_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovbe ax, bx
    CHECK_EQ32 cmovbe_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovbe eax, ebx
    CHECK_EQ32 cmovbe_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovbe eax, [0x704]
    CHECK_EQ32 cmovbe_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovbe_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovbe ax, bx
    CHECK_EQ32 cmovbe_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovbe eax, ebx
    CHECK_EQ32 cmovbe_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovbe eax, [0x704]
    CHECK_EQ32 cmovbe_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovbe_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    ja short .t_a_0
    jmp short .n_a_0
.t_a_0:
    mov al, 1
.n_a_0:
    CHECK_EQ8 ja_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    ja short .t_a_1
    jmp short .n_a_1
.t_a_1:
    mov al, 1
.n_a_1:
    CHECK_EQ8 ja_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    ja short .t_a_2
    jmp short .n_a_2
.t_a_2:
    mov al, 1
.n_a_2:
    CHECK_EQ8 ja_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    ja short .t_a_3
    jmp short .n_a_3
.t_a_3:
    mov al, 1
.n_a_3:
    CHECK_EQ8 ja_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    ja short .t_a_4
    jmp short .n_a_4
.t_a_4:
    mov al, 1
.n_a_4:
    CHECK_EQ8 ja_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    ja short .t_a_5
    jmp short .n_a_5
.t_a_5:
    mov al, 1
.n_a_5:
    CHECK_EQ8 ja_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    ja short .t_a_6
    jmp short .n_a_6
.t_a_6:
    mov al, 1
.n_a_6:
    CHECK_EQ8 ja_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    ja short .t_a_7
    jmp short .n_a_7
.t_a_7:
    mov al, 1
.n_a_7:
    CHECK_EQ8 ja_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    ja short .t_a_8
    jmp short .n_a_8
.t_a_8:
    mov al, 1
.n_a_8:
    CHECK_EQ8 ja_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    ja short .t_a_9
    jmp short .n_a_9
.t_a_9:
    mov al, 1
.n_a_9:
    CHECK_EQ8 ja_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    ja short .t_a_10
    jmp short .n_a_10
.t_a_10:
    mov al, 1
.n_a_10:
    CHECK_EQ8 ja_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    ja short .t_a_11
    jmp short .n_a_11
.t_a_11:
    mov al, 1
.n_a_11:
    CHECK_EQ8 ja_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    ja near .tn_a_0
    jmp near .nn_a_0
.tn_a_0:
    mov al, 1
.nn_a_0:
    CHECK_EQ8 ja_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x87     ; o32 ja near rel32
    dd .to_a_0 - ($ + 4)
    jmp near .no_a_0
.to_a_0:
    mov al, 1
.no_a_0:
    CHECK_EQ8 ja_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    ja near .tn_a_1
    jmp near .nn_a_1
.tn_a_1:
    mov al, 1
.nn_a_1:
    CHECK_EQ8 ja_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x87     ; o32 ja near rel32
    dd .to_a_1 - ($ + 4)
    jmp near .no_a_1
.to_a_1:
    mov al, 1
.no_a_1:
    CHECK_EQ8 ja_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    seta al
    CHECK_EQ seta_r8_0, ax, 0x5501
    CHECK_FLAGS seta_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    seta byte [0x700]
    CHECK_EQ8 seta_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    seta al
    CHECK_EQ seta_r8_1, ax, 0x5500
    CHECK_FLAGS seta_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    seta byte [0x700]
    CHECK_EQ8 seta_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_CF|F_ZF
    seta al
    CHECK_EQ seta_r8_2, ax, 0x5500
    CHECK_FLAGS seta_keeps_flags_2, F_ARITH, F_CF|F_ZF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_ZF
    seta byte [0x700]
    CHECK_EQ8 seta_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmova ax, bx
    CHECK_EQ32 cmova_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmova eax, ebx
    CHECK_EQ32 cmova_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmova eax, [0x704]
    CHECK_EQ32 cmova_m32_none, eax, 0x55556666
    CHECK_FLAGS cmova_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmova ax, bx
    CHECK_EQ32 cmova_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmova eax, ebx
    CHECK_EQ32 cmova_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmova eax, [0x704]
    CHECK_EQ32 cmova_m32_all, eax, 0x11112222
    CHECK_FLAGS cmova_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    js short .t_s_0
    jmp short .n_s_0
.t_s_0:
    mov al, 1
.n_s_0:
    CHECK_EQ8 js_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    js short .t_s_1
    jmp short .n_s_1
.t_s_1:
    mov al, 1
.n_s_1:
    CHECK_EQ8 js_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    js short .t_s_2
    jmp short .n_s_2
.t_s_2:
    mov al, 1
.n_s_2:
    CHECK_EQ8 js_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    js short .t_s_3
    jmp short .n_s_3
.t_s_3:
    mov al, 1
.n_s_3:
    CHECK_EQ8 js_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    js short .t_s_4
    jmp short .n_s_4
.t_s_4:
    mov al, 1
.n_s_4:
    CHECK_EQ8 js_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    js short .t_s_5
    jmp short .n_s_5
.t_s_5:
    mov al, 1
.n_s_5:
    CHECK_EQ8 js_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    js short .t_s_6
    jmp short .n_s_6
.t_s_6:
    mov al, 1
.n_s_6:
    CHECK_EQ8 js_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    js short .t_s_7
    jmp short .n_s_7
.t_s_7:
    mov al, 1
.n_s_7:
    CHECK_EQ8 js_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    js short .t_s_8
    jmp short .n_s_8
.t_s_8:
    mov al, 1
.n_s_8:
    CHECK_EQ8 js_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    js short .t_s_9
    jmp short .n_s_9
.t_s_9:
    mov al, 1
.n_s_9:
    CHECK_EQ8 js_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    js short .t_s_10
    jmp short .n_s_10
.t_s_10:
    mov al, 1
.n_s_10:
    CHECK_EQ8 js_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    js short .t_s_11
    jmp short .n_s_11
.t_s_11:
    mov al, 1
.n_s_11:
    CHECK_EQ8 js_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    js near .tn_s_0
    jmp near .nn_s_0
.tn_s_0:
    mov al, 1
.nn_s_0:
    CHECK_EQ8 js_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x88     ; o32 js near rel32
    dd .to_s_0 - ($ + 4)
    jmp near .no_s_0
.to_s_0:
    mov al, 1
.no_s_0:
    CHECK_EQ8 js_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    js near .tn_s_1
    jmp near .nn_s_1
.tn_s_1:
    mov al, 1
.nn_s_1:
    CHECK_EQ8 js_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x88     ; o32 js near rel32
    dd .to_s_1 - ($ + 4)
    jmp near .no_s_1
.to_s_1:
    mov al, 1
.no_s_1:
    CHECK_EQ8 js_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    sets al
    CHECK_EQ sets_r8_0, ax, 0x5500
    CHECK_FLAGS sets_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    sets byte [0x700]
    CHECK_EQ8 sets_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    sets al
    CHECK_EQ sets_r8_1, ax, 0x5501
    CHECK_FLAGS sets_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    sets byte [0x700]
    CHECK_EQ8 sets_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_ZF|F_SF
    sets al
    CHECK_EQ sets_r8_2, ax, 0x5501
    CHECK_FLAGS sets_keeps_flags_2, F_ARITH, F_ZF|F_SF
    mov byte [0x700], 0x77
    SET_FLAGS F_ZF|F_SF
    sets byte [0x700]
    CHECK_EQ8 sets_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovs ax, bx
    CHECK_EQ32 cmovs_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovs eax, ebx
    CHECK_EQ32 cmovs_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovs eax, [0x704]
    CHECK_EQ32 cmovs_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovs_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovs ax, bx
    CHECK_EQ32 cmovs_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovs eax, ebx
    CHECK_EQ32 cmovs_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovs eax, [0x704]
    CHECK_EQ32 cmovs_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovs_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jns short .t_ns_0
    jmp short .n_ns_0
.t_ns_0:
    mov al, 1
.n_ns_0:
    CHECK_EQ8 jns_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jns short .t_ns_1
    jmp short .n_ns_1
.t_ns_1:
    mov al, 1
.n_ns_1:
    CHECK_EQ8 jns_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jns short .t_ns_2
    jmp short .n_ns_2
.t_ns_2:
    mov al, 1
.n_ns_2:
    CHECK_EQ8 jns_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jns short .t_ns_3
    jmp short .n_ns_3
.t_ns_3:
    mov al, 1
.n_ns_3:
    CHECK_EQ8 jns_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jns short .t_ns_4
    jmp short .n_ns_4
.t_ns_4:
    mov al, 1
.n_ns_4:
    CHECK_EQ8 jns_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jns short .t_ns_5
    jmp short .n_ns_5
.t_ns_5:
    mov al, 1
.n_ns_5:
    CHECK_EQ8 jns_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jns short .t_ns_6
    jmp short .n_ns_6
.t_ns_6:
    mov al, 1
.n_ns_6:
    CHECK_EQ8 jns_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jns short .t_ns_7
    jmp short .n_ns_7
.t_ns_7:
    mov al, 1
.n_ns_7:
    CHECK_EQ8 jns_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jns short .t_ns_8
    jmp short .n_ns_8
.t_ns_8:
    mov al, 1
.n_ns_8:
    CHECK_EQ8 jns_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jns short .t_ns_9
    jmp short .n_ns_9
.t_ns_9:
    mov al, 1
.n_ns_9:
    CHECK_EQ8 jns_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jns short .t_ns_10
    jmp short .n_ns_10
.t_ns_10:
    mov al, 1
.n_ns_10:
    CHECK_EQ8 jns_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jns short .t_ns_11
    jmp short .n_ns_11
.t_ns_11:
    mov al, 1
.n_ns_11:
    CHECK_EQ8 jns_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jns near .tn_ns_0
    jmp near .nn_ns_0
.tn_ns_0:
    mov al, 1
.nn_ns_0:
    CHECK_EQ8 jns_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x89     ; o32 jns near rel32
    dd .to_ns_0 - ($ + 4)
    jmp near .no_ns_0
.to_ns_0:
    mov al, 1
.no_ns_0:
    CHECK_EQ8 jns_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jns near .tn_ns_1
    jmp near .nn_ns_1
.tn_ns_1:
    mov al, 1
.nn_ns_1:
    CHECK_EQ8 jns_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x89     ; o32 jns near rel32
    dd .to_ns_1 - ($ + 4)
    jmp near .no_ns_1
.to_ns_1:
    mov al, 1
.no_ns_1:
    CHECK_EQ8 jns_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setns al
    CHECK_EQ setns_r8_0, ax, 0x5501
    CHECK_FLAGS setns_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setns byte [0x700]
    CHECK_EQ8 setns_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setns al
    CHECK_EQ setns_r8_1, ax, 0x5500
    CHECK_FLAGS setns_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setns byte [0x700]
    CHECK_EQ8 setns_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setns al
    CHECK_EQ setns_r8_2, ax, 0x5500
    CHECK_FLAGS setns_keeps_flags_2, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setns byte [0x700]
    CHECK_EQ8 setns_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovns ax, bx
    CHECK_EQ32 cmovns_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovns eax, ebx
    CHECK_EQ32 cmovns_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovns eax, [0x704]
    CHECK_EQ32 cmovns_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovns_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovns ax, bx
    CHECK_EQ32 cmovns_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovns eax, ebx
    CHECK_EQ32 cmovns_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovns eax, [0x704]
    CHECK_EQ32 cmovns_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovns_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jp short .t_p_0
    jmp short .n_p_0
.t_p_0:
    mov al, 1
.n_p_0:
    CHECK_EQ8 jp_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jp short .t_p_1
    jmp short .n_p_1
.t_p_1:
    mov al, 1
.n_p_1:
    CHECK_EQ8 jp_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    jp short .t_p_2
    jmp short .n_p_2
.t_p_2:
    mov al, 1
.n_p_2:
    CHECK_EQ8 jp_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    jp short .t_p_3
    jmp short .n_p_3
.t_p_3:
    mov al, 1
.n_p_3:
    CHECK_EQ8 jp_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jp short .t_p_4
    jmp short .n_p_4
.t_p_4:
    mov al, 1
.n_p_4:
    CHECK_EQ8 jp_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    jp short .t_p_5
    jmp short .n_p_5
.t_p_5:
    mov al, 1
.n_p_5:
    CHECK_EQ8 jp_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jp short .t_p_6
    jmp short .n_p_6
.t_p_6:
    mov al, 1
.n_p_6:
    CHECK_EQ8 jp_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jp short .t_p_7
    jmp short .n_p_7
.t_p_7:
    mov al, 1
.n_p_7:
    CHECK_EQ8 jp_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jp short .t_p_8
    jmp short .n_p_8
.t_p_8:
    mov al, 1
.n_p_8:
    CHECK_EQ8 jp_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jp short .t_p_9
    jmp short .n_p_9
.t_p_9:
    mov al, 1
.n_p_9:
    CHECK_EQ8 jp_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jp short .t_p_10
    jmp short .n_p_10
.t_p_10:
    mov al, 1
.n_p_10:
    CHECK_EQ8 jp_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jp short .t_p_11
    jmp short .n_p_11
.t_p_11:
    mov al, 1
.n_p_11:
    CHECK_EQ8 jp_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jp near .tn_p_0
    jmp near .nn_p_0
.tn_p_0:
    mov al, 1
.nn_p_0:
    CHECK_EQ8 jp_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x8A     ; o32 jp near rel32
    dd .to_p_0 - ($ + 4)
    jmp near .no_p_0
.to_p_0:
    mov al, 1
.no_p_0:
    CHECK_EQ8 jp_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jp near .tn_p_1
    jmp near .nn_p_1
.tn_p_1:
    mov al, 1
.nn_p_1:
    CHECK_EQ8 jp_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x8A     ; o32 jp near rel32
    dd .to_p_1 - ($ + 4)
    jmp near .no_p_1
.to_p_1:
    mov al, 1
.no_p_1:
    CHECK_EQ8 jp_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setp al
    CHECK_EQ setp_r8_0, ax, 0x5500
    CHECK_FLAGS setp_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setp byte [0x700]
    CHECK_EQ8 setp_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setp al
    CHECK_EQ setp_r8_1, ax, 0x5501
    CHECK_FLAGS setp_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setp byte [0x700]
    CHECK_EQ8 setp_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    setp al
    CHECK_EQ setp_r8_2, ax, 0x5501
    CHECK_FLAGS setp_keeps_flags_2, F_ARITH, F_CF|F_PF|F_AF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    setp byte [0x700]
    CHECK_EQ8 setp_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovp ax, bx
    CHECK_EQ32 cmovp_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovp eax, ebx
    CHECK_EQ32 cmovp_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovp eax, [0x704]
    CHECK_EQ32 cmovp_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovp_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovp ax, bx
    CHECK_EQ32 cmovp_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovp eax, ebx
    CHECK_EQ32 cmovp_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovp eax, [0x704]
    CHECK_EQ32 cmovp_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovp_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jnp short .t_np_0
    jmp short .n_np_0
.t_np_0:
    mov al, 1
.n_np_0:
    CHECK_EQ8 jnp_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jnp short .t_np_1
    jmp short .n_np_1
.t_np_1:
    mov al, 1
.n_np_1:
    CHECK_EQ8 jnp_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jnp short .t_np_2
    jmp short .n_np_2
.t_np_2:
    mov al, 1
.n_np_2:
    CHECK_EQ8 jnp_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jnp short .t_np_3
    jmp short .n_np_3
.t_np_3:
    mov al, 1
.n_np_3:
    CHECK_EQ8 jnp_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    jnp short .t_np_4
    jmp short .n_np_4
.t_np_4:
    mov al, 1
.n_np_4:
    CHECK_EQ8 jnp_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jnp short .t_np_5
    jmp short .n_np_5
.t_np_5:
    mov al, 1
.n_np_5:
    CHECK_EQ8 jnp_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jnp short .t_np_6
    jmp short .n_np_6
.t_np_6:
    mov al, 1
.n_np_6:
    CHECK_EQ8 jnp_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jnp short .t_np_7
    jmp short .n_np_7
.t_np_7:
    mov al, 1
.n_np_7:
    CHECK_EQ8 jnp_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jnp short .t_np_8
    jmp short .n_np_8
.t_np_8:
    mov al, 1
.n_np_8:
    CHECK_EQ8 jnp_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jnp short .t_np_9
    jmp short .n_np_9
.t_np_9:
    mov al, 1
.n_np_9:
    CHECK_EQ8 jnp_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jnp short .t_np_10
    jmp short .n_np_10
.t_np_10:
    mov al, 1
.n_np_10:
    CHECK_EQ8 jnp_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jnp short .t_np_11
    jmp short .n_np_11
.t_np_11:
    mov al, 1
.n_np_11:
    CHECK_EQ8 jnp_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    jnp near .tn_np_0
    jmp near .nn_np_0
.tn_np_0:
    mov al, 1
.nn_np_0:
    CHECK_EQ8 jnp_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x8B     ; o32 jnp near rel32
    dd .to_np_0 - ($ + 4)
    jmp near .no_np_0
.to_np_0:
    mov al, 1
.no_np_0:
    CHECK_EQ8 jnp_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jnp near .tn_np_1
    jmp near .nn_np_1
.tn_np_1:
    mov al, 1
.nn_np_1:
    CHECK_EQ8 jnp_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x8B     ; o32 jnp near rel32
    dd .to_np_1 - ($ + 4)
    jmp near .no_np_1
.to_np_1:
    mov al, 1
.no_np_1:
    CHECK_EQ8 jnp_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setnp al
    CHECK_EQ setnp_r8_0, ax, 0x5501
    CHECK_FLAGS setnp_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setnp byte [0x700]
    CHECK_EQ8 setnp_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setnp al
    CHECK_EQ setnp_r8_1, ax, 0x5500
    CHECK_FLAGS setnp_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setnp byte [0x700]
    CHECK_EQ8 setnp_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    setnp al
    CHECK_EQ setnp_r8_2, ax, 0x5500
    CHECK_FLAGS setnp_keeps_flags_2, F_ARITH, F_CF|F_PF|F_AF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    setnp byte [0x700]
    CHECK_EQ8 setnp_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovnp ax, bx
    CHECK_EQ32 cmovnp_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovnp eax, ebx
    CHECK_EQ32 cmovnp_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovnp eax, [0x704]
    CHECK_EQ32 cmovnp_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovnp_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovnp ax, bx
    CHECK_EQ32 cmovnp_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovnp eax, ebx
    CHECK_EQ32 cmovnp_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovnp eax, [0x704]
    CHECK_EQ32 cmovnp_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovnp_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jl short .t_l_0
    jmp short .n_l_0
.t_l_0:
    mov al, 1
.n_l_0:
    CHECK_EQ8 jl_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jl short .t_l_1
    jmp short .n_l_1
.t_l_1:
    mov al, 1
.n_l_1:
    CHECK_EQ8 jl_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    jl short .t_l_2
    jmp short .n_l_2
.t_l_2:
    mov al, 1
.n_l_2:
    CHECK_EQ8 jl_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    jl short .t_l_3
    jmp short .n_l_3
.t_l_3:
    mov al, 1
.n_l_3:
    CHECK_EQ8 jl_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    jl short .t_l_4
    jmp short .n_l_4
.t_l_4:
    mov al, 1
.n_l_4:
    CHECK_EQ8 jl_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jl short .t_l_5
    jmp short .n_l_5
.t_l_5:
    mov al, 1
.n_l_5:
    CHECK_EQ8 jl_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jl short .t_l_6
    jmp short .n_l_6
.t_l_6:
    mov al, 1
.n_l_6:
    CHECK_EQ8 jl_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jl short .t_l_7
    jmp short .n_l_7
.t_l_7:
    mov al, 1
.n_l_7:
    CHECK_EQ8 jl_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jl short .t_l_8
    jmp short .n_l_8
.t_l_8:
    mov al, 1
.n_l_8:
    CHECK_EQ8 jl_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jl short .t_l_9
    jmp short .n_l_9
.t_l_9:
    mov al, 1
.n_l_9:
    CHECK_EQ8 jl_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jl short .t_l_10
    jmp short .n_l_10
.t_l_10:
    mov al, 1
.n_l_10:
    CHECK_EQ8 jl_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jl short .t_l_11
    jmp short .n_l_11
.t_l_11:
    mov al, 1
.n_l_11:
    CHECK_EQ8 jl_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jl near .tn_l_0
    jmp near .nn_l_0
.tn_l_0:
    mov al, 1
.nn_l_0:
    CHECK_EQ8 jl_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x8C     ; o32 jl near rel32
    dd .to_l_0 - ($ + 4)
    jmp near .no_l_0
.to_l_0:
    mov al, 1
.no_l_0:
    CHECK_EQ8 jl_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jl near .tn_l_1
    jmp near .nn_l_1
.tn_l_1:
    mov al, 1
.nn_l_1:
    CHECK_EQ8 jl_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x8C     ; o32 jl near rel32
    dd .to_l_1 - ($ + 4)
    jmp near .no_l_1
.to_l_1:
    mov al, 1
.no_l_1:
    CHECK_EQ8 jl_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setl al
    CHECK_EQ setl_r8_0, ax, 0x5500
    CHECK_FLAGS setl_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setl byte [0x700]
    CHECK_EQ8 setl_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setl al
    CHECK_EQ setl_r8_1, ax, 0x5500
    CHECK_FLAGS setl_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setl byte [0x700]
    CHECK_EQ8 setl_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_CF
    setl al
    CHECK_EQ setl_r8_2, ax, 0x5500
    CHECK_FLAGS setl_keeps_flags_2, F_ARITH, F_CF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF
    setl byte [0x700]
    CHECK_EQ8 setl_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovl ax, bx
    CHECK_EQ32 cmovl_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovl eax, ebx
    CHECK_EQ32 cmovl_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovl eax, [0x704]
    CHECK_EQ32 cmovl_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovl_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovl ax, bx
    CHECK_EQ32 cmovl_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovl eax, ebx
    CHECK_EQ32 cmovl_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovl eax, [0x704]
    CHECK_EQ32 cmovl_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovl_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jge short .t_ge_0
    jmp short .n_ge_0
.t_ge_0:
    mov al, 1
.n_ge_0:
    CHECK_EQ8 jge_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jge short .t_ge_1
    jmp short .n_ge_1
.t_ge_1:
    mov al, 1
.n_ge_1:
    CHECK_EQ8 jge_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jge short .t_ge_2
    jmp short .n_ge_2
.t_ge_2:
    mov al, 1
.n_ge_2:
    CHECK_EQ8 jge_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jge short .t_ge_3
    jmp short .n_ge_3
.t_ge_3:
    mov al, 1
.n_ge_3:
    CHECK_EQ8 jge_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jge short .t_ge_4
    jmp short .n_ge_4
.t_ge_4:
    mov al, 1
.n_ge_4:
    CHECK_EQ8 jge_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    jge short .t_ge_5
    jmp short .n_ge_5
.t_ge_5:
    mov al, 1
.n_ge_5:
    CHECK_EQ8 jge_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jge short .t_ge_6
    jmp short .n_ge_6
.t_ge_6:
    mov al, 1
.n_ge_6:
    CHECK_EQ8 jge_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jge short .t_ge_7
    jmp short .n_ge_7
.t_ge_7:
    mov al, 1
.n_ge_7:
    CHECK_EQ8 jge_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jge short .t_ge_8
    jmp short .n_ge_8
.t_ge_8:
    mov al, 1
.n_ge_8:
    CHECK_EQ8 jge_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jge short .t_ge_9
    jmp short .n_ge_9
.t_ge_9:
    mov al, 1
.n_ge_9:
    CHECK_EQ8 jge_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jge short .t_ge_10
    jmp short .n_ge_10
.t_ge_10:
    mov al, 1
.n_ge_10:
    CHECK_EQ8 jge_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jge short .t_ge_11
    jmp short .n_ge_11
.t_ge_11:
    mov al, 1
.n_ge_11:
    CHECK_EQ8 jge_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    jge near .tn_ge_0
    jmp near .nn_ge_0
.tn_ge_0:
    mov al, 1
.nn_ge_0:
    CHECK_EQ8 jge_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x8D     ; o32 jge near rel32
    dd .to_ge_0 - ($ + 4)
    jmp near .no_ge_0
.to_ge_0:
    mov al, 1
.no_ge_0:
    CHECK_EQ8 jge_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jge near .tn_ge_1
    jmp near .nn_ge_1
.tn_ge_1:
    mov al, 1
.nn_ge_1:
    CHECK_EQ8 jge_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x8D     ; o32 jge near rel32
    dd .to_ge_1 - ($ + 4)
    jmp near .no_ge_1
.to_ge_1:
    mov al, 1
.no_ge_1:
    CHECK_EQ8 jge_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setge al
    CHECK_EQ setge_r8_0, ax, 0x5501
    CHECK_FLAGS setge_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setge byte [0x700]
    CHECK_EQ8 setge_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setge al
    CHECK_EQ setge_r8_1, ax, 0x5501
    CHECK_FLAGS setge_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setge byte [0x700]
    CHECK_EQ8 setge_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_CF
    setge al
    CHECK_EQ setge_r8_2, ax, 0x5501
    CHECK_FLAGS setge_keeps_flags_2, F_ARITH, F_CF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF
    setge byte [0x700]
    CHECK_EQ8 setge_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovge ax, bx
    CHECK_EQ32 cmovge_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovge eax, ebx
    CHECK_EQ32 cmovge_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovge eax, [0x704]
    CHECK_EQ32 cmovge_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovge_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovge ax, bx
    CHECK_EQ32 cmovge_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovge eax, ebx
    CHECK_EQ32 cmovge_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovge eax, [0x704]
    CHECK_EQ32 cmovge_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovge_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jle short .t_le_0
    jmp short .n_le_0
.t_le_0:
    mov al, 1
.n_le_0:
    CHECK_EQ8 jle_short_0, al, 0
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jle short .t_le_1
    jmp short .n_le_1
.t_le_1:
    mov al, 1
.n_le_1:
    CHECK_EQ8 jle_short_CF, al, 0
    SET_FLAGS F_ZF
    mov al, 0
    jle short .t_le_2
    jmp short .n_le_2
.t_le_2:
    mov al, 1
.n_le_2:
    CHECK_EQ8 jle_short_ZF, al, 1
    SET_FLAGS F_SF
    mov al, 0
    jle short .t_le_3
    jmp short .n_le_3
.t_le_3:
    mov al, 1
.n_le_3:
    CHECK_EQ8 jle_short_SF, al, 1
    SET_FLAGS F_OF
    mov al, 0
    jle short .t_le_4
    jmp short .n_le_4
.t_le_4:
    mov al, 1
.n_le_4:
    CHECK_EQ8 jle_short_OF, al, 1
    SET_FLAGS F_PF
    mov al, 0
    jle short .t_le_5
    jmp short .n_le_5
.t_le_5:
    mov al, 1
.n_le_5:
    CHECK_EQ8 jle_short_PF, al, 0
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jle short .t_le_6
    jmp short .n_le_6
.t_le_6:
    mov al, 1
.n_le_6:
    CHECK_EQ8 jle_short_SF_OF, al, 0
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jle short .t_le_7
    jmp short .n_le_7
.t_le_7:
    mov al, 1
.n_le_7:
    CHECK_EQ8 jle_short_CF_ZF, al, 1
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jle short .t_le_8
    jmp short .n_le_8
.t_le_8:
    mov al, 1
.n_le_8:
    CHECK_EQ8 jle_short_ZF_SF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jle short .t_le_9
    jmp short .n_le_9
.t_le_9:
    mov al, 1
.n_le_9:
    CHECK_EQ8 jle_short_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jle short .t_le_10
    jmp short .n_le_10
.t_le_10:
    mov al, 1
.n_le_10:
    CHECK_EQ8 jle_short_CF_PF_AF_SF_OF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jle short .t_le_11
    jmp short .n_le_11
.t_le_11:
    mov al, 1
.n_le_11:
    CHECK_EQ8 jle_short_CF_PF_AF_OF, al, 1
%endif
    SET_FLAGS 0
    mov al, 0
    jle near .tn_le_0
    jmp near .nn_le_0
.tn_le_0:
    mov al, 1
.nn_le_0:
    CHECK_EQ8 jle_near_none, al, 0
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x8E     ; o32 jle near rel32
    dd .to_le_0 - ($ + 4)
    jmp near .no_le_0
.to_le_0:
    mov al, 1
.no_le_0:
    CHECK_EQ8 jle_near32_none, al, 0
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jle near .tn_le_1
    jmp near .nn_le_1
.tn_le_1:
    mov al, 1
.nn_le_1:
    CHECK_EQ8 jle_near_all, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x8E     ; o32 jle near rel32
    dd .to_le_1 - ($ + 4)
    jmp near .no_le_1
.to_le_1:
    mov al, 1
.no_le_1:
    CHECK_EQ8 jle_near32_all, al, 1
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setle al
    CHECK_EQ setle_r8_0, ax, 0x5500
    CHECK_FLAGS setle_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setle byte [0x700]
    CHECK_EQ8 setle_m8_0, byte [0x700], 0
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setle al
    CHECK_EQ setle_r8_1, ax, 0x5501
    CHECK_FLAGS setle_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setle byte [0x700]
    CHECK_EQ8 setle_m8_1, byte [0x700], 1
    mov ax, 0x5555
    SET_FLAGS F_ZF
    setle al
    CHECK_EQ setle_r8_2, ax, 0x5501
    CHECK_FLAGS setle_keeps_flags_2, F_ARITH, F_ZF
    mov byte [0x700], 0x77
    SET_FLAGS F_ZF
    setle byte [0x700]
    CHECK_EQ8 setle_m8_2, byte [0x700], 1
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovle ax, bx
    CHECK_EQ32 cmovle_r16_none, eax, 0x11112222
    mov eax, 0x11112222
    cmovle eax, ebx
    CHECK_EQ32 cmovle_r32_none, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovle eax, [0x704]
    CHECK_EQ32 cmovle_m32_none, eax, 0x11112222
    CHECK_FLAGS cmovle_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovle ax, bx
    CHECK_EQ32 cmovle_r16_all, eax, 0x11114444
    mov eax, 0x11112222
    cmovle eax, ebx
    CHECK_EQ32 cmovle_r32_all, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovle eax, [0x704]
    CHECK_EQ32 cmovle_m32_all, eax, 0x55556666
    CHECK_FLAGS cmovle_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
    SET_FLAGS 0
    mov al, 0
    jg short .t_g_0
    jmp short .n_g_0
.t_g_0:
    mov al, 1
.n_g_0:
    CHECK_EQ8 jg_short_0, al, 1
%ifndef SELFTEST
    SET_FLAGS F_CF
    mov al, 0
    jg short .t_g_1
    jmp short .n_g_1
.t_g_1:
    mov al, 1
.n_g_1:
    CHECK_EQ8 jg_short_CF, al, 1
    SET_FLAGS F_ZF
    mov al, 0
    jg short .t_g_2
    jmp short .n_g_2
.t_g_2:
    mov al, 1
.n_g_2:
    CHECK_EQ8 jg_short_ZF, al, 0
    SET_FLAGS F_SF
    mov al, 0
    jg short .t_g_3
    jmp short .n_g_3
.t_g_3:
    mov al, 1
.n_g_3:
    CHECK_EQ8 jg_short_SF, al, 0
    SET_FLAGS F_OF
    mov al, 0
    jg short .t_g_4
    jmp short .n_g_4
.t_g_4:
    mov al, 1
.n_g_4:
    CHECK_EQ8 jg_short_OF, al, 0
    SET_FLAGS F_PF
    mov al, 0
    jg short .t_g_5
    jmp short .n_g_5
.t_g_5:
    mov al, 1
.n_g_5:
    CHECK_EQ8 jg_short_PF, al, 1
    SET_FLAGS F_SF|F_OF
    mov al, 0
    jg short .t_g_6
    jmp short .n_g_6
.t_g_6:
    mov al, 1
.n_g_6:
    CHECK_EQ8 jg_short_SF_OF, al, 1
    SET_FLAGS F_CF|F_ZF
    mov al, 0
    jg short .t_g_7
    jmp short .n_g_7
.t_g_7:
    mov al, 1
.n_g_7:
    CHECK_EQ8 jg_short_CF_ZF, al, 0
    SET_FLAGS F_ZF|F_SF
    mov al, 0
    jg short .t_g_8
    jmp short .n_g_8
.t_g_8:
    mov al, 1
.n_g_8:
    CHECK_EQ8 jg_short_ZF_SF, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jg short .t_g_9
    jmp short .n_g_9
.t_g_9:
    mov al, 1
.n_g_9:
    CHECK_EQ8 jg_short_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_SF|F_OF
    mov al, 0
    jg short .t_g_10
    jmp short .n_g_10
.t_g_10:
    mov al, 1
.n_g_10:
    CHECK_EQ8 jg_short_CF_PF_AF_SF_OF, al, 1
    SET_FLAGS F_CF|F_PF|F_AF|F_OF
    mov al, 0
    jg short .t_g_11
    jmp short .n_g_11
.t_g_11:
    mov al, 1
.n_g_11:
    CHECK_EQ8 jg_short_CF_PF_AF_OF, al, 0
%endif
    SET_FLAGS 0
    mov al, 0
    jg near .tn_g_0
    jmp near .nn_g_0
.tn_g_0:
    mov al, 1
.nn_g_0:
    CHECK_EQ8 jg_near_none, al, 1
    SET_FLAGS 0
    mov al, 0
%ifndef SELFTEST
    db 0x66, 0x0F, 0x8F     ; o32 jg near rel32
    dd .to_g_0 - ($ + 4)
    jmp near .no_g_0
.to_g_0:
    mov al, 1
.no_g_0:
    CHECK_EQ8 jg_near32_none, al, 1
%endif
%ifndef SELFTEST
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    jg near .tn_g_1
    jmp near .nn_g_1
.tn_g_1:
    mov al, 1
.nn_g_1:
    CHECK_EQ8 jg_near_all, al, 0
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov al, 0
    db 0x66, 0x0F, 0x8F     ; o32 jg near rel32
    dd .to_g_1 - ($ + 4)
    jmp near .no_g_1
.to_g_1:
    mov al, 1
.no_g_1:
    CHECK_EQ8 jg_near32_all, al, 0
%endif
    mov ax, 0x5555
    SET_FLAGS 0
    setg al
    CHECK_EQ setg_r8_0, ax, 0x5501
    CHECK_FLAGS setg_keeps_flags_0, F_ARITH, 0
    mov byte [0x700], 0x77
    SET_FLAGS 0
    setg byte [0x700]
    CHECK_EQ8 setg_m8_0, byte [0x700], 1
%ifndef SELFTEST
    mov ax, 0x5555
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setg al
    CHECK_EQ setg_r8_1, ax, 0x5500
    CHECK_FLAGS setg_keeps_flags_1, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    mov byte [0x700], 0x77
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    setg byte [0x700]
    CHECK_EQ8 setg_m8_1, byte [0x700], 0
    mov ax, 0x5555
    SET_FLAGS F_SF
    setg al
    CHECK_EQ setg_r8_2, ax, 0x5500
    CHECK_FLAGS setg_keeps_flags_2, F_ARITH, F_SF
    mov byte [0x700], 0x77
    SET_FLAGS F_SF
    setg byte [0x700]
    CHECK_EQ8 setg_m8_2, byte [0x700], 0
%endif
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS 0
    cmovg ax, bx
    CHECK_EQ32 cmovg_r16_none, eax, 0x11114444
    mov eax, 0x11112222
    cmovg eax, ebx
    CHECK_EQ32 cmovg_r32_none, eax, 0x33334444
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovg eax, [0x704]
    CHECK_EQ32 cmovg_m32_none, eax, 0x55556666
    CHECK_FLAGS cmovg_keeps_flags_none, F_ARITH, 0
%ifndef SELFTEST
    mov eax, 0x11112222
    mov ebx, 0x33334444
    SET_FLAGS F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
    cmovg ax, bx
    CHECK_EQ32 cmovg_r16_all, eax, 0x11112222
    mov eax, 0x11112222
    cmovg eax, ebx
    CHECK_EQ32 cmovg_r32_all, eax, 0x11112222
    mov dword [0x704], 0x55556666
    mov eax, 0x11112222
    cmovg eax, [0x704]
    CHECK_EQ32 cmovg_m32_all, eax, 0x11112222
    CHECK_FLAGS cmovg_keeps_flags_all, F_ARITH, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF
%endif
TEST_GROUP_END
