; seg.asm - protected-mode segmentation: segment register loads and their
; checks, expand-down and limit semantics, read-only/execute-only segments,
; 16- and 32-bit code and stack segments, LAR/LSL/VERR/VERW/ARPL,
; SGDT/SIDT/SLDT/STR, LLDT/LTR and access through an LDT.
;
; Expected values: Intel SDM vol. 3 ch. 3 (3.4.5 descriptors, 3.4.5.1 types),
; ch. 5 (5.3 limit checking, 5.5-5.7 privilege checks for data and stack
; segments, 5.10.5 pointer validation: LAR/LSL/VERR/VERW/ARPL), ch. 6
; (#GP/#NP/#SS error codes, 6.13 error code format) and the instruction
; pages of vol. 2 (MOV/POP/Lxx to segment registers, SGDT, SLDT, STR,
; LLDT, LTR).  Error code of a selector fault: the selector with bits 1-0
; (RPL) cleared, TI kept; EXT = 0 for faults raised by the instruction.
%include "pm.inc"

; selectors of this file
S_RO     equ 0x80    ; read-only data, flat
S_XO     equ 0x88    ; execute-only 32-bit code, flat, DPL 0
S_C0     equ 0x90    ; conforming readable code, DPL 0, flat
S_NP     equ 0x98    ; data, not present
S_LIM    equ 0xA0    ; data, base SCRATCH, limit 0xFFF (byte)
S_ED16   equ 0xA8    ; expand-down, B=0, base SCRATCH, limit 0x0FFF
S_ED32   equ 0xB0    ; expand-down, B=1, base 0x31000, limit 0x0FFF
S_SS16   equ 0xB8    ; 16-bit (B=0) data/stack, base 0x30000, limit 0xFFFF
S_ACC    equ 0xC0    ; data with the accessed bit clear
S_ED32G  equ 0xC8    ; expand-down, B=1, G=1, limit field 1 (0x1FFF)
S_SSB    equ 0xD0    ; 32-bit data, base 0x30000, limit 4 GiB
S_CLIM   equ 0xD8    ; 32-bit code, base 0, limit just inside cslim_c
S_SSNP   equ 0xE0    ; writable data, not present (for SS)
S_GRAN   equ 0xE8    ; data, base SCRATCH, limit field 0, G=1 (0xFFF)
S_ED3    equ 0xF0    ; expand-down 32-bit DPL 3, limit 0x6FFFF (stack)
S_SSLIM  equ 0xF8    ; 32-bit data, base 0x30000, limit 0xFFFF (stack)
S_TSS2   equ 0x100   ; available 32-bit TSS at 0x8000
S_TSSNP  equ 0x108   ; TSS, not present
S_LDTNP  equ 0x110   ; LDT, not present
S_CALLG  equ 0x118   ; 32-bit call gate (DPL 0) to CODE0
S_INTG   equ 0x120   ; an interrupt gate in the GDT
S_EDFLAT equ 0x128   ; expand-down, B=1, base 0, limit 0 (offsets 1..4G-1)
S_EDGE   equ 0x78    ; valid data descriptor at the end of a short GDT
L_DATA   equ 0x0C    ; LDT entry 1: data, base 0x12000, limit 0xFFF
L_DATA3  equ 0x14    ; LDT entry 2: data DPL 3, base 0x13000

%macro SETUP_DESCS 0
    SETDESC S_RO, 0, 0xFFFFF, ACC_DATA_RO | 1, FL_G32
    SETDESC S_XO, 0, 0xFFFFF, ACC_CODE_XO | 1, FL_G32
    SETDESC S_C0, 0, 0xFFFFF, ACC_CODE_C | 1, FL_G32
    SETDESC S_NP, 0, 0xFFFFF, (ACC_DATA | 1) & ~ACC_P, FL_G32
    SETDESC S_LIM, SCRATCH, 0xFFF, ACC_DATA | 1, FL_32
    SETDESC S_ED16, SCRATCH, 0x0FFF, ACC_DATA_ED | 1, FL_16
    SETDESC S_ED32, 0x31000, 0x0FFF, ACC_DATA_ED | 1, FL_32
    SETDESC S_SS16, 0x30000, 0xFFFF, ACC_DATA | 1, FL_16
    SETDESC S_ACC, 0, 0xFFFFF, ACC_DATA, FL_G32
    SETDESC S_ED32G, 0x31000, 0x00001, ACC_DATA_ED | 1, FL_G32
    SETDESC S_SSB, 0x30000, 0xFFFFF, ACC_DATA | 1, FL_G32
    SETDESC S_CLIM, 0, ABS(cslim_c) + 2, ACC_CODE | 1, FL_32
    SETDESC S_SSNP, 0, 0xFFFFF, (ACC_DATA | 1) & ~ACC_P, FL_G32
    SETDESC S_GRAN, SCRATCH, 0, ACC_DATA | 1, FL_G32
    SETDESC S_ED3, 0, 0x6FFFF, ACC_DATA_ED | 1 | DPL(3), FL_32
    SETDESC S_SSLIM, 0x30000, 0xFFFF, ACC_DATA | 1, FL_32
    SETDESC S_TSS2, 0x8000, 0x67, ACC_TSS32, 0
    SETDESC S_TSSNP, 0x8000, 0x67, ACC_TSS32 & ~ACC_P, 0
    SETDESC S_LDTNP, LDT_BASE, LDT_LIMIT, ACC_LDT & ~ACC_P, 0
    SETGATE S_CALLG, SEL_CODE0, seg_dummy, ACC_CALL32
    SETGATE S_INTG, SEL_CODE0, seg_dummy, ACC_INT32
    SETDESC S_EDGE, 0, 0xFFFFF, ACC_DATA | 1, FL_G32
    SETDESC S_EDFLAT, 0, 0, ACC_DATA_ED | 1, FL_32
    SETDESC L_DATA, 0x12000, 0xFFF, ACC_DATA, FL_32
    SETDESC L_DATA3, 0x13000, 0xFFF, ACC_DATA | 1 | DPL(3), FL_32
%endmacro

; SEGF name, sreg, selector, vector, error: the load faults at CPL 0
%macro SEGF 5
    mov ax, %3
    EXPECT %1, %4, %%i
%%i:
    mov %2, ax
    END_EXPECT
    call seg_reload
    CHECK %{1}_err, [V_ERR], %5
%endmacro
; SEGOK name, sreg, selector: the load succeeds at CPL 0
%macro SEGOK 3
    mov ax, %3
    EXPECT %1, NONE
    mov %2, ax
    END_EXPECT
    call seg_reload
%endmacro
; SEGF3 / SEGOK3: the same at CPL 3
%macro SEGF3 5
    EXPECT %1, %4, %%i
    TO_RING3 %%r3
%%r3:
    mov ax, %3
%%i:
    mov %2, ax
    int VEC_SVC
    END_EXPECT
    CHECK %{1}_err, [V_ERR], %5
%endmacro
%macro SEGOK3 3
    EXPECT %1, VEC_SVC, %%b
    TO_RING3 %%r3
%%r3:
    mov ax, %3
    mov %2, ax
    int VEC_SVC
%%b:
    END_EXPECT
%endmacro
; MEMF name, vector, instruction...: the access faults with error code 0
%macro MEMF 3+
    EXPECT %1, %2, %%i
%%i:
    %3
    END_EXPECT
    call seg_reload
    CHECK %{1}_err, [V_ERR], 0
%endmacro
%macro MEMOK 2+
    EXPECT %1, NONE
    %2
    END_EXPECT
%endmacro

bits 32
pm_main:
    RUN seg_null
    RUN seg_table_limit
    RUN seg_types
    RUN seg_priv0
    RUN3 seg_priv3
    RUN seg_expand_down
    RUN3 seg_expand_down_stack_r3
    RUN seg_readonly_execonly
    RUN seg_data_limit
    RUN seg_stack_limit
    RUN seg_stack_sizes
    RUN seg_code16
    RUN seg_cs_limit
    RUN seg_lar_lsl
    RUN seg_verr_verw_arpl
    RUN3 seg_ring3_pointer_validation
    RUN seg_sgdt_sidt_sldt_str
    RUN3 seg_sgdt_sidt_sldt_str_r3
    RUN seg_lldt_ldt
    RUN3 seg_ldt_r3
    RUN seg_ltr
    RUN3 seg_ltr_r3
    ret

; DS ES FS GS SS back to the flat ring-0 data segment (ESP kept)
seg_reload:
    push eax
    mov ax, SEL_DATA0
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    pop eax
    ret

seg_dummy:
    ret

; ---------------------------------------------------------------- null
seg_null:
    SEGOK null_ds, ds, 0
    SEGOK null_es_rpl3, es, 3
    SEGOK null_fs, fs, 0
    SEGOK null_gs_rpl1, gs, 1
    ; the selector is kept as loaded
    mov ax, 3
    mov es, ax
    mov bx, es
    call seg_reload
    CHECKW null_es_selector_kept, bx, 3
    ; a null selector may be loaded but not used
    xor eax, eax
    mov ds, ax
    MEMF null_ds_read, 13, mov eax, [SCRATCH]
    xor eax, eax
    mov es, ax
    MEMF null_es_write, 13, mov dword [es:SCRATCH], 1
    mov ax, 2
    mov fs, ax
    MEMF null_fs_rpl2_read, 13, mov al, [fs:SCRATCH]
    xor eax, eax
    mov es, ax
    mov edi, SCRATCH
    MEMF null_es_stosd, 13, stosd
    SEGF null_ss, ss, 0, 13, 0
    SEGF null_ss_rpl3, ss, 3, 13, 0
    ; POP DS with a null selector is fine too
    push dword 0
    EXPECT null_pop_ds, NONE
    pop ds
    END_EXPECT
    call seg_reload
    ret

; ---------------------------------------------------------------- table limits
seg_table_limit:
    SETUP_DESCS
    SEGF beyond_gdt_ds, ds, 0x800, 13, 0x800
    SEGF beyond_gdt_rpl3_es, es, 0x803, 13, 0x800
    SEGF beyond_gdt_ss, ss, 0x800, 13, 0x800
    SEGF zero_descriptor_ds, ds, 0x7F8, 13, 0x7F8
    ; TI=1 with a null LDTR
    SEGF ldt_null_ldtr_ds, ds, L_DATA, 13, L_DATA
    SEGF ldt_null_ldtr_gs_rpl, gs, L_DATA | 3, 13, L_DATA
    ; the GDT limit covers the whole descriptor: limit 0x7E excludes the
    ; descriptor at 0x78, limit 0x7F includes it
    lgdt [seg_gdtr_7e]
    SEGF gdt_limit_7e_excludes_78, ds, S_EDGE, 13, S_EDGE
    lgdt [seg_gdtr_7f]
    SEGOK gdt_limit_7f_includes_78, ds, S_EDGE
    SEGF gdt_limit_7f_excludes_80, fs, S_RO, 13, S_RO
    lgdt [cs:pm_ram_gdtr]
    ret
seg_gdtr_7e:
    dw 0x7E
    dd GDT_BASE
seg_gdtr_7f:
    dw 0x7F
    dd GDT_BASE

; ---------------------------------------------------------------- types
seg_types:
    SETUP_DESCS
    SEGF tss_into_ds, ds, SEL_TSS0, 13, SEL_TSS0
    SEGF ldt_into_es, es, SEL_LDT, 13, SEL_LDT
    SEGF gate_into_fs, fs, S_CALLG, 13, S_CALLG
    SEGF execonly_into_gs, gs, S_XO, 13, S_XO
    SEGOK readable_code_into_ds, ds, SEL_CODE0
    SEGOK conforming_code_into_es, es, S_C0
    SEGOK readonly_into_fs, fs, S_RO
    SEGF code_into_ss, ss, SEL_CODE0, 13, SEL_CODE0
    SEGF readonly_into_ss, ss, S_RO, 13, S_RO
    SEGF tss_into_ss, ss, SEL_TSS0, 13, SEL_TSS0
    SEGOK expand_down_into_ss, ss, S_EDFLAT
    ; not present: #NP, or #SS for SS; the privilege checks come first
    SEGF not_present_ds, ds, S_NP, 11, S_NP
    SEGF not_present_gs, gs, S_NP, 11, S_NP
    SEGF not_present_ss, ss, S_SSNP, 12, S_SSNP
    SEGF not_present_rpl3_ds_is_gp, ds, S_NP | 3, 13, S_NP
    ; POP and LDS/LSS check the same way
    push dword S_NP
    EXPECT pop_es_not_present, 11, .pop
.pop:
    pop es
    END_EXPECT
    add esp, 4
    CHECK pop_es_not_present_err, [V_ERR], S_NP
    mov dword [SCRATCH], 0x12345678
    mov word [SCRATCH + 4], SEL_TSS0
    EXPECT lds_tss, 13
    lds eax, [SCRATCH]
    END_EXPECT
    CHECK lds_tss_err, [V_ERR], SEL_TSS0
    mov word [SCRATCH + 4], S_RO
    EXPECT lss_readonly, 13
    lss eax, [SCRATCH]
    END_EXPECT
    CHECK lss_readonly_err, [V_ERR], S_RO
    ; a successful LFS loads both parts
    mov word [SCRATCH + 4], S_LIM
    lfs ebx, [SCRATCH]
    mov cx, fs
    call seg_reload
    CHECK lfs_offset, ebx, 0x12345678
    CHECKW lfs_selector, cx, S_LIM
    ; loading a descriptor sets its accessed bit in the GDT
    CHECK accessed_clear_before, dword [GDT_BASE + S_ACC + 4], 0x00CF9200
    mov ax, S_ACC
    mov ds, ax
    call seg_reload
    CHECK accessed_set_by_load, dword [GDT_BASE + S_ACC + 4], 0x00CF9300
    ret

; ---------------------------------------------------------------- privilege, CPL 0
seg_priv0:
    SETUP_DESCS
    SEGF ds_rpl3_dpl0, ds, SEL_DATA0 | 3, 13, SEL_DATA0
    SEGOK ds_rpl0_dpl3, ds, SEL_DATA3
    SEGOK ds_rpl1_dpl1, ds, SEL_DATA1 | 1
    SEGF ds_rpl2_dpl1, ds, SEL_DATA1 | 2, 13, SEL_DATA1
    SEGF es_readable_code_rpl3_dpl0, es, SEL_CODE0 | 3, 13, SEL_CODE0
    SEGOK es_conforming_rpl3_dpl0, es, S_C0 | 3
    ; SS: RPL and DPL must both equal CPL
    SEGF ss_dpl3_at_cpl0, ss, SEL_DATA3, 13, SEL_DATA3
    SEGF ss_rpl1_at_cpl0, ss, SEL_DATA0 | 1, 13, SEL_DATA0
    SEGF ss_rpl3_dpl3_at_cpl0, ss, SEL_DATA3 | 3, 13, SEL_DATA3
    SEGF ss_rpl1_dpl1_at_cpl0, ss, SEL_DATA1 | 1, 13, SEL_DATA1
    SEGOK ss_rpl0_dpl0, ss, SEL_DATA0
    ret

; ---------------------------------------------------------------- privilege, CPL 3
seg_priv3:
    SETUP_DESCS
    SEGF3 r3_ds_dpl0, ds, SEL_DATA0, 13, SEL_DATA0
    SEGF3 r3_ds_dpl2_rpl2, ds, SEL_DATA2 | 2, 13, SEL_DATA2
    SEGOK3 r3_ds_dpl3_rpl0, ds, SEL_DATA3
    SEGOK3 r3_es_dpl3_rpl3, es, SEL_DATA3 | 3
    SEGF3 r3_fs_code_dpl0, fs, SEL_CODE0, 13, SEL_CODE0
    SEGOK3 r3_fs_code_dpl3, fs, SEL_CODE3 | 3
    SEGOK3 r3_gs_conforming_dpl0, gs, S_C0
    SEGF3 r3_gs_not_present_dpl0, gs, S_NP, 13, S_NP
    SEGF3 r3_ss_rpl0_dpl3, ss, SEL_DATA3, 13, SEL_DATA3
    SEGF3 r3_ss_dpl2_rpl3, ss, SEL_DATA2 | 3, 13, SEL_DATA2
    SEGF3 r3_ss_dpl0, ss, SEL_DATA0 | 3, 13, SEL_DATA0
    SEGF3 r3_ss_null, ss, 3, 13, 0
    SEGOK3 r3_ss_dpl3_rpl3, ss, SEL_DATA3 | 3
    ; a ring-3 exception arrives on the ring-0 stack with the ring-3 SS:ESP
    SEGF3 r3_frame_probe, ds, SEL_DATA0, 13, SEL_DATA0
    CHECK r3_frame_cs, [V_CS], SEL_CODE3 | 3
    CHECK r3_frame_ss, [V_SS], SEL_DATA3 | 3
    CHECK r3_frame_esp, [V_ESP], R3_TOP
    CHECK r3_frame_at_esp0, [V_HESP], R0_TOP - 24
    ret

; ---------------------------------------------------------------- expand-down
seg_expand_down:
    SETUP_DESCS
    ; 16-bit (B=0): valid offsets are limit+1 .. 0xFFFF
    mov ax, S_ED16
    mov es, ax
    MEMOK ed16_at_limit_plus_1, mov byte [es:0x1000], 0x11
    CHECKW ed16_linear, byte [SCRATCH + 0x1000], 0x11
    mov ax, S_ED16
    mov es, ax
    MEMF ed16_at_limit, 13, mov al, [es:0x0FFF]
    mov ax, S_ED16
    mov es, ax
    MEMF ed16_word_across_limit, 13, mov ax, [es:0x0FFF]
    mov ax, S_ED16
    mov es, ax
    MEMOK ed16_byte_at_ffff, mov byte [es:0xFFFF], 0x22
    CHECKW ed16_ffff_linear, byte [SCRATCH + 0xFFFF], 0x22
    mov ax, S_ED16
    mov es, ax
    MEMOK ed16_word_at_fffe, mov ax, [es:0xFFFE]
    mov ax, S_ED16
    mov es, ax
    MEMF ed16_word_at_ffff, 13, mov ax, [es:0xFFFF]
    mov ax, S_ED16
    mov es, ax
    MEMF ed16_offset_10000, 13, mov al, [es:0x10000]
    ; 32-bit (B=1): valid offsets are limit+1 .. 0xFFFFFFFF
    mov ax, S_ED32
    mov es, ax
    MEMOK ed32_at_limit_plus_1, mov dword [es:0x1000], 0x33333333
    CHECK ed32_linear, dword [0x32000], 0x33333333
    mov ax, S_ED32
    mov es, ax
    MEMF ed32_at_limit, 13, mov al, [es:0x0FFF]
    mov ax, S_ED32
    mov es, ax
    MEMOK ed32_at_10000, mov byte [es:0x10000], 0x44
    CHECKW ed32_10000_linear, byte [0x41000], 0x44
    mov ax, S_ED32
    mov es, ax
    MEMOK ed32_dword_at_top, mov dword [es:0xFFFFFFFC], 0x55555555
    CHECK ed32_top_linear_wraps, dword [0x30FFC], 0x55555555
    mov ax, S_ED32
    mov es, ax
    MEMF ed32_dword_past_top, 13, mov eax, [es:0xFFFFFFFD]
    ; G=1 scales the limit: field 1 -> 0x1FFF
    mov ax, S_ED32G
    mov es, ax
    MEMF ed32g_at_scaled_limit, 13, mov al, [es:0x1FFF]
    mov ax, S_ED32G
    mov es, ax
    MEMOK ed32g_above_scaled_limit, mov al, [es:0x2000]
    ret

seg_expand_down_stack_r3:
    SETUP_DESCS
    ; an expand-down stack: push below limit+1 is #SS(0) (at CPL 3, so the
    ; exception gets a fresh ring-0 stack)
    SETDESC S_ED3, 0, 0x6FFFF, ACC_DATA_ED | 1 | DPL(3), FL_32
    EXPECT ed_stack_push_below_limit, 12, .second
    IRET_TO SEL_CODE3 | 3, .r3, S_ED3 | 3, 0x70004, 2
.r3:
    push eax
.second:
    push eax
    int VEC_SVC
    END_EXPECT
    CHECK ed_stack_push_err, [V_ERR], 0
    CHECK ed_stack_push_esp_unchanged, [V_ESP], 0x70000
    CHECK ed_stack_push_ss, [V_SS], S_ED3 | 3
    ret

; ---------------------------------------------------------------- RO / XO
seg_readonly_execonly:
    SETUP_DESCS
    mov dword [SCRATCH], 0x600DF00D
    mov ax, S_RO
    mov ds, ax
    EXPECT readonly_read, NONE
    mov ebx, [SCRATCH]
    END_EXPECT
    call seg_reload
    CHECK readonly_read_value, ebx, 0x600DF00D
    mov ax, S_RO
    mov ds, ax
    MEMF readonly_write, 13, mov dword [SCRATCH], 1
    mov ax, S_RO
    mov es, ax
    MEMF readonly_inc, 13, inc dword [es:SCRATCH]
    mov ax, S_RO
    mov es, ax
    mov edi, SCRATCH
    MEMF readonly_stosb, 13, stosb
    CHECK readonly_unchanged, dword [SCRATCH], 0x600DF00D
    ; code segments: never writable; readable ones can be read via CS:
    MEMF code_write_via_cs, 13, mov dword [cs:SCRATCH], 1
    MEMOK readable_code_read_via_cs, mov eax, [cs:SCRATCH]
    ; execute-only: runs, but cannot be read through CS
    EXPECT execonly_runs, NONE
    jmp S_XO:xo_code
xo_back:
    END_EXPECT
    CHECK execonly_runs_cs, ebx, S_XO
    EXPECT execonly_read_via_cs, 13, xo_read
    jmp S_XO:xo_read
    END_EXPECT
    CHECK execonly_read_via_cs_err, [V_ERR], 0
    CHECK execonly_read_via_cs_frame_cs, [V_CS], S_XO
    ret
xo_code:
    xor ebx, ebx
    mov bx, cs
    jmp SEL_CODE0:xo_back
xo_read:
    mov eax, [cs:SCRATCH]
    jmp SEL_CODE0:xo_back

; ---------------------------------------------------------------- data limits
seg_data_limit:
    SETUP_DESCS
    mov ax, S_LIM
    mov ds, ax
    MEMOK lim_dword_at_ffc, mov eax, [0xFFC]
    mov ax, S_LIM
    mov ds, ax
    MEMF lim_dword_at_ffd, 13, mov eax, [0xFFD]
    mov ax, S_LIM
    mov ds, ax
    MEMOK lim_byte_at_fff, mov al, [0xFFF]
    mov ax, S_LIM
    mov ds, ax
    MEMF lim_byte_at_1000, 13, mov al, [0x1000]
    mov ax, S_LIM
    mov ds, ax
    MEMF lim_word_at_fff, 13, mov ax, [0xFFF]
    mov ax, S_LIM
    mov ds, ax
    mov esi, 0xFFE
    MEMF lim_lodsd_at_ffe, 13, lodsd
    mov ax, S_LIM
    mov fs, ax
    MEMF lim_fs_write_at_2000, 13, mov dword [fs:0x2000], 0
    ; G=1: limit field 0 means 0xFFF
    mov ax, S_GRAN
    mov ds, ax
    MEMOK gran_byte_at_fff, mov al, [0xFFF]
    mov ax, S_GRAN
    mov ds, ax
    MEMF gran_byte_at_1000, 13, mov al, [0x1000]
    ret

; ---------------------------------------------------------------- stack limits
seg_stack_limit:
    SETUP_DESCS
    mov [V_USER], esp
    ; an SS access beyond the limit is #SS(0) (the exception frame goes on
    ; the same stack, well inside the limit)
    mov ebx, esp
    mov ax, S_SSLIM
    mov ss, ax
    mov esp, 0x8000
    EXPECT ss_read_beyond_limit, 12, .i1
.i1:
    mov eax, [esp + 0x8000]
    END_EXPECT
    CHECK ss_read_beyond_limit_err, [V_ERR], 0
    CHECK ss_fault_frame_on_limited_stack, [V_HSS], S_SSLIM
    mov ax, S_SSLIM
    mov ss, ax
    mov esp, 0x8000
    mov ebp, 0x10000
    EXPECT ss_ebp_based_beyond_limit, 12, .i2
.i2:
    mov eax, [ebp]
    END_EXPECT
    mov ax, S_SSLIM
    mov ss, ax
    mov esp, 0x8000
    EXPECT ss_dword_at_fffc_ok, NONE
    mov eax, [ss:0xFFFC]
    END_EXPECT
    mov ax, S_SSLIM
    mov ss, ax
    mov esp, 0x8000
    EXPECT ss_dword_at_fffd, 12, .i3
.i3:
    mov eax, [ss:0xFFFD]
    END_EXPECT
    ; a DS-relative access through EBP with a DS override is #GP, not #SS
    mov ax, S_SSLIM
    mov ss, ax
    mov esp, 0x8000
    mov ax, S_LIM
    mov ds, ax
    mov ebp, 0x10000
    EXPECT ds_override_ebp_is_gp, 13, .i4
.i4:
    mov eax, [ds:ebp]
    END_EXPECT
    mov ax, SEL_DATA0
    mov ss, ax
    mov esp, [V_USER]
    ret

; ---------------------------------------------------------------- stack sizes
seg_stack_sizes:
    SETUP_DESCS
    ; B=0: SP is used, the upper half of ESP is kept, SP wraps in the segment
    mov ebp, esp
    mov eax, 0xCAFEBABE
    mov ebx, 0x12340000
    mov dword [0x3FFFC], 0
    mov cx, S_SS16
    mov ss, cx
    mov esp, ebx
    push eax
    mov edx, esp
    pop esi
    mov edi, esp
    o16 push word 0x5A5A
    mov ebx, esp
    mov cx, SEL_DATA0
    mov ss, cx
    mov esp, ebp
    CHECK ss16_push_esp, edx, 0x1234FFFC
    CHECKW ss16_push_memory_low_word, word [0x3FFFC], 0xBABE
    CHECK ss16_pop_value, esi, 0xCAFEBABE
    CHECK ss16_pop_esp_wraps, edi, 0x12340000
    CHECK ss16_push_word_esp, ebx, 0x1234FFFE
    CHECKW ss16_push_word_memory, word [0x3FFFE], 0x5A5A
    ; B=1: ESP wraps at 4 GiB
    mov dword [0x2FFFC], 0
    mov cx, S_SSB
    mov ss, cx
    xor esp, esp
    push eax
    mov edx, esp
    mov cx, SEL_DATA0
    mov ss, cx
    mov esp, ebp
    CHECK ss32_push_esp_wraps, edx, 0xFFFFFFFC
    CHECK ss32_push_memory, dword [0x2FFFC], 0xCAFEBABE
    ret

; ---------------------------------------------------------------- 16-bit code
seg_code16:
    SETUP_DESCS
    ; a 32-bit far call pushes CS and EIP as dwords
    mov ebp, esp
    mov dword [SCRATCH], 0
    call SEL_CODE16:(code16_a - ROM_BASE)
    mov eax, esp
    CHECK code16_esp_restored, eax, ebp
    mov eax, ebp
    sub eax, [SCRATCH]
    CHECK code16_far_call32_pushed_8, eax, 8
    CHECK code16_push_ax_2, [SCRATCH + 4], 2
    CHECK code16_push_eax_4, [SCRATCH + 8], 4
    CHECK code16_near_call_2, [SCRATCH + 12], 2
    CHECK code16_cs, [SCRATCH + 16], SEL_CODE16
    CHECK code16_pushed_cs, [SCRATCH + 20], SEL_CODE0
    ; a 16-bit far call pushes CS and IP as words (IP: the low 16 bits of
    ; the return EIP); the 16-bit code comes back with a far JMP
    mov dword [SCRATCH], 0
    call word SEL_CODE16:(code16_b - ROM_BASE)
code16_b_ret:
    mov eax, esp
    CHECK code16_esp_restored_16, eax, ebp
    mov eax, ebp
    sub eax, [SCRATCH]
    CHECK code16_far_call16_pushed_4, eax, 4
    CHECK code16_far_call16_ip, [SCRATCH + 4], ABS(code16_b_ret) & 0xFFFF
    CHECK code16_far_call16_cs, [SCRATCH + 8], SEL_CODE0
    ret

bits 16
code16_a:
    mov [dword SCRATCH], esp
    mov ebx, esp
    push ax
    sub ebx, esp
    mov [dword SCRATCH + 4], ebx
    mov ebx, esp
    push eax
    sub ebx, esp
    mov [dword SCRATCH + 8], ebx
    add esp, 6
    mov ebx, esp
    call .n
.n:
    sub ebx, esp
    mov [dword SCRATCH + 12], ebx
    add esp, 2
    xor eax, eax
    mov ax, cs
    mov [dword SCRATCH + 16], eax
    movzx eax, word [esp + 4]
    mov [dword SCRATCH + 20], eax
    o32 retf
code16_b:
    mov [dword SCRATCH], esp
    movzx eax, word [esp]
    mov [dword SCRATCH + 4], eax
    movzx eax, word [esp + 2]
    mov [dword SCRATCH + 8], eax
    add esp, 4
    jmp dword SEL_CODE0:code16_b_ret
bits 32

; ---------------------------------------------------------------- CS limit
seg_cs_limit:
    SETUP_DESCS
    EXPECT cs_limit_near_jump_beyond, 13, cslim_a
    jmp S_CLIM:cslim_a
    END_EXPECT
    CHECK cs_limit_near_jump_err, [V_ERR], 0
    CHECK cs_limit_near_jump_cs, [V_CS], S_CLIM
    EXPECT cs_limit_insn_straddles, 13, cslim_c
    jmp S_CLIM:cslim_b
    END_EXPECT
    CHECK cs_limit_straddle_err, [V_ERR], 0
    ret
cslim_a:
    jmp near cslim_beyond
cslim_b:
    nop
    nop
cslim_c:
    mov eax, 0x12345678      ; bytes 3 and 4 are beyond the limit
    nop
cslim_beyond:
    int VEC_SVC

; ---------------------------------------------------------------- LAR / LSL
; LARCHK name, selector, ZF, value (0x00F0FF00 bits of the access rights)
%macro LARCHK 4
    mov eax, 0xDEADBEEF
    mov ebx, %2
    lar eax, ebx
    CHECK_ZF %1, %3
  %if %3
    CHECKM %{1}_rights, eax, %4, 0x00F0FF00
  %else
    CHECK %{1}_unchanged, eax, 0xDEADBEEF
  %endif
%endmacro
%macro LSLCHK 4
    mov eax, 0xDEADBEEF
    mov ebx, %2
    lsl eax, ebx
    CHECK_ZF %1, %3
  %if %3
    CHECK %{1}_limit, eax, %4
  %else
    CHECK %{1}_unchanged, eax, 0xDEADBEEF
  %endif
%endmacro

seg_lar_lsl:
    SETUP_DESCS
    SETDESC S_SSNP, 0, 0xFFFFF, ACC_TSS16, 0          ; 16-bit TSS, available
    SETDESC S_LDTNP, 0x8000, 0x2B, ACC_TSS16 | 2, 0    ; 16-bit TSS, busy
    SETDESC S_ED3, 0, 0, 0x88, 0                        ; reserved type 8
    SETGATE S_SSLIM, SEL_CODE0, seg_dummy, ACC_TASK    ; task gate
    SETGATE S_SS16, SEL_CODE0, seg_dummy, ACC_TRAP32
    SETGATE S_SSB, SEL_CODE0, seg_dummy, ACC_CALL16
    LARCHK lar_code0, SEL_CODE0, 1, 0x00C09B00
    LARCHK lar_data3, SEL_DATA3, 1, 0x00C0F300
    LARCHK lar_readonly, S_RO, 1, 0x00C09100
    LARCHK lar_not_present, S_NP, 1, 0x00C01300
    LARCHK lar_limit_data, S_LIM, 1, 0x00409300
    LARCHK lar_ed16, S_ED16, 1, 0x00009700
    LARCHK lar_busy_tss32, SEL_TSS0, 1, 0x00008B00
    LARCHK lar_available_tss32, S_TSS2, 1, 0x00008900
    LARCHK lar_tss16, S_SSNP, 1, 0x00008100
    LARCHK lar_busy_tss16, S_LDTNP, 1, 0x00008300
    LARCHK lar_ldt, SEL_LDT, 1, 0x00008200
    LARCHK lar_call_gate32, S_CALLG, 1, 0x00008C00
    LARCHK lar_call_gate16, S_SSB, 1, 0x00008400
    LARCHK lar_task_gate, S_SSLIM, 1, 0x00008500
    LARCHK lar_interrupt_gate, S_INTG, 0, 0
    LARCHK lar_trap_gate, S_SS16, 0, 0
    LARCHK lar_reserved_type8, S_ED3, 0, 0
    LARCHK lar_zero_descriptor, 0x7F8, 0, 0
    LARCHK lar_null, 0, 0, 0
    LARCHK lar_beyond_gdt, 0x800, 0, 0
    LARCHK lar_ldt_null_ldtr, L_DATA, 0, 0
    LARCHK lar_rpl3_dpl0_data, SEL_DATA0 | 3, 0, 0
    LARCHK lar_rpl3_dpl0_code, SEL_CODE0 | 3, 0, 0
    LARCHK lar_rpl3_conforming, S_C0 | 3, 1, 0x00C09F00
    LARCHK lar_rpl3_tss, SEL_TSS0 | 3, 0, 0
    ; 16-bit operand: the low word only, upper half of the register kept
    mov eax, 0xDEAD0000
    mov bx, SEL_DATA0
    lar ax, bx
    CHECK_ZF lar16, 1
    CHECK lar16_value, eax, 0xDEAD9300
    ; LSL: the byte-granular limit (scaled when G=1)
    LSLCHK lsl_code0, SEL_CODE0, 1, 0xFFFFFFFF
    LSLCHK lsl_limit_data, S_LIM, 1, 0xFFF
    LSLCHK lsl_gran_field0, S_GRAN, 1, 0xFFF
    LSLCHK lsl_ed32g, S_ED32G, 1, 0x1FFF
    LSLCHK lsl_not_present, S_NP, 1, 0xFFFFFFFF
    LSLCHK lsl_tss32, SEL_TSS0, 1, TSS0_LIMIT
    LSLCHK lsl_tss16, S_SSNP, 1, 0xFFFFF
    LSLCHK lsl_ldt, SEL_LDT, 1, LDT_LIMIT
    LSLCHK lsl_call_gate, S_CALLG, 0, 0
    LSLCHK lsl_task_gate, S_SSLIM, 0, 0
    LSLCHK lsl_null, 0, 0, 0
    LSLCHK lsl_rpl3_dpl0, SEL_DATA0 | 3, 0, 0
    LSLCHK lsl_rpl3_conforming, S_C0 | 3, 1, 0xFFFFFFFF
    mov eax, 0xDEAD0000
    mov bx, S_LIM
    lsl ax, bx
    CHECK lsl16_value, eax, 0xDEAD0FFF
    ; LAR/LSL do not fault on a selector beyond the table or not present
    EXPECT lar_lsl_never_fault, NONE
    mov bx, 0xFFF8
    lar eax, bx
    lsl eax, bx
    END_EXPECT
    ret

; ---------------------------------------------------------------- VERR / VERW / ARPL
%macro VERRCHK 3
    mov ax, %2
    verr ax
    CHECK_ZF %1, %3
%endmacro
%macro VERWCHK 3
    mov ax, %2
    verw ax
    CHECK_ZF %1, %3
%endmacro

seg_verr_verw_arpl:
    SETUP_DESCS
    VERRCHK verr_data0, SEL_DATA0, 1
    VERRCHK verr_readable_code, SEL_CODE0, 1
    VERRCHK verr_execonly, S_XO, 0
    VERRCHK verr_readonly, S_RO, 1
    VERRCHK verr_tss, SEL_TSS0, 0
    VERRCHK verr_gate, S_CALLG, 0
    VERRCHK verr_null, 0, 0
    VERRCHK verr_beyond_gdt, 0x800, 0
    VERRCHK verr_rpl3_dpl0, SEL_DATA0 | 3, 0
    VERRCHK verr_rpl3_code_dpl0, SEL_CODE0 | 3, 0
    VERRCHK verr_rpl3_conforming, S_C0 | 3, 1
    VERRCHK verr_dpl3, SEL_DATA3, 1
    VERWCHK verw_data0, SEL_DATA0, 1
    VERWCHK verw_readonly, S_RO, 0
    VERWCHK verw_code, SEL_CODE0, 0
    VERWCHK verw_conforming, S_C0, 0
    VERWCHK verw_expand_down, S_ED32, 1
    VERWCHK verw_tss, SEL_TSS0, 0
    VERWCHK verw_null, 0, 0
    VERWCHK verw_rpl3_dpl0, SEL_DATA0 | 3, 0
    VERWCHK verw_dpl3_rpl3, SEL_DATA3 | 3, 1
    ; memory operand
    mov word [SCRATCH], SEL_DATA0
    verw [SCRATCH]
    CHECK_ZF verw_memory_operand, 1
    ; ARPL: raises the destination's RPL to the source's
    mov ax, 0x0010
    mov bx, 0x0003
    arpl ax, bx
    CHECK_ZF arpl_raise, 1
    CHECKW arpl_raise_value, ax, 0x0013
    mov ax, 0x0013
    mov bx, 0x0001
    arpl ax, bx
    CHECK_ZF arpl_keep, 0
    CHECKW arpl_keep_value, ax, 0x0013
    mov ax, 0x0012
    mov bx, 0xFFF2
    arpl ax, bx
    CHECK_ZF arpl_equal, 0
    mov word [SCRATCH], 0x1230
    mov cx, 0x0002
    arpl [SCRATCH], cx
    CHECK_ZF arpl_memory, 1
    CHECKW arpl_memory_value, word [SCRATCH], 0x1232
    ret

; ---------------------------------------------------------------- CPL 3 checks
seg_ring3_pointer_validation:
    SETUP_DESCS
    EXPECT r3_pointer_validation, VEC_SVC, .back
    TO_RING3 .r3
.r3:
    FLAT_DS
    xor esi, esi
    mov ax, SEL_DATA0
    lar ebx, eax            ; DPL 0 < CPL 3: ZF=0
    setz [SCRATCH + 0]
    mov ax, SEL_DATA3 | 3
    lar ebx, eax
    setz [SCRATCH + 1]
    mov [SCRATCH + 4], ebx
    mov ax, S_C0
    verr ax
    setz [SCRATCH + 2]
    mov ax, SEL_CODE0
    lsl ebx, eax
    setz [SCRATCH + 3]
    mov ax, SEL_DATA2 | 2
    verw ax
    setz [SCRATCH + 8]
    mov ax, SEL_DATA3
    verw ax
    setz [SCRATCH + 9]
    int VEC_SVC
.back:
    END_EXPECT
    CHECKW r3_lar_dpl0, byte [SCRATCH + 0], 0
    CHECKW r3_lar_dpl3, byte [SCRATCH + 1], 1
    CHECKM r3_lar_dpl3_rights, [SCRATCH + 4], 0x00C0F300, 0x00F0FF00
    CHECKW r3_verr_conforming_dpl0, byte [SCRATCH + 2], 1
    CHECKW r3_lsl_code_dpl0, byte [SCRATCH + 3], 0
    CHECKW r3_verw_dpl2, byte [SCRATCH + 8], 0
    CHECKW r3_verw_dpl3_rpl0, byte [SCRATCH + 9], 1
    ret

; ---------------------------------------------------------------- SGDT SIDT SLDT STR
seg_sgdt_sidt_sldt_str:
    SETUP_DESCS
    mov dword [SCRATCH], 0xFFFFFFFF
    mov dword [SCRATCH + 4], 0xFFFFFFFF
    sgdt [SCRATCH]
    CHECKW sgdt_limit, word [SCRATCH], GDT_LIMIT
    CHECK sgdt_base, dword [SCRATCH + 2], GDT_BASE
    CHECKW sgdt_next_bytes_kept, word [SCRATCH + 6], 0xFFFF
    sidt [SCRATCH + 8]
    CHECKW sidt_limit, word [SCRATCH + 8], IDT_LIMIT
    CHECK sidt_base, dword [SCRATCH + 10], IDT_BASE
    mov eax, 0xFFFFFFFF
    sldt eax
    CHECK sldt_null, eax, 0
    mov ax, SEL_LDT
    lldt ax
    mov eax, 0xFFFFFFFF
    sldt eax
    CHECK sldt_r32_zero_extended, eax, SEL_LDT
    mov eax, 0xFFFFFFFF
    sldt ax
    CHECK sldt_r16, eax, 0xFFFF0000 | SEL_LDT
    mov dword [SCRATCH], 0xFFFFFFFF
    sldt [SCRATCH]
    CHECK sldt_m16, dword [SCRATCH], 0xFFFF0000 | SEL_LDT
    mov eax, 0xFFFFFFFF
    str eax
    CHECK str_r32_zero_extended, eax, SEL_TSS0
    mov dword [SCRATCH], 0xFFFFFFFF
    str [SCRATCH]
    CHECK str_m16, dword [SCRATCH], 0xFFFF0000 | SEL_TSS0
    ret

seg_sgdt_sidt_sldt_str_r3:
    SETUP_DESCS
    mov ax, SEL_LDT
    lldt ax
    ; SGDT, SIDT, SLDT, STR are allowed at CPL 3
    EXPECT r3_sgdt_sidt_sldt_str, VEC_SVC, .back
    TO_RING3 .r3
.r3:
    FLAT_DS
    sgdt [SCRATCH + 16]
    sidt [SCRATCH + 24]
    sldt [SCRATCH + 32]
    str [SCRATCH + 34]
    int VEC_SVC
.back:
    END_EXPECT
    CHECK r3_sgdt_base, dword [SCRATCH + 18], GDT_BASE
    CHECK r3_sidt_base, dword [SCRATCH + 26], IDT_BASE
    CHECKW r3_sldt, word [SCRATCH + 32], SEL_LDT
    CHECKW r3_str, word [SCRATCH + 34], SEL_TSS0
    ret

; ---------------------------------------------------------------- LLDT and the LDT
seg_lldt_ldt:
    SETUP_DESCS
    mov dword [0x12000], 0x11D11D00
    mov dword [0x13000], 0x33D33D00
    mov ax, SEL_LDT
    lldt ax
    mov ax, L_DATA
    mov ds, ax
    mov ebx, [0]
    mov ax, L_DATA3 | 3
    mov es, ax
    mov ecx, [es:0]
    mov dword [es:4], 0xABCD
    call seg_reload
    CHECK ldt_data_read, ebx, 0x11D11D00
    CHECK ldt_data3_read, ecx, 0x33D33D00
    CHECK ldt_data3_write, dword [0x13004], 0xABCD
    CHECKW ldt_descriptor_accessed, byte [LDT_BASE + 8 + 5], ACC_DATA | 1
    SEGF ldt_rpl3_dpl0, ds, L_DATA | 3, 13, L_DATA
    SEGF ldt_beyond_limit, ds, 0x104, 13, 0x104
    SEGF ldt_zero_entry, ds, 0x1C, 13, 0x1C
    ; LLDT checks
    mov ax, SEL_DATA0
    EXPECT lldt_data_descriptor, 13, .l1
.l1:
    lldt ax
    END_EXPECT
    CHECK lldt_data_descriptor_err, [V_ERR], SEL_DATA0
    mov ax, SEL_TSS0
    EXPECT lldt_tss_descriptor, 13, .l2
.l2:
    lldt ax
    END_EXPECT
    CHECK lldt_tss_descriptor_err, [V_ERR], SEL_TSS0
    mov ax, S_LDTNP
    EXPECT lldt_not_present, 11, .l3
.l3:
    lldt ax
    END_EXPECT
    CHECK lldt_not_present_err, [V_ERR], S_LDTNP
    mov ax, L_DATA
    EXPECT lldt_ti_set, 13, .l4
.l4:
    lldt ax
    END_EXPECT
    CHECK lldt_ti_set_err, [V_ERR], L_DATA
    mov ax, 0x800
    EXPECT lldt_beyond_gdt, 13, .l5
.l5:
    lldt ax
    END_EXPECT
    CHECK lldt_beyond_gdt_err, [V_ERR], 0x800
    ; a null selector makes the LDT unusable
    xor eax, eax
    EXPECT lldt_null_ok, NONE
    lldt ax
    END_EXPECT
    SEGF ldt_after_lldt_null, ds, L_DATA, 13, L_DATA
    ret

seg_ldt_r3:
    SETUP_DESCS
    mov dword [0x13000], 0x33D33D00
    mov ax, SEL_LDT
    lldt ax
    ; LDT-relative selectors work at CPL 3 too
    EXPECT r3_ldt_load, VEC_SVC, .back
    TO_RING3 .r3
.r3:
    mov ax, L_DATA3 | 3
    mov ds, ax
    mov ebx, [0]
    mov [8], ebx
    int VEC_SVC
.back:
    END_EXPECT
    CHECK r3_ldt_read_write, dword [0x13008], 0x33D33D00
    mov ax, SEL_LDT
    EXPECT lldt_cpl3, 13, .l6
    TO_RING3 .l6
.l6:
    lldt ax
    int VEC_SVC
    END_EXPECT
    CHECK lldt_cpl3_err, [V_ERR], 0
    ret

; ---------------------------------------------------------------- LTR
seg_ltr:
    SETUP_DESCS
    mov ax, SEL_TSS0
    EXPECT ltr_busy, 13, .t1
.t1:
    ltr ax
    END_EXPECT
    CHECK ltr_busy_err, [V_ERR], SEL_TSS0
    mov ax, S_TSSNP
    EXPECT ltr_not_present, 11, .t2
.t2:
    ltr ax
    END_EXPECT
    CHECK ltr_not_present_err, [V_ERR], S_TSSNP
    mov ax, SEL_LDT
    EXPECT ltr_ldt_descriptor, 13, .t3
.t3:
    ltr ax
    END_EXPECT
    CHECK ltr_ldt_descriptor_err, [V_ERR], SEL_LDT
    xor eax, eax
    EXPECT ltr_null, 13, .t4
.t4:
    ltr ax
    END_EXPECT
    CHECK ltr_null_err, [V_ERR], 0
    mov ax, S_TSS2 | 4
    EXPECT ltr_ti_set, 13, .t5
.t5:
    ltr ax
    END_EXPECT
    CHECK ltr_ti_set_err, [V_ERR], S_TSS2 | 4
    mov dword [0x8000 + 4], R0_TOP          ; ring-0 stack for the CPL-3 test
    mov dword [0x8000 + 8], SEL_DATA0
    CHECKW ltr_tss_available_before, byte [GDT_BASE + S_TSS2 + 5], ACC_TSS32
    mov ax, S_TSS2
    ltr ax
    str bx
    CHECKW ltr_str, bx, S_TSS2
    CHECKW ltr_sets_busy, byte [GDT_BASE + S_TSS2 + 5], ACC_TSS32 | 2
    ret

seg_ltr_r3:
    SETUP_DESCS
    mov ax, S_TSS2
    EXPECT ltr_cpl3, 13, .t6
    TO_RING3 .t6
.t6:
    ltr ax
    int VEC_SVC
    END_EXPECT
    CHECK ltr_cpl3_err, [V_ERR], 0
    ret

PM_ROM_END
