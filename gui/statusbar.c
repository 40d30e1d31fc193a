/* Status bar drawing (see statusbar.h). Left to right: MIPS, FD and HD
 * lamps, Num/Caps/Scroll lamps; the mouse hint or a message on the right. */
#include "statusbar.h"

#include <stdio.h>
#include <string.h>

#include "font.h"
#include "iodev/ps2kbd.h"

#define BAR_BG 0x202020u
#define BAR_TEXT 0xC8C8C8u
#define LAMP_OFF 0x404040u
#define LAMP_ON 0x30C030u
#define LAMP_BUSY 0xE0A020u
#define LAMP_TEXT_ON 0x000000u
#define HINT_CAPTURED 0xF0D060u

static int text_scale(int width) { return width >= 1200 ? 2 : 1; }

int statusbar_height(int width) { return (FONT_H + 6) * text_scale(width); }

static void fill(uint32_t *px, int pitch, int w, int h, int x, int y, int rw, int rh, uint32_t c) {
    for (int j = y; j < y + rh && j < h; j++)
        for (int i = x; i < x + rw && i < w; i++)
            if (i >= 0 && j >= 0)
                px[(long)j * pitch + i] = c;
}

/* A labelled lamp; returns the x after it and its gap. */
static int lamp(uint32_t *px, int pitch, int w, int h, int x, int s, const char *label,
                uint32_t color) {
    int lw = font_width(label, s) + 4 * s, top = s, lh = h - 2 * s;
    fill(px, pitch, w, h, x, top, lw, lh, color);
    uint32_t ink = color == LAMP_OFF ? BAR_TEXT : LAMP_TEXT_ON;
    font_draw(px, pitch, w, h, x + 2 * s, (h - FONT_H * s) / 2, label, ink, s);
    return x + lw + 3 * s;
}

static uint32_t activity_color(int state) { return state > 0 ? LAMP_BUSY : LAMP_OFF; }

void statusbar_draw(uint32_t *px, int pitch, int w, int h, const struct status_info *st) {
    int s = text_scale(w), ty = (h - FONT_H * s) / 2, x = 4 * s;
    char buf[160];
    fill(px, pitch, w, h, 0, 0, w, h, BAR_BG);
    if (st->mips_known)
        snprintf(buf, sizeof buf, "%7.1f MIPS", st->mips);
    else
        snprintf(buf, sizeof buf, "%7s MIPS", "-");
    x = font_draw(px, pitch, w, h, x, ty, buf, BAR_TEXT, s) + 6 * s;
    x = lamp(px, pitch, w, h, x, s, st->floppy < 0 ? "FD -" : "FD", activity_color(st->floppy));
    x = lamp(px, pitch, w, h, x, s, st->disk < 0 ? "HD -" : "HD", activity_color(st->disk));
    x += 3 * s;
    x = lamp(px, pitch, w, h, x, s, "Num", st->leds & PS2KBD_LED_NUM ? LAMP_ON : LAMP_OFF);
    x = lamp(px, pitch, w, h, x, s, "Caps", st->leds & PS2KBD_LED_CAPS ? LAMP_ON : LAMP_OFF);
    x = lamp(px, pitch, w, h, x, s, "Scroll", st->leds & PS2KBD_LED_SCROLL ? LAMP_ON : LAMP_OFF);
    uint32_t ink = BAR_TEXT;
    if (st->message)
        snprintf(buf, sizeof buf, "%s", st->message);
    else if (st->captured) {
        snprintf(buf, sizeof buf, "Mouse captured: %s releases", st->release);
        ink = HINT_CAPTURED;
    } else
        snprintf(buf, sizeof buf, "Click to capture the mouse");
    /* Right-aligned, but never over the lamps: long text is cut at the end. */
    int room = (w - 4 * s - x) / (FONT_ADVANCE * s);
    if (room <= 0)
        return;
    if ((int)strlen(buf) > room)
        buf[room] = '\0';
    font_draw(px, pitch, w, h, w - 4 * s - font_width(buf, s), ty, buf, ink, s);
}

static int same_text(const char *a, const char *b) {
    return a == b || (a && b && strcmp(a, b) == 0);
}

int statusbar_same(const struct status_info *a, const struct status_info *b) {
    return a->mips_known == b->mips_known && (long)(a->mips * 10) == (long)(b->mips * 10) &&
           a->floppy == b->floppy && a->disk == b->disk && a->leds == b->leds &&
           a->captured == b->captured && same_text(a->release, b->release) &&
           same_text(a->message, b->message);
}
