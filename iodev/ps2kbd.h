/* PS/2 keyboard (the device at the far end of the 8042's first port).
 *
 * Key codes ("PC keycodes") are scan code set 1 make codes: 0x01..0x7F for
 * ordinary keys and 0xE0xx for the keys that send an E0 prefix in set 1
 * (0xE048 = cursor up, 0xE01D = right Ctrl, 0xE035 = keypad /, 0xE05B = left
 * Windows key, ...). Two keys have no single make code: Print Screen is
 * PS2KEY_PRINT (0xE037) and Pause is PS2KEY_PAUSE (0xE11D, after its E1 1D 45
 * sequence). The keyboard sends the bytes of its current scan code set (1, 2 or
 * 3; 2 after reset); the 8042, not the keyboard, translates set 2 to set 1.
 *
 * The keyboard has two output queues: replies to host commands, which go
 * first, and key bytes. It never looks at time itself: the controller pulls
 * bytes one by one and paces them (ps2kbd_delay_ns tells it when the next
 * byte needs the self-test time after a reset). Autorepeat is timed by the
 * controller (kbc_key_event) from the typematic byte stored here; frontends
 * send only real presses and releases. In set 3 every key is make/break
 * (and repeats); the key-type commands
 * F7..FD are acknowledged but change nothing. */
#ifndef TWIN86_PS2KBD_H
#define TWIN86_PS2KBD_H

#include <stdint.h>

#define PS2KEY_PRINT 0xE037u
#define PS2KEY_PAUSE 0xE11Du

/* Basic assurance test (self test) time after the reset command, and the
 * LED bits of ps2kbd_leds (as in the ED command's argument). */
#define PS2_BAT_NS 5000000ull
enum { PS2KBD_LED_SCROLL = 1, PS2KBD_LED_NUM = 2, PS2KBD_LED_CAPS = 4 };

typedef struct ps2kbd ps2kbd;

/* A keyboard in its power-on state (set 2, scanning enabled, LEDs off).
 * Returns NULL and sets *err when out of memory. */
ps2kbd *ps2kbd_create(const char **err);
void ps2kbd_destroy(ps2kbd *k);
void ps2kbd_reset(ps2kbd *k); /* power-on state, queues emptied */

/* A byte from the host (a command or a command's argument). */
void ps2kbd_write(ps2kbd *k, uint8_t byte);

/* Output towards the host: whether a byte is waiting, the extra time before
 * it may be sent (the self test after a reset, else 0), and taking it. */
int ps2kbd_has_data(const ps2kbd *k);
uint64_t ps2kbd_delay_ns(const ps2kbd *k);
uint8_t ps2kbd_read(ps2kbd *k);

/* A key went down (pressed != 0) or up. Returns 0, or -1 for a keycode the
 * keyboard does not know (nothing is sent). Ignored while scanning is
 * disabled; a full buffer drops the key and queues one overrun code. */
int ps2kbd_key(ps2kbd *k, unsigned keycode, int pressed);

unsigned ps2kbd_leds(const ps2kbd *k);      /* PS2KBD_LED_* bits */
unsigned ps2kbd_scan_set(const ps2kbd *k);  /* 1, 2 or 3 */
unsigned ps2kbd_typematic(const ps2kbd *k); /* last F3 argument (0x2B after reset) */
int ps2kbd_scanning(const ps2kbd *k);       /* F4 enabled / F5 disabled */

/* The set 2 make code of an ordinary keycode (0x01..0x7F), or 0. Extended
 * keys send E0 followed by the code of their low byte. */
uint8_t ps2kbd_set2_code(unsigned keycode);

/* The key that types ASCII character c on a US keyboard: returns its
 * keycode and sets *shift when Shift must be held, or returns 0 for a
 * character no key types. \n and \r are Enter, \t Tab, \b Backspace,
 * 0x1B Esc. */
unsigned ps2kbd_us_key(int c, int *shift);

#endif
