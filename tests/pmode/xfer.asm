; xfer.asm - protected-mode control transfers: far JMP/CALL/RETF direct and
; through 16- and 32-bit call gates, privilege changes with the stack switch
; from the TSS (new stack contents: old SS:ESP, copied parameters, CS:EIP),
; RETF to an outer level with a parameter count and the nulling of data
; segment registers the outer level may not use, conforming code, IRET to
; the same and an outer level with the EFLAGS rules at CPL 3 (IF, IOPL, VM),
; POPF/CLI/STI at CPL 3, and #TS/#SS for a bad inner stack in the TSS.
;
; Expected values: Intel SDM vol. 2 (JMP, CALL, RET, IRET, POPF, CLI, STI
; pseudocode and exception lists) and vol. 3 5.8 (calling procedures
; through call gates: 5.8.5 stack switching, 5.8.6 returning, figure 5-13
; the stack at a privilege change), 3.4.5.1 (conforming code), 6.13.
%include "pm.inc"

S_C0     equ 0x80    ; conforming readable code, DPL 0, flat 32-bit
S_C3     equ 0x88    ; conforming code, DPL 3
S_SMALL  equ 0x90    ; code, base 0, limit 0xFFF
S_CNP    equ 0x98    ; code, not present
S_G0     equ 0xA0    ; call gate DPL 0 -> CODE0:xf_same
S_G32P   equ 0xA8    ; 32-bit call gate DPL 3, 2 dwords -> CODE0:xf_g32p
S_G16P   equ 0xB0    ; 16-bit call gate DPL 3, 2 words -> CODE16:xf_g16p
S_GC     equ 0xB8    ; call gate DPL 3 -> S_C0:xf_conf
S_GNP    equ 0xC0    ; call gate DPL 3, not present
S_GNULL  equ 0xC8    ; call gate DPL 3 -> null selector
S_GDATA  equ 0xD0    ; call gate DPL 3 -> DATA0
S_GCNP   equ 0xD8    ; call gate DPL 3 -> S_CNP
S_GLIM   equ 0xE0    ; call gate DPL 0 -> S_SMALL:0x2000
S_G1     equ 0xE8    ; 32-bit call gate DPL 3, 1 dword -> CODE1:xf_g1
S_G16S   equ 0xF0    ; 16-bit call gate DPL 0 -> CODE16:xf_g16s
S_SSNP1  equ 0xF8    ; writable data, DPL 1, not present
S_GJ3    equ 0x100   ; call gate DPL 3 -> CODE3:xf_jmp3_target
S_G32R   equ 0x108   ; call gate DPL 3 -> CODE0:xf_g32r (returns to ring 3)

R_SCR    equ SCRATCH           ; what the targets record

%macro SETUP 0
    SETDESC S_C0, 0, 0xFFFFF, ACC_CODE_C | 1, FL_G32
    SETDESC S_C3, 0, 0xFFFFF, ACC_CODE_C | 1 | DPL(3), FL_G32
    SETDESC S_SMALL, 0, 0xFFF, ACC_CODE | 1, FL_32
    SETDESC S_CNP, 0, 0xFFFFF, (ACC_CODE | 1) & ~ACC_P, FL_G32
    SETGATE S_G0, SEL_CODE0, xf_same_far, ACC_CALL32
    SETGATE S_G32P, SEL_CODE0, xf_g32p, ACC_CALL32 | DPL(3), 2
    mov dword [GDT_BASE + S_G16P], (((xf_g16p - $$) & 0xFFFF) | (SEL_CODE16 << 16))
    mov dword [GDT_BASE + S_G16P + 4], ((ACC_CALL16 | DPL(3)) << 8) | 2
    SETGATE S_GC, S_C0, xf_conf, ACC_CALL32 | DPL(3)
    SETGATE S_GNP, SEL_CODE0, xf_same, (ACC_CALL32 | DPL(3)) & ~ACC_P
    SETGATE S_GNULL, 0, xf_same, ACC_CALL32 | DPL(3)
    SETGATE S_GDATA, SEL_DATA0, xf_same, ACC_CALL32 | DPL(3)
    SETGATE S_GCNP, S_CNP, xf_same, ACC_CALL32 | DPL(3)
    mov dword [GDT_BASE + S_GLIM], 0x2000 | (S_SMALL << 16)
    mov dword [GDT_BASE + S_GLIM + 4], ACC_CALL32 << 8
    SETGATE S_G1, SEL_CODE1, xf_g1, ACC_CALL32 | DPL(3), 1
    mov dword [GDT_BASE + S_G16S], (((xf_g16s - $$) & 0xFFFF) | (SEL_CODE16 << 16))
    mov dword [GDT_BASE + S_G16S + 4], ACC_CALL16 << 8
    SETDESC S_SSNP1, 0, 0xFFFFF, (ACC_DATA | 1 | DPL(1)) & ~ACC_P, FL_G32
    SETGATE S_GJ3, SEL_CODE3, xf_jmp3_target, ACC_CALL32 | DPL(3)
    SETGATE S_G32R, SEL_CODE0, xf_g32r, ACC_CALL32 | DPL(3)
    mov edi, R_SCR
    mov ecx, 64
    mov eax, 0xEEEEEEEE
    rep stosd
%endmacro

; FARF name, vector, error, instruction: a far transfer at CPL 0 that faults
%macro FARF 4+
    EXPECT %1, %2, %%i
%%i:
    %4
    END_EXPECT
    CHECK %{1}_err, [V_ERR], %3
%endmacro
; FARF3: the same at CPL 3
%macro FARF3 4+
    EXPECT %1, %2, %%i
    TO_RING3 %%i
%%i:
    %4
    int VEC_SVC
    END_EXPECT
    CHECK %{1}_err, [V_ERR], %3
%endmacro

bits 32
pm_main:
    RUN xf_direct
    RUN xf_gate_same_level
    RUN3 xf_gate_errors_r3
    RUN3 xf_gate32_inner_r3
    RUN3 xf_gate16_inner_r3
    RUN3 xf_gate_ring1_r3
    RUN3 xf_conforming_r3
    RUN3 xf_retf_r3
    RUN3 xf_inner_stack_errors_r3
    RUN xf_iret_same
    RUN3 xf_iret_outer_r3
    RUN3 xf_flags_cpl3_r3
    ret

xf_same:
    ret
xf_same_far:
    retf
xf_jmp3_target:
    int VEC_SVC

; ---------------------------------------------------------------- direct
xf_direct:
    SETUP
    ; JMP to non-conforming code: RPL <= CPL and DPL = CPL; CS.RPL = CPL
    EXPECT jmp_far_same, NONE
    jmp SEL_CODE0:.j1
.j1:
    END_EXPECT
    FARF jmp_far_rpl3_nonconforming, 13, SEL_CODE0, jmp (SEL_CODE0 | 3):xf_same
    FARF jmp_far_dpl3_from_cpl0, 13, SEL_CODE3, jmp SEL_CODE3:xf_same
    FARF jmp_far_conforming_dpl3, 13, S_C3, jmp S_C3:xf_same
    FARF jmp_far_data, 13, SEL_DATA0, jmp SEL_DATA0:xf_same
    FARF jmp_far_null, 13, 0, jmp 0:xf_same
    FARF jmp_far_null_rpl3, 13, 0, jmp 3:xf_same
    FARF jmp_far_beyond_gdt, 13, 0x800, jmp 0x800:xf_same
    FARF jmp_far_tss_busy, 13, SEL_TSS0, jmp SEL_TSS0:0
    FARF jmp_far_ldt, 13, SEL_LDT, jmp SEL_LDT:0
    FARF jmp_far_not_present, 11, S_CNP, jmp S_CNP:xf_same
    FARF jmp_far_beyond_limit, 13, 0, jmp S_SMALL:0x1000
    FARF call_far_not_present, 11, S_CNP, call S_CNP:xf_same
    FARF call_far_beyond_limit, 13, 0, call S_SMALL:0x1000
    FARF call_far_data, 13, SEL_DATA0, call SEL_DATA0:xf_same
    ; conforming code of a more privileged... the same level: RPL ignored,
    ; CS.RPL = CPL
    jmp (S_C0 | 3):.c1
.c1:
    mov bx, cs
    jmp SEL_CODE0:.c2
.c2:
    CHECKW jmp_conforming_cs_rpl_is_cpl, bx, S_C0
    ; CALL pushes CS (dword) and EIP; RETF pops them
    mov ebp, esp
    call SEL_CODE0:xf_record_call
.ret1:
    mov eax, ebp
    sub eax, [R_SCR]
    CHECK call_far_pushed_8, eax, 8
    CHECK call_far_pushed_eip, [R_SCR + 4], .ret1
    CHECKM call_far_pushed_cs, [R_SCR + 8], SEL_CODE0, 0xFFFF
    mov eax, esp
    CHECK retf_restored_esp, eax, ebp
    ; RETF imm16 releases the parameters
    push dword 1
    push dword 2
    call SEL_CODE0:xf_retf8
    mov eax, esp
    CHECK retf_8_releases_params, eax, ebp
    ret

xf_record_call:
    mov [R_SCR], esp
    mov eax, [esp]
    mov [R_SCR + 4], eax
    mov eax, [esp + 4]
    mov [R_SCR + 8], eax
    retf
xf_retf8:
    retf 8

; ---------------------------------------------------------------- gates, same level
xf_gate_same_level:
    SETUP
    ; CALL through a 32-bit gate: the gate's offset is used, the
    ; instruction's ignored; CS:EIP pushed as dwords
    mov ebp, esp
    call S_G0:0xDEADBEEF
    CHECK gate_same_ret, 1, 1
    mov eax, esp
    CHECK gate_same_esp_restored, eax, ebp
    SETGATE S_G0, SEL_CODE0, xf_record_call, ACC_CALL32
    call S_G0:0
.r1:
    mov eax, ebp
    sub eax, [R_SCR]
    CHECK gate_same_pushed_8, eax, 8
    CHECK gate_same_pushed_eip, [R_SCR + 4], .r1
    CHECKM gate_same_pushed_cs, [R_SCR + 8], SEL_CODE0, 0xFFFF
    ; JMP through a gate: no push
    SETGATE S_G0, SEL_CODE0, .j, ACC_CALL32
    jmp S_G0:0
    hlt
.j:
    mov eax, esp
    CHECK gate_jmp_same_no_push, eax, ebp
    ; a 16-bit gate pushes CS:IP as words (IP = low half of the return EIP)
    call S_G16S:0
.r16:
    mov eax, ebp
    sub eax, [R_SCR]
    CHECK gate16_same_pushed_4, eax, 4
    CHECKW gate16_same_pushed_ip, word [R_SCR + 4], ABS(.r16) & 0xFFFF
    CHECKW gate16_same_pushed_cs, word [R_SCR + 6], SEL_CODE0
    CHECKW gate16_same_target_cs, word [R_SCR + 8], SEL_CODE16
    ; gate checks at CPL 0
    FARF gate_rpl3_above_dpl0, 13, S_G0, call (S_G0 | 3):0
    FARF gate_offset_beyond_limit, 13, 0, call S_GLIM:0
    mov eax, esp
    CHECK gate_esp_after_faults, eax, ebp
    ret

bits 16
xf_g16s:
    mov [dword R_SCR], esp
    mov eax, [esp]
    mov [dword R_SCR + 4], eax
    mov [dword R_SCR + 8], cs
    add esp, 4
    jmp dword SEL_CODE0:xf_g16s_back
bits 32
xf_g16s_back:
    jmp xf_gate_same_level.r16

; ---------------------------------------------------------------- gate errors at CPL 3
xf_gate_errors_r3:
    SETUP
    FARF3 r3_gate_dpl0, 13, S_G0, call S_G0:0
    FARF3 r3_gate_not_present, 11, S_GNP, call S_GNP:0
    FARF3 r3_gate_null_target, 13, 0, call S_GNULL:0
    FARF3 r3_gate_data_target, 13, SEL_DATA0, call S_GDATA:0
    FARF3 r3_gate_target_not_present, 11, S_CNP, call S_GCNP:0
    FARF3 r3_jmp_gate_to_inner, 13, SEL_CODE0, jmp S_G32P:0
    FARF3 r3_call_code0_direct, 13, SEL_CODE0, call SEL_CODE0:xf_same
    FARF3 r3_jmp_code0_direct, 13, SEL_CODE0, jmp SEL_CODE0:xf_same
    FARF3 r3_call_dpl1_code, 13, SEL_CODE1, call (SEL_CODE1 | 3):xf_same
    ; JMP through a gate to the same level works
    EXPECT r3_jmp_gate_same_level, VEC_SVC, xf_jmp3_target + 2
    TO_RING3 .r3
.r3:
    jmp S_GJ3:0
    END_EXPECT
    CHECK r3_jmp_gate_same_level_cs, [V_CS], SEL_CODE3 | 3
    CHECK r3_jmp_gate_same_level_esp, [V_ESP], R3_TOP
    ret

; ---------------------------------------------------------------- 32-bit gate, CPL 3 -> 0
xf_gate32_inner_r3:
    SETUP
    EXPECT gate32_round_trip, VEC_SVC, .done
    TO_RING3 .r3
.r3:
    FLAT_DS
    mov ax, SEL_DATA3 | 3
    mov fs, ax
    mov gs, ax
    push dword 0x11111111
    push dword 0x22222222
    call S_G32P:0xDEADBEEF
.ret3:
    mov [ss:R_SCR + 0x40], esp
    mov [ss:R_SCR + 0x44], ds
    mov [ss:R_SCR + 0x48], es
    mov [ss:R_SCR + 0x4C], fs
    mov [ss:R_SCR + 0x50], gs
    mov [ss:R_SCR + 0x54], cs
    mov [ss:R_SCR + 0x58], ss
    int VEC_SVC
.done:
    END_EXPECT
    ; the inner stack: EIP, CS, the parameters in their order, ESP, SS
    CHECK gate32_inner_esp, [R_SCR + 0x00], R0_TOP - 24
    CHECK gate32_inner_eip, [R_SCR + 0x04], .ret3
    CHECKM gate32_inner_cs, [R_SCR + 0x08], SEL_CODE3 | 3, 0xFFFF
    CHECK gate32_inner_param0, [R_SCR + 0x0C], 0x22222222
    CHECK gate32_inner_param1, [R_SCR + 0x10], 0x11111111
    CHECK gate32_inner_old_esp, [R_SCR + 0x14], R3_TOP - 8
    CHECKM gate32_inner_old_ss, [R_SCR + 0x18], SEL_DATA3 | 3, 0xFFFF
    CHECKM gate32_inner_new_cs, [R_SCR + 0x1C], SEL_CODE0, 0xFFFF
    CHECKM gate32_inner_new_ss, [R_SCR + 0x20], SEL_DATA0, 0xFFFF
    CHECKM gate32_inner_ds_kept, [R_SCR + 0x24], SEL_DATA3 | 3, 0xFFFF
    ; RETF 8 to CPL 3: the parameters released on both stacks; DS (DATA0)
    ; and GS (non-conforming code DPL 0) nulled, ES (DPL 3) and FS
    ; (conforming) kept
    CHECK retf_outer_esp, [R_SCR + 0x40], R3_TOP
    CHECKM retf_outer_ds_nulled, [R_SCR + 0x44], 0, 0xFFFF
    CHECKM retf_outer_es_kept, [R_SCR + 0x48], SEL_DATA3 | 3, 0xFFFF
    CHECKM retf_outer_fs_conforming_kept, [R_SCR + 0x4C], S_C0, 0xFFFF
    CHECKM retf_outer_gs_nulled, [R_SCR + 0x50], 0, 0xFFFF
    CHECKM retf_outer_cs, [R_SCR + 0x54], SEL_CODE3 | 3, 0xFFFF
    CHECKM retf_outer_ss, [R_SCR + 0x58], SEL_DATA3 | 3, 0xFFFF
    ret

xf_g32p:
    mov [ss:R_SCR + 0x00], esp
%assign i 0
%rep 6
    mov eax, [esp + i * 4]
    mov [ss:R_SCR + 0x04 + i * 4], eax
%assign i i + 1
%endrep
    mov [ss:R_SCR + 0x1C], cs
    mov [ss:R_SCR + 0x20], ss
    mov [ss:R_SCR + 0x24], ds
    mov ax, SEL_DATA0
    mov ds, ax
    mov ax, SEL_DATA3 | 3
    mov es, ax
    mov ax, S_C0
    mov fs, ax
    mov ax, SEL_CODE0
    mov gs, ax
    retf 8

; ---------------------------------------------------------------- 16-bit gate, CPL 3 -> 0
xf_gate16_inner_r3:
    SETUP
    EXPECT gate16_inner, VEC_SVC, xf_g16p.after_int - ROM_BASE
    TO_RING3 .r3
.r3:
    FLAT_DS
    push word 0xAAAA
    push word 0xBBBB
    call S_G16P:0
.ret3:
    hlt
    END_EXPECT
    CHECKW gate16_inner_handler_cs, word [V_CS], SEL_CODE16
    CHECK gate16_inner_esp, [R_SCR + 0x00], R0_TOP - 12
    CHECKW gate16_inner_ip, word [R_SCR + 0x04], ABS(.ret3) & 0xFFFF
    CHECKW gate16_inner_cs, word [R_SCR + 0x06], SEL_CODE3 | 3
    CHECKW gate16_inner_param0, word [R_SCR + 0x08], 0xBBBB
    CHECKW gate16_inner_param1, word [R_SCR + 0x0A], 0xAAAA
    CHECKW gate16_inner_old_sp, word [R_SCR + 0x0C], (R3_TOP - 4) & 0xFFFF
    CHECKW gate16_inner_old_ss, word [R_SCR + 0x0E], SEL_DATA3 | 3
    CHECKW gate16_inner_new_ss, word [R_SCR + 0x10], SEL_DATA0
    ret

bits 16
xf_g16p:
    mov [dword R_SCR], esp
    mov eax, [esp]
    mov [dword R_SCR + 4], eax
    mov eax, [esp + 4]
    mov [dword R_SCR + 8], eax
    mov eax, [esp + 8]
    mov [dword R_SCR + 12], eax
    mov [dword R_SCR + 16], ss
    int VEC_SVC
.after_int:
bits 32

; ---------------------------------------------------------------- CPL 3 -> 1
xf_gate_ring1_r3:
    SETUP
    EXPECT gate_ring1_round_trip, VEC_SVC, .done
    TO_RING3 .r3
.r3:
    FLAT_DS
    mov ax, SEL_DATA3 | 3
    mov fs, ax
    mov gs, ax
    push dword 0x33333333
    call S_G1:0
.ret3:
    mov [ss:R_SCR + 0x40], esp
    mov [ss:R_SCR + 0x44], ds
    mov [ss:R_SCR + 0x48], es
    mov [ss:R_SCR + 0x4C], fs
    mov [ss:R_SCR + 0x50], gs
    int VEC_SVC
.done:
    END_EXPECT
    CHECK ring1_esp_from_tss, [R_SCR + 0x00], R1_TOP - 20
    CHECKM ring1_cs, [R_SCR + 0x04], SEL_CODE1 | 1, 0xFFFF
    CHECKM ring1_ss_from_tss, [R_SCR + 0x08], SEL_DATA1 | 1, 0xFFFF
    CHECK ring1_param, [R_SCR + 0x0C], 0x33333333
    CHECK ring1_old_esp, [R_SCR + 0x10], R3_TOP - 4
    CHECK ring1_ret_esp, [R_SCR + 0x40], R3_TOP
    CHECKM ring1_ret_ds_dpl1_nulled, [R_SCR + 0x44], 0, 0xFFFF
    CHECKM ring1_ret_es_dpl2_nulled, [R_SCR + 0x48], 0, 0xFFFF
    CHECKM ring1_ret_fs_dpl3_kept, [R_SCR + 0x4C], SEL_DATA3 | 3, 0xFFFF
    CHECKM ring1_ret_gs_conforming_kept, [R_SCR + 0x50], S_C0, 0xFFFF
    ret

xf_g1:
    mov [ss:R_SCR + 0x00], esp
    mov [ss:R_SCR + 0x04], cs
    mov [ss:R_SCR + 0x08], ss
    mov eax, [esp + 8]
    mov [ss:R_SCR + 0x0C], eax
    mov eax, [esp + 12]
    mov [ss:R_SCR + 0x10], eax
    mov ax, SEL_DATA1 | 1
    mov ds, ax
    mov ax, SEL_DATA2 | 2
    mov es, ax
    mov ax, SEL_DATA3 | 3
    mov fs, ax
    mov ax, S_C0
    mov gs, ax
    retf 4

; ---------------------------------------------------------------- conforming code at CPL 3
xf_conforming_r3:
    SETUP
    ; through a gate: no privilege change, CS.RPL = 3, same stack
    EXPECT conforming_gate_r3, VEC_SVC, .d1
    TO_RING3 .r3
.r3:
    FLAT_DS
    call S_GC:0
.ret3:
    int VEC_SVC
.d1:
    END_EXPECT
    CHECKM conforming_gate_cs, [R_SCR + 0x00], S_C0 | 3, 0xFFFF
    CHECK conforming_gate_same_stack, [R_SCR + 0x04], R3_TOP - 8
    CHECK conforming_gate_pushed_eip, [R_SCR + 0x08], .ret3
    CHECKM conforming_gate_pushed_cs, [R_SCR + 0x0C], SEL_CODE3 | 3, 0xFFFF
    CHECKM conforming_gate_ss, [R_SCR + 0x10], SEL_DATA3 | 3, 0xFFFF
    ; direct far call to conforming DPL 0 code
    EXPECT conforming_direct_r3, VEC_SVC, .d2
    TO_RING3 .r3b
.r3b:
    FLAT_DS
    call S_C0:xf_conf
    int VEC_SVC
.d2:
    END_EXPECT
    CHECKM conforming_direct_cs, [R_SCR + 0x00], S_C0 | 3, 0xFFFF
    CHECK conforming_direct_same_stack, [R_SCR + 0x04], R3_TOP - 8
    ; a CPL-3 exception in conforming DPL-0 code still switches to ring 0
    EXPECT conforming_fault_r3, 6, xf_conf_ud
    TO_RING3 .r3c
.r3c:
    jmp S_C0:xf_conf_ud
    END_EXPECT
    CHECKW conforming_fault_cs, word [V_CS], S_C0 | 3
    CHECK conforming_fault_esp, [V_ESP], R3_TOP
    ret

xf_conf:
    mov [R_SCR + 0x00], cs
    mov [R_SCR + 0x04], esp
    mov eax, [esp]
    mov [R_SCR + 0x08], eax
    mov eax, [esp + 4]
    mov [R_SCR + 0x0C], eax
    mov [R_SCR + 0x10], ss
    retf
xf_conf_ud:
    ud2

; ---------------------------------------------------------------- RETF at CPL 3
xf_retf_r3:
    SETUP
    ; RETF to CPL 0 from CPL 3: #GP(return CS)
    EXPECT r3_retf_to_inner, 13, .rf
    TO_RING3 .r3
.r3:
    push dword SEL_CODE0
    push dword xf_same
.rf:
    retf
    END_EXPECT
    CHECK r3_retf_to_inner_err, [V_ERR], SEL_CODE0
    ; a ring-0 gate target returning to ring 3 with a bad outer SS
    EXPECT retf_outer_ss_rpl_mismatch, 13, xf_g32r.rf
    TO_RING3 .r3b
.r3b:
    mov dword [ss:R_SCR + 0x60], 1        ; mode 1: SS = DATA3 (RPL 0)
    call S_G32R:0
    int VEC_SVC
    END_EXPECT
    CHECK retf_outer_ss_rpl_mismatch_err, [V_ERR], SEL_DATA3
    EXPECT retf_outer_ss_dpl0, 13, xf_g32r.rf
    TO_RING3 .r3c
.r3c:
    mov dword [ss:R_SCR + 0x60], 2        ; mode 2: SS = DATA0|3
    call S_G32R:0
    int VEC_SVC
    END_EXPECT
    CHECK retf_outer_ss_dpl0_err, [V_ERR], SEL_DATA0
    EXPECT retf_outer_cs_dpl0_rpl3, 13, xf_g32r.rf
    TO_RING3 .r3d
.r3d:
    mov dword [ss:R_SCR + 0x60], 3        ; mode 3: CS = CODE0|3
    call S_G32R:0
    int VEC_SVC
    END_EXPECT
    CHECK retf_outer_cs_dpl0_rpl3_err, [V_ERR], SEL_CODE0
    ret

; returns to ring 3 with a doctored frame (mode in R_SCR+0x60)
xf_g32r:
    mov eax, [ss:R_SCR + 0x60]
    cmp eax, 1
    jne .m2
    mov dword [esp + 12], SEL_DATA3
.m2:
    cmp eax, 2
    jne .m3
    mov dword [esp + 12], SEL_DATA0 | 3
.m3:
    cmp eax, 3
    jne .rf
    mov dword [esp + 4], SEL_CODE0 | 3
.rf:
    retf

; ---------------------------------------------------------------- bad inner stacks (#TS/#SS)
; A gate from CPL 3 to CPL 1 with TSS.SS1 broken: the fault is raised at
; the CALL (CS:EIP of the caller, EXT=0) and handled at ring 0 (SS0 fine).
%macro BADSS1 4
    mov dword [TSS0_BASE + 16], %2
    EXPECT %1, %3, %%c
    TO_RING3 %%c
%%c:
    call S_G1:0
    int VEC_SVC
    END_EXPECT
    CHECK %{1}_err, [V_ERR], %4
    CHECKW %{1}_cs, word [V_CS], SEL_CODE3 | 3
%endmacro
xf_inner_stack_errors_r3:
    SETUP
    BADSS1 tss_ss1_null, 0, 10, 0
    BADSS1 tss_ss1_rpl0, SEL_DATA1, 10, SEL_DATA1
    BADSS1 tss_ss1_dpl2, SEL_DATA2 | 1, 10, SEL_DATA2
    BADSS1 tss_ss1_code, SEL_CODE1 | 1, 10, SEL_CODE1
    BADSS1 tss_ss1_dpl0, SEL_DATA0 | 1, 10, SEL_DATA0
    BADSS1 tss_ss1_beyond_gdt, 0x801, 10, 0x800
    BADSS1 tss_ss1_not_present, S_SSNP1 | 1, 12, S_SSNP1
    ; the TSS is read through TR's limit: ESP1/SS1 beyond it is #TS(TR)
    mov dword [TSS0_BASE + 16], SEL_DATA1 | 1
    mov word [GDT_BASE + SEL_TSS0], 0x0F      ; limit 0x0F: SS1 at 0x10 is out
    and byte [GDT_BASE + SEL_TSS0 + 5], ~2    ; reload TR with that limit
    mov ax, SEL_TSS0
    ltr ax
    EXPECT tss_limit_excludes_ss1, 10, .c
    TO_RING3 .c
.c:
    call S_G1:0
    int VEC_SVC
    END_EXPECT
    CHECK tss_limit_excludes_ss1_err, [V_ERR], SEL_TSS0
    ret

; ---------------------------------------------------------------- IRET, same level
xf_iret_same:
    SETUP
    ; at CPL 0 IRET loads every flag, IOPL included
    push dword IOPL(3) | F_CF | F_ZF | F_DF | 2
    push dword SEL_CODE0
    push dword .i1
    iretd
.i1:
    pushfd
    pop ebx
    cld
    push dword 2
    popfd
    CHECKM iret_cpl0_flags, ebx, IOPL(3) | F_CF | F_ZF | F_DF | 2, 0x3FFFFF & ~F_RF
    ; NT=0, VM=0 image: same-level return; ESP after = before the pushes
    mov ebp, esp
    push dword 2
    push dword SEL_CODE0
    push dword .i2
    iretd
.i2:
    mov eax, esp
    CHECK iret_same_esp, eax, ebp
    ; 16-bit IRET pops IP, CS, FLAGS (to 16-bit code)
    push word 0x0002 | F_CF
    push word SEL_CODE16
    push word (xf_iret16 - ROM_BASE)
    o16 iret
xf_iret16_back:
    CHECK iret16_esp, [R_SCR], ebp
    CHECKW iret16_flags, word [R_SCR + 4], 0x0002 | F_CF
    ret

bits 16
xf_iret16:
    mov [dword R_SCR], esp
    pushf
    pop word [dword R_SCR + 4]
    jmp dword SEL_CODE0:xf_iret16_back
bits 32

; ---------------------------------------------------------------- IRET to an outer level
xf_iret_outer_r3:
    SETUP
    ; DS DPL 0 and GS (non-conforming code DPL 0) nulled; ES DPL 3 and FS
    ; conforming kept
    mov ax, SEL_DATA0
    mov ds, ax
    mov ax, SEL_DATA3 | 3
    mov es, ax
    mov ax, S_C0
    mov fs, ax
    mov ax, SEL_CODE0
    mov gs, ax
    EXPECT iret_outer, VEC_SVC, .d
    IRET_TO SEL_CODE3 | 3, .r3, SEL_DATA3 | 3, R3_TOP - 0x100, 2
.r3:
    mov [ss:R_SCR + 0x00], ds
    mov [ss:R_SCR + 0x04], es
    mov [ss:R_SCR + 0x08], fs
    mov [ss:R_SCR + 0x0C], gs
    mov [ss:R_SCR + 0x10], esp
    int VEC_SVC
.d:
    END_EXPECT
    CHECKW iret_outer_ds_nulled, word [R_SCR + 0x00], 0
    CHECKW iret_outer_es_kept, word [R_SCR + 0x04], SEL_DATA3 | 3
    CHECKW iret_outer_fs_kept, word [R_SCR + 0x08], S_C0
    CHECKW iret_outer_gs_nulled, word [R_SCR + 0x0C], 0
    CHECK iret_outer_esp, [R_SCR + 0x10], R3_TOP - 0x100
    ; outer SS checks
    IRET_FRAME SEL_CODE3 | 3, xf_same, SEL_DATA3, R3_TOP, 2
    EXPECT iret_outer_ss_rpl0, 13, .i1
.i1:
    iretd
    END_EXPECT
    add esp, 20
    CHECK iret_outer_ss_rpl0_err, [V_ERR], SEL_DATA3
    ; a not-present outer SS is #SS(SS): the IRET pseudocode, and vol. 3
    ; "Interrupt 12" (a not-present stack segment detected when loading SS
    ; on a return to a different privilege level); the exception list of
    ; IRET in vol. 2 says #NP, which Bochs and QEMU follow
    SETDESC S_SSNP1, 0, 0xFFFFF, (ACC_DATA | 1 | DPL(3)) & ~ACC_P, FL_G32
    IRET_FRAME SEL_CODE3 | 3, xf_same, S_SSNP1 | 3, R3_TOP, 2
    EXPECT iret_outer_ss_not_present, 12, .i2
.i2:
    iretd
    END_EXPECT
    add esp, 20
    CHECK iret_outer_ss_not_present_err, [V_ERR], S_SSNP1
    IRET_FRAME SEL_CODE3 | 3, xf_same, 3, R3_TOP, 2
    EXPECT iret_outer_ss_null, 13, .i3
.i3:
    iretd
    END_EXPECT
    add esp, 20
    CHECK iret_outer_ss_null_err, [V_ERR], 0
    ; IRET from CPL 3 to CPL 0: #GP(return CS)
    EXPECT r3_iret_to_inner, 13, .i4
    TO_RING3 .r3b
.r3b:
    push dword 2
    push dword SEL_CODE0
    push dword xf_same
.i4:
    iretd
    END_EXPECT
    CHECK r3_iret_to_inner_err, [V_ERR], SEL_CODE0
    ret

; ---------------------------------------------------------------- EFLAGS at CPL 3
; FLAGS_R3 name, entry eflags, code...: runs code at CPL 3 (EBX = result)
xf_flags_cpl3_r3:
    SETUP
    ; IOPL 0: IRET changes neither IF nor IOPL, the status flags yes
    EXPECT r3_iret_iopl0, VEC_SVC, .d1
    TO_RING3 .a, 2
.a:
    push dword F_IF | IOPL(3) | F_CF | F_OF | 2
    push dword SEL_CODE3 | 3
    push dword .a2
    iretd
.a2:
    pushfd
    pop ebx
    int VEC_SVC
.d1:
    END_EXPECT
    CHECKM r3_iret_iopl0_flags, ebx, F_CF | F_OF | 2, F_IF | IOPL(3) | F_CF | F_OF | F_VM
    ; IOPL 3: IF changes, IOPL still not
    EXPECT r3_iret_iopl3, VEC_SVC, .d2
    TO_RING3 .b, IOPL(3) | 2
.b:
    push dword F_IF | IOPL(0) | 2
    push dword SEL_CODE3 | 3
    push dword .b2
    iretd
.b2:
    pushfd
    pop ebx
    cli
    int VEC_SVC
.d2:
    END_EXPECT
    CHECKM r3_iret_iopl3_flags, ebx, F_IF | IOPL(3) | 2, F_IF | IOPL(3)
    ; VM=1 in the image at CPL 3 is ignored: still protected mode
    EXPECT r3_iret_vm_ignored, VEC_SVC, .d3
    TO_RING3 .c, 2
.c:
    push dword F_VM | 2
    push dword SEL_CODE3 | 3
    push dword .c2
    iretd
.c2:
    mov ebx, 0x12345678        ; a 32-bit instruction, as 32-bit code
    int VEC_SVC
.d3:
    END_EXPECT
    CHECK r3_iret_vm_ignored_code32, ebx, 0x12345678
    CHECKW r3_iret_vm_ignored_cs, word [V_CS], SEL_CODE3 | 3
    CHECKM r3_iret_vm_ignored_vm, [V_EFL], 0, F_VM
    ; POPF at CPL 3: IF only if CPL <= IOPL, IOPL never, no fault
    EXPECT r3_popf_iopl0, VEC_SVC, .d4
    TO_RING3 .e, 2
.e:
    push dword F_IF | IOPL(3) | F_CF | 2
    popfd
    pushfd
    pop ebx
    int VEC_SVC
.d4:
    END_EXPECT
    CHECKM r3_popf_iopl0_flags, ebx, F_CF | 2, F_IF | IOPL(3) | F_CF
    EXPECT r3_popf_iopl3, VEC_SVC, .d5
    TO_RING3 .f, IOPL(3) | 2
.f:
    push dword F_IF | 2
    popfd
    pushfd
    pop ebx
    cli
    int VEC_SVC
.d5:
    END_EXPECT
    CHECKM r3_popf_iopl3_flags, ebx, F_IF | IOPL(3) | 2, F_IF | IOPL(3)
    ; CLI/STI: #GP(0) when CPL > IOPL (no PVI)
    EXPECT r3_cli_iopl0, 13, .g
    TO_RING3 .g, 2
.g:
    cli
    int VEC_SVC
    END_EXPECT
    CHECK r3_cli_iopl0_err, [V_ERR], 0
    EXPECT r3_sti_iopl0, 13, .h
    TO_RING3 .h, 2
.h:
    sti
    int VEC_SVC
    END_EXPECT
    EXPECT r3_sti_cli_iopl3, VEC_SVC, .d6
    TO_RING3 .k, IOPL(3) | 2
.k:
    sti
    pushfd
    pop ebx
    cli
    int VEC_SVC
.d6:
    END_EXPECT
    CHECKM r3_sti_iopl3_sets_if, ebx, F_IF, F_IF
    CHECKM r3_cli_iopl3_clears_if, [V_EFL], 0, F_IF
    ret

PM_ROM_END
