/* Host keys to PC keys: SDL scancodes (USB HID usage numbers: a key's
 * place on the keyboard, whatever the host's layout says it types) to PC
 * keycodes as kbc_key_event takes them (set 1 make code, 0xE0xx extended,
 * PS2KEY_PRINT, PS2KEY_PAUSE). The guest then applies its own layout, as
 * with a real keyboard plugged in. */
#ifndef TWIN86_GUI_KEYMAP_H
#define TWIN86_GUI_KEYMAP_H

/* The PC keycode for SDL scancode `sc`, or 0 for a key a PC keyboard lacks. */
unsigned keymap_sdl(int sc);

#endif
