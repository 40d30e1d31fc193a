; A boot sector for the display tests (tests/unit/test_gui_x11.sh and
; gui/bench-display): a prompt that echoes typed keys on the screen and on the
; 0xE9 debug console, and one-letter commands that switch video modes.
;   g  mode 13h (320x200x256), every pixel (x + y) & 0xFF
;   v  DISPI 640x480x8 (VBE), the first 64 KiB bank (x ^ y) & 0xFF
;   t  text mode 3 again
;   a  animate: redraw the whole mode 13h screen, forever (the benchmark)
; Each command answers on port 0xE9 ("MODE13", "VBE", "TEXT", "ANIM"), and the
; prompt says "READY" there, so a test knows when to look at the window.
; The cursor is hidden, so the screen holds still for screenshots.
        bits 16
        org 0x7C00

        cli
        xor ax, ax
        mov ds, ax
        mov es, ax
        mov ss, ax
        mov sp, 0x7C00
        sti
text:   mov ax, 0x0003
        int 0x10
        mov ah, 0x01            ; no cursor
        mov cx, 0x2000
        int 0x10
        mov ax, 0x1003          ; attribute bit 7: bright background, no blinking
        xor bx, bx
        int 0x10
        mov si, banner
        call print
        ; one row of all 16 background colours with their digits (row 2)
        push es
        mov ax, 0xB800
        mov es, ax
        mov di, 2 * 160
        xor bx, bx
.row:   mov al, bl
        add al, '0'
        cmp al, '9'
        jbe .dig
        add al, 7
.dig:   mov ah, bl
        shl ah, 4
        or ah, 0x07             ; light grey digits on each background
        stosw
        stosw
        inc bx
        cmp bx, 16
        jb .row
        pop es
        mov dx, 0x0300          ; prompt on row 3
        mov ah, 0x02
        xor bh, bh
        int 0x10
        mov si, ready
        call debug
prompt: mov si, prompt_s
        call print
        xor di, di              ; first key of the line
key:    xor ah, ah
        int 0x16
        out 0xE9, al
        cmp al, 0x0D
        je enter
        test di, di
        jnz .echo
        mov [line], al
        inc di
.echo:  mov ah, 0x0E
        xor bh, bh
        int 0x10
        jmp key
enter:  mov al, 0x0A
        out 0xE9, al
        mov si, crlf
        call print
        mov al, [line]
        mov byte [line], 0
        cmp al, 'g'
        je mode13
        cmp al, 'v'
        je vbe
        cmp al, 't'
        je text
        cmp al, 'a'
        je anim
        jmp prompt

mode13: call set13
        xor cx, cx
        call fill13
        mov si, mode13_s
        jmp done

anim:   call set13
        mov si, anim_s
        call debug
        xor cx, cx
.again: call fill13
        inc cx
        jmp .again

vbe:    mov dx, 0x1CE
        mov ax, 4               ; enable: off while the mode changes
        out dx, ax
        inc dx
        xor ax, ax
        out dx, ax
        mov bx, vbe_regs
.reg:   mov ax, [bx]
        test ax, ax
        jz .draw
        dec dx
        out dx, ax
        inc dx
        mov ax, [bx + 2]
        out dx, ax
        add bx, 4
        jmp .reg
.draw:  push es
        mov ax, 0xA000
        mov es, ax
        xor di, di
.px:    mov ax, di              ; x = di % 640 is not needed: any pattern will do
        xor al, ah
        stosb
        test di, di
        jnz .px
        pop es
        mov si, vbe_s
        jmp done

done:   call debug
        mov si, ready
        call debug
        xor di, di              ; a new line, without a prompt over the picture
        jmp key

set13:  mov ax, 0x0013
        int 0x10
        ret

; Fills mode 13h with (x + y + cx) & 0xFF.
fill13: push es
        mov ax, 0xA000
        mov es, ax
        xor di, di
        xor dx, dx              ; y
.y:     xor bx, bx              ; x
.x:     mov al, bl
        add al, dl
        add al, cl
        stosb
        inc bx
        cmp bx, 320
        jb .x
        inc dx
        cmp dx, 200
        jb .y
        pop es
        ret

print:  lodsb
        test al, al
        jz .ret
        mov ah, 0x0E
        xor bh, bh
        int 0x10
        jmp print
.ret:   ret

debug:  lodsb
        test al, al
        jz .ret
        out 0xE9, al
        jmp debug
.ret:   ret

vbe_regs: dw 1, 640, 2, 480, 3, 8, 4, 0x01, 0
banner:   db "twin86 display test: g v t a", 13, 10, 0
prompt_s: db "> ", 0
crlf:     db 13, 10, 0
ready:    db "READY", 10, 0
mode13_s: db "MODE13", 10, 0
anim_s:   db "ANIM", 10, 0
vbe_s:    db "VBE", 10, 0
line:     db 0

        times 510 - ($ - $$) db 0
        dw 0xAA55
