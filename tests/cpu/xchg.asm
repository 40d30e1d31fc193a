; xchg.asm - XCHG (short 90+r forms, r/m forms, memory), XADD (flags as
; ADD), CMPXCHG (equal: ZF=1 and the source is stored; not equal: ZF=0 and
; the accumulator is loaded; flags as CMP accumulator,destination),
; CMPXCHG8B (only ZF changes), BSWAP.
%include "rom.inc"

TEST_GROUP xchg
    ; ---------------------------------------------------- XCHG
    mov ax, 0x1111
    mov bx, 0x2222
    xchg ax, bx                 ; 93
    CHECK_EQ xchg_ax_bx_ax, ax, 0x2222
    CHECK_EQ xchg_ax_bx_bx, bx, 0x1111
    mov eax, 0x11111111
    mov edi, 0x77777777
    xchg eax, edi               ; 66 97
    CHECK_EQ32 xchg_eax_edi_eax, eax, 0x77777777
    CHECK_EQ32 xchg_eax_edi_edi, edi, 0x11111111
    mov cx, 0x1234
    xchg cl, ch                 ; 86 /r
    CHECK_EQ xchg_cl_ch, cx, 0x3412
    mov dx, 0xAAAA
    mov si, 0x5555
    xchg dx, si                 ; 87 /r
    CHECK_EQ xchg_dx_si, dx, 0x5555
    mov word [0x600], 0xBEEF
    mov ax, 0xCAFE
    xchg [0x600], ax
    CHECK_EQ xchg_mem_reg, ax, 0xBEEF
    CHECK_EQ xchg_mem_mem, word [0x600], 0xCAFE
    mov dword [0x604], 0x01020304
    mov ebx, 0x0A0B0C0D
    xchg ebx, [0x604]
    CHECK_EQ32 xchg_mem32_reg, ebx, 0x01020304
    CHECK_EQ32 xchg_mem32_mem, dword [0x604], 0x0A0B0C0D
    mov byte [0x608], 0x5A
    mov ah, 0xA5
    xchg ah, [0x608]
    CHECK_EQ8 xchg_mem8_ah, ah, 0x5A
    SET_FLAGS F_ARITH
    xchg ax, cx
    CHECK_FLAGS xchg_keeps_flags, F_ARITH, F_ARITH
    mov eax, 0x12345678
    db 0x90                     ; NOP (xchg ax, ax)
    CHECK_EQ32 nop_90, eax, 0x12345678

    ; ---------------------------------------------------- XADD
    mov al, 0x7F
    mov bl, 0x01
    xadd al, bl
    CHECK_FLAGS xadd8_flags, F_ARITH, F_OF|F_SF|F_AF
    CHECK_EQ8 xadd8_dest, al, 0x80
    CHECK_EQ8 xadd8_src_gets_old, bl, 0x7F
    mov word [0x610], 0xFFFF
    mov cx, 1
    xadd [0x610], cx
    CHECK_FLAGS xadd16_mem_flags, F_ARITH, F_CF|F_ZF|F_AF|F_PF
    CHECK_EQ xadd16_mem_dest, word [0x610], 0
    CHECK_EQ xadd16_mem_src, cx, 0xFFFF
    mov eax, 0x80000000
    mov edx, 0x80000000
    xadd edx, eax
    CHECK_FLAGS xadd32_flags, F_ARITH, F_CF|F_ZF|F_OF|F_PF
    CHECK_EQ32 xadd32_dest, edx, 0
    CHECK_EQ32 xadd32_src, eax, 0x80000000
    mov ax, 5
    xadd ax, ax                 ; same register: result is the sum
    CHECK_EQ xadd_same_reg, ax, 10

    ; ---------------------------------------------------- CMPXCHG
    ; equal: ZF=1, destination <- source, accumulator unchanged
    mov al, 0x42
    mov byte [0x620], 0x42
    mov bl, 0x99
    cmpxchg [0x620], bl
    CHECK_FLAGS cmpxchg8_eq_flags, F_ARITH, F_ZF|F_PF
    CHECK_EQ8 cmpxchg8_eq_dest, byte [0x620], 0x99
    CHECK_EQ8 cmpxchg8_eq_acc, al, 0x42
    ; not equal: ZF=0, accumulator <- destination, flags of CMP al,dest
    mov al, 0x10
    mov byte [0x621], 0x20
    mov bl, 0x77
    cmpxchg [0x621], bl
    CHECK_FLAGS cmpxchg8_ne_flags, F_ARITH, F_CF|F_SF|F_PF   ; 0x10 - 0x20
    CHECK_EQ8 cmpxchg8_ne_dest, byte [0x621], 0x20
    CHECK_EQ8 cmpxchg8_ne_acc, al, 0x20
    mov ax, 0x8000
    mov cx, 0x8000
    mov dx, 0x1234
    cmpxchg cx, dx
    CHECK_FLAGS cmpxchg16_eq_flags, F_ARITH, F_ZF|F_PF
    CHECK_EQ cmpxchg16_eq_dest, cx, 0x1234
    mov ax, 0x8000
    mov cx, 0x0001
    cmpxchg cx, dx              ; 0x8000 - 1: OF, AF
    CHECK_FLAGS cmpxchg16_ne_flags, F_ARITH, F_OF|F_AF|F_PF
    CHECK_EQ cmpxchg16_ne_acc, ax, 0x0001
    CHECK_EQ cmpxchg16_ne_dest, cx, 0x0001
    mov eax, 0xDEADBEEF
    mov dword [0x624], 0xDEADBEEF
    mov ecx, 0x0BADF00D
    cmpxchg [0x624], ecx
    CHECK_FLAGS cmpxchg32_eq_flags, F_ZF, F_ZF
    CHECK_EQ32 cmpxchg32_eq_dest, dword [0x624], 0x0BADF00D
    mov eax, 0
    cmpxchg [0x624], ecx
    CHECK_FLAGS cmpxchg32_ne_flags, F_ARITH, F_CF|F_SF|F_AF|F_PF   ; 0 - 0x0BADF00D
    CHECK_EQ32 cmpxchg32_ne_acc, eax, 0x0BADF00D
    mov eax, 0x11112222
    mov ebx, 0x33334444
    cmpxchg eax, ebx            ; destination is the accumulator: equal
    CHECK_EQ32 cmpxchg32_acc_is_dest, eax, 0x33334444

    ; ---------------------------------------------------- CMPXCHG8B
    mov dword [0x630], 0x44332211
    mov dword [0x634], 0x88776655
    mov eax, 0x44332211
    mov edx, 0x88776655
    mov ebx, 0xBBBBBBBB
    mov ecx, 0xCCCCCCCC
    SET_FLAGS F_CF|F_SF|F_OF|F_PF|F_AF
    cmpxchg8b [0x630]
    CHECK_FLAGS cmpxchg8b_eq_flags, F_ARITH, F_ZF|F_CF|F_SF|F_OF|F_PF|F_AF
    CHECK_EQ32 cmpxchg8b_eq_low, dword [0x630], 0xBBBBBBBB
    CHECK_EQ32 cmpxchg8b_eq_high, dword [0x634], 0xCCCCCCCC
    CHECK_EQ32 cmpxchg8b_eq_eax, eax, 0x44332211
    mov eax, 0xBBBBBBBB         ; high half differs
    mov edx, 0
    SET_FLAGS F_ZF|F_CF
    cmpxchg8b [0x630]
    CHECK_FLAGS cmpxchg8b_ne_flags, F_ARITH, F_CF
    CHECK_EQ32 cmpxchg8b_ne_eax, eax, 0xBBBBBBBB
    CHECK_EQ32 cmpxchg8b_ne_edx, edx, 0xCCCCCCCC
    CHECK_EQ32 cmpxchg8b_ne_mem_kept, dword [0x630], 0xBBBBBBBB
    mov esi, 0x600
    mov eax, 0xBBBBBBBB
    mov edx, 0xCCCCCCCC
    mov ebx, 1
    mov ecx, 2
    cmpxchg8b [esi+0x30]        ; 0x67 addressing
    CHECK_EQ32 cmpxchg8b_addr32_low, dword [0x630], 1
    CHECK_EQ32 cmpxchg8b_addr32_high, dword [0x634], 2

    ; ---------------------------------------------------- BSWAP
    mov eax, 0x11223344
    bswap eax
    CHECK_EQ32 bswap_eax, eax, 0x44332211
    mov ebx, 0x80000001
    bswap ebx
    CHECK_EQ32 bswap_ebx, ebx, 0x01000080
    mov ecx, 0x01020304
    bswap ecx
    CHECK_EQ32 bswap_ecx, ecx, 0x04030201
    mov edx, 0xAABBCCDD
    bswap edx
    CHECK_EQ32 bswap_edx, edx, 0xDDCCBBAA
    mov esi, 0x12345678
    bswap esi
    CHECK_EQ32 bswap_esi, esi, 0x78563412
    mov edi, 0xF0E0D0C0
    bswap edi
    CHECK_EQ32 bswap_edi, edi, 0xC0D0E0F0
    mov ebp, 0x00FF00FF
    bswap ebp
    CHECK_EQ32 bswap_ebp, ebp, 0xFF00FF00
    mov esp, esp
    SET_FLAGS F_ARITH
    bswap eax
    CHECK_FLAGS bswap_keeps_flags, F_ARITH, F_ARITH
TEST_GROUP_END
