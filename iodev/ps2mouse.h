/* PS/2 mouse (the device on the 8042's auxiliary port), with the IntelliMouse
 * wheel (ID 3, after the sample-rate knock 200, 100, 80) and the IntelliMouse
 * Explorer's extra buttons (ID 4, after 200, 200, 80).
 *
 * Motion accumulates in the mouse's counters; a packet is queued when the
 * host has room for it, so a fast frontend never overflows the queue, and a
 * counter that leaves -256..255 before it is reported saturates and sets the
 * packet's overflow bit, as the hardware does. Like the keyboard, it never
 * looks at time: the controller pulls and paces its bytes. */
#ifndef TWIN86_PS2MOUSE_H
#define TWIN86_PS2MOUSE_H

#include <stdint.h>

/* Button bits of ps2mouse_event, in the order of the packet's first byte. */
enum {
    PS2MOUSE_LEFT = 1,
    PS2MOUSE_RIGHT = 2,
    PS2MOUSE_MIDDLE = 4,
    PS2MOUSE_BUTTON4 = 8,
    PS2MOUSE_BUTTON5 = 16,
};

typedef struct ps2mouse ps2mouse;

ps2mouse *ps2mouse_create(const char **err);
void ps2mouse_destroy(ps2mouse *m);
void ps2mouse_reset(ps2mouse *m); /* power-on state: stream mode, reporting off, ID 0 */

void ps2mouse_write(ps2mouse *m, uint8_t byte); /* a byte from the host */

/* Output towards the host, as for the keyboard. */
int ps2mouse_has_data(const ps2mouse *m);
uint64_t ps2mouse_delay_ns(const ps2mouse *m);
uint8_t ps2mouse_read(ps2mouse *m);

/* Motion in screen directions (dx > 0 right, dy > 0 down; the packet's Y is
 * the other way up), wheel clicks (dz > 0 towards the user, i.e. scrolling
 * down) and the buttons now held (PS2MOUSE_* bits). */
void ps2mouse_event(ps2mouse *m, int dx, int dy, int dz, unsigned buttons);

unsigned ps2mouse_id(const ps2mouse *m);          /* 0, 3 or 4 */
int ps2mouse_reporting(const ps2mouse *m);        /* F4 enabled */
unsigned ps2mouse_sample_rate(const ps2mouse *m); /* reports per second */

#endif
