/* Unit tests for iodev/scheduler.c: deadline order, ties in arming order,
 * re-arming from a callback, tick/ns conversion, idle skipping. */
#include "check.h"
#include "twin86/sched.h"

/* Each callback appends its tag and the time it saw to a shared trace. */
struct trace {
    int n;
    char tag[16];
    uint64_t when[16];
};

struct tick {
    struct trace *t;
    char tag;
    sched *s;
    int self, other;   /* timer ids */
    uint64_t period;   /* re-arm self this far after the old deadline; 0 = one-shot */
    uint64_t deadline; /* current deadline, for periodic re-arming */
    int arm_other;     /* arm `other` at now from the callback */
};

static void on_timer(void *opaque, uint64_t now) {
    struct tick *k = opaque;
    if (k->t->n < 16)
        k->t->tag[k->t->n] = k->tag, k->t->when[k->t->n] = now;
    k->t->n++;
    if (k->period)
        sched_timer_arm(k->s, k->self, k->deadline += k->period);
    if (k->arm_other)
        sched_timer_arm(k->s, k->other, now);
}

static int new_timer(sched *s, struct tick *k) {
    k->s = s;
    k->self = sched_timer_new(s, on_timer, k, "t");
    CHECK(k->self >= 0);
    return k->self;
}

static void test_order(void) {
    sched *s = sched_create(1000);
    struct trace tr = {0};
    struct tick a = {.t = &tr, .tag = 'A'}, b = {.t = &tr, .tag = 'B'}, c = {.t = &tr, .tag = 'C'};
    int ia = new_timer(s, &a), ib = new_timer(s, &b), ic = new_timer(s, &c);
    CHECK_EQ(sched_next_deadline(s), SCHED_NEVER);
    sched_timer_arm(s, ic, 10); /* C armed before B: wins the tie */
    sched_timer_arm(s, ib, 10);
    sched_timer_arm(s, ia, 5);
    CHECK_EQ(sched_next_deadline(s), 5);
    sched_advance(s, 4);
    CHECK_EQ(tr.n, 0);
    sched_advance(s, 100);
    CHECK_EQ(sched_now(s), 104);
    CHECK(tr.n == 3 && tr.tag[0] == 'A' && tr.tag[1] == 'C' && tr.tag[2] == 'B');
    CHECK_EQ(tr.when[2], 104);
    CHECK(!sched_timer_armed(s, ia) && !sched_timer_armed(s, ib));
    /* Re-arming moves a timer behind others with the same deadline. */
    sched_timer_arm(s, ia, 200);
    sched_timer_arm(s, ib, 200);
    sched_timer_arm(s, ia, 200);
    sched_timer_disarm(s, ic);
    sched_advance(s, 96);
    CHECK(tr.n == 5 && tr.tag[3] == 'B' && tr.tag[4] == 'A');
    sched_destroy(s);
}

static void test_rearm(void) {
    sched *s = sched_create(1000);
    struct trace tr = {0};
    struct tick p = {.t = &tr, .tag = 'P'}, q = {.t = &tr, .tag = 'Q'}, r = {.t = &tr, .tag = 'R'};
    new_timer(s, &p), new_timer(s, &q), new_timer(s, &r);
    p.period = 10, p.deadline = 10;
    sched_timer_arm(s, p.self, 10);
    sched_advance(s, 35); /* periodic: runs at deadlines 10, 20, 30 */
    CHECK_EQ(tr.n, 3);
    CHECK_EQ(sched_next_deadline(s), 40);
    p.period = 0;
    /* Q arms R for "now": R runs in the same advance, after P (armed earlier). */
    q.arm_other = 1, q.other = r.self;
    sched_timer_arm(s, q.self, 38);
    sched_advance(s, 5);
    CHECK(tr.n == 6 && tr.tag[3] == 'Q' && tr.tag[4] == 'P' && tr.tag[5] == 'R');
    sched_destroy(s);
}

static void test_conversion(void) {
    sched *s = sched_create(50000000);
    CHECK_EQ(sched_ips(s), 50000000);
    CHECK_EQ(sched_ns_to_ticks(s, 1000), 50);
    CHECK_EQ(sched_ticks_to_ns(s, 50), 1000);
    CHECK_EQ(sched_ns_to_ticks(s, 1), 1); /* rounds up: never early */
    CHECK_EQ(sched_ns_to_ticks(s, 21), 2);
    CHECK_EQ(sched_ticks_to_ns(s, 1), 20);
    CHECK_EQ(sched_ns_to_ticks(s, 3000000000000ull), 150000000000ull);
    sched_advance(s, 50000000);
    CHECK_EQ(sched_now_ns(s), 1000000000);
    sched_destroy(s);
    s = sched_create(3);
    CHECK_EQ(sched_ticks_to_ns(s, 1), 333333333); /* rounds down: never ahead */
    CHECK_EQ(sched_ns_to_ticks(s, 1000000000), 3);
    sched_destroy(s);
    s = sched_create(SCHED_MAX_IPS);
    CHECK_EQ(sched_ns_to_ticks(s, UINT64_MAX), SCHED_NEVER); /* saturates */
    CHECK_EQ(sched_ticks_to_ns(s, UINT64_MAX), UINT64_MAX / 10);
    sched_destroy(s);
    CHECK(sched_create(0) == NULL);
    CHECK(sched_create(SCHED_MAX_IPS + 1) == NULL);
}

static void test_skip(void) {
    sched *s = sched_create(1000);
    struct trace tr = {0};
    struct tick a = {.t = &tr, .tag = 'A'};
    new_timer(s, &a);
    sched_advance(s, 105);
    CHECK_EQ(sched_skip_to_next(s), 0); /* nothing armed */
    CHECK_EQ(sched_now(s), 105);
    sched_timer_arm(s, a.self, 500);
    CHECK_EQ(sched_skip_to_next(s), 395);
    CHECK_EQ(sched_now(s), 500);
    CHECK(tr.n == 1 && tr.when[0] == 500);
    sched_destroy(s);
}

static void test_slots(void) {
    sched *s = sched_create(1000);
    struct trace tr = {0};
    struct tick a = {.t = &tr, .tag = 'A'};
    int id = 0, n = 0;
    while (n < 10000 && (id = sched_timer_new(s, on_timer, &a, "x")) >= 0)
        n++;
    CHECK(id == -1 && n > 8); /* a fixed table: runs out, but not too soon */
    CHECK(sched_timer_new(s, NULL, NULL, "x") == -1);
    sched_destroy(s);
}

static void count_fired(void *opaque, uint64_t now) {
    (void)now;
    ++*(int *)opaque;
}

/* A fake CPU slice: `done` ticks retired so far, and the last kick. */
struct fake_slice {
    uint64_t done, kicked;
    int kicks;
};
static uint64_t fake_elapsed(void *opaque) { return ((struct fake_slice *)opaque)->done; }
static void fake_kick(void *opaque, uint64_t ticks) {
    struct fake_slice *f = opaque;
    f->kicked = ticks;
    f->kicks++;
}

static void test_slice(void) {
    sched *s = sched_create(1000);
    int fired = 0;
    int id = sched_timer_new(s, count_fired, &fired, "t");
    sched_advance(s, 100);
    struct fake_slice f = {0, 0, 0};
    sched_begin_slice(s, 50, fake_elapsed, fake_kick, &f);
    f.done = 10;
    CHECK_EQ(sched_now(s), 110);             /* time moves with the CPU */
    sched_timer_arm(s, id, 200);             /* after the slice: no kick */
    CHECK_EQ(f.kicks, 0);
    sched_timer_arm(s, id, 130);             /* inside it: end the slice there */
    CHECK_EQ(f.kicks, 1);
    CHECK_EQ(f.kicked, 20);
    f.done = 30;
    sched_end_slice(s);
    CHECK_EQ(sched_now(s), 130);
    CHECK_EQ(fired, 1);
    CHECK_EQ(sched_now(s), 130);             /* no slice: no elapsed */
    sched_destroy(s);
}

int main(void) {
    test_order();
    test_rearm();
    test_conversion();
    test_skip();
    test_slots();
    test_slice();
    return check_done();
}
