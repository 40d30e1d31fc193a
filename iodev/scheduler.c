/* Virtual-time scheduler: a small fixed array of timers scanned linearly. The
 * scan runs once per CPU slice, not per instruction, and a machine has a few
 * dozen timers at most, so a heap would only add code. Order is deterministic:
 * earliest deadline first, equal deadlines in the order they were armed. */
#include "twin86/sched.h"

#include <stdlib.h>

#define SCHED_MAX_TIMERS 64
#define NS_PER_SEC 1000000000ull

struct timer {
    timer_fn fn;
    void *opaque;
    const char *name;
    uint64_t deadline;
    uint64_t seq; /* arming order, for ties */
    int armed;
};

struct sched {
    uint64_t now;
    /* The running slice, if any (elapsed == NULL otherwise). */
    uint64_t (*elapsed)(void *opaque);
    void (*kick)(void *opaque, uint64_t ticks_from_now);
    void *slice_opaque;
    uint64_t slice_end;
    uint64_t ips;
    uint64_t seq;
    int n_timers;
    struct timer timers[SCHED_MAX_TIMERS];
};

sched *sched_create(uint64_t ips) {
    if (ips == 0 || ips > SCHED_MAX_IPS)
        return NULL;
    sched *s = calloc(1, sizeof *s);
    if (s)
        s->ips = ips;
    return s;
}

void sched_destroy(sched *s) { free(s); }

uint64_t sched_now(const sched *s)
{
    return s->elapsed ? s->now + s->elapsed(s->slice_opaque) : s->now;
}
uint64_t sched_ips(const sched *s) { return s->ips; }

/* a * b / c without 128-bit arithmetic, rounding up if `ceil`; exact while
 * (a % c) * b fits in 64 bits, which SCHED_MAX_IPS guarantees. Saturates. */
static uint64_t muldiv(uint64_t a, uint64_t b, uint64_t c, int ceil) {
    uint64_t q = a / c, r = a % c;
    if (q && b > UINT64_MAX / q)
        return SCHED_NEVER;
    uint64_t whole = q * b, part = (r * b + (ceil ? c - 1 : 0)) / c;
    return whole > UINT64_MAX - part ? SCHED_NEVER : whole + part;
}

/* Rounds up, so a timer set for a duration never fires before it has elapsed. */
uint64_t sched_ns_to_ticks(const sched *s, uint64_t ns) {
    return muldiv(ns, s->ips, NS_PER_SEC, 1);
}

/* Rounds down, so device clocks never run ahead of the instruction count. */
uint64_t sched_ticks_to_ns(const sched *s, uint64_t ticks) {
    return muldiv(ticks, NS_PER_SEC, s->ips, 0);
}

uint64_t sched_now_ns(const sched *s) { return sched_ticks_to_ns(s, sched_now(s)); }

void sched_begin_slice(sched *s, uint64_t planned, uint64_t (*elapsed)(void *opaque),
                       void (*kick)(void *opaque, uint64_t ticks_from_now), void *opaque)
{
    s->elapsed = elapsed;
    s->kick = kick;
    s->slice_opaque = opaque;
    s->slice_end = planned > SCHED_NEVER - s->now ? SCHED_NEVER : s->now + planned;
}

void sched_end_slice(sched *s)
{
    uint64_t done = s->elapsed ? s->elapsed(s->slice_opaque) : 0;
    s->elapsed = NULL;
    s->kick = NULL;
    sched_advance(s, done);
}

int sched_timer_new(sched *s, timer_fn fn, void *opaque, const char *name) {
    if (!fn || s->n_timers >= SCHED_MAX_TIMERS)
        return -1;
    s->timers[s->n_timers] = (struct timer){fn, opaque, name, SCHED_NEVER, 0, 0};
    return s->n_timers++;
}

static inline int valid(const sched *s, int id) { return id >= 0 && id < s->n_timers; }

void sched_timer_arm(sched *s, int id, uint64_t deadline_ticks) {
    if (!valid(s, id))
        return;
    s->timers[id].deadline = deadline_ticks;
    s->timers[id].seq = ++s->seq;
    s->timers[id].armed = 1;
    if (s->elapsed && s->kick && deadline_ticks < s->slice_end) {
        uint64_t now = sched_now(s);
        s->slice_end = deadline_ticks;
        s->kick(s->slice_opaque, deadline_ticks > now ? deadline_ticks - now : 0);
    }
}

void sched_timer_disarm(sched *s, int id) {
    if (valid(s, id))
        s->timers[id].armed = 0;
}

int sched_timer_armed(const sched *s, int id) { return valid(s, id) && s->timers[id].armed; }

/* Index of the armed timer that runs first, or -1. */
static int first_timer(const sched *s) {
    int best = -1;
    for (int i = 0; i < s->n_timers; i++) {
        const struct timer *t = &s->timers[i];
        if (t->armed && (best < 0 || t->deadline < s->timers[best].deadline ||
                         (t->deadline == s->timers[best].deadline && t->seq < s->timers[best].seq)))
            best = i;
    }
    return best;
}

uint64_t sched_next_deadline(const sched *s) {
    int i = first_timer(s);
    return i < 0 ? SCHED_NEVER : s->timers[i].deadline;
}

/* Re-scans after every callback because a callback may arm or disarm timers. */
static void run_due(sched *s) {
    int i;
    while ((i = first_timer(s)) >= 0 && s->timers[i].deadline <= s->now) {
        s->timers[i].armed = 0;
        s->timers[i].fn(s->timers[i].opaque, s->now);
    }
}

void sched_advance(sched *s, uint64_t ticks) {
    s->now = ticks > SCHED_NEVER - s->now ? SCHED_NEVER : s->now + ticks;
    run_due(s);
}

uint64_t sched_skip_to_next(sched *s) {
    uint64_t next = sched_next_deadline(s);
    if (next == SCHED_NEVER)
        return 0;
    uint64_t skipped = next > s->now ? next - s->now : 0;
    s->now += skipped;
    run_due(s);
    return skipped;
}
