/* The 8254's ports, port 0x61 and IRQ0 (see pit.h); the counting itself is
 * in pit_counter.c. Times in here are PIT clocks: floor(ticks * PIT_HZ / ips). */
#include "pit.h"

#include <stdlib.h>

#include "pit_counter.h"

#define REFRESH_CLOCKS 18 /* 15.085 µs, the usual channel 1 refresh period */

struct channel {
    pit_counter k;
    uint8_t ctl;       /* RW, mode and BCD bits as last written */
    uint8_t write_msb; /* two-byte access: the next byte written is the MSB */
    uint8_t read_msb;  /* two-byte access: the next byte read is the MSB */
    uint8_t lsb;       /* first byte of a two-byte count */
    uint8_t count_latched, status_latched, status;
    uint16_t latch;
};

struct pit {
    struct channel ch[3];
    sched *s;
    irq_line irq0;
    int irq_level; /* what irq0 was last set to */
    int timer;
    int timer_is_edge;
    uint8_t port_b; /* bits 0-3 as written to 0x61 */
};

/* floor(a * b / c) and ceil(a * b / c) without overflow while (a % c) * b and
 * (b - 1) fit in 64 bits: true for PIT_HZ and any ips the scheduler accepts. */
static uint64_t muldiv(uint64_t a, uint64_t b, uint64_t c, int up) {
    uint64_t q = a / c, r = a % c;
    if (q && b > UINT64_MAX / q)
        return UINT64_MAX;
    return q * b + (r * b + (up ? c - 1 : 0)) / c;
}

static uint64_t clock_now(const pit *p) {
    return muldiv(sched_now(p->s), PIT_HZ, sched_ips(p->s), 0);
}

/* First scheduler tick at which clock `c` has been reached. */
static uint64_t tick_of(const pit *p, uint64_t c) {
    return c == PIT_NEVER ? SCHED_NEVER : muldiv(c, sched_ips(p->s), PIT_HZ, 1);
}

static inline int rw_of(const struct channel *ch) { return (ch->ctl >> 4) & 3; }

static void set_irq(pit *p, int level) {
    p->irq_level = level;
    irq_set(&p->irq0, level);
}

/* A rising edge of OUT0 reaches the PIC even if the line was never seen low. */
static void rise(pit *p) {
    if (p->irq_level)
        set_irq(p, 0);
    set_irq(p, 1);
}

static void arm(pit *p, uint64_t c) {
    uint64_t next = ctr_next_event(&p->ch[0].k, c, &p->timer_is_edge);
    if (next == PIT_NEVER)
        sched_timer_disarm(p->s, p->timer);
    else
        sched_timer_arm(p->s, p->timer, tick_of(p, next));
}

/* After a guest access changed channel 0 at clock c (OUT was `before`). */
static void ch0_changed(pit *p, uint64_t c, int before) {
    int out = ctr_out(&p->ch[0].k, c);
    if (!out)
        set_irq(p, 0);
    else if (!before || !p->irq_level)
        rise(p);
    arm(p, c);
}

static void on_timer(void *opaque, uint64_t now) {
    pit *p = opaque;
    (void)now;
    if (p->timer_is_edge)
        rise(p);
    arm(p, clock_now(p));
}

static inline unsigned from_bcd(uint8_t v) { return (v >> 4) * 10u + (v & 15); }

static void write_count(pit *p, int i, uint64_t c, uint16_t raw) {
    struct channel *ch = &p->ch[i];
    uint32_t n = raw;
    if (ch->ctl & 1)
        n = from_bcd(raw >> 8) * 100u + from_bcd(raw & 0xFF);
    int before = i == 0 ? ctr_out(&ch->k, c) : 0;
    ctr_write_count(&ch->k, c, n);
    if (i == 0)
        ch0_changed(p, c, before);
}

static void counter_write(pit *p, int i, uint8_t v) {
    struct channel *ch = &p->ch[i];
    uint64_t c = clock_now(p);
    switch (rw_of(ch)) {
    case 1:
        write_count(p, i, c, v);
        break;
    case 2:
        write_count(p, i, c, (uint16_t)(v << 8));
        break;
    default:
        if (!ch->write_msb) {
            ch->lsb = v;
            ch->write_msb = 1;
            int before = i == 0 ? ctr_out(&ch->k, c) : 0;
            ctr_count_begun(&ch->k, c);
            if (i == 0)
                ch0_changed(p, c, before);
        } else {
            ch->write_msb = 0;
            write_count(p, i, c, (uint16_t)(ch->lsb | v << 8));
        }
        break;
    }
}

static uint8_t counter_read(pit *p, int i) {
    struct channel *ch = &p->ch[i];
    if (ch->status_latched) {
        ch->status_latched = 0;
        return ch->status;
    }
    uint16_t v = ch->count_latched ? ch->latch : ctr_value(&ch->k, clock_now(p));
    int msb;
    switch (rw_of(ch)) {
    case 1:
        msb = 0;
        break;
    case 2:
        msb = 1;
        break;
    default:
        msb = ch->read_msb;
        ch->read_msb ^= 1;
        break;
    }
    /* A latched count is released once all its bytes are read. */
    if (ch->count_latched && (rw_of(ch) != 3 || msb))
        ch->count_latched = 0;
    return msb ? v >> 8 : v & 0xFF;
}

static void latch_count(struct channel *ch, uint64_t c) {
    if (ch->count_latched)
        return; /* the first latch holds until it is read */
    ch->latch = ctr_value(&ch->k, c);
    ch->count_latched = 1;
}

static void latch_status(struct channel *ch, uint64_t c) {
    if (ch->status_latched)
        return;
    ch->status = (uint8_t)(ctr_out(&ch->k, c) << 7 | ctr_null_count(&ch->k, c) << 6 | ch->ctl);
    ch->status_latched = 1;
}

static void control_write(pit *p, uint8_t v) {
    uint64_t c = clock_now(p);
    int sel = v >> 6;
    if (sel == 3) { /* read-back: bit 5 clear latches counts, bit 4 clear statuses */
        for (int i = 0; i < 3; i++) {
            if (!(v & (2 << i)))
                continue;
            if (!(v & 0x10))
                latch_status(&p->ch[i], c);
            if (!(v & 0x20))
                latch_count(&p->ch[i], c);
        }
        return;
    }
    struct channel *ch = &p->ch[sel];
    if (!(v & 0x30)) {
        latch_count(ch, c);
        return;
    }
    int mode = (v >> 1) & 7;
    int before = sel == 0 ? ctr_out(&ch->k, c) : 0;
    ch->ctl = v & 0x3F;
    ch->write_msb = ch->read_msb = 0;
    ch->count_latched = ch->status_latched = 0;
    ctr_control(&ch->k, c, mode > 5 ? mode - 4 : mode, v & 1);
    if (sel == 0)
        ch0_changed(p, c, before);
}

static uint32_t pit_read(void *opaque, uint16_t port, unsigned size) {
    pit *p = opaque;
    (void)size;
    int i = port - PIT_PORT;
    return i < 3 ? counter_read(p, i) : 0xFF; /* the control port is write-only */
}

static void pit_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    pit *p = opaque;
    (void)size;
    int i = port - PIT_PORT;
    if (i < 3)
        counter_write(p, i, value & 0xFF);
    else
        control_write(p, value & 0xFF);
}

static uint32_t port_b_read(void *opaque, uint16_t port, unsigned size) {
    pit *p = opaque;
    (void)port;
    (void)size;
    uint64_t c = clock_now(p);
    int refresh = (c / REFRESH_CLOCKS) & 1;
    return p->port_b | refresh << 4 | ctr_out(&p->ch[2].k, c) << 5;
}

static void port_b_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    pit *p = opaque;
    (void)port;
    (void)size;
    p->port_b = value & 0x0F;
    ctr_set_gate(&p->ch[2].k, clock_now(p), value & 1);
}

void pit_reset(pit *p) {
    for (int i = 0; i < 3; i++) {
        p->ch[i] = (struct channel){.ctl = 0x36}; /* LSB then MSB, mode 3, binary */
        ctr_init(&p->ch[i].k, i != 2);
    }
    p->port_b = 0;
    sched_timer_disarm(p->s, p->timer);
    set_irq(p, 1);
}

pit *pit_create(iobus *io, sched *s, irq_line irq0, const char **err) {
    /* The bus cannot release ports, so claim nothing unless all are free. */
    int taken = io_owner(io, PIT_PORT_B) != NULL;
    for (int port = PIT_PORT; port < PIT_PORT + 4; port++)
        taken |= io_owner(io, port) != NULL;
    if (taken) {
        *err = "timer ports already claimed";
        return NULL;
    }
    pit *p = calloc(1, sizeof *p);
    if (!p) {
        *err = "out of memory for the timer";
        return NULL;
    }
    p->s = s;
    p->irq0 = irq0;
    p->timer = sched_timer_new(s, on_timer, p, "pit");
    if (p->timer < 0) {
        *err = "no scheduler timer left for the PIT";
        free(p);
        return NULL;
    }
    pit_reset(p);
    io_register(io, PIT_PORT, 4, IO_W8, pit_read, pit_write, p, "pit", err);
    io_register(io, PIT_PORT_B, 1, IO_W8, port_b_read, port_b_write, p, "port61", err);
    return p;
}

void pit_destroy(pit *p) {
    if (p)
        sched_timer_disarm(p->s, p->timer);
    free(p);
}

int pit_out(pit *p, int ch) { return ch >= 0 && ch < 3 ? ctr_out(&p->ch[ch].k, clock_now(p)) : 0; }

int pit_speaker(pit *p) { return (p->port_b & 2) && pit_out(p, 2); }
