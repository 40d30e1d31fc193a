; io.asm - IN/OUT with imm8 and DX ports, 8/16/32 bits; INS/OUTS with REP,
; DF=1 and a segment override on the OUTS source.
; Ports used: 0xE9 (the debug console: reads back 0xE9, bytes written are
; printed) and ports assumed unclaimed (reads return all ones, writes are
; dropped): 0xE0-0xE3 (imm8 forms) and 0x2E0-0x2E3 (DX forms).
%include "rom.inc"

IO_FREE8  equ 0xE0
IO_FREE16 equ 0x2E0

io_msg1:
    db "ok out_dx_al_prints", 10
io_msg1_len equ $ - io_msg1

io_msg2:
    db "ok rep_outsb_fs_source_prints", 10
io_msg2_len equ $ - io_msg2

; io_count_pass: counts one check as passed (its line was printed by the test)
io_count_pass:
    push ds
    push word REPORT_SEG
    pop ds
    add dword [R_PASS], 1
    pop ds
    ret

TEST_GROUP io
    ; ---------------------------------------------------- IN
    mov eax, 0x12345600
    in al, 0xE9
    CHECK_EQ32 in_al_imm8_e9, eax, 0x123456E9
    mov eax, 0x12345600
    mov dx, 0xE9
    in al, dx
    CHECK_EQ32 in_al_dx_e9, eax, 0x123456E9
    mov eax, 0x12340000
    in al, IO_FREE8
    CHECK_EQ32 in_al_imm8_unclaimed, eax, 0x123400FF
    mov eax, 0x12340000
    in ax, IO_FREE8
    CHECK_EQ32 in_ax_imm8_unclaimed, eax, 0x1234FFFF
    xor eax, eax
    in eax, IO_FREE8
    CHECK_EQ32 in_eax_imm8_unclaimed, eax, 0xFFFFFFFF
    mov dx, IO_FREE16
    mov eax, 0x12340000
    in al, dx
    CHECK_EQ32 in_al_dx_unclaimed, eax, 0x123400FF
    in ax, dx
    CHECK_EQ32 in_ax_dx_unclaimed, eax, 0x1234FFFF
    xor eax, eax
    in eax, dx
    CHECK_EQ32 in_eax_dx_unclaimed, eax, 0xFFFFFFFF
    SET_FLAGS F_ZF|F_CF
    in al, dx
    CHECK_FLAGS in_keeps_flags, F_ARITH, F_ZF|F_CF

    ; ---------------------------------------------------- OUT
    ; writes to an unclaimed port are dropped and change no register
    mov eax, 0x55AA55AA
    mov dx, IO_FREE16
    SET_FLAGS F_SF
    out dx, al
    out dx, ax
    out dx, eax
    out IO_FREE8, al
    out IO_FREE8, ax
    out IO_FREE8, eax
    CHECK_FLAGS out_keeps_flags, F_ARITH, F_SF
    CHECK_EQ32 out_keeps_eax, eax, 0x55AA55AA
    CHECK_EQ out_keeps_dx, dx, IO_FREE16
%ifndef SELFTEST
    ; OUT DX,AL to 0xE9 prints: this line is written with it (counted as a
    ; pass; a broken OUT shows up as a garbled or missing line)
    mov si, io_msg1
    mov cx, io_msg1_len
    mov dx, 0xE9
.o1:
    mov al, [cs:si]
    out dx, al
    inc si
    dec cx
    jnz .o1
    call io_count_pass
%endif

    ; ---------------------------------------------------- INS
    mov di, 0x300
    mov dword [0x300], 0
    mov dx, 0xE9
    insb
    CHECK_EQ8 insb_e9, byte [0x300], 0xE9
    CHECK_EQ insb_di, di, 0x301
    mov cx, 3
    rep insb
    CHECK_EQ32 rep_insb_e9, dword [0x300], 0xE9E9E9E9
    CHECK_EQ rep_insb_cx, cx, 0
    mov dx, IO_FREE16
    mov di, 0x310
    mov dword [0x310], 0
    mov dword [0x314], 0
    insw
    CHECK_EQ32 insw_unclaimed, dword [0x310], 0x0000FFFF
    insd
    CHECK_EQ32 insd_unclaimed, dword [0x312], 0xFFFFFFFF
    CHECK_EQ insd_di, di, 0x316
    ; INS writes ES:DI (no override possible)
    mov ax, DATA2_SEG
    mov es, ax
    mov byte [es:0x320], 0
    mov dx, 0xE9
    mov di, 0x320
    insb
    CHECK_EQ8 insb_uses_es, byte [es:0x320], 0xE9
    mov ax, DATA_SEG
    mov es, ax
    ; DF=1
    mov dword [0x330], 0
    mov di, 0x333
    mov cx, 2
    std
    rep insb
    cld
    CHECK_EQ32 rep_insb_df, dword [0x330], 0xE9E90000
    CHECK_EQ rep_insb_df_di, di, 0x331
    ; REP INS with CX=0
    mov di, 0x340
    mov byte [0x340], 0x11
    xor cx, cx
    rep insb
    CHECK_EQ8 rep_insb_cx0, byte [0x340], 0x11
    CHECK_EQ rep_insb_cx0_di, di, 0x340
    ; 0x67: EDI/ECX
    mov edi, 0x350
    mov ecx, 2
    a32 rep insb
    CHECK_EQ32 a32_rep_insb_edi, edi, 0x352
    CHECK_EQ32 a32_rep_insb_ecx, ecx, 0
    CHECK_EQ a32_rep_insb_data, word [0x350], 0xE9E9
    xor edi, edi

    ; ---------------------------------------------------- OUTS
    mov dx, IO_FREE16
    mov si, 0x360
    outsb
    outsw
    outsd
    CHECK_EQ outs_si, si, 0x367
    mov cx, 4
    rep outsw
    CHECK_EQ rep_outsw_si, si, 0x36F
    CHECK_EQ rep_outsw_cx, cx, 0
    std
    mov cx, 2
    rep outsd
    cld
    CHECK_EQ rep_outsd_df_si, si, 0x367
    mov esi, 0x380
    mov ecx, 3
    a32 rep outsb
    CHECK_EQ32 a32_rep_outsb_esi, esi, 0x383
    CHECK_EQ32 a32_rep_outsb_ecx, ecx, 0
    xor esi, esi
%ifndef SELFTEST
    ; REP OUTSB to 0xE9 from an FS-overridden source prints this line
    mov ax, DATA2_SEG
    mov fs, ax
    mov bx, 0
.c:
    mov al, [cs:bx+io_msg2]
    mov [fs:bx+0x400], al
    inc bx
    cmp bx, io_msg2_len
    jb .c
    mov si, 0x400
    mov cx, io_msg2_len
    mov dx, 0xE9
    rep fs outsb
    call io_count_pass
    CHECK_EQ rep_outsb_fs_si, si, 0x400 + io_msg2_len
%endif
TEST_GROUP_END
