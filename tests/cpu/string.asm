; string.asm - MOVS/CMPS/SCAS/LODS/STOS in 8/16/32-bit forms, with REP,
; REPE, REPNE, DF=1, a count of 0 (nothing happens, flags unchanged), a
; segment override on the source, 16-bit SI/DI wrap-around and the 0x67
; prefix (ESI/EDI/ECX).  INS/OUTS are in io.asm.
; DS = ES = DATA_SEG unless stated; DATA2_SEG is the second buffer segment.
%include "rom.inc"

; str_fill: DS:0x100..0x1FF = 0x00..0xFF, ES:0x300..0x3FF = 0xEE
str_fill:
    push ax
    push bx
    xor bx, bx
.a: mov [bx+0x100], bl
    mov byte [es:bx+0x300], 0xEE
    inc bx
    cmp bx, 0x100
    jb .a
    pop bx
    pop ax
    ret

TEST_GROUP string
    ; ---------------------------------------------------- MOVS
    call str_fill
    mov si, 0x110
    mov di, 0x300
    SET_FLAGS F_ARITH
    movsb
    CHECK_FLAGS movsb_keeps_flags, F_ARITH, F_ARITH
    CHECK_EQ movsb_si, si, 0x111
    CHECK_EQ movsb_di, di, 0x301
    CHECK_EQ8 movsb_data, byte [0x300], 0x10
    movsw
    CHECK_EQ movsw_si, si, 0x113
    CHECK_EQ movsw_di, di, 0x303
    CHECK_EQ movsw_data, word [0x301], 0x1211
    movsd
    CHECK_EQ movsd_si, si, 0x117
    CHECK_EQ movsd_di, di, 0x307
    CHECK_EQ32 movsd_data, dword [0x303], 0x16151413
    ; DF=1: decrements
    call str_fill
    std
    mov si, 0x120
    mov di, 0x310
    movsb
    CHECK_EQ movsb_df_si, si, 0x11F
    CHECK_EQ movsb_df_di, di, 0x30F
    movsw                       ; word at 0x11F -> 0x30F
    CHECK_EQ movsw_df_si, si, 0x11D
    CHECK_EQ movsw_df_di, di, 0x30D
    CHECK_EQ movsw_df_data, word [0x30F], 0x201F
    movsd
    CHECK_EQ movsd_df_si, si, 0x119
    CHECK_EQ movsd_df_di, di, 0x309
    CHECK_EQ32 movsd_df_data, dword [0x30D], 0x201F1E1D
    cld
    ; REP MOVSB
    call str_fill
    mov si, 0x140
    mov di, 0x320
    mov cx, 10
    rep movsb
    CHECK_EQ rep_movsb_cx, cx, 0
    CHECK_EQ rep_movsb_si, si, 0x14A
    CHECK_EQ rep_movsb_di, di, 0x32A
    CHECK_EQ32 rep_movsb_first, dword [0x320], 0x43424140
    CHECK_EQ8 rep_movsb_last, byte [0x329], 0x49
    CHECK_EQ8 rep_movsb_after, byte [0x32A], 0xEE
    ; REP MOVSW with DF=1 (overlapping copy upwards)
    call str_fill
    std
    mov si, 0x108
    mov di, 0x10A
    mov cx, 5
    rep movsw
    cld
    CHECK_EQ rep_movsw_df_si, si, 0x0FE
    CHECK_EQ rep_movsw_df_di, di, 0x100
    CHECK_EQ32 rep_movsw_df_data, dword [0x102], 0x03020100
    CHECK_EQ32 rep_movsw_df_data2, dword [0x10A], 0x0D0C0908
    ; REP MOVSD
    call str_fill
    mov si, 0x180
    mov di, 0x340
    mov cx, 3
    rep movsd
    CHECK_EQ rep_movsd_di, di, 0x34C
    CHECK_EQ32 rep_movsd_data, dword [0x348], 0x8B8A8988
    ; count 0: nothing happens
    call str_fill
    mov si, 0x100
    mov di, 0x300
    xor cx, cx
    SET_FLAGS F_CF|F_ZF
    rep movsb
    CHECK_FLAGS rep_movsb_cx0_flags, F_ARITH, F_CF|F_ZF
    CHECK_EQ rep_movsb_cx0_si, si, 0x100
    CHECK_EQ rep_movsb_cx0_di, di, 0x300
    CHECK_EQ8 rep_movsb_cx0_data, byte [0x300], 0xEE
    ; only CX counts with a 16-bit address size
    mov ecx, 0x00010002
    rep movsb
    CHECK_EQ32 rep_movsb_uses_cx, ecx, 0x00010000
    CHECK_EQ rep_movsb_uses_cx_di, di, 0x302
    ; segment override on the source
    mov ax, DATA2_SEG
    mov fs, ax
    mov dword [fs:0x50], 0xF5F4F3F2
    mov si, 0x50
    mov di, 0x360
    fs movsd
    CHECK_EQ32 movsd_fs_source, dword [0x360], 0xF5F4F3F2
    mov cx, 2
    mov si, 0x50
    mov di, 0x364
    rep fs movsw
    CHECK_EQ32 rep_movsw_fs_source, dword [0x364], 0xF5F4F3F2
    ; destination is always ES (a DS override does not move it)
    mov ax, DATA2_SEG
    mov es, ax
    mov byte [es:0x370], 0
    mov byte [0x370], 0
    mov si, 0x105
    mov di, 0x370
    ds movsb
    CHECK_EQ8 movsb_dest_is_es, byte [es:0x370], 0x05
    CHECK_EQ8 movsb_dest_not_ds, byte [0x370], 0x00
    mov ax, DATA_SEG
    mov es, ax
    ; 16-bit SI/DI wrap around
    mov byte [0xFFFF], 0xA1
    mov byte [0x0000], 0xA2
    mov si, 0xFFFF
    mov di, 0x380
    mov cx, 2
    rep movsb
    CHECK_EQ movsb_si_wraps, si, 0x0001
    CHECK_EQ movsb_si_wrap_data, word [0x380], 0xA2A1
    ; 0x67: ESI/EDI/ECX
    mov ax, DATA2_SEG
    mov es, ax
    mov esi, 0x100
    mov edi, 0x200
    mov ecx, 4
    a32 rep movsb
    CHECK_EQ32 a32_rep_movsb_ecx, ecx, 0
    CHECK_EQ32 a32_rep_movsb_esi, esi, 0x104
    CHECK_EQ32 a32_rep_movsb_edi, edi, 0x204
    CHECK_EQ32 a32_rep_movsb_data, dword [es:0x200], 0x03020100
    ; ECX = 0x10000: 65536 iterations with 0x67, none without
    mov al, 0x3C
    xor edi, edi
    mov ecx, 0x10000
    rep stosb                   ; CX = 0: nothing
    CHECK_EQ32 rep_stosb_cx0_ecx, ecx, 0x10000
    CHECK_EQ32 rep_stosb_cx0_edi, edi, 0
    a32 rep stosb
    CHECK_EQ32 a32_rep_stosb_64k_ecx, ecx, 0
    CHECK_EQ32 a32_rep_stosb_64k_edi, edi, 0x10000
    CHECK_EQ8 a32_rep_stosb_64k_last, byte [es:0xFFFF], 0x3C
    CHECK_EQ8 a32_rep_stosb_64k_first, byte [es:0x0000], 0x3C
    mov ax, DATA_SEG
    mov es, ax
    xor esi, esi
    xor edi, edi
    xor ecx, ecx

    ; ---------------------------------------------------- STOS / LODS
    mov di, 0x3A0
    mov eax, 0x44332211
    stosb
    stosw
    stosd
    CHECK_EQ stos_di, di, 0x3A7
    CHECK_EQ32 stos_data1, dword [0x3A0], 0x11221111
    CHECK_EQ32 stos_data2, dword [0x3A3], 0x44332211
    mov di, 0x3B0
    mov cx, 3
    mov ax, 0xBEEF
    rep stosw
    CHECK_EQ rep_stosw_di, di, 0x3B6
    CHECK_EQ rep_stosw_data, word [0x3B4], 0xBEEF
    std
    mov di, 0x3C8
    mov cx, 2
    mov eax, 0x12345678
    rep stosd
    cld
    CHECK_EQ rep_stosd_df_di, di, 0x3C0
    CHECK_EQ32 rep_stosd_df_data, dword [0x3C4], 0x12345678
    call str_fill
    mov si, 0x130
    mov eax, 0xFFFFFFFF
    SET_FLAGS 0
    lodsb
    CHECK_EQ32 lodsb_al, eax, 0xFFFFFF30
    lodsw
    CHECK_EQ32 lodsw_ax, eax, 0xFFFF3231
    lodsd
    CHECK_EQ32 lodsd_eax, eax, 0x36353433
    CHECK_EQ lods_si, si, 0x137
    CHECK_FLAGS lods_keeps_flags, F_ARITH, 0
    mov cx, 3
    rep lodsb                   ; legal: the last byte stays in AL
    CHECK_EQ8 rep_lodsb_al, al, 0x39
    CHECK_EQ rep_lodsb_si, si, 0x13A
    mov ax, DATA2_SEG
    mov gs, ax
    mov word [gs:0x60], 0x6655
    mov si, 0x60
    gs lodsw
    CHECK_EQ lodsw_gs_source, ax, 0x6655
    std
    mov si, 0x141
    lodsw
    cld
    CHECK_EQ lodsw_df, ax, 0x4241
    CHECK_EQ lodsw_df_si, si, 0x13F

    ; ---------------------------------------------------- CMPS
    call str_fill
    ; ES:0x300.. = copy of DS:0x100.. with one difference at index 5
    mov si, 0x100
    mov di, 0x300
    mov cx, 16
    rep movsb
    mov byte [0x305], 0x99
    mov si, 0x100
    mov di, 0x300
    mov cx, 16
    repe cmpsb
    CHECK_EQ repe_cmpsb_cx, cx, 10
    CHECK_EQ repe_cmpsb_si, si, 0x106
    CHECK_EQ repe_cmpsb_di, di, 0x306
    ; flags of CMP [si-1], [di-1] = 0x05 - 0x99
    CHECK_FLAGS repe_cmpsb_flags, F_ARITH, F_CF|F_AF|F_PF
    ; run to the end: all equal, ZF=1, CX=0
    mov si, 0x106
    mov di, 0x306
    mov cx, 10
    repe cmpsb
    CHECK_EQ repe_cmpsb_all_equal_cx, cx, 0
    CHECK_FLAGS repe_cmpsb_all_equal_zf, F_ARITH, F_ZF|F_PF
    ; REPNE CMPSB stops at the first equal element
    mov byte [0x200], 1
    mov byte [0x201], 2
    mov byte [0x202], 3
    mov byte [0x3E0], 7
    mov byte [0x3E1], 8
    mov byte [0x3E2], 3
    mov si, 0x200
    mov di, 0x3E0
    mov cx, 8
    repne cmpsb
    CHECK_EQ repne_cmpsb_cx, cx, 5
    CHECK_EQ repne_cmpsb_si, si, 0x203
    CHECK_FLAGS repne_cmpsb_zf, F_ARITH, F_ZF|F_PF
    ; CMPSW / CMPSD: operand order is [DS:SI] - [ES:DI]
    mov word [0x210], 0x0001
    mov word [0x3F0], 0x0002
    mov si, 0x210
    mov di, 0x3F0
    cmpsw
    CHECK_FLAGS cmpsw_src_minus_dest, F_ARITH, F_CF|F_SF|F_AF|F_PF
    mov dword [0x220], 0x80000000
    mov dword [0x3F4], 0x00000001
    mov si, 0x220
    mov di, 0x3F4
    cmpsd
    CHECK_FLAGS cmpsd_flags, F_ARITH, F_OF|F_AF|F_PF
    CHECK_EQ cmpsd_si, si, 0x224
    ; REPE CMPS with CX=0: flags unchanged
    xor cx, cx
    SET_FLAGS F_CF|F_OF
    repe cmpsb
    CHECK_FLAGS repe_cmpsb_cx0_flags, F_ARITH, F_CF|F_OF
    CHECK_EQ repe_cmpsb_cx0_si, si, 0x224
    ; override on the source of CMPS
    mov ax, DATA2_SEG
    mov fs, ax
    mov byte [fs:0x70], 0x41
    mov byte [0x3F8], 0x41
    mov byte [0x70], 0x00
    mov si, 0x70
    mov di, 0x3F8
    fs cmpsb
    CHECK_FLAGS cmpsb_fs_source, F_ZF, F_ZF
    ; DF=1 REPE CMPSW
    mov dword [0x230], 0x22221111
    mov dword [0x3D0], 0x22221112
    std
    mov si, 0x232
    mov di, 0x3D2
    mov cx, 2
    repe cmpsw
    cld
    CHECK_EQ repe_cmpsw_df_cx, cx, 0
    CHECK_EQ repe_cmpsw_df_si, si, 0x22E
    CHECK_FLAGS repe_cmpsw_df_flags, F_ARITH, F_CF|F_SF|F_AF|F_PF

    ; ---------------------------------------------------- SCAS
    call str_fill
    mov di, 0x100
    mov al, 0x20
    mov cx, 0x100
    repne scasb
    CHECK_EQ repne_scasb_di, di, 0x121
    CHECK_EQ repne_scasb_cx, cx, 0xDF
    CHECK_FLAGS repne_scasb_found, F_ZF, F_ZF
    mov di, 0x100
    mov al, 0x00
    mov cx, 4
    repe scasb                  ; 0x00 matches, then 0x01 differs
    CHECK_EQ repe_scasb_di, di, 0x102
    CHECK_EQ repe_scasb_cx, cx, 2
    CHECK_FLAGS repe_scasb_flags, F_ARITH, F_CF|F_SF|F_AF|F_PF   ; 0x00 - 0x01
    mov di, 0x180
    mov ax, 0x8180
    scasw
    CHECK_FLAGS scasw_equal, F_ARITH, F_ZF|F_PF
    mov eax, 0x00000000
    mov di, 0x184
    scasd                       ; 0 - 0x87868584
    CHECK_FLAGS scasd_flags, F_ARITH, F_CF|F_AF
    CHECK_EQ scasd_di, di, 0x188
    mov di, 0x1FF
    mov al, 0xFF
    mov cx, 0
    SET_FLAGS F_SF
    repne scasb
    CHECK_FLAGS repne_scasb_cx0, F_ARITH, F_SF
    CHECK_EQ repne_scasb_cx0_di, di, 0x1FF
    std
    mov di, 0x1FF
    mov al, 0xFC
    mov cx, 10
    repne scasb
    cld
    CHECK_EQ repne_scasb_df_di, di, 0x1FB
    CHECK_EQ repne_scasb_df_cx, cx, 6
    ; SCAS with a DS override still uses ES:DI
    mov ax, DATA2_SEG
    mov es, ax
    mov byte [es:0x90], 0x5C
    mov byte [0x90], 0x00
    mov di, 0x90
    mov al, 0x5C
    ds scasb
    CHECK_FLAGS scasb_es_not_overridden, F_ZF, F_ZF
    mov ax, DATA_SEG
    mov es, ax
    ; 0x67 REPNE SCASB uses ECX/EDI
    mov edi, 0x100
    mov ecx, 0x20
    mov al, 0x10
    a32 repne scasb
    CHECK_EQ32 a32_repne_scasb_edi, edi, 0x111
    CHECK_EQ32 a32_repne_scasb_ecx, ecx, 0x0F
    xor edi, edi
    xor ecx, ecx
TEST_GROUP_END
