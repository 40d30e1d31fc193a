/* MC146818 RTC and CMOS RAM (see cmos.h). Time is kept as "origin_secs
 * seconds at virtual instant origin_ns", origin_ns being an update instant of
 * the divider chain; the time registers are re-encoded from that when read.
 * Interrupt flags are evaluated lazily over the interval since they were last
 * looked at, so a guest polling register C needs no timers at all. */
#include "cmos.h"

#include <stdlib.h>
#include <time.h>

#include "cmos_clock.h"

#define NS 1000000000ll
#define UIP_LEAD_NS 244000ll   /* UIP rises this long before an update */
#define UPDATE_NS 1984000ll    /* length of the update cycle (32.768 kHz) */
#define CYCLES_PER_SEC 32768ll /* divider input the periodic rates count */

enum { RTC_A_UIP = 0x80, RTC_D_VRT = 0x80 };
enum { RTC_C_IRQF = 0x80, RTC_C_PF = 0x40, RTC_C_AF = 0x20, RTC_C_UF = 0x10 };

struct cmos {
    uint8_t ram[CMOS_SIZE];
    uint8_t index;
    uint8_t nmi_masked;
    uint8_t flags; /* PF, AF, UF of register C */
    int irq_level;
    sched *s;
    irq_line irq;
    int timer;
    int64_t origin_ns;   /* an update instant, at or before now while running */
    int64_t origin_secs; /* the time shown from origin_ns to the next update */
    int64_t valid_ns;    /* only updates after this instant happen (SET, reset) */
    int64_t div_ns;      /* divider chain start: the periodic interrupt phase */
    int64_t flags_ns;    /* flags are up to date until this instant */
};

static inline int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b < 0); }

static inline int64_t now_ns(const cmos *c) { return (int64_t)sched_now_ns(c->s); }

static inline uint8_t reg_b(const cmos *c) { return c->ram[RTC_REG_B]; }

/* 000, 001 and 010 are the three time bases; 11x resets, the rest are tests. */
static inline int divider_on(const cmos *c) { return ((c->ram[RTC_REG_A] >> 4) & 7) <= 2; }

static inline int running(const cmos *c) { return divider_on(c) && !(reg_b(c) & RTC_B_SET); }

static inline int is_clock_reg(unsigned i) { return i <= RTC_YEAR || i == RTC_CENTURY; }

/* Update instants are origin_ns + j * NS; the last one at or before t. */
static inline int64_t last_update(const cmos *c, int64_t t) {
    return c->origin_ns + floor_div(t - c->origin_ns, NS) * NS;
}

static inline int64_t secs_at(const cmos *c, int64_t t) {
    return running(c) ? c->origin_secs + floor_div(t - c->origin_ns, NS) : c->origin_secs;
}

/* Periodic interrupt period in 32.768 kHz cycles, 0 if off. */
static int64_t period_cycles(const cmos *c) {
    int rs = c->ram[RTC_REG_A] & 15;
    if (!rs || !divider_on(c))
        return 0;
    return rs <= 2 ? 1ll << (rs + 6) : 1ll << (rs - 1); /* 1, 2 act as 8, 9 */
}

static inline int64_t cycles_at(const cmos *c, int64_t t) {
    int64_t d = t - c->div_ns;
    return d / NS * CYCLES_PER_SEC + d % NS * CYCLES_PER_SEC / NS;
}

static inline int64_t instant_of_cycle(const cmos *c, int64_t cyc) {
    return c->div_ns + cyc / CYCLES_PER_SEC * NS +
           (cyc % CYCLES_PER_SEC * NS + CYCLES_PER_SEC - 1) / CYCLES_PER_SEC;
}

/* Index j of the first real update (at origin_ns + j * NS) whose cycle ends after t. */
static int64_t first_update_ending_after(const cmos *c, int64_t t) {
    int64_t j = floor_div(t - c->origin_ns - UPDATE_NS, NS) + 1;
    int64_t first = floor_div(c->valid_ns - c->origin_ns, NS) + 1;
    return j < first ? first : j;
}

static inline int64_t update_end(const cmos *c, int64_t j) {
    return c->origin_ns + j * NS + UPDATE_NS;
}

/* Sets the flags for what happened in (flags_ns, t]. */
static void eval_flags(cmos *c, int64_t t) {
    int64_t a = c->flags_ns;
    if (t <= a)
        return;
    c->flags_ns = t;
    int64_t p = period_cycles(c);
    if (p && !(c->flags & RTC_C_PF)) {
        int64_t from = a > c->div_ns ? a : c->div_ns;
        if (cycles_at(c, t) / p > cycles_at(c, from) / p)
            c->flags |= RTC_C_PF;
    }
    if (!running(c))
        return;
    int64_t j = first_update_ending_after(c, a);
    if (update_end(c, j) > t)
        return;
    c->flags |= RTC_C_UF;
    int64_t last = floor_div(t - c->origin_ns - UPDATE_NS, NS);
    int64_t k = rtc_alarm_next(c->ram, c->origin_secs + j, reg_b(c));
    if (k >= 0 && j + k <= last)
        c->flags |= RTC_C_AF;
}

static int irqf(const cmos *c) {
    uint8_t enabled = reg_b(c) & (RTC_B_PIE | RTC_B_AIE | RTC_B_UIE);
    /* Each enable bit sits where its flag does in register C. */
    return (c->flags & enabled) != 0;
}

static void drive_irq(cmos *c) {
    int level = irqf(c);
    if (level != c->irq_level) {
        c->irq_level = level;
        irq_set(&c->irq, level);
    }
}

static inline void take_earliest(int64_t *best, int64_t t) {
    if (*best < 0 || t < *best)
        *best = t;
}

/* Arms the timer for the first enabled event that can raise IRQ8; while IRQ8
 * is already high nothing more can be seen until register C is read. */
static void arm(cmos *c, int64_t t) {
    int64_t when = -1;
    uint8_t b = reg_b(c);
    if (!c->irq_level) {
        int64_t p = period_cycles(c);
        if ((b & RTC_B_PIE) && p)
            take_earliest(&when, instant_of_cycle(c, (cycles_at(c, t) / p + 1) * p));
        if (running(c) && (b & (RTC_B_UIE | RTC_B_AIE))) {
            int64_t j = first_update_ending_after(c, t);
            if (b & RTC_B_UIE)
                take_earliest(&when, update_end(c, j));
            int64_t k = (b & RTC_B_AIE) ? rtc_alarm_next(c->ram, c->origin_secs + j, b) : -1;
            if (k >= 0)
                take_earliest(&when, update_end(c, j + k));
        }
    }
    if (when < 0)
        sched_timer_disarm(c->s, c->timer);
    else
        sched_timer_arm(c->s, c->timer, sched_ns_to_ticks(c->s, (uint64_t)when));
}

static void settle(cmos *c, int64_t t) {
    eval_flags(c, t);
    drive_irq(c);
    arm(c, t);
}

static void on_timer(void *opaque, uint64_t ticks) {
    cmos *c = opaque;
    (void)ticks;
    settle(c, now_ns(c));
}

/* Brings the time registers up to date while the clock runs. */
static void refresh(cmos *c, int64_t t) {
    if (running(c))
        rtc_encode(c->ram, secs_at(c, t), reg_b(c));
}

/* Same clock, origin moved to the last update: done before the clock stops. */
static void rebase(cmos *c, int64_t t) {
    if (running(c)) {
        c->origin_secs = secs_at(c, t);
        c->origin_ns = last_update(c, t);
    }
}

/* The clock continues from what the registers hold, keeping the divider phase. */
static void restart_from_registers(cmos *c, int64_t t) {
    c->origin_ns = last_update(c, t);
    c->origin_secs = rtc_decode(c->ram, reg_b(c));
}

static void write_reg_a(cmos *c, uint8_t v, int64_t t) {
    int was_on = divider_on(c);
    rebase(c, t);
    c->ram[RTC_REG_A] = v & 0x7F;
    if (!was_on && divider_on(c)) {
        /* Out of reset: the first update comes half a second later. */
        c->div_ns = c->valid_ns = t;
        c->origin_ns = t - NS / 2;
        if (running(c))
            c->origin_secs = rtc_decode(c->ram, reg_b(c));
    }
}

static void write_reg_b(cmos *c, uint8_t v, int64_t t) {
    int was_set = reg_b(c) & RTC_B_SET;
    if (v & RTC_B_SET)
        v &= ~RTC_B_UIE; /* setting the clock ends update-ended interrupts */
    rebase(c, t);
    c->ram[RTC_REG_B] = v;
    if (was_set && running(c)) {
        restart_from_registers(c, t);
        c->valid_ns = t; /* updates were inhibited until now */
    }
}

static void write_reg(cmos *c, unsigned i, uint8_t v) {
    int64_t t = now_ns(c);
    eval_flags(c, t);
    refresh(c, t);
    if (is_clock_reg(i)) {
        c->ram[i] = v;
        if (running(c))
            restart_from_registers(c, t);
    } else if (i == RTC_REG_A) {
        write_reg_a(c, v, t);
    } else if (i == RTC_REG_B) {
        write_reg_b(c, v, t);
    } else if (i != RTC_REG_C && i != RTC_REG_D) {
        c->ram[i] = v;
        return;
    }
    settle(c, t);
}

static int uip(const cmos *c, int64_t t) {
    if (!running(c))
        return 0;
    int64_t last = last_update(c, t), into = t - last;
    return into >= NS - UIP_LEAD_NS || (into < UPDATE_NS && last > c->valid_ns);
}

/* A read; `consume` clears register C as the guest's read does. */
static uint8_t read_reg(cmos *c, unsigned i, int consume) {
    int64_t t = now_ns(c);
    if (is_clock_reg(i)) {
        refresh(c, t);
        return c->ram[i];
    }
    switch (i) {
    case RTC_REG_A:
        return c->ram[i] | (uip(c, t) ? RTC_A_UIP : 0);
    case RTC_REG_C: {
        eval_flags(c, t);
        uint8_t v = c->flags | (irqf(c) ? RTC_C_IRQF : 0);
        if (consume) {
            c->flags = 0;
            settle(c, t);
        }
        return v;
    }
    case RTC_REG_D:
        return RTC_D_VRT;
    default:
        return c->ram[i];
    }
}

static uint32_t port_read(void *opaque, uint16_t port, unsigned size) {
    cmos *c = opaque;
    (void)size;
    return port == CMOS_PORT ? 0xFF : read_reg(c, c->index, 1); /* the index is write-only */
}

static void port_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    cmos *c = opaque;
    (void)size;
    if (port == CMOS_PORT) {
        c->index = value & 0x7F;
        c->nmi_masked = (value >> 7) & 1;
    } else {
        write_reg(c, c->index, value & 0xFF);
    }
}

cmos *cmos_create(iobus *io, sched *s, irq_line irq8, int64_t start, int host_clock,
                  const char **err) {
    if (io_owner(io, CMOS_PORT) || io_owner(io, CMOS_PORT + 1)) {
        *err = "CMOS ports already claimed";
        return NULL;
    }
    cmos *c = calloc(1, sizeof *c);
    if (!c) {
        *err = "out of memory for the CMOS clock";
        return NULL;
    }
    c->s = s;
    c->irq = irq8;
    c->timer = sched_timer_new(s, on_timer, c, "rtc");
    if (c->timer < 0) {
        *err = "no scheduler timer left for the RTC";
        free(c);
        return NULL;
    }
    int64_t t = now_ns(c);
    c->origin_ns = c->flags_ns = c->valid_ns = t;
    c->div_ns = t - NS / 2;
    c->origin_secs = host_clock ? (int64_t)time(NULL) : start;
    c->ram[RTC_REG_A] = 0x26; /* 32.768 kHz, 1024 Hz periodic rate */
    c->ram[RTC_REG_B] = RTC_B_24H;
    refresh(c, t);
    io_register(io, CMOS_PORT, 2, IO_W8, port_read, port_write, c, "cmos", err);
    return c;
}

void cmos_destroy(cmos *c) {
    if (c)
        sched_timer_disarm(c->s, c->timer);
    free(c);
}

void cmos_reset(cmos *c) {
    int64_t t = now_ns(c);
    eval_flags(c, t);
    c->ram[RTC_REG_B] &= ~(RTC_B_PIE | RTC_B_AIE | RTC_B_UIE | RTC_B_SQWE);
    c->flags = 0;
    settle(c, t);
}

int cmos_nmi_masked(const cmos *c) { return c->nmi_masked; }

uint8_t cmos_get(cmos *c, unsigned index) { return read_reg(c, index % CMOS_SIZE, 0); }

void cmos_set(cmos *c, unsigned index, uint8_t v) { write_reg(c, index % CMOS_SIZE, v); }
