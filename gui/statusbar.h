/* The status bar under the guest picture: guest speed, disk activity,
 * keyboard LEDs, the mouse capture state with the key that releases it, and
 * short messages (a screenshot's file name). Drawn in software into XRGB
 * pixels, so it looks the same on every renderer and tests can read it. */
#ifndef TWIN86_GUI_STATUSBAR_H
#define TWIN86_GUI_STATUSBAR_H

#include <stdint.h>

struct status_info {
    double mips;         /* guest instructions per wall-clock second, / 1e6 */
    int mips_known;      /* 0 until the first second has been measured */
    int floppy, disk;    /* 1 busy, 0 idle, -1 unknown (no activity counter) */
    unsigned leds;       /* PS2KBD_LED_* bits */
    int captured;        /* the mouse is captured */
    const char *release; /* the key combination that releases it */
    const char *message; /* shown instead of the mouse hint, or NULL */
};

/* Bar height in pixels for a window `width` pixels wide (the lettering
 * doubles on wide windows). */
int statusbar_height(int width);

/* Draws the bar into a w x h picture (rows `pitch` pixels apart). */
void statusbar_draw(uint32_t *px, int pitch, int w, int h, const struct status_info *s);

/* Whether two states draw the same bar (MIPS compared to one decimal). */
int statusbar_same(const struct status_info *a, const struct status_info *b);

#endif
