; mov.asm - MOV in all forms (immediate, register, memory, moffs, segment
; registers), 16- and 32-bit addressing (ModRM and SIB), effective-address
; wrap-around, LEA, MOVZX/MOVSX.
%include "rom.inc"

TEST_GROUP mov
    ; ---------------------------------------------------- immediates to registers
    mov eax, 0x11111111
    mov al, 0x12
    mov ah, 0x34
    CHECK_EQ32 mov_r8_imm_al_ah, eax, 0x11113412
    mov ecx, 0x22222222
    mov cl, 0x56
    mov ch, 0x78
    CHECK_EQ32 mov_r8_imm_cl_ch, ecx, 0x22227856
    mov edx, 0x33333333
    mov dl, 0x9A
    mov dh, 0xBC
    CHECK_EQ32 mov_r8_imm_dl_dh, edx, 0x3333BC9A
    mov ebx, 0x44444444
    mov bl, 0xDE
    mov bh, 0xF0
    CHECK_EQ32 mov_r8_imm_bl_bh, ebx, 0x4444F0DE
    mov eax, 0xFFFFFFFF
    mov ax, 0x1234
    CHECK_EQ32 mov_r16_imm_keeps_high, eax, 0xFFFF1234
    mov esi, 0x89ABCDEF
    CHECK_EQ32 mov_r32_imm_esi, esi, 0x89ABCDEF
    mov edi, 0x01234567
    CHECK_EQ32 mov_r32_imm_edi, edi, 0x01234567
    mov ebp, 0xFEDCBA98
    CHECK_EQ32 mov_r32_imm_ebp, ebp, 0xFEDCBA98
    ; MOV does not touch the flags
    SET_FLAGS F_CF|F_ZF|F_OF|F_SF|F_PF|F_AF
    mov ax, 0
    mov ebx, 0x80000000
    CHECK_FLAGS mov_keeps_flags_set, F_ARITH, F_ARITH
    SET_FLAGS 0
    mov ax, 0
    CHECK_FLAGS mov_keeps_flags_clear, F_ARITH, 0

    ; ---------------------------------------------------- register to register
    mov eax, 0x12345678
    mov bl, ah                  ; 88/8A with high byte source
    CHECK_EQ8 mov_r8_r8_ah, bl, 0x56
    mov dh, al
    CHECK_EQ8 mov_r8_r8_to_dh, dh, 0x78
    mov cx, ax
    CHECK_EQ mov_r16_r16, cx, 0x5678
    mov edi, eax
    CHECK_EQ32 mov_r32_r32, edi, 0x12345678
    db 0x8A, 0xE0               ; mov ah, al (8A form, reg=ah rm=al)
    CHECK_EQ mov_8a_ah_al, ax, 0x7878
    db 0x88, 0xC7               ; mov bh, al (88 form)
    CHECK_EQ8 mov_88_bh_al, bh, 0x78
    mov esp, esp                ; harmless
    mov bp, sp
    mov ax, sp
    sub ax, bp
    CHECK_EQ mov_sp_bp, ax, 0

    ; ---------------------------------------------------- memory (16-bit addressing)
    mov dword [0x100], 0xA1B2C3D4
    mov al, [0x100]
    CHECK_EQ8 mov_r8_m8_disp16, al, 0xD4
    mov ax, [0x101]
    CHECK_EQ mov_r16_m16_unaligned, ax, 0xB2C3
    mov eax, [0x100]
    CHECK_EQ32 mov_r32_m32, eax, 0xA1B2C3D4
    mov byte [0x104], 0x5A       ; C6 /0
    CHECK_EQ8 mov_m8_imm, byte [0x104], 0x5A
    mov word [0x106], 0x1234     ; C7 /0
    CHECK_EQ mov_m16_imm, word [0x106], 0x1234
    mov dword [0x108], 0xCAFEBABE
    CHECK_EQ32 mov_m32_imm, dword [0x108], 0xCAFEBABE
    mov cx, 0x9988
    mov [0x10C], cx
    CHECK_EQ mov_m16_r16, word [0x10C], 0x9988
    mov [0x10E], ch
    CHECK_EQ8 mov_m8_r8_ch, byte [0x10E], 0x99

    ; accumulator moffs forms (A0-A3)
    mov dword [0x120], 0x0BADF00D
    db 0xA0
    dw 0x0121                   ; mov al, [0x121]
    CHECK_EQ8 mov_a0_moffs8, al, 0xF0
    db 0xA1
    dw 0x0122                   ; mov ax, [0x122]
    CHECK_EQ mov_a1_moffs16, ax, 0x0BAD
    db 0x66, 0xA1
    dw 0x0120                   ; mov eax, [0x120]
    CHECK_EQ32 mov_a1_moffs32_data, eax, 0x0BADF00D
    mov al, 0x77
    db 0xA2
    dw 0x0124                   ; mov [0x124], al
    CHECK_EQ8 mov_a2_moffs8, byte [0x124], 0x77
    mov ax, 0x6655
    db 0xA3
    dw 0x0126                   ; mov [0x126], ax
    CHECK_EQ mov_a3_moffs16, word [0x126], 0x6655
    mov eax, 0x44332211
    db 0x67, 0xA3
    dd 0x00000128               ; mov [0x00000128], ax (32-bit moffs)
    CHECK_EQ mov_a3_moffs_addr32, word [0x128], 0x2211
    db 0x67, 0xA0
    dd 0x00000129               ; mov al, [dword 0x129]
    CHECK_EQ8 mov_a0_moffs_addr32, al, 0x22
    ; moffs with a segment override
    push es
    mov ax, DATA2_SEG
    mov es, ax
    mov word [es:0x130], 0x4321
    mov ax, 0
    db 0x26, 0xA1
    dw 0x0130                   ; mov ax, [es:0x130]
    CHECK_EQ mov_a1_es_override, ax, 0x4321
    pop es

    ; ---------------------------------------------------- all 16-bit ModRM forms
    ; data: 0x200+i holds byte i
    xor bx, bx
.fill:
    mov [bx+0x200], bl
    inc bx
    cmp bx, 0x100
    jb .fill
    mov bx, 0x180
    mov si, 0x010
    mov di, 0x020
    mov bp, 0x030
    ; SS-based forms need the data in the stack segment too
    push ss
    pop es
    mov byte [es:0x230+0x010], 0xB1    ; [bp+si]+0x200
    mov byte [es:0x230+0x020], 0xB2    ; [bp+di]+0x200
    mov byte [es:0x230], 0xB3          ; [bp]+0x200
    mov byte [es:0x231], 0xB4          ; [bp+1]
    push ds
    pop es
    mov al, [bx+si+0x80]        ; 0x180+0x10+0x80 = 0x210 -> 0x10
    CHECK_EQ8 ea16_bx_si_disp16, al, 0x10
    mov al, [bx+di-0x80]        ; 0x180+0x20-0x80 = 0x120 -> ... use disp8
    mov al, [bx+di+0x7F]        ; 0x180+0x20+0x7F = 0x21F -> 0x1F
    CHECK_EQ8 ea16_bx_di_disp8, al, 0x1F
    mov al, [bp+si+0x200]
    CHECK_EQ8 ea16_bp_si_uses_ss, al, 0xB1
    mov al, [bp+di+0x200]
    CHECK_EQ8 ea16_bp_di_uses_ss, al, 0xB2
    mov al, [si+0x200]
    CHECK_EQ8 ea16_si, al, 0x10
    mov al, [di+0x200]
    CHECK_EQ8 ea16_di, al, 0x20
    mov al, [bp+0x200]
    CHECK_EQ8 ea16_bp_disp16_ss, al, 0xB3
    db 0x8A, 0x46, 0x01         ; mov al, [bp+1] (mod=01)
    mov al, [ss:bp+0x201]
    CHECK_EQ8 ea16_bp_disp_ss_override, al, 0xB4
    mov al, [bx+0x80]
    CHECK_EQ8 ea16_bx_disp, al, 0x00
    mov si, 0x250
    db 0x8A, 0x04               ; mov al, [si] (mod=00)
    CHECK_EQ8 ea16_si_mod0, al, 0x50
    mov di, 0x251
    db 0x8A, 0x05               ; mov al, [di]
    CHECK_EQ8 ea16_di_mod0, al, 0x51
    mov bx, 0x252
    db 0x8A, 0x07               ; mov al, [bx]
    CHECK_EQ8 ea16_bx_mod0, al, 0x52
    db 0x8A, 0x06
    dw 0x0253                   ; mov al, [0x253] (mod=00 rm=110)
    CHECK_EQ8 ea16_disp16_only, al, 0x53
    mov bx, 0x200
    mov si, 0x54
    db 0x8A, 0x00               ; mov al, [bx+si]
    CHECK_EQ8 ea16_bx_si_mod0, al, 0x54
    mov di, 0x55
    db 0x8A, 0x01               ; mov al, [bx+di]
    CHECK_EQ8 ea16_bx_di_mod0, al, 0x55
    db 0x8A, 0x40, 0xFF         ; mov al, [bx+si-1] (negative disp8)
    CHECK_EQ8 ea16_disp8_negative, al, 0x53
    ; DS override on [bp]: data from DS
    mov bp, 0x260
    mov al, [ds:bp]
    CHECK_EQ8 ea16_bp_ds_override, al, 0x60

    ; wrap-around of 16-bit effective addresses
    mov byte [0x0001], 0xE1
    mov byte [0x0005], 0xE5
    mov bx, 0xFFFF
    mov si, 2
    mov al, [bx+si]
    CHECK_EQ8 ea16_wrap_bx_si, al, 0xE1
    mov di, 0xFFF0
    mov al, [di+0x15]
    CHECK_EQ8 ea16_wrap_disp, al, 0xE5
    mov bx, 0x0010
    db 0x8A, 0x87
    dw 0xFFF5                   ; mov al, [bx+0xFFF5] (disp16) -> 0x0005
    CHECK_EQ8 ea16_wrap_neg_disp16, al, 0xE5
    ; 16-bit address size ignores the upper halves of the registers
    mov ebx, 0x12340001
    mov al, [bx]
    CHECK_EQ8 ea16_ignores_high_bits, al, 0xE1

    ; ---------------------------------------------------- 32-bit addressing (0x67)
    mov dword [0x300], 0x03020100
    mov dword [0x304], 0x07060504
    mov dword [0x308], 0x0B0A0908
    mov dword [0x30C], 0x0F0E0D0C
    mov dword [0x310], 0x13121110
    mov dword [0x320], 0x23222120
    mov ebx, 0x300
    mov al, [ebx]
    CHECK_EQ8 ea32_ebx, al, 0x00
    mov eax, 0x301
    mov al, [eax]
    CHECK_EQ8 ea32_eax, al, 0x01
    mov ecx, 0x302
    mov al, [ecx]
    CHECK_EQ8 ea32_ecx, al, 0x02
    mov edx, 0x303
    mov al, [edx]
    CHECK_EQ8 ea32_edx, al, 0x03
    mov esi, 0x304
    mov al, [esi]
    CHECK_EQ8 ea32_esi, al, 0x04
    mov edi, 0x305
    mov al, [edi]
    CHECK_EQ8 ea32_edi, al, 0x05
    mov al, [dword 0x306]       ; mod=00 rm=101: disp32
    CHECK_EQ8 ea32_disp32, al, 0x06
    mov al, [ebx+7]
    CHECK_EQ8 ea32_ebx_disp8, al, 0x07
    mov al, [dword ebx+0x10]
    CHECK_EQ8 ea32_ebx_disp32, al, 0x10
    mov ebx, 0x310
    mov al, [ebx-0x10]          ; negative disp8
    CHECK_EQ8 ea32_disp8_neg, al, 0x00
    ; SIB: base + index*scale
    mov ebx, 0x300
    mov ecx, 2
    mov al, [ebx+ecx]
    CHECK_EQ8 sib_scale1, al, 0x02
    mov al, [ebx+ecx*2]
    CHECK_EQ8 sib_scale2, al, 0x04
    mov al, [ebx+ecx*4]
    CHECK_EQ8 sib_scale4, al, 0x08
    mov al, [ebx+ecx*8+1]
    CHECK_EQ8 sib_scale8_disp8, al, 0x11
    mov al, [ecx*8+0x300]       ; no base: disp32
    CHECK_EQ8 sib_nobase_disp32, al, 0x10
    db 0x67, 0x8A, 0x04, 0x23   ; mov al, [ebx+0*1] with SIB index=100 (none)
    CHECK_EQ8 sib_noindex, al, 0x00
    db 0x67, 0x8A, 0x04, 0xE3   ; SIB scale=8 index=100 (none): scale ignored
    CHECK_EQ8 sib_noindex_scale8, al, 0x00
    mov esi, 3
    mov edi, 0x300
    mov al, [edi+esi*4+0x10]    ; 0x300 + 12 + 16 = 0x31C
    mov al, [edi+esi*4+1]       ; 0x30D
    CHECK_EQ8 sib_edi_esi4, al, 0x0D
    mov eax, 0x300
    mov edx, 5
    mov al, [eax+edx*2]
    CHECK_EQ8 sib_eax_edx2, al, 0x0A
    ; EBP and ESP bases default to SS
    push ss
    pop es
    mov byte [es:0x400], 0xC1
    mov byte [es:0x408], 0xC2
    mov byte [es:0x404], 0xC3
    push ds
    pop es
    mov byte [0x400], 0x11
    mov byte [0x404], 0x13
    mov byte [0x408], 0x12
    mov ebp, 0x400
    mov al, [ebp]               ; mod=01 disp8 0
    CHECK_EQ8 ea32_ebp_ss, al, 0xC1
    mov ecx, 2
    mov al, [ebp+ecx*4]
    CHECK_EQ8 sib_ebp_base_ss, al, 0xC2
    mov ebx, 0x300
    mov ebp, 0x104
    db 0x67, 0x8A, 0x04, 0x2B   ; mov al, [ebx+ebp*1] (base ebx, index ebp) -> DS:0x404
    CHECK_EQ8 sib_index_ebp_ds, al, 0x13
    mov esi, 0x400
    db 0x67, 0x8A, 0x04, 0x35
    dd 0x00000008               ; mov al, [esi*1+disp32] (base=101 mod=00) -> DS:0x408
    CHECK_EQ8 sib_base101_mod0_ds, al, 0x12
    ; [esp]: SS
    mov ax, sp
    mov bx, sp
    mov word [ss:bx-2], 0x5AA5
    sub sp, 2
    movzx esp, sp
    mov ax, [esp]
    CHECK_EQ ea32_esp_base, ax, 0x5AA5
    mov ax, [esp+2-2]
    add sp, 2

    ; ---------------------------------------------------- LEA
    mov bx, 0x1000
    mov si, 0x0234
    lea ax, [bx+si+0x10]
    CHECK_EQ lea16_bx_si_disp, ax, 0x1244
    mov bx, 0xFFFF
    mov si, 3
    lea cx, [bx+si]
    CHECK_EQ lea16_wraps, cx, 0x0002
    mov ebx, 0xFFFF0000
    mov ecx, 0x00012345
    lea eax, [ebx+ecx*2+7]
    CHECK_EQ32 lea32_sib, eax, 0x00014691
    mov eax, 0xDEAD0000
    mov ebx, 0x12345678
    lea ax, [ebx+8]             ; 16-bit operand, 32-bit address: truncated
    CHECK_EQ32 lea_op16_addr32, eax, 0xDEAD5680
    mov bx, 0xFFF0
    mov di, 0x0020
    lea eax, [bx+di]            ; 32-bit operand, 16-bit address: zero-extended
    CHECK_EQ32 lea_op32_addr16, eax, 0x00000010
    mov ebp, 0x100
    mov esi, 0x30
    lea edx, [ebp+esi*8-4]
    CHECK_EQ32 lea32_ebp_esi8, edx, 0x100+0x180-4
    SET_FLAGS F_CF|F_ZF
    lea ax, [bx+0x10]
    CHECK_FLAGS lea_keeps_flags, F_ARITH, F_CF|F_ZF

    ; ---------------------------------------------------- segment registers
    mov ax, 0x1234
    mov es, ax
    mov bx, es
    CHECK_EQ mov_sreg_es, bx, 0x1234
    mov ax, 0x2345
    mov fs, ax
    mov cx, fs
    CHECK_EQ mov_sreg_fs, cx, 0x2345
    mov ax, 0x3456
    mov gs, ax
    mov dx, gs
    CHECK_EQ mov_sreg_gs, dx, 0x3456
    mov ax, cs
    CHECK_EQ mov_from_cs, ax, ROM_SEG
    mov ax, ss
    CHECK_EQ mov_from_ss, ax, STACK_SEG
    mov ax, DATA_SEG
    mov ds, ax
    mov si, ds
    CHECK_EQ mov_sreg_ds, si, DATA_SEG
    ; mov sreg to/from memory (always 16 bits)
    mov dword [0x500], 0xFFFFFFFF
    mov es, [0x500]
    mov word [0x500], 0x2000
    mov es, [0x500]
    mov ax, es
    CHECK_EQ mov_sreg_from_m16, ax, 0x2000
    mov dword [0x504], 0xFFFFFFFF
    db 0x66, 0x8C, 0x06
    dw 0x0504                   ; o32 mov [0x504], es: stores 16 bits
    CHECK_EQ32 mov_m_sreg_o32_stores_16, dword [0x504], 0xFFFF2000
    mov eax, 0xFFFFFFFF
    db 0x66, 0x8C, 0xC0         ; mov eax, es: upper half zero (P6 and later)
    CHECK_EQ32 mov_r32_sreg_zero_extends, eax, 0x00002000
    ; the value really selects the segment: base = selector * 16
    mov ax, DATA2_SEG
    mov es, ax
    mov word [es:0x10], 0x7E57
    mov ax, DATA2_SEG + 1       ; base 0x20010
    mov fs, ax
    CHECK_EQ seg_base_is_sel_times_16, word [fs:0], 0x7E57
    ; mov ss: the stack follows (and keep it valid)
    mov ax, ss
    mov bx, sp
    mov cx, STACK_SEG + 0x100
    mov ss, cx
    mov sp, 0x8000
    push word 0xABCD
    mov ss, ax
    mov sp, bx
    mov es, cx
    CHECK_EQ mov_ss_moves_stack, word [es:0x7FFE], 0xABCD
    mov ax, DATA_SEG
    mov es, ax
    mov fs, ax
    mov gs, ax

    ; ---------------------------------------------------- MOVZX / MOVSX
    mov ebx, 0x000080FF
    mov eax, 0x12345678
    movzx ax, bl
    CHECK_EQ32 movzx_r16_r8, eax, 0x123400FF
    movzx eax, bh
    CHECK_EQ32 movzx_r32_r8_bh, eax, 0x00000080
    movzx eax, bx
    CHECK_EQ32 movzx_r32_r16, eax, 0x000080FF
    movsx ax, bl
    CHECK_EQ32 movsx_r16_r8_neg, eax, 0x0000FFFF
    movsx eax, bh
    CHECK_EQ32 movsx_r32_r8_neg, eax, 0xFFFFFF80
    movsx eax, bx
    CHECK_EQ32 movsx_r32_r16_neg, eax, 0xFFFF80FF
    mov bl, 0x7F
    movsx ecx, bl
    CHECK_EQ32 movsx_r32_r8_pos, ecx, 0x0000007F
    mov word [0x600], 0x8001
    movsx edx, word [0x600]
    CHECK_EQ32 movsx_r32_m16, edx, 0xFFFF8001
    movzx edx, word [0x600]
    CHECK_EQ32 movzx_r32_m16, edx, 0x00008001
    movsx dx, byte [0x601]
    CHECK_EQ movsx_r16_m8, dx, 0xFF80
    movzx dx, byte [0x601]
    CHECK_EQ movzx_r16_m8, dx, 0x0080
    mov ax, 0x00F0
    movsx ax, al                ; same register
    CHECK_EQ movsx_same_reg, ax, 0xFFF0
    SET_FLAGS F_ZF
    movsx eax, ax
    CHECK_FLAGS movsx_keeps_flags, F_ARITH, F_ZF
TEST_GROUP_END
