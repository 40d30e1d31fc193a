/* Unit tests for iodev/fdc.c, driven through its ports with the virtual
 * clock stepped by hand: the reset sequence, SPECIFY/VERSION/CONFIGURE/
 * DUMPREG/LOCK, seeks and SENSE INTERRUPT STATUS, DMA and non-DMA reads and
 * writes, multi-track and end-of-track results, READ ID, FORMAT, VERIFY and
 * the error statuses. Expected values follow the 82077AA datasheet. Data
 * moves through the real ISA DMA model (iodev/isadma.c), programmed through
 * its ports as a BIOS would, into guest memory. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "iodev/fdc.h"
#include "twin86/memory.h"

/* ---- the rig: bus, clock (1 tick = 1 ns), controller, IRQ 6 recorder ---- */

struct irqrec {
    int level, rises;
};

static void irq_rec(void *opaque, int n, int level) {
    struct irqrec *r = opaque;
    (void)n;
    if (level && !r->level)
        r->rises++;
    r->level = level;
}

struct rig {
    iobus *io;
    sched *s;
    memory *mem;
    isadma *dma;
    fdc *f;
    struct irqrec irq;
};

static char tmpdir[] = "/tmp/twin86-fdc-XXXXXX";

/* Byte i of the image's sector `lba`. */
static uint8_t pat(unsigned lba, unsigned i) { return (uint8_t)(lba * 3 + i * 7 + (i >> 8)); }

static char *image(const char *name, unsigned size) {
    char *path = malloc(strlen(tmpdir) + strlen(name) + 2);
    sprintf(path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    for (unsigned i = 0; i < size; i++)
        fputc(pat(i / 512, i % 512), f);
    fclose(f);
    return path;
}

static int is_sector(const uint8_t *p, unsigned lba) {
    for (unsigned i = 0; i < 512; i++)
        if (p[i] != pat(lba, i))
            return 0;
    return 1;
}

/* Whether guest memory at addr holds the image's sector lba. */
static int mem_is_sector(struct rig *r, uint32_t addr, unsigned lba) {
    uint8_t buf[512];
    mem_read_block(r->mem, addr, buf, sizeof buf);
    return is_sector(buf, lba);
}

static void rig_init(struct rig *r) {
    const char *err = NULL;
    memset(r, 0, sizeof *r);
    r->io = io_create();
    r->s = sched_create(1000000000);
    r->mem = mem_create(1 << 20, &err);
    r->dma = r->mem ? isadma_create(r->io, r->mem, &err) : NULL;
    irq_line l = {irq_rec, &r->irq, 6};
    r->f = r->dma ? fdc_create(r->io, r->s, l, r->dma, &err) : NULL;
    if (!r->f) {
        fprintf(stderr, "rig: %s\n", err);
        exit(99);
    }
}

static void rig_free(struct rig *r) {
    fdc_destroy(r->f);
    isadma_destroy(r->dma);
    io_destroy(r->io);
    sched_destroy(r->s);
    mem_destroy(r->mem);
}

static uint8_t in(struct rig *r, unsigned reg) { return (uint8_t)io_read(r->io, 0x3F0 + reg, 1); }
static void out(struct rig *r, unsigned reg, uint8_t v) { io_write(r->io, 0x3F0 + reg, v, 1); }
static uint8_t msr(struct rig *r) { return in(r, 4); }

/* Programs DMA channel 2 as a BIOS does: single mode, `count` bytes at the
 * physical address `addr`, device to memory (reads) or memory to device. */
static void dma_setup(struct rig *r, uint32_t addr, unsigned count, int to_memory) {
    io_write(r->io, 0xD4, 0x00, 1); /* channel 4 (cascade) unmasked */
    io_write(r->io, 0x0A, 0x06, 1); /* mask channel 2 */
    io_write(r->io, 0x0B, to_memory ? 0x46 : 0x4A, 1);
    io_write(r->io, 0x0C, 0x00, 1);
    io_write(r->io, 0x04, addr & 0xFF, 1);
    io_write(r->io, 0x04, (addr >> 8) & 0xFF, 1);
    io_write(r->io, 0x81, (addr >> 16) & 0xFF, 1);
    io_write(r->io, 0x05, (count - 1) & 0xFF, 1);
    io_write(r->io, 0x05, ((count - 1) >> 8) & 0xFF, 1);
    io_write(r->io, 0x0A, 0x02, 1); /* unmask channel 2 */
}

static void dma_mask(struct rig *r, int masked) { io_write(r->io, 0x0A, masked ? 0x06 : 0x02, 1); }

/* Bytes channel 2 has left to move. */
static unsigned dma_left(struct rig *r) { return isadma_remaining(r->dma, FDC_DMA_CHANNEL); }

/* Sends a command, each byte only when MSR says the FIFO wants one. */
static void cmd(struct rig *r, const uint8_t *bytes, unsigned n) {
    for (unsigned i = 0; i < n; i++) {
        if (!CHECK((msr(r) & 0xC0) == 0x80))
            return;
        out(r, 5, bytes[i]);
    }
}

/* CMD, RESULT and SENSE are macros only to turn a byte list into an array
 * (and for RESULT to report the caller's line). */
#define CMD(r, ...)                                                                                \
    do {                                                                                           \
        const uint8_t c_[] = {__VA_ARGS__};                                                        \
        cmd(r, c_, sizeof c_);                                                                     \
    } while (0)

/* Reads result bytes while MSR shows RQM and DIO; returns how many. */
static unsigned results(struct rig *r, uint8_t *res, unsigned max) {
    unsigned n = 0;
    while ((msr(r) & 0xC0) == 0xC0 && n < max)
        res[n++] = in(r, 5);
    return n;
}

/* Steps the clock until IRQ 6 rises (1 if it did within 50 ms). */
static int wait_irq(struct rig *r) {
    for (int i = 0; i < 5000 && !r->irq.level; i++)
        sched_advance(r->s, 10000);
    return r->irq.level;
}

static void check_res(const uint8_t *got, unsigned n, const uint8_t *want, unsigned wn, int line) {
    int ok = n == wn;
    for (unsigned i = 0; ok && i < n; i++)
        ok = got[i] == want[i];
    if (!ok) {
        fprintf(stderr, "line %d: result", line);
        for (unsigned i = 0; i < n; i++)
            fprintf(stderr, " %02x", got[i]);
        fprintf(stderr, ", expected");
        for (unsigned i = 0; i < wn; i++)
            fprintf(stderr, " %02x", want[i]);
        fprintf(stderr, "\n");
    }
    CHECK(ok);
}

#define RESULT(r, ...)                                                                             \
    do {                                                                                           \
        const uint8_t w_[] = {__VA_ARGS__};                                                        \
        uint8_t g_[16];                                                                            \
        unsigned n_ = results(r, g_, 16);                                                          \
        check_res(g_, n_, w_, sizeof w_, __LINE__);                                                \
    } while (0)

/* Sense Interrupt Status, expecting st0 and pcn. */
#define SENSE(r, st0, pcn)                                                                         \
    do {                                                                                           \
        CMD(r, 0x08);                                                                              \
        RESULT(r, st0, pcn);                                                                       \
    } while (0)

/* The BIOS way up: reset through the DOR with drive 0's motor on, the
 * interrupt, four sense statuses, SPECIFY (DMA), 500 kb/s. */
static void controller_up(struct rig *r) {
    out(r, 2, 0x00);
    out(r, 2, 0x1C);
    CHECK(wait_irq(r));
    for (int i = 0; i < 4; i++)
        SENSE(r, 0xC0 | i, 0);
    CMD(r, 0x03, 0xAF, 0x02);
    out(r, 7, 0x00);
}

static void seek(struct rig *r, unsigned unit, unsigned cyl) {
    CMD(r, 0x0F, (uint8_t)unit, (uint8_t)cyl);
    CHECK(wait_irq(r));
    SENSE(r, 0x20 | unit, cyl);
}

/* A rig with a 1.44M image (pattern) in drive 0, controller up. */
static blockdev *rig_144(struct rig *r, char **path, enum blk_mode mode) {
    const char *err = NULL;
    rig_init(r);
    *path = image("a.img", 1474560);
    blockdev *b = blk_open(*path, mode, &err);
    CHECK(b && fdc_insert(r->f, 0, b, &err) == 0);
    CHECK_EQ(fdc_cmos_type(r->f, 0), 4);
    controller_up(r);
    return b;
}

static void rig_144_free(struct rig *r, blockdev *b, char *path) {
    rig_free(r);
    blk_close(b);
    unlink(path);
    free(path);
}

/* ---- tests ---- */

static void test_reset(void) {
    struct rig r;
    rig_init(&r);
    /* Power-on: out of reset, DMA gate on, idle, nothing pending. */
    CHECK_EQ(in(&r, 2), 0x0C);
    CHECK_EQ(msr(&r), 0x80);
    CHECK(!r.irq.level);
    CMD(&r, 0x08);
    RESULT(&r, 0x80); /* no interrupt pending: "invalid" */

    out(&r, 2, 0x08); /* reset asserted */
    CHECK_EQ(msr(&r), 0x00);
    out(&r, 5, 0x10); /* ignored in reset */
    out(&r, 2, 0x0C);
    CHECK_EQ(msr(&r), 0x80);
    CHECK(!r.irq.level); /* the polling interrupt comes a little later */
    sched_advance(r.s, 1000);
    CHECK(!r.irq.level);
    CHECK(wait_irq(&r));
    CHECK(in(&r, 0) & 0x80); /* SRA: interrupt pending */
    for (int i = 0; i < 4; i++) {
        CHECK(r.irq.level); /* held until the last status is taken */
        SENSE(&r, 0xC0 | i, 0);
    }
    CHECK(!r.irq.level);
    CHECK_EQ(r.irq.rises, 1);
    CMD(&r, 0x08);
    RESULT(&r, 0x80);

    /* DSR bit 7: the same, self-clearing. */
    out(&r, 4, 0x80);
    CHECK_EQ(msr(&r), 0x80);
    CHECK(wait_irq(&r));
    for (int i = 0; i < 4; i++)
        SENSE(&r, 0xC0 | i, 0);

    /* With the DMA gate closed the interrupt is pending but IRQ 6 stays low. */
    out(&r, 2, 0x00);
    out(&r, 2, 0x04);
    sched_advance(r.s, 1000000);
    CHECK(!r.irq.level && (in(&r, 0) & 0x80));
    out(&r, 2, 0x0C);
    CHECK(r.irq.level);
    for (int i = 0; i < 4; i++)
        SENSE(&r, 0xC0 | i, 0);

    /* A reset in the middle of a command drops it. */
    CMD(&r, 0x0F, 0x00);
    CHECK_EQ(msr(&r), 0x90);
    out(&r, 2, 0x08);
    out(&r, 2, 0x0C);
    CHECK_EQ(msr(&r), 0x80);
    rig_free(&r);
}

static void test_registers(void) {
    struct rig r;
    rig_init(&r);
    controller_up(&r);
    CMD(&r, 0x10); /* VERSION */
    CHECK_EQ(msr(&r), 0xD0);
    RESULT(&r, 0x90);
    CHECK_EQ(msr(&r), 0x80);
    CHECK(!r.irq.level);

    CMD(&r, 0x03, 0xDF, 0x02); /* SPECIFY: no result, no interrupt */
    CHECK_EQ(msr(&r), 0x80);
    CMD(&r, 0x13, 0x00, 0x57, 0x05); /* CONFIGURE: EIS, POLL off, FIFO on, thr 7, pretrk 5 */
    CMD(&r, 0x12, 0x84);             /* PERPENDICULAR: OW, drive 0 */
    CMD(&r, 0x0E);                   /* DUMPREG */
    RESULT(&r, 0, 0, 0, 0, 0xDF, 0x02, 0x00, 0x04, 0x57, 0x05);
    CHECK(!r.irq.level);

    CMD(&r, 0x94); /* LOCK */
    RESULT(&r, 0x10);
    out(&r, 2, 0x18);
    out(&r, 2, 0x1C);
    CHECK(wait_irq(&r));
    for (int i = 0; i < 4; i++)
        SENSE(&r, 0xC0 | i, 0);
    /* Locked: FIFO settings and PRETRK survive; EIS and POLL do not. */
    CMD(&r, 0x0E);
    RESULT(&r, 0, 0, 0, 0, 0xDF, 0x02, 0x00, 0x84, 0x07, 0x05);
    CMD(&r, 0x14); /* UNLOCK */
    RESULT(&r, 0x00);
    out(&r, 4, 0x80);
    CHECK(wait_irq(&r));
    for (int i = 0; i < 4; i++)
        SENSE(&r, 0xC0 | i, 0);
    CMD(&r, 0x0E);
    RESULT(&r, 0, 0, 0, 0, 0xDF, 0x02, 0x00, 0x04, 0x20, 0x00);

    /* Codes the 82077AA does not know: ST0 = 80h, one byte, no interrupt. */
    CMD(&r, 0x18);
    RESULT(&r, 0x80);
    CMD(&r, 0x1F);
    RESULT(&r, 0x80);
    CHECK(!r.irq.level);

    /* TDR keeps two bits; SRB shows motor 0 and drive select. */
    out(&r, 3, 0xFF);
    CHECK_EQ(in(&r, 3), 0x03);
    CHECK_EQ(in(&r, 1), 0xC1);
    CHECK_EQ(in(&r, 2), 0x1C);
    rig_free(&r);
}

static void test_seek(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    CHECK_EQ(in(&r, 7), 0x80); /* disk changed since insertion */

    CMD(&r, 0x0F, 0x00, 10);
    CHECK_EQ(msr(&r), 0x81); /* ready for commands, drive 0 seeking */
    CHECK(!r.irq.level);
    CHECK(wait_irq(&r));
    CHECK_EQ(msr(&r), 0x80);
    SENSE(&r, 0x20, 10);
    CHECK(!r.irq.level);
    CHECK_EQ(in(&r, 7), 0x00);        /* step pulses cleared the change line */
    CHECK_EQ(in(&r, 0) & 0x10, 0x10); /* SRA: not on track 0 */

    CMD(&r, 0x04, 0x04); /* SENSE DRIVE STATUS, head 1 */
    RESULT(&r, 0x2C);
    CMD(&r, 0xCF, 0x00, 5); /* RELATIVE SEEK in */
    CHECK(wait_irq(&r));
    SENSE(&r, 0x20, 15);
    CMD(&r, 0x8F, 0x00, 32); /* out, past track 0 */
    CHECK(wait_irq(&r));
    SENSE(&r, 0x70, 0);
    CMD(&r, 0x07, 0x00); /* RECALIBRATE */
    CHECK(wait_irq(&r));
    SENSE(&r, 0x20, 0);
    CMD(&r, 0x04, 0x00);
    RESULT(&r, 0x38); /* ready, track 0, two-sided, writable */

    /* No drive 1: track 0 never comes, equipment check. */
    CMD(&r, 0x07, 0x01);
    CHECK(wait_irq(&r));
    SENSE(&r, 0x71, 0);

    /* Overlapped seeks on two units report one status each. */
    CMD(&r, 0x0F, 0x00, 5);
    CMD(&r, 0x0F, 0x02, 3);
    CHECK_EQ(msr(&r), 0x85);
    CHECK(wait_irq(&r));
    sched_advance(r.s, 1000000);
    SENSE(&r, 0x22, 3); /* fewer steps: done first */
    CHECK(r.irq.level);
    SENSE(&r, 0x20, 5);
    CHECK(!r.irq.level);

    /* A reset forgets the PCN but not where the head is. */
    seek(&r, 0, 7);
    controller_up(&r);
    CMD(&r, 0x0E);
    uint8_t dump[10];
    CHECK(results(&r, dump, 10) == 10 && dump[0] == 0);
    CMD(&r, 0x4A, 0x00); /* READ ID */
    CHECK(wait_irq(&r));
    uint8_t res[7];
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x00 && res[3] == 7);
    rig_144_free(&r, b, path);
}

/* READ DATA: sectors into memory through DMA, result IDs per the table. */
static void test_read_dma(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    seek(&r, 0, 1);

    dma_setup(&r, 0x21000, 1024, 1);
    CMD(&r, 0xE6, 0x04, 1, 1, 3, 2, 18, 0x1B, 0xFF);
    CHECK_EQ(msr(&r), 0x10); /* busy, no FIFO traffic in DMA mode */
    CHECK(wait_irq(&r));
    CHECK_EQ(msr(&r), 0xD0);
    uint8_t st0 = in(&r, 5);
    CHECK(!r.irq.level); /* the first result byte clears the interrupt */
    CHECK_EQ(st0, 0x04);
    RESULT(&r, 0x00, 0x00, 1, 1, 5, 2);
    CHECK(mem_is_sector(&r, 0x21000, 56) && mem_is_sector(&r, 0x21200, 57));
    CHECK(isadma_tc(r.dma, FDC_DMA_CHANNEL));

    /* Multi-track: sectors 17 and 18 of side 0, then 1 of side 1. */
    dma_setup(&r, 0, 3 * 512, 1);
    CMD(&r, 0xE6, 0x00, 1, 0, 17, 2, 18, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x04, 0x00, 0x00, 1, 1, 2, 2);
    CHECK(mem_is_sector(&r, 0, 52) && mem_is_sector(&r, 512, 53) && mem_is_sector(&r, 1024, 54));

    /* Terminal count on the last sector of side 1 with MT: next cylinder, side 0. */
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0xE6, 0x04, 1, 1, 18, 2, 18, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x04, 0x00, 0x00, 2, 0, 1, 2);
    CHECK(mem_is_sector(&r, 0, 71));
    /* ... and on the last sector of side 0 with MT: same cylinder, side 1. */
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0xC6, 0x00, 1, 0, 18, 2, 18, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 1, 1, 1, 2);
    /* ... and without MT: next cylinder. */
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0x46, 0x00, 1, 0, 18, 2, 18, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 2, 0, 1, 2);

    /* No terminal count by EOT: abnormal, end of cylinder, ID of the last sector. */
    dma_setup(&r, 0, 8192, 1);
    CMD(&r, 0x46, 0x00, 1, 0, 17, 2, 18, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x80, 0x00, 1, 0, 18, 2);
    CHECK_EQ(dma_left(&r), 8192 - 1024);

    /* A masked channel holds the transfer until it is unmasked. */
    dma_setup(&r, 0, 512, 1);
    dma_mask(&r, 1);
    CMD(&r, 0x46, 0x00, 1, 0, 1, 2, 1, 0x1B, 0xFF);
    sched_advance(r.s, 2000000);
    CHECK(!r.irq.level && msr(&r) == 0x10);
    CHECK_EQ(io_read(r.io, 0x08, 1) & 0x40, 0x40); /* 8237 status: DREQ 2 */
    dma_mask(&r, 0);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 2, 0, 1, 2);
    CHECK(mem_is_sector(&r, 0, 36));
    CHECK_EQ(io_read(r.io, 0x08, 1) & 0x40, 0);
    /* ... and one that never is unmasked ends in an overrun. */
    dma_setup(&r, 0, 512, 1);
    dma_mask(&r, 1);
    CMD(&r, 0x46, 0x00, 1, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x10, 0x00, 1, 0, 1, 2);
    rig_144_free(&r, b, path);
}

static void test_write_dma(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    const char *err = NULL;
    seek(&r, 0, 2);
    uint8_t data[1024];
    for (unsigned i = 0; i < 1024; i++)
        data[i] = (uint8_t)(0xA5 ^ i);
    mem_write_block(r.mem, 0x4000, data, sizeof data, 0);
    dma_setup(&r, 0x4000, 1024, 0);
    CMD(&r, 0x45, 0x04, 2, 1, 4, 2, 5, 0x1B, 0xFF); /* C2 H1 R4-5 = LBA 93-94 */
    CHECK(wait_irq(&r));
    RESULT(&r, 0x04, 0x00, 0x00, 3, 1, 1, 2);

    /* Terminal count mid-sector: the rest of the sector is zeros. */
    dma_setup(&r, 0x4000, 100, 0);
    CMD(&r, 0x45, 0x00, 2, 0, 7, 2, 18, 0x1B, 0xFF); /* LBA 78 */
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 2, 0, 8, 2);

    CHECK(blk_flush(b) == 0);
    blockdev *other = blk_open(path, BLK_READONLY, &err);
    uint8_t sec[1024];
    CHECK(other && blk_read(other, 93 * 512, sec, 1024) == 0);
    CHECK(memcmp(sec, data, 1024) == 0);
    CHECK(blk_read(other, 92 * 512, sec, 512) == 0 && is_sector(sec, 92));
    CHECK(blk_read(other, 95 * 512, sec, 512) == 0 && is_sector(sec, 95));
    CHECK(blk_read(other, 78 * 512, sec, 512) == 0);
    CHECK(memcmp(sec, data, 100) == 0 && sec[100] == 0 && sec[511] == 0);
    blk_close(other);
    rig_144_free(&r, b, path);
}

static void test_write_protect(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READONLY);
    CMD(&r, 0x04, 0x00);
    RESULT(&r, 0x78);              /* write protected, ready, track 0, two-sided */
    CHECK_EQ(in(&r, 0) & 0x02, 0); /* SRA nWP */
    dma_setup(&r, 0, 512, 0);
    CMD(&r, 0x45, 0x00, 0, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x02, 0x00, 0, 0, 1, 2);
    CMD(&r, 0x4D, 0x00, 2, 18, 0x6C, 0xF6);
    CHECK(wait_irq(&r));
    uint8_t res[7];
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x40 && res[1] == 0x02);
    CHECK_EQ(dma_left(&r), 512); /* nothing taken from memory */
    uint8_t sec[512];
    CHECK(blk_read(b, 0, sec, 512) == 0 && is_sector(sec, 0));
    rig_144_free(&r, b, path);
}

/* Non-DMA mode: a byte per interrupt through the FIFO; with no terminal
 * count the command ends at EOT with EN set, as the datasheet says. */
static void test_pio(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    dma_setup(&r, 0, 512, 1);  /* programmed, but must stay unused */
    CMD(&r, 0x03, 0xAF, 0x03); /* ND */
    CMD(&r, 0x46, 0x00, 0, 0, 5, 2, 5, 0x1B, 0xFF);
    CHECK_EQ(msr(&r), 0x30);
    CHECK(wait_irq(&r));
    CHECK_EQ(msr(&r), 0xF0);
    int rises = r.irq.rises;
    uint8_t sec[512];
    for (unsigned i = 0; i < 511; i++) {
        CHECK((msr(&r) & 0xE0) == 0xE0);
        sec[i] = in(&r, 5);
    }
    CHECK_EQ(r.irq.rises - rises, 511); /* one for each byte after the first */
    sec[511] = in(&r, 5);
    CHECK(is_sector(sec, 4));
    /* No sector after EOT: the result phase, and its interrupt, at once. */
    CHECK_EQ(msr(&r), 0xD0);
    CHECK(r.irq.level && r.irq.rises - rises == 512);
    RESULT(&r, 0x40, 0x80, 0x00, 0, 0, 5, 2);

    CMD(&r, 0x45, 0x00, 0, 0, 6, 2, 6, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    CHECK_EQ(msr(&r), 0xB0); /* RQM, non-DMA, busy; host to controller */
    for (unsigned i = 0; i < 512; i++)
        out(&r, 5, (uint8_t)~i);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x80, 0x00, 0, 0, 6, 2);
    CHECK(blk_read(b, 5 * 512, sec, 512) == 0 && sec[0] == 0xFF && sec[511] == 0x00);
    CHECK_EQ(dma_left(&r), 512);
    rig_144_free(&r, b, path);
}

static void test_read_id(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    seek(&r, 0, 4);
    CMD(&r, 0x4A, 0x04);
    CHECK(!r.irq.level);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x04, 0x00, 0x00, 4, 1, 1, 2);
    CMD(&r, 0x4A, 0x04);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x04, 0x00, 0x00, 4, 1, 2, 2); /* the disk turned on */
    /* After reading sector 9 the next ID under the head is 10. */
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0x46, 0x00, 4, 0, 9, 2, 9, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 5, 0, 1, 2);
    CMD(&r, 0x4A, 0x00);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 4, 0, 10, 2);

    /* Wrong data rate (250 kb/s for an HD disk) or FM: no address mark found. */
    out(&r, 7, 0x02);
    CMD(&r, 0x4A, 0x00);
    CHECK(wait_irq(&r));
    uint8_t res[7];
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x40 && res[1] == 0x01 && res[2] == 0);
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0x46, 0x00, 4, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x01, 0x00, 4, 0, 1, 2);
    out(&r, 4, 0x00); /* DSR sets the rate too */
    CMD(&r, 0x0A, 0x00);
    CHECK(wait_irq(&r));
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x40 && res[1] == 0x01);
    rig_144_free(&r, b, path);
}

static void test_errors(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    const char *err = NULL;
    uint8_t res[7];

    /* An empty drive 1. */
    CHECK(fdc_set_drive_type(r.f, 1, FDC_DRIVE_1440K, &err) == 0);
    CHECK_EQ(fdc_cmos_type(r.f, 1), 4);
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0x46, 0x01, 0, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x41, 0x01, 0x00, 0, 0, 1, 2);

    /* No sector 19 on an 18-sector track. */
    CMD(&r, 0x46, 0x00, 0, 0, 19, 2, 19, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x04, 0x00, 0, 0, 19, 2);
    /* The head is on cylinder 0 but the command names 5: wrong cylinder. */
    CMD(&r, 0x46, 0x00, 5, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x04, 0x10, 5, 0, 1, 2);
    CMD(&r, 0x46, 0x00, 0xFF, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x40, 0x04, 0x12, 0xFF, 0, 1, 2);
    /* Head 0 selected, ID head 1; and a 1024-byte size code. */
    CMD(&r, 0x46, 0x00, 0, 1, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x40 && res[1] == 0x04 && res[2] == 0);
    CMD(&r, 0x46, 0x00, 0, 0, 1, 3, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x40 && res[1] == 0x04);
    CHECK_EQ(dma_left(&r), 512);

    /* With implied seeks on (CONFIGURE EIS) the same read seeks first. */
    CMD(&r, 0x13, 0x00, 0x60, 0x00);
    CMD(&r, 0x46, 0x00, 5, 0, 1, 2, 1, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x20, 0x00, 0x00, 6, 0, 1, 2);
    CHECK(mem_is_sector(&r, 0, 180));
    CMD(&r, 0x0E);
    CHECK(results(&r, res, 7) == 7 && res[0] == 5);
    while (msr(&r) & 0x40)
        in(&r, 5);
    rig_144_free(&r, b, path);
}

static void test_format_verify(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    seek(&r, 0, 3);
    /* IDs for cylinder 3, head 1, interleaved 1,10,2,11,... */
    uint8_t ids[72];
    for (unsigned i = 0; i < 18; i++) {
        uint8_t *id = ids + 4 * i;
        id[0] = 3, id[1] = 1, id[2] = (uint8_t)(i % 2 ? 10 + i / 2 : 1 + i / 2), id[3] = 2;
    }
    mem_write_block(r.mem, 0x7000, ids, sizeof ids, 0);
    dma_setup(&r, 0x7000, 72, 0);
    CMD(&r, 0x4D, 0x04, 2, 18, 0x6C, 0xF6);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x04, 0x00, 0x00, 3, 1, 18, 2);
    uint8_t sec[512];
    int filled = 1;
    for (unsigned s = 0; s < 18; s++) {
        CHECK(blk_read(b, (3 * 36 + 18 + s) * 512, sec, 512) == 0);
        for (unsigned i = 0; i < 512; i++)
            filled &= sec[i] == 0xF6;
    }
    CHECK(filled);
    CHECK(blk_read(b, (3 * 36 + 17) * 512, sec, 512) == 0 && is_sector(sec, 3 * 36 + 17));
    CHECK(blk_read(b, (4 * 36) * 512, sec, 512) == 0 && is_sector(sec, 4 * 36));

    /* VERIFY with EC: a sector count instead of DTL; no memory traffic. */
    dma_setup(&r, 0x8000, 512, 1);
    CMD(&r, 0x56, 0x80, 3, 0, 2, 2, 18, 0x1B, 3);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 3, 0, 5, 2);
    /* Without EC, reaching EOT is a normal end. */
    CMD(&r, 0x56, 0x00, 3, 0, 15, 2, 18, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x00, 0x00, 0x00, 4, 0, 1, 2);
    CHECK_EQ(dma_left(&r), 512);

    /* READ TRACK from the index: physical sectors 1..EOT. */
    dma_setup(&r, 0, 8192, 1);
    CMD(&r, 0x42, 0x00, 3, 0, 1, 2, 3, 0x1B, 0xFF);
    CHECK(wait_irq(&r));
    CHECK(results(&r, sec, 7) == 7 && sec[0] == 0x00 && sec[1] == 0x00);
    CHECK_EQ(dma_left(&r), 8192 - 3 * 512);
    CHECK(mem_is_sector(&r, 0, 108) && mem_is_sector(&r, 1024, 110));
    rig_144_free(&r, b, path);
}

static void test_media(void) {
    struct rig r;
    const char *err = NULL;
    rig_init(&r);
    static const struct {
        unsigned size, type;
    } sizes[] = {{163840, 1},  {184320, 1},  {327680, 1},  {368640, 1}, {737280, 3},
                 {1228800, 2}, {1474560, 4}, {1720320, 4}, {2949120, 5}};
    char *path[9];
    for (int i = 0; i < 9; i++) {
        char name[16];
        sprintf(name, "m%d.img", i);
        path[i] = image(name, sizes[i].size);
        blockdev *b = blk_open(path[i], BLK_READONLY, &err);
        CHECK(b && fdc_set_drive_type(r.f, 1, FDC_DRIVE_NONE, &err) == 0);
        CHECK(fdc_insert(r.f, 1, b, &err) == 0);
        CHECK_EQ(fdc_cmos_type(r.f, 1), sizes[i].type);
        fdc_eject(r.f, 1);
        blk_close(b);
    }
    CHECK_EQ(fdc_cmos_type(r.f, 0), 0);
    CHECK(fdc_set_drive_type(r.f, 1, FDC_DRIVE_NONE, &err) == 0);

    /* A 1.44M drive takes a 720K disk (read at 250 kb/s) but not a 2.88M one. */
    CHECK(fdc_set_drive_type(r.f, 0, FDC_DRIVE_1440K, &err) == 0);
    blockdev *ed = blk_open(path[8], BLK_READONLY, &err);
    CHECK(fdc_insert(r.f, 0, ed, &err) < 0 && err);
    blockdev *dd = blk_open(path[4], BLK_READONLY, &err);
    CHECK(fdc_insert(r.f, 0, dd, &err) == 0 && fdc_cmos_type(r.f, 0) == 4);
    CHECK(fdc_set_drive_type(r.f, 0, FDC_DRIVE_360K, &err) < 0);
    CHECK(fdc_set_drive_type(r.f, 0, FDC_DRIVE_NONE, &err) < 0);
    controller_up(&r);
    CMD(&r, 0x4A, 0x00);
    CHECK(wait_irq(&r));
    uint8_t res[7];
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x40 && res[1] == 0x01);
    out(&r, 7, 0x02);
    CMD(&r, 0x4A, 0x00);
    CHECK(wait_irq(&r));
    CHECK(results(&r, res, 7) == 7 && res[0] == 0x00 && res[3] == 0);

    /* Sizes that match no format need a geometry; it must fit the image. */
    char *odd = image("odd.img", 819200);
    blockdev *ob = blk_open(odd, BLK_READONLY, &err);
    err = NULL;
    CHECK(fdc_insert(r.f, 1, ob, &err) < 0 && err);
    CHECK(fdc_insert_geometry(r.f, 1, ob, 80, 2, 11, &err) < 0);
    CHECK(fdc_insert_geometry(r.f, 1, ob, 84, 2, 10, &err) < 0);
    CHECK(fdc_insert_geometry(r.f, 1, ob, 80, 2, 10, &err) == 0);
    CHECK_EQ(fdc_cmos_type(r.f, 1), 3);
    CHECK(fdc_insert(r.f, 2, ob, &err) < 0);
    fdc_eject(r.f, 1);

    /* 40-track disk in a 1.2M drive: cylinder C is at head position 2C,
     * and 300 kb/s reads it. */
    CHECK(fdc_set_drive_type(r.f, 1, FDC_DRIVE_1200K, &err) == 0);
    blockdev *qd = blk_open(path[3], BLK_READONLY, &err);
    CHECK(fdc_insert(r.f, 1, qd, &err) == 0 && fdc_cmos_type(r.f, 1) == 2);
    out(&r, 7, 0x01);
    seek(&r, 1, 6);
    dma_setup(&r, 0, 512, 1);
    CMD(&r, 0x46, 0x05, 3, 1, 2, 2, 2, 0x2A, 0xFF);
    CHECK(wait_irq(&r));
    RESULT(&r, 0x05, 0x00, 0x00, 4, 1, 1, 2);
    CHECK(mem_is_sector(&r, 0, 3 * 18 + 9 + 1));

    rig_free(&r);
    blk_close(ed);
    blk_close(dd);
    blk_close(ob);
    blk_close(qd);
    unlink(odd);
    free(odd);
    for (int i = 0; i < 9; i++) {
        unlink(path[i]);
        free(path[i]);
    }
}

static void test_disk_change(void) {
    struct rig r;
    char *path;
    blockdev *b = rig_144(&r, &path, BLK_READWRITE);
    CHECK_EQ(in(&r, 7), 0x80);
    out(&r, 2, 0x0C); /* motor off: drive not selected, line not seen */
    CHECK_EQ(in(&r, 7), 0x00);
    out(&r, 2, 0x1C);
    CHECK_EQ(in(&r, 7), 0x80);
    seek(&r, 0, 0); /* no step pulse: still changed */
    CHECK_EQ(in(&r, 7), 0x80);
    seek(&r, 0, 1);
    CHECK_EQ(in(&r, 7), 0x00);
    fdc_eject(r.f, 0);
    CHECK_EQ(in(&r, 7), 0x80);
    seek(&r, 0, 2); /* no disk: pulses do not clear it */
    CHECK_EQ(in(&r, 7), 0x80);
    const char *err = NULL;
    CHECK(fdc_insert(r.f, 0, b, &err) == 0);
    seek(&r, 0, 0);
    CHECK_EQ(in(&r, 7), 0x00);
    rig_144_free(&r, b, path);
}

int main(void) {
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 99;
    }
    test_reset();
    test_registers();
    test_seek();
    test_read_dma();
    test_write_dma();
    test_write_protect();
    test_pio();
    test_read_id();
    test_errors();
    test_format_verify();
    test_media();
    test_disk_change();
    rmdir(tmpdir);
    return check_done();
}
