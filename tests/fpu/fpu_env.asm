; fpu_env.asm - the x87 environment and state images: FNSTENV/FLDENV and
; FNSAVE/FRSTOR in the 16-bit and 32-bit layouts of real mode (20-bit linear
; instruction and operand pointers packed with the opcode) and of protected
; mode (selector:offset pointers, the opcode beside FCS in the 32-bit form);
; FNSTENV masking all exceptions; FNSAVE reinitializing; the tag word
; recomputed from the registers when FLDENV/FRSTOR load it.
; Expected layouts: Intel SDM vol. 1 figures 8-9 to 8-12 (protected and
; real-address mode environment formats, 16 and 32 bits) and the FSAVE,
; FRSTOR, FSTENV, FLDENV pages of vol. 2; reserved high words of the 32-bit
; protected-mode image read as ones, as on real processors.

%include "rom.inc"
%include "fpu.inc"

OPND equ 0x0123            ; memory operand of the recorded instruction
IMG  equ 0x0300            ; image buffer (108 bytes)

TEST_GROUP fpu_env
    call fpu_enable

    ; ------------------------------------------------ real mode, 16-bit
    fninit
    mov dword [OPND], 0x3F800000
    SET_CW 0x0B72
    fld1
rm_op16:
    fadd dword [OPND]
    fnstenv [ENVBUF]
    CHECK_M16 env16_cw, ENVBUF, 0x0B72
    CHECK_M16 env16_sw, ENVBUF+2, 0x3800
    CHECK_M16 env16_tw, ENVBUF+4, 0x3FFF
    CHECK_M16 env16_ip, ENVBUF+6, rm_op16          ; linear F0000+ip, bits 15-0
    CHECK_M16 env16_ip_hi_fop, ENVBUF+8, 0xF006    ; bits 19-16, FADD m32 [disp16]
    CHECK_M16 env16_dp, ENVBUF+10, OPND            ; linear 10000+OPND
    CHECK_M16 env16_dp_hi, ENVBUF+12, 0x1000
    CHECK_CW fnstenv_masks_all, 0x0B7F

    ; ------------------------------------------------ real mode, 32-bit
    fninit
    SET_CW 0x0B72
    fld1
rm_op32:
    fadd dword [OPND]
    o32 fnstenv [ENVBUF]
    CHECK_M16 env32_cw, ENVBUF, 0x0B72
    CHECK_M16 env32_sw, ENVBUF+4, 0x3800
    CHECK_M16 env32_tw, ENVBUF+8, 0x3FFF
    CHECK_M16 env32_ip, ENVBUF+12, rm_op32
    CHECK_M32 env32_ip_hi_fop, ENVBUF+16, 0x0000F006
    CHECK_M16 env32_dp, ENVBUF+20, OPND
    CHECK_M32 env32_dp_hi, ENVBUF+24, 0x00001000

    ; ------------------------------------------------ FLDENV round trip and tags
    fninit
    fld1
    fldz                                     ; phys 7: 1.0 (valid), phys 6: 0 (zero)
    fnstenv [ENVBUF]
    mov word [ENVBUF+4], 0x0FFF              ; claim phys 6 and 7 "valid"
    mov word [ENVBUF], 0x0A7F
    fldenv [ENVBUF]
    CHECK_CW fldenv_cw, 0x0A7F
    CHECK_TW fldenv_tags_recomputed, 0x1FFF  ; phys 6 holds zero: tag 01
    mov word [ENVBUF+4], 0xFFFF
    fldenv [ENVBUF]
    CHECK_TW fldenv_empty_tags, 0xFFFF
    fninit

    ; ------------------------------------------------ FNSAVE / FRSTOR, 16-bit
    fninit
    SET_CW 0x0B72
    fld1
    fldpi
    fnsave [IMG]
    CHECK_M16 save16_cw, IMG, 0x0B72
    CHECK_M16 save16_sw, IMG+2, 0x3000
    CHECK_M16 save16_tw, IMG+4, 0x0FFF
    CHECK_T80 save16_st0, IMG+14, 0x4000, 0xC90FDAA22168C235
    CHECK_T80 save16_st1, IMG+24, 0x3FFF, 0x8000000000000000
    CHECK_CW fnsave_reinit_cw, 0x037F
    CHECK_SW fnsave_reinit_sw, 0xFFFF, 0
    CHECK_TW fnsave_reinit_tw, 0xFFFF
    mov word [IMG], 0x0F7F                   ; restore a changed image
    frstor [IMG]
    CHECK_CW frstor16_cw, 0x0F7F
    CHECK_SW frstor16_top, SW_TOP, 6 << 11
    CHECK_TW frstor16_tw, 0x0FFF
    CHECK_ST0 frstor16_st0, 0x4000, 0xC90FDAA22168C235
    CHECK_ST0 frstor16_st1, 0x3FFF, 0x8000000000000000
    ; tags of a restored image are recomputed: zeros in ST2..ST7, all "valid"
    mov word [IMG+4], 0x0000
    mov cx, 6
    mov bx, IMG+34
.zero:
    mov dword [bx], 0
    mov dword [bx+4], 0
    mov word [bx+8], 0
    add bx, 10
    dec cx
    jnz .zero
    frstor [IMG]
    CHECK_TW frstor16_tags_recomputed, 0x0555
    fninit

    ; ------------------------------------------------ FNSAVE / FRSTOR, 32-bit
    fninit
    fld1
    fldz
    fldpi
    o32 fnsave [IMG]
    CHECK_M16 save32_cw, IMG, 0x037F
    CHECK_M16 save32_sw, IMG+4, 0x2800
    CHECK_M16 save32_tw, IMG+8, 0x13FF
    CHECK_T80 save32_st0, IMG+28, 0x4000, 0xC90FDAA22168C235
    CHECK_T80 save32_st1, IMG+38, 0x0000, 0
    CHECK_T80 save32_st2, IMG+48, 0x3FFF, 0x8000000000000000
    o32 frstor [IMG]
    CHECK_SW frstor32_top, SW_TOP, 5 << 11
    CHECK_ST0 frstor32_st0, 0x4000, 0xC90FDAA22168C235
    CHECK_ST0 frstor32_st1, 0x0000, 0
    CHECK_ST0 frstor32_st2, 0x3FFF, 0x8000000000000000
    fninit

    ; ------------------------------------------------ protected mode layouts
    jmp pm_code
align 8
pm_gdt:
    dq 0
    dq 0x00009B0F0000FFFF                    ; 08: code, base F0000, 64 KiB, 16-bit
    dq 0x000093010000FFFF                    ; 10: data, base 10000, 64 KiB
pm_gdtr:
    dw 3 * 8 - 1
    dd 0xF0000 + pm_gdt
pm_code:
    cli
    lgdt [cs:pm_gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp 0x08:.pm
.pm:
    mov ax, 0x10
    mov ds, ax
    fninit
    SET_CW 0x0B72
    fld1
pm_op:
    fadd dword [OPND]
    fnstenv [ENVBUF]
    SET_CW 0x0B72
    o32 fnstenv [ENVBUF+0x20]
    o32 fnsave [IMG]
    o32 frstor [IMG]                         ; protected 32-bit image back in
    fnstenv [ENVBUF+0x40]
    mov eax, cr0
    and al, 0xFE
    mov cr0, eax
    jmp ROM_SEG:.rm
.rm:
    mov ax, DATA_SEG
    mov ds, ax
    CHECK_M16 pm16_cw, ENVBUF, 0x0B72
    CHECK_M16 pm16_sw, ENVBUF+2, 0x3800
    CHECK_M16 pm16_tw, ENVBUF+4, 0x3FFF
    CHECK_M16 pm16_ip, ENVBUF+6, pm_op
    CHECK_M16 pm16_cs, ENVBUF+8, 0x0008
    CHECK_M16 pm16_dp, ENVBUF+10, OPND
    CHECK_M16 pm16_ds, ENVBUF+12, 0x0010
    CHECK_M32 pm32_cw, ENVBUF+0x20, 0xFFFF0B72
    CHECK_M32 pm32_sw, ENVBUF+0x24, 0xFFFF3800
    CHECK_M32 pm32_tw, ENVBUF+0x28, 0xFFFF3FFF
    CHECK_M32 pm32_ip, ENVBUF+0x2C, pm_op
    CHECK_M32 pm32_cs_fop, ENVBUF+0x30, 0x00060008
    CHECK_M32 pm32_dp, ENVBUF+0x34, OPND
    CHECK_M32 pm32_ds, ENVBUF+0x38, 0xFFFF0010
    CHECK_M16 pm_frstor_ip, ENVBUF+0x46, pm_op
    CHECK_M16 pm_frstor_cs, ENVBUF+0x48, 0x0008
    CHECK_M16 pm_frstor_ds, ENVBUF+0x4C, 0x0010
    fninit
TEST_GROUP_END

