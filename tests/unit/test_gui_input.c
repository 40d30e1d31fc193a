/* Input for the displays: the SDL scancode table (gui/keymap.c), terminal
 * keys (gui/term_keys.c), and typematic repeat, which the keyboard
 * controller generates from the guest's F3 setting now that frontends send
 * only real presses and releases (iodev/kbc.c). Expected codes come from
 * the scan code set 1 tables (IBM PS/2 reference, Microsoft's keyboard scan
 * code specification); repeat timing from the F3 argument's definition:
 * delay (1 + bits 6-5) * 250 ms, period (8 + bits 2-0) * 2^(bits 4-3) / 240 s. */
#include "config.h"

#include <string.h>

#include "check.h"
#include "iodev/kbc.h"

/* --- typematic repeat through the 8042 --------------------------------- */

#define MS 1000000ull /* ticks: the scheduler runs at one tick per nanosecond */

struct rig {
    iobus *io;
    sched *s;
    memory *mem;
    kbc *k;
};

static void no_irq(void *opaque, int n, int level) { (void)opaque, (void)n, (void)level; }

static int rig_init(struct rig *r) {
    const char *err = NULL;
    memset(r, 0, sizeof *r);
    r->io = io_create();
    r->s = sched_create(1000000000ull);
    r->mem = mem_create(2u << 20, &err);
    if (r->io && r->s && r->mem)
        r->k = kbc_create(r->io, r->s, r->mem, (irq_line){no_irq, r, 0}, (irq_line){no_irq, r, 1},
                          &err);
    return CHECK(r->k != NULL);
}

static void rig_done(struct rig *r) {
    kbc_destroy(r->k);
    mem_destroy(r->mem);
    sched_destroy(r->s);
    io_destroy(r->io);
}

/* What the guest reads from port 0x60 while virtual time runs to `until`
 * (ms), polling every 0.25 ms: bytes and the times they were read. */
struct log {
    int n;
    uint8_t byte[256];
    double ms[256];
};

static void run_until(struct rig *r, double until, struct log *l) {
    while ((double)sched_now(r->s) < until * MS) {
        sched_advance(r->s, MS / 4);
        if ((io_read(r->io, KBC_CMD_PORT, 1) & KBC_STAT_OBF) && l->n < 256) {
            l->byte[l->n] = (uint8_t)io_read(r->io, KBC_DATA_PORT, 1);
            l->ms[l->n++] = (double)sched_now(r->s) / MS;
        }
    }
}

static int count(const struct log *l, uint8_t b) {
    int n = 0;
    for (int i = 0; i < l->n; i++)
        n += l->byte[i] == b;
    return n;
}

/* Time of the k-th (0-based) occurrence of b, or -1. */
static double when(const struct log *l, uint8_t b, int k) {
    for (int i = 0; i < l->n; i++)
        if (l->byte[i] == b && k-- == 0)
            return l->ms[i];
    return -1;
}

static void send_kbd(struct rig *r, uint8_t b, struct log *l) {
    io_write(r->io, KBC_DATA_PORT, b, 1);
    run_until(r, (double)sched_now(r->s) / MS + 5, l); /* the ACK comes back */
}

static void test_typematic(void) {
    struct rig r;
    struct log l = {0};
    if (!rig_init(&r))
        return;
    /* Power-on setting 0x2B: 500 ms, then every 22/240 s (10.9 per second).
     * A held 1.1 s: the make code (translated to set 1: 0x1E) at once, then
     * at 500 + k * 91.67 ms for k = 0..6, then the break code. */
    kbc_key_event(r.k, 0x1E, 1);
    run_until(&r, 1100, &l);
    kbc_key_event(r.k, 0x1E, 0);
    run_until(&r, 1400, &l);
    CHECK_EQ(count(&l, 0x1E), 8);
    CHECK_EQ(count(&l, 0x9E), 1);
    CHECK(when(&l, 0x1E, 0) < 3);
    CHECK(when(&l, 0x1E, 1) >= 500 && when(&l, 0x1E, 1) < 503);
    double period = (when(&l, 0x1E, 7) - when(&l, 0x1E, 1)) / 6;
    if (!CHECK(period > 91.0 && period < 92.4))
        fprintf(stderr, "period %.2f ms, expected 91.67\n", period);
    CHECK(when(&l, 0x9E, 0) > 1100);

    /* The guest asks for the fastest rate (F3 00): 250 ms, then 30 per second. */
    l.n = 0;
    send_kbd(&r, 0xF3, &l);
    send_kbd(&r, 0x00, &l);
    CHECK_EQ(count(&l, 0xFA), 2);
    CHECK_EQ(ps2kbd_typematic(kbc_keyboard(r.k)), 0x00);
    l.n = 0;
    double t0 = (double)sched_now(r.s) / MS;
    kbc_key_event(r.k, 0x30, 1); /* B */
    run_until(&r, t0 + 400, &l);
    kbc_key_event(r.k, 0x30, 0);
    run_until(&r, t0 + 500, &l);
    /* Repeats at 250 + k * 33.3 ms up to 400 ms: k = 0..4. */
    CHECK_EQ(count(&l, 0x30), 6);
    CHECK(when(&l, 0x30, 1) - t0 >= 250 && when(&l, 0x30, 1) - t0 < 253);
    period = (when(&l, 0x30, 5) - when(&l, 0x30, 1)) / 4;
    if (!CHECK(period > 32.8 && period < 33.9))
        fprintf(stderr, "period %.2f ms, expected 33.33\n", period);

    /* The slowest (F3 7F): 1 s, then 2 per second. */
    send_kbd(&r, 0xF3, &l);
    send_kbd(&r, 0x7F, &l);
    l.n = 0;
    t0 = (double)sched_now(r.s) / MS;
    kbc_key_event(r.k, 0x2C, 1); /* Z */
    run_until(&r, t0 + 1600, &l);
    kbc_key_event(r.k, 0x2C, 0);
    run_until(&r, t0 + 1700, &l);
    CHECK_EQ(count(&l, 0x2C), 3); /* 0, 1000 and 1500 ms */
    CHECK(when(&l, 0x2C, 2) - when(&l, 0x2C, 1) > 499 &&
          when(&l, 0x2C, 2) - when(&l, 0x2C, 1) < 501);

    /* Only the last key pressed repeats, and letting it go ends repeating
     * even while an earlier key is still held. */
    send_kbd(&r, 0xF3, &l);
    send_kbd(&r, 0x00, &l);
    l.n = 0;
    t0 = (double)sched_now(r.s) / MS;
    kbc_key_event(r.k, 0x1E, 1); /* A down */
    run_until(&r, t0 + 100, &l);
    kbc_key_event(r.k, 0x30, 1); /* B down */
    run_until(&r, t0 + 600, &l);
    kbc_key_event(r.k, 0x30, 0); /* B up, A still down */
    run_until(&r, t0 + 1000, &l);
    CHECK_EQ(count(&l, 0x1E), 1);
    CHECK(count(&l, 0x30) >= 6);
    CHECK(when(&l, 0x30, 1) - t0 >= 350);
    kbc_key_event(r.k, 0x1E, 0);
    run_until(&r, t0 + 1050, &l);

    /* Pause sends its sequence once, never repeats, has no break code. */
    l.n = 0;
    kbc_key_event(r.k, PS2KEY_PAUSE, 1);
    run_until(&r, (double)sched_now(r.s) / MS + 800, &l);
    kbc_key_event(r.k, PS2KEY_PAUSE, 0);
    run_until(&r, (double)sched_now(r.s) / MS + 50, &l);
    CHECK_EQ(l.n, 6); /* E1 1D 45 E1 9D C5 */
    CHECK_EQ(count(&l, 0xE1), 2);

    /* Scanning disabled (F5) stops the repeat of a key held meanwhile. */
    l.n = 0;
    kbc_key_event(r.k, 0x1F, 1); /* S */
    run_until(&r, (double)sched_now(r.s) / MS + 20, &l);
    send_kbd(&r, 0xF5, &l);
    run_until(&r, (double)sched_now(r.s) / MS + 600, &l);
    CHECK_EQ(count(&l, 0x1F), 1);
    rig_done(&r);
}

/* --- SDL scancodes ----------------------------------------------------- */

#ifdef HAVE_SDL2
#include <SDL_scancode.h>

#include "gui/keymap.h"

static void test_keymap(void) {
    int shift;
    /* Letters and digits: the US rows of ps2kbd_us_key, by physical key. */
    for (int c = 'a'; c <= 'z'; c++)
        CHECK_EQ(keymap_sdl(SDL_SCANCODE_A + (c - 'a')), ps2kbd_us_key(c, &shift));
    for (int c = '1'; c <= '9'; c++)
        CHECK_EQ(keymap_sdl(SDL_SCANCODE_1 + (c - '1')), ps2kbd_us_key(c, &shift));
    CHECK_EQ(keymap_sdl(SDL_SCANCODE_0), 0x0B);
    static const struct {
        int sc;
        char c;
    } punct[] = {{SDL_SCANCODE_MINUS, '-'},       {SDL_SCANCODE_EQUALS, '='},
                 {SDL_SCANCODE_LEFTBRACKET, '['}, {SDL_SCANCODE_RIGHTBRACKET, ']'},
                 {SDL_SCANCODE_BACKSLASH, '\\'},  {SDL_SCANCODE_SEMICOLON, ';'},
                 {SDL_SCANCODE_APOSTROPHE, '\''}, {SDL_SCANCODE_GRAVE, '`'},
                 {SDL_SCANCODE_COMMA, ','},       {SDL_SCANCODE_PERIOD, '.'},
                 {SDL_SCANCODE_SLASH, '/'},       {SDL_SCANCODE_SPACE, ' '},
                 {SDL_SCANCODE_RETURN, '\r'},     {SDL_SCANCODE_TAB, '\t'},
                 {SDL_SCANCODE_BACKSPACE, '\b'},  {SDL_SCANCODE_ESCAPE, 0x1B}};
    for (unsigned i = 0; i < sizeof punct / sizeof punct[0]; i++)
        CHECK_EQ(keymap_sdl(punct[i].sc), ps2kbd_us_key(punct[i].c, &shift));
    /* Function keys: F1-F10 are 3B-44, F11 and F12 came later: 57, 58. */
    for (int i = 0; i < 10; i++)
        CHECK_EQ(keymap_sdl(SDL_SCANCODE_F1 + i), 0x3Bu + (unsigned)i);
    CHECK_EQ(keymap_sdl(SDL_SCANCODE_F11), 0x57);
    CHECK_EQ(keymap_sdl(SDL_SCANCODE_F12), 0x58);
    /* The rest of the 104 keys. */
    static const struct {
        int sc;
        unsigned key;
    } rest[] = {
        {SDL_SCANCODE_CAPSLOCK, 0x3A},
        {SDL_SCANCODE_LSHIFT, 0x2A},
        {SDL_SCANCODE_RSHIFT, 0x36},
        {SDL_SCANCODE_LCTRL, 0x1D},
        {SDL_SCANCODE_RCTRL, 0xE01D},
        {SDL_SCANCODE_LALT, 0x38},
        {SDL_SCANCODE_RALT, 0xE038},
        {SDL_SCANCODE_LGUI, 0xE05B},
        {SDL_SCANCODE_RGUI, 0xE05C},
        {SDL_SCANCODE_APPLICATION, 0xE05D},
        {SDL_SCANCODE_PRINTSCREEN, PS2KEY_PRINT},
        {SDL_SCANCODE_SCROLLLOCK, 0x46},
        {SDL_SCANCODE_PAUSE, PS2KEY_PAUSE},
        {SDL_SCANCODE_INSERT, 0xE052},
        {SDL_SCANCODE_DELETE, 0xE053},
        {SDL_SCANCODE_HOME, 0xE047},
        {SDL_SCANCODE_END, 0xE04F},
        {SDL_SCANCODE_PAGEUP, 0xE049},
        {SDL_SCANCODE_PAGEDOWN, 0xE051},
        {SDL_SCANCODE_UP, 0xE048},
        {SDL_SCANCODE_DOWN, 0xE050},
        {SDL_SCANCODE_LEFT, 0xE04B},
        {SDL_SCANCODE_RIGHT, 0xE04D},
        {SDL_SCANCODE_NUMLOCKCLEAR, 0x45},
        {SDL_SCANCODE_KP_DIVIDE, 0xE035},
        {SDL_SCANCODE_KP_MULTIPLY, 0x37},
        {SDL_SCANCODE_KP_MINUS, 0x4A},
        {SDL_SCANCODE_KP_PLUS, 0x4E},
        {SDL_SCANCODE_KP_ENTER, 0xE01C},
        {SDL_SCANCODE_KP_PERIOD, 0x53},
        {SDL_SCANCODE_KP_7, 0x47},
        {SDL_SCANCODE_KP_8, 0x48},
        {SDL_SCANCODE_KP_9, 0x49},
        {SDL_SCANCODE_KP_4, 0x4B},
        {SDL_SCANCODE_KP_5, 0x4C},
        {SDL_SCANCODE_KP_6, 0x4D},
        {SDL_SCANCODE_KP_1, 0x4F},
        {SDL_SCANCODE_KP_2, 0x50},
        {SDL_SCANCODE_KP_3, 0x51},
        {SDL_SCANCODE_KP_0, 0x52},
        /* ISO boards' extra key between left Shift and Z. */
        {SDL_SCANCODE_NONUSBACKSLASH, 0x56},
    };
    for (unsigned i = 0; i < sizeof rest / sizeof rest[0]; i++)
        if (!CHECK_EQ(keymap_sdl(rest[i].sc), rest[i].key))
            fprintf(stderr, "  for SDL scancode %d\n", rest[i].sc);
    /* All 104 keys are distinct PC keys. */
    unsigned seen[SDL_NUM_SCANCODES], n = 0;
    for (int sc = 0; sc < SDL_NUM_SCANCODES; sc++) {
        unsigned k = keymap_sdl(sc);
        if (!k || sc == SDL_SCANCODE_NONUSHASH || sc == SDL_SCANCODE_SYSREQ ||
            sc == SDL_SCANCODE_MUTE)
            continue; /* the deliberate aliases */
        for (unsigned i = 0; i < n; i++)
            if (!CHECK(seen[i] != k))
                fprintf(stderr, "  key 0x%X mapped twice (scancode %d)\n", k, sc);
        seen[n++] = k;
    }
    CHECK(n >= 104);
    /* Every mapped key is one the keyboard can send. */
    struct rig r;
    if (!rig_init(&r))
        return;
    for (int sc = 0; sc < SDL_NUM_SCANCODES; sc++)
        if (keymap_sdl(sc) && !CHECK(ps2kbd_key(kbc_keyboard(r.k), keymap_sdl(sc), 1) == 0))
            fprintf(stderr, "  the keyboard refuses 0x%X\n", keymap_sdl(sc));
    rig_done(&r);
}
#endif

/* --- terminal keys ----------------------------------------------------- */

#ifdef HAVE_CURSES
#include <curses.h>

#include "gui/term_keys.h"

static void stroke_is(int ch, int alt, unsigned key, unsigned mods) {
    struct term_stroke s = {0, 0};
    if (!CHECK(term_key_stroke(ch, alt, &s)) || !CHECK_EQ(s.key, key) || !CHECK_EQ(s.mods, mods))
        fprintf(stderr, "  for input %d (alt %d)\n", ch, alt);
}

static void test_term_keys(void) {
    struct term_stroke s;
    stroke_is('a', 0, 0x1E, 0);
    stroke_is('A', 0, 0x1E, TERM_SHIFT);
    stroke_is('!', 0, 0x02, TERM_SHIFT);
    stroke_is(0x03, 0, 0x2E, TERM_CTRL); /* Ctrl+C */
    stroke_is(0x1A, 0, 0x2C, TERM_CTRL); /* Ctrl+Z */
    stroke_is('\r', 0, 0x1C, 0);
    stroke_is('\t', 0, 0x0F, 0);
    stroke_is(0x7F, 0, 0x0E, 0); /* what terminals send for Backspace */
    stroke_is(0x1B, 0, 0x01, 0);
    stroke_is('x', 1, 0x2D, TERM_ALT); /* Esc x */
    stroke_is(KEY_UP, 0, 0xE048, 0);
    stroke_is(KEY_NPAGE, 0, 0xE051, 0);
    stroke_is(KEY_DC, 0, 0xE053, 0);
    stroke_is(KEY_F(1), 0, 0x3B, 0);
    stroke_is(KEY_F(12), 0, 0x58, 0);
    stroke_is(KEY_F(13), 0, 0x3B, TERM_SHIFT);
    stroke_is(KEY_F(26), 0, 0x3C, TERM_CTRL);
    stroke_is(KEY_BTAB, 0, 0x0F, TERM_SHIFT);
    CHECK_EQ(term_key_stroke(0x80, 0, &s), 0);
    CHECK_EQ(term_key_stroke(KEY_MOUSE, 0, &s), 0);
    /* Ctrl+Alt+Del: modifiers down in order, the key, modifiers up reversed. */
    struct term_stroke cad = {0xE053, TERM_CTRL | TERM_ALT};
    unsigned ev[8];
    CHECK_EQ(term_stroke_events(&cad, ev), 6);
    CHECK_EQ(ev[0], 0x1Du | 1u << 31);
    CHECK_EQ(ev[1], 0x38u | 1u << 31);
    CHECK_EQ(ev[2], 0xE053u | 1u << 31);
    CHECK_EQ(ev[3], 0xE053u);
    CHECK_EQ(ev[4], 0x38u);
    CHECK_EQ(ev[5], 0x1Du);
}
#endif

int main(void) {
    test_typematic();
#ifdef HAVE_SDL2
    test_keymap();
#endif
#ifdef HAVE_CURSES
    test_term_keys();
#endif
    return check_done();
}
