; paging.asm - 32-bit paging: 4 KiB and 4 MiB (PSE) pages, aliasing, #PF
; error codes (P, W/R, U/S) and CR2, U/S and R/W in the PDE and the PTE,
; CR0.WP, instruction fetch from a supervisor page, accessed and dirty
; bits, CR4.PSE=0 ignoring PS, page-crossing accesses, INVLPG, CR3 loads,
; global pages (CR4.PGE), #PF + #NP = #DF.
;
; Expected values: Intel SDM vol. 3 ch. 4 (4.3 32-bit paging, tables 4-5/
; 4-6 PDE/PTE formats, 4.6 access rights: user accesses need U/S=1 in both
; levels, writes need R/W=1 in both levels, supervisor writes to read-only
; pages fault only with CR0.WP=1, 4.7 page-fault error code, 4.8 accessed
; and dirty flags, 4.10.2.3 no TLB entries for not-present translations,
; 4.10.4.1 INVLPG, MOV to CR3 (global entries kept when CR4.PGE=1), MOV to
; CR4 changing PGE, page faults invalidating the faulting address), ch. 6
; (#PF saved EIP = faulting instruction, table 6-5 #PF + contributory).
;
; Checks named *_tlb_model look at a stale translation before INVLPG or a
; CR3 load, or at a global translation after a CR3 load.  The architecture
; allows a processor to drop a TLB entry at any time, so these show that
; twin86's TLB keeps entries as real processors normally do; they are not
; architectural guarantees (QEMU, for one, drops everything on a CR3 load).
%include "pm.inc"

PHYS_A   equ 0x40000
PHYS_B   equ 0x41000
PHYS_C   equ 0x42000
PHYS_D   equ 0x43000
LP1      equ 0x300000
LP2      equ 0x301000
LP3      equ 0x302000
LP4      equ 0x303000
LPX      equ 0x304000       ; alias of a ROM code page
LP6      equ 0x306000
LP7      equ 0x307000
PT1_BASE equ 0x22000        ; page table for linear 0x400000-0x7FFFFF
S_CNP    equ 0x80

%macro PTE 2
    mov dword [PT0_BASE + ((%1) >> 12) * 4], %2
    invlpg [%1]
%endmacro
%macro PTE_NOFLUSH 2
    mov dword [PT0_BASE + ((%1) >> 12) * 4], %2
%endmacro
; PFCHECK name, error code, cr2: after an EXPECT of vector 14
%macro PFCHECK 3
    CHECK %{1}_err, [V_ERR], %2
    CHECK %{1}_cr2, [V_CR2], %3
%endmacro

bits 32
pm_main:
    RUN pg_translate
    RUN pg_not_present
    RUN pg_wp
    RUN3 pg_user_r3
    RUN3 pg_pde_rights_r3
    RUN3 pg_fetch_r3
    RUN3 pg_implicit_supervisor_r3
    RUN pg_pse
    RUN pg_pse_off
    RUN pg_accessed_dirty
    RUN pg_tlb
    RUN pg_global
    RUN pg_cross_page
    RUN pg_double_fault
    ret

; paging on, markers at the start of the physical pages A-D
pg_setup:
    mov dword [PHYS_A], 0xAAAAAAAA
    mov dword [PHYS_B], 0xBBBBBBBB
    mov dword [PHYS_C], 0xCCCCCCCC
    mov dword [PHYS_D], 0xDDDDDDDD
    call pm_paging_on
    ret

pg_ret_stub:
    ret

; ---------------------------------------------------------------- translation
pg_translate:
    call pg_setup
    CHECK paging_on_identity, dword [PHYS_A], 0xAAAAAAAA
    PTE LP1, PHYS_A | PG_P | PG_W | PG_U
    CHECK pte_maps_page, dword [LP1], 0xAAAAAAAA
    mov dword [LP1 + 0x10], 0x12345678
    CHECK pte_write_reaches_physical, dword [PHYS_A + 0x10], 0x12345678
    mov dword [LP1 + 0xFFC], 0x0BADF00D
    CHECK pte_offset_kept, dword [PHYS_A + 0xFFC], 0x0BADF00D
    ; two linear pages, one physical page
    PTE LP2, PHYS_A | PG_P | PG_W | PG_U
    CHECK alias_read, dword [LP2 + 0x10], 0x12345678
    mov dword [LP2 + 0x20], 0x5A5A5A5A
    CHECK alias_write_seen, dword [LP1 + 0x20], 0x5A5A5A5A
    ; the low 12 bits of a PTE are not part of the address
    PTE LP3, PHYS_B | PG_P | PG_W | PG_U | PG_A | PG_D | 0xE00
    CHECK pte_avl_bits_ignored, dword [LP3], 0xBBBBBBBB
    ; the stack and code keep working in the identity map
    call pg_ret_stub
    PASS paging_code_and_stack
    ret

; ---------------------------------------------------------------- not present
pg_not_present:
    call pg_setup
    PTE LP3, 0
    EXPECT pf_read_not_present, 14
    mov eax, [LP3 + 0xABC]
    END_EXPECT
    PFCHECK pf_read_not_present, 0, LP3 + 0xABC
    EXPECT pf_write_not_present, 14
    mov dword [LP3 + 0x123], 1
    END_EXPECT
    PFCHECK pf_write_not_present, 2, LP3 + 0x123
    ; only the P bit matters for "not present"
    PTE LP3, PHYS_A | PG_W | PG_U
    EXPECT pf_not_present_other_bits_set, 14
    mov eax, [LP3]
    END_EXPECT
    PFCHECK pf_not_present_other_bits_set, 0, LP3
    ; PDE not present
    EXPECT pf_pde_not_present, 14
    mov eax, [0x800123]
    END_EXPECT
    PFCHECK pf_pde_not_present, 0, 0x800123
    ; the fault leaves the destination alone and EIP at the instruction
    mov ebx, 0x77777777
    EXPECT pf_read_dest_unchanged, 14
    mov ebx, [LP3]
    END_EXPECT
    CHECK pf_read_dest_unchanged_ebx, ebx, 0x77777777
    CHECKM pf_pushed_rf, [V_EFL], F_RF | 2, F_RF | F_IF | 2 | IOPL(3)
    ; a string instruction: CR2 is the address that faulted
    mov esi, LP3 - 8
    mov edi, SCRATCH
    mov ecx, 4
    cld
    EXPECT pf_rep_movsd, 14
    rep movsd
    END_EXPECT
    PFCHECK pf_rep_movsd, 0, LP3
    CHECK pf_rep_movsd_progress_esi, esi, LP3
    CHECK pf_rep_movsd_progress_ecx, ecx, 2
    ret

; ---------------------------------------------------------------- CR0.WP
pg_wp:
    call pg_setup
    mov dword [PHYS_A + 8], 0
    PTE LP1, PHYS_A | PG_P | PG_U            ; read-only user page
    EXPECT wp0_supervisor_write_ro, NONE
    mov dword [LP1 + 4], 0x11111111
    END_EXPECT
    CHECK wp0_supervisor_write_done, dword [PHYS_A + 4], 0x11111111
    PTE LP2, PHYS_B | PG_P                    ; read-only supervisor page
    EXPECT wp0_supervisor_write_ro_supervisor, NONE
    mov dword [LP2 + 4], 0x22222222
    END_EXPECT
    mov eax, cr0
    or eax, CR0_WP
    mov cr0, eax
    EXPECT wp1_supervisor_write_ro, 14
    mov dword [LP1 + 8], 0x33333333
    END_EXPECT
    PFCHECK wp1_supervisor_write_ro, 3, LP1 + 8
    CHECK wp1_memory_unchanged, dword [PHYS_A + 8], 0
    EXPECT wp1_supervisor_write_ro_supervisor, 14
    mov dword [LP2 + 8], 0x33333333
    END_EXPECT
    PFCHECK wp1_supervisor_write_ro_supervisor, 3, LP2 + 8
    EXPECT wp1_supervisor_read_ro, NONE
    mov eax, [LP1 + 4]
    END_EXPECT
    ; a read-only PDE also counts: PDE[1] R/W=0, its PTEs R/W=1
    call pg_pt1
    and dword [PD_BASE + 4], ~PG_W
    mov eax, cr3
    mov cr3, eax
    EXPECT wp1_pde_readonly, 14
    mov dword [0x401000], 1
    END_EXPECT
    PFCHECK wp1_pde_readonly, 3, 0x401000
    ; WP=0 again: allowed
    mov eax, cr0
    and eax, ~CR0_WP
    mov cr0, eax
    EXPECT wp0_pde_readonly, NONE
    mov dword [0x401000], 1
    END_EXPECT
    ret

; PT1: linear 0x400000 + i*4K -> PHYS_A + i*4K (16 pages, P W U), PDE[1]
pg_pt1:
    push eax
    push ecx
    push edi
    mov edi, PT1_BASE
    mov ecx, 1024
    xor eax, eax
    rep stosd
    mov edi, PT1_BASE
    mov eax, PHYS_A | PG_P | PG_W | PG_U
    mov ecx, 16
.l:
    stosd
    add eax, 0x1000
    dec ecx
    jnz .l
    mov dword [PD_BASE + 4], PT1_BASE | PG_P | PG_W | PG_U
    mov eax, cr3
    mov cr3, eax
    pop edi
    pop ecx
    pop eax
    ret

; ---------------------------------------------------------------- user accesses
; R3PF name, error, cr2, instruction: the instruction at CPL 3 takes #PF
%macro R3PF 4+
    EXPECT %1, 14, %%i
    TO_RING3 %%r
%%r:
    FLAT_DS
%%i:
    %4
    int VEC_SVC
    END_EXPECT
    PFCHECK %1, %2, %3
    CHECKW %{1}_cs, word [V_CS], SEL_CODE3 | 3
%endmacro
%macro R3OK 2+
    EXPECT %1, VEC_SVC, %%e
    TO_RING3 %%r
%%r:
    FLAT_DS
    %2
    int VEC_SVC
%%e:
    END_EXPECT
%endmacro
pg_user_r3:
    call pg_setup
    PTE LP1, PHYS_A | PG_P | PG_W             ; supervisor page
    PTE LP2, PHYS_B | PG_P | PG_U             ; read-only user page
    PTE LP3, 0                                ; not present
    PTE LP4, PHYS_C | PG_P | PG_W | PG_U      ; user read/write
    R3PF user_read_supervisor, 5, LP1 + 0x10, mov eax, [LP1 + 0x10]
    R3PF user_write_supervisor, 7, LP1 + 0x20, mov dword [LP1 + 0x20], 0
    R3PF user_read_not_present, 4, LP3 + 0x30, mov eax, [LP3 + 0x30]
    R3PF user_write_not_present, 6, LP3 + 0x40, mov dword [LP3 + 0x40], 0
    R3PF user_write_readonly, 7, LP2 + 0x50, mov dword [LP2 + 0x50], 0
    R3OK user_read_readonly, mov eax, [LP2 + 0x50]
    R3OK user_write_user_page, mov dword [LP4 + 0x60], 0x66
    R3OK user_read_user_page, mov eax, [LP4 + 0x60]
    CHECK user_write_user_page_done, dword [PHYS_C + 0x60], 0x66
    ; the ring-3 fault arrives on the ring-0 stack with the error code
    R3PF user_pf_frame, 5, LP1, mov eax, [LP1]
    CHECK user_pf_frame_at, [V_HESP], R0_TOP - 24
    CHECK user_pf_frame_esp, [V_ESP], R3_TOP
    ; CR0.WP does not change user-mode rules
    mov eax, cr0
    and eax, ~CR0_WP
    mov cr0, eax
    R3PF user_write_readonly_wp0, 7, LP2, mov dword [LP2], 0
    ret

pg_pde_rights_r3:
    call pg_setup
    call pg_pt1
    ; PDE U/S=0 with PTE U/S=1: supervisor-only
    and dword [PD_BASE + 4], ~PG_U
    mov eax, cr3
    mov cr3, eax
    R3PF user_read_pde_supervisor, 5, 0x402000, mov eax, [0x402000]
    ; PDE R/W=0 with PTE R/W=1: read-only for the user
    or dword [PD_BASE + 4], PG_U
    and dword [PD_BASE + 4], ~PG_W
    mov eax, cr3
    mov cr3, eax
    R3OK user_read_pde_readonly, mov eax, [0x402000]
    R3PF user_write_pde_readonly, 7, 0x402004, mov dword [0x402004], 0
    ; PTE U/S=0 under a user PDE
    or dword [PD_BASE + 4], PG_W
    and dword [PT1_BASE + 3 * 4], ~PG_U
    mov eax, cr3
    mov cr3, eax
    R3PF user_read_pte_supervisor, 5, 0x403008, mov eax, [0x403008]
    ret

; ---------------------------------------------------------------- fetch
pg_fetch_r3:
    call pg_setup
    ; LPX aliases the ROM page holding pg_ret_stub, supervisor-only
    mov eax, pg_ret_stub
    and eax, 0xFFFFF000
    or eax, PG_P
    mov [PT0_BASE + (LPX >> 12) * 4], eax
    invlpg [LPX]
    mov ebx, pg_ret_stub
    and ebx, 0xFFF
    add ebx, LPX
    mov [V_USER], ebx
    ; CPL 0 can run it (and that sets the accessed bit, not dirty)
    call ebx
    CHECKM fetch_sets_accessed, [PT0_BASE + (LPX >> 12) * 4], PG_A, PG_A | PG_D
    ; CPL 3 cannot: #PF on the fetch, error 5, CR2 = EIP = the target
    EXPECT user_fetch_supervisor, 14, NONE
    TO_RING3 .r3
.r3:
    FLAT_DS
    mov ebx, [V_USER]
    jmp ebx
    END_EXPECT
    CHECK user_fetch_supervisor_err, [V_ERR], 5
    CHECK user_fetch_supervisor_cr2, [V_CR2], [V_USER]
    CHECK user_fetch_supervisor_eip, [V_EIP], [V_USER]
    ret

; ---------------------------------------------------------------- implicit supervisor accesses
; Descriptor-table and TSS accesses are supervisor accesses even at CPL 3
; (SDM 4.6): they work on supervisor pages, a #PF they cause has U/S=0 in
; its error code, and the accessed-bit write into a descriptor is a
; supervisor write (allowed on a read-only page unless CR0.WP=1).
pg_implicit_supervisor_r3:
    call pg_setup
    SETDESC 0x14, 0x13000, 0xFFF, ACC_DATA | DPL(3), FL_32
    SETDESC 0x1C, 0x13000, 0xFFF, ACC_DATA | DPL(3), FL_32
    mov ax, SEL_LDT
    lldt ax
%assign pg 1
%rep 6
    and dword [PT0_BASE + pg * 4], ~PG_U     ; GDT IDT LDT TSS0 pages
%assign pg pg + 1
%endrep
    mov eax, cr3
    mov cr3, eax
    EXPECT implicit_supervisor_at_cpl3, VEC_SVC, .e1
    TO_RING3 .r1
.r1:
    mov ax, 0x14 | 3
    mov ds, ax
    int VEC_SVC
.e1:
    END_EXPECT
    CHECKW implicit_accessed_bit_written, byte [LDT_BASE + 0x10 + 5], ACC_DATA | DPL(3) | 1
    ; WP=1 and a read-only LDT page: the accessed-bit write faults
    mov eax, cr0
    or eax, CR0_WP
    mov cr0, eax
    and dword [PT0_BASE + 2 * 4], ~PG_W
    invlpg [LDT_BASE]
    EXPECT implicit_accessed_write_wp1, 14, .f2
    TO_RING3 .r2
.r2:
    mov ax, 0x1C | 3
.f2:
    mov es, ax
    int VEC_SVC
    END_EXPECT
    CHECK implicit_accessed_write_wp1_err, [V_ERR], 3
    CHECKM implicit_accessed_write_wp1_cr2, [V_CR2], LDT_BASE + 0x18, 0xFFFFFFF8
    ; WP=0: the same write is allowed
    mov eax, cr0
    and eax, ~CR0_WP
    mov cr0, eax
    EXPECT implicit_accessed_write_wp0, VEC_SVC, .e3
    TO_RING3 .r3
.r3:
    mov ax, 0x1C | 3
    mov es, ax
    int VEC_SVC
.e3:
    END_EXPECT
    ; LDT page not present: #PF with U/S=0 although CPL is 3
    mov dword [PT0_BASE + 2 * 4], 0
    invlpg [LDT_BASE]
    EXPECT implicit_not_present_us0, 14, .f4
    TO_RING3 .r4
.r4:
    mov ax, 0x14 | 3
.f4:
    mov fs, ax
    int VEC_SVC
    END_EXPECT
    CHECK implicit_not_present_us0_err, [V_ERR], 0
    CHECKM implicit_not_present_us0_cr2, [V_CR2], LDT_BASE + 0x10, 0xFFFFFFF8
    ret

; ---------------------------------------------------------------- 4 MiB pages
pg_pse:
    call pg_setup
    mov eax, cr4
    or eax, CR4_PSE
    mov cr4, eax
    ; PDE[1]: 4 MiB identity for 0x400000; PDE[2]: linear 0x800000 ->
    ; physical 0x400000
    mov dword [PD_BASE + 4], 0x400000 | PG_PS | PG_P | PG_W
    mov dword [PD_BASE + 8], 0x400000 | PG_PS | PG_P | PG_W | PG_U
    mov eax, cr3
    mov cr3, eax
    mov dword [0x400100], 0x4444AAAA
    CHECK pse_identity_page, dword [0x400100], 0x4444AAAA
    CHECK pse_alias_page, dword [0x800100], 0x4444AAAA
    mov dword [0x8ABCDC], 0x8ABCDC00
    CHECK pse_offset_22_bits, dword [0x4ABCDC], 0x8ABCDC00
    ; accessed and dirty in the PDE of a 4 MiB page
    mov dword [PD_BASE + 12], 0x400000 | PG_PS | PG_P | PG_W | PG_U
    invlpg [0xC00000]
    mov eax, [0xC00000]
    CHECKM pse_read_sets_a_not_d, [PD_BASE + 12], PG_A, PG_A | PG_D
    mov dword [0xC00004], eax
    CHECKM pse_write_sets_d, [PD_BASE + 12], PG_A | PG_D, PG_A | PG_D
    ; not present and supervisor 4 MiB pages
    mov dword [PD_BASE + 12], 0x400000 | PG_PS | PG_W | PG_U
    invlpg [0xC00000]
    EXPECT pse_not_present, 14
    mov eax, [0xC12345]
    END_EXPECT
    PFCHECK pse_not_present, 0, 0xC12345
    mov dword [PD_BASE + 12], 0x400000 | PG_PS | PG_P | PG_U
    invlpg [0xC00000]
    mov eax, cr0
    or eax, CR0_WP
    mov cr0, eax
    EXPECT pse_readonly_wp1, 14
    mov dword [0xC00008], 0
    END_EXPECT
    PFCHECK pse_readonly_wp1, 3, 0xC00008
    ; bit 21 of a 4 MiB PDE is reserved (with or without PSE-36): #PF with
    ; RSVD (bit 3) and P set
    mov dword [PD_BASE + 12], 0x400000 | (1 << 21) | PG_PS | PG_P | PG_W | PG_U
    invlpg [0xC00000]
    EXPECT pse_reserved_bit21, 14
    mov eax, [0xC00010]
    END_EXPECT
    PFCHECK pse_reserved_bit21, 9, 0xC00010
%ifndef CPL0_ONLY
    R3PF pse_user_read_supervisor, 5, 0x400200, mov eax, [0x400200]
    R3OK pse_user_read_user, mov eax, [0x800200]
%endif
    ret

; CR4.PSE=0: the PS bit is ignored, the PDE points to a page table
pg_pse_off:
    call pg_setup
    mov eax, cr4
    or eax, CR4_PSE
    mov cr4, eax
    mov dword [PD_BASE + 4], 0x400000 | PG_PS | PG_P | PG_W
    mov eax, cr3
    mov cr3, eax
    ; a page table at physical 0x400000 whose entry 0 maps PHYS_D
    mov dword [0x400000], PHYS_D | PG_P | PG_W
    mov eax, cr4
    and eax, ~CR4_PSE
    mov cr4, eax
    mov dword [PD_BASE + 8], 0x400000 | PG_PS | PG_P | PG_W
    mov eax, cr3
    mov cr3, eax
    CHECK pse_off_ps_ignored, dword [0x800000], 0xDDDDDDDD
    ret

; ---------------------------------------------------------------- A and D
pg_accessed_dirty:
    call pg_setup
    PTE LP1, PHYS_A | PG_P | PG_W | PG_U
    CHECKM ad_clear_after_invlpg, [PT0_BASE + (LP1 >> 12) * 4], 0, PG_A | PG_D
    mov eax, [LP1]
    CHECKM ad_read_sets_a, [PT0_BASE + (LP1 >> 12) * 4], PG_A, PG_A | PG_D
    mov eax, [LP1 + 8]
    CHECKM ad_second_read_no_d, [PT0_BASE + (LP1 >> 12) * 4], PG_A, PG_A | PG_D
    mov dword [LP1 + 8], eax
    CHECKM ad_write_after_read_sets_d, [PT0_BASE + (LP1 >> 12) * 4], PG_A | PG_D, PG_A | PG_D
    ; a first access that is a write sets both
    PTE LP2, PHYS_B | PG_P | PG_W | PG_U
    mov byte [LP2 + 3], 0
    CHECKM ad_write_sets_a_and_d, [PT0_BASE + (LP2 >> 12) * 4], PG_A | PG_D, PG_A | PG_D
    ; the PDE's accessed bit; its bit 6 is not a dirty bit for a PDE that
    ; points to a page table
    call pg_pt1
    and dword [PD_BASE + 4], ~(PG_A | PG_D)
    mov eax, cr3
    mov cr3, eax
    mov eax, [0x400000]
    CHECKM ad_pde_read_sets_a, [PD_BASE + 4], PG_A, PG_A
    mov dword [0x400010], eax
    CHECKM ad_pde_write_no_d, [PD_BASE + 4], 0, PG_D
    CHECKM ad_pt1_pte_a_d, [PT1_BASE], PG_A | PG_D, PG_A | PG_D
    ; a faulting write to a read-only page does not set D
    PTE LP3, PHYS_C | PG_P | PG_U
    mov eax, cr0
    or eax, CR0_WP
    mov cr0, eax
    EXPECT ad_ro_write_fault, 14
    mov dword [LP3], 0
    END_EXPECT
    CHECKM ad_ro_write_no_d, [PT0_BASE + (LP3 >> 12) * 4], 0, PG_D
    ; a not-present PTE is not written
    PTE LP4, PHYS_D | PG_W | PG_U
    EXPECT ad_not_present_fault, 14
    mov eax, [LP4]
    END_EXPECT
    CHECK ad_not_present_untouched, dword [PT0_BASE + (LP4 >> 12) * 4], PHYS_D | PG_W | PG_U
    ret

; ---------------------------------------------------------------- TLB
pg_tlb:
    call pg_setup
    PTE LP1, PHYS_A | PG_P | PG_W | PG_U
    CHECK tlb_fill, dword [LP1], 0xAAAAAAAA
    PTE_NOFLUSH LP1, PHYS_B | PG_P | PG_W | PG_U
    CHECK tlb_stale_before_invlpg_tlb_model, dword [LP1], 0xAAAAAAAA
    invlpg [LP1]
    CHECK invlpg_shows_new_mapping, dword [LP1], 0xBBBBBBBB
    PTE_NOFLUSH LP1, PHYS_C | PG_P | PG_W | PG_U
    CHECK tlb_stale_before_cr3_tlb_model, dword [LP1], 0xBBBBBBBB
    mov eax, cr3
    mov cr3, eax
    CHECK cr3_load_shows_new_mapping, dword [LP1], 0xCCCCCCCC
    ; INVLPG takes any address in the page
    PTE_NOFLUSH LP1, PHYS_D | PG_P | PG_W | PG_U
    invlpg [LP1 + 0xFFF]
    CHECK invlpg_any_offset, dword [LP1], 0xDDDDDDDD
    ; INVLPG of another page leaves this one cached
    PTE_NOFLUSH LP1, PHYS_A | PG_P | PG_W | PG_U
    invlpg [LP2]
    CHECK invlpg_other_page_tlb_model, dword [LP1], 0xDDDDDDDD
    invlpg [LP1]
    ; not-present translations are not cached: no INVLPG needed
    PTE LP3, 0
    EXPECT tlb_not_present_fault, 14
    mov eax, [LP3]
    END_EXPECT
    PTE_NOFLUSH LP3, PHYS_B | PG_P | PG_W | PG_U
    EXPECT tlb_not_present_not_cached, NONE
    mov eax, [LP3]
    END_EXPECT
    CHECK tlb_not_present_now_mapped, eax, 0xBBBBBBBB
    ; a page fault invalidates the TLB entry of the faulting address
    mov eax, cr0
    or eax, CR0_WP
    mov cr0, eax
    PTE LP4, PHYS_C | PG_P | PG_U
    mov eax, [LP4]
    EXPECT tlb_pf_on_readonly, 14
    mov dword [LP4 + 4], 0x12
    END_EXPECT
    PTE_NOFLUSH LP4, PHYS_C | PG_P | PG_W | PG_U
    EXPECT tlb_pf_invalidated_entry, NONE
    mov dword [LP4 + 4], 0x12
    END_EXPECT
    CHECK tlb_pf_retry_wrote, dword [PHYS_C + 4], 0x12
    ; a write through a TLB entry filled by a read still checks R/W
    PTE LP2, PHYS_D | PG_P | PG_U
    mov eax, [LP2]
    EXPECT tlb_read_entry_write_checked, 14
    mov dword [LP2], 0
    END_EXPECT
    PFCHECK tlb_read_entry_write_checked, 3, LP2
    ret

pg_global:
    call pg_setup
    mov eax, cr4
    or eax, CR4_PGE
    mov cr4, eax
    PTE LP1, PHYS_A | PG_P | PG_W | PG_U | PG_G
    PTE LP2, PHYS_A | PG_P | PG_W | PG_U
    mov eax, [LP1]
    mov eax, [LP2]
    PTE_NOFLUSH LP1, PHYS_B | PG_P | PG_W | PG_U | PG_G
    PTE_NOFLUSH LP2, PHYS_B | PG_P | PG_W | PG_U
    mov eax, cr3
    mov cr3, eax
    CHECK global_survives_cr3_tlb_model, dword [LP1], 0xAAAAAAAA
    CHECK nonglobal_flushed_by_cr3, dword [LP2], 0xBBBBBBBB
    invlpg [LP1]
    CHECK global_flushed_by_invlpg, dword [LP1], 0xBBBBBBBB
    ; changing CR4.PGE flushes global entries
    PTE_NOFLUSH LP1, PHYS_C | PG_P | PG_W | PG_U | PG_G
    mov eax, cr4
    and eax, ~CR4_PGE
    mov cr4, eax
    CHECK global_flushed_by_pge_change, dword [LP1], 0xCCCCCCCC
    ; with PGE=0 the G bit is ignored: a CR3 load flushes the entry
    PTE_NOFLUSH LP1, PHYS_D | PG_P | PG_W | PG_U | PG_G
    mov eax, cr3
    mov cr3, eax
    CHECK g_bit_ignored_without_pge, dword [LP1], 0xDDDDDDDD
    ret

; ---------------------------------------------------------------- page crossing
pg_cross_page:
    call pg_setup
    PTE LP6, PHYS_D | PG_P | PG_W | PG_U
    PTE LP7, 0
    mov dword [PHYS_D + 0xFFC], 0xAAAAAAAA
    EXPECT cross_page_write, 14
    mov dword [LP6 + 0xFFE], 0x11223344
    END_EXPECT
    PFCHECK cross_page_write, 2, LP7
    CHECK cross_page_write_not_partial, dword [PHYS_D + 0xFFC], 0xAAAAAAAA
    EXPECT cross_page_read, 14
    mov eax, [LP6 + 0xFFD]
    END_EXPECT
    PFCHECK cross_page_read, 0, LP7
    ; both pages present: the access works, split over two frames
    PTE LP7, PHYS_A | PG_P | PG_W | PG_U
    mov dword [LP6 + 0xFFE], 0x11223344
    CHECKW cross_page_low_half, word [PHYS_D + 0xFFE], 0x3344
    CHECKW cross_page_high_half, word [PHYS_A], 0x1122
    ; Instruction fetch: an instruction that ends on the last byte of a page
    ; runs even when the next page is absent (SDM vol. 3 4.7: only bytes an
    ; instruction needs are fetched); one that continues into it raises #PF
    ; with CR2 at the absent page and the saved EIP at the instruction.
    PTE LP7, 0
    mov byte [LP6 + 0xFFF], 0xC3          ; ret, the page's last byte
    EXPECT fetch_ends_at_page_end, NONE
    mov eax, LP6 + 0xFFF
    call eax
    END_EXPECT
    mov byte [LP6 + 0xFFF], 0xB0          ; mov al, imm8: the imm8 is in LP7
    EXPECT fetch_crosses_into_absent_page, 14, LP6 + 0xFFF
    mov eax, LP6 + 0xFFF
    call eax
    END_EXPECT
    PFCHECK fetch_crosses_into_absent_page, 0, LP7
    ret

; ---------------------------------------------------------------- #DF
pg_double_fault:
    call pg_setup
    SETDESC S_CNP, 0, 0xFFFFF, (ACC_CODE | 1) & ~ACC_P, FL_G32
    SETIDT 14, S_CNP, pg_ret_stub, ACC_INT32
    PTE LP3, 0
    EXPECT df_pf_then_np, 8, NONE
    mov eax, [LP3]
    END_EXPECT
    CHECK df_pf_then_np_err, [V_ERR], 0
    CHECK df_pf_then_np_cr2, [V_CR2], LP3
    ret

PM_ROM_END
