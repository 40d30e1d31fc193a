; alu.asm - ADD/OR/ADC/SBB/AND/SUB/XOR/CMP/TEST: results and the six status
; flags (AF masked for the logical ops, where the manuals leave it undefined)
; in 8-, 16- and 32-bit forms and in every encoding: r/m,reg  reg,r/m
; accumulator,imm  80/81/82/83 with register and memory operands, AH/BH
; registers and 0x67 SIB memory operands.  Each case runs once with the
; incoming status flags clear and once with them set (CF as the case needs),
; so stale flags are caught.
; Expected values are computed from the SDM definitions: CF = carry/borrow
; out of the top bit, OF = signed overflow, AF = carry/borrow out of bit 3,
; PF = even parity of the low byte, ZF/SF from the result; logical ops clear
; CF and OF.
%include "rom.inc"
%include "optest.inc"

; ---------------------------------------------------------------- stubs
alu_add8_rr:
    add al, bl
    ret
alu_add16_rr:
    add ax, bx
    ret
alu_add32_rr:
    add eax, ebx
    ret
alu_or8_rr:
    or al, bl
    ret
alu_or16_rr:
    or ax, bx
    ret
alu_or32_rr:
    or eax, ebx
    ret
alu_adc8_rr:
    adc al, bl
    ret
alu_adc16_rr:
    adc ax, bx
    ret
alu_adc32_rr:
    adc eax, ebx
    ret
alu_sbb8_rr:
    sbb al, bl
    ret
alu_sbb16_rr:
    sbb ax, bx
    ret
alu_sbb32_rr:
    sbb eax, ebx
    ret
alu_and8_rr:
    and al, bl
    ret
alu_and16_rr:
    and ax, bx
    ret
alu_and32_rr:
    and eax, ebx
    ret
alu_sub8_rr:
    sub al, bl
    ret
alu_sub16_rr:
    sub ax, bx
    ret
alu_sub32_rr:
    sub eax, ebx
    ret
alu_xor8_rr:
    xor al, bl
    ret
alu_xor16_rr:
    xor ax, bx
    ret
alu_xor32_rr:
    xor eax, ebx
    ret
alu_cmp8_rr:
    cmp al, bl
    ret
alu_cmp16_rr:
    cmp ax, bx
    ret
alu_cmp32_rr:
    cmp eax, ebx
    ret
alu_test8_rr:
    test al, bl
    ret
alu_test16_rr:
    test ax, bx
    ret
alu_test32_rr:
    test eax, ebx
    ret
%ifndef SELFTEST
alu_add8_mr:
    mov [0x800], al
    add byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_add8_rm:
    mov [0x800], bl
    add al, byte [0x800]
    ret
alu_add8_acc_imm:
    add al, 0x24
    ret
alu_add8_grp_r_imm:
    add dl, strict byte 0x3D
    ret
alu_add8_grp_m_imm:
    mov [0x800], al
    add byte [0x800], strict byte 0x7A
    mov al, byte [0x800]
    ret
alu_add8_op82_r_imm:
    db 0x82, 0xC2, 0x61   ; add dl, 0x61
    ret
alu_add8_ah_bh:
    add ah, bh
    ret
alu_add16_mr:
    mov [0x800], ax
    add word [0x800], bx
    mov ax, word [0x800]
    ret
alu_add16_rm:
    mov [0x800], bx
    add ax, word [0x800]
    ret
alu_add16_acc_imm:
    add ax, 0x1AF8
    ret
alu_add16_grp_r_imm:
    add dx, strict word 0x8137
    ret
alu_add16_grp_m_imm:
    mov [0x800], ax
    add word [0x800], strict word 0xC0A8
    mov ax, word [0x800]
    ret
alu_add16_grp83_r_imm8:
    add dx, strict byte -3
    ret
alu_add16_grp83_m_imm8:
    mov [0x800], ax
    add word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_add16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    add [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_add32_mr:
    mov [0x800], eax
    add dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_add32_rm:
    mov [0x800], ebx
    add eax, dword [0x800]
    ret
alu_add32_acc_imm:
    add eax, 0xBA7CB9FD
    ret
alu_add32_grp_r_imm:
    add edx, strict dword 0x74D5414C
    ret
alu_add32_grp_m_imm:
    mov [0x800], eax
    add dword [0x800], strict dword 0xC7E8CA68
    mov eax, dword [0x800]
    ret
alu_add32_grp83_r_imm8:
    add edx, strict byte -3
    ret
alu_add32_grp83_m_imm8:
    mov [0x800], eax
    add dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_add32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    add [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_or8_mr:
    mov [0x800], al
    or byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_or8_rm:
    mov [0x800], bl
    or al, byte [0x800]
    ret
alu_or8_acc_imm:
    or al, 0xED
    ret
alu_or8_grp_r_imm:
    or dl, strict byte 0xD4
    ret
alu_or8_grp_m_imm:
    mov [0x800], al
    or byte [0x800], strict byte 0x64
    mov al, byte [0x800]
    ret
alu_or8_op82_r_imm:
    db 0x82, 0xCA, 0xAC   ; or dl, 0xAC
    ret
alu_or8_ah_bh:
    or ah, bh
    ret
alu_or16_mr:
    mov [0x800], ax
    or word [0x800], bx
    mov ax, word [0x800]
    ret
alu_or16_rm:
    mov [0x800], bx
    or ax, word [0x800]
    ret
alu_or16_acc_imm:
    or ax, 0xA4E3
    ret
alu_or16_grp_r_imm:
    or dx, strict word 0x8B81
    ret
alu_or16_grp_m_imm:
    mov [0x800], ax
    or word [0x800], strict word 0xC4CC
    mov ax, word [0x800]
    ret
alu_or16_grp83_r_imm8:
    or dx, strict byte -3
    ret
alu_or16_grp83_m_imm8:
    mov [0x800], ax
    or word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_or16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    or [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_or32_mr:
    mov [0x800], eax
    or dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_or32_rm:
    mov [0x800], ebx
    or eax, dword [0x800]
    ret
alu_or32_acc_imm:
    or eax, 0x936E6C99
    ret
alu_or32_grp_r_imm:
    or edx, strict dword 0x65A0F970
    ret
alu_or32_grp_m_imm:
    mov [0x800], eax
    or dword [0x800], strict dword 0x395FC0EB
    mov eax, dword [0x800]
    ret
alu_or32_grp83_r_imm8:
    or edx, strict byte -3
    ret
alu_or32_grp83_m_imm8:
    mov [0x800], eax
    or dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_or32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    or [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_adc8_mr:
    mov [0x800], al
    adc byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_adc8_rm:
    mov [0x800], bl
    adc al, byte [0x800]
    ret
alu_adc8_acc_imm:
    adc al, 0xE
    ret
alu_adc8_grp_r_imm:
    adc dl, strict byte 0xF5
    ret
alu_adc8_grp_m_imm:
    mov [0x800], al
    adc byte [0x800], strict byte 0x45
    mov al, byte [0x800]
    ret
alu_adc8_op82_r_imm:
    db 0x82, 0xD2, 0xAA   ; adc dl, 0xAA
    ret
alu_adc8_ah_bh:
    adc ah, bh
    ret
alu_adc16_mr:
    mov [0x800], ax
    adc word [0x800], bx
    mov ax, word [0x800]
    ret
alu_adc16_rm:
    mov [0x800], bx
    adc ax, word [0x800]
    ret
alu_adc16_acc_imm:
    adc ax, 0x1E8F
    ret
alu_adc16_grp_r_imm:
    adc dx, strict word 0x9C33
    ret
alu_adc16_grp_m_imm:
    mov [0x800], ax
    adc word [0x800], strict word 0xD8F1
    mov ax, word [0x800]
    ret
alu_adc16_grp83_r_imm8:
    adc dx, strict byte -3
    ret
alu_adc16_grp83_m_imm8:
    mov [0x800], ax
    adc word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_adc16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    adc [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_adc32_mr:
    mov [0x800], eax
    adc dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_adc32_rm:
    mov [0x800], ebx
    adc eax, dword [0x800]
    ret
alu_adc32_acc_imm:
    adc eax, 0xD0B35B2
    ret
alu_adc32_grp_r_imm:
    adc edx, strict dword 0x33E3C194
    ret
alu_adc32_grp_m_imm:
    mov [0x800], eax
    adc dword [0x800], strict dword 0x6D41FB03
    mov eax, dword [0x800]
    ret
alu_adc32_grp83_r_imm8:
    adc edx, strict byte -3
    ret
alu_adc32_grp83_m_imm8:
    mov [0x800], eax
    adc dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_adc32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    adc [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_sbb8_mr:
    mov [0x800], al
    sbb byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_sbb8_rm:
    mov [0x800], bl
    sbb al, byte [0x800]
    ret
alu_sbb8_acc_imm:
    sbb al, 0x59
    ret
alu_sbb8_grp_r_imm:
    sbb dl, strict byte 0x40
    ret
alu_sbb8_grp_m_imm:
    mov [0x800], al
    sbb byte [0x800], strict byte 0x1C
    mov al, byte [0x800]
    ret
alu_sbb8_op82_r_imm:
    db 0x82, 0xDA, 0xF1   ; sbb dl, 0xF1
    ret
alu_sbb8_ah_bh:
    sbb ah, bh
    ret
alu_sbb16_mr:
    mov [0x800], ax
    sbb word [0x800], bx
    mov ax, word [0x800]
    ret
alu_sbb16_rm:
    mov [0x800], bx
    sbb ax, word [0x800]
    ret
alu_sbb16_acc_imm:
    sbb ax, 0x1050
    ret
alu_sbb16_grp_r_imm:
    sbb dx, strict word 0x482B
    ret
alu_sbb16_grp_m_imm:
    mov [0x800], ax
    sbb word [0x800], strict word 0x88C
    mov ax, word [0x800]
    ret
alu_sbb16_grp83_r_imm8:
    sbb dx, strict byte -3
    ret
alu_sbb16_grp83_m_imm8:
    mov [0x800], ax
    sbb word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_sbb16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    sbb [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_sbb32_mr:
    mov [0x800], eax
    sbb dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_sbb32_rm:
    mov [0x800], ebx
    sbb eax, dword [0x800]
    ret
alu_sbb32_acc_imm:
    sbb eax, 0x32A54F04
    ret
alu_sbb32_grp_r_imm:
    sbb edx, strict dword 0xA2615CB2
    ret
alu_sbb32_grp_m_imm:
    mov [0x800], eax
    sbb dword [0x800], strict dword 0x646B920D
    mov eax, dword [0x800]
    ret
alu_sbb32_grp83_r_imm8:
    sbb edx, strict byte -3
    ret
alu_sbb32_grp83_m_imm8:
    mov [0x800], eax
    sbb dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_sbb32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    sbb [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_and8_mr:
    mov [0x800], al
    and byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_and8_rm:
    mov [0x800], bl
    and al, byte [0x800]
    ret
alu_and8_acc_imm:
    and al, 0x91
    ret
alu_and8_grp_r_imm:
    and dl, strict byte 0x0
    ret
alu_and8_grp_m_imm:
    mov [0x800], al
    and byte [0x800], strict byte 0xBA
    mov al, byte [0x800]
    ret
alu_and8_op82_r_imm:
    db 0x82, 0xE2, 0x8C   ; and dl, 0x8C
    ret
alu_and8_ah_bh:
    and ah, bh
    ret
alu_and16_mr:
    mov [0x800], ax
    and word [0x800], bx
    mov ax, word [0x800]
    ret
alu_and16_rm:
    mov [0x800], bx
    and ax, word [0x800]
    ret
alu_and16_acc_imm:
    and ax, 0x6A74
    ret
alu_and16_grp_r_imm:
    and dx, strict word 0xA6A3
    ret
alu_and16_grp_m_imm:
    mov [0x800], ax
    and word [0x800], strict word 0x380
    mov ax, word [0x800]
    ret
alu_and16_grp83_r_imm8:
    and dx, strict byte -3
    ret
alu_and16_grp83_m_imm8:
    mov [0x800], ax
    and word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_and16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    and [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_and32_mr:
    mov [0x800], eax
    and dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_and32_rm:
    mov [0x800], ebx
    and eax, dword [0x800]
    ret
alu_and32_acc_imm:
    and eax, 0x82397AF
    ret
alu_and32_grp_r_imm:
    and edx, strict dword 0x8C10FE2C
    ret
alu_and32_grp_m_imm:
    mov [0x800], eax
    and dword [0x800], strict dword 0xABA8489C
    mov eax, dword [0x800]
    ret
alu_and32_grp83_r_imm8:
    and edx, strict byte -3
    ret
alu_and32_grp83_m_imm8:
    mov [0x800], eax
    and dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_and32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    and [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_sub8_mr:
    mov [0x800], al
    sub byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_sub8_rm:
    mov [0x800], bl
    sub al, byte [0x800]
    ret
alu_sub8_acc_imm:
    sub al, 0x40
    ret
alu_sub8_grp_r_imm:
    sub dl, strict byte 0xC6
    ret
alu_sub8_grp_m_imm:
    mov [0x800], al
    sub byte [0x800], strict byte 0x7
    mov al, byte [0x800]
    ret
alu_sub8_op82_r_imm:
    db 0x82, 0xEA, 0xBD   ; sub dl, 0xBD
    ret
alu_sub8_ah_bh:
    sub ah, bh
    ret
alu_sub16_mr:
    mov [0x800], ax
    sub word [0x800], bx
    mov ax, word [0x800]
    ret
alu_sub16_rm:
    mov [0x800], bx
    sub ax, word [0x800]
    ret
alu_sub16_acc_imm:
    sub ax, 0x4D37
    ret
alu_sub16_grp_r_imm:
    sub dx, strict word 0x2FED
    ret
alu_sub16_grp_m_imm:
    mov [0x800], ax
    sub word [0x800], strict word 0x5626
    mov ax, word [0x800]
    ret
alu_sub16_grp83_r_imm8:
    sub dx, strict byte -3
    ret
alu_sub16_grp83_m_imm8:
    mov [0x800], ax
    sub word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_sub16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    sub [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_sub32_mr:
    mov [0x800], eax
    sub dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_sub32_rm:
    mov [0x800], ebx
    sub eax, dword [0x800]
    ret
alu_sub32_acc_imm:
    sub eax, 0x5875CEB1
    ret
alu_sub32_grp_r_imm:
    sub edx, strict dword 0xF8CF4E62
    ret
alu_sub32_grp_m_imm:
    mov [0x800], eax
    sub dword [0x800], strict dword 0xCDD016E2
    mov eax, dword [0x800]
    ret
alu_sub32_grp83_r_imm8:
    sub edx, strict byte -3
    ret
alu_sub32_grp83_m_imm8:
    mov [0x800], eax
    sub dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_sub32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    sub [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_xor8_mr:
    mov [0x800], al
    xor byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_xor8_rm:
    mov [0x800], bl
    xor al, byte [0x800]
    ret
alu_xor8_acc_imm:
    xor al, 0x4C
    ret
alu_xor8_grp_r_imm:
    xor dl, strict byte 0x97
    ret
alu_xor8_grp_m_imm:
    mov [0x800], al
    xor byte [0x800], strict byte 0x3A
    mov al, byte [0x800]
    ret
alu_xor8_op82_r_imm:
    db 0x82, 0xF2, 0xAD   ; xor dl, 0xAD
    ret
alu_xor8_ah_bh:
    xor ah, bh
    ret
alu_xor16_mr:
    mov [0x800], ax
    xor word [0x800], bx
    mov ax, word [0x800]
    ret
alu_xor16_rm:
    mov [0x800], bx
    xor ax, word [0x800]
    ret
alu_xor16_acc_imm:
    xor ax, 0xD6EE
    ret
alu_xor16_grp_r_imm:
    xor dx, strict word 0x2082
    ret
alu_xor16_grp_m_imm:
    mov [0x800], ax
    xor word [0x800], strict word 0x5102
    mov ax, word [0x800]
    ret
alu_xor16_grp83_r_imm8:
    xor dx, strict byte -3
    ret
alu_xor16_grp83_m_imm8:
    mov [0x800], ax
    xor word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_xor16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    xor [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_xor32_mr:
    mov [0x800], eax
    xor dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_xor32_rm:
    mov [0x800], ebx
    xor eax, dword [0x800]
    ret
alu_xor32_acc_imm:
    xor eax, 0x5F788582
    ret
alu_xor32_grp_r_imm:
    xor edx, strict dword 0xAE8ACC6F
    ret
alu_xor32_grp_m_imm:
    mov [0x800], eax
    xor dword [0x800], strict dword 0xA9100664
    mov eax, dword [0x800]
    ret
alu_xor32_grp83_r_imm8:
    xor edx, strict byte -3
    ret
alu_xor32_grp83_m_imm8:
    mov [0x800], eax
    xor dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_xor32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    xor [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_cmp8_mr:
    mov [0x800], al
    cmp byte [0x800], bl
    mov al, byte [0x800]
    ret
alu_cmp8_rm:
    mov [0x800], bl
    cmp al, byte [0x800]
    ret
alu_cmp8_acc_imm:
    cmp al, 0xF3
    ret
alu_cmp8_grp_r_imm:
    cmp dl, strict byte 0xD4
    ret
alu_cmp8_grp_m_imm:
    mov [0x800], al
    cmp byte [0x800], strict byte 0xC9
    mov al, byte [0x800]
    ret
alu_cmp8_op82_r_imm:
    db 0x82, 0xFA, 0x42   ; cmp dl, 0x42
    ret
alu_cmp8_ah_bh:
    cmp ah, bh
    ret
alu_cmp16_mr:
    mov [0x800], ax
    cmp word [0x800], bx
    mov ax, word [0x800]
    ret
alu_cmp16_rm:
    mov [0x800], bx
    cmp ax, word [0x800]
    ret
alu_cmp16_acc_imm:
    cmp ax, 0xDAF1
    ret
alu_cmp16_grp_r_imm:
    cmp dx, strict word 0x9530
    ret
alu_cmp16_grp_m_imm:
    mov [0x800], ax
    cmp word [0x800], strict word 0x90E
    mov ax, word [0x800]
    ret
alu_cmp16_grp83_r_imm8:
    cmp dx, strict byte -3
    ret
alu_cmp16_grp83_m_imm8:
    mov [0x800], ax
    cmp word [0x800], strict byte 0x7E
    mov ax, word [0x800]
    ret
alu_cmp16_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], ax
    cmp [esi*4+0x10], bx
    mov ax, [esi*4+0x10]
    pop esi
    ret
alu_cmp32_mr:
    mov [0x800], eax
    cmp dword [0x800], ebx
    mov eax, dword [0x800]
    ret
alu_cmp32_rm:
    mov [0x800], ebx
    cmp eax, dword [0x800]
    ret
alu_cmp32_acc_imm:
    cmp eax, 0x30A9F52A
    ret
alu_cmp32_grp_r_imm:
    cmp edx, strict dword 0x58048DB3
    ret
alu_cmp32_grp_m_imm:
    mov [0x800], eax
    cmp dword [0x800], strict dword 0x50198955
    mov eax, dword [0x800]
    ret
alu_cmp32_grp83_r_imm8:
    cmp edx, strict byte -3
    ret
alu_cmp32_grp83_m_imm8:
    mov [0x800], eax
    cmp dword [0x800], strict byte 0x7E
    mov eax, dword [0x800]
    ret
alu_cmp32_sib_mr:
    push esi
    mov esi, 0x200
    mov [esi*4+0x10], eax
    cmp [esi*4+0x10], ebx
    mov eax, [esi*4+0x10]
    pop esi
    ret
alu_test8_mr:
    mov [0x800], al
    test byte [0x800], bl
    ret
alu_test8_acc_imm:
    test al, 0xEE
    ret
alu_test8_grp_r_imm:
    test dl, 0xEE
    ret
alu_test8_grp_m_imm:
    mov [0x800], al
    test byte [0x800], 0xEE
    ret
alu_test16_mr:
    mov [0x800], ax
    test word [0x800], bx
    ret
alu_test16_acc_imm:
    test ax, 0xBE3E
    ret
alu_test16_grp_r_imm:
    test dx, 0xBE3E
    ret
alu_test16_grp_m_imm:
    mov [0x800], ax
    test word [0x800], 0xBE3E
    ret
alu_test32_mr:
    mov [0x800], eax
    test dword [0x800], ebx
    ret
alu_test32_acc_imm:
    test eax, 0xA3B8159B
    ret
alu_test32_grp_r_imm:
    test edx, 0xA3B8159B
    ret
alu_test32_grp_m_imm:
    mov [0x800], eax
    test dword [0x800], 0xA3B8159B
    ret
%endif

; ---------------------------------------------------------------- cases
tbl_add8:
OPTABLE add8, alu_add8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; add 0x00,0x00
OPC 0xA5A5A501, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A502, 0x00000000, F_ARITH, 0   ; add 0x01,0x01
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; add 0xFF,0x01
OPC 0xA5A5A580, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_ZF|F_OF   ; add 0x80,0x80
OPC 0xA5A5A50F, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A510, 0x00000000, F_ARITH, F_AF   ; add 0x0F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A5FE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFF,0xFF
OPC 0xA5A5A580, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A57F, 0x00000000, F_ARITH, F_CF|F_OF   ; add 0x80,0xFF
OPC 0xA5A5A508, 0x3C3C3C08, 0x00000000, 0, 0xA5A5A510, 0x00000000, F_ARITH, F_AF   ; add 0x08,0x08
OPC 0xA5A5A52C, 0x3C3C3C2C, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A558, 0x00000000, F_ARITH, F_AF   ; add 0x2C,0x2C
OPC 0xA5A5A57D, 0x3C3C3C40, 0x00000000, 0, 0xA5A5A5BD, 0x00000000, F_ARITH, F_PF|F_SF|F_OF   ; add 0x7D,0x40
OPTABLE_END

tbl_add16:
OPTABLE add16, alu_add16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; add 0x0000,0x0000
OPC 0xA5A50001, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50002, 0x00000000, F_ARITH, 0   ; add 0x0001,0x0001
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; add 0xFFFF,0x0001
OPC 0xA5A58000, 0x3C3C8000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_ZF|F_OF   ; add 0x8000,0x8000
OPC 0xA5A5000F, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50010, 0x00000000, F_ARITH, F_AF   ; add 0x000F,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFF,0xFFFF
OPC 0xA5A58000, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A57FFF, 0x00000000, F_ARITH, F_CF|F_PF|F_OF   ; add 0x8000,0xFFFF
OPC 0xA5A50008, 0x3C3C0008, 0x00000000, 0, 0xA5A50010, 0x00000000, F_ARITH, F_AF   ; add 0x0008,0x0008
OPC 0xA5A52DF3, 0x3C3C38B0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A566A3, 0x00000000, F_ARITH, F_PF   ; add 0x2DF3,0x38B0
OPC 0xA5A5EFA5, 0x3C3C7F82, 0x00000000, 0, 0xA5A56F27, 0x00000000, F_ARITH, F_CF|F_PF   ; add 0xEFA5,0x7F82
OPTABLE_END

tbl_add32:
OPTABLE add32, alu_add32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; add 0x00000000,0x00000000
OPC 0x00000001, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000002, 0x00000000, F_ARITH, 0   ; add 0x00000001,0x00000001
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; add 0xFFFFFFFF,0x00000001
OPC 0x80000000, 0x80000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_ZF|F_OF   ; add 0x80000000,0x80000000
OPC 0x0000000F, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000010, 0x00000000, F_ARITH, F_AF   ; add 0x0000000F,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFFFFFF,0xFFFFFFFF
OPC 0x80000000, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x7FFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_OF   ; add 0x80000000,0xFFFFFFFF
OPC 0x00000008, 0x00000008, 0x00000000, 0, 0x00000010, 0x00000000, F_ARITH, F_AF   ; add 0x00000008,0x00000008
OPC 0x4DA0EFCB, 0x7FFDFE15, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xCD9EEDE0, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add 0x4DA0EFCB,0x7FFDFE15
OPC 0x628450A7, 0x7EE7D0E4, 0x00000000, 0, 0xE16C218B, 0x00000000, F_ARITH, F_PF|F_SF|F_OF   ; add 0x628450A7,0x7EE7D0E4
OPTABLE_END

tbl_or8:
OPTABLE or8, alu_or8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFF,0x80
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x0F,0xF0
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFF,0xFF
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; or 0x00,0x00
OPC 0xA5A5A580, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_LOGIC, F_SF   ; or 0x80,0x80
OPC 0xA5A5A503, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A503, 0x00000000, F_LOGIC, F_PF   ; or 0x03,0x01
OPC 0xA5A5A54E, 0x3C3C3C00, 0x00000000, 0, 0xA5A5A54E, 0x00000000, F_LOGIC, F_PF   ; or 0x4E,0x00
OPC 0xA5A5A5F2, 0x3C3C3C61, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5F3, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xF2,0x61
OPTABLE_END

tbl_or16:
OPTABLE or16, alu_or16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0x8000
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A500FF, 0x00000000, F_LOGIC, F_PF   ; or 0x000F,0x00F0
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xFFFF
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; or 0x0000,0x0000
OPC 0xA5A58000, 0x3C3C8000, 0x00000000, 0, 0xA5A58000, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x8000,0x8000
OPC 0xA5A50003, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50003, 0x00000000, F_LOGIC, F_PF   ; or 0x0003,0x0001
OPC 0xA5A514B7, 0x3C3C720F, 0x00000000, 0, 0xA5A576BF, 0x00000000, F_LOGIC, 0   ; or 0x14B7,0x720F
OPC 0xA5A5C9F2, 0x3C3C9318, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5DBFA, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xC9F2,0x9318
OPTABLE_END

tbl_or32:
OPTABLE or32, alu_or32_rr, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0x80000000
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x000000FF, 0x00000000, F_LOGIC, F_PF   ; or 0x0000000F,0x000000F0
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; or 0x00000000,0x00000000
OPC 0x80000000, 0x80000000, 0x00000000, 0, 0x80000000, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x80000000,0x80000000
OPC 0x00000003, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000003, 0x00000000, F_LOGIC, F_PF   ; or 0x00000003,0x00000001
OPC 0xCE06AA04, 0x9A1F9B08, 0x00000000, 0, 0xDE1FBB0C, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xCE06AA04,0x9A1F9B08
OPC 0x4E220A70, 0x54716FB1, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x5E736FF1, 0x00000000, F_LOGIC, 0   ; or 0x4E220A70,0x54716FB1
OPTABLE_END

tbl_adc8:
OPTABLE adc8, alu_adc8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; adc 0x00,0x00
OPC 0xA5A5A501, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A502, 0x00000000, F_ARITH, 0   ; adc 0x01,0x01
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0xFF,0x01
OPC 0xA5A5A580, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_ZF|F_OF   ; adc 0x80,0x80
OPC 0xA5A5A50F, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A510, 0x00000000, F_ARITH, F_AF   ; adc 0x0F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A5FE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFF,0xFF
OPC 0xA5A5A580, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A57F, 0x00000000, F_ARITH, F_CF|F_OF   ; adc 0x80,0xFF
OPC 0xA5A5A508, 0x3C3C3C08, 0x00000000, 0, 0xA5A5A510, 0x00000000, F_ARITH, F_AF   ; adc 0x08,0x08
OPC 0xA5A5A527, 0x3C3C3CC8, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5EF, 0x00000000, F_ARITH, F_SF   ; adc 0x27,0xC8
OPC 0xA5A5A53D, 0x3C3C3CFD, 0x00000000, 0, 0xA5A5A53A, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x3D,0xFD
OPC 0xA5A5A5FF, 0x3C3C3C00, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0xFF,0x00 cf=1
OPC 0xA5A5A57F, 0x3C3C3C00, 0x00000000, F_CF, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x7F,0x00 cf=1
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFF,0xFF cf=1
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, F_CF, 0xA5A5A501, 0x00000000, F_ARITH, 0   ; adc 0x00,0x00 cf=1
OPC 0xA5A5A50E, 0x3C3C3C01, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A510, 0x00000000, F_ARITH, F_AF   ; adc 0x0E,0x01 cf=1
OPC 0xA5A5A554, 0x3C3C3CAC, 0x00000000, F_CF, 0xA5A5A501, 0x00000000, F_ARITH, F_CF|F_AF   ; adc 0x54,0xAC cf=1
OPC 0xA5A5A580, 0x3C3C3C7F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0x80,0x7F cf=1
OPTABLE_END

tbl_adc16:
OPTABLE adc16, alu_adc16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; adc 0x0000,0x0000
OPC 0xA5A50001, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50002, 0x00000000, F_ARITH, 0   ; adc 0x0001,0x0001
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0xFFFF,0x0001
OPC 0xA5A58000, 0x3C3C8000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_ZF|F_OF   ; adc 0x8000,0x8000
OPC 0xA5A5000F, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50010, 0x00000000, F_ARITH, F_AF   ; adc 0x000F,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFF,0xFFFF
OPC 0xA5A58000, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A57FFF, 0x00000000, F_ARITH, F_CF|F_PF|F_OF   ; adc 0x8000,0xFFFF
OPC 0xA5A50008, 0x3C3C0008, 0x00000000, 0, 0xA5A50010, 0x00000000, F_ARITH, F_AF   ; adc 0x0008,0x0008
OPC 0xA5A5ADE2, 0x3C3CD9BA, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5879C, 0x00000000, F_ARITH, F_CF|F_PF|F_SF   ; adc 0xADE2,0xD9BA
OPC 0xA5A598A0, 0x3C3CC747, 0x00000000, 0, 0xA5A55FE7, 0x00000000, F_ARITH, F_CF|F_PF|F_OF   ; adc 0x98A0,0xC747
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0xFFFF,0x0000 cf=1
OPC 0xA5A57FFF, 0x3C3C0000, 0x00000000, F_CF, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x0000 cf=1
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFFFF,0xFFFF cf=1
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, F_CF, 0xA5A50001, 0x00000000, F_ARITH, 0   ; adc 0x0000,0x0000 cf=1
OPC 0xA5A5000E, 0x3C3C0001, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50010, 0x00000000, F_ARITH, F_AF   ; adc 0x000E,0x0001 cf=1
OPC 0xA5A5D861, 0x3C3C176D, 0x00000000, F_CF, 0xA5A5EFCF, 0x00000000, F_ARITH, F_PF|F_SF   ; adc 0xD861,0x176D cf=1
OPC 0xA5A58000, 0x3C3C7FFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0x8000,0x7FFF cf=1
OPTABLE_END

tbl_adc32:
OPTABLE adc32, alu_adc32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; adc 0x00000000,0x00000000
OPC 0x00000001, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000002, 0x00000000, F_ARITH, 0   ; adc 0x00000001,0x00000001
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0xFFFFFFFF,0x00000001
OPC 0x80000000, 0x80000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_ZF|F_OF   ; adc 0x80000000,0x80000000
OPC 0x0000000F, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000010, 0x00000000, F_ARITH, F_AF   ; adc 0x0000000F,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFFFFFF,0xFFFFFFFF
OPC 0x80000000, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x7FFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_OF   ; adc 0x80000000,0xFFFFFFFF
OPC 0x00000008, 0x00000008, 0x00000000, 0, 0x00000010, 0x00000000, F_ARITH, F_AF   ; adc 0x00000008,0x00000008
OPC 0x9E9E4A98, 0x5C796FBF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFB17BA57, 0x00000000, F_ARITH, F_AF|F_SF   ; adc 0x9E9E4A98,0x5C796FBF
OPC 0x74407A81, 0x761CF68F, 0x00000000, 0, 0xEA5D7110, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x74407A81,0x761CF68F
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0xFFFFFFFF,0x00000000 cf=1
OPC 0x7FFFFFFF, 0x00000000, 0x00000000, F_CF, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x00000000 cf=1
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFFFFFFFF,0xFFFFFFFF cf=1
OPC 0x00000000, 0x00000000, 0x00000000, F_CF, 0x00000001, 0x00000000, F_ARITH, 0   ; adc 0x00000000,0x00000000 cf=1
OPC 0x0000000E, 0x00000001, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000010, 0x00000000, F_ARITH, F_AF   ; adc 0x0000000E,0x00000001 cf=1
OPC 0x30A9D870, 0x4A928501, 0x00000000, F_CF, 0x7B3C5D72, 0x00000000, F_ARITH, F_PF   ; adc 0x30A9D870,0x4A928501 cf=1
OPC 0x80000000, 0x7FFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; adc 0x80000000,0x7FFFFFFF cf=1
OPTABLE_END

tbl_sbb8:
OPTABLE sbb8, alu_sbb8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x00,0x00
OPC 0xA5A5A500, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x00,0x01
OPC 0xA5A5A580, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_ARITH, F_AF|F_OF   ; sbb 0x80,0x01
OPC 0xA5A5A57F, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A580, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; sbb 0x7F,0xFF
OPC 0xA5A5A505, 0x3C3C3C05, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x05,0x05
OPC 0xA5A5A510, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50F, 0x00000000, F_ARITH, F_PF|F_AF   ; sbb 0x10,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFF,0xFF
OPC 0xA5A5A580, 0x3C3C3C7F, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A501, 0x00000000, F_ARITH, F_AF|F_OF   ; sbb 0x80,0x7F
OPC 0xA5A5A501, 0x3C3C3C02, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x01,0x02
OPC 0xA5A5A5D7, 0x3C3C3C70, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A567, 0x00000000, F_ARITH, F_OF   ; sbb 0xD7,0x70
OPC 0xA5A5A536, 0x3C3C3C47, 0x00000000, 0, 0xA5A5A5EF, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; sbb 0x36,0x47
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x00,0x00 cf=1
OPC 0xA5A5A580, 0x3C3C3C00, 0x00000000, F_CF, 0xA5A5A57F, 0x00000000, F_ARITH, F_AF|F_OF   ; sbb 0x80,0x00 cf=1
OPC 0xA5A5A505, 0x3C3C3C05, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x05,0x05 cf=1
OPC 0xA5A5A505, 0x3C3C3C04, 0x00000000, F_CF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x05,0x04 cf=1
OPC 0xA5A5A500, 0x3C3C3CFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; sbb 0x00,0xFF cf=1
OPC 0xA5A5A57F, 0x3C3C3CFF, 0x00000000, F_CF, 0xA5A5A57F, 0x00000000, F_ARITH, F_CF|F_AF   ; sbb 0x7F,0xFF cf=1
OPC 0xA5A5A510, 0x3C3C3C0F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_AF|F_ZF   ; sbb 0x10,0x0F cf=1
OPC 0xA5A5A522, 0x3C3C3C7B, 0x00000000, F_CF, 0xA5A5A5A6, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x22,0x7B cf=1
OPTABLE_END

tbl_sbb16:
OPTABLE sbb16, alu_sbb16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x0000,0x0000
OPC 0xA5A50000, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x0000,0x0001
OPC 0xA5A58000, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; sbb 0x8000,0x0001
OPC 0xA5A57FFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A58000, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sbb 0x7FFF,0xFFFF
OPC 0xA5A50005, 0x3C3C0005, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x0005,0x0005
OPC 0xA5A50010, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_ARITH, F_PF|F_AF   ; sbb 0x0010,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFF,0xFFFF
OPC 0xA5A58000, 0x3C3C7FFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50001, 0x00000000, F_ARITH, F_AF|F_OF   ; sbb 0x8000,0x7FFF
OPC 0xA5A50001, 0x3C3C0002, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x0001,0x0002
OPC 0xA5A5F6A0, 0x3C3C80AD, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A575F3, 0x00000000, F_ARITH, F_PF|F_AF   ; sbb 0xF6A0,0x80AD
OPC 0xA5A53798, 0x3C3C32D4, 0x00000000, 0, 0xA5A504C4, 0x00000000, F_ARITH, 0   ; sbb 0x3798,0x32D4
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x0000,0x0000 cf=1
OPC 0xA5A58000, 0x3C3C0000, 0x00000000, F_CF, 0xA5A57FFF, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; sbb 0x8000,0x0000 cf=1
OPC 0xA5A50005, 0x3C3C0005, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x0005,0x0005 cf=1
OPC 0xA5A50005, 0x3C3C0004, 0x00000000, F_CF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x0005,0x0004 cf=1
OPC 0xA5A50000, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; sbb 0x0000,0xFFFF cf=1
OPC 0xA5A57FFF, 0x3C3CFFFF, 0x00000000, F_CF, 0xA5A57FFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; sbb 0x7FFF,0xFFFF cf=1
OPC 0xA5A50010, 0x3C3C000F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_AF|F_ZF   ; sbb 0x0010,0x000F cf=1
OPC 0xA5A5030F, 0x3C3CD503, 0x00000000, F_CF, 0xA5A52E0B, 0x00000000, F_ARITH, F_CF   ; sbb 0x030F,0xD503 cf=1
OPTABLE_END

tbl_sbb32:
OPTABLE sbb32, alu_sbb32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x00000000,0x00000000
OPC 0x00000000, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x00000000,0x00000001
OPC 0x80000000, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; sbb 0x80000000,0x00000001
OPC 0x7FFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x80000000, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sbb 0x7FFFFFFF,0xFFFFFFFF
OPC 0x00000005, 0x00000005, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x00000005,0x00000005
OPC 0x00000010, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000000F, 0x00000000, F_ARITH, F_PF|F_AF   ; sbb 0x00000010,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFFFFFF,0xFFFFFFFF
OPC 0x80000000, 0x7FFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000001, 0x00000000, F_ARITH, F_AF|F_OF   ; sbb 0x80000000,0x7FFFFFFF
OPC 0x00000001, 0x00000002, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x00000001,0x00000002
OPC 0xC4DEB8A5, 0xE383C56D, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xE15AF338, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; sbb 0xC4DEB8A5,0xE383C56D
OPC 0xE308B5E0, 0xF0FD01CF, 0x00000000, 0, 0xF20BB411, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0xE308B5E0,0xF0FD01CF
OPC 0x00000000, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x00000000,0x00000000 cf=1
OPC 0x80000000, 0x00000000, 0x00000000, F_CF, 0x7FFFFFFF, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; sbb 0x80000000,0x00000000 cf=1
OPC 0x00000005, 0x00000005, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0x00000005,0x00000005 cf=1
OPC 0x00000005, 0x00000004, 0x00000000, F_CF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0x00000005,0x00000004 cf=1
OPC 0x00000000, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_ZF   ; sbb 0x00000000,0xFFFFFFFF cf=1
OPC 0x7FFFFFFF, 0xFFFFFFFF, 0x00000000, F_CF, 0x7FFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; sbb 0x7FFFFFFF,0xFFFFFFFF cf=1
OPC 0x00000010, 0x0000000F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_AF|F_ZF   ; sbb 0x00000010,0x0000000F cf=1
OPC 0x76BD1468, 0x978DA013, 0x00000000, F_CF, 0xDF2F7454, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; sbb 0x76BD1468,0x978DA013 cf=1
OPTABLE_END

tbl_and8:
OPTABLE and8, alu_and8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_LOGIC, F_SF   ; and 0xFF,0x80
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; and 0x0F,0xF0
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFF,0xFF
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; and 0x00,0x00
OPC 0xA5A5A580, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_LOGIC, F_SF   ; and 0x80,0x80
OPC 0xA5A5A503, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A501, 0x00000000, F_LOGIC, 0   ; and 0x03,0x01
OPC 0xA5A5A55C, 0x3C3C3C3C, 0x00000000, 0, 0xA5A5A51C, 0x00000000, F_LOGIC, 0   ; and 0x5C,0x3C
OPC 0xA5A5A5AD, 0x3C3C3CAB, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5A9, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xAD,0xAB
OPTABLE_END

tbl_and16:
OPTABLE and16, alu_and16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A58000, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFF,0x8000
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; and 0x000F,0x00F0
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFF,0xFFFF
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; and 0x0000,0x0000
OPC 0xA5A58000, 0x3C3C8000, 0x00000000, 0, 0xA5A58000, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0x8000,0x8000
OPC 0xA5A50003, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50001, 0x00000000, F_LOGIC, 0   ; and 0x0003,0x0001
OPC 0xA5A5465A, 0x3C3C151B, 0x00000000, 0, 0xA5A5041A, 0x00000000, F_LOGIC, 0   ; and 0x465A,0x151B
OPC 0xA5A55A2C, 0x3C3C42FD, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5422C, 0x00000000, F_LOGIC, 0   ; and 0x5A2C,0x42FD
OPTABLE_END

tbl_and32:
OPTABLE and32, alu_and32_rr, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0x80000000, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFFFFFF,0x80000000
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; and 0x0000000F,0x000000F0
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFFFFFF,0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; and 0x00000000,0x00000000
OPC 0x80000000, 0x80000000, 0x00000000, 0, 0x80000000, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0x80000000,0x80000000
OPC 0x00000003, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000001, 0x00000000, F_LOGIC, 0   ; and 0x00000003,0x00000001
OPC 0x21B76A7E, 0x8E8FB978, 0x00000000, 0, 0x00872878, 0x00000000, F_LOGIC, F_PF   ; and 0x21B76A7E,0x8E8FB978
OPC 0x3C4DA0A8, 0x38CA644F, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x38482008, 0x00000000, F_LOGIC, 0   ; and 0x3C4DA0A8,0x38CA644F
OPTABLE_END

tbl_sub8:
OPTABLE sub8, alu_sub8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0x00,0x00
OPC 0xA5A5A500, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sub 0x00,0x01
OPC 0xA5A5A580, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_ARITH, F_AF|F_OF   ; sub 0x80,0x01
OPC 0xA5A5A57F, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A580, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; sub 0x7F,0xFF
OPC 0xA5A5A505, 0x3C3C3C05, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0x05,0x05
OPC 0xA5A5A510, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50F, 0x00000000, F_ARITH, F_PF|F_AF   ; sub 0x10,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFF,0xFF
OPC 0xA5A5A580, 0x3C3C3C7F, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A501, 0x00000000, F_ARITH, F_AF|F_OF   ; sub 0x80,0x7F
OPC 0xA5A5A501, 0x3C3C3C02, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sub 0x01,0x02
OPC 0xA5A5A5E8, 0x3C3C3CE8, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xE8,0xE8
OPC 0xA5A5A58E, 0x3C3C3CB3, 0x00000000, 0, 0xA5A5A5DB, 0x00000000, F_ARITH, F_CF|F_PF|F_SF   ; sub 0x8E,0xB3
OPTABLE_END

tbl_sub16:
OPTABLE sub16, alu_sub16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0x0000,0x0000
OPC 0xA5A50000, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sub 0x0000,0x0001
OPC 0xA5A58000, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; sub 0x8000,0x0001
OPC 0xA5A57FFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A58000, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sub 0x7FFF,0xFFFF
OPC 0xA5A50005, 0x3C3C0005, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0x0005,0x0005
OPC 0xA5A50010, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_ARITH, F_PF|F_AF   ; sub 0x0010,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFF,0xFFFF
OPC 0xA5A58000, 0x3C3C7FFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50001, 0x00000000, F_ARITH, F_AF|F_OF   ; sub 0x8000,0x7FFF
OPC 0xA5A50001, 0x3C3C0002, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sub 0x0001,0x0002
OPC 0xA5A50604, 0x3C3CFF73, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50691, 0x00000000, F_ARITH, F_CF   ; sub 0x0604,0xFF73
OPC 0xA5A5DDF3, 0x3C3C10E1, 0x00000000, 0, 0xA5A5CD12, 0x00000000, F_ARITH, F_PF|F_SF   ; sub 0xDDF3,0x10E1
OPTABLE_END

tbl_sub32:
OPTABLE sub32, alu_sub32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0x00000000,0x00000000
OPC 0x00000000, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sub 0x00000000,0x00000001
OPC 0x80000000, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; sub 0x80000000,0x00000001
OPC 0x7FFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x80000000, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sub 0x7FFFFFFF,0xFFFFFFFF
OPC 0x00000005, 0x00000005, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0x00000005,0x00000005
OPC 0x00000010, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000000F, 0x00000000, F_ARITH, F_PF|F_AF   ; sub 0x00000010,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFFFFFF,0xFFFFFFFF
OPC 0x80000000, 0x7FFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000001, 0x00000000, F_ARITH, F_AF|F_OF   ; sub 0x80000000,0x7FFFFFFF
OPC 0x00000001, 0x00000002, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sub 0x00000001,0x00000002
OPC 0x55A27637, 0xCF487AEA, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x8659FB4D, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF|F_OF   ; sub 0x55A27637,0xCF487AEA
OPC 0xA95A4A1B, 0xB53B2F44, 0x00000000, 0, 0xF41F1AD7, 0x00000000, F_ARITH, F_CF|F_PF|F_SF   ; sub 0xA95A4A1B,0xB53B2F44
OPTABLE_END

tbl_xor8:
OPTABLE xor8, alu_xor8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_LOGIC, 0   ; xor 0xFF,0x80
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0x0F,0xF0
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFF,0xFF
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0x00,0x00
OPC 0xA5A5A580, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0x80,0x80
OPC 0xA5A5A503, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A502, 0x00000000, F_LOGIC, 0   ; xor 0x03,0x01
OPC 0xA5A5A5F6, 0x3C3C3C94, 0x00000000, 0, 0xA5A5A562, 0x00000000, F_LOGIC, 0   ; xor 0xF6,0x94
OPC 0xA5A5A572, 0x3C3C3C0C, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A57E, 0x00000000, F_LOGIC, F_PF   ; xor 0x72,0x0C
OPTABLE_END

tbl_xor16:
OPTABLE xor16, alu_xor16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_LOGIC, F_PF   ; xor 0xFFFF,0x8000
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A500FF, 0x00000000, F_LOGIC, F_PF   ; xor 0x000F,0x00F0
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFF,0xFFFF
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0x0000,0x0000
OPC 0xA5A58000, 0x3C3C8000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0x8000,0x8000
OPC 0xA5A50003, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50002, 0x00000000, F_LOGIC, 0   ; xor 0x0003,0x0001
OPC 0xA5A5034C, 0x3C3C2579, 0x00000000, 0, 0xA5A52635, 0x00000000, F_LOGIC, F_PF   ; xor 0x034C,0x2579
OPC 0xA5A50D00, 0x3C3C0510, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50810, 0x00000000, F_LOGIC, 0   ; xor 0x0D00,0x0510
OPTABLE_END

tbl_xor32:
OPTABLE xor32, alu_xor32_rr, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_LOGIC, F_PF   ; xor 0xFFFFFFFF,0x80000000
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x000000FF, 0x00000000, F_LOGIC, F_PF   ; xor 0x0000000F,0x000000F0
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFFFFFF,0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0x00000000,0x00000000
OPC 0x80000000, 0x80000000, 0x00000000, 0, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0x80000000,0x80000000
OPC 0x00000003, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000002, 0x00000000, F_LOGIC, 0   ; xor 0x00000003,0x00000001
OPC 0x2A206B84, 0x71FEFE6A, 0x00000000, 0, 0x5BDE95EE, 0x00000000, F_LOGIC, F_PF   ; xor 0x2A206B84,0x71FEFE6A
OPC 0x485C4CB0, 0x09A46C88, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x41F82038, 0x00000000, F_LOGIC, 0   ; xor 0x485C4CB0,0x09A46C88
OPTABLE_END

tbl_cmp8:
OPTABLE cmp8, alu_cmp8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, 0, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0x00,0x00
OPC 0xA5A5A500, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0x00,0x01
OPC 0xA5A5A580, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_OF   ; cmp 0x80,0x01
OPC 0xA5A5A57F, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A57F, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7F,0xFF
OPC 0xA5A5A505, 0x3C3C3C05, 0x00000000, 0, 0xA5A5A505, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0x05,0x05
OPC 0xA5A5A510, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A510, 0x00000000, F_ARITH, F_PF|F_AF   ; cmp 0x10,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFF,0xFF
OPC 0xA5A5A580, 0x3C3C3C7F, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_OF   ; cmp 0x80,0x7F
OPC 0xA5A5A501, 0x3C3C3C02, 0x00000000, 0, 0xA5A5A501, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0x01,0x02
OPC 0xA5A5A588, 0x3C3C3C85, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A588, 0x00000000, F_ARITH, F_PF   ; cmp 0x88,0x85
OPC 0xA5A5A59C, 0x3C3C3C56, 0x00000000, 0, 0xA5A5A59C, 0x00000000, F_ARITH, F_OF   ; cmp 0x9C,0x56
OPTABLE_END

tbl_cmp16:
OPTABLE cmp16, alu_cmp16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0x0000,0x0000
OPC 0xA5A50000, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0x0000,0x0001
OPC 0xA5A58000, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; cmp 0x8000,0x0001
OPC 0xA5A57FFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A57FFF, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; cmp 0x7FFF,0xFFFF
OPC 0xA5A50005, 0x3C3C0005, 0x00000000, 0, 0xA5A50005, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0x0005,0x0005
OPC 0xA5A50010, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50010, 0x00000000, F_ARITH, F_PF|F_AF   ; cmp 0x0010,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFF,0xFFFF
OPC 0xA5A58000, 0x3C3C7FFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A58000, 0x00000000, F_ARITH, F_AF|F_OF   ; cmp 0x8000,0x7FFF
OPC 0xA5A50001, 0x3C3C0002, 0x00000000, 0, 0xA5A50001, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0x0001,0x0002
OPC 0xA5A5A4EE, 0x3C3C0C0C, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A4EE, 0x00000000, F_ARITH, F_PF|F_SF   ; cmp 0xA4EE,0x0C0C
OPC 0xA5A53D88, 0x3C3C1FA5, 0x00000000, 0, 0xA5A53D88, 0x00000000, F_ARITH, 0   ; cmp 0x3D88,0x1FA5
OPTABLE_END

tbl_cmp32:
OPTABLE cmp32, alu_cmp32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0x00000000,0x00000000
OPC 0x00000000, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0x00000000,0x00000001
OPC 0x80000000, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; cmp 0x80000000,0x00000001
OPC 0x7FFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x7FFFFFFF, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; cmp 0x7FFFFFFF,0xFFFFFFFF
OPC 0x00000005, 0x00000005, 0x00000000, 0, 0x00000005, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0x00000005,0x00000005
OPC 0x00000010, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000010, 0x00000000, F_ARITH, F_PF|F_AF   ; cmp 0x00000010,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFFFFFF,0xFFFFFFFF
OPC 0x80000000, 0x7FFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x80000000, 0x00000000, F_ARITH, F_AF|F_OF   ; cmp 0x80000000,0x7FFFFFFF
OPC 0x00000001, 0x00000002, 0x00000000, 0, 0x00000001, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0x00000001,0x00000002
OPC 0xADCD74A9, 0x6D01392E, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xADCD74A9, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; cmp 0xADCD74A9,0x6D01392E
OPC 0xFA4493BA, 0x6A2A54CC, 0x00000000, 0, 0xFA4493BA, 0x00000000, F_ARITH, F_PF|F_AF|F_SF   ; cmp 0xFA4493BA,0x6A2A54CC
OPTABLE_END

tbl_test8:
OPTABLE test8, alu_test8_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_SF   ; test 0xFF,0x80
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50F, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x0F,0xF0
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFF,0xFF
OPC 0xA5A5A500, 0x3C3C3C00, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x00,0x00
OPC 0xA5A5A580, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_LOGIC, F_SF   ; test 0x80,0x80
OPC 0xA5A5A503, 0x3C3C3C01, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A503, 0x00000000, F_LOGIC, 0   ; test 0x03,0x01
OPC 0xA5A5A5F3, 0x3C3C3CB4, 0x00000000, 0, 0xA5A5A5F3, 0x00000000, F_LOGIC, F_SF   ; test 0xF3,0xB4
OPC 0xA5A5A5CB, 0x3C3C3C55, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5CB, 0x00000000, F_LOGIC, F_PF   ; test 0xCB,0x55
OPTABLE_END

tbl_test16:
OPTABLE test16, alu_test16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFFFF,0x8000
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x000F,0x00F0
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFFFF,0xFFFF
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x0000,0x0000
OPC 0xA5A58000, 0x3C3C8000, 0x00000000, 0, 0xA5A58000, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0x8000,0x8000
OPC 0xA5A50003, 0x3C3C0001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50003, 0x00000000, F_LOGIC, 0   ; test 0x0003,0x0001
OPC 0xA5A555CA, 0x3C3C9304, 0x00000000, 0, 0xA5A555CA, 0x00000000, F_LOGIC, F_PF   ; test 0x55CA,0x9304
OPC 0xA5A593F6, 0x3C3CD799, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A593F6, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0x93F6,0xD799
OPTABLE_END

tbl_test32:
OPTABLE test32, alu_test32_rr, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFFFFFFFF,0x80000000
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000000F, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x0000000F,0x000000F0
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFFFFFFFF,0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x00000000,0x00000000
OPC 0x80000000, 0x80000000, 0x00000000, 0, 0x80000000, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0x80000000,0x80000000
OPC 0x00000003, 0x00000001, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000003, 0x00000000, F_LOGIC, 0   ; test 0x00000003,0x00000001
OPC 0x37002F13, 0x980618D1, 0x00000000, 0, 0x37002F13, 0x00000000, F_LOGIC, F_PF   ; test 0x37002F13,0x980618D1
OPC 0xC698C171, 0x29E869BB, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xC698C171, 0x00000000, F_LOGIC, 0   ; test 0xC698C171,0x29E869BB
OPTABLE_END

%ifndef SELFTEST
tbl_add8_mr:
OPTABLE add8_mr, alu_add8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFF,0xFF
OPC 0xA5A5A5E5, 0x3C3C3C88, 0x00000000, F_CF, 0xA5A5A56D, 0x00000000, F_ARITH, F_CF|F_OF   ; add 0xE5,0x88 cf=1
OPTABLE_END

tbl_add8_rm:
OPTABLE add8_rm, alu_add8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFF,0xFF
OPC 0xA5A5A5E5, 0x3C3C3CC8, 0x00000000, F_CF, 0xA5A5A5AD, 0x00000000, F_ARITH, F_CF|F_SF   ; add 0xE5,0xC8 cf=1
OPTABLE_END

tbl_add8_acc_imm:
OPTABLE add8_acc_imm, alu_add8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A5A3, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7F,0x24
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A523, 0x00000000, F_ARITH, F_CF|F_AF   ; add 0xFF,0x24
OPC 0xA5A5A5C2, 0x3C3C3C73, 0x00000000, F_CF, 0xA5A5A5E6, 0x00000000, F_ARITH, F_SF   ; add 0xC2,0x24 cf=1
OPTABLE_END

tbl_add8_grp_r_imm:
OPTABLE add8_grp_r_imm, alu_add8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5BC, F_ARITH, F_AF|F_SF|F_OF   ; add 0x7F,0x3D
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A53C, F_ARITH, F_CF|F_PF|F_AF   ; add 0xFF,0x3D
OPC 0x00000000, 0x00000000, 0xA5A5A598, F_CF, 0x00000000, 0xA5A5A5D5, F_ARITH, F_AF|F_SF   ; add 0x98,0x3D cf=1
OPTABLE_END

tbl_add8_grp_m_imm:
OPTABLE add8_grp_m_imm, alu_add8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A5F9, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7F,0x7A
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A579, 0x00000000, F_ARITH, F_CF|F_AF   ; add 0xFF,0x7A
OPC 0xA5A5A59D, 0x3C3C3C3F, 0x00000000, F_CF, 0xA5A5A517, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; add 0x9D,0x7A cf=1
OPTABLE_END

tbl_add8_op82_r_imm:
OPTABLE add8_op82_r_imm, alu_add8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5E0, F_ARITH, F_AF|F_SF|F_OF   ; add 0x7F,0x61
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A560, F_ARITH, F_CF|F_PF|F_AF   ; add 0xFF,0x61
OPC 0x00000000, 0x00000000, 0xA5A5A594, F_CF, 0x00000000, 0xA5A5A5F5, F_ARITH, F_PF|F_SF   ; add 0x94,0x61 cf=1
OPTABLE_END

tbl_add8_ah_bh:
OPTABLE add8_ah_bh, alu_add8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11118011, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x1111FE11, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add ah=0xFF,bh=0xFF
OPC 0x11113D11, 0x22227F22, 0x00000000, F_CF, 0x1111BC11, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add ah=0x3D,bh=0x7F
OPTABLE_END

tbl_add16_mr:
OPTABLE add16_mr, alu_add16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFF,0xFFFF
OPC 0xA5A52A15, 0x3C3C1DDB, 0x00000000, F_CF, 0xA5A547F0, 0x00000000, F_ARITH, F_PF|F_AF   ; add 0x2A15,0x1DDB cf=1
OPTABLE_END

tbl_add16_rm:
OPTABLE add16_rm, alu_add16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFF,0xFFFF
OPC 0xA5A5779F, 0x3C3C503E, 0x00000000, F_CF, 0xA5A5C7DD, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x779F,0x503E cf=1
OPTABLE_END

tbl_add16_acc_imm:
OPTABLE add16_acc_imm, alu_add16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A59AF7, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; add 0x7FFF,0x1AF8
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A51AF7, 0x00000000, F_ARITH, F_CF|F_AF   ; add 0xFFFF,0x1AF8
OPC 0xA5A5B2FB, 0x3C3C2AC4, 0x00000000, F_CF, 0xA5A5CDF3, 0x00000000, F_ARITH, F_PF|F_AF|F_SF   ; add 0xB2FB,0x1AF8 cf=1
OPTABLE_END

tbl_add16_grp_r_imm:
OPTABLE add16_grp_r_imm, alu_add16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A50136, F_ARITH, F_CF|F_PF|F_AF   ; add 0x7FFF,0x8137
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A58136, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; add 0xFFFF,0x8137
OPC 0x00000000, 0x00000000, 0xA5A592DF, F_CF, 0x00000000, 0xA5A51416, F_ARITH, F_CF|F_AF|F_OF   ; add 0x92DF,0x8137 cf=1
OPTABLE_END

tbl_add16_grp_m_imm:
OPTABLE add16_grp_m_imm, alu_add16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A540A7, 0x00000000, F_ARITH, F_CF|F_AF   ; add 0x7FFF,0xC0A8
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5C0A7, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFF,0xC0A8
OPC 0xA5A550EC, 0x3C3C765A, 0x00000000, F_CF, 0xA5A51194, 0x00000000, F_ARITH, F_CF|F_AF   ; add 0x50EC,0xC0A8 cf=1
OPTABLE_END

tbl_add16_grp83_r_imm8:
OPTABLE add16_grp83_r_imm8, alu_add16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A57FFC, F_ARITH, F_CF|F_PF|F_AF   ; add 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFC, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; add 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A58175, F_CF, 0x00000000, 0xA5A58172, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; add 0x8175,0xFFFD cf=1
OPTABLE_END

tbl_add16_grp83_m_imm8:
OPTABLE add16_grp83_m_imm8, alu_add16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A5807D, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5007D, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; add 0xFFFF,0x007E
OPC 0xA5A5DE31, 0x3C3C8B04, 0x00000000, F_CF, 0xA5A5DEAF, 0x00000000, F_ARITH, F_PF|F_SF   ; add 0xDE31,0x007E cf=1
OPTABLE_END

tbl_add16_sib_mr:
OPTABLE add16_sib_mr, alu_add16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFF,0xFFFF
OPC 0xA5A5ED4E, 0x3C3CAF98, 0x00000000, F_CF, 0xA5A59CE6, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xED4E,0xAF98 cf=1
OPTABLE_END

tbl_add32_mr:
OPTABLE add32_mr, alu_add32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFFFFFF,0xFFFFFFFF
OPC 0x7193C603, 0xF7090BF4, 0x00000000, F_CF, 0x689CD1F7, 0x00000000, F_ARITH, F_CF   ; add 0x7193C603,0xF7090BF4 cf=1
OPTABLE_END

tbl_add32_rm:
OPTABLE add32_rm, alu_add32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFFFFFF,0xFFFFFFFF
OPC 0xF1026F83, 0x9C019C7E, 0x00000000, F_CF, 0x8D040C01, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xF1026F83,0x9C019C7E cf=1
OPTABLE_END

tbl_add32_acc_imm:
OPTABLE add32_acc_imm, alu_add32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x3A7CB9FC, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; add 0x7FFFFFFF,0xBA7CB9FD
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xBA7CB9FC, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; add 0xFFFFFFFF,0xBA7CB9FD
OPC 0xF9FAA0F7, 0x36C141D1, 0x00000000, F_CF, 0xB4775AF4, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xF9FAA0F7,0xBA7CB9FD cf=1
OPTABLE_END

tbl_add32_grp_r_imm:
OPTABLE add32_grp_r_imm, alu_add32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0xF4D5414B, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFFFFFF,0x74D5414C
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x74D5414B, F_ARITH, F_CF|F_PF|F_AF   ; add 0xFFFFFFFF,0x74D5414C
OPC 0x00000000, 0x00000000, 0xEFD1147D, F_CF, 0x00000000, 0x64A655C9, F_ARITH, F_CF|F_PF|F_AF   ; add 0xEFD1147D,0x74D5414C cf=1
OPTABLE_END

tbl_add32_grp_m_imm:
OPTABLE add32_grp_m_imm, alu_add32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x47E8CA67, 0x00000000, F_ARITH, F_CF|F_AF   ; add 0x7FFFFFFF,0xC7E8CA68
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xC7E8CA67, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFFFFFF,0xC7E8CA68
OPC 0x75FA57AF, 0x553CEAFF, 0x00000000, F_CF, 0x3DE32217, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; add 0x75FA57AF,0xC7E8CA68 cf=1
OPTABLE_END

tbl_add32_grp83_r_imm8:
OPTABLE add32_grp83_r_imm8, alu_add32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x7FFFFFFC, F_ARITH, F_CF|F_PF|F_AF   ; add 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFC, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; add 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x836683E6, F_CF, 0x00000000, 0x836683E3, F_ARITH, F_CF|F_AF|F_SF   ; add 0x836683E6,0xFFFFFFFD cf=1
OPTABLE_END

tbl_add32_grp83_m_imm8:
OPTABLE add32_grp83_m_imm8, alu_add32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x8000007D, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000007D, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; add 0xFFFFFFFF,0x0000007E
OPC 0x1938C59C, 0xCCD2B29F, 0x00000000, F_CF, 0x1938C61A, 0x00000000, F_ARITH, F_AF   ; add 0x1938C59C,0x0000007E cf=1
OPTABLE_END

tbl_add32_sib_mr:
OPTABLE add32_sib_mr, alu_add32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; add 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; add 0xFFFFFFFF,0xFFFFFFFF
OPC 0x17B80A2F, 0x14CC0251, 0x00000000, F_CF, 0x2C840C80, 0x00000000, F_ARITH, F_AF   ; add 0x17B80A2F,0x14CC0251 cf=1
OPTABLE_END

tbl_or8_mr:
OPTABLE or8_mr, alu_or8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_LOGIC, 0   ; or 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFF,0xFF
OPC 0xA5A5A5DA, 0x3C3C3C14, 0x00000000, F_CF, 0xA5A5A5DE, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xDA,0x14 cf=1
OPTABLE_END

tbl_or8_rm:
OPTABLE or8_rm, alu_or8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_LOGIC, 0   ; or 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFF,0xFF
OPC 0xA5A5A52D, 0x3C3C3C2C, 0x00000000, F_CF, 0xA5A5A52D, 0x00000000, F_LOGIC, F_PF   ; or 0x2D,0x2C cf=1
OPTABLE_END

tbl_or8_acc_imm:
OPTABLE or8_acc_imm, alu_or8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x7F,0xED
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFF,0xED
OPC 0xA5A5A56B, 0x3C3C3C10, 0x00000000, F_CF, 0xA5A5A5EF, 0x00000000, F_LOGIC, F_SF   ; or 0x6B,0xED cf=1
OPTABLE_END

tbl_or8_grp_r_imm:
OPTABLE or8_grp_r_imm, alu_or8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5FF, F_LOGIC, F_PF|F_SF   ; or 0x7F,0xD4
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5FF, F_LOGIC, F_PF|F_SF   ; or 0xFF,0xD4
OPC 0x00000000, 0x00000000, 0xA5A5A545, F_CF, 0x00000000, 0xA5A5A5D5, F_LOGIC, F_SF   ; or 0x45,0xD4 cf=1
OPTABLE_END

tbl_or8_grp_m_imm:
OPTABLE or8_grp_m_imm, alu_or8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_LOGIC, 0   ; or 0x7F,0x64
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFF,0x64
OPC 0xA5A5A5D3, 0x3C3C3CDA, 0x00000000, F_CF, 0xA5A5A5F7, 0x00000000, F_LOGIC, F_SF   ; or 0xD3,0x64 cf=1
OPTABLE_END

tbl_or8_op82_r_imm:
OPTABLE or8_op82_r_imm, alu_or8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5FF, F_LOGIC, F_PF|F_SF   ; or 0x7F,0xAC
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5FF, F_LOGIC, F_PF|F_SF   ; or 0xFF,0xAC
OPC 0x00000000, 0x00000000, 0xA5A5A5A5, F_CF, 0x00000000, 0xA5A5A5AD, F_LOGIC, F_SF   ; or 0xA5,0xAC cf=1
OPTABLE_END

tbl_or8_ah_bh:
OPTABLE or8_ah_bh, alu_or8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11117F11, 0x00000000, F_LOGIC, 0   ; or ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x1111FF11, 0x00000000, F_LOGIC, F_PF|F_SF   ; or ah=0xFF,bh=0xFF
OPC 0x11112811, 0x22223122, 0x00000000, F_CF, 0x11113911, 0x00000000, F_LOGIC, F_PF   ; or ah=0x28,bh=0x31
OPTABLE_END

tbl_or16_mr:
OPTABLE or16_mr, alu_or16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xFFFF
OPC 0xA5A5A10A, 0x3C3C0E4F, 0x00000000, F_CF, 0xA5A5AF4F, 0x00000000, F_LOGIC, F_SF   ; or 0xA10A,0x0E4F cf=1
OPTABLE_END

tbl_or16_rm:
OPTABLE or16_rm, alu_or16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xFFFF
OPC 0xA5A5DB95, 0x3C3C0570, 0x00000000, F_CF, 0xA5A5DFF5, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xDB95,0x0570 cf=1
OPTABLE_END

tbl_or16_acc_imm:
OPTABLE or16_acc_imm, alu_or16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x7FFF,0xA4E3
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xA4E3
OPC 0xA5A51638, 0x3C3CDECE, 0x00000000, F_CF, 0xA5A5B6FB, 0x00000000, F_LOGIC, F_SF   ; or 0x1638,0xA4E3 cf=1
OPTABLE_END

tbl_or16_grp_r_imm:
OPTABLE or16_grp_r_imm, alu_or16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A5FFFF, F_LOGIC, F_PF|F_SF   ; or 0x7FFF,0x8B81
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFF, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0x8B81
OPC 0x00000000, 0x00000000, 0xA5A5D29D, F_CF, 0x00000000, 0xA5A5DB9D, F_LOGIC, F_SF   ; or 0xD29D,0x8B81 cf=1
OPTABLE_END

tbl_or16_grp_m_imm:
OPTABLE or16_grp_m_imm, alu_or16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x7FFF,0xC4CC
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xC4CC
OPC 0xA5A5680D, 0x3C3CF786, 0x00000000, F_CF, 0xA5A5ECCD, 0x00000000, F_LOGIC, F_SF   ; or 0x680D,0xC4CC cf=1
OPTABLE_END

tbl_or16_grp83_r_imm8:
OPTABLE or16_grp83_r_imm8, alu_or16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A5FFFF, F_LOGIC, F_PF|F_SF   ; or 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFF, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A57F7E, F_CF, 0x00000000, 0xA5A5FFFF, F_LOGIC, F_PF|F_SF   ; or 0x7F7E,0xFFFD cf=1
OPTABLE_END

tbl_or16_grp83_m_imm8:
OPTABLE or16_grp83_m_imm8, alu_or16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0x007E
OPC 0xA5A58D0E, 0x3C3C2C9C, 0x00000000, F_CF, 0xA5A58D7E, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x8D0E,0x007E cf=1
OPTABLE_END

tbl_or16_sib_mr:
OPTABLE or16_sib_mr, alu_or16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFF,0xFFFF
OPC 0xA5A56BD4, 0x3C3CAA36, 0x00000000, F_CF, 0xA5A5EBF6, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x6BD4,0xAA36 cf=1
OPTABLE_END

tbl_or32_mr:
OPTABLE or32_mr, alu_or32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0xFFFFFFFF
OPC 0x8EEF2637, 0x6C3883D0, 0x00000000, F_CF, 0xEEFFA7F7, 0x00000000, F_LOGIC, F_SF   ; or 0x8EEF2637,0x6C3883D0 cf=1
OPTABLE_END

tbl_or32_rm:
OPTABLE or32_rm, alu_or32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0xFFFFFFFF
OPC 0x8E4FE6D4, 0x02C06B8D, 0x00000000, F_CF, 0x8ECFEFDD, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x8E4FE6D4,0x02C06B8D cf=1
OPTABLE_END

tbl_or32_acc_imm:
OPTABLE or32_acc_imm, alu_or32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x7FFFFFFF,0x936E6C99
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0x936E6C99
OPC 0x4E381BAE, 0x3E184519, 0x00000000, F_CF, 0xDF7E7FBF, 0x00000000, F_LOGIC, F_SF   ; or 0x4E381BAE,0x936E6C99 cf=1
OPTABLE_END

tbl_or32_grp_r_imm:
OPTABLE or32_grp_r_imm, alu_or32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x7FFFFFFF, F_LOGIC, F_PF   ; or 0x7FFFFFFF,0x65A0F970
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFF, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0x65A0F970
OPC 0x00000000, 0x00000000, 0xBDC4BC76, F_CF, 0x00000000, 0xFDE4FD76, F_LOGIC, F_SF   ; or 0xBDC4BC76,0x65A0F970 cf=1
OPTABLE_END

tbl_or32_grp_m_imm:
OPTABLE or32_grp_m_imm, alu_or32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFFFFFF,0x395FC0EB
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0x395FC0EB
OPC 0x8F48CC22, 0x74644DB7, 0x00000000, F_CF, 0xBF5FCCEB, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0x8F48CC22,0x395FC0EB cf=1
OPTABLE_END

tbl_or32_grp83_r_imm8:
OPTABLE or32_grp83_r_imm8, alu_or32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0xFFFFFFFF, F_LOGIC, F_PF|F_SF   ; or 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFF, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x9B4CDDCD, F_CF, 0x00000000, 0xFFFFFFFD, F_LOGIC, F_SF   ; or 0x9B4CDDCD,0xFFFFFFFD cf=1
OPTABLE_END

tbl_or32_grp83_m_imm8:
OPTABLE or32_grp83_m_imm8, alu_or32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0x0000007E
OPC 0x8FD57715, 0x02BAC707, 0x00000000, F_CF, 0x8FD5777F, 0x00000000, F_LOGIC, F_SF   ; or 0x8FD57715,0x0000007E cf=1
OPTABLE_END

tbl_or32_sib_mr:
OPTABLE or32_sib_mr, alu_or32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_LOGIC, F_PF   ; or 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; or 0xFFFFFFFF,0xFFFFFFFF
OPC 0x016D5B59, 0x12343A5D, 0x00000000, F_CF, 0x137D7B5D, 0x00000000, F_LOGIC, 0   ; or 0x016D5B59,0x12343A5D cf=1
OPTABLE_END

tbl_adc8_mr:
OPTABLE adc8_mr, alu_adc8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFF,0xFF
OPC 0xA5A5A5F7, 0x3C3C3C2B, 0x00000000, F_CF, 0xA5A5A523, 0x00000000, F_ARITH, F_CF|F_AF   ; adc 0xF7,0x2B cf=1
OPTABLE_END

tbl_adc8_rm:
OPTABLE adc8_rm, alu_adc8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A580, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFF,0xFF
OPC 0xA5A5A51F, 0x3C3C3CB0, 0x00000000, F_CF, 0xA5A5A5D0, 0x00000000, F_ARITH, F_AF|F_SF   ; adc 0x1F,0xB0 cf=1
OPTABLE_END

tbl_adc8_acc_imm:
OPTABLE adc8_acc_imm, alu_adc8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A58D, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7F,0x0E
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50D, 0x00000000, F_ARITH, F_CF|F_AF   ; adc 0xFF,0x0E
OPC 0xA5A5A557, 0x3C3C3C1B, 0x00000000, F_CF, 0xA5A5A566, 0x00000000, F_ARITH, F_PF|F_AF   ; adc 0x57,0x0E cf=1
OPTABLE_END

tbl_adc8_grp_r_imm:
OPTABLE adc8_grp_r_imm, alu_adc8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A574, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x7F,0xF5
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5F4, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFF,0xF5
OPC 0x00000000, 0x00000000, 0xA5A5A524, F_CF, 0x00000000, 0xA5A5A51A, F_ARITH, F_CF   ; adc 0x24,0xF5 cf=1
OPTABLE_END

tbl_adc8_grp_m_imm:
OPTABLE adc8_grp_m_imm, alu_adc8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A5C4, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x7F,0x45
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A544, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0xFF,0x45
OPC 0xA5A5A5FF, 0x3C3C3CCD, 0x00000000, F_CF, 0xA5A5A545, 0x00000000, F_ARITH, F_CF|F_AF   ; adc 0xFF,0x45 cf=1
OPTABLE_END

tbl_adc8_op82_r_imm:
OPTABLE adc8_op82_r_imm, alu_adc8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A529, F_ARITH, F_CF|F_AF   ; adc 0x7F,0xAA
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5A9, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFF,0xAA
OPC 0x00000000, 0x00000000, 0xA5A5A564, F_CF, 0x00000000, 0xA5A5A50F, F_ARITH, F_CF|F_PF   ; adc 0x64,0xAA cf=1
OPTABLE_END

tbl_adc8_ah_bh:
OPTABLE adc8_ah_bh, alu_adc8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11118011, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x1111FE11, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc ah=0xFF,bh=0xFF
OPC 0x11118711, 0x2222AD22, 0x00000000, F_CF, 0x11113511, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_OF   ; adc ah=0x87,bh=0xAD
OPTABLE_END

tbl_adc16_mr:
OPTABLE adc16_mr, alu_adc16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFF,0xFFFF
OPC 0xA5A52836, 0x3C3C3857, 0x00000000, F_CF, 0xA5A5608E, 0x00000000, F_ARITH, F_PF   ; adc 0x2836,0x3857 cf=1
OPTABLE_END

tbl_adc16_rm:
OPTABLE adc16_rm, alu_adc16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFF,0xFFFF
OPC 0xA5A5FF18, 0x3C3CBCA8, 0x00000000, F_CF, 0xA5A5BBC1, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFF18,0xBCA8 cf=1
OPTABLE_END

tbl_adc16_acc_imm:
OPTABLE adc16_acc_imm, alu_adc16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A59E8E, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x1E8F
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A51E8E, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0xFFFF,0x1E8F
OPC 0xA5A5B77C, 0x3C3C4D05, 0x00000000, F_CF, 0xA5A5D60C, 0x00000000, F_ARITH, F_PF|F_AF|F_SF   ; adc 0xB77C,0x1E8F cf=1
OPTABLE_END

tbl_adc16_grp_r_imm:
OPTABLE adc16_grp_r_imm, alu_adc16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A51C32, F_ARITH, F_CF|F_AF   ; adc 0x7FFF,0x9C33
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A59C32, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFF,0x9C33
OPC 0x00000000, 0x00000000, 0xA5A5B148, F_CF, 0x00000000, 0xA5A54D7C, F_ARITH, F_CF|F_OF   ; adc 0xB148,0x9C33 cf=1
OPTABLE_END

tbl_adc16_grp_m_imm:
OPTABLE adc16_grp_m_imm, alu_adc16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A558F0, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x7FFF,0xD8F1
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5D8F0, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFFFF,0xD8F1
OPC 0xA5A55D95, 0x3C3CD77E, 0x00000000, F_CF, 0xA5A53687, 0x00000000, F_ARITH, F_CF|F_PF   ; adc 0x5D95,0xD8F1 cf=1
OPTABLE_END

tbl_adc16_grp83_r_imm8:
OPTABLE adc16_grp83_r_imm8, alu_adc16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A57FFC, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFC, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A54537, F_CF, 0x00000000, 0xA5A54535, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x4537,0xFFFD cf=1
OPTABLE_END

tbl_adc16_grp83_m_imm8:
OPTABLE adc16_grp83_m_imm8, alu_adc16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A5807D, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5007D, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0xFFFF,0x007E
OPC 0xA5A5DB50, 0x3C3CBE6F, 0x00000000, F_CF, 0xA5A5DBCF, 0x00000000, F_ARITH, F_PF|F_SF   ; adc 0xDB50,0x007E cf=1
OPTABLE_END

tbl_adc16_sib_mr:
OPTABLE adc16_sib_mr, alu_adc16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A58000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFF,0xFFFF
OPC 0xA5A5CCFB, 0x3C3C9289, 0x00000000, F_CF, 0xA5A55F85, 0x00000000, F_ARITH, F_CF|F_AF|F_OF   ; adc 0xCCFB,0x9289 cf=1
OPTABLE_END

tbl_adc32_mr:
OPTABLE adc32_mr, alu_adc32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFFFFFF,0xFFFFFFFF
OPC 0xDC91E879, 0x2A45ED25, 0x00000000, F_CF, 0x06D7D59F, 0x00000000, F_ARITH, F_CF|F_PF   ; adc 0xDC91E879,0x2A45ED25 cf=1
OPTABLE_END

tbl_adc32_rm:
OPTABLE adc32_rm, alu_adc32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFFFFFF,0xFFFFFFFF
OPC 0x89043B8E, 0x94F80357, 0x00000000, F_CF, 0x1DFC3EE6, 0x00000000, F_ARITH, F_CF|F_AF|F_OF   ; adc 0x89043B8E,0x94F80357 cf=1
OPTABLE_END

tbl_adc32_acc_imm:
OPTABLE adc32_acc_imm, alu_adc32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x8D0B35B1, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x0D0B35B2
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0D0B35B1, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0xFFFFFFFF,0x0D0B35B2
OPC 0x17081171, 0x4CA0C477, 0x00000000, F_CF, 0x24134724, 0x00000000, F_ARITH, F_PF   ; adc 0x17081171,0x0D0B35B2 cf=1
OPTABLE_END

tbl_adc32_grp_r_imm:
OPTABLE adc32_grp_r_imm, alu_adc32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0xB3E3C193, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x33E3C194
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x33E3C193, F_ARITH, F_CF|F_PF|F_AF   ; adc 0xFFFFFFFF,0x33E3C194
OPC 0x00000000, 0x00000000, 0x1FE161AA, F_CF, 0x00000000, 0x53C5233F, F_ARITH, F_PF   ; adc 0x1FE161AA,0x33E3C194 cf=1
OPTABLE_END

tbl_adc32_grp_m_imm:
OPTABLE adc32_grp_m_imm, alu_adc32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0xED41FB02, 0x00000000, F_ARITH, F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x6D41FB03
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x6D41FB02, 0x00000000, F_ARITH, F_CF|F_AF   ; adc 0xFFFFFFFF,0x6D41FB03
OPC 0xD82FAF8A, 0x729C5A63, 0x00000000, F_CF, 0x4571AA8E, 0x00000000, F_ARITH, F_CF|F_PF   ; adc 0xD82FAF8A,0x6D41FB03 cf=1
OPTABLE_END

tbl_adc32_grp83_r_imm8:
OPTABLE adc32_grp83_r_imm8, alu_adc32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x7FFFFFFC, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFC, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x96A67776, F_CF, 0x00000000, 0x96A67774, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; adc 0x96A67776,0xFFFFFFFD cf=1
OPTABLE_END

tbl_adc32_grp83_m_imm8:
OPTABLE adc32_grp83_m_imm8, alu_adc32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x8000007D, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000007D, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0xFFFFFFFF,0x0000007E
OPC 0x0E0AE0F6, 0xD4179388, 0x00000000, F_CF, 0x0E0AE175, 0x00000000, F_ARITH, F_AF   ; adc 0x0E0AE0F6,0x0000007E cf=1
OPTABLE_END

tbl_adc32_sib_mr:
OPTABLE adc32_sib_mr, alu_adc32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x80000000, 0x00000000, F_ARITH, F_PF|F_AF|F_SF|F_OF   ; adc 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFE, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; adc 0xFFFFFFFF,0xFFFFFFFF
OPC 0x57EBB514, 0xC556045F, 0x00000000, F_CF, 0x1D41B974, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; adc 0x57EBB514,0xC556045F cf=1
OPTABLE_END

tbl_sbb8_mr:
OPTABLE sbb8_mr, alu_sbb8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57E, 0x00000000, F_ARITH, F_PF   ; sbb 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFF,0xFF
OPC 0xA5A5A5B9, 0x3C3C3C0A, 0x00000000, F_CF, 0xA5A5A5AE, 0x00000000, F_ARITH, F_AF|F_SF   ; sbb 0xB9,0x0A cf=1
OPTABLE_END

tbl_sbb8_rm:
OPTABLE sbb8_rm, alu_sbb8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57E, 0x00000000, F_ARITH, F_PF   ; sbb 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFF,0xFF
OPC 0xA5A5A5E3, 0x3C3C3CC5, 0x00000000, F_CF, 0xA5A5A51D, 0x00000000, F_ARITH, F_PF|F_AF   ; sbb 0xE3,0xC5 cf=1
OPTABLE_END

tbl_sbb8_acc_imm:
OPTABLE sbb8_acc_imm, alu_sbb8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A526, 0x00000000, F_ARITH, 0   ; sbb 0x7F,0x59
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5A6, 0x00000000, F_ARITH, F_PF|F_SF   ; sbb 0xFF,0x59
OPC 0xA5A5A5F9, 0x3C3C3CA3, 0x00000000, F_CF, 0xA5A5A59F, 0x00000000, F_ARITH, F_PF|F_AF|F_SF   ; sbb 0xF9,0x59 cf=1
OPTABLE_END

tbl_sbb8_grp_r_imm:
OPTABLE sbb8_grp_r_imm, alu_sbb8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A53F, F_ARITH, F_PF   ; sbb 0x7F,0x40
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5BF, F_ARITH, F_SF   ; sbb 0xFF,0x40
OPC 0x00000000, 0x00000000, 0xA5A5A566, F_CF, 0x00000000, 0xA5A5A525, F_ARITH, 0   ; sbb 0x66,0x40 cf=1
OPTABLE_END

tbl_sbb8_grp_m_imm:
OPTABLE sbb8_grp_m_imm, alu_sbb8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A563, 0x00000000, F_ARITH, F_PF   ; sbb 0x7F,0x1C
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5E3, 0x00000000, F_ARITH, F_SF   ; sbb 0xFF,0x1C
OPC 0xA5A5A5F0, 0x3C3C3CB4, 0x00000000, F_CF, 0xA5A5A5D3, 0x00000000, F_ARITH, F_AF|F_SF   ; sbb 0xF0,0x1C cf=1
OPTABLE_END

tbl_sbb8_op82_r_imm:
OPTABLE sbb8_op82_r_imm, alu_sbb8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A58E, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sbb 0x7F,0xF1
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A50E, F_ARITH, 0   ; sbb 0xFF,0xF1
OPC 0x00000000, 0x00000000, 0xA5A5A59F, F_CF, 0x00000000, 0xA5A5A5AD, F_ARITH, F_CF|F_SF   ; sbb 0x9F,0xF1 cf=1
OPTABLE_END

tbl_sbb8_ah_bh:
OPTABLE sbb8_ah_bh, alu_sbb8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11117E11, 0x00000000, F_ARITH, F_PF   ; sbb ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x11110011, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb ah=0xFF,bh=0xFF
OPC 0x11118811, 0x22228522, 0x00000000, F_CF, 0x11110211, 0x00000000, F_ARITH, 0   ; sbb ah=0x88,bh=0x85
OPTABLE_END

tbl_sbb16_mr:
OPTABLE sbb16_mr, alu_sbb16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_ARITH, 0   ; sbb 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFF,0xFFFF
OPC 0xA5A55491, 0x3C3CF0FE, 0x00000000, F_CF, 0xA5A56392, 0x00000000, F_ARITH, F_CF|F_AF   ; sbb 0x5491,0xF0FE cf=1
OPTABLE_END

tbl_sbb16_rm:
OPTABLE sbb16_rm, alu_sbb16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_ARITH, 0   ; sbb 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFF,0xFFFF
OPC 0xA5A55527, 0x3C3CF762, 0x00000000, F_CF, 0xA5A55DC4, 0x00000000, F_ARITH, F_CF   ; sbb 0x5527,0xF762 cf=1
OPTABLE_END

tbl_sbb16_acc_imm:
OPTABLE sbb16_acc_imm, alu_sbb16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A56FAF, 0x00000000, F_ARITH, F_PF   ; sbb 0x7FFF,0x1050
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5EFAF, 0x00000000, F_ARITH, F_PF|F_SF   ; sbb 0xFFFF,0x1050
OPC 0xA5A57A6C, 0x3C3CF908, 0x00000000, F_CF, 0xA5A56A1B, 0x00000000, F_ARITH, F_PF   ; sbb 0x7A6C,0x1050 cf=1
OPTABLE_END

tbl_sbb16_grp_r_imm:
OPTABLE sbb16_grp_r_imm, alu_sbb16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A537D4, F_ARITH, F_PF   ; sbb 0x7FFF,0x482B
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5B7D4, F_ARITH, F_PF|F_SF   ; sbb 0xFFFF,0x482B
OPC 0x00000000, 0x00000000, 0xA5A5EEB3, F_CF, 0x00000000, 0xA5A5A687, F_ARITH, F_PF|F_AF|F_SF   ; sbb 0xEEB3,0x482B cf=1
OPTABLE_END

tbl_sbb16_grp_m_imm:
OPTABLE sbb16_grp_m_imm, alu_sbb16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57773, 0x00000000, F_ARITH, 0   ; sbb 0x7FFF,0x088C
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5F773, 0x00000000, F_ARITH, F_SF   ; sbb 0xFFFF,0x088C
OPC 0xA5A5B4E5, 0x3C3C9459, 0x00000000, F_CF, 0xA5A5AC58, 0x00000000, F_ARITH, F_AF|F_SF   ; sbb 0xB4E5,0x088C cf=1
OPTABLE_END

tbl_sbb16_grp83_r_imm8:
OPTABLE sbb16_grp83_r_imm8, alu_sbb16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A58002, F_ARITH, F_CF|F_SF|F_OF   ; sbb 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A50002, F_ARITH, 0   ; sbb 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5B92C, F_CF, 0x00000000, 0xA5A5B92E, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; sbb 0xB92C,0xFFFD cf=1
OPTABLE_END

tbl_sbb16_grp83_m_imm8:
OPTABLE sbb16_grp83_m_imm8, alu_sbb16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57F81, 0x00000000, F_ARITH, F_PF   ; sbb 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FF81, 0x00000000, F_ARITH, F_PF|F_SF   ; sbb 0xFFFF,0x007E
OPC 0xA5A58B73, 0x3C3CB772, 0x00000000, F_CF, 0xA5A58AF4, 0x00000000, F_ARITH, F_AF|F_SF   ; sbb 0x8B73,0x007E cf=1
OPTABLE_END

tbl_sbb16_sib_mr:
OPTABLE sbb16_sib_mr, alu_sbb16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_ARITH, 0   ; sbb 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFF,0xFFFF
OPC 0xA5A52E45, 0x3C3C3631, 0x00000000, F_CF, 0xA5A5F813, 0x00000000, F_ARITH, F_CF|F_SF   ; sbb 0x2E45,0x3631 cf=1
OPTABLE_END

tbl_sbb32_mr:
OPTABLE sbb32_mr, alu_sbb32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_ARITH, 0   ; sbb 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFFFFFF,0xFFFFFFFF
OPC 0xE0F06263, 0x40486794, 0x00000000, F_CF, 0xA0A7FACE, 0x00000000, F_ARITH, F_AF|F_SF   ; sbb 0xE0F06263,0x40486794 cf=1
OPTABLE_END

tbl_sbb32_rm:
OPTABLE sbb32_rm, alu_sbb32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_ARITH, 0   ; sbb 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFFFFFF,0xFFFFFFFF
OPC 0x5352B8D7, 0xD22881E6, 0x00000000, F_CF, 0x812A36F0, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sbb 0x5352B8D7,0xD22881E6 cf=1
OPTABLE_END

tbl_sbb32_acc_imm:
OPTABLE sbb32_acc_imm, alu_sbb32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x4D5AB0FB, 0x00000000, F_ARITH, 0   ; sbb 0x7FFFFFFF,0x32A54F04
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xCD5AB0FB, 0x00000000, F_ARITH, F_SF   ; sbb 0xFFFFFFFF,0x32A54F04
OPC 0x6D8DC079, 0x111E4A09, 0x00000000, F_CF, 0x3AE87174, 0x00000000, F_ARITH, F_PF   ; sbb 0x6D8DC079,0x32A54F04 cf=1
OPTABLE_END

tbl_sbb32_grp_r_imm:
OPTABLE sbb32_grp_r_imm, alu_sbb32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0xDD9EA34D, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sbb 0x7FFFFFFF,0xA2615CB2
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x5D9EA34D, F_ARITH, F_PF   ; sbb 0xFFFFFFFF,0xA2615CB2
OPC 0x00000000, 0x00000000, 0xBDC85BF5, F_CF, 0x00000000, 0x1B66FF42, F_ARITH, F_PF   ; sbb 0xBDC85BF5,0xA2615CB2 cf=1
OPTABLE_END

tbl_sbb32_grp_m_imm:
OPTABLE sbb32_grp_m_imm, alu_sbb32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x1B946DF2, 0x00000000, F_ARITH, 0   ; sbb 0x7FFFFFFF,0x646B920D
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x9B946DF2, 0x00000000, F_ARITH, F_SF   ; sbb 0xFFFFFFFF,0x646B920D
OPC 0xC49D4253, 0x42105768, 0x00000000, F_CF, 0x6031B045, 0x00000000, F_ARITH, F_AF|F_OF   ; sbb 0xC49D4253,0x646B920D cf=1
OPTABLE_END

tbl_sbb32_grp83_r_imm8:
OPTABLE sbb32_grp83_r_imm8, alu_sbb32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x80000002, F_ARITH, F_CF|F_SF|F_OF   ; sbb 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000002, F_ARITH, 0   ; sbb 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x7F61C08E, F_CF, 0x00000000, 0x7F61C090, F_ARITH, F_CF|F_PF   ; sbb 0x7F61C08E,0xFFFFFFFD cf=1
OPTABLE_END

tbl_sbb32_grp83_m_imm8:
OPTABLE sbb32_grp83_m_imm8, alu_sbb32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFF81, 0x00000000, F_ARITH, F_PF   ; sbb 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFF81, 0x00000000, F_ARITH, F_PF|F_SF   ; sbb 0xFFFFFFFF,0x0000007E
OPC 0x9E29E426, 0x1EAFFF10, 0x00000000, F_CF, 0x9E29E3A7, 0x00000000, F_ARITH, F_AF|F_SF   ; sbb 0x9E29E426,0x0000007E cf=1
OPTABLE_END

tbl_sbb32_sib_mr:
OPTABLE sbb32_sib_mr, alu_sbb32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_ARITH, 0   ; sbb 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sbb 0xFFFFFFFF,0xFFFFFFFF
OPC 0x24F40E8C, 0x77EA8C5F, 0x00000000, F_CF, 0xAD09822C, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; sbb 0x24F40E8C,0x77EA8C5F cf=1
OPTABLE_END

tbl_and8_mr:
OPTABLE and8_mr, alu_and8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A501, 0x00000000, F_LOGIC, 0   ; and 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFF,0xFF
OPC 0xA5A5A50D, 0x3C3C3C59, 0x00000000, F_CF, 0xA5A5A509, 0x00000000, F_LOGIC, F_PF   ; and 0x0D,0x59 cf=1
OPTABLE_END

tbl_and8_rm:
OPTABLE and8_rm, alu_and8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A501, 0x00000000, F_LOGIC, 0   ; and 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFF,0xFF
OPC 0xA5A5A51A, 0x3C3C3CCE, 0x00000000, F_CF, 0xA5A5A50A, 0x00000000, F_LOGIC, F_PF   ; and 0x1A,0xCE cf=1
OPTABLE_END

tbl_and8_acc_imm:
OPTABLE and8_acc_imm, alu_and8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A511, 0x00000000, F_LOGIC, F_PF   ; and 0x7F,0x91
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A591, 0x00000000, F_LOGIC, F_SF   ; and 0xFF,0x91
OPC 0xA5A5A54B, 0x3C3C3CD1, 0x00000000, F_CF, 0xA5A5A501, 0x00000000, F_LOGIC, 0   ; and 0x4B,0x91 cf=1
OPTABLE_END

tbl_and8_grp_r_imm:
OPTABLE and8_grp_r_imm, alu_and8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A500, F_LOGIC, F_PF|F_ZF   ; and 0x7F,0x00
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A500, F_LOGIC, F_PF|F_ZF   ; and 0xFF,0x00
OPC 0x00000000, 0x00000000, 0xA5A5A594, F_CF, 0x00000000, 0xA5A5A500, F_LOGIC, F_PF|F_ZF   ; and 0x94,0x00 cf=1
OPTABLE_END

tbl_and8_grp_m_imm:
OPTABLE and8_grp_m_imm, alu_and8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A53A, 0x00000000, F_LOGIC, F_PF   ; and 0x7F,0xBA
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5BA, 0x00000000, F_LOGIC, F_SF   ; and 0xFF,0xBA
OPC 0xA5A5A583, 0x3C3C3CEF, 0x00000000, F_CF, 0xA5A5A582, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0x83,0xBA cf=1
OPTABLE_END

tbl_and8_op82_r_imm:
OPTABLE and8_op82_r_imm, alu_and8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A50C, F_LOGIC, F_PF   ; and 0x7F,0x8C
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A58C, F_LOGIC, F_SF   ; and 0xFF,0x8C
OPC 0x00000000, 0x00000000, 0xA5A5A58D, F_CF, 0x00000000, 0xA5A5A58C, F_LOGIC, F_SF   ; and 0x8D,0x8C cf=1
OPTABLE_END

tbl_and8_ah_bh:
OPTABLE and8_ah_bh, alu_and8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11110111, 0x00000000, F_LOGIC, 0   ; and ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x1111FF11, 0x00000000, F_LOGIC, F_PF|F_SF   ; and ah=0xFF,bh=0xFF
OPC 0x11119711, 0x22225722, 0x00000000, F_CF, 0x11111711, 0x00000000, F_LOGIC, F_PF   ; and ah=0x97,bh=0x57
OPTABLE_END

tbl_and16_mr:
OPTABLE and16_mr, alu_and16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A50001, 0x00000000, F_LOGIC, 0   ; and 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFF,0xFFFF
OPC 0xA5A52BAD, 0x3C3C3760, 0x00000000, F_CF, 0xA5A52320, 0x00000000, F_LOGIC, 0   ; and 0x2BAD,0x3760 cf=1
OPTABLE_END

tbl_and16_rm:
OPTABLE and16_rm, alu_and16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A50001, 0x00000000, F_LOGIC, 0   ; and 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFF,0xFFFF
OPC 0xA5A54620, 0x3C3CBE94, 0x00000000, F_CF, 0xA5A50600, 0x00000000, F_LOGIC, F_PF   ; and 0x4620,0xBE94 cf=1
OPTABLE_END

tbl_and16_acc_imm:
OPTABLE and16_acc_imm, alu_and16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A56A74, 0x00000000, F_LOGIC, F_PF   ; and 0x7FFF,0x6A74
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A56A74, 0x00000000, F_LOGIC, F_PF   ; and 0xFFFF,0x6A74
OPC 0xA5A59F01, 0x3C3CA778, 0x00000000, F_CF, 0xA5A50A00, 0x00000000, F_LOGIC, F_PF   ; and 0x9F01,0x6A74 cf=1
OPTABLE_END

tbl_and16_grp_r_imm:
OPTABLE and16_grp_r_imm, alu_and16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A526A3, F_LOGIC, F_PF   ; and 0x7FFF,0xA6A3
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A6A3, F_LOGIC, F_PF|F_SF   ; and 0xFFFF,0xA6A3
OPC 0x00000000, 0x00000000, 0xA5A5BE4E, F_CF, 0x00000000, 0xA5A5A602, F_LOGIC, F_SF   ; and 0xBE4E,0xA6A3 cf=1
OPTABLE_END

tbl_and16_grp_m_imm:
OPTABLE and16_grp_m_imm, alu_and16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A50380, 0x00000000, F_LOGIC, 0   ; and 0x7FFF,0x0380
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50380, 0x00000000, F_LOGIC, 0   ; and 0xFFFF,0x0380
OPC 0xA5A5F2BA, 0x3C3C1E3B, 0x00000000, F_CF, 0xA5A50280, 0x00000000, F_LOGIC, 0   ; and 0xF2BA,0x0380 cf=1
OPTABLE_END

tbl_and16_grp83_r_imm8:
OPTABLE and16_grp83_r_imm8, alu_and16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A57FFD, F_LOGIC, 0   ; and 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFD, F_LOGIC, F_SF   ; and 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5DAF3, F_CF, 0x00000000, 0xA5A5DAF1, F_LOGIC, F_SF   ; and 0xDAF3,0xFFFD cf=1
OPTABLE_END

tbl_and16_grp83_m_imm8:
OPTABLE and16_grp83_m_imm8, alu_and16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A5007E, 0x00000000, F_LOGIC, F_PF   ; and 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5007E, 0x00000000, F_LOGIC, F_PF   ; and 0xFFFF,0x007E
OPC 0xA5A5EACB, 0x3C3C893E, 0x00000000, F_CF, 0xA5A5004A, 0x00000000, F_LOGIC, 0   ; and 0xEACB,0x007E cf=1
OPTABLE_END

tbl_and16_sib_mr:
OPTABLE and16_sib_mr, alu_and16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A50001, 0x00000000, F_LOGIC, 0   ; and 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFF,0xFFFF
OPC 0xA5A5C77F, 0x3C3C1E0C, 0x00000000, F_CF, 0xA5A5060C, 0x00000000, F_LOGIC, F_PF   ; and 0xC77F,0x1E0C cf=1
OPTABLE_END

tbl_and32_mr:
OPTABLE and32_mr, alu_and32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x00000001, 0x00000000, F_LOGIC, 0   ; and 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFFFFFF,0xFFFFFFFF
OPC 0x3AC0FBF3, 0x5E27D0C1, 0x00000000, F_CF, 0x1A00D0C1, 0x00000000, F_LOGIC, 0   ; and 0x3AC0FBF3,0x5E27D0C1 cf=1
OPTABLE_END

tbl_and32_rm:
OPTABLE and32_rm, alu_and32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x00000001, 0x00000000, F_LOGIC, 0   ; and 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFFFFFF,0xFFFFFFFF
OPC 0x9DF09FBD, 0x89922AD3, 0x00000000, F_CF, 0x89900A91, 0x00000000, F_LOGIC, F_SF   ; and 0x9DF09FBD,0x89922AD3 cf=1
OPTABLE_END

tbl_and32_acc_imm:
OPTABLE and32_acc_imm, alu_and32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x082397AF, 0x00000000, F_LOGIC, F_PF   ; and 0x7FFFFFFF,0x082397AF
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x082397AF, 0x00000000, F_LOGIC, F_PF   ; and 0xFFFFFFFF,0x082397AF
OPC 0x381ADA7D, 0x1DD573D6, 0x00000000, F_CF, 0x0802922D, 0x00000000, F_LOGIC, F_PF   ; and 0x381ADA7D,0x082397AF cf=1
OPTABLE_END

tbl_and32_grp_r_imm:
OPTABLE and32_grp_r_imm, alu_and32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x0C10FE2C, F_LOGIC, 0   ; and 0x7FFFFFFF,0x8C10FE2C
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x8C10FE2C, F_LOGIC, F_SF   ; and 0xFFFFFFFF,0x8C10FE2C
OPC 0x00000000, 0x00000000, 0x475F0FCA, F_CF, 0x00000000, 0x04100E08, F_LOGIC, 0   ; and 0x475F0FCA,0x8C10FE2C cf=1
OPTABLE_END

tbl_and32_grp_m_imm:
OPTABLE and32_grp_m_imm, alu_and32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x2BA8489C, 0x00000000, F_LOGIC, F_PF   ; and 0x7FFFFFFF,0xABA8489C
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xABA8489C, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFFFFFF,0xABA8489C
OPC 0xCB55275C, 0x872F21B5, 0x00000000, F_CF, 0x8B00001C, 0x00000000, F_LOGIC, F_SF   ; and 0xCB55275C,0xABA8489C cf=1
OPTABLE_END

tbl_and32_grp83_r_imm8:
OPTABLE and32_grp83_r_imm8, alu_and32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x7FFFFFFD, F_LOGIC, 0   ; and 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFD, F_LOGIC, F_SF   ; and 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x8AFF2F56, F_CF, 0x00000000, 0x8AFF2F54, F_LOGIC, F_SF   ; and 0x8AFF2F56,0xFFFFFFFD cf=1
OPTABLE_END

tbl_and32_grp83_m_imm8:
OPTABLE and32_grp83_m_imm8, alu_and32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x0000007E, 0x00000000, F_LOGIC, F_PF   ; and 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000007E, 0x00000000, F_LOGIC, F_PF   ; and 0xFFFFFFFF,0x0000007E
OPC 0x29290C2B, 0x87470121, 0x00000000, F_CF, 0x0000002A, 0x00000000, F_LOGIC, 0   ; and 0x29290C2B,0x0000007E cf=1
OPTABLE_END

tbl_and32_sib_mr:
OPTABLE and32_sib_mr, alu_and32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x00000001, 0x00000000, F_LOGIC, 0   ; and 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; and 0xFFFFFFFF,0xFFFFFFFF
OPC 0x3D4D0370, 0x9EB1DD46, 0x00000000, F_CF, 0x1C010140, 0x00000000, F_LOGIC, 0   ; and 0x3D4D0370,0x9EB1DD46 cf=1
OPTABLE_END

tbl_sub8_mr:
OPTABLE sub8_mr, alu_sub8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57E, 0x00000000, F_ARITH, F_PF   ; sub 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFF,0xFF
OPC 0xA5A5A5CE, 0x3C3C3CB5, 0x00000000, F_CF, 0xA5A5A519, 0x00000000, F_ARITH, 0   ; sub 0xCE,0xB5 cf=1
OPTABLE_END

tbl_sub8_rm:
OPTABLE sub8_rm, alu_sub8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57E, 0x00000000, F_ARITH, F_PF   ; sub 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFF,0xFF
OPC 0xA5A5A5EF, 0x3C3C3C4C, 0x00000000, F_CF, 0xA5A5A5A3, 0x00000000, F_ARITH, F_PF|F_SF   ; sub 0xEF,0x4C cf=1
OPTABLE_END

tbl_sub8_acc_imm:
OPTABLE sub8_acc_imm, alu_sub8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A53F, 0x00000000, F_ARITH, F_PF   ; sub 0x7F,0x40
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5BF, 0x00000000, F_ARITH, F_SF   ; sub 0xFF,0x40
OPC 0xA5A5A56A, 0x3C3C3C9A, 0x00000000, F_CF, 0xA5A5A52A, 0x00000000, F_ARITH, 0   ; sub 0x6A,0x40 cf=1
OPTABLE_END

tbl_sub8_grp_r_imm:
OPTABLE sub8_grp_r_imm, alu_sub8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5B9, F_ARITH, F_CF|F_SF|F_OF   ; sub 0x7F,0xC6
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A539, F_ARITH, F_PF   ; sub 0xFF,0xC6
OPC 0x00000000, 0x00000000, 0xA5A5A507, F_CF, 0x00000000, 0xA5A5A541, F_ARITH, F_CF|F_PF   ; sub 0x07,0xC6 cf=1
OPTABLE_END

tbl_sub8_grp_m_imm:
OPTABLE sub8_grp_m_imm, alu_sub8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A578, 0x00000000, F_ARITH, F_PF   ; sub 0x7F,0x07
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5F8, 0x00000000, F_ARITH, F_SF   ; sub 0xFF,0x07
OPC 0xA5A5A51A, 0x3C3C3CF9, 0x00000000, F_CF, 0xA5A5A513, 0x00000000, F_ARITH, 0   ; sub 0x1A,0x07 cf=1
OPTABLE_END

tbl_sub8_op82_r_imm:
OPTABLE sub8_op82_r_imm, alu_sub8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5C2, F_ARITH, F_CF|F_SF|F_OF   ; sub 0x7F,0xBD
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A542, F_ARITH, F_PF   ; sub 0xFF,0xBD
OPC 0x00000000, 0x00000000, 0xA5A5A5D5, F_CF, 0x00000000, 0xA5A5A518, F_ARITH, F_PF|F_AF   ; sub 0xD5,0xBD cf=1
OPTABLE_END

tbl_sub8_ah_bh:
OPTABLE sub8_ah_bh, alu_sub8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11117E11, 0x00000000, F_ARITH, F_PF   ; sub ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x11110011, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub ah=0xFF,bh=0xFF
OPC 0x1111FA11, 0x22222A22, 0x00000000, F_CF, 0x1111D011, 0x00000000, F_ARITH, F_SF   ; sub ah=0xFA,bh=0x2A
OPTABLE_END

tbl_sub16_mr:
OPTABLE sub16_mr, alu_sub16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_ARITH, 0   ; sub 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFF,0xFFFF
OPC 0xA5A58517, 0x3C3C4A92, 0x00000000, F_CF, 0xA5A53A85, 0x00000000, F_ARITH, F_OF   ; sub 0x8517,0x4A92 cf=1
OPTABLE_END

tbl_sub16_rm:
OPTABLE sub16_rm, alu_sub16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_ARITH, 0   ; sub 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFF,0xFFFF
OPC 0xA5A55A9D, 0x3C3CF4F1, 0x00000000, F_CF, 0xA5A565AC, 0x00000000, F_ARITH, F_CF|F_PF   ; sub 0x5A9D,0xF4F1 cf=1
OPTABLE_END

tbl_sub16_acc_imm:
OPTABLE sub16_acc_imm, alu_sub16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A532C8, 0x00000000, F_ARITH, 0   ; sub 0x7FFF,0x4D37
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5B2C8, 0x00000000, F_ARITH, F_SF   ; sub 0xFFFF,0x4D37
OPC 0xA5A57D21, 0x3C3C4487, 0x00000000, F_CF, 0xA5A52FEA, 0x00000000, F_ARITH, F_AF   ; sub 0x7D21,0x4D37 cf=1
OPTABLE_END

tbl_sub16_grp_r_imm:
OPTABLE sub16_grp_r_imm, alu_sub16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A55012, F_ARITH, F_PF   ; sub 0x7FFF,0x2FED
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5D012, F_ARITH, F_PF|F_SF   ; sub 0xFFFF,0x2FED
OPC 0x00000000, 0x00000000, 0xA5A5F271, F_CF, 0x00000000, 0xA5A5C284, F_ARITH, F_PF|F_AF|F_SF   ; sub 0xF271,0x2FED cf=1
OPTABLE_END

tbl_sub16_grp_m_imm:
OPTABLE sub16_grp_m_imm, alu_sub16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A529D9, 0x00000000, F_ARITH, 0   ; sub 0x7FFF,0x5626
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A9D9, 0x00000000, F_ARITH, F_SF   ; sub 0xFFFF,0x5626
OPC 0xA5A51677, 0x3C3CFC1B, 0x00000000, F_CF, 0xA5A5C051, 0x00000000, F_ARITH, F_CF|F_SF   ; sub 0x1677,0x5626 cf=1
OPTABLE_END

tbl_sub16_grp83_r_imm8:
OPTABLE sub16_grp83_r_imm8, alu_sub16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A58002, F_ARITH, F_CF|F_SF|F_OF   ; sub 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A50002, F_ARITH, 0   ; sub 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A54895, F_CF, 0x00000000, 0xA5A54898, F_ARITH, F_CF|F_AF   ; sub 0x4895,0xFFFD cf=1
OPTABLE_END

tbl_sub16_grp83_m_imm8:
OPTABLE sub16_grp83_m_imm8, alu_sub16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57F81, 0x00000000, F_ARITH, F_PF   ; sub 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FF81, 0x00000000, F_ARITH, F_PF|F_SF   ; sub 0xFFFF,0x007E
OPC 0xA5A5FB04, 0x3C3C3933, 0x00000000, F_CF, 0xA5A5FA86, 0x00000000, F_ARITH, F_AF|F_SF   ; sub 0xFB04,0x007E cf=1
OPTABLE_END

tbl_sub16_sib_mr:
OPTABLE sub16_sib_mr, alu_sub16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_ARITH, 0   ; sub 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFF,0xFFFF
OPC 0xA5A5A085, 0x3C3C7853, 0x00000000, F_CF, 0xA5A52832, 0x00000000, F_ARITH, F_OF   ; sub 0xA085,0x7853 cf=1
OPTABLE_END

tbl_sub32_mr:
OPTABLE sub32_mr, alu_sub32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_ARITH, 0   ; sub 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFFFFFF,0xFFFFFFFF
OPC 0x5FA5DF7F, 0x53770434, 0x00000000, F_CF, 0x0C2EDB4B, 0x00000000, F_ARITH, F_PF   ; sub 0x5FA5DF7F,0x53770434 cf=1
OPTABLE_END

tbl_sub32_rm:
OPTABLE sub32_rm, alu_sub32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_ARITH, 0   ; sub 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFFFFFF,0xFFFFFFFF
OPC 0x4B221980, 0xF3C8E0F5, 0x00000000, F_CF, 0x5759388B, 0x00000000, F_ARITH, F_CF|F_PF|F_AF   ; sub 0x4B221980,0xF3C8E0F5 cf=1
OPTABLE_END

tbl_sub32_acc_imm:
OPTABLE sub32_acc_imm, alu_sub32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x278A314E, 0x00000000, F_ARITH, F_PF   ; sub 0x7FFFFFFF,0x5875CEB1
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA78A314E, 0x00000000, F_ARITH, F_PF|F_SF   ; sub 0xFFFFFFFF,0x5875CEB1
OPC 0x18C9CAA3, 0xDB153690, 0x00000000, F_CF, 0xC053FBF2, 0x00000000, F_ARITH, F_CF|F_SF   ; sub 0x18C9CAA3,0x5875CEB1 cf=1
OPTABLE_END

tbl_sub32_grp_r_imm:
OPTABLE sub32_grp_r_imm, alu_sub32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x8730B19D, F_ARITH, F_CF|F_SF|F_OF   ; sub 0x7FFFFFFF,0xF8CF4E62
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x0730B19D, F_ARITH, 0   ; sub 0xFFFFFFFF,0xF8CF4E62
OPC 0x00000000, 0x00000000, 0xFCDE15AA, F_CF, 0x00000000, 0x040EC748, F_ARITH, F_PF   ; sub 0xFCDE15AA,0xF8CF4E62 cf=1
OPTABLE_END

tbl_sub32_grp_m_imm:
OPTABLE sub32_grp_m_imm, alu_sub32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0xB22FE91D, 0x00000000, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; sub 0x7FFFFFFF,0xCDD016E2
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x322FE91D, 0x00000000, F_ARITH, F_PF   ; sub 0xFFFFFFFF,0xCDD016E2
OPC 0x20194CFC, 0xF69956FE, 0x00000000, F_CF, 0x5249361A, 0x00000000, F_ARITH, F_CF   ; sub 0x20194CFC,0xCDD016E2 cf=1
OPTABLE_END

tbl_sub32_grp83_r_imm8:
OPTABLE sub32_grp83_r_imm8, alu_sub32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x80000002, F_ARITH, F_CF|F_SF|F_OF   ; sub 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000002, F_ARITH, 0   ; sub 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x54B2E035, F_CF, 0x00000000, 0x54B2E038, F_ARITH, F_CF|F_AF   ; sub 0x54B2E035,0xFFFFFFFD cf=1
OPTABLE_END

tbl_sub32_grp83_m_imm8:
OPTABLE sub32_grp83_m_imm8, alu_sub32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFF81, 0x00000000, F_ARITH, F_PF   ; sub 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFF81, 0x00000000, F_ARITH, F_PF|F_SF   ; sub 0xFFFFFFFF,0x0000007E
OPC 0x1FB20EA5, 0x29D3E2B1, 0x00000000, F_CF, 0x1FB20E27, 0x00000000, F_ARITH, F_PF|F_AF   ; sub 0x1FB20EA5,0x0000007E cf=1
OPTABLE_END

tbl_sub32_sib_mr:
OPTABLE sub32_sib_mr, alu_sub32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_ARITH, 0   ; sub 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ARITH, F_PF|F_ZF   ; sub 0xFFFFFFFF,0xFFFFFFFF
OPC 0x75E645B3, 0x3958F84A, 0x00000000, F_CF, 0x3C8D4D69, 0x00000000, F_ARITH, F_PF|F_AF   ; sub 0x75E645B3,0x3958F84A cf=1
OPTABLE_END

tbl_xor8_mr:
OPTABLE xor8_mr, alu_xor8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57E, 0x00000000, F_LOGIC, F_PF   ; xor 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFF,0xFF
OPC 0xA5A5A59F, 0x3C3C3C8C, 0x00000000, F_CF, 0xA5A5A513, 0x00000000, F_LOGIC, 0   ; xor 0x9F,0x8C cf=1
OPTABLE_END

tbl_xor8_rm:
OPTABLE xor8_rm, alu_xor8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57E, 0x00000000, F_LOGIC, F_PF   ; xor 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A500, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFF,0xFF
OPC 0xA5A5A5B8, 0x3C3C3C1C, 0x00000000, F_CF, 0xA5A5A5A4, 0x00000000, F_LOGIC, F_SF   ; xor 0xB8,0x1C cf=1
OPTABLE_END

tbl_xor8_acc_imm:
OPTABLE xor8_acc_imm, alu_xor8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A533, 0x00000000, F_LOGIC, F_PF   ; xor 0x7F,0x4C
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5B3, 0x00000000, F_LOGIC, F_SF   ; xor 0xFF,0x4C
OPC 0xA5A5A5EC, 0x3C3C3C83, 0x00000000, F_CF, 0xA5A5A5A0, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0xEC,0x4C cf=1
OPTABLE_END

tbl_xor8_grp_r_imm:
OPTABLE xor8_grp_r_imm, alu_xor8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5E8, F_LOGIC, F_PF|F_SF   ; xor 0x7F,0x97
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A568, F_LOGIC, 0   ; xor 0xFF,0x97
OPC 0x00000000, 0x00000000, 0xA5A5A578, F_CF, 0x00000000, 0xA5A5A5EF, F_LOGIC, F_SF   ; xor 0x78,0x97 cf=1
OPTABLE_END

tbl_xor8_grp_m_imm:
OPTABLE xor8_grp_m_imm, alu_xor8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A545, 0x00000000, F_LOGIC, 0   ; xor 0x7F,0x3A
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5C5, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0xFF,0x3A
OPC 0xA5A5A5D7, 0x3C3C3C84, 0x00000000, F_CF, 0xA5A5A5ED, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0xD7,0x3A cf=1
OPTABLE_END

tbl_xor8_op82_r_imm:
OPTABLE xor8_op82_r_imm, alu_xor8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A5D2, F_LOGIC, F_PF|F_SF   ; xor 0x7F,0xAD
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A552, F_LOGIC, 0   ; xor 0xFF,0xAD
OPC 0x00000000, 0x00000000, 0xA5A5A504, F_CF, 0x00000000, 0xA5A5A5A9, F_LOGIC, F_PF|F_SF   ; xor 0x04,0xAD cf=1
OPTABLE_END

tbl_xor8_ah_bh:
OPTABLE xor8_ah_bh, alu_xor8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11117E11, 0x00000000, F_LOGIC, F_PF   ; xor ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x11110011, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor ah=0xFF,bh=0xFF
OPC 0x11116211, 0x22221E22, 0x00000000, F_CF, 0x11117C11, 0x00000000, F_LOGIC, 0   ; xor ah=0x62,bh=0x1E
OPTABLE_END

tbl_xor16_mr:
OPTABLE xor16_mr, alu_xor16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_LOGIC, 0   ; xor 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFF,0xFFFF
OPC 0xA5A52DCC, 0x3C3CD951, 0x00000000, F_CF, 0xA5A5F49D, 0x00000000, F_LOGIC, F_SF   ; xor 0x2DCC,0xD951 cf=1
OPTABLE_END

tbl_xor16_rm:
OPTABLE xor16_rm, alu_xor16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_LOGIC, 0   ; xor 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFF,0xFFFF
OPC 0xA5A5649A, 0x3C3CA930, 0x00000000, F_CF, 0xA5A5CDAA, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0x649A,0xA930 cf=1
OPTABLE_END

tbl_xor16_acc_imm:
OPTABLE xor16_acc_imm, alu_xor16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A5A911, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0x7FFF,0xD6EE
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A52911, 0x00000000, F_LOGIC, F_PF   ; xor 0xFFFF,0xD6EE
OPC 0xA5A5BC3F, 0x3C3CCE15, 0x00000000, F_CF, 0xA5A56AD1, 0x00000000, F_LOGIC, F_PF   ; xor 0xBC3F,0xD6EE cf=1
OPTABLE_END

tbl_xor16_grp_r_imm:
OPTABLE xor16_grp_r_imm, alu_xor16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A55F7D, F_LOGIC, F_PF   ; xor 0x7FFF,0x2082
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5DF7D, F_LOGIC, F_PF|F_SF   ; xor 0xFFFF,0x2082
OPC 0x00000000, 0x00000000, 0xA5A559CC, F_CF, 0x00000000, 0xA5A5794E, F_LOGIC, F_PF   ; xor 0x59CC,0x2082 cf=1
OPTABLE_END

tbl_xor16_grp_m_imm:
OPTABLE xor16_grp_m_imm, alu_xor16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A52EFD, 0x00000000, F_LOGIC, 0   ; xor 0x7FFF,0x5102
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5AEFD, 0x00000000, F_LOGIC, F_SF   ; xor 0xFFFF,0x5102
OPC 0xA5A580BB, 0x3C3C8339, 0x00000000, F_CF, 0xA5A5D1B9, 0x00000000, F_LOGIC, F_SF   ; xor 0x80BB,0x5102 cf=1
OPTABLE_END

tbl_xor16_grp83_r_imm8:
OPTABLE xor16_grp83_r_imm8, alu_xor16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A58002, F_LOGIC, F_SF   ; xor 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A50002, F_LOGIC, 0   ; xor 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A53702, F_CF, 0x00000000, 0xA5A5C8FF, F_LOGIC, F_PF|F_SF   ; xor 0x3702,0xFFFD cf=1
OPTABLE_END

tbl_xor16_grp83_m_imm8:
OPTABLE xor16_grp83_m_imm8, alu_xor16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57F81, 0x00000000, F_LOGIC, F_PF   ; xor 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FF81, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0xFFFF,0x007E
OPC 0xA5A59860, 0x3C3C951B, 0x00000000, F_CF, 0xA5A5981E, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0x9860,0x007E cf=1
OPTABLE_END

tbl_xor16_sib_mr:
OPTABLE xor16_sib_mr, alu_xor16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFE, 0x00000000, F_LOGIC, 0   ; xor 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFF,0xFFFF
OPC 0xA5A56E33, 0x3C3C527C, 0x00000000, F_CF, 0xA5A53C4F, 0x00000000, F_LOGIC, 0   ; xor 0x6E33,0x527C cf=1
OPTABLE_END

tbl_xor32_mr:
OPTABLE xor32_mr, alu_xor32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_LOGIC, 0   ; xor 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFFFFFF,0xFFFFFFFF
OPC 0xE1B941B4, 0x83A723A1, 0x00000000, F_CF, 0x621E6215, 0x00000000, F_LOGIC, 0   ; xor 0xE1B941B4,0x83A723A1 cf=1
OPTABLE_END

tbl_xor32_rm:
OPTABLE xor32_rm, alu_xor32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_LOGIC, 0   ; xor 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFFFFFF,0xFFFFFFFF
OPC 0xF7777DDB, 0x4F3D0780, 0x00000000, F_CF, 0xB84A7A5B, 0x00000000, F_LOGIC, F_SF   ; xor 0xF7777DDB,0x4F3D0780 cf=1
OPTABLE_END

tbl_xor32_acc_imm:
OPTABLE xor32_acc_imm, alu_xor32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x20877A7D, 0x00000000, F_LOGIC, F_PF   ; xor 0x7FFFFFFF,0x5F788582
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA0877A7D, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0xFFFFFFFF,0x5F788582
OPC 0x7DD93F4F, 0x8A2B2132, 0x00000000, F_CF, 0x22A1BACD, 0x00000000, F_LOGIC, 0   ; xor 0x7DD93F4F,0x5F788582 cf=1
OPTABLE_END

tbl_xor32_grp_r_imm:
OPTABLE xor32_grp_r_imm, alu_xor32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0xD1753390, F_LOGIC, F_PF|F_SF   ; xor 0x7FFFFFFF,0xAE8ACC6F
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x51753390, F_LOGIC, F_PF   ; xor 0xFFFFFFFF,0xAE8ACC6F
OPC 0x00000000, 0x00000000, 0xB6CED133, F_CF, 0x00000000, 0x18441D5C, F_LOGIC, F_PF   ; xor 0xB6CED133,0xAE8ACC6F cf=1
OPTABLE_END

tbl_xor32_grp_m_imm:
OPTABLE xor32_grp_m_imm, alu_xor32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0xD6EFF99B, 0x00000000, F_LOGIC, F_SF   ; xor 0x7FFFFFFF,0xA9100664
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x56EFF99B, 0x00000000, F_LOGIC, 0   ; xor 0xFFFFFFFF,0xA9100664
OPC 0xAEE2CE89, 0x18E5B2B5, 0x00000000, F_CF, 0x07F2C8ED, 0x00000000, F_LOGIC, F_PF   ; xor 0xAEE2CE89,0xA9100664 cf=1
OPTABLE_END

tbl_xor32_grp83_r_imm8:
OPTABLE xor32_grp83_r_imm8, alu_xor32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x80000002, F_LOGIC, F_SF   ; xor 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000002, F_LOGIC, 0   ; xor 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0x6B344D60, F_CF, 0x00000000, 0x94CBB29D, F_LOGIC, F_SF   ; xor 0x6B344D60,0xFFFFFFFD cf=1
OPTABLE_END

tbl_xor32_grp83_m_imm8:
OPTABLE xor32_grp83_m_imm8, alu_xor32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFF81, 0x00000000, F_LOGIC, F_PF   ; xor 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFF81, 0x00000000, F_LOGIC, F_PF|F_SF   ; xor 0xFFFFFFFF,0x0000007E
OPC 0x852910AB, 0xC1D58F6C, 0x00000000, F_CF, 0x852910D5, 0x00000000, F_LOGIC, F_SF   ; xor 0x852910AB,0x0000007E cf=1
OPTABLE_END

tbl_xor32_sib_mr:
OPTABLE xor32_sib_mr, alu_xor32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFE, 0x00000000, F_LOGIC, 0   ; xor 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_LOGIC, F_PF|F_ZF   ; xor 0xFFFFFFFF,0xFFFFFFFF
OPC 0x3279C2E4, 0xEA55AF37, 0x00000000, F_CF, 0xD82C6DD3, 0x00000000, F_LOGIC, F_SF   ; xor 0x3279C2E4,0xEA55AF37 cf=1
OPTABLE_END

tbl_cmp8_mr:
OPTABLE cmp8_mr, alu_cmp8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_ARITH, F_PF   ; cmp 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFF,0xFF
OPC 0xA5A5A589, 0x3C3C3C13, 0x00000000, F_CF, 0xA5A5A589, 0x00000000, F_ARITH, F_OF   ; cmp 0x89,0x13 cf=1
OPTABLE_END

tbl_cmp8_rm:
OPTABLE cmp8_rm, alu_cmp8_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_ARITH, F_PF   ; cmp 0x7F,0x01
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFF,0xFF
OPC 0xA5A5A515, 0x3C3C3C21, 0x00000000, F_CF, 0xA5A5A515, 0x00000000, F_ARITH, F_CF|F_SF   ; cmp 0x15,0x21 cf=1
OPTABLE_END

tbl_cmp8_acc_imm:
OPTABLE cmp8_acc_imm, alu_cmp8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7F,0xF3
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_PF   ; cmp 0xFF,0xF3
OPC 0xA5A5A5CF, 0x3C3C3C20, 0x00000000, F_CF, 0xA5A5A5CF, 0x00000000, F_ARITH, F_CF|F_SF   ; cmp 0xCF,0xF3 cf=1
OPTABLE_END

tbl_cmp8_grp_r_imm:
OPTABLE cmp8_grp_r_imm, alu_cmp8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A57F, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7F,0xD4
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5FF, F_ARITH, F_PF   ; cmp 0xFF,0xD4
OPC 0x00000000, 0x00000000, 0xA5A5A57E, F_CF, 0x00000000, 0xA5A5A57E, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; cmp 0x7E,0xD4 cf=1
OPTABLE_END

tbl_cmp8_grp_m_imm:
OPTABLE cmp8_grp_m_imm, alu_cmp8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A57F, 0x3C3C3C01, 0x00000000, 0, 0xA5A5A57F, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7F,0xC9
OPC 0xA5A5A5FF, 0x3C3C3CFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A5FF, 0x00000000, F_ARITH, F_PF   ; cmp 0xFF,0xC9
OPC 0xA5A5A5B1, 0x3C3C3C26, 0x00000000, F_CF, 0xA5A5A5B1, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0xB1,0xC9 cf=1
OPTABLE_END

tbl_cmp8_op82_r_imm:
OPTABLE cmp8_op82_r_imm, alu_cmp8_op82_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A57F, 0, 0x00000000, 0xA5A5A57F, F_ARITH, 0   ; cmp 0x7F,0x42
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A5FF, F_ARITH, F_PF|F_SF   ; cmp 0xFF,0x42
OPC 0x00000000, 0x00000000, 0xA5A5A51D, F_CF, 0x00000000, 0xA5A5A51D, F_ARITH, F_CF|F_PF|F_SF   ; cmp 0x1D,0x42 cf=1
OPTABLE_END

tbl_cmp8_ah_bh:
OPTABLE cmp8_ah_bh, alu_cmp8_ah_bh, 0xFFFFFFFF, 0x00000000
OPC 0x11117F11, 0x22220122, 0x00000000, 0, 0x11117F11, 0x00000000, F_ARITH, F_PF   ; cmp ah=0x7F,bh=0x01
OPC 0x1111FF11, 0x2222FF22, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x1111FF11, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp ah=0xFF,bh=0xFF
OPC 0x11118A11, 0x2222DF22, 0x00000000, F_CF, 0x11118A11, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; cmp ah=0x8A,bh=0xDF
OPTABLE_END

tbl_cmp16_mr:
OPTABLE cmp16_mr, alu_cmp16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFF,0xFFFF
OPC 0xA5A5A48D, 0x3C3C38C6, 0x00000000, F_CF, 0xA5A5A48D, 0x00000000, F_ARITH, F_OF   ; cmp 0xA48D,0x38C6 cf=1
OPTABLE_END

tbl_cmp16_rm:
OPTABLE cmp16_rm, alu_cmp16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFF,0xFFFF
OPC 0xA5A5A79D, 0x3C3C8DEF, 0x00000000, F_CF, 0xA5A5A79D, 0x00000000, F_ARITH, F_AF   ; cmp 0xA79D,0x8DEF cf=1
OPTABLE_END

tbl_cmp16_acc_imm:
OPTABLE cmp16_acc_imm, alu_cmp16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7FFF,0xDAF1
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, 0   ; cmp 0xFFFF,0xDAF1
OPC 0xA5A5DEF1, 0x3C3CBCC6, 0x00000000, F_CF, 0xA5A5DEF1, 0x00000000, F_ARITH, F_PF   ; cmp 0xDEF1,0xDAF1 cf=1
OPTABLE_END

tbl_cmp16_grp_r_imm:
OPTABLE cmp16_grp_r_imm, alu_cmp16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A57FFF, F_ARITH, F_CF|F_PF|F_SF|F_OF   ; cmp 0x7FFF,0x9530
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFF, F_ARITH, F_PF   ; cmp 0xFFFF,0x9530
OPC 0x00000000, 0x00000000, 0xA5A58CC9, F_CF, 0x00000000, 0xA5A58CC9, F_ARITH, F_CF|F_PF|F_SF   ; cmp 0x8CC9,0x9530 cf=1
OPTABLE_END

tbl_cmp16_grp_m_imm:
OPTABLE cmp16_grp_m_imm, alu_cmp16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFF,0x090E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_SF   ; cmp 0xFFFF,0x090E
OPC 0xA5A5EAB9, 0x3C3CCC19, 0x00000000, F_CF, 0xA5A5EAB9, 0x00000000, F_ARITH, F_AF|F_SF   ; cmp 0xEAB9,0x090E cf=1
OPTABLE_END

tbl_cmp16_grp83_r_imm8:
OPTABLE cmp16_grp83_r_imm8, alu_cmp16_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A57FFF, 0, 0x00000000, 0xA5A57FFF, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7FFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5FFFF, F_ARITH, 0   ; cmp 0xFFFF,0xFFFD
OPC 0x00000000, 0x00000000, 0xA5A582CB, F_CF, 0x00000000, 0xA5A582CB, F_ARITH, F_CF|F_AF|F_SF   ; cmp 0x82CB,0xFFFD cf=1
OPTABLE_END

tbl_cmp16_grp83_m_imm8:
OPTABLE cmp16_grp83_m_imm8, alu_cmp16_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, F_PF   ; cmp 0x7FFF,0x007E
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_PF|F_SF   ; cmp 0xFFFF,0x007E
OPC 0xA5A5F643, 0x3C3CC4BA, 0x00000000, F_CF, 0xA5A5F643, 0x00000000, F_ARITH, F_PF|F_AF|F_SF   ; cmp 0xF643,0x007E cf=1
OPTABLE_END

tbl_cmp16_sib_mr:
OPTABLE cmp16_sib_mr, alu_cmp16_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57FFF, 0x3C3C0001, 0x00000000, 0, 0xA5A57FFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFF,0x0001
OPC 0xA5A5FFFF, 0x3C3CFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFF,0xFFFF
OPC 0xA5A584CA, 0x3C3C4F97, 0x00000000, F_CF, 0xA5A584CA, 0x00000000, F_ARITH, F_PF|F_OF   ; cmp 0x84CA,0x4F97 cf=1
OPTABLE_END

tbl_cmp32_mr:
OPTABLE cmp32_mr, alu_cmp32_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFFFFFF,0xFFFFFFFF
OPC 0xAE9FC800, 0xCA511DA4, 0x00000000, F_CF, 0xAE9FC800, 0x00000000, F_ARITH, F_CF|F_PF|F_AF|F_SF   ; cmp 0xAE9FC800,0xCA511DA4 cf=1
OPTABLE_END

tbl_cmp32_rm:
OPTABLE cmp32_rm, alu_cmp32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFFFFFF,0xFFFFFFFF
OPC 0x1E9BBF44, 0x57A16A58, 0x00000000, F_CF, 0x1E9BBF44, 0x00000000, F_ARITH, F_CF|F_AF|F_SF   ; cmp 0x1E9BBF44,0x57A16A58 cf=1
OPTABLE_END

tbl_cmp32_acc_imm:
OPTABLE cmp32_acc_imm, alu_cmp32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFFFFFF,0x30A9F52A
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_SF   ; cmp 0xFFFFFFFF,0x30A9F52A
OPC 0x3F485819, 0xCFD03430, 0x00000000, F_CF, 0x3F485819, 0x00000000, F_ARITH, F_AF   ; cmp 0x3F485819,0x30A9F52A cf=1
OPTABLE_END

tbl_cmp32_grp_r_imm:
OPTABLE cmp32_grp_r_imm, alu_cmp32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x7FFFFFFF, F_ARITH, 0   ; cmp 0x7FFFFFFF,0x58048DB3
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFF, F_ARITH, F_SF   ; cmp 0xFFFFFFFF,0x58048DB3
OPC 0x00000000, 0x00000000, 0x4C87641E, F_CF, 0x00000000, 0x4C87641E, F_ARITH, F_CF|F_SF   ; cmp 0x4C87641E,0x58048DB3 cf=1
OPTABLE_END

tbl_cmp32_grp_m_imm:
OPTABLE cmp32_grp_m_imm, alu_cmp32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, F_PF   ; cmp 0x7FFFFFFF,0x50198955
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_PF|F_SF   ; cmp 0xFFFFFFFF,0x50198955
OPC 0xC5B02532, 0x1A6FC246, 0x00000000, F_CF, 0xC5B02532, 0x00000000, F_ARITH, F_PF|F_AF|F_OF   ; cmp 0xC5B02532,0x50198955 cf=1
OPTABLE_END

tbl_cmp32_grp83_r_imm8:
OPTABLE cmp32_grp83_r_imm8, alu_cmp32_grp83_r_imm8, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0x7FFFFFFF, 0, 0x00000000, 0x7FFFFFFF, F_ARITH, F_CF|F_SF|F_OF   ; cmp 0x7FFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xFFFFFFFF, F_ARITH, 0   ; cmp 0xFFFFFFFF,0xFFFFFFFD
OPC 0x00000000, 0x00000000, 0xD2736FB7, F_CF, 0x00000000, 0xD2736FB7, F_ARITH, F_CF|F_AF|F_SF   ; cmp 0xD2736FB7,0xFFFFFFFD cf=1
OPTABLE_END

tbl_cmp32_grp83_m_imm8:
OPTABLE cmp32_grp83_m_imm8, alu_cmp32_grp83_m_imm8, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, F_PF   ; cmp 0x7FFFFFFF,0x0000007E
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_PF|F_SF   ; cmp 0xFFFFFFFF,0x0000007E
OPC 0x12D185C2, 0xEFDEB8E0, 0x00000000, F_CF, 0x12D185C2, 0x00000000, F_ARITH, F_PF|F_AF   ; cmp 0x12D185C2,0x0000007E cf=1
OPTABLE_END

tbl_cmp32_sib_mr:
OPTABLE cmp32_sib_mr, alu_cmp32_sib_mr, 0xFFFFFFFF, 0x00000000
OPC 0x7FFFFFFF, 0x00000001, 0x00000000, 0, 0x7FFFFFFF, 0x00000000, F_ARITH, 0   ; cmp 0x7FFFFFFF,0x00000001
OPC 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_ARITH, F_PF|F_ZF   ; cmp 0xFFFFFFFF,0xFFFFFFFF
OPC 0x9747F771, 0x7D27D7E0, 0x00000000, F_CF, 0x9747F771, 0x00000000, F_ARITH, F_OF   ; cmp 0x9747F771,0x7D27D7E0 cf=1
OPTABLE_END

tbl_test8_mr:
OPTABLE test8_mr, alu_test8_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_SF   ; test 0xFF,0x80
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50F, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x0F,0xF0
OPC 0xA5A5A5E2, 0x3C3C3C44, 0x00000000, F_CF, 0xA5A5A5E2, 0x00000000, F_LOGIC, 0   ; test 0xE2,0x44
OPTABLE_END

tbl_test8_acc_imm:
OPTABLE test8_acc_imm, alu_test8_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFF,0xEE
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50F, 0x00000000, F_LOGIC, 0   ; test 0x0F,0xEE
OPC 0xA5A5A5D6, 0x3C3C3CEE, 0x00000000, F_CF, 0xA5A5A5D6, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xD6,0xEE
OPTABLE_END

tbl_test8_grp_r_imm:
OPTABLE test8_grp_r_imm, alu_test8_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5A5FF, 0, 0x00000000, 0xA5A5A5FF, F_LOGIC, F_PF|F_SF   ; test 0xFF,0xEE
OPC 0x00000000, 0x00000000, 0xA5A5A50F, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5A50F, F_LOGIC, 0   ; test 0x0F,0xEE
OPC 0x00000000, 0x00000000, 0xA5A5A5BD, F_CF, 0x00000000, 0xA5A5A5BD, F_LOGIC, F_PF|F_SF   ; test 0xBD,0xEE
OPTABLE_END

tbl_test8_grp_m_imm:
OPTABLE test8_grp_m_imm, alu_test8_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5A5FF, 0x3C3C3C80, 0x00000000, 0, 0xA5A5A5FF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFF,0xEE
OPC 0xA5A5A50F, 0x3C3C3CF0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5A50F, 0x00000000, F_LOGIC, 0   ; test 0x0F,0xEE
OPC 0xA5A5A57D, 0x3C3C3C0E, 0x00000000, F_CF, 0xA5A5A57D, 0x00000000, F_LOGIC, F_PF   ; test 0x7D,0xEE
OPTABLE_END

tbl_test16_mr:
OPTABLE test16_mr, alu_test16_mr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFFFF,0x8000
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x000F,0x00F0
OPC 0xA5A5CFA5, 0x3C3C8808, 0x00000000, F_CF, 0xA5A5CFA5, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xCFA5,0x8808
OPTABLE_END

tbl_test16_acc_imm:
OPTABLE test16_acc_imm, alu_test16_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_SF   ; test 0xFFFF,0xBE3E
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_LOGIC, 0   ; test 0x000F,0xBE3E
OPC 0xA5A5CD30, 0x3C3C914A, 0x00000000, F_CF, 0xA5A5CD30, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xCD30,0xBE3E
OPTABLE_END

tbl_test16_grp_r_imm:
OPTABLE test16_grp_r_imm, alu_test16_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xA5A5FFFF, 0, 0x00000000, 0xA5A5FFFF, F_LOGIC, F_SF   ; test 0xFFFF,0xBE3E
OPC 0x00000000, 0x00000000, 0xA5A5000F, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0xA5A5000F, F_LOGIC, 0   ; test 0x000F,0xBE3E
OPC 0x00000000, 0x00000000, 0xA5A57AD6, F_CF, 0x00000000, 0xA5A57AD6, F_LOGIC, 0   ; test 0x7AD6,0xBE3E
OPTABLE_END

tbl_test16_grp_m_imm:
OPTABLE test16_grp_m_imm, alu_test16_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A5FFFF, 0x3C3C8000, 0x00000000, 0, 0xA5A5FFFF, 0x00000000, F_LOGIC, F_SF   ; test 0xFFFF,0xBE3E
OPC 0xA5A5000F, 0x3C3C00F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_LOGIC, 0   ; test 0x000F,0xBE3E
OPC 0xA5A50656, 0x3C3CF3B7, 0x00000000, F_CF, 0xA5A50656, 0x00000000, F_LOGIC, 0   ; test 0x0656,0xBE3E
OPTABLE_END

tbl_test32_mr:
OPTABLE test32_mr, alu_test32_mr, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_PF|F_SF   ; test 0xFFFFFFFF,0x80000000
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000000F, 0x00000000, F_LOGIC, F_PF|F_ZF   ; test 0x0000000F,0x000000F0
OPC 0x24AB0324, 0xA7E3B533, 0x00000000, F_CF, 0x24AB0324, 0x00000000, F_LOGIC, 0   ; test 0x24AB0324,0xA7E3B533
OPTABLE_END

tbl_test32_acc_imm:
OPTABLE test32_acc_imm, alu_test32_acc_imm, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_SF   ; test 0xFFFFFFFF,0xA3B8159B
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000000F, 0x00000000, F_LOGIC, 0   ; test 0x0000000F,0xA3B8159B
OPC 0xD1A23BD1, 0xCCDE1678, 0x00000000, F_CF, 0xD1A23BD1, 0x00000000, F_LOGIC, F_SF   ; test 0xD1A23BD1,0xA3B8159B
OPTABLE_END

tbl_test32_grp_r_imm:
OPTABLE test32_grp_r_imm, alu_test32_grp_r_imm, 0x00000000, 0xFFFFFFFF
OPC 0x00000000, 0x00000000, 0xFFFFFFFF, 0, 0x00000000, 0xFFFFFFFF, F_LOGIC, F_SF   ; test 0xFFFFFFFF,0xA3B8159B
OPC 0x00000000, 0x00000000, 0x0000000F, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x0000000F, F_LOGIC, 0   ; test 0x0000000F,0xA3B8159B
OPC 0x00000000, 0x00000000, 0x848D3672, F_CF, 0x00000000, 0x848D3672, F_LOGIC, F_PF|F_SF   ; test 0x848D3672,0xA3B8159B
OPTABLE_END

tbl_test32_grp_m_imm:
OPTABLE test32_grp_m_imm, alu_test32_grp_m_imm, 0xFFFFFFFF, 0x00000000
OPC 0xFFFFFFFF, 0x80000000, 0x00000000, 0, 0xFFFFFFFF, 0x00000000, F_LOGIC, F_SF   ; test 0xFFFFFFFF,0xA3B8159B
OPC 0x0000000F, 0x000000F0, 0x00000000, F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000000F, 0x00000000, F_LOGIC, 0   ; test 0x0000000F,0xA3B8159B
OPC 0xFEDD7050, 0xC74089A7, 0x00000000, F_CF, 0xFEDD7050, 0x00000000, F_LOGIC, F_SF   ; test 0xFEDD7050,0xA3B8159B
OPTABLE_END

%endif
TEST_GROUP alu
    mov si, tbl_add8
    call opt_run
    mov si, tbl_add16
    call opt_run
    mov si, tbl_add32
    call opt_run
    mov si, tbl_or8
    call opt_run
    mov si, tbl_or16
    call opt_run
    mov si, tbl_or32
    call opt_run
    mov si, tbl_adc8
    call opt_run
    mov si, tbl_adc16
    call opt_run
    mov si, tbl_adc32
    call opt_run
    mov si, tbl_sbb8
    call opt_run
    mov si, tbl_sbb16
    call opt_run
    mov si, tbl_sbb32
    call opt_run
    mov si, tbl_and8
    call opt_run
    mov si, tbl_and16
    call opt_run
    mov si, tbl_and32
    call opt_run
    mov si, tbl_sub8
    call opt_run
    mov si, tbl_sub16
    call opt_run
    mov si, tbl_sub32
    call opt_run
    mov si, tbl_xor8
    call opt_run
    mov si, tbl_xor16
    call opt_run
    mov si, tbl_xor32
    call opt_run
    mov si, tbl_cmp8
    call opt_run
    mov si, tbl_cmp16
    call opt_run
    mov si, tbl_cmp32
    call opt_run
    mov si, tbl_test8
    call opt_run
    mov si, tbl_test16
    call opt_run
    mov si, tbl_test32
    call opt_run
%ifndef SELFTEST
    mov si, tbl_add8_mr
    call opt_run
    mov si, tbl_add8_rm
    call opt_run
    mov si, tbl_add8_acc_imm
    call opt_run
    mov si, tbl_add8_grp_r_imm
    call opt_run
    mov si, tbl_add8_grp_m_imm
    call opt_run
    mov si, tbl_add8_op82_r_imm
    call opt_run
    mov si, tbl_add8_ah_bh
    call opt_run
    mov si, tbl_add16_mr
    call opt_run
    mov si, tbl_add16_rm
    call opt_run
    mov si, tbl_add16_acc_imm
    call opt_run
    mov si, tbl_add16_grp_r_imm
    call opt_run
    mov si, tbl_add16_grp_m_imm
    call opt_run
    mov si, tbl_add16_grp83_r_imm8
    call opt_run
    mov si, tbl_add16_grp83_m_imm8
    call opt_run
    mov si, tbl_add16_sib_mr
    call opt_run
    mov si, tbl_add32_mr
    call opt_run
    mov si, tbl_add32_rm
    call opt_run
    mov si, tbl_add32_acc_imm
    call opt_run
    mov si, tbl_add32_grp_r_imm
    call opt_run
    mov si, tbl_add32_grp_m_imm
    call opt_run
    mov si, tbl_add32_grp83_r_imm8
    call opt_run
    mov si, tbl_add32_grp83_m_imm8
    call opt_run
    mov si, tbl_add32_sib_mr
    call opt_run
    mov si, tbl_or8_mr
    call opt_run
    mov si, tbl_or8_rm
    call opt_run
    mov si, tbl_or8_acc_imm
    call opt_run
    mov si, tbl_or8_grp_r_imm
    call opt_run
    mov si, tbl_or8_grp_m_imm
    call opt_run
    mov si, tbl_or8_op82_r_imm
    call opt_run
    mov si, tbl_or8_ah_bh
    call opt_run
    mov si, tbl_or16_mr
    call opt_run
    mov si, tbl_or16_rm
    call opt_run
    mov si, tbl_or16_acc_imm
    call opt_run
    mov si, tbl_or16_grp_r_imm
    call opt_run
    mov si, tbl_or16_grp_m_imm
    call opt_run
    mov si, tbl_or16_grp83_r_imm8
    call opt_run
    mov si, tbl_or16_grp83_m_imm8
    call opt_run
    mov si, tbl_or16_sib_mr
    call opt_run
    mov si, tbl_or32_mr
    call opt_run
    mov si, tbl_or32_rm
    call opt_run
    mov si, tbl_or32_acc_imm
    call opt_run
    mov si, tbl_or32_grp_r_imm
    call opt_run
    mov si, tbl_or32_grp_m_imm
    call opt_run
    mov si, tbl_or32_grp83_r_imm8
    call opt_run
    mov si, tbl_or32_grp83_m_imm8
    call opt_run
    mov si, tbl_or32_sib_mr
    call opt_run
    mov si, tbl_adc8_mr
    call opt_run
    mov si, tbl_adc8_rm
    call opt_run
    mov si, tbl_adc8_acc_imm
    call opt_run
    mov si, tbl_adc8_grp_r_imm
    call opt_run
    mov si, tbl_adc8_grp_m_imm
    call opt_run
    mov si, tbl_adc8_op82_r_imm
    call opt_run
    mov si, tbl_adc8_ah_bh
    call opt_run
    mov si, tbl_adc16_mr
    call opt_run
    mov si, tbl_adc16_rm
    call opt_run
    mov si, tbl_adc16_acc_imm
    call opt_run
    mov si, tbl_adc16_grp_r_imm
    call opt_run
    mov si, tbl_adc16_grp_m_imm
    call opt_run
    mov si, tbl_adc16_grp83_r_imm8
    call opt_run
    mov si, tbl_adc16_grp83_m_imm8
    call opt_run
    mov si, tbl_adc16_sib_mr
    call opt_run
    mov si, tbl_adc32_mr
    call opt_run
    mov si, tbl_adc32_rm
    call opt_run
    mov si, tbl_adc32_acc_imm
    call opt_run
    mov si, tbl_adc32_grp_r_imm
    call opt_run
    mov si, tbl_adc32_grp_m_imm
    call opt_run
    mov si, tbl_adc32_grp83_r_imm8
    call opt_run
    mov si, tbl_adc32_grp83_m_imm8
    call opt_run
    mov si, tbl_adc32_sib_mr
    call opt_run
    mov si, tbl_sbb8_mr
    call opt_run
    mov si, tbl_sbb8_rm
    call opt_run
    mov si, tbl_sbb8_acc_imm
    call opt_run
    mov si, tbl_sbb8_grp_r_imm
    call opt_run
    mov si, tbl_sbb8_grp_m_imm
    call opt_run
    mov si, tbl_sbb8_op82_r_imm
    call opt_run
    mov si, tbl_sbb8_ah_bh
    call opt_run
    mov si, tbl_sbb16_mr
    call opt_run
    mov si, tbl_sbb16_rm
    call opt_run
    mov si, tbl_sbb16_acc_imm
    call opt_run
    mov si, tbl_sbb16_grp_r_imm
    call opt_run
    mov si, tbl_sbb16_grp_m_imm
    call opt_run
    mov si, tbl_sbb16_grp83_r_imm8
    call opt_run
    mov si, tbl_sbb16_grp83_m_imm8
    call opt_run
    mov si, tbl_sbb16_sib_mr
    call opt_run
    mov si, tbl_sbb32_mr
    call opt_run
    mov si, tbl_sbb32_rm
    call opt_run
    mov si, tbl_sbb32_acc_imm
    call opt_run
    mov si, tbl_sbb32_grp_r_imm
    call opt_run
    mov si, tbl_sbb32_grp_m_imm
    call opt_run
    mov si, tbl_sbb32_grp83_r_imm8
    call opt_run
    mov si, tbl_sbb32_grp83_m_imm8
    call opt_run
    mov si, tbl_sbb32_sib_mr
    call opt_run
    mov si, tbl_and8_mr
    call opt_run
    mov si, tbl_and8_rm
    call opt_run
    mov si, tbl_and8_acc_imm
    call opt_run
    mov si, tbl_and8_grp_r_imm
    call opt_run
    mov si, tbl_and8_grp_m_imm
    call opt_run
    mov si, tbl_and8_op82_r_imm
    call opt_run
    mov si, tbl_and8_ah_bh
    call opt_run
    mov si, tbl_and16_mr
    call opt_run
    mov si, tbl_and16_rm
    call opt_run
    mov si, tbl_and16_acc_imm
    call opt_run
    mov si, tbl_and16_grp_r_imm
    call opt_run
    mov si, tbl_and16_grp_m_imm
    call opt_run
    mov si, tbl_and16_grp83_r_imm8
    call opt_run
    mov si, tbl_and16_grp83_m_imm8
    call opt_run
    mov si, tbl_and16_sib_mr
    call opt_run
    mov si, tbl_and32_mr
    call opt_run
    mov si, tbl_and32_rm
    call opt_run
    mov si, tbl_and32_acc_imm
    call opt_run
    mov si, tbl_and32_grp_r_imm
    call opt_run
    mov si, tbl_and32_grp_m_imm
    call opt_run
    mov si, tbl_and32_grp83_r_imm8
    call opt_run
    mov si, tbl_and32_grp83_m_imm8
    call opt_run
    mov si, tbl_and32_sib_mr
    call opt_run
    mov si, tbl_sub8_mr
    call opt_run
    mov si, tbl_sub8_rm
    call opt_run
    mov si, tbl_sub8_acc_imm
    call opt_run
    mov si, tbl_sub8_grp_r_imm
    call opt_run
    mov si, tbl_sub8_grp_m_imm
    call opt_run
    mov si, tbl_sub8_op82_r_imm
    call opt_run
    mov si, tbl_sub8_ah_bh
    call opt_run
    mov si, tbl_sub16_mr
    call opt_run
    mov si, tbl_sub16_rm
    call opt_run
    mov si, tbl_sub16_acc_imm
    call opt_run
    mov si, tbl_sub16_grp_r_imm
    call opt_run
    mov si, tbl_sub16_grp_m_imm
    call opt_run
    mov si, tbl_sub16_grp83_r_imm8
    call opt_run
    mov si, tbl_sub16_grp83_m_imm8
    call opt_run
    mov si, tbl_sub16_sib_mr
    call opt_run
    mov si, tbl_sub32_mr
    call opt_run
    mov si, tbl_sub32_rm
    call opt_run
    mov si, tbl_sub32_acc_imm
    call opt_run
    mov si, tbl_sub32_grp_r_imm
    call opt_run
    mov si, tbl_sub32_grp_m_imm
    call opt_run
    mov si, tbl_sub32_grp83_r_imm8
    call opt_run
    mov si, tbl_sub32_grp83_m_imm8
    call opt_run
    mov si, tbl_sub32_sib_mr
    call opt_run
    mov si, tbl_xor8_mr
    call opt_run
    mov si, tbl_xor8_rm
    call opt_run
    mov si, tbl_xor8_acc_imm
    call opt_run
    mov si, tbl_xor8_grp_r_imm
    call opt_run
    mov si, tbl_xor8_grp_m_imm
    call opt_run
    mov si, tbl_xor8_op82_r_imm
    call opt_run
    mov si, tbl_xor8_ah_bh
    call opt_run
    mov si, tbl_xor16_mr
    call opt_run
    mov si, tbl_xor16_rm
    call opt_run
    mov si, tbl_xor16_acc_imm
    call opt_run
    mov si, tbl_xor16_grp_r_imm
    call opt_run
    mov si, tbl_xor16_grp_m_imm
    call opt_run
    mov si, tbl_xor16_grp83_r_imm8
    call opt_run
    mov si, tbl_xor16_grp83_m_imm8
    call opt_run
    mov si, tbl_xor16_sib_mr
    call opt_run
    mov si, tbl_xor32_mr
    call opt_run
    mov si, tbl_xor32_rm
    call opt_run
    mov si, tbl_xor32_acc_imm
    call opt_run
    mov si, tbl_xor32_grp_r_imm
    call opt_run
    mov si, tbl_xor32_grp_m_imm
    call opt_run
    mov si, tbl_xor32_grp83_r_imm8
    call opt_run
    mov si, tbl_xor32_grp83_m_imm8
    call opt_run
    mov si, tbl_xor32_sib_mr
    call opt_run
    mov si, tbl_cmp8_mr
    call opt_run
    mov si, tbl_cmp8_rm
    call opt_run
    mov si, tbl_cmp8_acc_imm
    call opt_run
    mov si, tbl_cmp8_grp_r_imm
    call opt_run
    mov si, tbl_cmp8_grp_m_imm
    call opt_run
    mov si, tbl_cmp8_op82_r_imm
    call opt_run
    mov si, tbl_cmp8_ah_bh
    call opt_run
    mov si, tbl_cmp16_mr
    call opt_run
    mov si, tbl_cmp16_rm
    call opt_run
    mov si, tbl_cmp16_acc_imm
    call opt_run
    mov si, tbl_cmp16_grp_r_imm
    call opt_run
    mov si, tbl_cmp16_grp_m_imm
    call opt_run
    mov si, tbl_cmp16_grp83_r_imm8
    call opt_run
    mov si, tbl_cmp16_grp83_m_imm8
    call opt_run
    mov si, tbl_cmp16_sib_mr
    call opt_run
    mov si, tbl_cmp32_mr
    call opt_run
    mov si, tbl_cmp32_rm
    call opt_run
    mov si, tbl_cmp32_acc_imm
    call opt_run
    mov si, tbl_cmp32_grp_r_imm
    call opt_run
    mov si, tbl_cmp32_grp_m_imm
    call opt_run
    mov si, tbl_cmp32_grp83_r_imm8
    call opt_run
    mov si, tbl_cmp32_grp83_m_imm8
    call opt_run
    mov si, tbl_cmp32_sib_mr
    call opt_run
    mov si, tbl_test8_mr
    call opt_run
    mov si, tbl_test8_acc_imm
    call opt_run
    mov si, tbl_test8_grp_r_imm
    call opt_run
    mov si, tbl_test8_grp_m_imm
    call opt_run
    mov si, tbl_test16_mr
    call opt_run
    mov si, tbl_test16_acc_imm
    call opt_run
    mov si, tbl_test16_grp_r_imm
    call opt_run
    mov si, tbl_test16_grp_m_imm
    call opt_run
    mov si, tbl_test32_mr
    call opt_run
    mov si, tbl_test32_acc_imm
    call opt_run
    mov si, tbl_test32_grp_r_imm
    call opt_run
    mov si, tbl_test32_grp_m_imm
    call opt_run
%endif
TEST_GROUP_END
