/* Terminal keys (see term_keys.h). */
#include "term_keys.h"

#include <curses.h>

#include "iodev/ps2kbd.h"

enum { PC_LCTRL = 0x1D, PC_LSHIFT = 0x2A, PC_LALT = 0x38 };

/* curses function keys: {KEY_*, PC keycode, modifiers}. */
static const struct {
    int curses;
    unsigned key, mods;
} special[] = {
    {KEY_UP, 0xE048, 0},
    {KEY_DOWN, 0xE050, 0},
    {KEY_LEFT, 0xE04B, 0},
    {KEY_RIGHT, 0xE04D, 0},
    {KEY_HOME, 0xE047, 0},
    {KEY_END, 0xE04F, 0},
    {KEY_PPAGE, 0xE049, 0},
    {KEY_NPAGE, 0xE051, 0},
    {KEY_IC, 0xE052, 0},
    {KEY_DC, 0xE053, 0},
    {KEY_BACKSPACE, 0x0E, 0},
    {KEY_ENTER, 0xE01C, 0},
    {KEY_BTAB, 0x0F, TERM_SHIFT},
    {KEY_SR, 0xE048, TERM_SHIFT},
    {KEY_SF, 0xE050, TERM_SHIFT},
    {KEY_SLEFT, 0xE04B, TERM_SHIFT},
    {KEY_SRIGHT, 0xE04D, TERM_SHIFT},
    {KEY_SHOME, 0xE047, TERM_SHIFT},
    {KEY_SEND, 0xE04F, TERM_SHIFT},
    {KEY_SDC, 0xE053, TERM_SHIFT},
    {KEY_SIC, 0xE052, TERM_SHIFT},
    {KEY_B2, 0x4C, 0}, /* keypad 5 */
};

static const unsigned fkeys[12] = {0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x40,
                                   0x41, 0x42, 0x43, 0x44, 0x57, 0x58};

static int stroke(struct term_stroke *s, unsigned key, unsigned mods) {
    s->key = key;
    s->mods = mods;
    return key != 0;
}

int term_key_stroke(int ch, int alt, struct term_stroke *s) {
    unsigned a = alt ? TERM_ALT : 0;
    int shift;
    if (ch >= KEY_F(1) && ch <= KEY_F(36)) {
        /* xterm numbers Shift+F1 as F13 and Ctrl+F1 as F25. */
        int n = ch - KEY_F(1);
        return stroke(s, fkeys[n % 12], a | (n >= 24 ? TERM_CTRL : n >= 12 ? TERM_SHIFT : 0));
    }
    for (unsigned i = 0; i < sizeof special / sizeof special[0]; i++)
        if (special[i].curses == ch)
            return stroke(s, special[i].key, special[i].mods | a);
    switch (ch) {
    case '\r':
    case '\n':
        return stroke(s, 0x1C, a);
    case '\t':
        return stroke(s, 0x0F, a);
    case 0x08:
    case 0x7F:
        return stroke(s, 0x0E, a);
    case 0x1B:
        return stroke(s, 0x01, a);
    case 0x00:
        return stroke(s, 0x39, a | TERM_CTRL); /* Ctrl+Space */
    case 0x1C:
        return stroke(s, 0x2B, a | TERM_CTRL); /* Ctrl+\ */
    case 0x1D:
        return stroke(s, 0x1B, a | TERM_CTRL); /* Ctrl+] */
    case 0x1E:
        return stroke(s, 0x07, a | TERM_CTRL | TERM_SHIFT); /* Ctrl+^ */
    case 0x1F:
        return stroke(s, 0x0C, a | TERM_CTRL | TERM_SHIFT); /* Ctrl+_ */
    }
    if (ch >= 0x01 && ch <= 0x1A) /* Ctrl+A .. Ctrl+Z */
        return stroke(s, ps2kbd_us_key('a' + ch - 1, &shift), a | TERM_CTRL);
    if (ch >= 0x20 && ch <= 0x7E) {
        unsigned key = ps2kbd_us_key(ch, &shift);
        return stroke(s, key, a | (shift ? TERM_SHIFT : 0));
    }
    return 0;
}

int term_stroke_events(const struct term_stroke *s, unsigned out[8]) {
    static const unsigned mod_key[3] = {PC_LSHIFT, PC_LCTRL, PC_LALT};
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (s->mods & (1u << i))
            out[n++] = mod_key[i] | 1u << 31;
    out[n++] = s->key | 1u << 31;
    out[n++] = s->key;
    for (int i = 2; i >= 0; i--)
        if (s->mods & (1u << i))
            out[n++] = mod_key[i];
    return n;
}
