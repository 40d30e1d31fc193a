/* 8042 keyboard controller on ports 0x60 (data) and 0x64 (status/command),
 * with a PS/2 keyboard on its first port (IRQ 1) and a PS/2 mouse on its
 * auxiliary port (IRQ 12).
 *
 * Bytes reach the output buffer in virtual time: a controller reply after
 * KBC_REPLY_NS, a byte from the keyboard or mouse after KBC_BYTE_NS (about
 * one PS/2 frame) plus the device's own delay (the self test after a reset).
 * Replies go first; keyboard and mouse take turns. An interrupt line is high
 * while the output buffer holds a byte from its side and the command byte
 * enables it (the PIC sees the rising edge).
 *
 * Power-on state (kbc_reset): command byte 0x61 (keyboard interrupt,
 * translation, auxiliary clock off), output port 0xCF (A20 on), system flag
 * clear until the self-test command 0xAA sets it. */
#ifndef TWIN86_KBC_H
#define TWIN86_KBC_H

#include <stdint.h>

#include "iodev/ps2kbd.h"
#include "iodev/ps2mouse.h"
#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/memory.h"
#include "twin86/sched.h"

#define KBC_DATA_PORT 0x60
#define KBC_CMD_PORT 0x64
#define KBC_REPLY_NS 10000ull  /* 10 us: the 8042 answering a command */
#define KBC_BYTE_NS 1000000ull /* 1 ms: one byte over the PS/2 cable */
#define KBC_TYPE_NS 5000000ull /* 5 ms between the key events of kbc_type_string */

/* Status register (port 0x64) and command byte bits. */
enum {
    KBC_STAT_OBF = 0x01,
    KBC_STAT_IBF = 0x02,
    KBC_STAT_SYS = 0x04,
    KBC_STAT_CMD = 0x08,      /* last write went to port 0x64 */
    KBC_STAT_UNLOCKED = 0x10, /* keyboard not inhibited by the key lock */
    KBC_STAT_AUX = 0x20,      /* the output buffer holds a mouse byte */
    KBC_STAT_TIMEOUT = 0x40,
    KBC_STAT_PARITY = 0x80,
};
enum {
    KBC_CB_KBD_INT = 0x01,
    KBC_CB_AUX_INT = 0x02,
    KBC_CB_SYS = 0x04,
    KBC_CB_KBD_OFF = 0x10,
    KBC_CB_AUX_OFF = 0x20,
    KBC_CB_XLATE = 0x40,
};

typedef struct kbc kbc;

/* Claims ports 0x60 and 0x64. mem receives the A20 gate (output port bit 1,
 * commands 0xDD/0xDF); it may be NULL. Returns NULL and sets *err on failure. */
kbc *kbc_create(iobus *io, sched *s, memory *mem, irq_line kbd_irq, irq_line aux_irq,
                const char **err);
/* The bus and scheduler keep pointing at the controller: destroy it with them. */
void kbc_destroy(kbc *k);
/* Power-on state of the controller, keyboard and mouse; sets A20 on. */
void kbc_reset(kbc *k);

/* Called when the guest pulls the reset line (output port bit 0 written as
 * 0, or a pulse command 0xF0..0xFF with bit 0 clear, e.g. 0xFE). It runs inside
 * the port write: the machine should latch a reset request and act on it
 * after the instruction. The controller itself keeps its state (and A20). */
void kbc_set_reset_handler(kbc *k, void (*fn)(void *opaque), void *opaque);

/* Frontend input. keycode is a PC keycode as described in ps2kbd.h (set 1
 * make code, 0xE0xx for extended keys). Send only real transitions: while a
 * key is held, the keyboard repeats the last key pressed by itself after the
 * guest's typematic delay and at its rate (command F3), until the key is
 * released. Mouse arguments: see ps2mouse_event. */
void kbc_key_event(kbc *k, unsigned keycode, int pressed);
void kbc_mouse_event(kbc *k, int dx, int dy, int dz, unsigned buttons);

/* Types ASCII text on a US layout (Shift pressed around capitals and
 * symbols; \n, \r and \r\n are Enter, \t Tab, \b Backspace, \x1b Esc). Key
 * events are spaced KBC_TYPE_NS apart and wait while the keyboard still has
 * bytes to send. Returns the number of characters queued, or -1 (nothing
 * queued) when the text holds a character with no key or memory runs out. */
int kbc_type_string(kbc *k, const char *text);
/* Key events of typed text not yet sent to the keyboard. */
unsigned kbc_typing_pending(const kbc *k);

ps2kbd *kbc_keyboard(kbc *k);
ps2mouse *kbc_mouse(kbc *k);
static inline unsigned kbc_leds(kbc *k) { return ps2kbd_leds(kbc_keyboard(k)); }

/* The 8042's set 2 -> set 1 translation of one byte (without the F0 prefix
 * handling). */
uint8_t kbc_translate(uint8_t set2);

#endif
