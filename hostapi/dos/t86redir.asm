; T86REDIR.COM - mounts the host folders twin86 shares (-share PATH) as DOS
; drives through the DOS network redirector interface (INT 2Fh AH=11h).
;
; The resident part is a forwarder: it copies the caller's registers into an
; argument block, executes the hostapi escape (or rings the doorbell port),
; and either chains to the previous INT 2Fh handler (not our drive) or
; returns the registers the host answered; the host reads and writes DOS's
; own structures (SDA, SFT, CDS) and has already set the carry flag in the
; FLAGS word the INT pushed. The transient part probes for the host, hands it
; the command line, prints its answer and goes resident, exits or unloads as
; the host says. Assemble: nasm -f bin -I hostapi/dos/ -o T86REDIR.COM t86redir.asm

bits 16
cpu 386
org 0x100

%include "abi.inc"

start:
    jmp install

; ---------------------------------------------------------------- resident
signature   db 'T86R'
old2f       dd 0

; The block of every forwarded call: HOSTAPI_REDIR_INT2F, registers from HR_AX.
blk:
    BLOCK_HEADER SVC_REDIR, REDIR_INT2F, HR_END, 0, 0
    times HR_END - HOSTAPI_HDR_SIZE db 0

int2f:
    cmp ah, 0x11
    je .ours
.chain:
    jmp far [cs:old2f]
.ours:
    mov [cs:blk + HR_AX], ax
    mov [cs:blk + HR_BX], bx
    mov [cs:blk + HR_CX], cx
    mov [cs:blk + HR_DX], dx
    mov [cs:blk + HR_SI], si
    mov [cs:blk + HR_DI], di
    mov [cs:blk + HR_BP], bp
    mov [cs:blk + HR_DS], ds
    mov [cs:blk + HR_ES], es
    mov [cs:blk + HR_SS], ss
    mov [cs:blk + HR_SP], sp
    mov [cs:blk + HR_CS], cs
    mov word [cs:blk + HA_STATUS], ST_PENDING
.call:                                  ; 6 bytes, patched for the doorbell
    CS_HOSTCALL blk
    cmp word [cs:blk + HA_STATUS], ST_CHAIN
    jae .chain                          ; not ours (or nobody answered)
    mov ax, [cs:blk + HR_AX]
    mov bx, [cs:blk + HR_BX]
    mov cx, [cs:blk + HR_CX]
    mov dx, [cs:blk + HR_DX]
    mov si, [cs:blk + HR_SI]
    mov di, [cs:blk + HR_DI]
    mov es, [cs:blk + HR_ES]
    iret

; The doorbell path (a CPU without the escape): OUT the block's address.
res_door:
    push eax
    push dx
    mov eax, [cs:res_blk_linear]
    mov dx, HOSTAPI_PORT
    out dx, eax
    pop dx
    pop eax
    ret
res_blk_linear dd 0

res_end:

; ---------------------------------------------------------------- transient
; What int2f.call becomes when the driver uses the doorbell.
door_patch:
    db 0xE8                             ; call res_door, relative to where it goes
    dw res_door - (int2f.call + 3)
    nop
    nop
    nop
DOOR_PATCH_LEN equ $ - door_patch

install:
    cld
    ; a 386 or later: FLAGS bits 12-14 can be set (8086: 12-15 stuck at 1; 286: at 0)
    mov ax, 0x7000
    push ax
    popf
    pushf
    pop ax
    test ax, 0x7000
    jnz .cpu_ok
    mov dx, msg_cpu
    jmp fail
.cpu_ok:
%ifdef FORCE_DOORBELL
    jmp .door                           ; tests: the path of a CPU without the escape
%endif
    ; Probe with the escape; a #UD (no host) lands in ud_trap, which skips it.
    mov ax, 0x3506
    int 0x21
    mov [old6], bx
    mov [old6 + 2], es
    mov dx, ud_trap
    mov ax, 0x2506
    int 0x21
    mov si, tprobe
    call host_call
    push ds
    lds dx, [old6]
    mov ax, 0x2506
    int 0x21
    pop ds
    cmp word [tprobe + HA_STATUS], ST_OK
    je .found
    ; No escape: try the doorbell port.
.door:
    mov dx, HOSTAPI_PORT
    in eax, dx
    cmp eax, HOSTAPI_MAGIC
    jne .nohost
    mov byte [mode], 1
    mov word [tprobe + HA_STATUS], ST_PENDING
    mov si, tprobe
    call host_call
    cmp word [tprobe + HA_STATUS], ST_OK
    je .found
.nohost:
    mov dx, msg_nohost
    jmp fail
.found:
    test byte [tprobe + HOSTAPI_HDR_SIZE + 4], FEAT_REDIR
    jnz .shares
    mov dx, msg_noshare
    jmp fail
.shares:
    ; Is a copy of us resident? It answers AX=11F0h BX=0 with its segment.
    mov ax, 0x1100 | REDIR_CHECK
    xor bx, bx
    push es
    int 0x2F
    cmp bx, RESIDENT_MAGIC
    jne .notres
    mov [tcmd + HC_RESIDENT], es
.notres:
    pop es
    ; What the host needs to know about this DOS.
    mov [tcmd + HC_PSP], cs
    mov ax, 0x3000
    int 0x21
    mov [tcmd + HC_DOSVER], ax
    mov [tcmd + HC_OEM], bh
    mov al, [mode]
    mov [tcmd + HC_MODE], al
    push ds
    mov ax, 0x5D06                      ; the swappable data area: DS:SI
    int 0x21
    mov ax, ds
    pop ds
    call linear_ax_si
    mov [tcmd + HC_SDA], eax
    mov ah, 0x52                        ; the list of lists: ES:BX
    int 0x21
    mov ax, es
    mov si, bx
    call linear_ax_si
    mov [tcmd + HC_LOL], eax
    mov word [tcmd + HC_RESSIZE], (res_end - start + 0x100 + 15) & ~15
    ; buffers: the command tail (PSP:81h, length at 80h) and the message
    mov ax, cs
    mov si, 0x81
    call linear_ax_si
    mov [tcmd_bufs], eax
    mov al, [0x80]
    mov [tcmd_bufs + 4], al
    mov ax, cs
    mov si, msgbuf
    call linear_ax_si
    mov [tcmd_bufs + 8], eax
    mov si, tcmd
    call host_call
    cmp word [tcmd + HA_STATUS], ST_OK
    jne .nohost
    ; the host's message for the user
    mov ah, 0x40
    mov bx, 1
    mov cx, [tcmd + HA_RESULT]
    mov dx, msgbuf
    int 0x21
    mov ax, [tcmd + HC_ACTION]
    cmp ax, ACT_INSTALL
    je go_resident
    cmp ax, ACT_UNLOAD
    je unload
    mov al, [tcmd + HC_EXITCODE]
    mov ah, 0x4C
    int 0x21

go_resident:
    cmp byte [mode], 1
    jne .hook
    push cs
    pop es
    mov si, door_patch                  ; ring the doorbell instead of the escape
    mov di, int2f.call
    mov cx, DOOR_PATCH_LEN
    rep movsb
    mov ax, cs
    mov si, blk
    call linear_ax_si
    mov [res_blk_linear], eax
.hook:
    mov ax, 0x352F
    int 0x21
    mov [old2f], bx
    mov [old2f + 2], es
    mov dx, int2f
    mov ax, 0x252F
    int 0x21
    mov es, [0x2C]                      ; the environment is not needed resident
    mov ah, 0x49
    int 0x21
    mov dx, (res_end - start + 0x100 + 15) >> 4
    mov ax, 0x3100
    int 0x21

; The host released the drives; unhook the resident copy if it is still first.
unload:
    mov bx, [tcmd + HC_RESIDENT]
    mov ax, 0x352F
    push bx
    int 0x21
    mov ax, es
    pop dx
    cmp ax, dx
    jne .hooked
    cmp bx, int2f
    jne .hooked
    mov es, dx
    push ds
    lds dx, [es:old2f]
    mov ax, 0x252F
    int 0x21
    pop ds
    mov ah, 0x49                        ; ES = the resident copy's PSP
    int 0x21
    mov ax, 0x4C00
    int 0x21
.hooked:
    mov dx, msg_hooked
fail:
    mov ah, 0x09
    int 0x21
    mov ax, 0x4C01
    int 0x21

; EAX = AX * 16 + SI (a real-mode address as a linear one).
linear_ax_si:
    movzx eax, ax
    shl eax, 4
    push esi
    movzx esi, si
    add eax, esi
    pop esi
    ret

; Calls the host with the block at DS:SI (DS = CS): the escape, or the doorbell.
host_call:
    cmp byte [mode], 0
    jne .door
    mov [.esc + 3], si                  ; the escape takes a displacement only
    jmp short .esc                      ; (and a jump flushes the prefetch queue)
.esc:
    HOSTCALL 0
    ret
.door:
    mov ax, cs
    call linear_ax_si
    mov dx, HOSTAPI_PORT
    out dx, eax
    ret

; #UD while probing: no host. Skip the 5-byte escape.
ud_trap:
    push bp
    mov bp, sp
    add word [bp + 2], 5
    pop bp
    iret

msg_cpu     db 'T86REDIR: needs a 386 or later', 13, 10, '$'
msg_nohost  db 'T86REDIR: no twin86 hostapi here (start twin86 with -share PATH)', 13, 10, '$'
msg_noshare db 'T86REDIR: twin86 shares no folder (start it with -share PATH)', 13, 10, '$'
msg_hooked  db 'T86REDIR: drives released, but another program hooked INT 2Fh', 13, 10
            db '          after T86REDIR, so it stays in memory', 13, 10, '$'

mode        db 0                        ; 0: escape, 1: doorbell
old6        dd 0

tprobe:
    BLOCK_HEADER SVC_CORE, CORE_PROBE, HOSTAPI_HDR_SIZE + PROBE_SIZE, 0, 0
    times PROBE_SIZE db 0

tcmd:
    BLOCK_HEADER SVC_REDIR, REDIR_COMMAND, HC_END + 16, 2, HC_END
    times HC_END - HOSTAPI_HDR_SIZE db 0
tcmd_bufs:
    dd 0, 0                             ; command tail
    dd 0, msgbuf_len                    ; message

msgbuf:
msgbuf_len equ 1024
