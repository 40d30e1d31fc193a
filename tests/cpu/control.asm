; control.asm - JMP (short, near, 0x66 rel32, register, memory, far direct
; and indirect), CALL (near relative, register, memory, far direct and
; indirect, 0x66 forms pushing 32-bit values), RET/RET imm16/RETF/RETF imm16
; (also 0x66), LOOP/LOOPE/LOOPNE/JCXZ and their 0x67 forms using ECX.
; Jcc for all conditions is in conditions.asm.
%include "rom.inc"

; near callee: stores the return address it sees and SP, returns
ctl_callee:
    push bp
    mov bp, sp
    push ax
    mov ax, [bp+2]
    mov [0x700], ax             ; return IP
    mov [0x702], sp
    pop ax
    pop bp
    ret
; far callee: stores return IP and CS
ctl_far_callee:
    push bp
    mov bp, sp
    push ax
    mov ax, [bp+2]
    mov [0x704], ax
    mov ax, [bp+4]
    mov [0x706], ax
    pop ax
    pop bp
    retf
; callee that returns with RET 6 (drops three words pushed by the caller)
ctl_ret6:
    ret 6
ctl_retf4:
    retf 4
; 0x66 callee: looks at the 32-bit return address
ctl_callee32:
    push bp
    mov bp, sp
    push eax
    mov eax, [bp+2]
    mov [0x708], eax
    pop eax
    pop bp
    o32 ret
ctl_far_callee32:
    push bp
    mov bp, sp
    push eax
    mov eax, [bp+2]
    mov [0x710], eax            ; EIP
    mov eax, [bp+6]
    mov [0x714], eax            ; CS slot (low word = CS)
    pop eax
    pop bp
    o32 retf

TEST_GROUP control
    ; ---------------------------------------------------- JMP
    mov al, 0
    jmp short .j1
    mov al, 1
.j1:
    CHECK_EQ8 jmp_short_forward, al, 0
    mov cx, 0
    jmp short .j2f
.j2b:
    inc cx
    jmp short .j2e
.j2f:
    jmp short .j2b              ; backward (negative rel8)
.j2e:
    CHECK_EQ jmp_short_backward, cx, 1
    mov al, 0
    jmp near .j3
    mov al, 1
    times 200 nop
.j3:
    CHECK_EQ8 jmp_near_forward, al, 0
    mov al, 0
    db 0x66, 0xE9               ; o32 jmp rel32
    dd .j4 - ($ + 4)
    mov al, 1
.j4:
    CHECK_EQ8 jmp_near_rel32, al, 0
    mov ax, .j5
    mov bl, 0
    jmp ax                      ; FF /4 register
    mov bl, 1
.j5:
    CHECK_EQ8 jmp_reg, bl, 0
    mov word [0x720], .j6
    mov bl, 0
    jmp word [0x720]            ; FF /4 memory
    mov bl, 1
.j6:
    CHECK_EQ8 jmp_mem, bl, 0
    mov ebx, 0x720
    mov word [0x720], .j6b
    mov dl, 0
    jmp word [ebx]              ; 0x67 memory operand
    mov dl, 1
.j6b:
    CHECK_EQ8 jmp_mem_addr32, dl, 0
    ; far direct: through an aliased CS (0xEF00:x+0x1000 is the same byte)
    jmp 0xEF00:(.j7 + 0x1000)
.j7:
    mov ax, cs
    CHECK_EQ jmp_far_sets_cs, ax, 0xEF00
    jmp ROM_SEG:.j8
.j8:
    mov ax, cs
    CHECK_EQ jmp_far_back, ax, ROM_SEG
    ; far indirect FF /5
    mov word [0x724], .j9 + 0x1000
    mov word [0x726], 0xEF00
    jmp far [0x724]
.j9:
    mov ax, cs
    CHECK_EQ jmp_far_mem_cs, ax, 0xEF00
    mov word [0x724], .j10
    mov word [0x726], ROM_SEG
    jmp far [0x724]
.j10:
    mov ax, cs
    CHECK_EQ jmp_far_mem_back, ax, ROM_SEG
    SET_FLAGS F_ARITH
    jmp short .j11
.j11:
    CHECK_FLAGS jmp_keeps_flags, F_ARITH, F_ARITH

    ; ---------------------------------------------------- CALL / RET near
    mov si, sp
    call ctl_callee
.r1:
    CHECK_EQ call_rel_pushes_ip, word [0x700], .r1
    mov ax, si
    sub ax, [0x702]
    CHECK_EQ call_rel_sp_in_callee, ax, 6     ; return IP, BP, AX
    mov ax, sp
    sub ax, si
    CHECK_EQ call_ret_sp_balanced, ax, 0
    mov ax, ctl_callee
    call ax                     ; FF /2 register
.r2:
    CHECK_EQ call_reg, word [0x700], .r2
    mov word [0x730], ctl_callee
    call word [0x730]           ; FF /2 memory
.r3:
    CHECK_EQ call_mem, word [0x700], .r3
    mov esi, 0x728
    mov word [0x730], ctl_callee
    call word [esi+8]           ; 0x67 memory operand
.r3b:
    CHECK_EQ call_mem_addr32, word [0x700], .r3b
    ; RET imm16
    mov si, sp
    push word 1
    push word 2
    push word 3
    call ctl_ret6
    mov ax, sp
    sub ax, si
    CHECK_EQ ret_imm16_pops_args, ax, 0
    ; ---------------------------------------------------- far CALL / RETF
    mov si, sp
    call ROM_SEG:ctl_far_callee  ; 9A
.f1:
    CHECK_EQ callf_pushes_ip, word [0x704], .f1
    CHECK_EQ callf_pushes_cs, word [0x706], ROM_SEG
    mov ax, sp
    sub ax, si
    CHECK_EQ retf_sp_balanced, ax, 0
    call 0xEF00:(ctl_far_callee + 0x1000)
.f2:
    CHECK_EQ callf_alias_cs_pushed, word [0x706], ROM_SEG
    mov word [0x734], ctl_far_callee + 0x1000
    mov word [0x736], 0xEF00
    call far [0x734]            ; FF /3
.f3:
    CHECK_EQ callf_mem_ip, word [0x704], .f3
    CHECK_EQ callf_mem_cs, word [0x706], ROM_SEG
    mov ax, cs
    CHECK_EQ retf_restores_cs, ax, ROM_SEG
    mov si, sp
    push word 0x1111
    push word 0x2222
    call ROM_SEG:ctl_retf4
    mov ax, sp
    sub ax, si
    CHECK_EQ retf_imm16_pops_args, ax, 0

    ; ---------------------------------------------------- 0x66 CALL / RET
    mov si, sp
    db 0x66, 0xE8               ; o32 call rel32
    dd ctl_callee32 - ($ + 4)
.o1:
    CHECK_EQ32 call_o32_pushes_eip, dword [0x708], .o1
    mov ax, sp
    sub ax, si
    CHECK_EQ call_o32_ret_o32_balanced, ax, 0
    mov si, sp
    db 0x66, 0x9A               ; o32 call far ptr16:32
    dd ctl_far_callee32
    dw ROM_SEG
.o2:
    CHECK_EQ32 callf_o32_pushes_eip, dword [0x710], .o2
    CHECK_EQ callf_o32_pushes_cs, word [0x714], ROM_SEG
    mov ax, sp
    sub ax, si
    CHECK_EQ callf_o32_retf_o32_balanced, ax, 0
    mov eax, ctl_callee32
    call eax                    ; 66 FF /2
.o3:
    CHECK_EQ32 call_o32_reg, dword [0x708], .o3
    ; o32 RET imm16 pops 4 bytes of return address then imm16
    mov si, sp
    push word 0xAAAA
    push dword .o4
    db 0x66, 0xC2, 0x02, 0x00   ; o32 ret 2
    FAIL_CHECK ret_o32_imm16_not_taken
.o4:
    mov ax, sp
    sub ax, si
    CHECK_EQ ret_o32_imm16_sp, ax, 0

    ; ---------------------------------------------------- LOOP family
    mov cx, 5
    xor dx, dx
.l1:
    inc dx
    loop .l1
    CHECK_EQ loop_count, dx, 5
    CHECK_EQ loop_cx_zero, cx, 0
    mov ecx, 0x00010000         ; CX = 0: 65536 iterations, ECX high kept
    xor edx, edx
.l2:
    inc edx
    loop .l2
    CHECK_EQ32 loop_cx0_iterations, edx, 0x10000
    CHECK_EQ32 loop_cx0_ecx_high_kept, ecx, 0x00010000
    mov ecx, 0x00010002         ; 0x67: ECX counts
    xor edx, edx
.l3:
    inc edx
    a32 loop .l3
    CHECK_EQ32 loop_a32_iterations, edx, 0x10002
    CHECK_EQ32 loop_a32_ecx, ecx, 0
    mov cx, 1
    SET_FLAGS F_ARITH
    loop .l4                    ; CX becomes 0: not taken, flags untouched
    CHECK_FLAGS loop_keeps_flags, F_ARITH, F_ARITH
    jmp .l5
.l4:
    FAIL_CHECK loop_cx1_taken
.l5:
    ; LOOPE: continue while ZF=1 and CX != 0
    mov si, 0x7A0
    mov dword [si], 0x00000000
    mov dword [si+4], 0x00050000
    mov cx, 8
    mov bx, -1
.l6:
    inc bx
    cmp byte [bx+si], 0
    loope .l6
    CHECK_EQ loope_stops_on_zf0, bx, 6
    CHECK_EQ loope_cx, cx, 1
    mov cx, 3
    xor dx, dx
.l7:
    inc dx
    cmp dx, 100                 ; never equal: ZF=0
    loope .l7
    CHECK_EQ loope_zf0_first, dx, 1
    ; LOOPNE: continue while ZF=0 and CX != 0
    mov cx, 10
    xor dx, dx
.l8:
    inc dx
    cmp dx, 4
    loopne .l8
    CHECK_EQ loopne_stops_on_zf1, dx, 4
    CHECK_EQ loopne_cx, cx, 6
    mov cx, 3
    xor dx, dx
.l9:
    inc dx
    cmp dx, 100
    loopne .l9
    CHECK_EQ loopne_runs_out, dx, 3
    mov ecx, 0x00010001
    xor dx, dx
.l10:
    inc dx
    test dx, 0                  ; ZF=1
    a32 loope .l10
    CHECK_EQ32 loope_a32_ecx_counts, ecx, 0
    ; JCXZ / JECXZ
    mov ecx, 0x00010000
    mov al, 0
    jcxz .z1
    mov al, 1
.z1:
    CHECK_EQ8 jcxz_taken_cx0, al, 0
    mov al, 0
    jecxz .z2                   ; ECX != 0
    mov al, 1
.z2:
    CHECK_EQ8 jecxz_not_taken, al, 1
    xor ecx, ecx
    mov al, 0
    jecxz .z3
    mov al, 1
.z3:
    CHECK_EQ8 jecxz_taken, al, 0
    mov cx, 1
    mov al, 0
    jcxz .z4
    mov al, 1
.z4:
    CHECK_EQ8 jcxz_not_taken, al, 1
    ; backward JCXZ
    xor cx, cx
    mov al, 0
    jmp .z6
.z5:
    mov al, 2
    jmp .z7
.z6:
    jcxz .z5
.z7:
    CHECK_EQ8 jcxz_backward, al, 2
TEST_GROUP_END
