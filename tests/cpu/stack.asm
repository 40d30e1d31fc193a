; stack.asm - PUSH/POP of registers, segment registers, immediates and
; memory (16 and 32 bits: 0x66 pushes four bytes in real mode), PUSH SP
; (value before the decrement), POP [ESP] (address after the increment),
; SP wrap-around, PUSHA/POPA/PUSHAD/POPAD (the SP value pushed, ignored by
; POPA), ENTER with nesting levels 0, 1, 3 and a level masked to 5 bits,
; LEAVE, PUSHF/POPF/PUSHFD/POPFD (bit 1 always 1, bits 3/5/15 always 0,
; IOPL and NT writable in real mode, AC and ID writable).
%include "rom.inc"

TEST_GROUP stack
    mov bp, sp                  ; reference SP for this group
    ; ---------------------------------------------------- PUSH/POP registers
    mov ax, 0x1234
    push ax
    CHECK_EQ push16_data, word [ss:bp-2], 0x1234
    mov ax, sp
    sub ax, bp
    CHECK_EQ push16_sp, ax, -2
    pop bx
    CHECK_EQ pop16, bx, 0x1234
    mov eax, 0x89ABCDEF
    push eax
    CHECK_EQ32 push32_data, dword [ss:bp-4], 0x89ABCDEF
    mov ax, sp
    sub ax, bp
    CHECK_EQ push32_sp, ax, -4
    pop ecx
    CHECK_EQ32 pop32, ecx, 0x89ABCDEF
    push word 0x5566
    push word 0x7788
    pop edx                     ; 32-bit pop of two 16-bit pushes
    CHECK_EQ32 pop32_of_two_words, edx, 0x55667788
    push dword 0xAABBCCDD
    pop si
    pop di
    CHECK_EQ pop16_low_first, si, 0xCCDD
    CHECK_EQ pop16_high_second, di, 0xAABB
    ; immediates
    push byte -2                ; 6A: sign-extended to 16 bits
    pop ax
    CHECK_EQ push_imm8_sext, ax, 0xFFFE
    push word 0x8001            ; 68
    pop ax
    CHECK_EQ push_imm16, ax, 0x8001
    db 0x66, 0x6A, 0x80         ; o32 push imm8: 4 bytes, sign-extended
    mov ax, sp
    sub ax, bp
    CHECK_EQ push_imm8_o32_sp, ax, -4
    pop eax
    CHECK_EQ32 push_imm8_o32_data, eax, 0xFFFFFF80
    push dword 0x01020304       ; 66 68
    pop eax
    CHECK_EQ32 push_imm32, eax, 0x01020304
    ; memory operands
    mov word [0x600], 0x4242
    push word [0x600]           ; FF /6
    pop word [0x602]            ; 8F /0
    CHECK_EQ push_pop_mem16, word [0x602], 0x4242
    mov dword [0x604], 0x13572468
    push dword [0x604]
    pop dword [0x608]
    CHECK_EQ32 push_pop_mem32, dword [0x608], 0x13572468
    mov ebx, 0x600
    push word [ebx+4]
    pop word [ebx+0x0C]
    CHECK_EQ push_pop_mem_addr32, word [0x60C], 0x2468
    ; PUSH SP pushes the value before the decrement (286 and later)
    push sp
    pop ax
    sub ax, bp
    CHECK_EQ push_sp_old_value, ax, 0
    db 0x66
    push sp                     ; o32 push esp
    pop eax
    sub ax, bp
    CHECK_EQ push_esp_old_value, ax, 0
    ; POP [ESP]: the address is computed after the increment
    push word 0x1111
    push word 0x2222
    a32 pop word [esp]
    pop ax
    CHECK_EQ pop_esp_based_after_increment, ax, 0x2222
    mov ax, sp
    sub ax, bp
    CHECK_EQ pop_esp_based_sp, ax, 0
    ; POP SP: SP gets the popped value
    mov si, sp
    lea ax, [si-0x20]
    push ax
    pop sp
    mov ax, sp
    sub ax, bp
    CHECK_EQ pop_sp_loads_sp, ax, -0x20
    mov sp, si

    ; ---------------------------------------------------- segment registers
    push cs
    pop ax
    CHECK_EQ push_cs, ax, ROM_SEG
    push ss
    pop ax
    CHECK_EQ push_ss, ax, STACK_SEG
    mov ax, 0x2468
    mov fs, ax
    push fs                     ; 0F A0
    pop gs                      ; 0F A9
    mov ax, gs
    CHECK_EQ push_fs_pop_gs, ax, 0x2468
    mov ax, 0x1357
    mov gs, ax
    push gs
    pop es
    mov ax, es
    CHECK_EQ push_gs_pop_es, ax, 0x1357
    push word 0x3579
    pop fs
    mov ax, fs
    CHECK_EQ pop_fs, ax, 0x3579
    push ds
    pop ax
    CHECK_EQ push_ds, ax, DATA_SEG
    ; o32 push of a segment register takes 4 bytes (upper half not checked:
    ; implementation dependent)
    o32 push fs
    mov ax, sp
    sub ax, bp
    CHECK_EQ push_sreg_o32_sp, ax, -4
    CHECK_EQ push_sreg_o32_low, word [ss:bp-4], 0x3579
    o32 pop es
    mov ax, sp
    sub ax, bp
    CHECK_EQ pop_sreg_o32_sp, ax, 0
    mov ax, es
    CHECK_EQ pop_sreg_o32_value, ax, 0x3579
    mov ax, DATA_SEG
    mov es, ax
    mov fs, ax
    mov gs, ax
    ; SP wraps: a push with SP=0 writes at SS:FFFE
    mov si, sp
    mov ax, ss
    mov cx, DATA2_SEG
    mov ss, cx
    xor sp, sp
    push word 0xBEEF
    mov dx, sp
    mov ss, ax
    mov sp, si
    CHECK_EQ push_sp0_wraps_sp, dx, 0xFFFE
    mov cx, DATA2_SEG
    mov es, cx
    CHECK_EQ push_sp0_wraps_data, word [es:0xFFFE], 0xBEEF
    mov cx, DATA_SEG
    mov es, cx

    ; ---------------------------------------------------- PUSHA / POPA
    mov ax, 0xA0A0
    mov cx, 0xC1C1
    mov dx, 0xD2D2
    mov bx, 0xB3B3
    mov si, 0x5656
    mov di, 0x7D7D
    push bp
    mov bp, 0xBBBB
    pusha
    mov bp, sp                  ; order: DI SI BP SP BX DX CX AX
    CHECK_EQ pusha_di, word [ss:bp+0], 0x7D7D
    CHECK_EQ pusha_si, word [ss:bp+2], 0x5656
    CHECK_EQ pusha_bp, word [ss:bp+4], 0xBBBB
    lea ax, [bp+16]
    CHECK_EQR pusha_sp_is_original, word [ss:bp+6], ax
    CHECK_EQ pusha_bx, word [ss:bp+8], 0xB3B3
    CHECK_EQ pusha_dx, word [ss:bp+10], 0xD2D2
    CHECK_EQ pusha_cx, word [ss:bp+12], 0xC1C1
    CHECK_EQ pusha_ax, word [ss:bp+14], 0xA0A0
    mov word [ss:bp+6], 0x1234  ; POPA skips the SP slot
    mov word [ss:bp+4], 0xB0B0
    xor ax, ax
    xor cx, cx
    xor dx, dx
    xor bx, bx
    xor si, si
    xor di, di
    popa
    CHECK_EQ popa_ax, ax, 0xA0A0
    CHECK_EQ popa_cx, cx, 0xC1C1
    CHECK_EQ popa_dx, dx, 0xD2D2
    CHECK_EQ popa_bx, bx, 0xB3B3
    CHECK_EQ popa_si, si, 0x5656
    CHECK_EQ popa_di, di, 0x7D7D
    CHECK_EQ popa_bp, bp, 0xB0B0
    pop bp
    mov ax, sp
    sub ax, bp
    CHECK_EQ popa_sp_not_loaded, ax, 0
    ; PUSHAD / POPAD
    mov eax, 0x0A0A0A0A
    mov ecx, 0x1C1C1C1C
    mov edx, 0x2D2D2D2D
    mov ebx, 0x3B3B3B3B
    mov esi, 0x56565656
    mov edi, 0x7D7D7D7D
    push ebp
    mov ebp, 0xBBBBBBBB
    movzx esp, sp
    pushad
    movzx ebp, sp
    CHECK_EQ32 pushad_edi, dword [ss:bp+0], 0x7D7D7D7D
    CHECK_EQ32 pushad_ebp, dword [ss:bp+8], 0xBBBBBBBB
    lea ecx, [ebp+32]
    CHECK_EQ32 pushad_esp_is_original, dword [ss:bp+12], ecx
    CHECK_EQ32 pushad_eax, dword [ss:bp+28], 0x0A0A0A0A
    mov dword [ss:bp+12], 0x12345678
    xor eax, eax
    xor ecx, ecx
    xor edx, edx
    xor ebx, ebx
    xor esi, esi
    xor edi, edi
    popad
    CHECK_EQ32 popad_eax, eax, 0x0A0A0A0A
    CHECK_EQ32 popad_ecx, ecx, 0x1C1C1C1C
    CHECK_EQ32 popad_edx, edx, 0x2D2D2D2D
    CHECK_EQ32 popad_ebx, ebx, 0x3B3B3B3B
    CHECK_EQ32 popad_esi, esi, 0x56565656
    CHECK_EQ32 popad_edi, edi, 0x7D7D7D7D
    CHECK_EQ32 popad_ebp, ebp, 0xBBBBBBBB
    pop ebp
    mov ax, sp
    sub ax, bp
    CHECK_EQ popad_esp_not_loaded, ax, 0

    ; ---------------------------------------------------- ENTER / LEAVE
    push bp
    mov si, sp
    mov bp, 0x4321
    enter 8, 0
    lea ax, [si-2]
    CHECK_EQR enter_l0_bp, bp, ax
    lea ax, [si-10]
    mov cx, sp
    CHECK_EQR enter_l0_sp, cx, ax
    CHECK_EQ enter_l0_saved_bp, word [ss:si-2], 0x4321
    leave
    CHECK_EQ leave_bp, bp, 0x4321
    mov ax, sp
    CHECK_EQR leave_sp, ax, si
    ; level 1: pushes BP, then the new frame pointer
    enter 4, 1
    lea ax, [si-2]
    CHECK_EQR enter_l1_bp, bp, ax
    CHECK_EQR enter_l1_frame_ptr, word [ss:si-4], ax
    lea ax, [si-8]
    mov cx, sp
    CHECK_EQR enter_l1_sp, cx, ax
    leave
    CHECK_EQ leave_l1_bp, bp, 0x4321
    ; level 3: copies two frame pointers from the old frame's display
    mov bp, si
    sub bp, 0x40                ; fake outer frame at si-0x40
    mov word [ss:bp-2], 0xD1D1
    mov word [ss:bp-4], 0xD2D2
    mov di, bp
    enter 6, 3
    lea ax, [si-2]
    CHECK_EQR enter_l3_bp, bp, ax
    CHECK_EQR enter_l3_saved_bp, word [ss:si-2], di
    CHECK_EQ enter_l3_display1, word [ss:si-4], 0xD1D1
    CHECK_EQ enter_l3_display2, word [ss:si-6], 0xD2D2
    CHECK_EQR enter_l3_frame_ptr, word [ss:si-8], ax
    lea ax, [si-14]
    mov cx, sp
    CHECK_EQR enter_l3_sp, cx, ax
    leave
    CHECK_EQR leave_l3_bp, bp, di
    mov ax, sp
    CHECK_EQR leave_l3_sp, ax, si
    ; the level is taken modulo 32: 33 acts as 1
    mov bp, 0x4321
    enter 2, 33
    lea ax, [si-6]
    mov cx, sp
    CHECK_EQR enter_level_masked_sp, cx, ax
    leave
    pop bp

    ; ---------------------------------------------------- PUSHF / POPF
    SET_FLAGS 0
    pushf
    pop ax
    CHECK_EQ popf_0_reads_2, ax, 0x0002
    push word 0xFCFF            ; all but TF and IF
    popf
    pushf
    pop ax
    cld
    CHECK_EQ popf_fcff_reads_7cd7, ax, 0x7CD7   ; bit 15, 5, 3 read 0; IOPL/NT kept
    push word 0x3000            ; IOPL=3 only
    popf
    pushf
    pop ax
    CHECK_EQ popf_iopl_real_mode, ax, 0x3002
    push word 0x4000            ; NT
    popf
    pushf
    pop ax
    CHECK_EQ popf_nt_real_mode, ax, 0x4002
    SET_FLAGS 0
    push dword 0xFFFCFCFF       ; everything except TF, IF, RF, VM
    popfd
    pushfd
    pop eax
    cld
    and eax, ~(0x00180000)      ; VIF/VIP not checked
    CHECK_EQ32 popfd_all_reads, eax, 0x00247CD7
    push dword 0
    popfd
    pushfd
    pop eax
    CHECK_EQ32 popfd_0_reads_2, eax, 0x00000002
    ; AC (bit 18) is writable on a 486 and later
    push dword 0x00040000
    popfd
    pushfd
    pop eax
    CHECK_EQ32 popfd_ac_set, eax, 0x00040002
    push dword 0
    popfd
    ; POPF (16-bit) leaves the upper half alone
    push dword 0x00040000
    popfd
    push word 0x0001
    popf
    pushfd
    pop eax
    CHECK_EQ32 popf16_keeps_upper, eax, 0x00040003
    push dword 0
    popfd
    ; PUSHF with 16 bits pushes 2 bytes, PUSHFD 4
    mov si, sp
    pushf
    mov ax, si
    sub ax, sp
    CHECK_EQ pushf_2_bytes, ax, 2
    popf
    pushfd
    mov ax, si
    sub ax, sp
    CHECK_EQ pushfd_4_bytes, ax, 4
    popfd
TEST_GROUP_END
