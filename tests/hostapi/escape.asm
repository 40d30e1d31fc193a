; escape.asm - the hostapi escape executed by a guest, as a BIOS ROM in the
; style of tests/cpu (lib/rom.inc, lib/report.inc; output on port 0xE9).
;
; Run with -hostapi (escape.rom) the escape serves argument blocks and
; changes no register and no flag; its other forms raise #UD; the a32 form
; obeys the segment limit (#GP); the doorbell ports answer; and in protected
; mode with paging the block is found through the page tables. Assembled
; with -DNO_HOST (escape-off.rom) and run without -hostapi, every form
; raises #UD and the doorbell ports read as unclaimed.
;
; Expected values: the block format of hostapi/abi.h, the Intel SDM on UD1
; (always #UD on hardware), real-mode limit checks (#GP for an offset past
; 0xFFFF) and paging (4 KiB pages, CR0.PG|PE, CR3 = page directory).

%include "rom.inc"
%include "abi.inc"

; data (DATA_SEG = 0x1000, linear 0x10000)
PROBE   equ 0x0000      ; probe block
COPYB   equ 0x0100      ; copy block
SRC     equ 0x0200
DST     equ 0x0300
BAD     equ 0x0400      ; a block with a bad version
NOMAGIC equ 0x0500
NOSVC   equ 0x0600
; paging test: page directory, two page tables, a flat data selector
PD      equ 0x80000
PT0     equ 0x81000     ; linear 0-4 MiB: identity
PT1     equ 0x82000     ; linear 4 MiB: page 0 -> physical 0x200000, page 1 absent
PMBLK   equ 0x400000    ; linear address of the block in the remapped page
PMPHYS  equ 0x200000
RES     equ R_SCRATCH   ; results of the protected-mode part (REPORT_SEG)

%ifndef NO_HOST
; Builds page tables (linear 0-4 MiB identity, linear 4 MiB -> physical
; 2 MiB, the page after it absent), enters 16-bit protected mode with paging
; (code selector based at 0xF0000 so labels stay valid), runs three calls and
; returns to real mode. Results go to REPORT_SEG:RES.
paging_test:
    pushad
    push ds
    push es
    cli
    ; page directory and tables, written through unreal-free real-mode segments
    mov ax, PD >> 4
    mov es, ax
    xor di, di
    xor eax, eax
    mov cx, 3 * 1024
    rep stosd                           ; PD, PT0, PT1 (contiguous)
    mov dword [es:0], PT0 | 3
    mov dword [es:4], PT1 | 3
    mov di, 0x1000
    mov eax, 3
    mov cx, 1024
.pt0:
    stosd
    add eax, 0x1000
    loop .pt0
    mov dword [es:0x2000], PMPHYS | 3   ; linear 4 MiB -> physical 2 MiB
    mov eax, PD
    mov cr3, eax
    lgdt [cs:gdt_desc]
    mov eax, cr0
    or eax, 0x80000001
    mov cr0, eax
    jmp 0x08:.pm
.pm:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    ; the probe block into the remapped page (linear PMBLK)
    mov esi, 0xF0000 + tmpl_probe
    mov edi, PMBLK
    mov ecx, 56
    a32 rep movsb
    db 0x67, 0x0F, 0xB9, 0x3D           ; flat DS: linear = disp32
    dd PMBLK
    mov ax, [dword PMPHYS + HA_STATUS]  ; where paging put it
    mov [dword (REPORT_SEG << 4) + RES], ax
    ; COPY from the mapped page into the absent one: refused whole
    mov esi, 0xF0000 + tmpl_pmcopy
    mov edi, PMBLK + 0x100
    mov ecx, 64
    a32 rep movsb
    mov dword [dword PMBLK + 0x100 + 40], PMBLK + 0x200       ; source: 16 bytes
    mov dword [dword PMBLK + 0x100 + 48], PMBLK + 0xFF8       ; runs into the absent page
    db 0x67, 0x0F, 0xB9, 0x3D
    dd PMBLK + 0x100
    mov ax, [dword PMBLK + 0x100 + HA_STATUS]
    mov [dword (REPORT_SEG << 4) + RES + 2], ax
    ; and inside the mapped page: the bytes land in physical memory
    mov esi, 0xF0000 + text
    mov edi, PMBLK + 0x200
    mov ecx, 16
    a32 rep movsb
    mov word [dword PMBLK + 0x100 + HA_STATUS], ST_PENDING
    mov dword [dword PMBLK + 0x100 + 48], PMBLK + 0x300
    db 0x67, 0x0F, 0xB9, 0x3D
    dd PMBLK + 0x100
    mov ax, [dword PMBLK + 0x100 + HA_STATUS]
    mov [dword (REPORT_SEG << 4) + RES + 4], ax
    mov ax, [dword PMPHYS + 0x300]
    mov [dword (REPORT_SEG << 4) + RES + 6], ax
    ; back to real mode
    mov eax, cr0
    and eax, 0x7FFFFFFE
    mov cr0, eax
    jmp ROM_SEG:.rm
.rm:
    pop es
    pop ds
    popad
    ret

    align 8
gdt:
    dq 0
    dw 0xFFFF, 0x0000                   ; 0x08: 16-bit code, base 0xF0000, limit 64 KiB
    db 0x0F, 0x9B, 0x00, 0x00
    dw 0xFFFF, 0x0000                   ; 0x10: 16-bit data, base 0, limit 4 GiB
    db 0x00, 0x93, 0x8F, 0x00
gdt_end:
gdt_desc:
    dw gdt_end - gdt - 1
    dd 0xF0000 + gdt

tmpl_pmcopy:
    BLOCK_HEADER SVC_CORE, CORE_COPY, 64, 2, 40
    dd 0, 0                             ; parameters +32
    dd 0, 16                            ; buffer 0: source
    dd 0, 16                            ; buffer 1: destination
    dd 0, 0
%endif

text    db 'hostapi escape!!'

tmpl_probe:
    dd HOSTAPI_MAGIC
    dw HOSTAPI_VERSION, HOSTAPI_HDR_SIZE, 56, SVC_CORE, CORE_PROBE, ST_PENDING, 0, 0, 0, 0
    dd 0xC0FFEE00, 0
    times 24 db 0

tmpl_copy:
    BLOCK_HEADER SVC_CORE, CORE_COPY, 64, 2, 40
    dd 0, 0
    dd (DATA_SEG << 4) + SRC, 16
    dd (DATA_SEG << 4) + DST, 32
    dd 0, 0

TEST_GROUP hostapi
    mov ax, DATA_SEG
    mov es, ax
    ; build the blocks from their templates
    push ds
    push cs
    pop ds
    mov si, tmpl_probe
    mov di, PROBE
    mov cx, 56
    rep movsb
    mov si, tmpl_copy
    mov di, COPYB
    mov cx, 64
    rep movsb
    mov si, tmpl_probe
    mov di, BAD
    mov cx, 56
    rep movsb
    mov si, tmpl_probe
    mov di, NOMAGIC
    mov cx, 56
    rep movsb
    mov si, tmpl_probe
    mov di, NOSVC
    mov cx, 56
    rep movsb
    mov si, text
    mov di, SRC
    mov cx, 16
    rep movsb
    pop ds
    mov word [es:BAD + HA_VERSION], 2
    mov byte [es:NOMAGIC], 'X'
    mov word [es:NOSVC + HA_SERVICE], 0x77

%ifndef NO_HOST
    ; ---- the probe, with every register and flag set to a pattern
    mov ax, DATA_SEG
    mov ds, ax
    mov ax, 0x2000
    mov fs, ax
    mov ax, 0x3000
    mov gs, ax
    mov eax, 0x11111111
    mov ebx, 0x22222222
    mov ecx, 0x33333333
    mov edx, 0x44444444
    mov esi, 0x55555555
    mov edi, 0x66666666
    mov ebp, 0x77777777
    SET_FLAGS F_CF | F_PF | F_ZF | F_OF | F_B1
    EXPECT_NO_FAULT probe_no_fault
    HOSTCALL PROBE
    END_FAULT
    CHECK_FLAGS probe_flags, F_ARITH | F_DF | F_IF | F_TF, F_CF | F_PF | F_ZF | F_OF
    CHECK_EQ32 probe_eax, eax, 0x11111111
    CHECK_EQ32 probe_ebx, ebx, 0x22222222
    CHECK_EQ32 probe_ecx, ecx, 0x33333333
    CHECK_EQ32 probe_edx, edx, 0x44444444
    CHECK_EQ32 probe_esi, esi, 0x55555555
    CHECK_EQ32 probe_edi, edi, 0x66666666
    CHECK_EQ32 probe_ebp, ebp, 0x77777777
    mov eax, esp
    CHECK_EQ32 probe_esp, eax, STACK_TOP
    mov ax, ds
    CHECK_EQ probe_ds, ax, DATA_SEG
    mov ax, es
    CHECK_EQ probe_es, ax, DATA_SEG
    mov ax, fs
    CHECK_EQ probe_fs, ax, 0x2000
    mov ax, gs
    CHECK_EQ probe_gs, ax, 0x3000
    CHECK_EQ probe_status, word [PROBE + HA_STATUS], ST_OK
    CHECK_EQ probe_version, word [PROBE + 32], HOSTAPI_VERSION
    CHECK_EQ probe_maxblock, word [PROBE + 34], 1024
    CHECK_EQ32 probe_features, dword [PROBE + 36], 4            ; the doorbell; no shares here
    CHECK_EQ32 probe_ram, dword [PROBE + 40], 32 << 20          ; -m default
    CHECK_EQ probe_port, word [PROBE + 46], HOSTAPI_PORT
    CHECK_EQ32 probe_tag, dword [PROBE + HA_TAG], 0xC0FFEE00    ; the guest's cookie
    CHECK_EQ probe_service, word [PROBE + HA_SERVICE], SVC_CORE

    ; ---- a segment override: ES:disp
    mov ax, DATA2_SEG
    mov es, ax
    mov cx, 56
    xor di, di
    mov al, 0
    rep stosb
    push ds
    push cs
    pop ds
    mov si, tmpl_probe
    xor di, di
    mov cx, 56
    rep movsb
    pop ds
    mov word [PROBE + HA_STATUS], ST_PENDING
    db 0x26                             ; es:
    HOSTCALL 0
    CHECK_EQ es_status, word [es:HA_STATUS], ST_OK
    CHECK_EQ es_not_ds, word [PROBE + HA_STATUS], ST_PENDING
    mov ax, DATA_SEG
    mov es, ax

    ; ---- the 32-bit address form: 67 0F B9 3D disp32
    mov word [PROBE + HA_STATUS], ST_PENDING
    db 0x67, 0x0F, 0xB9, 0x3D
    dd PROBE
    CHECK_EQ a32_status, word [PROBE + HA_STATUS], ST_OK
    ; past the real-mode limit of 0xFFFF: #GP, nothing served
    EXPECT_FAULT a32_limit, 13
    db 0x67, 0x0F, 0xB9, 0x3D
    dd 0x10000
    END_FAULT

    ; ---- a service with buffers: COPY SRC -> DST
    HOSTCALL COPYB
    CHECK_EQ copy_status, word [COPYB + HA_STATUS], ST_OK
    CHECK_EQ32 copy_result, dword [COPYB + HA_RESULT], 16
    CHECK_EQ32 copy_data0, dword [DST], 'host'
    CHECK_EQ32 copy_data3, dword [DST + 12], 'pe!!'

    ; ---- errors the host answers in the status field, without a fault
    EXPECT_NO_FAULT bad_version_no_fault
    HOSTCALL BAD
    END_FAULT
    CHECK_EQ bad_version, word [BAD + HA_STATUS], ST_BAD_VERSION
%endif

    ; ---- forms that are #UD: with hostapi, and (NO_HOST) every form
    EXPECT_FAULT ud_reg0, 6
    db 0x0F, 0xB9, 0x06                 ; reg = 0
    dw PROBE
    END_FAULT
    EXPECT_FAULT ud_register_form, 6
    db 0x0F, 0xB9, 0xF8                 ; mod = 3
    END_FAULT
    mov bx, PROBE
    EXPECT_FAULT ud_base_register, 6
    db 0x0F, 0xB9, 0x3F                 ; [bx]
    END_FAULT
    EXPECT_FAULT ud_no_magic, 6
    HOSTCALL NOMAGIC
    END_FAULT
    EXPECT_FAULT ud_unknown_service, 6
    HOSTCALL NOSVC
    END_FAULT
%ifdef NO_HOST
    EXPECT_FAULT ud_probe_without_host, 6
    HOSTCALL PROBE
    END_FAULT
    CHECK_EQ off_status, word [es:PROBE + HA_STATUS], ST_PENDING
    mov dx, HOSTAPI_PORT
    in eax, dx
    CHECK_EQ32 off_doorbell, eax, 0xFFFFFFFF
%else
    ; ---- the doorbell
    mov dx, HOSTAPI_PORT
    in eax, dx
    CHECK_EQ32 door_magic, eax, HOSTAPI_MAGIC
    add dx, 4
    in eax, dx
    CHECK_EQ32 door_version, eax, HOSTAPI_VERSION
    mov word [PROBE + HA_STATUS], ST_PENDING
    mov dx, HOSTAPI_PORT
    mov eax, (DATA_SEG << 4) + PROBE
    out dx, eax
    CHECK_EQ door_status, word [PROBE + HA_STATUS], ST_OK

    ; ---- protected mode with paging: the block is where the page tables say
    call paging_test
    RPT_LOAD ax, RES
    CHECK_EQ pm_remapped_status, ax, ST_OK
    RPT_LOAD ax, RES + 2
    CHECK_EQ pm_copy_across_unmapped, ax, ST_BAD_BUFFER
    RPT_LOAD ax, RES + 4
    CHECK_EQ pm_copy_mapped, ax, ST_OK
    RPT_LOAD ax, RES + 6
    CHECK_EQ pm_copy_data, ax, 'ho'
%endif
TEST_GROUP_END
