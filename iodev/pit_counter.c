/* One 8254 counter as a function of its input clock (see pit_counter.h).
 *
 * Modes 0, 1, 4, 5 count down from `sv` loaded at clock `start` and wrap
 * around after the terminal count, so the element at clock c is
 * (sv - (c - start)) modulo 65536 (10000 in BCD). Modes 2 and 3 repeat a
 * period of `period` clocks; the position in it is (c - start + phase0)
 * modulo period. Mode 2's OUT is low at the last position of each period;
 * mode 3's OUT is high for the first ceil(period/2) positions. */
#include "pit_counter.h"

static inline uint32_t modulus(const pit_counter *k) { return k->bcd ? 10000 : 65536; }

/* A count as a number of clocks: 0 stands for the modulus. */
static inline uint32_t clocks_of(const pit_counter *k, uint32_t n) { return n ? n : modulus(k); }

static inline int periodic(const pit_counter *k) { return k->mode == 2 || k->mode == 3; }

/* Modes whose counting needs the gate high (in 1 and 5 the gate triggers). */
static inline int gated(const pit_counter *k) { return k->mode != 1 && k->mode != 5; }

static inline uint32_t position(const pit_counter *k, uint64_t c) {
    return (uint32_t)((c - k->start + k->phase0) % k->period);
}

static inline uint32_t high_len(uint32_t period) { return (period + 1) / 2; }

/* Clock at which a one-shot counter reaches zero. */
static inline uint64_t tc_clock(const pit_counter *k) { return k->start + clocks_of(k, k->sv); }

/* Applies what happened by clock c: terminal counts, strobes, deferred reloads. */
static void sync(pit_counter *k, uint64_t c) {
    if (!k->running)
        return;
    if (periodic(k)) {
        if (k->reload_pending && c >= k->reload_at) {
            k->start = k->reload_at;
            k->period = clocks_of(k, k->n);
            k->phase0 = k->reload_phase % k->period;
            k->reload_pending = 0;
        }
    } else if (k->pending_tc) {
        uint64_t tc = tc_clock(k);
        /* Modes 4 and 5 hold OUT low during the clock of the terminal count. */
        if (c >= tc + (k->mode >= 4))
            k->pending_tc = 0;
    }
}

/* Element value in binary, 0..modulus-1. */
static uint32_t raw_value(const pit_counter *k, uint64_t c) {
    if (!k->running || c < k->start)
        return k->hold;
    uint32_t m = modulus(k);
    if (!periodic(k))
        return (uint32_t)((k->sv + m - (c - k->start) % m) % m);
    uint32_t p = position(k, c), v;
    if (k->mode == 2) {
        v = k->period - p;
    } else {
        uint32_t h = high_len(k->period);
        uint32_t i = p < h ? p : p - h;
        v = (k->period & ~1u) - 2 * i;
        if (v == 0 && k->period > 1)
            v = 2; /* odd counts: the extra clock of the high half */
    }
    return v % m;
}

static void stop(pit_counter *k, uint64_t c) {
    k->hold = raw_value(k, c);
    k->running = 0;
    k->reload_pending = 0;
}

/* Loads the element on the clock after c and starts counting. */
static void load(pit_counter *k, uint64_t c, uint32_t value) {
    k->running = 1;
    k->start = c + 1;
    k->reload_pending = 0;
    if (periodic(k)) {
        k->period = clocks_of(k, value);
        k->phase0 = 0;
    } else {
        k->sv = value;
        k->pending_tc = 1;
    }
    if (k->null_until > c + 1)
        k->null_until = c + 1;
}

void ctr_init(pit_counter *k, int gate) {
    *k = (pit_counter){.mode = 3, .gate = gate != 0, .null_until = PIT_NEVER};
}

void ctr_control(pit_counter *k, uint64_t c, int mode, int bcd) {
    sync(k, c);
    stop(k, c);
    k->mode = mode;
    k->bcd = bcd != 0;
    k->have_count = 0;
    k->pending_tc = 0;
    k->null_until = PIT_NEVER;
    if (k->hold >= modulus(k))
        k->hold %= modulus(k);
}

void ctr_count_begun(pit_counter *k, uint64_t c) {
    if (k->mode != 0)
        return;
    sync(k, c);
    stop(k, c);
    k->have_count = 0;
}

/* Where a count written at clock c during periodic counting takes over. */
static void defer_reload(pit_counter *k, uint64_t c) {
    uint32_t p = position(k, c), h = high_len(k->period);
    if (k->mode == 3 && p < h) {
        k->reload_at = c + (h - p); /* end of the high half: continue low */
        k->reload_phase = high_len(clocks_of(k, k->n));
    } else {
        k->reload_at = c + (k->period - p);
        k->reload_phase = 0;
    }
    k->reload_pending = 1;
    k->null_until = k->reload_at;
}

void ctr_write_count(pit_counter *k, uint64_t c, uint32_t n) {
    sync(k, c);
    k->n = n % modulus(k);
    k->have_count = 1;
    if (periodic(k) && k->running && c >= k->start) {
        defer_reload(k, c);
    } else if (k->mode == 1 || k->mode == 5) {
        k->null_until = PIT_NEVER; /* loaded by the next gate trigger */
    } else if (k->gate) {
        k->hold = raw_value(k, c);
        load(k, c, k->n);
    } else {
        /* Loaded but held by the low gate (modes 0, 4) or waiting for it (2, 3). */
        stop(k, c);
        k->hold = k->n;
        k->pending_tc = !periodic(k);
        k->null_until = periodic(k) ? PIT_NEVER : c + 1;
    }
}

void ctr_set_gate(pit_counter *k, uint64_t c, int level) {
    level = level != 0;
    if (level == k->gate)
        return;
    sync(k, c);
    k->gate = level;
    if (!k->have_count)
        return;
    if (!level) {
        if (gated(k) && k->running) {
            int tc = k->pending_tc;
            stop(k, c);
            k->pending_tc = tc; /* modes 0/4: paused, not finished */
        }
        return;
    }
    if (!gated(k) || periodic(k)) {
        k->hold = raw_value(k, c);
        load(k, c, k->n); /* trigger (1, 5) or restart (2, 3) */
    } else if (!k->running) {
        /* Modes 0/4 resume where they stopped. */
        int tc = k->pending_tc;
        uint32_t from = k->hold;
        load(k, c, from);
        k->pending_tc = tc;
    }
}

static inline uint16_t to_bcd(uint32_t v) {
    return (uint16_t)((v / 1000 % 10) << 12 | (v / 100 % 10) << 8 | (v / 10 % 10) << 4 | v % 10);
}

uint16_t ctr_value(pit_counter *k, uint64_t c) {
    sync(k, c);
    uint32_t v = raw_value(k, c);
    return k->bcd ? to_bcd(v) : (uint16_t)v;
}

int ctr_out(pit_counter *k, uint64_t c) {
    sync(k, c);
    switch (k->mode) {
    case 0:
        return k->have_count && !k->pending_tc;
    case 1:
        return !(k->pending_tc && k->running && c >= k->start);
    case 2:
        return !(k->running && c >= k->start && position(k, c) == k->period - 1);
    case 3:
        return !(k->running && c >= k->start && position(k, c) >= high_len(k->period));
    default: /* 4, 5: low during the clock of the terminal count */
        return !(k->pending_tc && k->running && c == tc_clock(k));
    }
}

int ctr_null_count(pit_counter *k, uint64_t c) {
    sync(k, c);
    return c < k->null_until;
}

uint64_t ctr_next_event(pit_counter *k, uint64_t c, int *is_edge) {
    sync(k, c);
    *is_edge = 1;
    if (!k->running)
        return PIT_NEVER;
    if (!periodic(k)) {
        if (!k->pending_tc)
            return PIT_NEVER;
        return tc_clock(k) + (k->mode >= 4);
    }
    if (k->period < 2)
        return PIT_NEVER; /* OUT never changes */
    uint64_t from = c > k->start ? c : k->start;
    uint64_t d = from - k->start + k->phase0;
    uint64_t edge = from + (k->period - d % k->period);
    if (k->reload_pending && k->reload_at < edge) {
        *is_edge = 0;
        return k->reload_at;
    }
    return edge;
}
