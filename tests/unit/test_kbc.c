/* Unit tests for iodev/kbc.c, ps2kbd.c and ps2mouse.c, through ports 0x60
 * and 0x64 and the virtual clock: controller commands, A20 and reset lines,
 * keyboard commands and scan code sets with and without translation, typed
 * text, mouse packets, IRQ 1 and 12. Expected bytes come from the 8042 and
 * PS/2 documentation (IBM PS/2 technical reference, OSDev's tables). */
#include <string.h>

#include "check.h"
#include "iodev/kbc.h"

#define NS 1000000000ull /* ips: one tick per nanosecond */

struct rig {
    iobus *io;
    sched *s;
    memory *mem;
    kbc *k;
    int level[2], rises[2]; /* IRQ 1 and IRQ 12 */
    int resets;
};

static void set_irq(void *opaque, int n, int level) {
    struct rig *r = opaque;
    if (level && !r->level[n])
        r->rises[n]++;
    r->level[n] = level;
}

static void on_reset(void *opaque) { ((struct rig *)opaque)->resets++; }

static int rig_init(struct rig *r) {
    const char *err = NULL;
    memset(r, 0, sizeof *r);
    r->io = io_create();
    r->s = sched_create(NS);
    r->mem = mem_create(2u << 20, &err);
    if (!r->io || !r->s || !r->mem)
        return -1;
    r->k =
        kbc_create(r->io, r->s, r->mem, (irq_line){set_irq, r, 0}, (irq_line){set_irq, r, 1}, &err);
    if (!r->k)
        return -1;
    kbc_set_reset_handler(r->k, on_reset, r);
    return 0;
}

static void rig_done(struct rig *r) {
    kbc_destroy(r->k);
    mem_destroy(r->mem);
    sched_destroy(r->s);
    io_destroy(r->io);
}

static inline unsigned status(struct rig *r) { return io_read(r->io, KBC_CMD_PORT, 1); }
static inline void cmd(struct rig *r, uint8_t c) { io_write(r->io, KBC_CMD_PORT, c, 1); }
static inline void data(struct rig *r, uint8_t v) { io_write(r->io, KBC_DATA_PORT, v, 1); }

/* Runs timers until the output buffer fills and takes the byte; -1 if
 * nothing is coming. */
static int next_byte(struct rig *r) {
    while (!(status(r) & KBC_STAT_OBF)) {
        if (sched_next_deadline(r->s) == SCHED_NEVER)
            return -1;
        sched_skip_to_next(r->s);
    }
    return (int)io_read(r->io, KBC_DATA_PORT, 1);
}

/* Reads n bytes into out; returns how many came. */
static int next_bytes(struct rig *r, int *out, int n) {
    for (int i = 0; i < n; i++)
        if ((out[i] = next_byte(r)) < 0)
            return i;
    return n;
}

static int expect(struct rig *r, const int *want, int n) {
    int got[16] = {0};
    int m = next_bytes(r, got, n), ok = m == n;
    for (int i = 0; ok && i < n; i++)
        ok = got[i] == want[i];
    if (!ok) {
        fprintf(stderr, "  got:");
        for (int i = 0; i < m; i++)
            fprintf(stderr, " %02X", got[i]);
        fprintf(stderr, "\n  want:");
        for (int i = 0; i < n; i++)
            fprintf(stderr, " %02X", want[i]);
        fprintf(stderr, "\n");
    }
    return ok;
}

#define EXPECT(r, ...)                                                                             \
    CHECK(expect(r, (const int[]){__VA_ARGS__}, sizeof((const int[]){__VA_ARGS__}) / sizeof(int)))

static void set_cb(struct rig *r, uint8_t v) {
    cmd(r, 0x60);
    data(r, v);
}

static void test_self_test(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    CHECK_EQ(status(&r) & (KBC_STAT_OBF | KBC_STAT_SYS | KBC_STAT_AUX), 0);
    cmd(&r, 0xAA);
    CHECK(status(&r) & KBC_STAT_CMD);
    /* The reply is not there at once: it lands KBC_REPLY_NS later. */
    CHECK_EQ(status(&r) & KBC_STAT_OBF, 0);
    sched_advance(r.s, KBC_REPLY_NS - 1);
    CHECK_EQ(status(&r) & KBC_STAT_OBF, 0);
    sched_advance(r.s, 1);
    CHECK(status(&r) & KBC_STAT_OBF);
    CHECK_EQ(io_read(r.io, KBC_DATA_PORT, 1), 0x55);
    CHECK_EQ(status(&r) & KBC_STAT_OBF, 0);
    CHECK(status(&r) & KBC_STAT_SYS); /* the self test sets the system flag */
    CHECK(status(&r) & KBC_STAT_UNLOCKED);
    CHECK_EQ(io_read(r.io, KBC_DATA_PORT, 1), 0x55); /* empty buffer: last byte again */
    cmd(&r, 0xAB);
    EXPECT(&r, 0x00);
    cmd(&r, 0xA9);
    EXPECT(&r, 0x00);
    cmd(&r, 0xC0);
    CHECK(next_byte(&r) & 0x80); /* input port: keyboard not inhibited */
    rig_done(&r);
}

static void test_command_byte(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    cmd(&r, 0x20);
    EXPECT(&r, 0x61);
    set_cb(&r, 0x47);
    CHECK_EQ(status(&r) & KBC_STAT_CMD, 0); /* last write went to 0x60 */
    cmd(&r, 0x20);
    EXPECT(&r, 0x47);
    CHECK(status(&r) & KBC_STAT_SYS);
    cmd(&r, 0xAD); /* disable keyboard: bit 4 */
    cmd(&r, 0xA8); /* enable aux: bit 5 clear */
    cmd(&r, 0x20);
    EXPECT(&r, 0x57);
    cmd(&r, 0xAE);
    cmd(&r, 0xA7);
    cmd(&r, 0x20);
    EXPECT(&r, 0x67);
    /* Controller RAM beyond the command byte. */
    cmd(&r, 0x65);
    data(&r, 0x3C);
    cmd(&r, 0x25);
    EXPECT(&r, 0x3C);
    rig_done(&r);
}

static void test_a20_and_reset(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    mem_write(r.mem, 0x000010, 0xAA, 1);
    mem_write(r.mem, 0x100010, 0xBB, 1);
    CHECK(mem_a20(r.mem));
    CHECK_EQ(mem_read(r.mem, 0x100010, 1), 0xBB);
    cmd(&r, 0xDD);
    CHECK(!mem_a20(r.mem));
    CHECK_EQ(mem_read(r.mem, 0x100010, 1), 0xAA); /* wraps to the first megabyte */
    cmd(&r, 0xD0);
    CHECK_EQ(next_byte(&r) & 3, 1); /* reset line high, A20 low */
    cmd(&r, 0xDF);
    CHECK_EQ(mem_read(r.mem, 0x100010, 1), 0xBB);
    cmd(&r, 0xD1);
    data(&r, 0xDD);
    CHECK(!mem_a20(r.mem));
    cmd(&r, 0xD1);
    data(&r, 0xDF);
    CHECK(mem_a20(r.mem));
    cmd(&r, 0xD0);
    CHECK_EQ(next_byte(&r) & 3, 3);
    CHECK_EQ(r.resets, 0);

    cmd(&r, 0xFE); /* pulse bit 0: reset */
    CHECK_EQ(r.resets, 1);
    cmd(&r, 0xFF); /* pulse nothing */
    cmd(&r, 0xFD); /* pulse bit 1 only */
    CHECK_EQ(r.resets, 1);
    cmd(&r, 0xF0); /* pulse all four, reset among them */
    CHECK_EQ(r.resets, 2);
    cmd(&r, 0xD1);
    data(&r, 0xDE); /* output port with the reset line low */
    CHECK_EQ(r.resets, 3);
    CHECK(mem_a20(r.mem));
    rig_done(&r);
}

static void test_keyboard_commands(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    ps2kbd *kb = kbc_keyboard(r.k);
    /* Reset: ACK one byte time later, then AA after the self test. */
    uint64_t t0 = sched_now(r.s);
    data(&r, 0xFF);
    EXPECT(&r, 0xFA);
    CHECK_EQ(sched_now(r.s) - t0, KBC_BYTE_NS);
    t0 = sched_now(r.s);
    EXPECT(&r, 0xAA);
    CHECK_EQ(sched_now(r.s) - t0, KBC_BYTE_NS + PS2_BAT_NS);

    /* Identify: AB 83, which translation turns into AB 41. */
    data(&r, 0xF2);
    EXPECT(&r, 0xFA, 0xAB, 0x41);
    set_cb(&r, 0x21); /* translation off, aux disabled */
    data(&r, 0xF2);
    EXPECT(&r, 0xFA, 0xAB, 0x83);
    data(&r, 0xEE);
    EXPECT(&r, 0xEE);
    data(&r, 0xED);
    data(&r, 0x05);
    EXPECT(&r, 0xFA, 0xFA);
    CHECK_EQ(ps2kbd_leds(kb), PS2KBD_LED_SCROLL | PS2KBD_LED_CAPS);
    CHECK_EQ(kbc_leds(r.k), 5);
    data(&r, 0xF3);
    data(&r, 0x20);
    EXPECT(&r, 0xFA, 0xFA);
    CHECK_EQ(ps2kbd_typematic(kb), 0x20);
    data(&r, 0xF6);
    EXPECT(&r, 0xFA);
    CHECK_EQ(ps2kbd_typematic(kb), 0x2B);
    data(&r, 0xF0);
    data(&r, 0x00);
    EXPECT(&r, 0xFA, 0xFA, 0x02);
    data(&r, 0xF0);
    EXPECT(&r, 0xFA);
    data(&r, 0x07); /* no such set */
    EXPECT(&r, 0xFE);
    data(&r, 0xAB); /* not a command */
    EXPECT(&r, 0xFE);
    data(&r, 0xF5);
    EXPECT(&r, 0xFA);
    kbc_key_event(r.k, 0x1E, 1); /* scanning disabled: nothing */
    CHECK_EQ(next_byte(&r), -1);
    data(&r, 0xF4);
    EXPECT(&r, 0xFA);
    /* Resend repeats the last byte sent. */
    data(&r, 0xEE);
    EXPECT(&r, 0xEE);
    data(&r, 0xFE);
    EXPECT(&r, 0xEE);
    rig_done(&r);
}

/* Press and release of one key under the current settings. */
static void tap(struct rig *r, unsigned key) {
    kbc_key_event(r->k, key, 1);
    kbc_key_event(r->k, key, 0);
}

static void test_scan_codes(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    /* Set 2 as the keyboard sends it (translation off). */
    set_cb(&r, 0x01);
    tap(&r, 0x1E); /* A */
    EXPECT(&r, 0x1C, 0xF0, 0x1C);
    tap(&r, 0xE048); /* cursor up */
    EXPECT(&r, 0xE0, 0x75, 0xE0, 0xF0, 0x75);
    tap(&r, 0xE01D); /* right Ctrl */
    EXPECT(&r, 0xE0, 0x14, 0xE0, 0xF0, 0x14);
    tap(&r, 0x41); /* F7, the one code above 0x7F */
    EXPECT(&r, 0x83, 0xF0, 0x83);
    tap(&r, PS2KEY_PRINT);
    EXPECT(&r, 0xE0, 0x12, 0xE0, 0x7C, 0xE0, 0xF0, 0x7C, 0xE0, 0xF0, 0x12);
    tap(&r, PS2KEY_PAUSE);
    EXPECT(&r, 0xE1, 0x14, 0x77, 0xE1, 0xF0, 0x14, 0xF0, 0x77);
    CHECK_EQ(next_byte(&r), -1); /* Pause has no break code */

    /* The same keys through the 8042's translation: set 1. */
    set_cb(&r, 0x41);
    tap(&r, 0x1E);
    EXPECT(&r, 0x1E, 0x9E);
    tap(&r, 0xE048);
    EXPECT(&r, 0xE0, 0x48, 0xE0, 0xC8);
    tap(&r, 0x41);
    EXPECT(&r, 0x41, 0xC1);
    tap(&r, 0x01); /* Esc: set 2 76 */
    EXPECT(&r, 0x01, 0x81);
    tap(&r, PS2KEY_PRINT);
    EXPECT(&r, 0xE0, 0x2A, 0xE0, 0x37, 0xE0, 0xB7, 0xE0, 0xAA);
    kbc_key_event(r.k, PS2KEY_PAUSE, 1);
    EXPECT(&r, 0xE1, 0x1D, 0x45, 0xE1, 0x9D, 0xC5);

    /* Set 3: one code per key, no E0. */
    set_cb(&r, 0x01);
    data(&r, 0xF0);
    data(&r, 0x03);
    EXPECT(&r, 0xFA, 0xFA);
    tap(&r, 0x1E);
    EXPECT(&r, 0x1C, 0xF0, 0x1C);
    tap(&r, 0xE048);
    EXPECT(&r, 0x63, 0xF0, 0x63);
    tap(&r, 0x1D); /* left Ctrl: 11 in set 3, 14 in set 2 */
    EXPECT(&r, 0x11, 0xF0, 0x11);

    /* Set 1 from the keyboard itself. */
    data(&r, 0xF0);
    data(&r, 0x01);
    EXPECT(&r, 0xFA, 0xFA);
    tap(&r, 0xE048);
    EXPECT(&r, 0xE0, 0x48, 0xE0, 0xC8);
    data(&r, 0xF0);
    data(&r, 0x00);
    EXPECT(&r, 0xFA, 0xFA, 0x01);

    /* Unknown keycodes send nothing. */
    kbc_key_event(r.k, 0x1234, 1);
    kbc_key_event(r.k, 0x80, 1);
    CHECK_EQ(next_byte(&r), -1);
    rig_done(&r);
}

/* The keyboard's set 2 table and the 8042's translation table are inverses. */
static void test_tables(void) {
    CHECK_EQ(ps2kbd_set2_code(0x1E), 0x1C); /* A */
    CHECK_EQ(ps2kbd_set2_code(0x58), 0x07); /* F12 */
    CHECK_EQ(ps2kbd_set2_code(0x37), 0x7C); /* keypad * */
    CHECK_EQ(ps2kbd_set2_code(0x54), 0x84); /* Alt+SysRq */
    CHECK_EQ(kbc_translate(0x5A), 0x1C);    /* Enter */
    CHECK_EQ(kbc_translate(0x00), 0xFF);    /* set 2 overrun -> set 1 overrun */
    CHECK_EQ(kbc_translate(0xAA), 0xAA);
    CHECK_EQ(kbc_translate(0xFA), 0xFA);
    int bad = 0;
    for (unsigned k = 1; k < 0x80; k++)
        if (kbc_translate(ps2kbd_set2_code(k)) != k)
            bad++;
    CHECK_EQ(bad, 0);
}

static void test_typing(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    CHECK_EQ(kbc_type_string(r.k, "a\x01"), -1);
    CHECK_EQ(kbc_type_string(r.k, "caf\xc3\xa9"), -1);
    CHECK_EQ(kbc_typing_pending(r.k), 0);
    CHECK_EQ(kbc_type_string(r.k, "Hi!\r\n"), 5);
    CHECK_EQ(kbc_typing_pending(r.k), 12); /* Shift+H, i, Shift+1, one Enter */
    EXPECT(&r, 0x2A, 0x23, 0xA3, 0xAA, 0x17, 0x97, 0x2A, 0x02, 0x82, 0xAA, 0x1C, 0x9C);
    CHECK_EQ(kbc_typing_pending(r.k), 0);
    /* Events are spaced: 12 events take at least 11 intervals. */
    CHECK(sched_now(r.s) >= 11 * KBC_TYPE_NS);
    CHECK_EQ(kbc_type_string(r.k, "~"), 1);
    EXPECT(&r, 0x2A, 0x29, 0xA9, 0xAA);
    rig_done(&r);
}

static void test_irqs_and_arbitration(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    /* IRQ 1 follows a keyboard byte while command byte bit 0 is set. */
    kbc_key_event(r.k, 0x1E, 1);
    sched_advance(r.s, KBC_BYTE_NS);
    CHECK(r.level[0] && r.rises[0] == 1 && !r.level[1]);
    CHECK_EQ(status(&r) & (KBC_STAT_OBF | KBC_STAT_AUX), KBC_STAT_OBF);
    CHECK_EQ(io_read(r.io, KBC_DATA_PORT, 1), 0x1E);
    CHECK(!r.level[0]);
    set_cb(&r, 0x40); /* interrupts off */
    kbc_key_event(r.k, 0x1E, 0);
    sched_advance(r.s, 2 * KBC_BYTE_NS); /* F0 (swallowed by translation), then 1C */
    CHECK(status(&r) & KBC_STAT_OBF);
    CHECK(!r.level[0] && r.rises[0] == 1);
    set_cb(&r, 0x41); /* enabling with a byte waiting raises the line */
    CHECK(r.level[0] && r.rises[0] == 2);
    CHECK_EQ(io_read(r.io, KBC_DATA_PORT, 1), 0x9E);

    /* A disabled keyboard port holds key bytes back. */
    cmd(&r, 0xAD);
    kbc_key_event(r.k, 0x30, 1);
    sched_advance(r.s, 10 * KBC_BYTE_NS);
    CHECK_EQ(status(&r) & KBC_STAT_OBF, 0);
    cmd(&r, 0xAE);
    EXPECT(&r, 0x30);

    /* A controller reply overtakes a key byte on its way. */
    kbc_key_event(r.k, 0x30, 0);
    cmd(&r, 0x20);
    EXPECT(&r, 0x41, 0xB0);

    /* D2 and D3 fake keyboard and mouse bytes. */
    set_cb(&r, 0x43);
    cmd(&r, 0xD2);
    data(&r, 0x5A);
    sched_advance(r.s, KBC_REPLY_NS);
    CHECK_EQ(status(&r) & (KBC_STAT_OBF | KBC_STAT_AUX), KBC_STAT_OBF);
    CHECK(r.level[0] && !r.level[1]);
    CHECK_EQ(io_read(r.io, KBC_DATA_PORT, 1), 0x5A); /* not translated */
    cmd(&r, 0xD3);
    data(&r, 0xA5);
    sched_advance(r.s, KBC_REPLY_NS);
    CHECK_EQ(status(&r) & (KBC_STAT_OBF | KBC_STAT_AUX), KBC_STAT_OBF | KBC_STAT_AUX);
    CHECK(!r.level[0] && r.level[1] && r.rises[1] == 1);
    cmd(&r, 0xD0); /* output port bit 5: the aux buffer is full */
    CHECK_EQ(io_read(r.io, KBC_DATA_PORT, 1), 0xA5);
    CHECK(!r.level[1]);
    CHECK_EQ(next_byte(&r) & 0x30, 0x20);
    rig_done(&r);
}

static void aux(struct rig *r, uint8_t v) {
    cmd(r, 0xD4);
    data(r, v);
}

static void test_mouse(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_cb(&r, 0x03); /* both interrupts, both ports, no translation */
    aux(&r, 0xFF);
    EXPECT(&r, 0xFA, 0xAA, 0x00);
    CHECK(r.rises[1] == 3 && r.rises[0] == 0);
    aux(&r, 0xF2);
    EXPECT(&r, 0xFA, 0x00);
    /* Not reporting yet: motion is not sent. */
    kbc_mouse_event(r.k, 5, 5, 0, 0);
    CHECK_EQ(next_byte(&r), -1);
    aux(&r, 0xF4);
    EXPECT(&r, 0xFA);
    CHECK(ps2mouse_reporting(kbc_mouse(r.k)));
    /* Right 5, down 3 (PS/2 Y is up), left button: 29 05 FD. */
    kbc_mouse_event(r.k, 5, 3, 0, PS2MOUSE_LEFT);
    sched_advance(r.s, KBC_BYTE_NS);
    CHECK(status(&r) & KBC_STAT_AUX);
    EXPECT(&r, 0x29, 0x05, 0xFD);
    /* Left 300 overflows: X sign and X overflow set, value saturated. */
    kbc_mouse_event(r.k, -300, -2, 0, PS2MOUSE_RIGHT | PS2MOUSE_MIDDLE);
    EXPECT(&r, 0x08 | 0x06 | 0x10 | 0x40, 0x00, 0x02);
    /* Status request: stream mode, enabled, 1:1; buttons as R=bit0, M=bit1. */
    aux(&r, 0xE9);
    EXPECT(&r, 0xFA, 0x23, 0x02, 100);
    /* 2:1 scaling maps 3 to 3, 4 to 6 and 10 to 20. */
    aux(&r, 0xE7);
    EXPECT(&r, 0xFA);
    kbc_mouse_event(r.k, 4, 0, 0, 0);
    EXPECT(&r, 0x08, 0x06, 0x00);
    kbc_mouse_event(r.k, -10, 0, 0, 0);
    EXPECT(&r, 0x18, 0xEC, 0x00);
    aux(&r, 0xE6);
    EXPECT(&r, 0xFA);

    /* The IntelliMouse knock: rates 200, 100, 80, then ID 3 and 4-byte packets. */
    aux(&r, 0xF3), aux(&r, 200), aux(&r, 0xF3), aux(&r, 100), aux(&r, 0xF3), aux(&r, 80);
    EXPECT(&r, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA);
    aux(&r, 0xF2);
    EXPECT(&r, 0xFA, 0x03);
    CHECK_EQ(ps2mouse_sample_rate(kbc_mouse(r.k)), 80);
    kbc_mouse_event(r.k, 0, 0, -2, 0);
    EXPECT(&r, 0x08, 0x00, 0x00, 0xFE);
    /* Remote mode: nothing streams; EB reads the counters. */
    aux(&r, 0xF0);
    EXPECT(&r, 0xFA);
    kbc_mouse_event(r.k, 1, -1, 0, 0);
    CHECK_EQ(next_byte(&r), -1);
    aux(&r, 0xEB);
    EXPECT(&r, 0xFA, 0x08, 0x01, 0x01, 0x00);
    /* Wrap mode echoes until EC. */
    aux(&r, 0xEE);
    aux(&r, 0x42);
    aux(&r, 0xEC);
    EXPECT(&r, 0xFA, 0x42, 0xFA);
    /* A disabled aux port holds mouse bytes back. */
    cmd(&r, 0xA7);
    aux(&r, 0xF2);
    sched_advance(r.s, 10 * KBC_BYTE_NS);
    CHECK_EQ(status(&r) & KBC_STAT_OBF, 0);
    cmd(&r, 0xA8);
    EXPECT(&r, 0xFA, 0x03);
    rig_done(&r);
}

/* Keyboard and mouse bytes both waiting take turns. */
static void test_interleave(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_cb(&r, 0x03);
    aux(&r, 0xF4);
    EXPECT(&r, 0xFA);
    tap(&r, 0x1E);
    kbc_mouse_event(r.k, 1, 0, 0, 0);
    int got[6];
    unsigned aux_bits = 0;
    for (int i = 0; i < 6; i++) {
        while (!(status(&r) & KBC_STAT_OBF) && sched_next_deadline(r.s) != SCHED_NEVER)
            sched_skip_to_next(r.s);
        aux_bits |= (status(&r) & KBC_STAT_AUX ? 1u : 0u) << i;
        got[i] = (int)io_read(r.io, KBC_DATA_PORT, 1);
    }
    CHECK_EQ(aux_bits, 0x2A); /* kbd, aux, kbd, aux, kbd, aux */
    CHECK(got[0] == 0x1C && got[2] == 0xF0 && got[4] == 0x1C);
    CHECK(got[1] == 0x08 && got[3] == 0x01 && got[5] == 0x00);
    rig_done(&r);
}

int main(void) {
    test_self_test();
    test_command_byte();
    test_a20_and_reset();
    test_keyboard_commands();
    test_scan_codes();
    test_tables();
    test_typing();
    test_irqs_and_arbitration();
    test_mouse();
    test_interleave();
    return check_done();
}
