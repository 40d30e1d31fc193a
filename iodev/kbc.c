/* 8042 keyboard controller (see kbc.h): the port interface, the output
 * buffer shared by controller replies, keyboard and mouse, and scripted typing. */
#include "kbc.h"

#include <stdlib.h>

#define REPLY_MAX 16
#define CB_DEFAULT (KBC_CB_KBD_INT | KBC_CB_AUX_OFF | KBC_CB_XLATE)
#define OUTPORT_DEFAULT 0xCF /* reset line high, A20 on */
#define INPORT 0xA0          /* keyboard not inhibited, no manufacturing jumper, colour */

enum { SRC_NONE, SRC_REPLY, SRC_KBD, SRC_AUX };

struct kbc {
    sched *s;
    memory *mem;
    irq_line irq_kbd, irq_aux;
    int level_kbd, level_aux; /* what the lines were last set to */
    void (*reset_fn)(void *opaque);
    void *reset_opaque;
    ps2kbd *kbd;
    ps2mouse *mouse;

    uint8_t ram[32];  /* ram[0] is the command byte */
    uint8_t out;      /* output buffer */
    int obf, obf_aux; /* it is full; the byte came from the mouse side */
    int last_was_cmd; /* status bit 3 */
    uint8_t outport;
    uint8_t pending; /* command whose data byte comes next through port 0x60 */
    struct {
        uint8_t byte, aux;
    } reply[REPLY_MAX];
    unsigned reply_head, reply_n;
    int timer, armed_src, last_src;
    uint64_t deadline; /* of the byte on its way */
    int f0_seen;       /* translation: the keyboard sent a break prefix */

    int type_timer;
    uint64_t type_at; /* when the typing timer is due */
    int repeat_timer;
    unsigned repeat_key; /* the held key the keyboard repeats, 0 for none */
    uint64_t repeat_at;  /* when the next repeat is due */
    uint32_t *script; /* typed key events: keycode | pressed << 31 */
    unsigned script_head, script_n, script_cap;
};

/* The 8042's set 2 -> set 1 table for bytes 0x00..0x7F; from 0x80 up bytes
 * pass unchanged except 0x83 (F7) -> 0x41 and 0x84 (Alt+SysRq) -> 0x54. */
static const uint8_t xlate_low[128] = {
    0xff, 0x43, 0x41, 0x3f, 0x3d, 0x3b, 0x3c, 0x58, 0x64, 0x44, 0x42, 0x40, 0x3e, 0x0f, 0x29, 0x59,
    0x65, 0x38, 0x2a, 0x70, 0x1d, 0x10, 0x02, 0x5a, 0x66, 0x71, 0x2c, 0x1f, 0x1e, 0x11, 0x03, 0x5b,
    0x67, 0x2e, 0x2d, 0x20, 0x12, 0x05, 0x04, 0x5c, 0x68, 0x39, 0x2f, 0x21, 0x14, 0x13, 0x06, 0x5d,
    0x69, 0x31, 0x30, 0x23, 0x22, 0x15, 0x07, 0x5e, 0x6a, 0x72, 0x32, 0x24, 0x16, 0x08, 0x09, 0x5f,
    0x6b, 0x33, 0x25, 0x17, 0x18, 0x0b, 0x0a, 0x60, 0x6c, 0x34, 0x35, 0x26, 0x27, 0x19, 0x0c, 0x61,
    0x6d, 0x73, 0x28, 0x74, 0x1a, 0x0d, 0x62, 0x6e, 0x3a, 0x36, 0x1c, 0x1b, 0x75, 0x2b, 0x63, 0x76,
    0x55, 0x56, 0x77, 0x78, 0x79, 0x7a, 0x0e, 0x7b, 0x7c, 0x4f, 0x7d, 0x4b, 0x47, 0x7e, 0x7f, 0x6f,
    0x52, 0x53, 0x50, 0x4c, 0x4d, 0x48, 0x01, 0x45, 0x57, 0x4e, 0x51, 0x4a, 0x37, 0x49, 0x46, 0x54,
};

uint8_t kbc_translate(uint8_t b) {
    if (b < 0x80)
        return xlate_low[b];
    return b == 0x83 ? 0x41 : b == 0x84 ? 0x54 : b;
}

static inline uint8_t cb(const kbc *k) { return k->ram[0]; }

static void update_irq(kbc *k) {
    int kl = k->obf && !k->obf_aux && (cb(k) & KBC_CB_KBD_INT);
    int al = k->obf && k->obf_aux && (cb(k) & KBC_CB_AUX_INT);
    if (kl != k->level_kbd)
        irq_set(&k->irq_kbd, k->level_kbd = kl);
    if (al != k->level_aux)
        irq_set(&k->irq_aux, k->level_aux = al);
}

static int available(const kbc *k, int src) {
    switch (src) {
    case SRC_REPLY:
        return k->reply_n > 0;
    case SRC_KBD:
        return !(cb(k) & KBC_CB_KBD_OFF) && ps2kbd_has_data(k->kbd);
    case SRC_AUX:
        return !(cb(k) & KBC_CB_AUX_OFF) && ps2mouse_has_data(k->mouse);
    }
    return 0;
}

/* Replies first; keyboard and mouse alternate when both have data. */
static int pick_source(const kbc *k) {
    if (available(k, SRC_REPLY))
        return SRC_REPLY;
    int kb = available(k, SRC_KBD), aux = available(k, SRC_AUX);
    if (kb && aux)
        return k->last_src == SRC_KBD ? SRC_AUX : SRC_KBD;
    return kb ? SRC_KBD : aux ? SRC_AUX : SRC_NONE;
}

static uint64_t source_delay_ns(const kbc *k, int src) {
    switch (src) {
    case SRC_KBD:
        return KBC_BYTE_NS + ps2kbd_delay_ns(k->kbd);
    case SRC_AUX:
        return KBC_BYTE_NS + ps2mouse_delay_ns(k->mouse);
    }
    return KBC_REPLY_NS;
}

/* Plans the next byte's arrival, counted from `base`, while the output
 * buffer is empty. A device byte already on its way keeps its time unless a
 * reply overtakes it or its port gets disabled. */
static void kick_from(kbc *k, uint64_t base) {
    int armed = sched_timer_armed(k->s, k->timer);
    int src = k->obf ? SRC_NONE : pick_source(k);
    if (src == SRC_NONE) {
        if (armed)
            sched_timer_disarm(k->s, k->timer);
        return;
    }
    if (armed && (k->armed_src == src || (src != SRC_REPLY && available(k, k->armed_src))))
        return;
    k->armed_src = src;
    k->deadline = base + sched_ns_to_ticks(k->s, source_delay_ns(k, src));
    sched_timer_arm(k->s, k->timer, k->deadline);
}

static inline void kick(kbc *k) { kick_from(k, sched_now(k->s)); }

static void fill_output(kbc *k, uint8_t b, int aux) {
    k->out = b;
    k->obf = 1;
    k->obf_aux = aux;
    update_irq(k);
}

/* Timer: the planned byte lands in the output buffer. */
static void deliver(void *opaque, uint64_t now) {
    kbc *k = opaque;
    int src = k->armed_src;
    (void)now;
    if (k->obf || !available(k, src)) {
        kick(k);
        return;
    }
    k->last_src = src;
    if (src == SRC_REPLY) {
        uint8_t b = k->reply[k->reply_head].byte, aux = k->reply[k->reply_head].aux;
        k->reply_head = (k->reply_head + 1) % REPLY_MAX;
        k->reply_n--;
        fill_output(k, b, aux);
    } else if (src == SRC_AUX) {
        fill_output(k, ps2mouse_read(k->mouse), 1);
    } else {
        uint8_t b = ps2kbd_read(k->kbd);
        if (cb(k) & KBC_CB_XLATE) {
            /* F0 is swallowed and sets bit 7 of the byte after it. */
            if (b == 0xF0) { /* the next byte follows it on the wire */
                k->f0_seen = 1;
                kick_from(k, k->deadline);
                return;
            }
            b = kbc_translate(b) | (k->f0_seen ? 0x80 : 0);
            k->f0_seen = 0;
        }
        fill_output(k, b, 0);
    }
}

static void queue_reply(kbc *k, uint8_t b, int aux) {
    if (k->reply_n < REPLY_MAX) {
        unsigned i = (k->reply_head + k->reply_n++) % REPLY_MAX;
        k->reply[i].byte = b;
        k->reply[i].aux = (uint8_t)aux;
    }
    kick(k);
}

static void set_a20(kbc *k, int on) {
    if (k->mem && mem_a20(k->mem) != on)
        mem_set_a20(k->mem, on);
}

static void pull_reset(kbc *k) {
    if (k->reset_fn)
        k->reset_fn(k->reset_opaque);
}

/* Bit 0 is the CPU reset line (active low), bit 1 the A20 gate. */
static void write_outport(kbc *k, uint8_t v) {
    k->outport = v | 1; /* the reset line is only pulsed */
    set_a20(k, (v >> 1) & 1);
    if (!(v & 1))
        pull_reset(k);
}

static void set_command_byte(kbc *k, uint8_t v) {
    k->ram[0] = v;
    update_irq(k);
    kick(k);
}

static void command(kbc *k, uint8_t c) {
    if (c >= 0x20 && c <= 0x3F) {
        queue_reply(k, k->ram[c & 0x1F], 0);
        return;
    }
    if ((c >= 0x60 && c <= 0x7F) || (c >= 0xD1 && c <= 0xD4)) {
        k->pending = c;
        return;
    }
    if (c >= 0xF0) { /* pulse the output lines whose bit is 0 */
        if (!(c & 1))
            pull_reset(k);
        return;
    }
    switch (c) {
    case 0xA4:
        queue_reply(k, 0xF1, 0);
        break; /* no password installed */
    case 0xA7:
        set_command_byte(k, cb(k) | KBC_CB_AUX_OFF);
        break;
    case 0xA8:
        set_command_byte(k, cb(k) & ~KBC_CB_AUX_OFF);
        break;
    case 0xA9:
        queue_reply(k, 0x00, 0);
        break; /* aux interface test passed */
    case 0xAA:
        k->ram[0] |= KBC_CB_SYS;
        queue_reply(k, 0x55, 0);
        break;
    case 0xAB:
        queue_reply(k, 0x00, 0);
        break; /* keyboard interface test passed */
    case 0xAD:
        set_command_byte(k, cb(k) | KBC_CB_KBD_OFF);
        break;
    case 0xAE:
        set_command_byte(k, cb(k) & ~KBC_CB_KBD_OFF);
        break;
    case 0xC0:
        queue_reply(k, INPORT, 0);
        break;
    case 0xD0: {
        /* Bits 4 and 5 are the two "output buffer full" interrupt outputs. */
        uint8_t v = k->outport & 0xCF;
        if (k->obf)
            v |= k->obf_aux ? 0x20 : 0x10;
        queue_reply(k, v, 0);
        break;
    }
    case 0xDD:
        write_outport(k, k->outport & ~2);
        break;
    case 0xDF:
        write_outport(k, k->outport | 2);
        break;
    case 0xE0:
        queue_reply(k, 0x00, 0);
        break; /* test inputs */
    default:
        break; /* unknown: ignored, as the 8042 does */
    }
}

static void data(kbc *k, uint8_t v) {
    uint8_t p = k->pending;
    k->pending = 0;
    if (p >= 0x60 && p <= 0x7F) {
        if (p == 0x60)
            set_command_byte(k, v);
        else
            k->ram[p & 0x1F] = v;
        return;
    }
    switch (p) {
    case 0xD1:
        write_outport(k, v);
        break;
    case 0xD2:
        queue_reply(k, v, 0);
        break;
    case 0xD3:
        queue_reply(k, v, 1);
        break;
    case 0xD4:
        ps2mouse_write(k->mouse, v);
        kick(k);
        break;
    default:
        /* To the keyboard; this also lifts a disabled keyboard port. */
        k->ram[0] &= ~KBC_CB_KBD_OFF;
        ps2kbd_write(k->kbd, v);
        kick(k);
        break;
    }
}

static uint32_t kbc_read(void *opaque, uint16_t port, unsigned size) {
    kbc *k = opaque;
    (void)size;
    if (port == KBC_CMD_PORT)
        return (k->obf ? KBC_STAT_OBF : 0) | (k->obf && k->obf_aux ? KBC_STAT_AUX : 0) |
               (cb(k) & KBC_CB_SYS ? KBC_STAT_SYS : 0) | (k->last_was_cmd ? KBC_STAT_CMD : 0) |
               KBC_STAT_UNLOCKED;
    /* Reading takes the byte; an empty buffer reads as its last byte. */
    if (k->obf) {
        k->obf = 0;
        update_irq(k);
        kick(k);
    }
    return k->out;
}

static void kbc_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    kbc *k = opaque;
    (void)size;
    k->last_was_cmd = port == KBC_CMD_PORT;
    if (port == KBC_CMD_PORT) {
        k->pending = 0;
        command(k, (uint8_t)value);
    } else {
        data(k, (uint8_t)value);
    }
}

/* Typing timer: hands the next scripted key event to the keyboard once it
 * has sent everything before. */
static void type_next(void *opaque, uint64_t now) {
    kbc *k = opaque;
    (void)now;
    if (!k->script_n)
        return;
    if (!ps2kbd_has_data(k->kbd)) {
        uint32_t ev = k->script[k->script_head++];
        k->script_n--;
        ps2kbd_key(k->kbd, ev & 0xFFFFu, (int)(ev >> 31));
        kick(k);
    }
    /* Counted from the planned time, so coarse clock steps do not stretch it. */
    if (k->script_n)
        sched_timer_arm(k->s, k->type_timer, k->type_at += sched_ns_to_ticks(k->s, KBC_TYPE_NS));
}

static int script_reserve(kbc *k, unsigned more) {
    if (k->script_head) { /* slide the unsent events to the front */
        for (unsigned i = 0; i < k->script_n; i++)
            k->script[i] = k->script[k->script_head + i];
        k->script_head = 0;
    }
    if (k->script_n + more <= k->script_cap)
        return 0;
    unsigned cap = k->script_cap ? k->script_cap : 64;
    while (cap < k->script_n + more)
        cap *= 2;
    uint32_t *p = realloc(k->script, cap * sizeof *p);
    if (!p)
        return -1;
    k->script = p;
    k->script_cap = cap;
    return 0;
}

static inline void script_push(kbc *k, unsigned keycode, int pressed) {
    k->script[k->script_n++] = keycode | (uint32_t)(pressed ? 1u : 0u) << 31;
}

int kbc_type_string(kbc *k, const char *text) {
    unsigned len = 0;
    int shift;
    for (const char *p = text; *p; p++, len++)
        if (!ps2kbd_us_key((unsigned char)*p, &shift))
            return -1;
    if (script_reserve(k, 4 * len) < 0)
        return -1;
    for (const char *p = text; *p; p++) {
        if (p[0] == '\r' && p[1] == '\n')
            continue; /* one Enter for a CR LF pair */
        unsigned key = ps2kbd_us_key((unsigned char)*p, &shift);
        if (shift)
            script_push(k, 0x2A, 1);
        script_push(k, key, 1);
        script_push(k, key, 0);
        if (shift)
            script_push(k, 0x2A, 0);
    }
    if (k->script_n && !sched_timer_armed(k->s, k->type_timer))
        sched_timer_arm(k->s, k->type_timer, k->type_at = sched_now(k->s));
    return (int)len;
}

unsigned kbc_typing_pending(const kbc *k) { return k->script_n; }

/* Typematic byte (keyboard command F3): bits 6-5 the delay, (1 + D) * 250 ms;
 * bits 4-3 (B) and 2-0 (A) the period, (8 + A) * 2^B / 240 s. */
static uint64_t repeat_delay_ns(unsigned typematic) {
    return (1 + (typematic >> 5 & 3)) * 250000000ull;
}
static uint64_t repeat_period_ns(unsigned typematic) {
    return (8 + (typematic & 7)) * (1ull << (typematic >> 3 & 3)) * 1000000000ull / 240;
}

/* Typematic timer: the keyboard sends the held key's make code again, as
 * the guest programmed it; a repeat is skipped while earlier bytes are still
 * waiting, so a slow guest never sees an overrun from repeats alone. */
static void repeat_next(void *opaque, uint64_t now) {
    kbc *k = opaque;
    (void)now;
    if (!k->repeat_key || !ps2kbd_scanning(k->kbd))
        return;
    if (!ps2kbd_has_data(k->kbd)) {
        ps2kbd_key(k->kbd, k->repeat_key, 1);
        kick(k);
    }
    k->repeat_at += sched_ns_to_ticks(k->s, repeat_period_ns(ps2kbd_typematic(k->kbd)));
    sched_timer_arm(k->s, k->repeat_timer, k->repeat_at);
}

/* The last key pressed repeats until it is released (Pause never does). */
static void repeat_track(kbc *k, unsigned keycode, int pressed) {
    if (pressed && keycode != PS2KEY_PAUSE) {
        k->repeat_key = keycode;
        k->repeat_at = sched_now(k->s) +
                       sched_ns_to_ticks(k->s, repeat_delay_ns(ps2kbd_typematic(k->kbd)));
        sched_timer_arm(k->s, k->repeat_timer, k->repeat_at);
    } else if (!pressed && keycode == k->repeat_key) {
        k->repeat_key = 0;
        sched_timer_disarm(k->s, k->repeat_timer);
    }
}

void kbc_key_event(kbc *k, unsigned keycode, int pressed) {
    if (ps2kbd_key(k->kbd, keycode, pressed) == 0 && ps2kbd_scanning(k->kbd))
        repeat_track(k, keycode, pressed);
    kick(k);
}

void kbc_mouse_event(kbc *k, int dx, int dy, int dz, unsigned buttons) {
    ps2mouse_event(k->mouse, dx, dy, dz, buttons);
    kick(k);
}

ps2kbd *kbc_keyboard(kbc *k) { return k->kbd; }
ps2mouse *kbc_mouse(kbc *k) { return k->mouse; }

void kbc_set_reset_handler(kbc *k, void (*fn)(void *opaque), void *opaque) {
    k->reset_fn = fn;
    k->reset_opaque = opaque;
}

void kbc_reset(kbc *k) {
    for (unsigned i = 0; i < sizeof k->ram; i++)
        k->ram[i] = 0;
    k->ram[0] = CB_DEFAULT;
    k->obf = k->obf_aux = 0;
    k->out = 0;
    k->last_was_cmd = 0;
    k->pending = 0;
    k->reply_head = k->reply_n = 0;
    k->f0_seen = 0;
    k->last_src = SRC_NONE;
    k->script_head = k->script_n = 0;
    sched_timer_disarm(k->s, k->timer);
    sched_timer_disarm(k->s, k->type_timer);
    sched_timer_disarm(k->s, k->repeat_timer);
    k->repeat_key = 0;
    ps2kbd_reset(k->kbd);
    ps2mouse_reset(k->mouse);
    k->outport = OUTPORT_DEFAULT;
    set_a20(k, 1);
    update_irq(k);
}

kbc *kbc_create(iobus *io, sched *s, memory *mem, irq_line kbd_irq, irq_line aux_irq,
                const char **err) {
    kbc *k = calloc(1, sizeof *k);
    if (!k) {
        *err = "out of memory for the keyboard controller";
        return NULL;
    }
    k->s = s;
    k->mem = mem;
    k->irq_kbd = kbd_irq;
    k->irq_aux = aux_irq;
    k->kbd = ps2kbd_create(err);
    k->mouse = k->kbd ? ps2mouse_create(err) : NULL;
    if (!k->mouse)
        goto fail;
    k->timer = sched_timer_new(s, deliver, k, "kbc");
    k->type_timer = sched_timer_new(s, type_next, k, "kbc typing");
    k->repeat_timer = sched_timer_new(s, repeat_next, k, "kbc typematic");
    if (k->timer < 0 || k->type_timer < 0 || k->repeat_timer < 0) {
        *err = "no scheduler timer left for the keyboard controller";
        goto fail;
    }
    /* Both ports are checked first: the bus cannot give back a claimed port. */
    if (io_owner(io, KBC_DATA_PORT) || io_owner(io, KBC_CMD_PORT)) {
        *err = "port 0x60 or 0x64 is already taken";
        goto fail;
    }
    if (io_register(io, KBC_DATA_PORT, 1, IO_W8, kbc_read, kbc_write, k, "kbc", err) < 0 ||
        io_register(io, KBC_CMD_PORT, 1, IO_W8, kbc_read, kbc_write, k, "kbc", err) < 0)
        goto fail;
    kbc_reset(k);
    return k;
fail:
    ps2mouse_destroy(k->mouse);
    ps2kbd_destroy(k->kbd);
    free(k);
    return NULL;
}

void kbc_destroy(kbc *k) {
    if (!k)
        return;
    /* The scheduler keeps the timers; they must never fire again. */
    sched_timer_disarm(k->s, k->timer);
    sched_timer_disarm(k->s, k->type_timer);
    sched_timer_disarm(k->s, k->repeat_timer);
    ps2mouse_destroy(k->mouse);
    ps2kbd_destroy(k->kbd);
    free(k->script);
    free(k);
}
