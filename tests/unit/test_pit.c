/* Unit tests for iodev/pit.c and pit_counter.c through ports 0x40-0x43 and
 * 0x61, stepping virtual time. Most tests run the scheduler at PIT_HZ
 * instructions per second so that one tick is one PIT clock; expected values
 * follow the 8254 data sheet (a count written during clock c is loaded on
 * clock c+1, mode 0 OUT rises N+1 clocks after the write, mode 2 pulses low
 * for one clock every N, mode 3 is high for ceil(N/2) and low for floor(N/2)). */
#include "check.h"
#include "iodev/pit.h"

struct edges {
    sched *s;
    int level;
    int n;
    uint64_t when[64];
};

static void irq0_set(void *opaque, int n, int level) {
    struct edges *e = opaque;
    (void)n;
    if (level && !e->level) {
        if (e->n < 64)
            e->when[e->n] = sched_now(e->s);
        e->n++;
    }
    e->level = level;
}

struct rig {
    iobus *io;
    sched *s;
    pit *p;
    struct edges irq;
};

static void rig_open(struct rig *r, uint64_t ips) {
    const char *err = NULL;
    r->io = io_create();
    r->s = sched_create(ips);
    r->irq = (struct edges){.s = r->s};
    r->p = pit_create(r->io, r->s, (irq_line){irq0_set, &r->irq, 0}, &err);
    CHECK(r->p != NULL);
    CHECK(r->irq.level == 1); /* OUT0 high from power-on */
    r->irq.n = 0;
}

static void rig_close(struct rig *r) {
    pit_destroy(r->p);
    sched_destroy(r->s);
    io_destroy(r->io);
}

static void out8(struct rig *r, uint16_t port, uint8_t v) { io_write(r->io, port, v, 1); }
static uint8_t in8(struct rig *r, uint16_t port) { return (uint8_t)io_read(r->io, port, 1); }

static void write16(struct rig *r, int ch, uint16_t v) {
    out8(r, 0x40 + ch, v & 0xFF);
    out8(r, 0x40 + ch, v >> 8);
}

static uint16_t read16(struct rig *r, int ch) {
    uint16_t lo = in8(r, 0x40 + ch);
    return lo | in8(r, 0x40 + ch) << 8;
}

/* Moves virtual time to the absolute tick t, stopping at every deadline on
 * the way as the CPU loop does. */
static void go(struct rig *r, uint64_t t) {
    uint64_t next;
    while ((next = sched_next_deadline(r->s)) <= t)
        sched_advance(r->s, next > sched_now(r->s) ? next - sched_now(r->s) : 0);
    if (t > sched_now(r->s))
        sched_advance(r->s, t - sched_now(r->s));
}

static uint8_t status(struct rig *r, int ch) {
    out8(r, 0x43, 0xE0 | 2 << ch);
    return in8(r, 0x40 + ch);
}

static void test_mode0(void) {
    struct rig r;
    rig_open(&r, PIT_HZ);
    out8(&r, 0x43, 0x30);
    CHECK(r.irq.level == 0); /* mode 0 control word: OUT low */
    write16(&r, 0, 100);
    CHECK_EQ(status(&r, 0), 0x70); /* OUT low, null count until loaded */
    go(&r, 1);
    CHECK_EQ(status(&r, 0), 0x30);
    CHECK_EQ(read16(&r, 0), 100);
    go(&r, 50);
    CHECK_EQ(read16(&r, 0), 51);
    go(&r, 100);
    CHECK_EQ(read16(&r, 0), 1);
    CHECK(!pit_out(r.p, 0) && r.irq.n == 0);
    go(&r, 101);
    CHECK(pit_out(r.p, 0));
    CHECK(r.irq.n == 1 && r.irq.when[0] == 101);
    CHECK_EQ(read16(&r, 0), 0);
    go(&r, 102);
    CHECK_EQ(read16(&r, 0), 0xFFFF); /* keeps counting after the terminal count */
    CHECK_EQ(sched_next_deadline(r.s), SCHED_NEVER);

    /* A new count restarts it: OUT low again at once. */
    write16(&r, 0, 10);
    CHECK(!pit_out(r.p, 0) && r.irq.level == 0);
    CHECK_EQ(sched_next_deadline(r.s), 102 + 11);
    go(&r, 200);
    CHECK(r.irq.n == 2 && r.irq.when[1] == 113);
    /* The first byte of a two-byte count stops the count. */
    write16(&r, 0, 50);
    go(&r, 210);
    out8(&r, 0x40, 0x05);
    go(&r, 300);
    CHECK(!pit_out(r.p, 0));
    CHECK_EQ(sched_next_deadline(r.s), SCHED_NEVER);
    out8(&r, 0x40, 0x00);
    go(&r, 305);
    CHECK(!pit_out(r.p, 0));
    go(&r, 306);
    CHECK(pit_out(r.p, 0));
    rig_close(&r);
}

static void test_mode2(void) {
    struct rig r;
    rig_open(&r, PIT_HZ);
    go(&r, 10);
    out8(&r, 0x43, 0x34);
    CHECK_EQ(status(&r, 0), 0xF4);
    write16(&r, 0, 1000);
    CHECK_EQ(status(&r, 0), 0xF4);
    CHECK_EQ(sched_next_deadline(r.s), 1011); /* the next edge, not the next tick */
    go(&r, 11);
    CHECK_EQ(status(&r, 0), 0xB4);
    CHECK_EQ(read16(&r, 0), 1000);
    go(&r, 1010);
    CHECK_EQ(read16(&r, 0), 1);
    CHECK(!pit_out(r.p, 0));
    go(&r, 1011);
    CHECK_EQ(read16(&r, 0), 1000);
    CHECK(pit_out(r.p, 0));
    CHECK(r.irq.n == 1 && r.irq.when[0] == 1011);
    CHECK_EQ(sched_next_deadline(r.s), 2011);
    /* A new count waits for the end of the current period. */
    go(&r, 1041);
    write16(&r, 0, 500);
    CHECK_EQ(status(&r, 0) & 0x40, 0x40);
    CHECK_EQ(read16(&r, 0), 970);
    go(&r, 3100);
    CHECK(r.irq.n == 4);
    CHECK(r.irq.when[1] == 2011 && r.irq.when[2] == 2511 && r.irq.when[3] == 3011);
    CHECK_EQ(status(&r, 0) & 0x40, 0);
    rig_close(&r);
}

static void test_mode3(void) {
    struct rig r;
    rig_open(&r, PIT_HZ);
    out8(&r, 0x43, 0x36);
    write16(&r, 0, 1000);
    go(&r, 1);
    CHECK_EQ(read16(&r, 0), 1000);
    go(&r, 2);
    CHECK_EQ(read16(&r, 0), 998); /* decrements by two */
    go(&r, 500);
    CHECK_EQ(read16(&r, 0), 2);
    CHECK(pit_out(r.p, 0));
    go(&r, 501);
    CHECK_EQ(read16(&r, 0), 1000);
    CHECK(!pit_out(r.p, 0));
    go(&r, 1000);
    CHECK(!pit_out(r.p, 0));
    go(&r, 1001);
    CHECK(pit_out(r.p, 0));
    CHECK(r.irq.n == 1 && r.irq.when[0] == 1001);

    /* Odd count 5: high 3 clocks, low 2. */
    out8(&r, 0x43, 0x36);
    write16(&r, 0, 5);
    int want[] = {1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1};
    for (int i = 0; i < 11; i++) {
        go(&r, 1002 + i);
        CHECK_EQ(pit_out(r.p, 0), want[i]);
    }
    CHECK(r.irq.n == 3 && r.irq.when[1] == 1007 && r.irq.when[2] == 1012);

    /* A new count takes over at the end of the current half period. */
    out8(&r, 0x43, 0x36);
    write16(&r, 0, 1000); /* at 1012: high 1013-1512 */
    go(&r, 1111);
    write16(&r, 0, 200);
    go(&r, 1512);
    CHECK(pit_out(r.p, 0));
    go(&r, 1513);
    CHECK(!pit_out(r.p, 0)); /* old high half ended, new low half is 100 */
    CHECK_EQ(read16(&r, 0), 200);
    go(&r, 1612);
    CHECK(!pit_out(r.p, 0));
    go(&r, 2100);
    CHECK(r.irq.n == 6);
    CHECK(r.irq.when[3] == 1613 && r.irq.when[4] == 1813 && r.irq.when[5] == 2013);
    rig_close(&r);
}

/* Rates in real virtual seconds at the default 50 MHz instruction clock. */
static void test_rates(void) {
    struct rig r;
    rig_open(&r, SCHED_DEFAULT_IPS);
    out8(&r, 0x43, 0x36);
    write16(&r, 0, 0); /* 65536: the BIOS's 18.2 Hz */
    go(&r, SCHED_DEFAULT_IPS);
    CHECK_EQ(r.irq.n, 18);
    rig_close(&r);

    rig_open(&r, SCHED_DEFAULT_IPS);
    out8(&r, 0x43, 0x34);
    write16(&r, 0, 1193); /* about 1 kHz */
    go(&r, SCHED_DEFAULT_IPS / 2);
    /* clock 596591, loaded at 1: position 596590 % 1193 = 90 */
    CHECK_EQ(read16(&r, 0), 1193 - 90);
    go(&r, SCHED_DEFAULT_IPS);
    CHECK_EQ(r.irq.n, 1000);
    /* Edge k at clock 1 + 1193k, i.e. tick ceil((1 + 1193k) * ips / PIT_HZ). */
    CHECK_EQ(r.irq.when[0], (1194ull * SCHED_DEFAULT_IPS + PIT_HZ - 1) / PIT_HZ);
    CHECK_EQ(r.irq.when[9], (11931ull * SCHED_DEFAULT_IPS + PIT_HZ - 1) / PIT_HZ);
    rig_close(&r);
}

static void test_latch_and_access(void) {
    struct rig r;
    rig_open(&r, PIT_HZ);
    out8(&r, 0x43, 0x34);
    write16(&r, 0, 1000);
    go(&r, 11);
    out8(&r, 0x43, 0x00); /* counter latch */
    go(&r, 111);
    out8(&r, 0x43, 0x00); /* ignored: the first latch is unread */
    CHECK_EQ(read16(&r, 0), 990);
    CHECK_EQ(read16(&r, 0), 890); /* live again */
    /* Read-back of status and count: status first. */
    go(&r, 121);
    out8(&r, 0x43, 0xC2);
    CHECK_EQ(in8(&r, 0x40), 0xB4);
    CHECK_EQ(read16(&r, 0), 880);
    /* Read-back of two counts at once. */
    out8(&r, 0x43, 0x74); /* channel 1, mode 2 */
    write16(&r, 1, 300);
    go(&r, 131);
    out8(&r, 0x43, 0xD6);
    go(&r, 200);
    CHECK_EQ(read16(&r, 0), 870);
    CHECK_EQ(read16(&r, 1), 300 - 9);
    /* The MSB of a half-read latch is still there after other accesses. */
    out8(&r, 0x43, 0x00);
    CHECK_EQ(in8(&r, 0x40), (1000 - 199) & 0xFF);
    go(&r, 250);
    CHECK_EQ(in8(&r, 0x40), (1000 - 199) >> 8);

    /* LSB only and MSB only. */
    out8(&r, 0x43, 0x10);
    out8(&r, 0x40, 0x20);
    go(&r, 251);
    CHECK_EQ(in8(&r, 0x40), 0x20);
    go(&r, 252);
    CHECK_EQ(in8(&r, 0x40), 0x1F);
    out8(&r, 0x43, 0x20);
    out8(&r, 0x40, 0x01);
    go(&r, 253);
    CHECK_EQ(in8(&r, 0x40), 0x01);
    go(&r, 254);
    CHECK_EQ(in8(&r, 0x40), 0x00);
    CHECK_EQ(status(&r, 0), 0x20);

    /* BCD: 1000 decimal, counting 0999, ..., wrapping to 9999. */
    out8(&r, 0x43, 0x31);
    write16(&r, 0, 0x1000);
    go(&r, 255);
    CHECK_EQ(read16(&r, 0), 0x1000);
    go(&r, 256);
    CHECK_EQ(read16(&r, 0), 0x0999);
    go(&r, 255 + 1000);
    CHECK_EQ(read16(&r, 0), 0x0000);
    go(&r, 256 + 1000);
    CHECK_EQ(read16(&r, 0), 0x9999);
    CHECK_EQ(r.irq.when[r.irq.n - 1], 1255);
    rig_close(&r);
}

static int port61_out2(struct rig *r) { return (in8(r, 0x61) >> 5) & 1; }

static void test_gate_and_port61(void) {
    struct rig r;
    rig_open(&r, PIT_HZ);
    CHECK_EQ(in8(&r, 0x61) & 0xCF, 0x00);
    out8(&r, 0x61, 0x0C);
    CHECK_EQ(in8(&r, 0x61) & 0xCF, 0x0C);

    /* Mode 3 on channel 2 waits for the gate; OUT2 stays high. */
    out8(&r, 0x61, 0x00);
    out8(&r, 0x43, 0xB6);
    write16(&r, 2, 4);
    go(&r, 50);
    CHECK(port61_out2(&r) == 1);
    out8(&r, 0x61, 0x03);
    CHECK_EQ(in8(&r, 0x61) & 0x03, 0x03);
    int want[] = {1, 1, 0, 0, 1, 1, 0};
    for (int i = 0; i < 7; i++) {
        go(&r, 51 + i);
        CHECK_EQ(port61_out2(&r), want[i]);
    }
    CHECK(!pit_speaker(r.p));
    go(&r, 59);
    CHECK(pit_speaker(r.p));
    go(&r, 61);
    out8(&r, 0x61, 0x02); /* gate low while OUT is low: high at once */
    CHECK(port61_out2(&r) == 1);
    CHECK(r.irq.n == 0); /* channel 2 is not IRQ0 */

    /* Mode 1: the gate's rising edge triggers a one-shot of 5 clocks. */
    out8(&r, 0x43, 0xB2);
    write16(&r, 2, 5);
    go(&r, 70);
    CHECK(port61_out2(&r) == 1);
    out8(&r, 0x61, 0x01);
    go(&r, 71);
    CHECK(port61_out2(&r) == 0);
    CHECK_EQ(read16(&r, 2), 5);
    go(&r, 75);
    CHECK(port61_out2(&r) == 0);
    go(&r, 76);
    CHECK(port61_out2(&r) == 1);
    out8(&r, 0x61, 0x00); /* retrigger */
    out8(&r, 0x61, 0x01);
    go(&r, 77);
    CHECK(port61_out2(&r) == 0);

    /* Mode 0: a low gate holds the count. */
    out8(&r, 0x61, 0x00);
    out8(&r, 0x43, 0xB0);
    write16(&r, 2, 10);
    go(&r, 100);
    CHECK_EQ(read16(&r, 2), 10);
    out8(&r, 0x61, 0x01);
    go(&r, 105);
    CHECK_EQ(read16(&r, 2), 6);
    out8(&r, 0x61, 0x00);
    go(&r, 150);
    CHECK_EQ(read16(&r, 2), 6);
    CHECK(port61_out2(&r) == 0);
    out8(&r, 0x61, 0x01);
    go(&r, 156);
    CHECK(port61_out2(&r) == 0);
    go(&r, 157);
    CHECK(port61_out2(&r) == 1);

    /* The refresh bit toggles every 18 clocks. */
    go(&r, 18 * 20 - 1);
    int before = (in8(&r, 0x61) >> 4) & 1;
    go(&r, 18 * 20);
    int after = (in8(&r, 0x61) >> 4) & 1;
    CHECK(before == 1 && after == 0);
    go(&r, 18 * 21 - 1);
    CHECK(((in8(&r, 0x61) >> 4) & 1) == 0);
    go(&r, 18 * 21);
    CHECK(((in8(&r, 0x61) >> 4) & 1) == 1);
    rig_close(&r);
}

/* A CPU slice in progress: reads see exact time, new deadlines end the slice. */
struct slice {
    uint64_t elapsed;
    uint64_t kicked;
};

static uint64_t slice_elapsed(void *opaque) { return ((struct slice *)opaque)->elapsed; }
static void slice_kick(void *opaque, uint64_t ticks) { ((struct slice *)opaque)->kicked = ticks; }

static void test_mid_slice(void) {
    struct rig r;
    rig_open(&r, PIT_HZ);
    out8(&r, 0x43, 0x34);
    write16(&r, 0, 1000);
    struct slice sl = {0, 0};
    sched_begin_slice(r.s, 900, slice_elapsed, slice_kick, &sl);
    sl.elapsed = 500;
    CHECK_EQ(read16(&r, 0), 501);
    out8(&r, 0x43, 0x30);
    write16(&r, 0, 10);
    CHECK_EQ(sl.kicked, 11);
    sl.elapsed = 511;
    sched_end_slice(r.s);
    CHECK(r.irq.n == 1 && r.irq.when[0] == 511);

    pit_reset(r.p);
    CHECK(r.irq.level == 1);
    CHECK_EQ(sched_next_deadline(r.s), SCHED_NEVER);

    const char *err = NULL;
    CHECK(pit_create(r.io, r.s, (irq_line){0}, &err) == NULL && err != NULL);
    rig_close(&r);
}

int main(void) {
    test_mode0();
    test_mode2();
    test_mode3();
    test_rates();
    test_latch_and_access();
    test_gate_and_port61();
    test_mid_slice();
    return check_done();
}
