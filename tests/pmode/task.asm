; task.asm - hardware task switches: JMP and CALL to a TSS, through a task
; gate in the GDT and in the IDT (INT n), IRET with NT back to the caller
; (the round trip: back link, busy bits in the GDT, NT, registers saved in
; the old TSS and loaded from the new one, LDTR and CR3 from the TSS,
; CR0.TS), an exception with an error code through a task gate, the
; double-fault task (#SS + #SS and #PF + #PF, "kernel stack overflow"), a
; 16-bit TSS, and the checks on the way (busy TSS, DPL, not present, TSS
; limit, IRET to a TSS that is not busy).
;
; Expected values: Intel SDM vol. 3 ch. 7 (7.2 TSS formats, figures 7-2 and
; 7-11, 7.3 task switching: the steps, what JMP/CALL/INT/IRET do with the
; busy flag, NT and the previous task link (table 7-2), CR0.TS set on every
; switch, 7.4 task linking, exceptions before the commit point are raised
; in the old task), 6.12.2 (interrupt tasks: the error code is pushed on
; the new task's stack), vol. 2 JMP/CALL/IRET pseudocode.
%include "pm.inc"

S_TSSB   equ 0x80     ; 32-bit TSS of task B at TSSB
S_TGATE  equ 0x88     ; task gate (GDT) -> S_TSSB
S_TSSGP  equ 0x90     ; #GP task
S_TSSDF  equ 0x98     ; #DF task
S_TSS16  equ 0xA0     ; 16-bit TSS
S_TSSNP  equ 0xA8     ; TSS, not present
S_TSSSM  equ 0xB0     ; TSS with limit 0x50
S_SSLIM  equ 0xB8     ; data, base 0x30000, limit 0xFFF (a small stack)
S_TG3    equ 0xC0     ; task gate DPL 3 -> S_TSSB
L_DATA   equ 0x0C     ; LDT entry 1
TSSB     equ 0x8000
TSSGP    equ 0x8200
TSSDF    equ 0x8400
TSS16    equ 0x8600
TSSSM    equ 0x8800
PD2      equ 0x23000
PT1      equ 0x22000
PT2      equ 0x24000
PHYS_A   equ 0x40000
PHYS_B   equ 0x41000
R_SCR    equ SCRATCH

; TSS fields
T_LINK equ 0x00
T_CR3  equ 0x1C
T_EIP  equ 0x20
T_EFL  equ 0x24
T_EAX  equ 0x28
T_ECX  equ 0x2C
T_EDX  equ 0x30
T_EBX  equ 0x34
T_ESP  equ 0x38
T_EBP  equ 0x3C
T_ESI  equ 0x40
T_EDI  equ 0x44
T_ES   equ 0x48
T_CS   equ 0x4C
T_SS   equ 0x50
T_DS   equ 0x54
T_FS   equ 0x58
T_GS   equ 0x5C
T_LDT  equ 0x60

; the access byte of a GDT descriptor
%define ACCB(sel) byte [GDT_BASE + (sel) + 5]

bits 32
pm_main:
    RUN task_jmp
    RUN task_call_iret
    RUN task_gates
    RUN task_exception_gate
    RUN task_double_fault
    RUN task_double_fault_paging
    RUN task_cr3_ldt
    RUN task_tss16
    RUN task_errors
    RUN3 task_errors_r3
    RUN task_errors_after_commit
    RUN3 task_to_v86
    ret

; tss_init: EDI = TSS base, EAX = EIP, EBX = ESP.  A 32-bit TSS for CPL-0
; flat code: CS=CODE0, SS=DS=ES=FS=GS=DATA0, EFLAGS=2, CR3=PD_BASE, LDT 0,
; no I/O bitmap, the other fields 0.
tss_init:
    push ecx
    push edi
    push eax
    mov ecx, 0x68 / 4
    xor eax, eax
    rep stosd
    pop eax
    pop edi
    mov [edi + T_EIP], eax
    mov [edi + T_ESP], ebx
    mov dword [edi + 4], R0_TOP
    mov dword [edi + 8], SEL_DATA0
    mov dword [edi + T_CR3], PD_BASE
    mov dword [edi + T_EFL], 2
    mov dword [edi + T_CS], SEL_CODE0
    mov dword [edi + T_SS], SEL_DATA0
    mov dword [edi + T_DS], SEL_DATA0
    mov dword [edi + T_ES], SEL_DATA0
    mov dword [edi + T_FS], SEL_DATA0
    mov dword [edi + T_GS], SEL_DATA0
    mov word [edi + 0x66], 0x68
    pop ecx
    ret

; task B's initial state: distinct register values and flags
%macro SETUP_B 1
    mov edi, TSSB
    mov eax, %1
    mov ebx, 0x60000
    call tss_init
    mov dword [TSSB + T_EFL], F_CF | F_SF | F_PF | 2
    mov dword [TSSB + T_EAX], 0xB0000001
    mov dword [TSSB + T_ECX], 0xB0000002
    mov dword [TSSB + T_EDX], 0xB0000003
    mov dword [TSSB + T_EBX], 0xB0000004
    mov dword [TSSB + T_EBP], 0xB0000005
    mov dword [TSSB + T_ESI], 0xB0000006
    mov dword [TSSB + T_EDI], 0xB0000007
    mov dword [TSSB + T_FS], SEL_DATA3 | 3
    mov dword [TSSB + T_GS], 0
    mov word [TSSB + T_LINK], 0xDEAD
    SETDESC S_TSSB, TSSB, 0x67, ACC_TSS32, 0
    TASKGATE S_TGATE, S_TSSB, ACC_TASK
%endmacro
; distinct values in task A's registers (ESP and EBP excepted)
%macro A_REGS 0
    mov eax, 0xA0000001
    mov ecx, 0xA0000002
    mov edx, 0xA0000003
    mov ebx, 0xA0000004
    mov esi, 0xA0000006
    mov edi, 0xA0000007
%endmacro
%macro A_REGS_CHECK 1
    CHECK %{1}_eax, eax, 0xA0000001
    CHECK %{1}_ecx, ecx, 0xA0000002
    CHECK %{1}_edx, edx, 0xA0000003
    CHECK %{1}_ebx, ebx, 0xA0000004
    CHECK %{1}_esi, esi, 0xA0000006
    CHECK %{1}_edi, edi, 0xA0000007
%endmacro

; ---------------------------------------------------------------- JMP
task_jmp:
    SETUP_B tb_jmp
    mov [V_USER], esp
    push dword F_ZF | 2
    popfd
    A_REGS
    jmp S_TSSB:0x12345678          ; the offset is ignored
.back:
    pushfd
    pop ebp
    A_REGS_CHECK jmp_back_regs
    CHECKM jmp_back_eflags, ebp, F_ZF | 2, 0x3FFFFF & ~F_RF
    mov eax, esp
    CHECK jmp_back_esp, eax, [V_USER]
    ; after the JMP back: A busy again, B available, no link written
    CHECKW jmp_back_tss0_busy, ACCB(SEL_TSS0), ACC_TSS32 | 2
    CHECKW jmp_back_tssb_available, ACCB(S_TSSB), ACC_TSS32
    CHECKW jmp_no_link_in_b, word [TSSB + T_LINK], 0xDEAD
    str ax
    CHECKW jmp_back_tr, ax, SEL_TSS0
    mov eax, cr0
    CHECKM jmp_back_cr0_ts, eax, CR0_TS, CR0_TS
    clts
    ; B's state at its JMP is in its TSS
    CHECK jmp_b_saved_eip, [TSSB + T_EIP], tb_jmp.after
    CHECK jmp_b_saved_eax, [TSSB + T_EAX], 0xB000AAAA
    CHECK jmp_b_saved_esp, [TSSB + T_ESP], 0x60000
    CHECKM jmp_b_saved_eflags_nt0, [TSSB + T_EFL], 0, F_NT
    ret

; task B, entered by JMP: checks its state and A's saved state, JMPs back
tb_jmp:
    pushfd
    pop dword [R_SCR]
    CHECK jmp_b_eax, eax, 0xB0000001
    CHECK jmp_b_ecx, ecx, 0xB0000002
    CHECK jmp_b_edx, edx, 0xB0000003
    CHECK jmp_b_ebx, ebx, 0xB0000004
    CHECK jmp_b_ebp, ebp, 0xB0000005
    CHECK jmp_b_esi, esi, 0xB0000006
    CHECK jmp_b_edi, edi, 0xB0000007
    mov eax, esp
    CHECK jmp_b_esp, eax, 0x60000
    CHECKM jmp_b_eflags, [R_SCR], F_CF | F_SF | F_PF | 2, 0x3FFFFF & ~F_RF
    CHECKM jmp_b_nt_clear, [R_SCR], 0, F_NT
    mov ax, fs
    CHECKW jmp_b_fs, ax, SEL_DATA3 | 3
    mov ax, gs
    CHECKW jmp_b_gs_null, ax, 0
    mov ax, cs
    CHECKW jmp_b_cs, ax, SEL_CODE0
    str ax
    CHECKW jmp_b_tr, ax, S_TSSB
    CHECKW jmp_b_busy, ACCB(S_TSSB), ACC_TSS32 | 2
    CHECKW jmp_a_not_busy, ACCB(SEL_TSS0), ACC_TSS32
    mov eax, cr0
    CHECKM jmp_b_cr0_ts_set, eax, CR0_TS, CR0_TS
    ; A's state saved in TSS0
    CHECK jmp_a_saved_eip, [TSS0_BASE + T_EIP], task_jmp.back
    CHECK jmp_a_saved_eax, [TSS0_BASE + T_EAX], 0xA0000001
    CHECK jmp_a_saved_ecx, [TSS0_BASE + T_ECX], 0xA0000002
    CHECK jmp_a_saved_edx, [TSS0_BASE + T_EDX], 0xA0000003
    CHECK jmp_a_saved_ebx, [TSS0_BASE + T_EBX], 0xA0000004
    CHECK jmp_a_saved_esi, [TSS0_BASE + T_ESI], 0xA0000006
    CHECK jmp_a_saved_edi, [TSS0_BASE + T_EDI], 0xA0000007
    CHECK jmp_a_saved_esp, [TSS0_BASE + T_ESP], [V_USER]
    CHECKM jmp_a_saved_eflags, [TSS0_BASE + T_EFL], F_ZF | 2, 0x3FFFFF & ~F_RF
    CHECKM jmp_a_saved_cs, [TSS0_BASE + T_CS], SEL_CODE0, 0xFFFF
    CHECKM jmp_a_saved_ss, [TSS0_BASE + T_SS], SEL_DATA0, 0xFFFF
    CHECKM jmp_a_saved_ds, [TSS0_BASE + T_DS], SEL_DATA0, 0xFFFF
    mov eax, 0xB000AAAA
    jmp SEL_TSS0:0
.after:
    hlt

; ---------------------------------------------------------------- CALL / IRET
task_call_iret:
    SETUP_B tb_call
    mov [V_USER], esp
    push dword F_OF | 2
    popfd
    A_REGS
    call S_TSSB:0
.back:
    pushfd
    pop ebp
    A_REGS_CHECK call_back_regs
    CHECKM call_back_eflags_nt0, ebp, F_OF | 2, 0x3FFFFF & ~F_RF
    mov eax, esp
    CHECK call_back_esp, eax, [V_USER]
    CHECKW call_back_tss0_busy, ACCB(SEL_TSS0), ACC_TSS32 | 2
    CHECKW call_back_tssb_available, ACCB(S_TSSB), ACC_TSS32
    CHECKW call_link_in_b, word [TSSB + T_LINK], SEL_TSS0
    mov eax, cr0
    CHECKM call_back_cr0_ts, eax, CR0_TS, CR0_TS
    clts
    ; B's state at its IRET: EIP after the IRET, NT cleared in the image
    CHECK iret_b_saved_eip, [TSSB + T_EIP], tb_call.second
    CHECK iret_b_saved_eax, [TSSB + T_EAX], 0xB000CCCC
    CHECKM iret_b_saved_eflags_nt0, [TSSB + T_EFL], 0, F_NT
    ; a second CALL resumes B after its IRET, with its saved registers
    A_REGS
    call S_TSSB:0
    A_REGS_CHECK call2_back_regs
    CHECK call2_b_resumed, [R_SCR + 4], 0xB000CCCC
    CHECKM call2_b_nt_set, [R_SCR + 8], F_NT, F_NT
    ret

tb_call:
    pushfd
    pop dword [R_SCR]
    CHECK call_b_eax, eax, 0xB0000001
    CHECK call_b_edi, edi, 0xB0000007
    CHECKM call_b_nt_set, [R_SCR], F_NT, F_NT
    CHECKM call_b_eflags, [R_SCR], F_CF | F_SF | F_PF | 2, F_CF | F_SF | F_PF | F_ZF | F_OF | 2
    CHECKW call_b_link, word [TSSB + T_LINK], SEL_TSS0
    CHECKW call_b_busy, ACCB(S_TSSB), ACC_TSS32 | 2
    CHECKW call_a_still_busy, ACCB(SEL_TSS0), ACC_TSS32 | 2
    CHECK call_a_saved_eip, [TSS0_BASE + T_EIP], task_call_iret.back
    CHECK call_a_saved_eax, [TSS0_BASE + T_EAX], 0xA0000001
    CHECKM call_a_saved_eflags, [TSS0_BASE + T_EFL], F_OF | 2, 0x3FFFFF & ~F_RF
    str ax
    CHECKW call_b_tr, ax, S_TSSB
    mov eax, 0xB000CCCC
    iretd
.second:
    mov [R_SCR + 4], eax
    pushfd
    pop dword [R_SCR + 8]
    iretd

; ---------------------------------------------------------------- task gates
task_gates:
    SETUP_B tb_gate
    ; GDT task gate: CALL through it (the gate's offset part ignored)
    mov dword [R_SCR], 0
    call S_TGATE:0
    CHECK gdt_task_gate_ran, [R_SCR], 1
    CHECKW gdt_task_gate_link, word [TSSB + T_LINK], SEL_TSS0
    CHECKW gdt_task_gate_b_free, ACCB(S_TSSB), ACC_TSS32
    ; JMP through it
    SETUP_B tb_gate_jmp
    jmp S_TGATE:0
.jback:
    CHECK gdt_task_gate_jmp_ran, [R_SCR], 2
    CHECKW gdt_task_gate_jmp_link_untouched, word [TSSB + T_LINK], 0xDEAD
    ; IDT task gate: INT n switches tasks, IRET comes back
    SETUP_B tb_gate
    mov dword [IDT_BASE + 0x50 * 8], S_TSSB << 16
    mov dword [IDT_BASE + 0x50 * 8 + 4], ACC_TASK << 8
    mov dword [R_SCR], 0
    mov [V_USER], esp
    int 0x50
.iback:
    CHECK idt_task_gate_ran, [R_SCR], 1
    CHECK idt_task_gate_a_eip, [TSS0_BASE + T_EIP], .iback
    CHECKW idt_task_gate_link, word [TSSB + T_LINK], SEL_TSS0
    CHECKM idt_task_gate_b_nt, [R_SCR + 4], F_NT, F_NT
    CHECK idt_task_gate_b_stack_empty, [R_SCR + 8], 0x60000
    mov eax, esp
    CHECK idt_task_gate_a_esp, eax, [V_USER]
    clts
    ret

tb_gate:
    mov dword [R_SCR], 1
    pushfd
    pop dword [R_SCR + 4]
    mov [R_SCR + 8], esp
    iretd
tb_gate_jmp:
    mov dword [R_SCR], 2
    jmp SEL_TSS0:0

; ---------------------------------------------------------------- exception via a task gate
task_exception_gate:
    mov edi, TSSGP
    mov eax, tgp
    mov ebx, 0x5C000
    call tss_init
    SETDESC S_TSSGP, TSSGP, 0x67, ACC_TSS32, 0
    mov dword [IDT_BASE + 13 * 8], S_TSSGP << 16
    mov dword [IDT_BASE + 13 * 8 + 4], ACC_TASK << 8
    mov [V_USER], esp
    mov ax, 0x800
.fault:
    mov ds, ax
    hlt                          ; skipped: the #GP task resumes A at .resume
.resume:
    CHECK gp_task_err_on_its_stack, [R_SCR], 0x800
    CHECK gp_task_esp, [R_SCR + 4], 0x5C000 - 4
    CHECK gp_task_a_saved_eip_fault, [R_SCR + 8], .fault
    CHECKW gp_task_link, word [R_SCR + 12], SEL_TSS0
    CHECKM gp_task_nt, [R_SCR + 16], F_NT, F_NT
    CHECKW gp_task_tr, word [R_SCR + 20], S_TSSGP
    CHECKW gp_task_free_again, ACCB(S_TSSGP), ACC_TSS32
    mov eax, esp
    CHECK gp_task_a_esp, eax, [V_USER]
    clts
    ret

; the #GP task: records, points A past the fault and returns
tgp:
    mov eax, [esp]
    mov [R_SCR], eax
    mov [R_SCR + 4], esp
    mov eax, [TSS0_BASE + T_EIP]
    mov [R_SCR + 8], eax
    mov eax, [TSSGP + T_LINK]
    mov [R_SCR + 12], eax
    pushfd
    pop dword [R_SCR + 16]
    str [R_SCR + 20]
    mov dword [TSS0_BASE + T_EIP], task_exception_gate.resume
    mov dword [TSS0_BASE + T_DS], SEL_DATA0
    add esp, 4
    iretd

; ---------------------------------------------------------------- the double-fault task
; tdf: the #DF handler task.  Records what it sees, points A to the
; address in V_USER+4 with SS:ESP = DATA0:[V_USER], returns by IRET.
tdf:
    mov eax, [esp]
    mov [R_SCR], eax
    mov [R_SCR + 4], esp
    mov eax, [TSSDF + T_LINK]
    mov [R_SCR + 8], eax
    pushfd
    pop dword [R_SCR + 12]
    mov eax, [TSS0_BASE + T_SS]
    mov [R_SCR + 16], eax
    mov eax, cr2
    mov [R_SCR + 20], eax
    str [R_SCR + 24]
    mov eax, [V_USER + 4]
    mov [TSS0_BASE + T_EIP], eax
    mov eax, [V_USER]
    mov [TSS0_BASE + T_ESP], eax
    mov dword [TSS0_BASE + T_SS], SEL_DATA0
    add esp, 4
    iretd
    jmp tdf                      ; a second #DF starts here again

%macro DF_TASK_SETUP 0
    mov edi, TSSDF
    mov eax, tdf
    mov ebx, 0x58000
    call tss_init
    SETDESC S_TSSDF, TSSDF, 0x67, ACC_TSS32, 0
    mov dword [IDT_BASE + 8 * 8], S_TSSDF << 16
    mov dword [IDT_BASE + 8 * 8 + 4], ACC_TASK << 8
    mov edi, R_SCR
    mov ecx, 16
    mov eax, 0xEEEEEEEE
    rep stosd
%endmacro
%macro DF_CHECKS 1
    CHECK %{1}_df_error_code, [R_SCR], 0
    CHECK %{1}_df_task_stack, [R_SCR + 4], 0x58000 - 4
    CHECKW %{1}_df_link, word [R_SCR + 8], SEL_TSS0
    CHECKM %{1}_df_nt, [R_SCR + 12], F_NT, F_NT
    CHECKW %{1}_df_tr, word [R_SCR + 24], S_TSSDF
    CHECKW %{1}_df_task_free_again, ACCB(S_TSSDF), ACC_TSS32
    str ax
    CHECKW %{1}_back_in_a, ax, SEL_TSS0
    pushfd
    pop eax
    CHECKM %{1}_a_nt_clear, eax, 0, F_NT
%endmacro

; #SS on a full CPL-0 stack, #SS again pushing its frame: #DF, which a task
; gate handles on a stack of its own
task_double_fault:
    DF_TASK_SETUP
    SETDESC S_SSLIM, 0x30000, 0xFFF, ACC_DATA | 1, FL_32
    mov [V_USER], esp
    mov dword [V_USER + 4], .recovered
    mov ax, S_SSLIM
    mov ss, ax
    mov esp, 2
    push eax
    hlt
.recovered:
    PASS stack_fault_double_fault_task
    DF_CHECKS ss
    CHECKW ss_df_a_saved_ss, word [R_SCR + 16], S_SSLIM
    clts
    ret

; the same with paging: the CPL-0 stack runs into a not-present page
task_double_fault_paging:
    DF_TASK_SETUP
    call pm_paging_on
    mov dword [PT0_BASE + 0x66 * 4], 0
    invlpg [0x66000]
    mov [V_USER], esp
    mov dword [V_USER + 4], .recovered
    mov esp, 0x66100
    push eax
    hlt
.recovered:
    PASS kernel_stack_overflow_double_fault_task
    DF_CHECKS pf
    CHECKM pf_df_cr2_page, [R_SCR + 20], 0x66000, 0xFFFFF000
    clts
    ret

; ---------------------------------------------------------------- CR3 and LDTR from the TSS
task_cr3_ldt:
    call pm_paging_on
    ; PD: 0x400000 -> PHYS_A; PD2 (B's): 0x400000 -> PHYS_B
    mov dword [PHYS_A], 0xAAAAAAAA
    mov dword [PHYS_B], 0xBBBBBBBB
    mov esi, PD_BASE
    mov edi, PD2
    mov ecx, 1024
    rep movsd
    mov edi, PT1
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov edi, PT2
    mov ecx, 1024
    rep stosd
    mov dword [PT1], PHYS_A | PG_P | PG_W
    mov dword [PT2], PHYS_B | PG_P | PG_W
    mov dword [PD_BASE + 4], PT1 | PG_P | PG_W
    mov dword [PD2 + 4], PT2 | PG_P | PG_W
    mov eax, cr3
    mov cr3, eax
    ; B: CR3 = PD2, LDTR = SEL_LDT, DS = an LDT selector
    SETUP_B tb_cr3
    mov dword [TSSB + T_CR3], PD2
    mov dword [TSSB + T_LDT], SEL_LDT
    mov dword [TSSB + T_DS], L_DATA
    SETDESC L_DATA, 0x12000, 0xFFF, ACC_DATA | 1, FL_32
    mov dword [0x12000], 0x1D1D1D1D
    call S_TSSB:0
    CHECK cr3_b_sees_its_mapping, [R_SCR], 0xBBBBBBBB
    CHECK cr3_b_value, [R_SCR + 4], PD2
    CHECKW ldt_b_ldtr, word [R_SCR + 8], SEL_LDT
    CHECK ldt_b_ds_through_ldt, [R_SCR + 12], 0x1D1D1D1D
    mov eax, cr3
    CHECK cr3_a_back, eax, PD_BASE
    CHECK cr3_a_sees_its_mapping, dword [0x400000], 0xAAAAAAAA
    sldt ax
    CHECKW ldt_a_back_null, ax, 0
    clts
    ret

tb_cr3:
    mov eax, [0]                     ; DS = LDT data at 0x12000
    mov [ss:R_SCR + 12], eax
    mov eax, [ss:0x400000]
    mov [ss:R_SCR], eax
    mov eax, cr3
    mov [ss:R_SCR + 4], eax
    sldt [ss:R_SCR + 8]
    iretd

; ---------------------------------------------------------------- 16-bit TSS
task_tss16:
    mov edi, TSS16
    mov ecx, 0x2C / 4
    xor eax, eax
    rep stosd
    mov word [TSS16 + 0x0E], t16 - ROM_BASE    ; IP
    mov word [TSS16 + 0x10], F_CF | 2          ; FLAGS
    mov word [TSS16 + 0x12], 0x1601            ; AX
    mov word [TSS16 + 0x14], 0x1602            ; CX
    mov word [TSS16 + 0x1A], 0x7000            ; SP
    mov word [TSS16 + 0x1E], 0x1606            ; SI
    mov word [TSS16 + 0x22], SEL_DATA0         ; ES
    mov word [TSS16 + 0x24], SEL_CODE16        ; CS
    mov word [TSS16 + 0x26], SEL_DATA16        ; SS (16-bit stack)
    mov word [TSS16 + 0x28], SEL_DATA0         ; DS
    mov word [TSS16 + 0x2A], 0                 ; LDT
    SETDESC S_TSS16, TSS16, 0x2B, ACC_TSS16, 0
    mov dword [R_SCR], 0
    A_REGS
    call S_TSS16:0
    A_REGS_CHECK tss16_back_regs
    CHECKW tss16_ax, word [R_SCR], 0x1601
    CHECKW tss16_cx, word [R_SCR + 2], 0x1602
    CHECKW tss16_si, word [R_SCR + 4], 0x1606
    CHECKW tss16_sp, word [R_SCR + 6], 0x7000
    CHECKW tss16_flags, word [R_SCR + 8], F_CF | F_NT | 2
    CHECKW tss16_cs, word [R_SCR + 10], SEL_CODE16
    CHECKW tss16_tr, word [R_SCR + 12], S_TSS16
    CHECKW tss16_busy_in_task, byte [R_SCR + 14], ACC_TSS16 | 2
    CHECKW tss16_link, word [TSS16], SEL_TSS0
    CHECKW tss16_saved_ip, word [TSS16 + 0x0E], t16.after - ROM_BASE
    CHECKW tss16_saved_ax, word [TSS16 + 0x12], 0x16AA
    CHECKW tss16_saved_flags_nt0, word [TSS16 + 0x10], F_CF | 2
    CHECKW tss16_free_again, ACCB(S_TSS16), ACC_TSS16
    clts
    ret

bits 16
t16:
    mov [dword R_SCR], ax
    mov [dword R_SCR + 2], cx
    mov [dword R_SCR + 4], si
    mov [dword R_SCR + 6], sp
    pushf
    pop word [dword R_SCR + 8]
    mov [dword R_SCR + 10], cs
    str [dword R_SCR + 12]
    mov al, [dword GDT_BASE + S_TSS16 + 5]
    mov [dword R_SCR + 14], al
    mov ax, 0x16AA
    iret
.after:
    hlt
bits 32

; ---------------------------------------------------------------- errors
task_errors:
    SETUP_B tb_gate
    ; JMP/CALL to the running (busy) task
    EXPECT call_busy_tss, 13, .c1
.c1:
    call SEL_TSS0:0
    END_EXPECT
    CHECK call_busy_tss_err, [V_ERR], SEL_TSS0
    ; not present
    SETDESC S_TSSNP, TSSB, 0x67, ACC_TSS32 & ~ACC_P, 0
    EXPECT call_tss_not_present, 11, .c2
.c2:
    call S_TSSNP:0
    END_EXPECT
    CHECK call_tss_not_present_err, [V_ERR], S_TSSNP
    ; limit below 0x67: #TS(selector), raised in the old task
    mov edi, TSSSM
    mov eax, tb_gate
    mov ebx, 0x60000
    call tss_init
    SETDESC S_TSSSM, TSSSM, 0x50, ACC_TSS32, 0
    EXPECT call_tss_limit_too_small, 10, .c3
.c3:
    call S_TSSSM:0
    END_EXPECT
    CHECK call_tss_limit_too_small_err, [V_ERR], S_TSSSM
    str ax
    CHECKW call_tss_limit_still_old_task, ax, SEL_TSS0
    CHECKW call_tss_limit_not_busy, ACCB(S_TSSSM), ACC_TSS32
    ; a task gate pointing to something that is not a TSS
    TASKGATE S_TGATE, SEL_DATA0, ACC_TASK
    EXPECT task_gate_to_data, 13, .c4
.c4:
    call S_TGATE:0
    END_EXPECT
    CHECK task_gate_to_data_err, [V_ERR], SEL_DATA0
    ; IRET with NT=1 to a TSS that is not busy: #TS(link)
    mov word [TSS0_BASE + T_LINK], S_TSSB
    EXPECT iret_nt_link_not_busy, 10, .c5
    push dword F_NT | 2
    popfd
.c5:
    iretd
    END_EXPECT
    CHECK iret_nt_link_not_busy_err, [V_ERR], S_TSSB
    ; IRET with NT=1 and a link into the LDT: #TS(link)
    mov word [TSS0_BASE + T_LINK], S_TSSB | 4
    EXPECT iret_nt_link_ldt, 10, .c6
    push dword F_NT | 2
    popfd
.c6:
    iretd
    END_EXPECT
    CHECK iret_nt_link_ldt_err, [V_ERR], S_TSSB | 4
    ret

; faults found while loading the new task's state come after the commit
; point: they are raised in the new task (TR, busy bit and link already
; switched), as the SDM's table 7-1 and 7.3 step 13 say
task_errors_after_commit:
    SETUP_B tb_gate
    mov dword [TSSB + T_CS], SEL_CODE3        ; RPL 0, DPL 3: #TS(CS)
    EXPECT new_task_bad_cs, 10, NONE
    call S_TSSB:0
.ret1:
    END_EXPECT
    CHECK new_task_bad_cs_err, [V_ERR], SEL_CODE3
    CHECKW new_task_bad_cs_tr, word [V_HTR], S_TSSB
    CHECKW new_task_bad_cs_b_busy, ACCB(S_TSSB), ACC_TSS32 | 2
    CHECKW new_task_bad_cs_link, word [TSSB + T_LINK], SEL_TSS0
    CHECK new_task_bad_cs_a_saved_eip, [TSS0_BASE + T_EIP], .ret1
    call env_back_to_tss0
    SETUP_B tb_gate
    mov dword [TSSB + T_LDT], SEL_DATA0        ; not an LDT: #TS(LDT)
    EXPECT new_task_bad_ldt, 10, NONE
    call S_TSSB:0
    END_EXPECT
    CHECK new_task_bad_ldt_err, [V_ERR], SEL_DATA0
    CHECKW new_task_bad_ldt_tr, word [V_HTR], S_TSSB
    call env_back_to_tss0
    SETUP_B tb_gate
    mov dword [TSSB + T_DS], SEL_TSS0          ; DS: a system descriptor
    EXPECT new_task_bad_ds, 10, NONE
    call S_TSSB:0
    END_EXPECT
    CHECK new_task_bad_ds_err, [V_ERR], SEL_TSS0
    CHECKW new_task_bad_ds_tr, word [V_HTR], S_TSSB
    call env_back_to_tss0
    SETUP_B tb_gate
    SETDESC 0xD0, 0, 0xFFFFF, (ACC_DATA | 1) & ~ACC_P, FL_G32
    mov dword [TSSB + T_SS], 0xD0              ; SS not present: #SS(SS)
    EXPECT new_task_ss_not_present, 12, NONE
    call S_TSSB:0
    END_EXPECT
    CHECK new_task_ss_not_present_err, [V_ERR], 0xD0
    call env_back_to_tss0
    ret

; back in task A after a fault in another task: TR = SEL_TSS0 again
env_back_to_tss0:
    and byte [GDT_BASE + SEL_TSS0 + 5], ~2
    and byte [GDT_BASE + S_TSSB + 5], ~2
    push eax
    mov ax, SEL_TSS0
    ltr ax
    xor eax, eax
    lldt ax
    pushfd
    and dword [esp], ~F_NT
    popfd
    clts
    pop eax
    ret

; a task whose EFLAGS has VM=1 runs in V86 mode: segment registers loaded
; as selector * 16, CPL 3
task_to_v86:
    mov edi, TSSB
    mov eax, tv86 - ROM_BASE
    mov ebx, 0xFFF0
    call tss_init
    mov dword [TSSB + T_EFL], F_VM | IOPL(3) | 2
    mov dword [TSSB + T_CS], 0xF000
    mov dword [TSSB + T_SS], 0x5000
    mov dword [TSSB + T_DS], 0x1000
    mov dword [TSSB + T_ES], 0x2000
    mov dword [TSSB + T_FS], 0x3000
    mov dword [TSSB + T_GS], 0x4000
    SETDESC S_TSSB, TSSB, 0x67, ACC_TSS32, 0
    mov byte [0x20100], 0xE5
    EXPECT task_v86_runs, VEC_SVC, tv86.end - ROM_BASE
    call S_TSSB:0
    END_EXPECT
    CHECKW task_v86_ds, word [SCRATCH + 0x200], 0x1000
    CHECKW task_v86_es_base, byte [SCRATCH + 0x202], 0xE5
    CHECKW task_v86_frame_cs, word [V_CS], 0xF000
    CHECKM task_v86_frame_vm, [V_EFL], F_VM | F_NT, F_VM | F_NT
    CHECKW task_v86_tr, word [V_HTR], S_TSSB
    CHECKM task_v86_frame_gs, [V_FRAME + 32], 0x4000, 0xFFFF
    ret

bits 16
tv86:
    mov ax, ds
    mov [0x200], ax
    mov al, [es:0x100]
    mov [0x202], al
    int VEC_SVC
.end:
bits 32

task_errors_r3:
    SETUP_B tb_gate
    ; TSS DPL 0 from CPL 3: #GP(selector)
    EXPECT r3_call_tss_dpl0, 13, .r1
    TO_RING3 .r1
.r1:
    call S_TSSB:0
    int VEC_SVC
    END_EXPECT
    CHECK r3_call_tss_dpl0_err, [V_ERR], S_TSSB
    ; a DPL-3 task gate to a DPL-0 TSS: allowed (the gate's DPL counts)
    TASKGATE S_TG3, S_TSSB, ACC_TASK | DPL(3)
    mov dword [R_SCR], 0
    EXPECT r3_call_task_gate_dpl3, VEC_SVC, .e2
    TO_RING3 .r2
.r2:
    call S_TG3:0
    int VEC_SVC
.e2:
    END_EXPECT
    CHECK r3_call_task_gate_dpl3_ran, [R_SCR], 1
    ; a DPL-0 task gate from CPL 3: #GP(gate)
    EXPECT r3_call_task_gate_dpl0, 13, .r3
    TO_RING3 .r3
.r3:
    call S_TGATE:0
    int VEC_SVC
    END_EXPECT
    CHECK r3_call_task_gate_dpl0_err, [V_ERR], S_TGATE
    ret

PM_ROM_END
