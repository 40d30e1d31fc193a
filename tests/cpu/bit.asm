; bit.asm - BT/BTS/BTR/BTC with register and imm8 offsets on registers (offset
; taken modulo the operand size) and on memory (register offsets are signed
; and address bytes outside the operand, also below it; imm8 offsets are
; taken modulo the operand size), CF = the selected bit, ZF unchanged;
; BSF/BSR (ZF set for a zero source, which leaves the destination unchanged,
; as the AMD APM documents and all Intel processors do).  Other flags are
; undefined and masked.
%include "rom.inc"
%include "optest.inc"

; ---------------------------------------------------------------- stubs
bt16_rr:
    bt ax, bx
    ret
bt32_rr:
    bt eax, ebx
    ret
bts16_rr:
    bts ax, bx
    ret
bts32_rr:
    bts eax, ebx
    ret
btr16_rr:
    btr ax, bx
    ret
btr32_rr:
    btr eax, ebx
    ret
btc16_rr:
    btc ax, bx
    ret
btc32_rr:
    btc eax, ebx
    ret
bsf16_rr:
    bsf ax, bx
    ret
bsf16_rm:
    mov [0x800], bx
    bsf ax, [0x800]
    ret
bsf16_zero:
    bsf ax, bx
    ret
bsf32_rr:
    bsf eax, ebx
    ret
bsf32_rm:
    mov [0x800], ebx
    bsf eax, [0x800]
    ret
bsf32_zero:
    bsf eax, ebx
    ret
bsr16_rr:
    bsr ax, bx
    ret
bsr16_rm:
    mov [0x800], bx
    bsr ax, [0x800]
    ret
bsr16_zero:
    bsr ax, bx
    ret
bsr32_rr:
    bsr eax, ebx
    ret
bsr32_rm:
    mov [0x800], ebx
    bsr eax, [0x800]
    ret
bsr32_zero:
    bsr eax, ebx
    ret
%ifndef SELFTEST
bt16_ri:
    bt ax, 0xD
    ret
bt16_ri_masked:
    bt ax, 0x12   ; imm8 taken mod 16
    ret
bt32_ri:
    bt eax, 0x1D
    ret
bt32_ri_masked:
    bt eax, 0x61   ; imm8 taken mod 32
    ret
bts16_ri:
    bts ax, 0xD
    ret
bts16_ri_masked:
    bts ax, 0x12   ; imm8 taken mod 16
    ret
bts32_ri:
    bts eax, 0x1D
    ret
bts32_ri_masked:
    bts eax, 0x61   ; imm8 taken mod 32
    ret
btr16_ri:
    btr ax, 0xD
    ret
btr16_ri_masked:
    btr ax, 0x12   ; imm8 taken mod 16
    ret
btr32_ri:
    btr eax, 0x1D
    ret
btr32_ri_masked:
    btr eax, 0x61   ; imm8 taken mod 32
    ret
btc16_ri:
    btc ax, 0xD
    ret
btc16_ri_masked:
    btc ax, 0x12   ; imm8 taken mod 16
    ret
btc32_ri:
    btc eax, 0x1D
    ret
btc32_ri_masked:
    btc eax, 0x61   ; imm8 taken mod 32
    ret
%endif

; ---------------------------------------------------------------- cases
tbl_bt16_rr:
OPTABLE bt16_rr, bt16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50001, 0x3C3C0000, 0x00000000, 0, 0xA5A50001, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0x0001,0
OPC 0xA5A58000, 0x3C3C000F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A58000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0x8000,15
OPC 0xA5A55555, 0x3C3C0001, 0x00000000, 0, 0xA5A55555, 0x00000000, F_CF|F_ZF, 0   ; bt 0x5555,1
OPC 0xA5A55555, 0x3C3C0002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A55555, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0x5555,2
OPC 0xA5A55678, 0x3C3C0014, 0x00000000, 0, 0xA5A55678, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0x5678,20
OPC 0xA5A58A03, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A58A03, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0x8A03,65535
OPC 0xA5A5E5D7, 0x3C3C87F2, 0x00000000, 0, 0xA5A5E5D7, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0xE5D7,34802
OPTABLE_END

tbl_bt32_rr:
OPTABLE bt32_rr, bt32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000001, 0x00000000, 0x00000000, 0, 0x00000001, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0x00000001,0
OPC 0x80008000, 0x0000001F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x80008000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0x80008000,31
OPC 0x55555555, 0x00000001, 0x00000000, 0, 0x55555555, 0x00000000, F_CF|F_ZF, 0   ; bt 0x55555555,1
OPC 0x55555555, 0x00000002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x55555555, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0x55555555,2
OPC 0x12345678, 0x00000024, 0x00000000, 0, 0x12345678, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0x12345678,36
OPC 0xEE04461C, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xEE04461C, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0xEE04461C,4294967295
OPC 0x27740571, 0xDF6599AB, 0x00000000, 0, 0x27740571, 0x00000000, F_CF|F_ZF, 0   ; bt 0x27740571,3747977643
OPTABLE_END

tbl_bts16_rr:
OPTABLE bts16_rr, bts16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50001, 0x3C3C0000, 0x00000000, 0, 0xA5A50001, 0x00000000, F_CF|F_ZF, F_CF   ; bts 0x0001,0
OPC 0xA5A58000, 0x3C3C000F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A58000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0x8000,15
OPC 0xA5A55555, 0x3C3C0001, 0x00000000, 0, 0xA5A55557, 0x00000000, F_CF|F_ZF, 0   ; bts 0x5555,1
OPC 0xA5A55555, 0x3C3C0002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A55555, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0x5555,2
OPC 0xA5A55678, 0x3C3C0014, 0x00000000, 0, 0xA5A55678, 0x00000000, F_CF|F_ZF, F_CF   ; bts 0x5678,20
OPC 0xA5A509EB, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A589EB, 0x00000000, F_CF|F_ZF, F_ZF   ; bts 0x09EB,65535
OPC 0xA5A5AC33, 0x3C3C8321, 0x00000000, 0, 0xA5A5AC33, 0x00000000, F_CF|F_ZF, F_CF   ; bts 0xAC33,33569
OPTABLE_END

tbl_bts32_rr:
OPTABLE bts32_rr, bts32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000001, 0x00000000, 0x00000000, 0, 0x00000001, 0x00000000, F_CF|F_ZF, F_CF   ; bts 0x00000001,0
OPC 0x80008000, 0x0000001F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x80008000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0x80008000,31
OPC 0x55555555, 0x00000001, 0x00000000, 0, 0x55555557, 0x00000000, F_CF|F_ZF, 0   ; bts 0x55555555,1
OPC 0x55555555, 0x00000002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x55555555, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0x55555555,2
OPC 0x12345678, 0x00000024, 0x00000000, 0, 0x12345678, 0x00000000, F_CF|F_ZF, F_CF   ; bts 0x12345678,36
OPC 0x547B6575, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xD47B6575, 0x00000000, F_CF|F_ZF, F_ZF   ; bts 0x547B6575,4294967295
OPC 0xDB04CF0D, 0x91D318F7, 0x00000000, 0, 0xDB84CF0D, 0x00000000, F_CF|F_ZF, 0   ; bts 0xDB04CF0D,2446530807
OPTABLE_END

tbl_btr16_rr:
OPTABLE btr16_rr, btr16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50001, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0x0001,0
OPC 0xA5A58000, 0x3C3C000F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0x8000,15
OPC 0xA5A55555, 0x3C3C0001, 0x00000000, 0, 0xA5A55555, 0x00000000, F_CF|F_ZF, 0   ; btr 0x5555,1
OPC 0xA5A55555, 0x3C3C0002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A55551, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0x5555,2
OPC 0xA5A55678, 0x3C3C0014, 0x00000000, 0, 0xA5A55668, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0x5678,20
OPC 0xA5A588FB, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A508FB, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0x88FB,65535
OPC 0xA5A5E9CB, 0x3C3C4838, 0x00000000, 0, 0xA5A5E8CB, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0xE9CB,18488
OPTABLE_END

tbl_btr32_rr:
OPTABLE btr32_rr, btr32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000001, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0x00000001,0
OPC 0x80008000, 0x0000001F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00008000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0x80008000,31
OPC 0x55555555, 0x00000001, 0x00000000, 0, 0x55555555, 0x00000000, F_CF|F_ZF, 0   ; btr 0x55555555,1
OPC 0x55555555, 0x00000002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x55555551, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0x55555555,2
OPC 0x12345678, 0x00000024, 0x00000000, 0, 0x12345668, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0x12345678,36
OPC 0xFC60EFB7, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x7C60EFB7, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0xFC60EFB7,4294967295
OPC 0xF6595D76, 0x0F67D080, 0x00000000, 0, 0xF6595D76, 0x00000000, F_CF|F_ZF, 0   ; btr 0xF6595D76,258461824
OPTABLE_END

tbl_btc16_rr:
OPTABLE btc16_rr, btc16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50001, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0x0001,0
OPC 0xA5A58000, 0x3C3C000F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0x8000,15
OPC 0xA5A55555, 0x3C3C0001, 0x00000000, 0, 0xA5A55557, 0x00000000, F_CF|F_ZF, 0   ; btc 0x5555,1
OPC 0xA5A55555, 0x3C3C0002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A55551, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0x5555,2
OPC 0xA5A55678, 0x3C3C0014, 0x00000000, 0, 0xA5A55668, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0x5678,20
OPC 0xA5A5D2C9, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A552C9, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0xD2C9,65535
OPC 0xA5A5FB7D, 0x3C3C89C4, 0x00000000, 0, 0xA5A5FB6D, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0xFB7D,35268
OPTABLE_END

tbl_btc32_rr:
OPTABLE btc32_rr, btc32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00000001, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0x00000001,0
OPC 0x80008000, 0x0000001F, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00008000, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0x80008000,31
OPC 0x55555555, 0x00000001, 0x00000000, 0, 0x55555557, 0x00000000, F_CF|F_ZF, 0   ; btc 0x55555555,1
OPC 0x55555555, 0x00000002, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x55555551, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0x55555555,2
OPC 0x12345678, 0x00000024, 0x00000000, 0, 0x12345668, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0x12345678,36
OPC 0x2BC1D57C, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xABC1D57C, 0x00000000, F_CF|F_ZF, F_ZF   ; btc 0x2BC1D57C,4294967295
OPC 0x8CCC2828, 0xE30AA6FD, 0x00000000, 0, 0xACCC2828, 0x00000000, F_CF|F_ZF, 0   ; btc 0x8CCC2828,3809126141
OPTABLE_END

tbl_bsf16_rr:
OPTABLE bsf16_rr, bsf16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57777, 0x3C3C0001, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsf 0x0001
OPC 0xA5A57777, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsf 0xFFFF
OPC 0xA5A57777, 0x3C3C8000, 0x00000000, 0, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsf 0x8000
OPC 0xA5A57777, 0x3C3C0100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50008, 0x00000000, F_ZF, 0   ; bsf 0x0100
OPC 0xA5A57777, 0x3C3C4300, 0x00000000, 0, 0xA5A50008, 0x00000000, F_ZF, 0   ; bsf 0x4300
OPC 0xA5A57777, 0x3C3C5601, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsf 0x5601
OPC 0xA5A57777, 0x3C3C0782, 0x00000000, 0, 0xA5A50001, 0x00000000, F_ZF, 0   ; bsf 0x0782
OPTABLE_END

tbl_bsf16_rm:
OPTABLE bsf16_rm, bsf16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57777, 0x3C3C0001, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsf 0x0001
OPC 0xA5A57777, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsf 0xFFFF
OPC 0xA5A57777, 0x3C3C8000, 0x00000000, 0, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsf 0x8000
OPC 0xA5A57777, 0x3C3C0100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50008, 0x00000000, F_ZF, 0   ; bsf 0x0100
OPC 0xA5A57777, 0x3C3C4300, 0x00000000, 0, 0xA5A50008, 0x00000000, F_ZF, 0   ; bsf 0x4300
OPC 0xA5A57777, 0x3C3C9312, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50001, 0x00000000, F_ZF, 0   ; bsf 0x9312
OPC 0xA5A57777, 0x3C3C06B2, 0x00000000, 0, 0xA5A50001, 0x00000000, F_ZF, 0   ; bsf 0x06B2
OPTABLE_END

tbl_bsf16_zero_src:
OPTABLE bsf16_zero_src, bsf16_zero, 0xFFFFFFFF, 0x00000000
OPC 0xA5A51234, 0x3C3C0000, 0x00000000, 0, 0xA5A51234, 0x00000000, F_ZF, F_ZF   ; bsf of 0: ZF=1, destination unchanged (AMD APM; Intel: undefined)
OPC 0x89ABCDEF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_SF|F_OF, 0x89ABCDEF, 0x00000000, F_ZF, F_ZF   ; bsf of 0 with ZF clear before
OPTABLE_END

tbl_bsf32_rr:
OPTABLE bsf32_rr, bsf32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00007777, 0x00000001, 0x00000000, 0, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0x00000001
OPC 0x00007777, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0xFFFFFFFF
OPC 0x00007777, 0x80000000, 0x00000000, 0, 0x0000001F, 0x00000000, F_ZF, 0   ; bsf 0x80000000
OPC 0x00007777, 0x00000100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000008, 0x00000000, F_ZF, 0   ; bsf 0x00000100
OPC 0x00007777, 0x40000300, 0x00000000, 0, 0x00000008, 0x00000000, F_ZF, 0   ; bsf 0x40000300
OPC 0x00007777, 0x8CF9BE8B, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0x8CF9BE8B
OPC 0x00007777, 0x07B2C243, 0x00000000, 0, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0x07B2C243
OPTABLE_END

tbl_bsf32_rm:
OPTABLE bsf32_rm, bsf32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x00007777, 0x00000001, 0x00000000, 0, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0x00000001
OPC 0x00007777, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0xFFFFFFFF
OPC 0x00007777, 0x80000000, 0x00000000, 0, 0x0000001F, 0x00000000, F_ZF, 0   ; bsf 0x80000000
OPC 0x00007777, 0x00000100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000008, 0x00000000, F_ZF, 0   ; bsf 0x00000100
OPC 0x00007777, 0x40000300, 0x00000000, 0, 0x00000008, 0x00000000, F_ZF, 0   ; bsf 0x40000300
OPC 0x00007777, 0xA4DCB993, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000000, 0x00000000, F_ZF, 0   ; bsf 0xA4DCB993
OPC 0x00007777, 0x03AF1096, 0x00000000, 0, 0x00000001, 0x00000000, F_ZF, 0   ; bsf 0x03AF1096
OPTABLE_END

tbl_bsf32_zero_src:
OPTABLE bsf32_zero_src, bsf32_zero, 0xFFFFFFFF, 0x00000000
OPC 0x00001234, 0x00000000, 0x00000000, 0, 0x00001234, 0x00000000, F_ZF, F_ZF   ; bsf of 0: ZF=1, destination unchanged (AMD APM; Intel: undefined)
OPC 0x89ABCDEF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_SF|F_OF, 0x89ABCDEF, 0x00000000, F_ZF, F_ZF   ; bsf of 0 with ZF clear before
OPTABLE_END

tbl_bsr16_rr:
OPTABLE bsr16_rr, bsr16_rr, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57777, 0x3C3C0001, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsr 0x0001
OPC 0xA5A57777, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsr 0xFFFF
OPC 0xA5A57777, 0x3C3C8000, 0x00000000, 0, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsr 0x8000
OPC 0xA5A57777, 0x3C3C0100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50008, 0x00000000, F_ZF, 0   ; bsr 0x0100
OPC 0xA5A57777, 0x3C3C4300, 0x00000000, 0, 0xA5A5000E, 0x00000000, F_ZF, 0   ; bsr 0x4300
OPC 0xA5A57777, 0x3C3C5485, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000E, 0x00000000, F_ZF, 0   ; bsr 0x5485
OPC 0xA5A57777, 0x3C3C051C, 0x00000000, 0, 0xA5A5000A, 0x00000000, F_ZF, 0   ; bsr 0x051C
OPTABLE_END

tbl_bsr16_rm:
OPTABLE bsr16_rm, bsr16_rm, 0xFFFFFFFF, 0x00000000
OPC 0xA5A57777, 0x3C3C0001, 0x00000000, 0, 0xA5A50000, 0x00000000, F_ZF, 0   ; bsr 0x0001
OPC 0xA5A57777, 0x3C3CFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsr 0xFFFF
OPC 0xA5A57777, 0x3C3C8000, 0x00000000, 0, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsr 0x8000
OPC 0xA5A57777, 0x3C3C0100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A50008, 0x00000000, F_ZF, 0   ; bsr 0x0100
OPC 0xA5A57777, 0x3C3C4300, 0x00000000, 0, 0xA5A5000E, 0x00000000, F_ZF, 0   ; bsr 0x4300
OPC 0xA5A57777, 0x3C3CEC83, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5000F, 0x00000000, F_ZF, 0   ; bsr 0xEC83
OPC 0xA5A57777, 0x3C3C0306, 0x00000000, 0, 0xA5A50009, 0x00000000, F_ZF, 0   ; bsr 0x0306
OPTABLE_END

tbl_bsr16_zero_src:
OPTABLE bsr16_zero_src, bsr16_zero, 0xFFFFFFFF, 0x00000000
OPC 0xA5A51234, 0x3C3C0000, 0x00000000, 0, 0xA5A51234, 0x00000000, F_ZF, F_ZF   ; bsr of 0: ZF=1, destination unchanged (AMD APM; Intel: undefined)
OPC 0x89ABCDEF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_SF|F_OF, 0x89ABCDEF, 0x00000000, F_ZF, F_ZF   ; bsr of 0 with ZF clear before
OPTABLE_END

tbl_bsr32_rr:
OPTABLE bsr32_rr, bsr32_rr, 0xFFFFFFFF, 0x00000000
OPC 0x00007777, 0x00000001, 0x00000000, 0, 0x00000000, 0x00000000, F_ZF, 0   ; bsr 0x00000001
OPC 0x00007777, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000001F, 0x00000000, F_ZF, 0   ; bsr 0xFFFFFFFF
OPC 0x00007777, 0x80000000, 0x00000000, 0, 0x0000001F, 0x00000000, F_ZF, 0   ; bsr 0x80000000
OPC 0x00007777, 0x00000100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000008, 0x00000000, F_ZF, 0   ; bsr 0x00000100
OPC 0x00007777, 0x40000300, 0x00000000, 0, 0x0000001E, 0x00000000, F_ZF, 0   ; bsr 0x40000300
OPC 0x00007777, 0x58F12D66, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000001E, 0x00000000, F_ZF, 0   ; bsr 0x58F12D66
OPC 0x00007777, 0x048C0B3D, 0x00000000, 0, 0x0000001A, 0x00000000, F_ZF, 0   ; bsr 0x048C0B3D
OPTABLE_END

tbl_bsr32_rm:
OPTABLE bsr32_rm, bsr32_rm, 0xFFFFFFFF, 0x00000000
OPC 0x00007777, 0x00000001, 0x00000000, 0, 0x00000000, 0x00000000, F_ZF, 0   ; bsr 0x00000001
OPC 0x00007777, 0xFFFFFFFF, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000001F, 0x00000000, F_ZF, 0   ; bsr 0xFFFFFFFF
OPC 0x00007777, 0x80000000, 0x00000000, 0, 0x0000001F, 0x00000000, F_ZF, 0   ; bsr 0x80000000
OPC 0x00007777, 0x00000100, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x00000008, 0x00000000, F_ZF, 0   ; bsr 0x00000100
OPC 0x00007777, 0x40000300, 0x00000000, 0, 0x0000001E, 0x00000000, F_ZF, 0   ; bsr 0x40000300
OPC 0x00007777, 0x542C6159, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0x0000001E, 0x00000000, F_ZF, 0   ; bsr 0x542C6159
OPC 0x00007777, 0x00038CCF, 0x00000000, 0, 0x00000011, 0x00000000, F_ZF, 0   ; bsr 0x00038CCF
OPTABLE_END

tbl_bsr32_zero_src:
OPTABLE bsr32_zero_src, bsr32_zero, 0xFFFFFFFF, 0x00000000
OPC 0x00001234, 0x00000000, 0x00000000, 0, 0x00001234, 0x00000000, F_ZF, F_ZF   ; bsr of 0: ZF=1, destination unchanged (AMD APM; Intel: undefined)
OPC 0x89ABCDEF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_SF|F_OF, 0x89ABCDEF, 0x00000000, F_ZF, F_ZF   ; bsr of 0 with ZF clear before
OPTABLE_END

%ifndef SELFTEST
tbl_bt16_ri:
OPTABLE bt16_ri, bt16_ri, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_CF|F_ZF, 0   ; bt 0x0000,13
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0xFFFF,13
OPC 0xA5A51642, 0x3C3C0000, 0x00000000, 0, 0xA5A51642, 0x00000000, F_CF|F_ZF, 0   ; bt 0x1642,13
OPTABLE_END

tbl_bt16_ri_masked:
OPTABLE bt16_ri_masked, bt16_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_CF|F_ZF, 0   ; bt 0x0000,18
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0xFFFF,18
OPC 0xA5A5943D, 0x3C3C0000, 0x00000000, 0, 0xA5A5943D, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0x943D,18
OPTABLE_END

tbl_bt32_ri:
OPTABLE bt32_ri, bt32_ri, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_CF|F_ZF, 0   ; bt 0x00000000,29
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0xFFFFFFFF,29
OPC 0x274A09D0, 0x00000000, 0x00000000, 0, 0x274A09D0, 0x00000000, F_CF|F_ZF, F_CF   ; bt 0x274A09D0,29
OPTABLE_END

tbl_bt32_ri_masked:
OPTABLE bt32_ri_masked, bt32_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_CF|F_ZF, 0   ; bt 0x00000000,97
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bt 0xFFFFFFFF,97
OPC 0xDB980A44, 0x00000000, 0x00000000, 0, 0xDB980A44, 0x00000000, F_CF|F_ZF, 0   ; bt 0xDB980A44,97
OPTABLE_END

tbl_bts16_ri:
OPTABLE bts16_ri, bts16_ri, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A52000, 0x00000000, F_CF|F_ZF, 0   ; bts 0x0000,13
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0xFFFF,13
OPC 0xA5A542C4, 0x3C3C0000, 0x00000000, 0, 0xA5A562C4, 0x00000000, F_CF|F_ZF, 0   ; bts 0x42C4,13
OPTABLE_END

tbl_bts16_ri_masked:
OPTABLE bts16_ri_masked, bts16_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50004, 0x00000000, F_CF|F_ZF, 0   ; bts 0x0000,18
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0xFFFF,18
OPC 0xA5A5D79F, 0x3C3C0000, 0x00000000, 0, 0xA5A5D79F, 0x00000000, F_CF|F_ZF, F_CF   ; bts 0xD79F,18
OPTABLE_END

tbl_bts32_ri:
OPTABLE bts32_ri, bts32_ri, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x20000000, 0x00000000, F_CF|F_ZF, 0   ; bts 0x00000000,29
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0xFFFFFFFF,29
OPC 0xD235AE03, 0x00000000, 0x00000000, 0, 0xF235AE03, 0x00000000, F_CF|F_ZF, 0   ; bts 0xD235AE03,29
OPTABLE_END

tbl_bts32_ri_masked:
OPTABLE bts32_ri_masked, bts32_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000002, 0x00000000, F_CF|F_ZF, 0   ; bts 0x00000000,97
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; bts 0xFFFFFFFF,97
OPC 0x8D1DF214, 0x00000000, 0x00000000, 0, 0x8D1DF216, 0x00000000, F_CF|F_ZF, 0   ; bts 0x8D1DF214,97
OPTABLE_END

tbl_btr16_ri:
OPTABLE btr16_ri, btr16_ri, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_CF|F_ZF, 0   ; btr 0x0000,13
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5DFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0xFFFF,13
OPC 0xA5A5FAD2, 0x3C3C0000, 0x00000000, 0, 0xA5A5DAD2, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0xFAD2,13
OPTABLE_END

tbl_btr16_ri_masked:
OPTABLE btr16_ri_masked, btr16_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50000, 0x00000000, F_CF|F_ZF, 0   ; btr 0x0000,18
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFB, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0xFFFF,18
OPC 0xA5A538B6, 0x3C3C0000, 0x00000000, 0, 0xA5A538B2, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0x38B6,18
OPTABLE_END

tbl_btr32_ri:
OPTABLE btr32_ri, btr32_ri, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_CF|F_ZF, 0   ; btr 0x00000000,29
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xDFFFFFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0xFFFFFFFF,29
OPC 0xECB2906F, 0x00000000, 0x00000000, 0, 0xCCB2906F, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0xECB2906F,29
OPTABLE_END

tbl_btr32_ri_masked:
OPTABLE btr32_ri_masked, btr32_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000000, 0x00000000, F_CF|F_ZF, 0   ; btr 0x00000000,97
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFD, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btr 0xFFFFFFFF,97
OPC 0xE50DAB6E, 0x00000000, 0x00000000, 0, 0xE50DAB6C, 0x00000000, F_CF|F_ZF, F_CF   ; btr 0xE50DAB6E,97
OPTABLE_END

tbl_btc16_ri:
OPTABLE btc16_ri, btc16_ri, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A52000, 0x00000000, F_CF|F_ZF, 0   ; btc 0x0000,13
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5DFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0xFFFF,13
OPC 0xA5A52FEF, 0x3C3C0000, 0x00000000, 0, 0xA5A50FEF, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0x2FEF,13
OPTABLE_END

tbl_btc16_ri_masked:
OPTABLE btc16_ri_masked, btc16_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0xA5A50000, 0x3C3C0000, 0x00000000, 0, 0xA5A50004, 0x00000000, F_CF|F_ZF, 0   ; btc 0x0000,18
OPC 0xA5A5FFFF, 0x3C3C0000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xA5A5FFFB, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0xFFFF,18
OPC 0xA5A53548, 0x3C3C0000, 0x00000000, 0, 0xA5A5354C, 0x00000000, F_CF|F_ZF, 0   ; btc 0x3548,18
OPTABLE_END

tbl_btc32_ri:
OPTABLE btc32_ri, btc32_ri, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x20000000, 0x00000000, F_CF|F_ZF, 0   ; btc 0x00000000,29
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xDFFFFFFF, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0xFFFFFFFF,29
OPC 0x268BCBD1, 0x00000000, 0x00000000, 0, 0x068BCBD1, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0x268BCBD1,29
OPTABLE_END

tbl_btc32_ri_masked:
OPTABLE btc32_ri_masked, btc32_ri_masked, 0xFFFFFFFF, 0x00000000
OPC 0x00000000, 0x00000000, 0x00000000, 0, 0x00000002, 0x00000000, F_CF|F_ZF, 0   ; btc 0x00000000,97
OPC 0xFFFFFFFF, 0x00000000, 0x00000000, F_CF|F_PF|F_AF|F_ZF|F_SF|F_OF, 0xFFFFFFFD, 0x00000000, F_CF|F_ZF, F_CF|F_ZF   ; btc 0xFFFFFFFF,97
OPC 0xDF90F55A, 0x00000000, 0x00000000, 0, 0xDF90F558, 0x00000000, F_CF|F_ZF, F_CF   ; btc 0xDF90F55A,97
OPTABLE_END

%endif
; bit_fill: DS:0x980..0xA7F = pattern ((i*37+11) & 0xFF)
bit_fill:
    push bx
    push ax
    xor bx, bx
    mov al, 11
.f: mov [bx+0x980], al
    add al, 37
    inc bx
    cmp bx, 0x100
    jb .f
    pop ax
    pop bx
    ret

TEST_GROUP bit
    mov si, tbl_bt16_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_bt16_ri
    call opt_run
    mov si, tbl_bt16_ri_masked
    call opt_run
%endif
    mov si, tbl_bt32_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_bt32_ri
    call opt_run
    mov si, tbl_bt32_ri_masked
    call opt_run
%endif
    mov si, tbl_bts16_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_bts16_ri
    call opt_run
    mov si, tbl_bts16_ri_masked
    call opt_run
%endif
    mov si, tbl_bts32_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_bts32_ri
    call opt_run
    mov si, tbl_bts32_ri_masked
    call opt_run
%endif
    mov si, tbl_btr16_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_btr16_ri
    call opt_run
    mov si, tbl_btr16_ri_masked
    call opt_run
%endif
    mov si, tbl_btr32_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_btr32_ri
    call opt_run
    mov si, tbl_btr32_ri_masked
    call opt_run
%endif
    mov si, tbl_btc16_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_btc16_ri
    call opt_run
    mov si, tbl_btc16_ri_masked
    call opt_run
%endif
    mov si, tbl_btc32_rr
    call opt_run
%ifndef SELFTEST
    mov si, tbl_btc32_ri
    call opt_run
    mov si, tbl_btc32_ri_masked
    call opt_run
%endif
    mov si, tbl_bsf16_rr
    call opt_run
    mov si, tbl_bsf16_rm
    call opt_run
    mov si, tbl_bsf16_zero_src
    call opt_run
    mov si, tbl_bsf32_rr
    call opt_run
    mov si, tbl_bsf32_rm
    call opt_run
    mov si, tbl_bsf32_zero_src
    call opt_run
    mov si, tbl_bsr16_rr
    call opt_run
    mov si, tbl_bsr16_rm
    call opt_run
    mov si, tbl_bsr16_zero_src
    call opt_run
    mov si, tbl_bsr32_rr
    call opt_run
    mov si, tbl_bsr32_rm
    call opt_run
    mov si, tbl_bsr32_zero_src
    call opt_run

%ifndef SELFTEST
    ; ---------------------------------------------------- memory operands
    ; bytes 0x980..0xA7F hold a pattern, the bit string's base is 0xA00;
    ; register offsets are signed and may leave the addressed word.
    call bit_fill
    mov bx, 0
    SET_FLAGS 0x0000
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_0_cf, F_CF|F_ZF, 0x0001
    call bit_fill
    mov bx, 5
    SET_FLAGS 0x0040
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_5_cf, F_CF|F_ZF, 0x0040
    call bit_fill
    mov bx, 15
    SET_FLAGS 0x0040
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_15_cf, F_CF|F_ZF, 0x0041
    call bit_fill
    mov bx, 16
    SET_FLAGS 0x0000
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_16_cf, F_CF|F_ZF, 0x0001
    call bit_fill
    mov bx, 19
    SET_FLAGS 0x0040
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_19_cf, F_CF|F_ZF, 0x0040
    call bit_fill
    mov bx, 100
    SET_FLAGS 0x0000
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_100_cf, F_CF|F_ZF, 0x0000
    call bit_fill
    mov bx, -1
    SET_FLAGS 0x0040
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    call bit_fill
    mov bx, -17
    SET_FLAGS 0x0040
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_m17_cf, F_CF|F_ZF, 0x0040
    call bit_fill
    mov bx, -100
    SET_FLAGS 0x0000
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    call bit_fill
    mov bx, 44
    SET_FLAGS 0x0000
    bt word [0xA00], bx
    CHECK_FLAGS bt16_mem_off_44_cf, F_CF|F_ZF, 0x0000
    call bit_fill
    mov ebx, 0
    SET_FLAGS 0x0000
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_0_cf, F_CF|F_ZF, 0x0001
    call bit_fill
    mov ebx, 5
    SET_FLAGS 0x0040
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_5_cf, F_CF|F_ZF, 0x0040
    call bit_fill
    mov ebx, 31
    SET_FLAGS 0x0040
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_31_cf, F_CF|F_ZF, 0x0041
    call bit_fill
    mov ebx, 32
    SET_FLAGS 0x0000
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_32_cf, F_CF|F_ZF, 0x0001
    call bit_fill
    mov ebx, 35
    SET_FLAGS 0x0040
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_35_cf, F_CF|F_ZF, 0x0041
    call bit_fill
    mov ebx, 100
    SET_FLAGS 0x0000
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_100_cf, F_CF|F_ZF, 0x0000
    call bit_fill
    mov ebx, -1
    SET_FLAGS 0x0040
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    call bit_fill
    mov ebx, -33
    SET_FLAGS 0x0040
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_m33_cf, F_CF|F_ZF, 0x0041
    call bit_fill
    mov ebx, -100
    SET_FLAGS 0x0000
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    call bit_fill
    mov ebx, 752
    SET_FLAGS 0x0000
    bt dword [0xA00], ebx
    CHECK_FLAGS bt32_mem_off_752_cf, F_CF|F_ZF, 0x0001
    call bit_fill
    mov bx, 0
    SET_FLAGS 0x0000
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_0_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts16_mem_off_0_byte, byte [0xA00], 0x8B
    call bit_fill
    mov bx, 5
    SET_FLAGS 0x0040
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_5_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 bts16_mem_off_5_byte, byte [0xA00], 0xAB
    call bit_fill
    mov bx, 15
    SET_FLAGS 0x0040
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_15_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 bts16_mem_off_15_byte, byte [0xA01], 0xB0
    call bit_fill
    mov bx, 16
    SET_FLAGS 0x0000
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_16_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts16_mem_off_16_byte, byte [0xA02], 0xD5
    call bit_fill
    mov bx, 19
    SET_FLAGS 0x0040
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_19_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 bts16_mem_off_19_byte, byte [0xA02], 0xDD
    call bit_fill
    mov bx, 100
    SET_FLAGS 0x0000
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 bts16_mem_off_100_byte, byte [0xA0C], 0x57
    call bit_fill
    mov bx, -1
    SET_FLAGS 0x0040
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 bts16_mem_off_m1_byte, byte [0x9FF], 0xE6
    call bit_fill
    mov bx, -17
    SET_FLAGS 0x0040
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_m17_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 bts16_mem_off_m17_byte, byte [0x9FD], 0x9C
    call bit_fill
    mov bx, -100
    SET_FLAGS 0x0000
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 bts16_mem_off_m100_byte, byte [0x9F3], 0xBA
    call bit_fill
    mov bx, 44
    SET_FLAGS 0x0000
    bts word [0xA00], bx
    CHECK_FLAGS bts16_mem_off_44_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 bts16_mem_off_44_byte, byte [0xA05], 0x54
    call bit_fill
    mov ebx, 0
    SET_FLAGS 0x0000
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_0_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts32_mem_off_0_byte, byte [0xA00], 0x8B
    call bit_fill
    mov ebx, 5
    SET_FLAGS 0x0040
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_5_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 bts32_mem_off_5_byte, byte [0xA00], 0xAB
    call bit_fill
    mov ebx, 31
    SET_FLAGS 0x0040
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_31_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 bts32_mem_off_31_byte, byte [0xA03], 0xFA
    call bit_fill
    mov ebx, 32
    SET_FLAGS 0x0000
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_32_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts32_mem_off_32_byte, byte [0xA04], 0x1F
    call bit_fill
    mov ebx, 35
    SET_FLAGS 0x0040
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_35_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 bts32_mem_off_35_byte, byte [0xA04], 0x1F
    call bit_fill
    mov ebx, 100
    SET_FLAGS 0x0000
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 bts32_mem_off_100_byte, byte [0xA0C], 0x57
    call bit_fill
    mov ebx, -1
    SET_FLAGS 0x0040
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 bts32_mem_off_m1_byte, byte [0x9FF], 0xE6
    call bit_fill
    mov ebx, -33
    SET_FLAGS 0x0040
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_m33_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 bts32_mem_off_m33_byte, byte [0x9FB], 0xD2
    call bit_fill
    mov ebx, -100
    SET_FLAGS 0x0000
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 bts32_mem_off_m100_byte, byte [0x9F3], 0xBA
    call bit_fill
    mov ebx, 752
    SET_FLAGS 0x0000
    bts dword [0xA00], ebx
    CHECK_FLAGS bts32_mem_off_752_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts32_mem_off_752_byte, byte [0xA5E], 0x21
    call bit_fill
    mov bx, 0
    SET_FLAGS 0x0000
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_0_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr16_mem_off_0_byte, byte [0xA00], 0x8A
    call bit_fill
    mov bx, 5
    SET_FLAGS 0x0040
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_5_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btr16_mem_off_5_byte, byte [0xA00], 0x8B
    call bit_fill
    mov bx, 15
    SET_FLAGS 0x0040
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_15_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btr16_mem_off_15_byte, byte [0xA01], 0x30
    call bit_fill
    mov bx, 16
    SET_FLAGS 0x0000
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_16_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr16_mem_off_16_byte, byte [0xA02], 0xD4
    call bit_fill
    mov bx, 19
    SET_FLAGS 0x0040
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_19_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btr16_mem_off_19_byte, byte [0xA02], 0xD5
    call bit_fill
    mov bx, 100
    SET_FLAGS 0x0000
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btr16_mem_off_100_byte, byte [0xA0C], 0x47
    call bit_fill
    mov bx, -1
    SET_FLAGS 0x0040
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btr16_mem_off_m1_byte, byte [0x9FF], 0x66
    call bit_fill
    mov bx, -17
    SET_FLAGS 0x0040
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_m17_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btr16_mem_off_m17_byte, byte [0x9FD], 0x1C
    call bit_fill
    mov bx, -100
    SET_FLAGS 0x0000
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btr16_mem_off_m100_byte, byte [0x9F3], 0xAA
    call bit_fill
    mov bx, 44
    SET_FLAGS 0x0000
    btr word [0xA00], bx
    CHECK_FLAGS btr16_mem_off_44_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btr16_mem_off_44_byte, byte [0xA05], 0x44
    call bit_fill
    mov ebx, 0
    SET_FLAGS 0x0000
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_0_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr32_mem_off_0_byte, byte [0xA00], 0x8A
    call bit_fill
    mov ebx, 5
    SET_FLAGS 0x0040
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_5_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btr32_mem_off_5_byte, byte [0xA00], 0x8B
    call bit_fill
    mov ebx, 31
    SET_FLAGS 0x0040
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_31_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btr32_mem_off_31_byte, byte [0xA03], 0x7A
    call bit_fill
    mov ebx, 32
    SET_FLAGS 0x0000
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_32_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr32_mem_off_32_byte, byte [0xA04], 0x1E
    call bit_fill
    mov ebx, 35
    SET_FLAGS 0x0040
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_35_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btr32_mem_off_35_byte, byte [0xA04], 0x17
    call bit_fill
    mov ebx, 100
    SET_FLAGS 0x0000
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btr32_mem_off_100_byte, byte [0xA0C], 0x47
    call bit_fill
    mov ebx, -1
    SET_FLAGS 0x0040
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btr32_mem_off_m1_byte, byte [0x9FF], 0x66
    call bit_fill
    mov ebx, -33
    SET_FLAGS 0x0040
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_m33_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btr32_mem_off_m33_byte, byte [0x9FB], 0x52
    call bit_fill
    mov ebx, -100
    SET_FLAGS 0x0000
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btr32_mem_off_m100_byte, byte [0x9F3], 0xAA
    call bit_fill
    mov ebx, 752
    SET_FLAGS 0x0000
    btr dword [0xA00], ebx
    CHECK_FLAGS btr32_mem_off_752_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr32_mem_off_752_byte, byte [0xA5E], 0x20
    call bit_fill
    mov bx, 0
    SET_FLAGS 0x0000
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_0_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc16_mem_off_0_byte, byte [0xA00], 0x8A
    call bit_fill
    mov bx, 5
    SET_FLAGS 0x0040
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_5_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btc16_mem_off_5_byte, byte [0xA00], 0xAB
    call bit_fill
    mov bx, 15
    SET_FLAGS 0x0040
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_15_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btc16_mem_off_15_byte, byte [0xA01], 0x30
    call bit_fill
    mov bx, 16
    SET_FLAGS 0x0000
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_16_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc16_mem_off_16_byte, byte [0xA02], 0xD4
    call bit_fill
    mov bx, 19
    SET_FLAGS 0x0040
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_19_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btc16_mem_off_19_byte, byte [0xA02], 0xDD
    call bit_fill
    mov bx, 100
    SET_FLAGS 0x0000
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btc16_mem_off_100_byte, byte [0xA0C], 0x57
    call bit_fill
    mov bx, -1
    SET_FLAGS 0x0040
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btc16_mem_off_m1_byte, byte [0x9FF], 0xE6
    call bit_fill
    mov bx, -17
    SET_FLAGS 0x0040
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_m17_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btc16_mem_off_m17_byte, byte [0x9FD], 0x9C
    call bit_fill
    mov bx, -100
    SET_FLAGS 0x0000
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btc16_mem_off_m100_byte, byte [0x9F3], 0xBA
    call bit_fill
    mov bx, 44
    SET_FLAGS 0x0000
    btc word [0xA00], bx
    CHECK_FLAGS btc16_mem_off_44_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btc16_mem_off_44_byte, byte [0xA05], 0x54
    call bit_fill
    mov ebx, 0
    SET_FLAGS 0x0000
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_0_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc32_mem_off_0_byte, byte [0xA00], 0x8A
    call bit_fill
    mov ebx, 5
    SET_FLAGS 0x0040
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_5_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btc32_mem_off_5_byte, byte [0xA00], 0xAB
    call bit_fill
    mov ebx, 31
    SET_FLAGS 0x0040
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_31_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btc32_mem_off_31_byte, byte [0xA03], 0x7A
    call bit_fill
    mov ebx, 32
    SET_FLAGS 0x0000
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_32_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc32_mem_off_32_byte, byte [0xA04], 0x1E
    call bit_fill
    mov ebx, 35
    SET_FLAGS 0x0040
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_35_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btc32_mem_off_35_byte, byte [0xA04], 0x17
    call bit_fill
    mov ebx, 100
    SET_FLAGS 0x0000
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btc32_mem_off_100_byte, byte [0xA0C], 0x57
    call bit_fill
    mov ebx, -1
    SET_FLAGS 0x0040
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_m1_cf, F_CF|F_ZF, 0x0040
    CHECK_EQ8 btc32_mem_off_m1_byte, byte [0x9FF], 0xE6
    call bit_fill
    mov ebx, -33
    SET_FLAGS 0x0040
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_m33_cf, F_CF|F_ZF, 0x0041
    CHECK_EQ8 btc32_mem_off_m33_byte, byte [0x9FB], 0x52
    call bit_fill
    mov ebx, -100
    SET_FLAGS 0x0000
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_m100_cf, F_CF|F_ZF, 0x0000
    CHECK_EQ8 btc32_mem_off_m100_byte, byte [0x9F3], 0xBA
    call bit_fill
    mov ebx, 752
    SET_FLAGS 0x0000
    btc dword [0xA00], ebx
    CHECK_FLAGS btc32_mem_off_752_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc32_mem_off_752_byte, byte [0xA5E], 0x20
    call bit_fill
    SET_FLAGS 0
    bt word [0xA00], 3
    CHECK_FLAGS bt16_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bt16_mem_imm_3_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bt word [0xA00], 15
    CHECK_FLAGS bt16_mem_imm_15_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bt16_mem_imm_15_byte, byte [0xA01], 0xB0
    call bit_fill
    SET_FLAGS 0
    bt word [0xA00], 17
    CHECK_FLAGS bt16_mem_imm_17_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bt16_mem_imm_17_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bt dword [0xA00], 3
    CHECK_FLAGS bt32_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bt32_mem_imm_3_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bt dword [0xA00], 31
    CHECK_FLAGS bt32_mem_imm_31_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bt32_mem_imm_31_byte, byte [0xA03], 0xFA
    call bit_fill
    SET_FLAGS 0
    bt dword [0xA00], 33
    CHECK_FLAGS bt32_mem_imm_33_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bt32_mem_imm_33_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bts word [0xA00], 3
    CHECK_FLAGS bts16_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts16_mem_imm_3_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bts word [0xA00], 15
    CHECK_FLAGS bts16_mem_imm_15_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts16_mem_imm_15_byte, byte [0xA01], 0xB0
    call bit_fill
    SET_FLAGS 0
    bts word [0xA00], 17
    CHECK_FLAGS bts16_mem_imm_17_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts16_mem_imm_17_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bts dword [0xA00], 3
    CHECK_FLAGS bts32_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts32_mem_imm_3_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    bts dword [0xA00], 31
    CHECK_FLAGS bts32_mem_imm_31_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts32_mem_imm_31_byte, byte [0xA03], 0xFA
    call bit_fill
    SET_FLAGS 0
    bts dword [0xA00], 33
    CHECK_FLAGS bts32_mem_imm_33_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 bts32_mem_imm_33_byte, byte [0xA00], 0x8B
    call bit_fill
    SET_FLAGS 0
    btr word [0xA00], 3
    CHECK_FLAGS btr16_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr16_mem_imm_3_byte, byte [0xA00], 0x83
    call bit_fill
    SET_FLAGS 0
    btr word [0xA00], 15
    CHECK_FLAGS btr16_mem_imm_15_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr16_mem_imm_15_byte, byte [0xA01], 0x30
    call bit_fill
    SET_FLAGS 0
    btr word [0xA00], 17
    CHECK_FLAGS btr16_mem_imm_17_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr16_mem_imm_17_byte, byte [0xA00], 0x89
    call bit_fill
    SET_FLAGS 0
    btr dword [0xA00], 3
    CHECK_FLAGS btr32_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr32_mem_imm_3_byte, byte [0xA00], 0x83
    call bit_fill
    SET_FLAGS 0
    btr dword [0xA00], 31
    CHECK_FLAGS btr32_mem_imm_31_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr32_mem_imm_31_byte, byte [0xA03], 0x7A
    call bit_fill
    SET_FLAGS 0
    btr dword [0xA00], 33
    CHECK_FLAGS btr32_mem_imm_33_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btr32_mem_imm_33_byte, byte [0xA00], 0x89
    call bit_fill
    SET_FLAGS 0
    btc word [0xA00], 3
    CHECK_FLAGS btc16_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc16_mem_imm_3_byte, byte [0xA00], 0x83
    call bit_fill
    SET_FLAGS 0
    btc word [0xA00], 15
    CHECK_FLAGS btc16_mem_imm_15_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc16_mem_imm_15_byte, byte [0xA01], 0x30
    call bit_fill
    SET_FLAGS 0
    btc word [0xA00], 17
    CHECK_FLAGS btc16_mem_imm_17_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc16_mem_imm_17_byte, byte [0xA00], 0x89
    call bit_fill
    SET_FLAGS 0
    btc dword [0xA00], 3
    CHECK_FLAGS btc32_mem_imm_3_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc32_mem_imm_3_byte, byte [0xA00], 0x83
    call bit_fill
    SET_FLAGS 0
    btc dword [0xA00], 31
    CHECK_FLAGS btc32_mem_imm_31_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc32_mem_imm_31_byte, byte [0xA03], 0x7A
    call bit_fill
    SET_FLAGS 0
    btc dword [0xA00], 33
    CHECK_FLAGS btc32_mem_imm_33_cf, F_CF|F_ZF, 0x0001
    CHECK_EQ8 btc32_mem_imm_33_byte, byte [0xA00], 0x89
%endif
    call bit_fill
    mov ebx, 0xA00
    mov eax, -9
    SET_FLAGS 0
    bts dword [ebx], eax
    CHECK_FLAGS bts32_mem_addr32_ebx_cf, F_CF, 0x0000
    CHECK_EQ8 bts32_mem_addr32_ebx_byte, byte [0x9FE], 0xC1
    call bit_fill
    mov esi, 0xA00
    mov eax, 70
    SET_FLAGS 0
    btc dword [esi], eax
    CHECK_FLAGS btc32_mem_addr32_esi_cf, F_CF, 0x0000
    CHECK_EQ8 btc32_mem_addr32_esi_byte, byte [0xA08], 0xF3
    call bit_fill
    mov edi, 0xA00
    mov eax, -33
    SET_FLAGS 0
    btr dword [edi], eax
    CHECK_FLAGS btr32_mem_addr32_edi_cf, F_CF, 0x0001
    CHECK_EQ8 btr32_mem_addr32_edi_byte, byte [0x9FB], 0x52
TEST_GROUP_END
