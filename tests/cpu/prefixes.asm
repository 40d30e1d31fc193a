; prefixes.asm - segment override prefixes 26 (ES) 2E (CS) 36 (SS) 3E (DS)
; 64 (FS) 65 (GS) on ModRM, moffs, 32-bit (0x67) and stack memory operands;
; 0x66/0x67/segment prefixes in any order; LOCK on every lockable
; read-modify-write instruction with a memory destination (the #UD cases of
; LOCK are in exceptions.asm).
%include "rom.inc"

pfx_rom_word:
    dw 0xC5C5
pfx_rom_dword:
    dd 0xC5C5C5C5

TEST_GROUP prefixes
    ; distinct data at offset 0x100 of every segment
    mov ax, 0x3000
    mov fs, ax
    mov ax, 0x4000
    mov gs, ax
    mov ax, DATA2_SEG
    mov es, ax
    mov word [0x100], 0xD5D5
    mov word [es:0x100], 0xE5E5
    mov word [fs:0x100], 0xF5F5
    mov word [gs:0x100], 0x6565
    mov word [ss:0x100], 0x3636
    mov bx, 0x100
    mov ax, [bx]
    CHECK_EQ default_ds, ax, 0xD5D5
    mov ax, [es:bx]
    CHECK_EQ override_es_26, ax, 0xE5E5
    mov ax, [fs:bx]
    CHECK_EQ override_fs_64, ax, 0xF5F5
    mov ax, [gs:bx]
    CHECK_EQ override_gs_65, ax, 0x6565
    mov ax, [ss:bx]
    CHECK_EQ override_ss_36, ax, 0x3636
    mov bp, 0x100
    mov ax, [ds:bp]
    CHECK_EQ override_ds_3e_on_bp, ax, 0xD5D5
    mov ax, [es:bp]
    CHECK_EQ override_es_on_bp, ax, 0xE5E5
    mov ax, [cs:pfx_rom_word]
    CHECK_EQ override_cs_2e, ax, 0xC5C5
    mov si, pfx_rom_dword
    mov eax, [cs:si]
    CHECK_EQ32 override_cs_si, eax, 0xC5C5C5C5
    ; moffs (A1) with each override
    mov ax, [fs:0x100]
    CHECK_EQ moffs_fs, ax, 0xF5F5
    mov ax, [gs:0x100]
    CHECK_EQ moffs_gs, ax, 0x6565
    mov ax, [ss:0x100]
    CHECK_EQ moffs_ss, ax, 0x3636
    ; writes go to the overriding segment
    mov word [gs:0x102], 0x1234
    mov ax, [gs:0x102]
    CHECK_EQ override_write_gs, ax, 0x1234
    mov word [0x102], 0
    CHECK_EQ override_write_not_ds, word [gs:0x102], 0x1234
    ; 32-bit addressing with overrides
    mov ebx, 0x100
    mov ax, [fs:ebx]
    CHECK_EQ override_fs_addr32, ax, 0xF5F5
    mov ecx, 0x80
    mov ax, [es:ecx*2]
    CHECK_EQ override_es_sib, ax, 0xE5E5
    mov ebp, 0x100
    mov ax, [gs:ebp]
    CHECK_EQ override_gs_on_ebp, ax, 0x6565
    ; stack operands: PUSH/POP memory with overrides
    push word [fs:0x100]
    pop word [gs:0x104]
    CHECK_EQ push_pop_mem_overrides, word [gs:0x104], 0xF5F5
    ; an ALU destination with an override
    add word [es:0x100], 0x0101
    CHECK_EQ alu_dest_override, word [es:0x100], 0xE6E6
    ; prefixes in any order: mov eax, [es:ebx]
    mov dword [es:0x110], 0x600DF00D
    mov ebx, 0x110
    db 0x26, 0x66, 0x67, 0x8B, 0x03
    CHECK_EQ32 prefix_order_26_66_67, eax, 0x600DF00D
    xor eax, eax
    db 0x67, 0x26, 0x66, 0x8B, 0x03
    CHECK_EQ32 prefix_order_67_26_66, eax, 0x600DF00D
    xor eax, eax
    db 0x66, 0x67, 0x26, 0x8B, 0x03
    CHECK_EQ32 prefix_order_66_67_26, eax, 0x600DF00D
    ; a repeated 0x66 is still one operand-size prefix
    xor eax, eax
    db 0x66, 0x66, 0xB8
    dd 0x87654321               ; mov eax, imm32
    CHECK_EQ32 prefix_66_twice, eax, 0x87654321
    ; 0x66 0x67 on a 16-bit address form: 32-bit data, 16-bit address
    mov dword [0x120], 0xABCD1234
    mov bx, 0x120
    db 0x66, 0x8B, 0x07         ; mov eax, [bx]
    CHECK_EQ32 prefix_66_addr16, eax, 0xABCD1234

    ; ---------------------------------------------------- LOCK
    mov ax, DATA_SEG
    mov es, ax
    mov word [0x200], 0x0100
    lock add word [0x200], 0x0011
    CHECK_EQ lock_add, word [0x200], 0x0111
    SET_FLAGS F_CF
    lock adc word [0x200], 0
    CHECK_EQ lock_adc, word [0x200], 0x0112
    lock sub word [0x200], 2
    CHECK_EQ lock_sub, word [0x200], 0x0110
    SET_FLAGS F_CF
    lock sbb word [0x200], 0
    CHECK_EQ lock_sbb, word [0x200], 0x010F
    lock or word [0x200], 0xF000
    CHECK_EQ lock_or, word [0x200], 0xF10F
    lock and word [0x200], 0x0FFF
    CHECK_EQ lock_and, word [0x200], 0x010F
    lock xor word [0x200], 0x0101
    CHECK_EQ lock_xor, word [0x200], 0x000E
    lock inc word [0x200]
    CHECK_EQ lock_inc, word [0x200], 0x000F
    lock dec byte [0x200]
    CHECK_EQ lock_dec, word [0x200], 0x000E
    lock not word [0x200]
    CHECK_EQ lock_not, word [0x200], 0xFFF1
    lock neg word [0x200]
    CHECK_EQ lock_neg, word [0x200], 0x000F
    mov ax, 0x10
    lock xadd [0x200], ax
    CHECK_EQ lock_xadd, word [0x200], 0x001F
    mov ax, 0x001F
    mov cx, 0x7777
    lock cmpxchg [0x200], cx
    CHECK_EQ lock_cmpxchg, word [0x200], 0x7777
    mov ax, 0x1111
    lock xchg [0x200], ax       ; XCHG locks anyway; the prefix is legal
    CHECK_EQ lock_xchg, word [0x200], 0x1111
    lock bts word [0x200], 1
    CHECK_EQ lock_bts, word [0x200], 0x1113
    lock btr word [0x200], 0
    CHECK_EQ lock_btr, word [0x200], 0x1112
    mov cx, 15
    lock btc word [0x200], cx
    CHECK_EQ lock_btc, word [0x200], 0x9112
    mov dword [0x208], 0x11111111
    mov dword [0x20C], 0x22222222
    mov eax, 0x11111111
    mov edx, 0x22222222
    mov ebx, 0x33333333
    mov ecx, 0x44444444
    lock cmpxchg8b [0x208]
    CHECK_EQ32 lock_cmpxchg8b, dword [0x20C], 0x44444444
    mov dword [0x210], 0x7FFFFFFF
    lock add dword [fs:0x100], 0   ; LOCK with an override and 0x66
    lock es add dword [0x210], 1
    CHECK_EQ32 lock_override_o32, dword [0x210], 0x80000000
    mov ebx, 0x210
    lock add byte [ebx], 1      ; LOCK with 0x67
    CHECK_EQ8 lock_addr32, byte [0x210], 0x01
TEST_GROUP_END
