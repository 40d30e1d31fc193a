/* Intel 82077AA floppy disk controller (see fdc.h).
 *
 * The controller is a three-phase machine: command bytes arrive through the
 * FIFO; the execution phase runs on a scheduler timer, one step per sector,
 * so virtual time passes as on a (very fast) spinning disk; result bytes go
 * back through the FIFO. SEEK and RECALIBRATE run in the background per
 * drive and report through SENSE INTERRUPT STATUS.
 *
 * Each drive keeps two positions: the cylinder its head is physically over,
 * and the controller's PCN register. A reset clears the PCNs but moves no
 * head, which is why software recalibrates after a reset. Sector IDs are
 * those of a standard format: C = physical track (half the head position
 * when a 40-track medium sits in an 80-track drive), H = head, R = 1..spt,
 * N = 2 (512 bytes). */
#include "fdc.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum {
    SECTOR = 512,
    UNITS = 4, /* drive-select codes; units 2 and 3 never have a drive */
    RECAL_STEPS = 80,
    SENSE_QUEUE = 8,

    MSR_RQM = 0x80,
    MSR_DIO = 0x40,
    MSR_NDMA = 0x20,
    MSR_CB = 0x10,
    DOR_SEL = 0x03,
    DOR_NRESET = 0x04,
    DOR_GATE = 0x08,
    DOR_MOTOR0 = 0x10,
    DSR_RESET = 0x80,

    ST0_ABNORMAL = 0x40,
    ST0_INVALID = 0x80,
    ST0_POLL = 0xC0,
    ST0_SE = 0x20,
    ST0_EC = 0x10,
    ST1_EN = 0x80,
    ST1_DE = 0x20,
    ST1_OR = 0x10,
    ST1_ND = 0x04,
    ST1_NW = 0x02,
    ST1_MA = 0x01,
    ST2_CM = 0x40,
    ST2_DD = 0x20,
    ST2_WC = 0x10,
    ST2_BC = 0x02,
    ST3_WP = 0x40,
    ST3_RDY = 0x20,
    ST3_T0 = 0x10,
    ST3_TS = 0x08,

    CFG_EIS = 0x40,
    CFG_EFIFO = 0x20,
    CFG_POLL = 0x10,
    CMD_MT = 0x80,
    CMD_MFM = 0x40,
    CMD_SK = 0x20,

    RATE_500K = 0,
    RATE_300K = 1,
    RATE_250K = 2,
    RATE_1M = 3,
};

/* Execution times in virtual nanoseconds: far quicker than a real drive,
 * but every result and interrupt still comes after the command, in order. */
enum {
    T_CMD = 10000,           /* READ ID, end of reset */
    T_STEP = 2000,           /* per step pulse */
    T_SETTLE = 10000,        /* head settle after a seek */
    T_SECTOR = 20000,        /* per sector transferred */
    T_DMA_RETRY = 20000,     /* while the DMA channel is masked */
    T_DMA_GIVEUP = 10000000, /* then overrun */
};

enum phase { PH_COMMAND, PH_EXEC, PH_RESULT };
enum op {
    OP_NONE,
    OP_READ,
    OP_READ_DEL,
    OP_WRITE,
    OP_WRITE_DEL,
    OP_READ_TRACK,
    OP_VERIFY,
    OP_FORMAT,
    OP_READ_ID
};

struct drive {
    fdc *f; /* for the seek timer */
    int unit;
    enum fdc_drive_type type;
    blockdev *blk;
    unsigned cyls, heads, spt;
    uint8_t rates; /* bit n: the medium reads at rate code n */
    int ro, double_step;
    unsigned cyl;    /* where the head is */
    uint8_t pcn;     /* where the controller believes it is */
    uint8_t head;    /* last head selected */
    uint8_t next_id; /* sector ID passing under the head next (READ ID) */
    int changed;     /* disk-change line */
    int timer, seeking;
    uint8_t seek_st0;
};

struct xfer {
    enum op op;
    struct drive *d;
    uint8_t hds; /* physical head */
    uint8_t c, h, r, n, eot;
    int mt, sk, mfm, ec;
    uint8_t se;       /* ST0 seek-end from an implied seek */
    uint8_t st1, st2; /* accumulated (READ TRACK) */
    unsigned count;   /* VERIFY sectors left (EC) or READ TRACK/FORMAT sectors done */
    uint8_t phys;     /* READ TRACK: physical sector */
    uint8_t sc, fill; /* FORMAT */
    uint8_t id[4];    /* FORMAT: last ID received */
    int pio;          /* data goes through the FIFO (SPECIFY ND) */
    int pio_wait;     /* waiting for the host to move `len` bytes */
    unsigned pos, len;
    uint64_t offset; /* image offset of the current sector */
    uint64_t dma_waited;
    uint8_t buf[SECTOR];
};

struct command;

struct fdc {
    sched *s;
    irq_line irq;
    isadma *dma;
    struct drive drive[UNITS];
    int timer, reset_timer;
    uint8_t dor, tdr, rate, precomp;
    int in_reset;
    int dreq; /* DMA request shown to the 8237 while a masked channel holds us up */

    enum phase phase;
    const struct command *cmd;
    uint8_t cmdbuf[9];
    unsigned ncmd;
    uint8_t res[10];
    unsigned nres, rpos;

    /* INT = a result phase began, or a PIO byte is due, or seek/reset
     * statuses wait for SENSE INTERRUPT STATUS. */
    int res_int, pio_int, irq_level;
    uint8_t sense_st0[SENSE_QUEUE], sense_pcn[SENSE_QUEUE];
    unsigned nsense;

    uint8_t specify1, specify2; /* SRT/HUT, HLT/ND */
    uint8_t config, pretrk, lock;
    uint8_t perp;     /* D3-D0 (bits 5-2), GAP, WGATE as DUMPREG shows them */
    uint8_t last_eot; /* SC or EOT of the last FORMAT or transfer, for DUMPREG */
    struct xfer x;
};

struct command {
    uint8_t code, flags, len; /* opcode, bits that may vary, bytes with the opcode */
    void (*run)(fdc *f);
};

/* ---- media and drive types ---- */

static const struct {
    uint8_t cyls, max_spt, is525;
} drive_info[] = {
    [FDC_DRIVE_NONE] = {0, 0, 0},    [FDC_DRIVE_360K] = {42, 10, 1},
    [FDC_DRIVE_1200K] = {83, 15, 1}, [FDC_DRIVE_720K] = {83, 10, 0},
    [FDC_DRIVE_1440K] = {83, 21, 0}, [FDC_DRIVE_2880K] = {83, 36, 0},
};

static const struct {
    uint8_t cyls, heads, spt;
} formats[] = {
    {40, 1, 8},  {40, 1, 9},  {40, 2, 8},  {40, 2, 9},  {80, 2, 9},
    {80, 2, 15}, {80, 2, 18}, {80, 2, 21}, {82, 2, 21}, {80, 2, 36},
};

static int media_fits(enum fdc_drive_type t, unsigned cyls, unsigned spt) {
    return t != FDC_DRIVE_NONE && cyls <= drive_info[t].cyls && spt <= drive_info[t].max_spt;
}

static enum fdc_drive_type natural_type(unsigned cyls, unsigned spt) {
    if (spt <= 10)
        return cyls <= 42 ? FDC_DRIVE_360K : FDC_DRIVE_720K;
    if (spt <= 15)
        return FDC_DRIVE_1200K;
    return spt <= 21 ? FDC_DRIVE_1440K : FDC_DRIVE_2880K;
}

/* Recomputes what depends on both the drive type and the medium. */
static void media_setup(struct drive *d) {
    if (!d->blk)
        return;
    d->double_step = drive_info[d->type].cyls > 42 && d->cyls <= 42;
    if (d->spt <= 10) /* double density: 5.25" drives spin at 300 or 360 rpm */
        d->rates = drive_info[d->type].is525 ? (1 << RATE_250K | 1 << RATE_300K) : 1 << RATE_250K;
    else
        d->rates = d->spt <= 21 ? 1 << RATE_500K : 1 << RATE_1M;
}

/* The medium's track under the head. */
static unsigned media_track(const struct drive *d) { return d->double_step ? d->cyl / 2 : d->cyl; }

/* Write-protect sensor: a drive without a disk reports protected. */
static int write_protected(const struct drive *d) { return !d->blk || d->ro; }

/* ---- interrupts, timers, phases ---- */

static void update_irq(fdc *f) {
    int level = (f->res_int || f->pio_int || f->nsense) && (f->dor & DOR_GATE) && !f->in_reset;
    if (level != f->irq_level) {
        f->irq_level = level;
        irq_set(&f->irq, level);
    }
}

static void set_dreq(fdc *f, int level) {
    if (f->dma && f->dreq != level)
        isadma_set_dreq(f->dma, FDC_DMA_CHANNEL, level);
    f->dreq = level;
}

static void arm(fdc *f, int timer, uint64_t ns) {
    uint64_t t = sched_ns_to_ticks(f->s, ns);
    sched_timer_arm(f->s, timer, sched_now(f->s) + (t ? t : 1));
}

static void to_command_phase(fdc *f) {
    f->phase = PH_COMMAND;
    f->ncmd = 0;
    f->cmd = NULL;
}

/* A result phase without an interrupt (SENSE INTERRUPT STATUS, VERSION...). */
static void result(fdc *f, const uint8_t *bytes, unsigned n) {
    memcpy(f->res, bytes, n);
    f->nres = n;
    f->rpos = 0;
    f->phase = PH_RESULT;
}

static void result1(fdc *f, uint8_t b) { result(f, &b, 1); }

/* Ends a transfer command: seven result bytes and an interrupt. */
static void end_xfer(fdc *f, uint8_t st0, uint8_t st1, uint8_t st2, uint8_t c, uint8_t h, uint8_t r,
                     uint8_t n) {
    struct xfer *x = &f->x;
    uint8_t res[7] = {
        st0 | x->se | (uint8_t)(x->hds << 2) | (uint8_t)x->d->unit, st1, st2, c, h, r, n};
    sched_timer_disarm(f->s, f->timer);
    x->op = OP_NONE;
    x->pio_wait = 0;
    f->pio_int = 0;
    set_dreq(f, 0);
    result(f, res, 7);
    f->res_int = 1;
    update_irq(f);
}

/* Ends with the ID the command stopped at (errors, end of track). */
static void fail(fdc *f, uint8_t st1, uint8_t st2) {
    struct xfer *x = &f->x;
    end_xfer(f, ST0_ABNORMAL, st1, st2, x->c, x->h, x->r, x->n);
}

/* Ends normally with the ID after the last sector (datasheet result table). */
static void succeed(fdc *f) {
    struct xfer *x = &f->x;
    uint8_t c = x->c, h = x->h, r = x->r + 1;
    if (x->r == x->eot) {
        r = 1;
        if (!x->mt || x->hds == 1)
            c++;
        if (x->mt)
            h ^= 1;
    }
    end_xfer(f, 0, 0, 0, c, h, r, x->n);
}

static void push_sense(fdc *f, uint8_t st0, uint8_t pcn) {
    if (f->nsense < SENSE_QUEUE) {
        f->sense_st0[f->nsense] = st0;
        f->sense_pcn[f->nsense] = pcn;
        f->nsense++;
    }
    update_irq(f);
}

/* ---- reset ---- */

static void enter_reset(fdc *f) {
    f->in_reset = 1;
    sched_timer_disarm(f->s, f->timer);
    sched_timer_disarm(f->s, f->reset_timer);
    f->x.op = OP_NONE;
    f->x.pio_wait = 0;
    to_command_phase(f);
    f->nres = 0;
    f->res_int = f->pio_int = 0;
    f->nsense = 0;
    set_dreq(f, 0);
    for (int i = 0; i < UNITS; i++) {
        sched_timer_disarm(f->s, f->drive[i].timer);
        f->drive[i].seeking = 0;
        f->drive[i].pcn = 0;
    }
    /* LOCK keeps the FIFO settings and PRETRK; implied seek and polling reset. */
    f->config = f->lock ? f->config & (CFG_EFIFO | 0x0F) : CFG_EFIFO;
    if (!f->lock)
        f->pretrk = 0;
    f->perp &= 0x3C;
    update_irq(f);
}

/* Leaving reset, the (simulated) drive polling finds every unit "ready
 * changed" and interrupts: four statuses for SENSE INTERRUPT STATUS. */
static void leave_reset(fdc *f) {
    f->in_reset = 0;
    arm(f, f->reset_timer, T_CMD);
}

static void on_reset_timer(void *opaque, uint64_t now) {
    fdc *f = opaque;
    (void)now;
    if (!(f->config & CFG_POLL))
        for (int i = 0; i < UNITS; i++)
            push_sense(f, ST0_POLL | i, 0);
}

void fdc_reset(fdc *f) {
    f->lock = 0;
    enter_reset(f);
    f->in_reset = 0;
    f->dor = DOR_NRESET | DOR_GATE;
    f->tdr = 0;
    f->rate = RATE_250K;
    f->precomp = 0;
    f->specify1 = f->specify2 = 0;
    f->perp = 0;
    f->last_eot = 0;
    update_irq(f);
}

/* ---- seeks ---- */

/* Step pulses: the head moves, within its mechanical stops, and a pulse
 * with a disk in the drive clears the disk-change line. */
static void step(struct drive *d, int delta) {
    if (!delta || d->type == FDC_DRIVE_NONE)
        return;
    if (d->blk)
        d->changed = 0;
    int cyl = (int)d->cyl + delta, max = drive_info[d->type].cyls;
    d->cyl = cyl < 0 ? 0 : cyl > max ? (unsigned)max : (unsigned)cyl;
}

static void start_seek(fdc *f, struct drive *d, unsigned pulses, uint8_t st0) {
    d->seeking = 1;
    d->seek_st0 = st0 | ST0_SE | d->unit;
    arm(f, d->timer, T_SETTLE + (uint64_t)pulses * T_STEP);
    to_command_phase(f);
}

static void on_seek_timer(void *opaque, uint64_t now) {
    struct drive *d = opaque;
    (void)now;
    d->seeking = 0;
    push_sense(d->f, d->seek_st0, d->pcn);
}

static struct drive *cmd_drive(fdc *f) {
    struct drive *d = &f->drive[f->cmdbuf[1] & 3];
    d->head = (f->cmdbuf[1] >> 2) & 1;
    return d;
}

static void run_seek(fdc *f) {
    struct drive *d = cmd_drive(f);
    int delta = (int)f->cmdbuf[2] - d->pcn;
    step(d, delta);
    d->pcn = f->cmdbuf[2];
    start_seek(f, d, (unsigned)abs(delta), 0);
}

static void run_relative_seek(fdc *f) {
    struct drive *d = cmd_drive(f);
    unsigned rcn = f->cmdbuf[2];
    uint8_t st0 = 0;
    if (f->cmdbuf[0] & 0x40) { /* DIR: inwards, to higher cylinders */
        step(d, (int)rcn);
        d->pcn = d->pcn + rcn > 255 ? 255 : (uint8_t)(d->pcn + rcn);
    } else {
        step(d, -(int)rcn);
        if (rcn > d->pcn)
            st0 = ST0_ABNORMAL | ST0_EC; /* stepped out past track 0 */
        d->pcn = rcn > d->pcn ? 0 : (uint8_t)(d->pcn - rcn);
    }
    start_seek(f, d, rcn, st0);
}

static void run_recalibrate(fdc *f) {
    struct drive *d = cmd_drive(f);
    unsigned pulses = RECAL_STEPS;
    uint8_t st0 = ST0_ABNORMAL | ST0_EC; /* track 0 never seen */
    if (d->type != FDC_DRIVE_NONE && d->cyl <= RECAL_STEPS) {
        pulses = d->cyl;
        st0 = 0;
    }
    step(d, -(int)pulses);
    d->pcn = 0;
    start_seek(f, d, pulses, st0);
}

/* ---- simple commands ---- */

static void run_specify(fdc *f) {
    f->specify1 = f->cmdbuf[1];
    f->specify2 = f->cmdbuf[2];
    to_command_phase(f);
}

static void run_sense_drive(fdc *f) {
    struct drive *d = cmd_drive(f);
    uint8_t st3 = ST3_RDY | ST3_TS | (uint8_t)(d->head << 2) | d->unit;
    if (write_protected(d))
        st3 |= ST3_WP;
    if (d->type != FDC_DRIVE_NONE && d->cyl == 0)
        st3 |= ST3_T0;
    result1(f, st3);
}

static void run_sense_interrupt(fdc *f) {
    if (!f->nsense) {
        result1(f, ST0_INVALID);
        return;
    }
    uint8_t res[2] = {f->sense_st0[0], f->sense_pcn[0]};
    f->nsense--;
    memmove(f->sense_st0, f->sense_st0 + 1, f->nsense);
    memmove(f->sense_pcn, f->sense_pcn + 1, f->nsense);
    result(f, res, 2);
    update_irq(f);
}

static void run_configure(fdc *f) {
    f->config = f->cmdbuf[2] & 0x7F;
    f->pretrk = f->cmdbuf[3];
    to_command_phase(f);
}

static void run_version(fdc *f) { result1(f, 0x90); }

static void run_dumpreg(fdc *f) {
    uint8_t res[10] = {
        f->drive[0].pcn, f->drive[1].pcn, f->drive[2].pcn, f->drive[3].pcn,
        f->specify1,     f->specify2,     f->last_eot,     (uint8_t)(f->lock << 7 | f->perp),
        f->config,       f->pretrk};
    result(f, res, 10);
}

static void run_lock(fdc *f) {
    f->lock = f->cmdbuf[0] >> 7;
    result1(f, (uint8_t)(f->lock << 4));
}

static void run_perpendicular(fdc *f) {
    uint8_t v = f->cmdbuf[1];
    if (v & 0x80) /* OW: the drive bits are overwritten only when asked */
        f->perp = (f->perp & 0x03) | (v & 0x3C);
    f->perp = (f->perp & 0x3C) | (v & 0x03);
    to_command_phase(f);
}

/* ---- data transfers ---- */

static int reads_to_host(enum op op) {
    return op == OP_READ || op == OP_READ_DEL || op == OP_READ_TRACK;
}

static int writes_medium(enum op op) {
    return op == OP_WRITE || op == OP_WRITE_DEL || op == OP_FORMAT;
}

/* Whether the head can see sector IDs at all: a disk, MFM, the right data
 * rate, and a formatted track under the selected head. */
static int track_readable(fdc *f, struct drive *d, unsigned hds) {
    return d->blk && f->x.mfm && (d->rates & (1u << f->rate)) && media_track(d) < d->cyls &&
           hds < d->heads;
}

static uint64_t sector_offset(const struct drive *d, unsigned hds, unsigned r) {
    return (((uint64_t)media_track(d) * d->heads + hds) * d->spt + r - 1) * SECTOR;
}

/* Finds the sector the command names on the current track, as the
 * controller does by comparing IDs; on failure sets the bits to report.
 * READ TRACK takes the sectors in physical order instead and only notes
 * IDs that differ from the command's. */
static int locate(fdc *f, uint8_t *st1, uint8_t *st2) {
    struct xfer *x = &f->x;
    struct drive *d = x->d;
    *st1 = *st2 = 0;
    if (!track_readable(f, d, x->hds)) {
        *st1 = ST1_MA;
        return 0;
    }
    unsigned t = media_track(d);
    unsigned r = x->op == OP_READ_TRACK ? x->phys : x->r;
    if (x->op == OP_READ_TRACK) {
        if (r > d->spt) { /* EOT beyond the track */
            *st1 = ST1_ND;
            return 0;
        }
        if (x->c != t || x->h != x->hds || x->n != 2 || x->r != r)
            x->st1 |= ST1_ND;
    } else if (x->c != t) {
        *st1 = ST1_ND;
        *st2 = ST2_WC | (x->c == 0xFF ? ST2_BC : 0);
        return 0;
    } else if (x->h != x->hds || r < 1 || r > d->spt || x->n != 2) {
        *st1 = ST1_ND;
        return 0;
    }
    x->offset = sector_offset(d, x->hds, r);
    return 1;
}

/* Moves up to len bytes over DMA channel 2: bytes moved, or -1 while the
 * channel is masked (or the DOR gate closes DRQ). *tc: terminal count. */
static int dma_move(fdc *f, void *buf, unsigned len, int to_memory, int *tc) {
    if (!f->dma || !(f->dor & DOR_GATE))
        return -1;
    int n = isadma_transfer(f->dma, FDC_DMA_CHANNEL, buf, len, to_memory);
    if (n >= 0) {
        *tc = (unsigned)n < len || isadma_tc(f->dma, FDC_DMA_CHANNEL);
        set_dreq(f, 0);
    }
    return n;
}

/* A masked channel: try again shortly; after a long wait, an overrun. */
static void dma_wait(fdc *f) {
    set_dreq(f, 1);
    f->x.dma_waited += T_DMA_RETRY;
    if (f->x.dma_waited >= T_DMA_GIVEUP)
        fail(f, ST1_OR, 0);
    else
        arm(f, f->timer, T_DMA_RETRY);
}

/* Hands the buffer to the host through the FIFO, a byte per interrupt. */
static void pio_begin(fdc *f, unsigned len) {
    f->x.pio_wait = 1;
    f->x.pos = 0;
    f->x.len = len;
    f->pio_int = 1;
    update_irq(f);
}

/* One sector done: on to the next, or the end of the command. */
static void sector_done(fdc *f, int tc) {
    struct xfer *x = &f->x;
    struct drive *d = x->d;
    x->dma_waited = 0;
    d->next_id = (uint8_t)(x->op == OP_READ_TRACK ? x->phys : x->r) % d->spt + 1;
    if (x->op == OP_READ_DEL && !x->sk) { /* a normal data mark: read, flagged, stop */
        end_xfer(f, 0, 0, ST2_CM, x->c, x->h, x->r, x->n);
        return;
    }
    if (x->op == OP_READ_TRACK) {
        if (tc || ++x->count >= x->eot) {
            end_xfer(f, x->st1 ? ST0_ABNORMAL : 0, x->st1, x->st2, x->c, x->h, x->r, x->n);
            return;
        }
        x->phys++;
        x->r++;
        arm(f, f->timer, T_SECTOR);
        return;
    }
    if (tc || (x->ec && --x->count == 0)) {
        succeed(f);
        return;
    }
    if (x->r == x->eot) {
        if (x->mt && x->hds == 0) { /* multi-track: on to side 1 */
            x->hds = d->head = 1;
            x->h ^= 1;
            x->r = 1;
            arm(f, f->timer, T_SECTOR);
        } else if (x->op == OP_VERIFY && !x->ec) {
            succeed(f);
        } else {
            fail(f, ST1_EN, 0); /* no terminal count by the end of the track */
        }
        return;
    }
    x->r++;
    arm(f, f->timer, T_SECTOR);
}

static void write_sector(fdc *f) {
    if (blk_write(f->x.d->blk, f->x.offset, f->x.buf, SECTOR) < 0)
        fail(f, ST1_NW, 0);
    else
        sector_done(f, 0);
}

static void data_step(fdc *f) {
    struct xfer *x = &f->x;
    uint8_t st1, st2;
    if (writes_medium(x->op) && write_protected(x->d)) {
        fail(f, ST1_NW, 0);
        return;
    }
    if (!locate(f, &st1, &st2)) {
        fail(f, st1, st2);
        return;
    }
    if (x->op == OP_READ_DEL && x->sk) { /* skips sectors with normal data marks */
        sector_done(f, 0);
        return;
    }
    int tc = 0, n;
    if (x->op == OP_WRITE || x->op == OP_WRITE_DEL) {
        if (x->pio) {
            pio_begin(f, SECTOR);
            return;
        }
        if ((n = dma_move(f, x->buf, SECTOR, 0, &tc)) < 0) {
            dma_wait(f);
            return;
        }
        memset(x->buf + n, 0, SECTOR - (unsigned)n); /* TC mid-sector: the rest is zeros */
        if (blk_write(x->d->blk, x->offset, x->buf, SECTOR) < 0) {
            fail(f, ST1_NW, 0);
            return;
        }
        sector_done(f, tc);
        return;
    }
    if (blk_read(x->d->blk, x->offset, x->buf, SECTOR) < 0) {
        fail(f, ST1_DE, ST2_DD); /* the host could not read it: a data CRC error */
        return;
    }
    if (x->op == OP_VERIFY) {
        sector_done(f, 0);
        return;
    }
    if (x->pio) {
        pio_begin(f, SECTOR);
        return;
    }
    if (dma_move(f, x->buf, SECTOR, 1, &tc) < 0) {
        dma_wait(f);
        return;
    }
    sector_done(f, tc);
}

static void start_xfer(fdc *f, enum op op) {
    struct xfer *x = &f->x;
    const uint8_t *c = f->cmdbuf;
    struct drive *d = cmd_drive(f);
    memset(x, 0, offsetof(struct xfer, buf));
    x->op = op;
    x->d = d;
    x->hds = d->head;
    x->c = c[2], x->h = c[3], x->r = c[4], x->n = c[5], x->eot = c[6];
    x->mt = op != OP_READ_TRACK && (c[0] & CMD_MT);
    x->sk = (c[0] & CMD_SK) != 0;
    x->mfm = (c[0] & CMD_MFM) != 0;
    x->pio = (f->specify2 & 1) && op != OP_VERIFY;
    x->phys = 1;
    if (op == OP_VERIFY && (c[1] & 0x80)) { /* EC: the last byte is a sector count */
        x->ec = 1;
        x->count = c[8] ? c[8] : 256;
    }
    f->last_eot = x->eot;
    uint64_t delay = T_SECTOR;
    if ((f->config & CFG_EIS) && x->c != d->pcn) { /* implied seek */
        unsigned pulses = (unsigned)abs((int)x->c - d->pcn);
        step(d, (int)x->c - d->pcn);
        d->pcn = x->c;
        x->se = ST0_SE;
        delay += T_SETTLE + (uint64_t)pulses * T_STEP;
    }
    f->phase = PH_EXEC;
    arm(f, f->timer, delay);
}

static void run_read(fdc *f) { start_xfer(f, OP_READ); }
static void run_read_deleted(fdc *f) { start_xfer(f, OP_READ_DEL); }
static void run_write(fdc *f) { start_xfer(f, OP_WRITE); }
static void run_write_deleted(fdc *f) { start_xfer(f, OP_WRITE_DEL); }
static void run_read_track(fdc *f) { start_xfer(f, OP_READ_TRACK); }
static void run_verify(fdc *f) { start_xfer(f, OP_VERIFY); }

static void run_read_id(fdc *f) {
    struct xfer *x = &f->x;
    memset(x, 0, offsetof(struct xfer, buf));
    x->op = OP_READ_ID;
    x->d = cmd_drive(f);
    x->hds = x->d->head;
    x->mfm = (f->cmdbuf[0] & CMD_MFM) != 0;
    f->phase = PH_EXEC;
    arm(f, f->timer, T_CMD);
}

static void read_id_done(fdc *f) {
    struct xfer *x = &f->x;
    struct drive *d = x->d;
    x->c = (uint8_t)media_track(d), x->h = x->hds, x->r = 1, x->n = 2;
    if (!track_readable(f, d, x->hds)) {
        fail(f, ST1_MA, 0);
        return;
    }
    uint8_t r = d->next_id;
    d->next_id = r % d->spt + 1;
    end_xfer(f, 0, 0, 0, x->c, x->h, r, 2);
}

/* ---- FORMAT TRACK: four ID bytes per sector from the host, then the
 * sector is filled. The image keeps its geometry: IDs it cannot hold (other
 * sizes, numbers past its sectors per track) are dropped. ---- */

static void run_format(fdc *f) {
    struct xfer *x = &f->x;
    const uint8_t *c = f->cmdbuf;
    memset(x, 0, offsetof(struct xfer, buf));
    x->op = OP_FORMAT;
    x->d = cmd_drive(f);
    x->hds = x->d->head;
    x->mfm = (c[0] & CMD_MFM) != 0;
    x->n = c[2], x->sc = c[3], x->fill = c[5];
    x->pio = f->specify2 & 1;
    f->last_eot = x->sc;
    f->phase = PH_EXEC;
    arm(f, f->timer, T_SECTOR);
}

static void format_sector(fdc *f, int tc) {
    struct xfer *x = &f->x;
    struct drive *d = x->d;
    const uint8_t *id = x->id;
    x->c = id[0], x->h = id[1], x->r = id[2], x->n = id[3];
    if (id[3] == 2 && id[2] >= 1 && id[2] <= d->spt) {
        memset(x->buf, x->fill, SECTOR);
        if (blk_write(d->blk, sector_offset(d, x->hds, id[2]), x->buf, SECTOR) < 0) {
            fail(f, ST1_NW, 0);
            return;
        }
    }
    if (tc || ++x->count >= x->sc) {
        end_xfer(f, 0, 0, 0, x->c, x->h, x->r, x->n);
        return;
    }
    x->dma_waited = 0;
    arm(f, f->timer, T_SECTOR);
}

static void format_step(fdc *f) {
    struct xfer *x = &f->x;
    if (write_protected(x->d)) {
        fail(f, ST1_NW, 0);
        return;
    }
    if (!track_readable(f, x->d, x->hds)) {
        fail(f, ST1_NW, 0); /* not a track this image can hold */
        return;
    }
    if (x->pio) {
        pio_begin(f, 4);
        return;
    }
    int tc = 0, n = dma_move(f, x->id, 4, 0, &tc);
    if (n < 0) {
        dma_wait(f);
        return;
    }
    format_sector(f, tc);
}

static void on_timer(void *opaque, uint64_t now) {
    fdc *f = opaque;
    (void)now;
    switch (f->x.op) {
    case OP_NONE:
        break;
    case OP_READ_ID:
        read_id_done(f);
        break;
    case OP_FORMAT:
        format_step(f);
        break;
    default:
        data_step(f);
        break;
    }
}

/* A byte through the FIFO in the execution phase (non-DMA mode). */
static uint8_t pio_byte(fdc *f, uint8_t in) {
    struct xfer *x = &f->x;
    uint8_t *p = x->op == OP_FORMAT ? x->id : x->buf;
    uint8_t out = p[x->pos];
    if (!reads_to_host(x->op))
        p[x->pos] = in;
    x->pos++;
    /* The interrupt drops with each byte and rises again for the next. */
    f->pio_int = 0;
    update_irq(f);
    if (x->pos < x->len) {
        f->pio_int = 1;
        update_irq(f);
        return out;
    }
    x->pio_wait = 0;
    if (x->op == OP_FORMAT)
        format_sector(f, 0);
    else if (reads_to_host(x->op))
        sector_done(f, 0);
    else
        write_sector(f);
    return out;
}

/* ---- command decoding ---- */

static const struct command commands[] = {
    {0x06, CMD_MT | CMD_MFM | CMD_SK, 9, run_read},
    {0x0C, CMD_MT | CMD_MFM | CMD_SK, 9, run_read_deleted},
    {0x05, CMD_MT | CMD_MFM, 9, run_write},
    {0x09, CMD_MT | CMD_MFM, 9, run_write_deleted},
    {0x02, CMD_MFM, 9, run_read_track},
    {0x16, CMD_MT | CMD_MFM | CMD_SK, 9, run_verify},
    {0x0A, CMD_MFM, 2, run_read_id},
    {0x0D, CMD_MFM, 6, run_format},
    {0x07, 0, 2, run_recalibrate},
    {0x08, 0, 1, run_sense_interrupt},
    {0x03, 0, 3, run_specify},
    {0x04, 0, 2, run_sense_drive},
    {0x0F, 0, 3, run_seek},
    {0x8F, 0x40, 3, run_relative_seek},
    {0x13, 0, 4, run_configure},
    {0x10, 0, 1, run_version},
    {0x0E, 0, 1, run_dumpreg},
    {0x12, 0, 2, run_perpendicular},
    {0x14, 0x80, 1, run_lock},
};

static void fifo_write(fdc *f, uint8_t v) {
    if (f->phase == PH_EXEC) {
        if (f->x.pio_wait && !reads_to_host(f->x.op))
            pio_byte(f, v);
        return;
    }
    if (f->phase != PH_COMMAND)
        return; /* result phase: the FIFO is the controller's to write */
    if (f->ncmd == 0) {
        for (size_t i = 0; i < sizeof commands / sizeof commands[0] && !f->cmd; i++)
            if ((v & ~commands[i].flags) == commands[i].code)
                f->cmd = &commands[i];
        if (!f->cmd) {
            result1(f, ST0_INVALID);
            return;
        }
    }
    f->cmdbuf[f->ncmd++] = v;
    if (f->ncmd == f->cmd->len)
        f->cmd->run(f);
}

static uint8_t fifo_read(fdc *f) {
    if (f->phase == PH_EXEC && f->x.pio_wait && reads_to_host(f->x.op))
        return pio_byte(f, 0);
    if (f->phase != PH_RESULT)
        return 0;
    uint8_t v = f->res[f->rpos++];
    if (f->res_int) { /* reading the result clears the interrupt */
        f->res_int = 0;
        update_irq(f);
    }
    if (f->rpos == f->nres)
        to_command_phase(f);
    return v;
}

/* ---- registers ---- */

static uint8_t read_msr(const fdc *f) {
    if (f->in_reset)
        return 0;
    uint8_t m = 0;
    for (int i = 0; i < UNITS; i++)
        if (f->drive[i].seeking)
            m |= 1 << i;
    switch (f->phase) {
    case PH_COMMAND:
        return m | MSR_RQM | (f->ncmd ? MSR_CB : 0);
    case PH_RESULT:
        return m | MSR_RQM | MSR_DIO | MSR_CB;
    case PH_EXEC:
        m |= MSR_CB;
        if (f->x.pio)
            m |= MSR_NDMA;
        if (f->x.pio_wait)
            m |= MSR_RQM | (reads_to_host(f->x.op) ? MSR_DIO : 0);
        return m;
    }
    return m;
}

/* The drive the DOR selects, as far as its lines reach the controller:
 * drive-select outputs are gated by the motor enables. */
static const struct drive *selected(const fdc *f) {
    unsigned sel = f->dor & DOR_SEL;
    if (!(f->dor & (DOR_MOTOR0 << sel)) || f->drive[sel].type == FDC_DRIVE_NONE)
        return NULL;
    return &f->drive[sel];
}

static uint8_t read_sra(const fdc *f) {
    const struct drive *d = &f->drive[f->dor & DOR_SEL];
    uint8_t v = 0x04; /* nINDEX inactive */
    if (f->res_int || f->pio_int || f->nsense)
        v |= 0x80;
    if (f->drive[1].type == FDC_DRIVE_NONE)
        v |= 0x40; /* nDRV2: no second drive */
    if (!(d->type != FDC_DRIVE_NONE && d->cyl == 0))
        v |= 0x10; /* nTRK0 */
    if (d->head)
        v |= 0x08;
    if (!write_protected(d))
        v |= 0x02; /* nWP */
    return v;
}

static uint8_t read_srb(const fdc *f) {
    return 0xC0 | (f->dor & 1) << 5 | (f->dor & DOR_MOTOR0 ? 1 : 0) |
           (f->dor & DOR_MOTOR0 << 1 ? 2 : 0);
}

static uint8_t read_dir(const fdc *f) {
    const struct drive *d = selected(f);
    return d && d->changed ? 0x80 : 0x00;
}

static void write_dor(fdc *f, uint8_t v) {
    f->dor = v;
    if (!(v & DOR_NRESET)) {
        if (!f->in_reset)
            enter_reset(f);
    } else if (f->in_reset) {
        leave_reset(f);
    }
    update_irq(f);
}

static void write_dsr(fdc *f, uint8_t v) {
    f->rate = v & 3;
    f->precomp = (v >> 2) & 7;
    if ((v & DSR_RESET) && !f->in_reset) { /* self-clearing software reset */
        enter_reset(f);
        leave_reset(f);
    }
}

static uint32_t fdc_read(void *opaque, uint16_t port, unsigned size) {
    fdc *f = opaque;
    (void)size;
    switch (port - FDC_BASE) {
    case 0:
        return read_sra(f);
    case 1:
        return read_srb(f);
    case 2:
        return f->dor;
    case 3:
        return f->tdr;
    case 4:
        return read_msr(f);
    case 5:
        return f->in_reset ? 0 : fifo_read(f);
    case 7:
        return read_dir(f);
    }
    return 0xFF;
}

static void fdc_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    fdc *f = opaque;
    uint8_t v = (uint8_t)value;
    (void)size;
    switch (port - FDC_BASE) {
    case 2:
        write_dor(f, v);
        break;
    case 3:
        f->tdr = v & 3;
        break;
    case 4:
        write_dsr(f, v);
        break;
    case 5:
        if (!f->in_reset)
            fifo_write(f, v);
        break;
    case 7:
        f->rate = v & 3; /* CCR: the data rate only */
        break;
    }
}

/* ---- public API ---- */

fdc *fdc_create(iobus *io, sched *s, irq_line irq6, isadma *dma, const char **err) {
    for (unsigned p = FDC_BASE; p <= FDC_BASE + 7; p++) {
        if (p != FDC_BASE + 6 && io_owner(io, (uint16_t)p)) {
            *err = "floppy controller ports 0x3F0-0x3F5/0x3F7 are already claimed";
            return NULL;
        }
    }
    fdc *f = calloc(1, sizeof *f);
    if (!f) {
        *err = "out of memory for the floppy controller";
        return NULL;
    }
    f->s = s;
    f->irq = irq6;
    f->dma = dma;
    f->timer = sched_timer_new(s, on_timer, f, "fdc");
    f->reset_timer = sched_timer_new(s, on_reset_timer, f, "fdc-reset");
    int ok = f->timer >= 0 && f->reset_timer >= 0;
    for (int i = 0; i < UNITS; i++) {
        f->drive[i].f = f;
        f->drive[i].unit = i;
        f->drive[i].changed = 1;
        f->drive[i].next_id = 1;
        f->drive[i].timer = sched_timer_new(s, on_seek_timer, &f->drive[i], "fdc-seek");
        ok = ok && f->drive[i].timer >= 0;
    }
    if (!ok) {
        *err = "no scheduler timers left for the floppy controller";
        free(f);
        return NULL;
    }
    fdc_reset(f);
    /* The ports were checked free above, so both claims succeed. */
    if (io_register(io, FDC_BASE, 6, IO_W8, fdc_read, fdc_write, f, "fdc", err) < 0 ||
        io_register(io, FDC_BASE + 7, 1, IO_W8, fdc_read, fdc_write, f, "fdc", err) < 0)
        return NULL;
    return f;
}

void fdc_destroy(fdc *f) {
    if (!f)
        return;
    sched_timer_disarm(f->s, f->timer);
    sched_timer_disarm(f->s, f->reset_timer);
    for (int i = 0; i < UNITS; i++)
        sched_timer_disarm(f->s, f->drive[i].timer);
    free(f);
}

static struct drive *api_drive(fdc *f, int drive, const char **err) {
    if (drive < 0 || drive >= FDC_DRIVES) {
        *err = "floppy drive number must be 0 or 1";
        return NULL;
    }
    return &f->drive[drive];
}

int fdc_set_drive_type(fdc *f, int drive, enum fdc_drive_type type, const char **err) {
    struct drive *d = api_drive(f, drive, err);
    if (!d)
        return -1;
    if ((unsigned)type > FDC_DRIVE_2880K) {
        *err = "unknown floppy drive type";
        return -1;
    }
    if (d->blk && !media_fits(type, d->cyls, d->spt)) {
        *err = "the inserted floppy image does not fit that drive type";
        return -1;
    }
    d->type = type;
    media_setup(d);
    if (d->cyl > drive_info[type].cyls)
        d->cyl = drive_info[type].cyls;
    return 0;
}

int fdc_insert_geometry(fdc *f, int drive, blockdev *b, unsigned cylinders, unsigned heads,
                        unsigned sectors, const char **err) {
    struct drive *d = api_drive(f, drive, err);
    if (!d)
        return -1;
    if (!b || cylinders < 1 || cylinders > 83 || heads < 1 || heads > 2 || sectors < 1 ||
        sectors > 36) {
        *err = "floppy geometry must be 1-83 cylinders, 1-2 heads, 1-36 sectors per track";
        return -1;
    }
    if (blk_size(b) < (uint64_t)cylinders * heads * sectors * SECTOR) {
        *err = "floppy image is smaller than its geometry";
        return -1;
    }
    enum fdc_drive_type type = d->type;
    if (type == FDC_DRIVE_NONE) {
        type = natural_type(cylinders, sectors);
    } else if (!media_fits(type, cylinders, sectors)) {
        *err = "floppy image does not fit the drive type (too many tracks or sectors)";
        return -1;
    }
    d->type = type;
    d->blk = b;
    d->cyls = cylinders, d->heads = heads, d->spt = sectors;
    d->ro = blk_readonly(b);
    d->changed = 1;
    d->next_id = 1;
    media_setup(d);
    return 0;
}

int fdc_insert(fdc *f, int drive, blockdev *b, const char **err) {
    for (size_t i = 0; b && i < sizeof formats / sizeof formats[0]; i++) {
        uint64_t size = (uint64_t)formats[i].cyls * formats[i].heads * formats[i].spt * SECTOR;
        if (blk_size(b) == size)
            return fdc_insert_geometry(f, drive, b, formats[i].cyls, formats[i].heads,
                                       formats[i].spt, err);
    }
    *err = "floppy image size matches no standard format (160K, 180K, 320K, 360K, 720K, "
           "1.2M, 1.44M, 1.68M, 1.72M, 2.88M); give its geometry explicitly";
    return -1;
}

void fdc_eject(fdc *f, int drive) {
    if (drive < 0 || drive >= FDC_DRIVES)
        return;
    f->drive[drive].blk = NULL;
    f->drive[drive].changed = 1;
}

unsigned fdc_cmos_type(const fdc *f, int drive) {
    if (drive < 0 || drive >= FDC_DRIVES)
        return 0;
    return f->drive[drive].type;
}
