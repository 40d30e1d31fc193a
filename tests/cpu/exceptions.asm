; exceptions.asm - faults in real mode, each checked for its vector and for
; the pushed CS:IP pointing at the first byte of the faulting instruction
; (prefixes included):
;   #UD (6): UD2, UD0 (0F FF), UD1 (0F B9), C6/C7 with reg != 0, FE /2 and
;     /7, FF /7, far JMP/CALL with a register operand, LEA/LES/BOUND with a
;     register operand, MOV to CS, MOV to/from segment register 6, ARPL and
;     0F 00 (SLDT...) in real mode, LOCK on a register destination or on an
;     instruction that cannot be locked;
;   #GP (13): a word or dword that does not fit below offset 0xFFFF of DS/ES/
;     FS/GS, a 0x67 address above 0xFFFF, a near jump beyond the CS limit;
;   #SS (12): the same through SS ([bp], [ss:], [ebp]);
;   #BR (5): BOUND out of range (16 and 32 bits), and no fault in range.
; #DE is in muldiv.asm and bcd.asm, INTO and the traps in interrupts.asm.
%include "rom.inc"

; UD name, bytes...: the bytes must raise #UD at their first byte
%macro UD 2-*
    EXPECT_FAULT %1, 6
  %rep %0-1
    %rotate 1
    db %1
  %endrep
    END_FAULT
%endmacro

TEST_GROUP exceptions
    ; ---------------------------------------------------- #UD
    UD ud2, 0x0F, 0x0B
    UD ud2_with_prefixes, 0x66, 0x26, 0x0F, 0x0B
    UD ud0_0fff, 0x0F, 0xFF, 0xC0
    UD ud1_0fb9, 0x0F, 0xB9, 0xC0
    UD c6_reg1, 0xC6, 0xC8, 0x00
    UD c6_reg1_mem, 0xC6, 0x0F, 0x00
    UD c7_reg1, 0xC7, 0xC8, 0x00, 0x00
    UD fe_reg2, 0xFE, 0xD0
    UD fe_reg7_mem, 0xFE, 0x3F
    UD ff_reg7, 0xFF, 0xF8
    UD ff_reg7_mem, 0xFF, 0x3F
    UD jmp_far_register, 0xFF, 0xE8
    UD call_far_register, 0xFF, 0xD8
    UD lea_register, 0x8D, 0xC0
    UD les_register, 0xC4, 0xC0
    UD lds_register, 0xC5, 0xC0
    UD bound_register, 0x62, 0xC0
    UD mov_cs_r16, 0x8E, 0xC8
    UD mov_cs_mem, 0x8E, 0x0F
    UD mov_sreg6_r16, 0x8E, 0xF0
    UD mov_r16_sreg6, 0x8C, 0xF0
    UD arpl_real_mode, 0x63, 0xC0
    UD sldt_real_mode, 0x0F, 0x00, 0xC0
    UD str_real_mode, 0x0F, 0x00, 0xC8
    UD lldt_real_mode, 0x0F, 0x00, 0xD0
    UD verr_real_mode, 0x0F, 0x00, 0xE0
    ; LOCK: only ADD ADC AND BTC BTR BTS CMPXCHG CMPXCHG8B DEC INC NEG NOT
    ; OR SBB SUB XADD XCHG XOR with a memory destination may be locked
    UD lock_add_reg_dest, 0xF0, 0x01, 0xC0
    UD lock_add_reg_dest_prefixed, 0x66, 0xF0, 0x01, 0xC0
    UD lock_inc_reg, 0xF0, 0x40
    UD lock_not_reg, 0xF0, 0xF7, 0xD0
    UD lock_mov_mem, 0xF0, 0x89, 0x07
    UD lock_cmp_mem, 0xF0, 0x39, 0x07
    UD lock_test_mem, 0xF0, 0x85, 0x07
    UD lock_nop, 0xF0, 0x90
    UD lock_bt_mem, 0xF0, 0x0F, 0xA3, 0x07
    UD lock_xchg_reg_reg, 0xF0, 0x87, 0xC3
    UD lock_cmpxchg_reg, 0xF0, 0x0F, 0xB1, 0xC8
    UD lock_push_mem, 0xF0, 0xFF, 0x37
    ; the registers and memory are untouched by a #UD
    mov word [0x500], 0x1234
    mov ax, 0x0101
    mov bx, 0x500
    EXPECT_FAULT lock_mov_no_write, 6
    db 0xF0, 0x89, 0x07         ; lock mov [bx], ax
    END_FAULT
    CHECK_EQ lock_mov_mem_kept, word [0x500], 0x1234

    ; ---------------------------------------------------- #GP (13)
    mov ax, 0x5555
    EXPECT_FAULT gp_word_at_ffff, 13
    mov ax, [0xFFFF]
    END_FAULT
    CHECK_EQ gp_word_dest_kept, ax, 0x5555
    EXPECT_FAULT gp_dword_at_fffd, 13
    mov eax, [0xFFFD]
    END_FAULT
    mov byte [0xFFFF], 0x77     ; a byte at the limit is fine
    EXPECT_NO_FAULT byte_at_ffff_ok
    mov al, [0xFFFF]
    END_FAULT
    CHECK_EQ8 byte_at_ffff_value, al, 0x77
    EXPECT_NO_FAULT dword_at_fffc_ok
    mov eax, [0xFFFC]
    END_FAULT
    mov word [0xFFFE], 0x4321
    EXPECT_FAULT gp_write_word_at_ffff, 13
    mov word [0xFFFF], 0xAAAA
    END_FAULT
    CHECK_EQ gp_write_not_done, word [0xFFFE], 0x4321
    mov bx, 0xFFFF
    EXPECT_FAULT gp_word_bx_ffff_es, 13
    mov ax, [es:bx]
    END_FAULT
    EXPECT_FAULT gp_word_fs_prefixed, 13
    db 0x66, 0x64, 0x8B, 0x07   ; mov eax, [fs:bx]
    END_FAULT
    EXPECT_FAULT gp_alu_dest_gs, 13
    add [gs:bx], ax
    END_FAULT
    mov ebx, 0x10000
    EXPECT_FAULT gp_addr32_above_limit, 13
    mov al, [ebx]
    END_FAULT
    mov ebx, 0xFFFFFFFF         ; -1 is an offset of 4 GiB-1, not a wrap
    EXPECT_FAULT gp_addr32_minus_one, 13
    mov al, [ebx]
    END_FAULT
    mov ebx, 0xFFFF
    EXPECT_NO_FAULT addr32_ffff_byte_ok
    mov al, [ebx]
    END_FAULT
    xor ebx, ebx
    mov si, 0xFFFF
    EXPECT_FAULT gp_lodsw_at_ffff, 13
    lodsw
    END_FAULT
    CHECK_EQ gp_lodsw_si_kept, si, 0xFFFF
    mov di, 0xFFFE
    EXPECT_FAULT gp_stosd_at_fffe, 13
    stosd
    END_FAULT
    mov word [0x510], 0xFFFF
    EXPECT_FAULT gp_push_mem_source, 13
    push word [0xFFFF]
    END_FAULT
    EXPECT_FAULT gp_jmp_beyond_cs_limit, 13
    db 0x66, 0xE9               ; o32 jmp rel32 to an EIP above 0xFFFF
    dd 0x00020000
    END_FAULT

    ; ---------------------------------------------------- #SS (12)
    mov bp, 0xFFFF
    EXPECT_FAULT ss_word_bp_ffff, 12
    mov ax, [bp]
    END_FAULT
    mov bx, 0xFFFF
    EXPECT_FAULT ss_override_word, 12
    mov ax, [ss:bx]
    END_FAULT
    mov bp, 0xFFFE
    mov si, 0
    EXPECT_FAULT ss_dword_bp_fffe, 12
    mov eax, [bp+si]
    END_FAULT
    mov ebp, 0x10000
    EXPECT_FAULT ss_addr32_ebp, 12
    mov al, [ebp]
    END_FAULT
    xor ebp, ebp
    mov bp, 0xFFFF
    EXPECT_FAULT gp_ds_override_on_bp, 13
    mov ax, [ds:bp]
    END_FAULT

    ; ---------------------------------------------------- BOUND / #BR (5)
    mov word [0x520], -5        ; lower bound
    mov word [0x522], 10        ; upper bound
    mov ax, 0
    EXPECT_NO_FAULT bound16_in_range
    bound ax, [0x520]
    END_FAULT
    mov ax, 10
    EXPECT_NO_FAULT bound16_upper_inclusive
    bound ax, [0x520]
    END_FAULT
    mov ax, -5
    EXPECT_NO_FAULT bound16_lower_inclusive
    bound ax, [0x520]
    END_FAULT
    mov ax, 11
    EXPECT_FAULT bound16_above, 5
    bound ax, [0x520]
    END_FAULT
    mov ax, -6
    EXPECT_FAULT bound16_below_signed, 5
    bound ax, [0x520]
    END_FAULT
    mov dword [0x530], 0x10000
    mov dword [0x534], 0x20000
    mov eax, 0x1FFFF
    EXPECT_NO_FAULT bound32_in_range
    bound eax, [0x530]
    END_FAULT
    mov eax, 0xFFFF             ; below 0x10000
    EXPECT_FAULT bound32_below, 5
    bound eax, [0x530]
    END_FAULT
    mov ebx, 0x500
    mov ax, 100
    EXPECT_FAULT bound16_addr32_prefixed, 5
    es bound ax, [ebx+0x20]
    END_FAULT
TEST_GROUP_END
