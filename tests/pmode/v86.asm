; v86.asm - virtual-8086 mode: entry by IRET with VM=1 (segment bases =
; selector << 4, CPL 3), INT n with IOPL=3 through the protected-mode IDT
; (the V86 frame GS FS DS ES SS ESP EFLAGS CS EIP; DS-GS nulled in the
; handler) and back by IRET, the IOPL-sensitive instructions at IOPL < 3
; (#GP(0)) and the ones that are not (INT3, INTO, I/O), a #GP monitor that
; emulates CLI/STI and resumes the V86 program (with paging on), the I/O
; permission bitmap (V86 and CPL 3), VME (redirection bitmap to the V86
; IVT, virtual IF for CLI/STI/PUSHF/POPF/IRET, VIP, PUSHFD/POPFD still
; sensitive), PVI at CPL 3 in protected mode.
;
; Expected values: Intel SDM vol. 3 ch. 20 (20.2 V86 mode: 20.2.1 entry,
; 20.2.5 segment loads, 20.2.7 sensitive instructions, 20.2.8 I/O,
; 20.3 interrupt and exception handling: figure 20-2 the frame, 20.3.1.1,
; 20.3.3 methods 1-6 and the redirection bitmap, 20.4 PVI), ch. 19 I/O
; permission bitmap (19.5.2), vol. 2 CLI/STI/PUSHF/POPF/IRET/INT
; pseudocode for VM=1 and CR4.VME/PVI.
%include "pm.inc"

V_SEG    equ 0x1000          ; the V86 program's DS: data at SCRATCH
MON_VIF  equ SCRATCH + 0x3F0 ; the monitor's virtual IF
MON_CNT  equ SCRATCH + 0x3F4 ; instructions it emulated
H_REC    equ SCRATCH + 0x300 ; what the INT 0x31 handler saw
REDIR    equ TSS0_BASE + TSS0_IOMAP - 32

; TO_V86 label, eflags (VM added): IRET to F000:label with SS:SP =
; 5000:FFF0, ES=2000 DS=1000 FS=3000 GS=4000
%macro TO_V86 2
    push dword 0x4000
    push dword 0x3000
    push dword V_SEG
    push dword 0x2000
    push dword 0x5000
    push dword 0xFFF0
    push dword (%2) | F_VM
    push dword 0xF000
    push dword (%1) - ROM_BASE
    iretd
%endmacro
%define V86IP(x) ((x) - ROM_BASE)

bits 32
pm_main:
    RUN3 v86_enter_int_iret
    RUN3 v86_sensitive_iopl0
    RUN3 v86_not_sensitive
    RUN3 v86_monitor_with_paging
    RUN3 v86_paging_user
    RUN3 v86_io_bitmap
    RUN3 v86_pm_io_bitmap
    RUN3 v86_vme
    RUN3 v86_vme_iopl3
    RUN3 v86_vip
    RUN3 v86_pvi
    ret

v86_clear:
    mov edi, SCRATCH
    mov ecx, 0x400 / 4
    xor eax, eax
    rep stosd
    ret

; ---------------------------------------------------------------- entry, INT n, IRET
v86_enter_int_iret:
    call v86_clear
    mov byte [0x20100], 0xE5
    mov byte [0x30100], 0xF5
    mov byte [0x40100], 0x65
    mov byte [0x5FF00], 0x55
    SETIDT 0x31, SEL_CODE0, v86_h31, ACC_INT32 | DPL(3)
    SETIDT 0x32, SEL_CODE3, v86_h31, ACC_INT32 | DPL(3)
    EXPECT v86_program_runs, VEC_SVC, V86IP(v86p1.end)
    TO_V86 v86p1, IOPL(3) | F_CF | 2
    END_EXPECT
    ; segment registers and bases
    CHECKW v86_ds, word [SCRATCH + 0x200], V_SEG
    CHECKW v86_es, word [SCRATCH + 0x202], 0x2000
    CHECKW v86_fs, word [SCRATCH + 0x204], 0x3000
    CHECKW v86_gs, word [SCRATCH + 0x206], 0x4000
    CHECKW v86_ss, word [SCRATCH + 0x208], 0x5000
    CHECKW v86_sp, word [SCRATCH + 0x20A], 0xFFF0
    CHECKW v86_cs, word [SCRATCH + 0x20C], 0xF000
    CHECKW v86_es_base, byte [SCRATCH + 0x210], 0xE5
    CHECKW v86_fs_base, byte [SCRATCH + 0x211], 0xF5
    CHECKW v86_gs_base, byte [SCRATCH + 0x212], 0x65
    CHECKW v86_ss_base, byte [SCRATCH + 0x213], 0x55
    CHECKW v86_push_sp, word [SCRATCH + 0x214], 0xFFEE
    CHECKW v86_push_memory, word [0x5FFEE], 0x7777
    CHECKW v86_pushf_iopl3, word [SCRATCH + 0x216], IOPL(3) | F_CF | 2
    ; the protected-mode handler of INT 0x31
    CHECKW v86_int_handler_ran, word [SCRATCH + 0x218], 0x3131
    CHECKW v86_int_handler_ds_null, word [H_REC + 0x00], 0
    CHECKW v86_int_handler_es_null, word [H_REC + 0x02], 0
    CHECKW v86_int_handler_fs_null, word [H_REC + 0x04], 0
    CHECKW v86_int_handler_gs_null, word [H_REC + 0x06], 0
    CHECKW v86_int_handler_cs, word [H_REC + 0x08], SEL_CODE0
    CHECKM v86_int_handler_vm_clear, [H_REC + 0x0C], 0, F_VM | F_IF | F_TF
    CHECK v86_frame_at_esp0, [H_REC + 0x40], R0_TOP - 36
    CHECK v86_frame_eip, [H_REC + 0x10], V86IP(v86p1.after31)
    CHECKM v86_frame_cs, [H_REC + 0x14], 0xF000, 0xFFFF
    CHECKM v86_frame_eflags, [H_REC + 0x18], F_VM | IOPL(3) | F_CF | 2, 0x3FFFFF & ~F_RF
    CHECK v86_frame_esp, [H_REC + 0x1C], 0xFFEE
    CHECKM v86_frame_ss, [H_REC + 0x20], 0x5000, 0xFFFF
    CHECKM v86_frame_es, [H_REC + 0x24], 0x2000, 0xFFFF
    CHECKM v86_frame_ds, [H_REC + 0x28], V_SEG, 0xFFFF
    CHECKM v86_frame_fs, [H_REC + 0x2C], 0x3000, 0xFFFF
    CHECKM v86_frame_gs, [H_REC + 0x30], 0x4000, 0xFFFF
    ; back in V86 after the IRET, then 16-bit IRET inside V86 (IOPL 3):
    ; FLAGS loaded but not IOPL
    CHECKW v86_after_iret_marker, word [SCRATCH + 0x21A], 0x1234
    CHECKW v86_iret16_flags, word [SCRATCH + 0x21C], IOPL(3) | F_ZF | 2
    ; the exit through INT 0x30: the default handler's frame
    CHECKW v86_exit_frame_cs, word [V_CS], 0xF000
    CHECKM v86_exit_frame_vm, [V_EFL], F_VM, F_VM
    CHECKM v86_exit_frame_es, [V_FRAME + 20], 0x2000, 0xFFFF
    CHECK v86_exit_handler_ds_null, [V_HDS], 0
    ; INT n to a gate whose target is not DPL 0 code: #GP(target)
    EXPECT v86_int_gate_target_dpl3, 13, V86IP(v86p2)
    TO_V86 v86p2, IOPL(3) | 2
    END_EXPECT
    CHECK v86_int_gate_target_dpl3_err, [V_ERR], SEL_CODE3
    ; a word at DS:FFFF is beyond the 64 KiB segment: #GP(0)
    EXPECT v86_limit_ffff, 13, V86IP(v86p3)
    TO_V86 v86p3, IOPL(3) | 2
    END_EXPECT
    CHECK v86_limit_ffff_err, [V_ERR], 0
    ret

v86_h31:
    mov [ss:H_REC + 0x00], ds
    mov [ss:H_REC + 0x02], es
    mov [ss:H_REC + 0x04], fs
    mov [ss:H_REC + 0x06], gs
    mov [ss:H_REC + 0x08], cs
    push eax
    pushfd
    pop eax
    mov [ss:H_REC + 0x0C], eax
    lea eax, [esp + 4]
    mov [ss:H_REC + 0x40], eax
%assign i 0
%rep 9
    mov eax, [esp + 4 + i * 4]
    mov [ss:H_REC + 0x10 + i * 4], eax
%assign i i + 1
%endrep
    pop eax
    iretd

bits 16
v86p1:
    mov ax, ds
    mov [0x200], ax
    mov ax, es
    mov [0x202], ax
    mov ax, fs
    mov [0x204], ax
    mov ax, gs
    mov [0x206], ax
    mov ax, ss
    mov [0x208], ax
    mov [0x20A], sp
    mov ax, cs
    mov [0x20C], ax
    mov al, [es:0x100]
    mov [0x210], al
    mov al, [fs:0x100]
    mov [0x211], al
    mov al, [gs:0x100]
    mov [0x212], al
    mov al, [ss:0xFF00]
    mov [0x213], al
    push word 0x7777
    mov [0x214], sp
    pushf
    pop ax
    mov [0x216], ax
    int 0x31
.after31:
    mov word [0x218], 0x3131
    mov word [0x21A], 0x1234
    push word F_ZF | 2          ; IRET inside V86, IOPL 3
    push cs
    push word V86IP(.iret_to)
    iret
.iret_to:
    pushf
    pop ax
    mov [0x21C], ax
    int VEC_SVC
.end:
v86p2:
    int 0x32
    int VEC_SVC
v86p3:
    mov ax, [0xFFFF]
    int VEC_SVC
bits 32

; ---------------------------------------------------------------- IOPL < 3
%macro SENS 2
    EXPECT %1, 13, V86IP(%2)
    TO_V86 %2, 2
    END_EXPECT
    CHECK %{1}_err, [V_ERR], 0
    CHECKW %{1}_cs, word [V_CS], 0xF000
%endmacro
v86_sensitive_iopl0:
    call v86_clear
    SENS v86_iopl0_cli, v86s_cli
    SENS v86_iopl0_sti, v86s_sti
    SENS v86_iopl0_pushf, v86s_pushf
    SENS v86_iopl0_popf, v86s_popf
    SENS v86_iopl0_int_n, v86s_int
    SENS v86_iopl0_iret, v86s_iret
    SENS v86_iopl0_pushfd, v86s_pushfd
    SENS v86_iopl0_popfd, v86s_popfd
    SENS v86_hlt, v86s_hlt
    SENS v86_mov_cr0, v86s_movcr
    SENS v86_lidt, v86s_lidt
    ; the frame of the #GP: SP unchanged by the failed PUSHF
    SENS v86_iopl0_pushf_frame, v86s_pushf
    CHECK v86_iopl0_pushf_sp, [V_ESP], 0xFFF0
    ret

bits 16
v86s_cli:
    cli
    int VEC_SVC
v86s_sti:
    sti
    int VEC_SVC
v86s_pushf:
    pushf
    int VEC_SVC
v86s_popf:
    popf
    int VEC_SVC
v86s_int:
    int 0x30
v86s_iret:
    iret
v86s_pushfd:
    pushfd
v86s_popfd:
    popfd
v86s_hlt:
    hlt
v86s_movcr:
    mov eax, cr0
v86s_lidt:
    lidt [0]
bits 32

; ---------------------------------------------------------------- not IOPL-sensitive
v86_not_sensitive:
    call v86_clear
    ; INT3 and INTO go to the IDT at IOPL 0, checked against the gate DPL
    EXPECT v86_int3_dpl0_gate, 13, V86IP(v86n_int3)
    TO_V86 v86n_int3, 2
    END_EXPECT
    CHECK v86_int3_dpl0_gate_err, [V_ERR], 3 * 8 + 2
    mov byte [IDT_BASE + 3 * 8 + 5], ACC_INT32 | DPL(3)
    mov byte [IDT_BASE + 4 * 8 + 5], ACC_INT32 | DPL(3)
    EXPECT v86_int3_iopl0, 3, V86IP(v86n_int3) + 1
    TO_V86 v86n_int3, 2
    END_EXPECT
    CHECKW v86_int3_iopl0_cs, word [V_CS], 0xF000
    EXPECT v86_into_iopl0, 4, V86IP(v86n_into) + 1
    TO_V86 v86n_into, F_OF | 2
    END_EXPECT
    ; exceptions ignore the gate DPL: #DE through the DPL-0 gate
    EXPECT v86_divide_error, 0, V86IP(v86n_div.d)
    TO_V86 v86n_div, 2
    END_EXPECT
    CHECKM v86_divide_error_vm, [V_EFL], F_VM, F_VM
    CHECK v86_divide_error_ss, [V_SS], 0x5000
    CHECK v86_divide_error_handler_gs_null, [V_HGS], 0
    ; I/O is governed by the bitmap, not IOPL
    and byte [TSS0_BASE + TSS0_IOMAP + 0xE0 / 8], ~1
    EXPECT v86_io_allowed_at_iopl0, 6, V86IP(v86n_out) + 2
    TO_V86 v86n_out, 2
    END_EXPECT
    ret

bits 16
v86n_int3:
    int3
    int VEC_SVC
v86n_into:
    into
    int VEC_SVC
v86n_div:
    xor bx, bx
.d:
    div bx
v86n_out:
    in al, 0xE0
    ud2
bits 32

; ---------------------------------------------------------------- monitor (paging on)
; #GP monitor: CLI/STI from V86 are emulated on MON_VIF and skipped;
; anything else goes to the default handler.
v86_mon:
    test dword [esp + 12], F_VM
    jz .default
    push eax
    movzx eax, word [esp + 4 + 8]
    shl eax, 4
    add eax, [esp + 4 + 4]
    mov al, [ss:eax]
    cmp al, 0xFA
    je .cli
    cmp al, 0xFB
    je .sti
    pop eax
.default:
    jmp pm_stubs + 13 * 16
.cli:
    mov byte [ss:MON_VIF], 0
    jmp .skip
.sti:
    mov byte [ss:MON_VIF], 1
.skip:
    inc dword [ss:MON_CNT]
    inc dword [esp + 4 + 4]
    pop eax
    add esp, 4
    iretd

v86_monitor_with_paging:
    call v86_clear
    call pm_paging_on
    SETIDT 13, SEL_CODE0, v86_mon, ACC_INT32
    mov byte [MON_VIF], 0xEE
    EXPECT v86_monitor_exit_at_hlt, 13, V86IP(v86m.hlt)
    TO_V86 v86m, 2
    END_EXPECT
    CHECK v86_monitor_exit_err, [V_ERR], 0
    CHECK v86_monitor_emulated_two, [MON_CNT], 2
    CHECKW v86_monitor_vif_after_sti, byte [MON_VIF], 1
    CHECKW v86_monitor_resumed_after_cli, word [SCRATCH + 0x220], 0x1111
    CHECKW v86_monitor_resumed_after_sti, word [SCRATCH + 0x222], 0x2222
    CHECKW v86_monitor_saw_vif0, byte [SCRATCH + 0x224], 0
    CHECKM v86_monitor_frame_vm, [V_EFL], F_VM, F_VM | IOPL(3)
    mov eax, cr0
    CHECKM v86_monitor_paging_still_on, eax, CR0_PG, CR0_PG
    ret

bits 16
v86m:
    cli
    mov word [0x220], 0x1111
    mov al, [MON_VIF - SCRATCH]
    mov [0x224], al
    sti
    mov word [0x222], 0x2222
.hlt:
    hlt
bits 32

; ---------------------------------------------------------------- paging: V86 is CPL 3
v86_paging_user:
    call v86_clear
    call pm_paging_on
    and dword [PT0_BASE + 0x20 * 4], ~PG_U      ; 0x20000 (ES): supervisor
    invlpg [0x20000]
    mov dword [PT0_BASE + 0x21 * 4], 0          ; 0x21000: not present
    invlpg [0x21000]
    EXPECT v86_pf_supervisor_page, 14, V86IP(v86pg)
    TO_V86 v86pg, 2
    END_EXPECT
    CHECK v86_pf_supervisor_page_err, [V_ERR], 5
    CHECK v86_pf_supervisor_page_cr2, [V_CR2], 0x20010
    CHECKW v86_pf_supervisor_page_cs, word [V_CS], 0xF000
    EXPECT v86_pf_not_present_write, 14, V86IP(v86pg.w)
    TO_V86 v86pg.w, 2
    END_EXPECT
    CHECK v86_pf_not_present_write_err, [V_ERR], 6
    CHECK v86_pf_not_present_write_cr2, [V_CR2], 0x21004
    ret

bits 16
v86pg:
    mov al, [es:0x10]
    hlt
.w:
    mov word [es:0x1004], 0
    hlt
bits 32

; ---------------------------------------------------------------- I/O bitmap in V86
v86_io_bitmap:
    call v86_clear
    and byte [TSS0_BASE + TSS0_IOMAP + 0xE0 / 8], ~1       ; allow 0xE0
    EXPECT v86_io_allowed_port, 6, V86IP(v86io_a.ud)
    TO_V86 v86io_a, 2
    END_EXPECT
    EXPECT v86_io_denied_port, 13, V86IP(v86io_b)
    TO_V86 v86io_b, 2
    END_EXPECT
    CHECK v86_io_denied_port_err, [V_ERR], 0
    EXPECT v86_io_word_needs_both, 13, V86IP(v86io_c)
    TO_V86 v86io_c, 2
    END_EXPECT
    EXPECT v86_io_out_denied, 13, V86IP(v86io_d)
    TO_V86 v86io_d, 2
    END_EXPECT
    EXPECT v86_io_insb_denied, 13, V86IP(v86io_e.i)
    TO_V86 v86io_e, 2
    END_EXPECT
    ; IOPL 3 does not bypass the bitmap in V86
    EXPECT v86_io_denied_at_iopl3, 13, V86IP(v86io_b)
    TO_V86 v86io_b, IOPL(3) | 2
    END_EXPECT
    ret

bits 16
v86io_a:
    in al, 0xE0
    mov dx, 0xE0
    in al, dx
    out 0xE0, al
.ud:
    ud2
v86io_b:
    in al, 0xE1
    ud2
v86io_c:
    in ax, 0xE0
    ud2
v86io_d:
    out 0xE1, al
    ud2
v86io_e:
    mov dx, 0xE1
    mov di, 0x300
.i:
    insb
    ud2
bits 32

; ---------------------------------------------------------------- I/O bitmap at CPL 3
v86_pm_io_bitmap:
    call v86_clear
    and byte [TSS0_BASE + TSS0_IOMAP + 0xE0 / 8], ~1
    EXPECT r3_io_allowed_port, VEC_SVC, .e1
    TO_RING3 .r1
.r1:
    in al, 0xE0
    int VEC_SVC
.e1:
    END_EXPECT
    EXPECT r3_io_denied_port, 13, .r2
    TO_RING3 .r2
.r2:
    in al, 0xE1
    int VEC_SVC
    END_EXPECT
    EXPECT r3_io_dword_partly_denied, 13, .r3
    TO_RING3 .r3
.r3:
    in eax, 0xDE               ; 0xDE-0xE1: 0xDE 0xDF 0xE1 denied
    int VEC_SVC
    END_EXPECT
    ; CPL <= IOPL: no bitmap check
    EXPECT r3_io_iopl3_no_bitmap, VEC_SVC, .e4
    TO_RING3 .r4, IOPL(3) | 2
.r4:
    in al, 0xE1
    int VEC_SVC
.e4:
    END_EXPECT
    ; a bitmap byte beyond the TSS limit denies the port
    mov word [GDT_BASE + SEL_TSS0], TSS0_IOMAP + 0x10
    and byte [GDT_BASE + SEL_TSS0 + 5], ~2
    mov ax, SEL_TSS0
    ltr ax
    EXPECT r3_io_bitmap_beyond_limit, 13, .r5
    TO_RING3 .r5
.r5:
    in al, 0xE0
    int VEC_SVC
    END_EXPECT
    and byte [TSS0_BASE + TSS0_IOMAP + 0x10 / 8], ~1
    EXPECT r3_io_low_port_within_limit, VEC_SVC, .e6
    TO_RING3 .r6
.r6:
    in al, 0x10                ; allowed, bitmap byte inside the limit
    int VEC_SVC
.e6:
    END_EXPECT
    ret

; ---------------------------------------------------------------- VME, IOPL 0
v86_vme:
    call v86_clear
    mov eax, cr4
    or eax, CR4_VME
    mov cr4, eax
    and byte [REDIR + 0x40 / 8], ~1                ; INT 0x40: redirected
    and byte [REDIR + 3 / 8], ~(1 << 3)            ; INT3: bit clear too
    mov word [0x40 * 4], V86IP(v86v_int40)
    mov word [0x40 * 4 + 2], 0xF000
    mov word [3 * 4], V86IP(v86v_int40)
    mov word [3 * 4 + 2], 0xF000
    mov byte [IDT_BASE + 3 * 8 + 5], ACC_INT32 | DPL(3)
    EXPECT vme_program, 13, V86IP(v86v.int41)
    TO_V86 v86v, F_VIF | 2
    END_EXPECT
    CHECK vme_int41_not_redirected_err, [V_ERR], 0
    CHECKW vme_pushf_vif1, word [SCRATCH + 0x240], IOPL(3) | F_IF | 2
    CHECKW vme_cli_pushf, word [SCRATCH + 0x242], IOPL(3) | 2
    CHECKW vme_sti_pushf, word [SCRATCH + 0x244], IOPL(3) | F_IF | 2
    CHECKW vme_redirected_to_ivt, word [SCRATCH + 0x250], 0x4040
    CHECKW vme_redirect_pushed_flags, word [SCRATCH + 0x252], IOPL(3) | F_IF | 2
    CHECKW vme_redirect_pushed_cs, word [SCRATCH + 0x254], 0xF000
    CHECKW vme_redirect_pushed_ip, word [SCRATCH + 0x256], V86IP(v86v.after40)
    CHECKW vme_redirect_handler_vif0, word [SCRATCH + 0x258], IOPL(3) | 2
    CHECKW vme_after_iret_vif1, word [SCRATCH + 0x246], IOPL(3) | F_IF | 2
    CHECKW vme_popf_clears_vif, word [SCRATCH + 0x248], IOPL(3) | 2
    ; the real EFLAGS: IF 0, IOPL 0, VIF 0 (after the POPF)
    CHECKM vme_real_eflags, [V_EFL], F_VM | 2, F_VM | F_IF | IOPL(3) | F_VIF | F_VIP
    ; INT3 is never redirected
    EXPECT vme_int3_not_redirected, 3, V86IP(v86n_int3) + 1
    TO_V86 v86n_int3, F_VIF | 2
    END_EXPECT
    ; PUSHFD/POPFD stay sensitive under VME
    EXPECT vme_pushfd_gp, 13, V86IP(v86s_pushfd)
    TO_V86 v86s_pushfd, 2
    END_EXPECT
    EXPECT vme_popfd_gp, 13, V86IP(v86s_popfd)
    TO_V86 v86s_popfd, 2
    END_EXPECT
    ; POPF with TF=1 in the image: #GP(0)
    EXPECT vme_popf_tf_gp, 13, V86IP(v86v_popf_tf.p)
    TO_V86 v86v_popf_tf, 2
    END_EXPECT
    ret

bits 16
v86v:
    pushf
    pop ax
    mov [0x240], ax
    cli
    pushf
    pop ax
    mov [0x242], ax
    sti
    pushf
    pop ax
    mov [0x244], ax
    int 0x40
.after40:
    pushf
    pop ax
    mov [0x246], ax
    push word 2                  ; IF=0 in the image
    popf
    pushf
    pop ax
    mov [0x248], ax
.int41:
    int 0x41
    hlt
v86v_int40:
    push bp
    mov bp, sp
    mov word [0x250], 0x4040
    mov ax, [bp + 6]
    mov [0x252], ax
    mov ax, [bp + 4]
    mov [0x254], ax
    mov ax, [bp + 2]
    mov [0x256], ax
    pushf
    pop ax
    mov [0x258], ax
    pop bp
    iret
v86v_popf_tf:
    push word F_TF | 2
.p:
    popf
    hlt
bits 32

; ---------------------------------------------------------------- VME, IOPL 3
v86_vme_iopl3:
    call v86_clear
    mov eax, cr4
    or eax, CR4_VME
    mov cr4, eax
    and byte [REDIR + 0x40 / 8], ~1
    mov word [0x40 * 4], V86IP(v86v_int40)
    mov word [0x40 * 4 + 2], 0xF000
    SETIDT 0x31, SEL_CODE0, v86_h31, ACC_INT32 | DPL(3)
    ; redirected with IOPL 3: the real FLAGS pushed, IF cleared
    EXPECT vme_iopl3_redirect, VEC_SVC, V86IP(v86v3.end)
    TO_V86 v86v3, IOPL(3) | F_IF | 2
    END_EXPECT
    CHECKW vme_iopl3_redirected, word [SCRATCH + 0x250], 0x4040
    CHECKW vme_iopl3_pushed_flags, word [SCRATCH + 0x252], IOPL(3) | F_IF | 2
    CHECKW vme_iopl3_handler_if0, word [SCRATCH + 0x258], IOPL(3) | 2
    ; bit set, IOPL 3: through the IDT
    CHECKW vme_iopl3_int41_to_idt, word [SCRATCH + 0x218], 0x3131
    ret

bits 16
v86v3:
    int 0x40
    cli
    int 0x31
    mov word [0x218], 0x3131
    int VEC_SVC
.end:
bits 32

; ---------------------------------------------------------------- VIP
v86_vip:
    call v86_clear
    mov eax, cr4
    or eax, CR4_VME
    mov cr4, eax
    EXPECT vip_sti_gp, 13, V86IP(v86s_sti)
    TO_V86 v86s_sti, F_VIP | 2
    END_EXPECT
    CHECKM vip_sti_vif_unchanged, [V_EFL], F_VIP, F_VIP | F_VIF
    EXPECT vip_popf_if1_gp, 13, V86IP(v86vip_popf.p)
    TO_V86 v86vip_popf, F_VIP | 2
    END_EXPECT
    ; VIP with the image's IF=0 is fine, and CLI does not check VIP
    EXPECT vip_popf_if0_cli_ok, 6, V86IP(v86vip_ok.ud)
    TO_V86 v86vip_ok, F_VIP | 2
    END_EXPECT
    CHECKM vip_popf_cli_vif0, [V_EFL], F_VIP, F_VIP | F_VIF
    ; IRET under VME, IOPL 0: an image with IF=1 while VIP=1, or TF=1: #GP
    EXPECT vip_iret_if1_gp, 13, V86IP(v86vip_iret.i)
    TO_V86 v86vip_iret, F_VIP | 2
    END_EXPECT
    EXPECT vme_iret_tf1_gp, 13, V86IP(v86vme_iret_tf.i)
    TO_V86 v86vme_iret_tf, 2
    END_EXPECT
    ; and a good one: VIF from the image's IF, IOPL kept at 0
    EXPECT vme_iret_loads_vif, 6, V86IP(v86vme_iret_ok.ud)
    TO_V86 v86vme_iret_ok, 2
    END_EXPECT
    CHECKM vme_iret_loads_vif_eflags, [V_EFL], F_VIF | F_CF, F_VIF | F_IF | IOPL(3) | F_CF
    ret

bits 16
v86vip_popf:
    push word F_IF | 2
.p:
    popf
    hlt
v86vip_ok:
    push word 2
    popf
    cli
.ud:
    ud2
v86vip_iret:
    push word F_IF | 2
    push cs
    push word V86IP(.ud)
.i:
    iret
.ud:
    ud2
v86vme_iret_tf:
    push word F_TF | 2
    push cs
    push word V86IP(.ud)
.i:
    iret
.ud:
    ud2
v86vme_iret_ok:
    push word F_IF | IOPL(3) | F_CF | 2
    push cs
    push word V86IP(.ud)
    iret
.ud:
    ud2
bits 32

; ---------------------------------------------------------------- PVI at CPL 3
v86_pvi:
    call v86_clear
    mov eax, cr4
    or eax, CR4_PVI
    mov cr4, eax
    EXPECT pvi_sti_cli, VEC_SVC, .e1
    TO_RING3 .r1, 2
.r1:
    FLAT_DS
    sti
    pushfd
    pop dword [SCRATCH + 0x260]
    cli
    pushfd
    pop dword [SCRATCH + 0x264]
    sti
    int VEC_SVC
.e1:
    END_EXPECT
    CHECKM pvi_sti_sets_vif, [SCRATCH + 0x260], F_VIF, F_VIF | F_IF
    CHECKM pvi_cli_clears_vif, [SCRATCH + 0x264], 0, F_VIF | F_IF
    CHECKM pvi_frame_vif, [V_EFL], F_VIF, F_VIF | F_IF
    ; POPF at CPL 3 leaves IF and VIF alone
    EXPECT pvi_popf, VEC_SVC, .e2
    TO_RING3 .r2, F_VIF | 2
.r2:
    push dword F_IF | 2
    popfd
    int VEC_SVC
.e2:
    END_EXPECT
    CHECKM pvi_popf_keeps_vif, [V_EFL], F_VIF, F_VIF | F_IF
    ; STI with VIP set: #GP(0)
    EXPECT pvi_sti_vip, 13, .r3
    TO_RING3 .r3, F_VIP | 2
.r3:
    sti
    int VEC_SVC
    END_EXPECT
    CHECK pvi_sti_vip_err, [V_ERR], 0
    ; PVI does not apply at CPL 1 (not 3): CLI with IOPL 0 faults
    EXPECT pvi_cpl1_cli, 13, .r4
    TO_RING 1, .r4, 2
.r4:
    cli
    int VEC_SVC
    END_EXPECT
    ret

PM_ROM_END
