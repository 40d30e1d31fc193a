/* Unit tests for iodev/cmos.c, cmos_clock.c and cmos_nvram.c through ports
 * 0x70/0x71 with the scheduler at 1e9 instructions per second, so a tick is a
 * nanosecond. Expected values follow the MC146818A data sheet (UIP 244 µs
 * ahead of an update, 1984 µs update cycle, periodic rates 32768 >> (rs - 1)
 * Hz) and the calendar. */
#include <time.h>

#include "check.h"
#include "iodev/cmos.h"

#define MS 1000000ull
#define SEC 1000000000ull

struct edges {
    int level;
    int n;
};

static void irq8_set(void *opaque, int n, int level) {
    struct edges *e = opaque;
    (void)n;
    e->n += level && !e->level;
    e->level = level;
}

struct rig {
    iobus *io;
    sched *s;
    cmos *c;
    struct edges irq;
};

static void rig_open_at(struct rig *r, int64_t start, int host) {
    const char *err = NULL;
    r->io = io_create();
    r->s = sched_create(SEC);
    r->irq = (struct edges){0};
    r->c = cmos_create(r->io, r->s, (irq_line){irq8_set, &r->irq, 8}, start, host, &err);
    CHECK(r->c != NULL);
}

static void rig_open(struct rig *r) { rig_open_at(r, CMOS_DEFAULT_TIME, 0); }

static void rig_close(struct rig *r) {
    cmos_destroy(r->c);
    sched_destroy(r->s);
    io_destroy(r->io);
}

static uint8_t rd(struct rig *r, uint8_t i) {
    io_write(r->io, 0x70, i, 1);
    return (uint8_t)io_read(r->io, 0x71, 1);
}

static void wr(struct rig *r, uint8_t i, uint8_t v) {
    io_write(r->io, 0x70, i, 1);
    io_write(r->io, 0x71, v, 1);
}

/* To absolute time t (ns), stopping at each deadline as the CPU loop would. */
static void go(struct rig *r, uint64_t t) {
    uint64_t next, now;
    while ((next = sched_next_deadline(r->s)) <= t) {
        now = sched_now(r->s);
        sched_advance(r->s, next > now ? next - now : 0);
    }
    now = sched_now(r->s);
    if (t > now)
        sched_advance(r->s, t - now);
}

/* Seconds, minutes, hours, weekday, date, month, year, century as one number
 * of hex digit pairs, most significant first: 0xCCYYMMDDWWHHMMSS. */
static uint64_t stamp(struct rig *r) {
    static const uint8_t regs[] = {0x32, 0x09, 0x08, 0x07, 0x06, 0x04, 0x02, 0x00};
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | rd(r, regs[i]);
    return v;
}

/* Sets the clock under SET, in the current format, and lets it run again. */
static void set_clock(struct rig *r, uint64_t st) {
    uint8_t b = rd(r, 0x0B);
    wr(r, 0x0B, b | 0x80);
    static const uint8_t regs[] = {0x32, 0x09, 0x08, 0x07, 0x06, 0x04, 0x02, 0x00};
    for (int i = 0; i < 8; i++)
        wr(r, regs[i], (uint8_t)(st >> (56 - 8 * i)));
    wr(r, 0x0B, b & 0x7F);
}

static void test_defaults_and_advance(void) {
    struct rig r;
    rig_open(&r);
    CHECK_EQ(stamp(&r), 0x2000010107000000ull); /* 2000-01-01, a Saturday */
    CHECK_EQ(rd(&r, 0x0A), 0x26);
    CHECK_EQ(rd(&r, 0x0B), 0x02);
    CHECK_EQ(rd(&r, 0x0C), 0x00);
    CHECK_EQ(rd(&r, 0x0D), 0x80);
    go(&r, SEC - 1);
    CHECK_EQ(rd(&r, 0x00), 0x00);
    go(&r, SEC);
    CHECK_EQ(rd(&r, 0x00), 0x01);
    go(&r, 59 * SEC);
    CHECK_EQ(rd(&r, 0x00), 0x59);
    go(&r, 60 * SEC);
    CHECK_EQ(stamp(&r), 0x2000010107000100ull);
    go(&r, 3600 * SEC);
    CHECK_EQ(stamp(&r), 0x2000010107010000ull);
    go(&r, 86400 * SEC + 3 * SEC);
    CHECK_EQ(stamp(&r), 0x2000010201000003ull); /* Sunday the 2nd */
    rig_close(&r);
}

static void test_set_and_rollover(void) {
    struct rig r;
    rig_open(&r);
    go(&r, 10 * SEC + 300 * MS);
    wr(&r, 0x0B, 0x82);
    CHECK_EQ(rd(&r, 0x0A), 0x26); /* no UIP while SET */
    wr(&r, 0x00, 0x59);
    wr(&r, 0x02, 0x59);
    wr(&r, 0x04, 0x23);
    wr(&r, 0x06, 0x06);
    wr(&r, 0x07, 0x31);
    wr(&r, 0x08, 0x12);
    wr(&r, 0x09, 0x99);
    wr(&r, 0x32, 0x19);
    go(&r, 12 * SEC + 500 * MS);
    CHECK_EQ(stamp(&r), 0x1999123106235959ull); /* held while SET */
    wr(&r, 0x0B, 0x02);
    /* The divider kept its phase: the next update is at 13 s. */
    go(&r, 13 * SEC - 1);
    CHECK_EQ(stamp(&r), 0x1999123106235959ull);
    go(&r, 13 * SEC);
    CHECK_EQ(stamp(&r), 0x2000010107000000ull);

    set_clock(&r, 0x2024022804235959ull);
    go(&r, 14 * SEC);
    CHECK_EQ(stamp(&r), 0x2024022905000000ull); /* leap year */
    set_clock(&r, 0x2023022803235959ull);
    go(&r, 15 * SEC);
    CHECK_EQ(stamp(&r), 0x2023030104000000ull);
    set_clock(&r, 0x2000022802235959ull);
    go(&r, 16 * SEC);
    CHECK_EQ(stamp(&r), 0x2000022903000000ull); /* 2000 is a leap year */
    set_clock(&r, 0x2024043003235959ull);
    go(&r, 17 * SEC);
    CHECK_EQ(stamp(&r), 0x2024050104000000ull);
    set_clock(&r, 0x2024123103235959ull);
    go(&r, 18 * SEC);
    CHECK_EQ(stamp(&r), 0x2025010104000000ull); /* a Wednesday */

    /* A single register written while running keeps the others. */
    wr(&r, 0x02, 0x30);
    go(&r, 19 * SEC);
    CHECK_EQ(stamp(&r), 0x2025010104003001ull);
    rig_close(&r);
}

static void test_binary_and_12h(void) {
    struct rig r;
    rig_open(&r);
    wr(&r, 0x0B, 0x06); /* binary, 24 hours: the running time reads in binary */
    CHECK_EQ(stamp(&r), 0x1400010107000000ull);
    set_clock(&r, 0x1400010107173B3Bull); /* 2000-01-01 Sat 23:59:59 */
    go(&r, SEC);
    CHECK_EQ(stamp(&r), 0x1400010201000000ull);
    set_clock(&r, 0x1463010105173B3Bull); /* 2099-01-01 Thu 23:59:59 */
    go(&r, 2 * SEC);
    CHECK_EQ(stamp(&r), 0x1463010206000000ull);

    /* 12-hour BCD: bit 7 of the hour is PM. */
    wr(&r, 0x0B, 0x00);
    set_clock(&r, 0x2000010107115959ull); /* 11:59:59 AM */
    go(&r, 3 * SEC);
    CHECK_EQ(rd(&r, 0x04), 0x92); /* 12 PM */
    set_clock(&r, 0x2000010107925959ull);
    go(&r, 4 * SEC);
    CHECK_EQ(rd(&r, 0x04), 0x81);         /* 1 PM */
    set_clock(&r, 0x2000010107915959ull); /* 11:59:59 PM */
    go(&r, 5 * SEC);
    CHECK_EQ(stamp(&r), 0x2000010201120000ull); /* 12 AM on Sunday */
    wr(&r, 0x0B, 0x02);
    CHECK_EQ(rd(&r, 0x04), 0x00);
    /* 12-hour binary. */
    wr(&r, 0x0B, 0x04);
    set_clock(&r, 0x1400010201890000ull); /* 9 PM in binary: 0x80 | 9 */
    CHECK_EQ(rd(&r, 0x04), 0x89);
    wr(&r, 0x0B, 0x06);
    CHECK_EQ(rd(&r, 0x04), 21);
    rig_close(&r);
}

static void test_uip_and_divider(void) {
    struct rig r;
    rig_open(&r);
    go(&r, 1000);
    CHECK_EQ(rd(&r, 0x0A), 0x26); /* no update happened at power-on */
    go(&r, SEC - 244001);
    CHECK_EQ(rd(&r, 0x0A), 0x26);
    go(&r, SEC - 244000);
    CHECK_EQ(rd(&r, 0x0A), 0xA6);
    CHECK_EQ(rd(&r, 0x00), 0x00);
    go(&r, SEC);
    CHECK_EQ(rd(&r, 0x00), 0x01);
    go(&r, SEC + 1983999);
    CHECK_EQ(rd(&r, 0x0A), 0xA6);
    go(&r, SEC + 1984000);
    CHECK_EQ(rd(&r, 0x0A), 0x26);
    wr(&r, 0x0A, 0xA6); /* UIP is read-only */
    CHECK_EQ(rd(&r, 0x0A), 0x26);

    /* Divider held in reset: time stands still; released, it updates 500 ms later. */
    go(&r, 2 * SEC + 300 * MS);
    wr(&r, 0x0A, 0x76);
    go(&r, 5 * SEC);
    CHECK_EQ(rd(&r, 0x00), 0x02);
    CHECK_EQ(rd(&r, 0x0A), 0x76);
    wr(&r, 0x0A, 0x26);
    go(&r, 5 * SEC + 500 * MS - 244001);
    CHECK_EQ(rd(&r, 0x0A), 0x26);
    go(&r, 5 * SEC + 500 * MS - 1);
    CHECK_EQ(rd(&r, 0x0A), 0xA6);
    CHECK_EQ(rd(&r, 0x00), 0x02);
    go(&r, 5 * SEC + 500 * MS);
    CHECK_EQ(rd(&r, 0x00), 0x03);
    go(&r, 6 * SEC + 500 * MS);
    CHECK_EQ(rd(&r, 0x00), 0x04);
    rig_close(&r);
}

/* Runs to time t like an interrupt handler that reads C on each IRQ8 and
 * expects the flags `want` (others, like UF every second, may be set too). */
static int handle_until(struct rig *r, uint64_t t, uint8_t want, uint64_t *first) {
    int n = 0;
    uint64_t next;
    while ((next = sched_next_deadline(r->s)) <= t) {
        go(r, next);
        if (r->irq.level) {
            if (!n && first)
                *first = sched_now(r->s);
            n++;
            CHECK_EQ(rd(r, 0x0C) & want, want);
            CHECK(!r->irq.level);
        }
    }
    go(r, t);
    return n;
}

static void test_periodic(void) {
    struct rig r;
    rig_open(&r);
    wr(&r, 0x0B, 0x42); /* PIE at 1024 Hz */
    uint64_t first = 0;
    CHECK_EQ(handle_until(&r, SEC, 0xC0, &first), 1024);
    CHECK_EQ(first, 976563); /* 32 cycles of 32.768 kHz, rounded up to a ns */
    wr(&r, 0x0A, 0x2F);      /* 2 Hz */
    CHECK_EQ(handle_until(&r, 3 * SEC, 0xC0, NULL), 4);
    wr(&r, 0x0A, 0x23); /* 8192 Hz */
    CHECK_EQ(handle_until(&r, 4 * SEC, 0xC0, NULL), 8192);
    wr(&r, 0x0A, 0x21); /* rate 1 behaves as rate 8: 256 Hz */
    CHECK_EQ(handle_until(&r, 5 * SEC, 0xC0, NULL), 256);

    /* An unanswered interrupt keeps IRQ8 high, and no more timers run. */
    wr(&r, 0x0A, 0x26);
    go(&r, 6 * SEC);
    CHECK(r.irq.level);
    CHECK_EQ(sched_next_deadline(r.s), SCHED_NEVER);
    int n = r.irq.n;
    go(&r, 7 * SEC);
    CHECK_EQ(r.irq.n, n);
    CHECK_EQ(rd(&r, 0x0C), 0xD0); /* UF too: updates ended meanwhile */
    CHECK(!r.irq.level);
    CHECK_EQ(rd(&r, 0x0C), 0x00); /* reading C cleared it */

    /* The flag without the interrupt; no flag with rate 0. */
    go(&r, 7 * SEC + 10 * MS);
    CHECK_EQ(rd(&r, 0x0C), 0xD0); /* the update at 7 s ended at 7.001984 s */
    wr(&r, 0x0B, 0x02);
    go(&r, 7 * SEC + 300 * MS);
    CHECK_EQ(rd(&r, 0x0C), 0x40);
    CHECK_EQ(sched_next_deadline(r.s), SCHED_NEVER);
    wr(&r, 0x0A, 0x20);
    rd(&r, 0x0C);
    go(&r, 7 * SEC + 900 * MS);
    CHECK_EQ(rd(&r, 0x0C), 0x00);
    /* Enabling PIE while PF is pending interrupts at once. */
    wr(&r, 0x0A, 0x26);
    go(&r, 7 * SEC + 910 * MS);
    CHECK(!r.irq.level);
    wr(&r, 0x0B, 0x42);
    CHECK(r.irq.level);
    rig_close(&r);
}

static void test_alarm_and_update(void) {
    struct rig r;
    rig_open(&r);
    wr(&r, 0x01, 0x05);
    wr(&r, 0x03, 0x00);
    wr(&r, 0x05, 0x00);
    wr(&r, 0x0B, 0x22);                                    /* AIE */
    CHECK_EQ(sched_next_deadline(r.s), 5 * SEC + 1984000); /* no per-second timer */
    go(&r, 5 * SEC + 1983999);
    CHECK(!r.irq.level);
    go(&r, 5 * SEC + 1984000);
    CHECK(r.irq.level);
    CHECK_EQ(rd(&r, 0x0C), 0xF0); /* IRQF, AF; PF and UF are set without enables */
    CHECK(!r.irq.level);
    CHECK_EQ(sched_next_deadline(r.s), (86400 + 5) * SEC + 1984000);

    /* "Don't care" hour and minute: every minute at 30 seconds. */
    wr(&r, 0x01, 0x30);
    wr(&r, 0x03, 0xC0);
    wr(&r, 0x05, 0xFF);
    CHECK_EQ(handle_until(&r, 100 * SEC, 0xB0, NULL), 2); /* 0:00:30 and 0:01:30 */

    /* Update-ended interrupts: one per second, 1984 µs after the update. */
    rd(&r, 0x0C);
    wr(&r, 0x0B, 0x12);
    CHECK(!r.irq.level);
    uint64_t first = 0;
    CHECK_EQ(handle_until(&r, 110 * SEC, 0x90, &first), 10);
    CHECK_EQ(first, 100 * SEC + 1984000);
    /* SET turns UIE off. */
    wr(&r, 0x0B, 0x92);
    CHECK_EQ(rd(&r, 0x0B), 0x82);
    wr(&r, 0x0B, 0x02);

    /* cmos_get looks at C without clearing it; the RESET pin clears enables. */
    wr(&r, 0x0B, 0x12);
    go(&r, 112 * SEC);
    CHECK(r.irq.level);
    CHECK_EQ(cmos_get(r.c, 0x0C), 0xD0);
    CHECK(r.irq.level);
    cmos_reset(r.c);
    CHECK(!r.irq.level);
    CHECK_EQ(rd(&r, 0x0B), 0x02);
    CHECK_EQ(rd(&r, 0x0C), 0x00);
    rig_close(&r);
}

static void test_nvram(void) {
    struct rig r;
    rig_open(&r);
    wr(&r, 0x40, 0x5A);
    CHECK_EQ(rd(&r, 0x40), 0x5A);
    CHECK_EQ(rd(&r, 0x7F), 0x00);
    cmos_set(r.c, 0x7F, 0x11);
    CHECK_EQ(cmos_get(r.c, 0x7F), 0x11);
    CHECK_EQ(rd(&r, 0xFF & 0x7F), 0x11);

    /* NMI mask in bit 7 of the index; the index port reads as floating. */
    CHECK(!cmos_nmi_masked(r.c));
    io_write(r.io, 0x70, 0x8F, 1);
    CHECK(cmos_nmi_masked(r.c));
    CHECK_EQ(io_read(r.io, 0x71, 1), 0x00); /* register 0x0F */
    io_write(r.io, 0x70, 0x0F, 1);
    CHECK(!cmos_nmi_masked(r.c));
    CHECK_EQ(io_read(r.io, 0x70, 1), 0xFF);

    cmos_set_memory_size(r.c, 32ull << 20);
    CHECK_EQ(rd(&r, 0x15), 0x80); /* 640 KiB */
    CHECK_EQ(rd(&r, 0x16), 0x02);
    CHECK_EQ(rd(&r, 0x17), 0x00); /* 31744 KiB = 0x7C00 */
    CHECK_EQ(rd(&r, 0x18), 0x7C);
    CHECK_EQ(rd(&r, 0x30), 0x00);
    CHECK_EQ(rd(&r, 0x31), 0x7C);
    CHECK_EQ(rd(&r, 0x34), 0x00); /* 16 MiB in 64 KiB units = 0x100 */
    CHECK_EQ(rd(&r, 0x35), 0x01);
    CHECK_EQ(rd(&r, 0x5B) | rd(&r, 0x5C) | rd(&r, 0x5D), 0);
    CHECK_EQ(rd(&r, 0x2E), 0x00); /* 0x80 + 0x02 + 0x7C, high byte first */
    CHECK_EQ(rd(&r, 0x2F), 0xFE);

    cmos_set_memory_size(r.c, 3584ull << 20);
    CHECK_EQ(rd(&r, 0x17) | rd(&r, 0x18) << 8, 0xFFFF);
    CHECK_EQ(rd(&r, 0x30) | rd(&r, 0x31) << 8, 0xFFFF);
    CHECK_EQ(rd(&r, 0x34) | rd(&r, 0x35) << 8, 0xDF00);
    cmos_set_memory_size(r.c, 6ull << 30);
    CHECK_EQ(rd(&r, 0x34) | rd(&r, 0x35) << 8, 0xFF00); /* 4 GiB - 16 MiB */
    CHECK_EQ(rd(&r, 0x5B) | rd(&r, 0x5C) << 8 | rd(&r, 0x5D) << 16, 0x8000);
    cmos_set_memory_size(r.c, 1ull << 20);
    CHECK_EQ(rd(&r, 0x17) | rd(&r, 0x18) | rd(&r, 0x34) | rd(&r, 0x35), 0);

    cmos_set_floppies(r.c, CMOS_FLOPPY_1440K, CMOS_FLOPPY_NONE);
    CHECK_EQ(rd(&r, 0x10), 0x40);
    CHECK_EQ(rd(&r, 0x14) & 0xC1, 0x01);
    cmos_set_floppies(r.c, CMOS_FLOPPY_1440K, CMOS_FLOPPY_1200K);
    CHECK_EQ(rd(&r, 0x10), 0x42);
    CHECK_EQ(rd(&r, 0x14) & 0xC1, 0x41);
    cmos_set_fpu(r.c, 1);
    CHECK_EQ(rd(&r, 0x14), 0x43);

    cmos_set_hard_disk(r.c, 0, 1024, 16, 63);
    CHECK_EQ(rd(&r, 0x12), 0xF0);
    CHECK_EQ(rd(&r, 0x19), 47);
    static const uint8_t disk0[9] = {0x00, 0x04, 16, 0xFF, 0xFF, 0xC8, 0x00, 0x04, 63};
    for (int i = 0; i < 9; i++)
        CHECK_EQ(rd(&r, 0x1B + i), disk0[i]);
    cmos_set_hard_disk(r.c, 1, 615, 4, 17);
    CHECK_EQ(rd(&r, 0x12), 0xFF);
    CHECK_EQ(rd(&r, 0x1A), 47);
    CHECK_EQ(rd(&r, 0x24) | rd(&r, 0x25) << 8, 615);
    CHECK_EQ(rd(&r, 0x29), 0xC0);
    cmos_set_translation(r.c, 0, CMOS_TRANSLATE_LBA);
    cmos_set_translation(r.c, 5, CMOS_TRANSLATE_LARGE);
    CHECK_EQ(rd(&r, 0x39), 0x01);
    CHECK_EQ(rd(&r, 0x3A), 0x08);

    const char *err = NULL;
    CHECK_EQ(cmos_set_boot_order(r.c, "cda", 1, &err), 0);
    CHECK_EQ(rd(&r, 0x3D), 0x32);
    CHECK_EQ(rd(&r, 0x38), 0x10);
    CHECK_EQ(rd(&r, 0x2D) & 0x20, 0);
    CHECK_EQ(cmos_set_boot_order(r.c, "a", 0, &err), 0);
    CHECK_EQ(rd(&r, 0x3D), 0x01);
    CHECK_EQ(rd(&r, 0x38), 0x01);
    CHECK_EQ(rd(&r, 0x2D) & 0x20, 0x20);
    CHECK(cmos_set_boot_order(r.c, "x", 1, &err) < 0 && err);
    CHECK(cmos_set_boot_order(r.c, "acdn", 1, &err) < 0);
    cmos_set_cpu_count(r.c, 2);
    CHECK_EQ(rd(&r, 0x5F), 1);

    /* The checksum covers 0x10-0x2D, whatever the helpers wrote. */
    unsigned sum = 0;
    for (int i = 0x10; i <= 0x2D; i++)
        sum += rd(&r, (uint8_t)i);
    CHECK_EQ(rd(&r, 0x2E) << 8 | rd(&r, 0x2F), sum);
    rig_close(&r);
}

static void test_start_times(void) {
    struct rig r;
    rig_open_at(&r, 1709251199, 0); /* 2024-02-29 23:59:59 UTC, a Thursday */
    CHECK_EQ(stamp(&r), 0x2024022905235959ull);
    go(&r, SEC);
    CHECK_EQ(stamp(&r), 0x2024030106000000ull);
    rig_close(&r);

    time_t host = time(NULL);
    struct tm tm;
    gmtime_r(&host, &tm);
    rig_open_at(&r, 0, 1);
    unsigned year = (rd(&r, 0x32) >> 4) * 1000 + (rd(&r, 0x32) & 15) * 100 +
                    (rd(&r, 0x09) >> 4) * 10 + (rd(&r, 0x09) & 15);
    CHECK(year == (unsigned)tm.tm_year + 1900 || year == (unsigned)tm.tm_year + 1901);
    const char *err = NULL;
    CHECK(cmos_create(r.io, r.s, (irq_line){0}, 0, 0, &err) == NULL && err);
    rig_close(&r);
}

int main(void) {
    test_defaults_and_advance();
    test_set_and_rollover();
    test_binary_and_12h();
    test_uip_and_divider();
    test_periodic();
    test_alarm_and_update();
    test_nvram();
    test_start_times();
    return check_done();
}
