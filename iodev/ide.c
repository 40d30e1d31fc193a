/* IDE controller: the two channels' task-file registers, device selection,
 * the device control register (nIEN, SRST, HOB), INTRQ, the PIO data port,
 * EXECUTE DEVICE DIAGNOSTIC, and the protocol steps of ata.h. The command
 * sets live in ata.c (disks) and atapi.c (CD-ROMs). */
#include "ide.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ata.h"

#define CMD_DEVICE_RESET 0x08
#define CMD_EXECUTE_DIAGNOSTIC 0x90

static const char *const timer_names[2][2] = {{"ide0.0", "ide0.1"}, {"ide1.0", "ide1.1"}};

static inline struct ide_drive *selected(struct ide_channel *c) { return &c->drive[c->cur]; }

static inline int channel_empty(const struct ide_channel *c) {
    return c->drive[0].kind == DRIVE_NONE && c->drive[1].kind == DRIVE_NONE;
}

uint8_t ide_ready_status(const struct ide_drive *d) {
    (void)d;
    return ST_DRDY | ST_DSC;
}

static void timer_fired(void *opaque, uint64_t now) {
    struct ide_drive *d = opaque;
    ide_step_fn fn = d->next;
    (void)now;
    d->next = NULL;
    if (fn)
        fn(d);
}

void ide_schedule(struct ide_drive *d, ide_step_fn fn) {
    sched *s = d->ch->ide->s;
    d->status = (uint8_t)((d->status & ~ST_DRQ) | ST_BSY);
    d->next = fn;
    sched_timer_arm(s, d->timer, sched_now(s) + sched_ns_to_ticks(s, IDE_DELAY_NS));
}

void ide_cancel(struct ide_drive *d) {
    sched_timer_disarm(d->ch->ide->s, d->timer);
    d->next = NULL;
    d->dma_pending = 0;
    d->end_xfer = NULL;
    d->buf_pos = d->buf_end = 0;
}

void ide_update_irq(struct ide_channel *c) {
    struct ide_drive *d = selected(c);
    int level = d->irq_pending && !(c->ctl & CTL_NIEN);
    if (level == c->irq_level)
        return;
    c->irq_level = level;
    if (level)
        c->bm_status |= BM_ST_INT; /* the bus master latches the device's INTRQ */
    irq_set(&c->irq, level);
}

void ide_raise_irq(struct ide_drive *d) {
    d->irq_pending = 1;
    ide_update_irq(d->ch);
}

void ide_pio_start(struct ide_drive *d, uint32_t len, int out, ide_step_fn end) {
    d->buf_pos = 0;
    d->buf_end = len;
    d->pio_out = out;
    d->end_xfer = end;
    d->status = ide_ready_status(d) | ST_DRQ;
}

void ide_complete(struct ide_drive *d) {
    d->status = (uint8_t)(ide_ready_status(d) | (d->error ? ST_ERR : 0));
    ide_raise_irq(d);
}

static void abort_step(struct ide_drive *d) {
    d->error = ER_ABRT;
    ide_complete(d);
}

void ide_abort(struct ide_drive *d) { ide_schedule(d, abort_step); }

static void dma_go(struct ide_drive *d) {
    d->dma_pending = 0;
    d->dma_run(d);
}

void ide_dma_request(struct ide_drive *d, ide_step_fn run) {
    d->dma_run = run;
    d->dma_pending = 1;
    d->status = ST_BSY | ide_ready_status(d);
    if (bm_running(d->ch))
        ide_schedule(d, dma_go);
}

void ide_bm_started(struct ide_channel *c) {
    for (int u = 0; u < 2; u++)
        if (c->drive[u].dma_pending && !c->drive[u].next)
            ide_schedule(&c->drive[u], dma_go);
}

/* Stopping the engine holds a transfer that has not run yet. */
void ide_bm_stopped(struct ide_channel *c) {
    for (int u = 0; u < 2; u++)
        if (c->drive[u].next == dma_go) {
            sched_timer_disarm(c->ide->s, c->drive[u].timer);
            c->drive[u].next = NULL;
        }
}

void ide_set_signature(struct ide_drive *d) {
    d->nsect = d->lbal = 1;
    d->lbam = d->kind == DRIVE_CDROM ? 0x14 : 0;
    d->lbah = d->kind == DRIVE_CDROM ? 0xEB : 0;
    d->hob_nsect = d->hob_lbal = d->hob_lbam = d->hob_lbah = 0;
}

void ide_put_string(uint16_t *words, unsigned first, unsigned nwords, const char *s) {
    size_t n = strlen(s);
    for (unsigned i = 0; i < 2 * nwords; i++) {
        uint8_t ch = i < n ? (uint8_t)s[i] : ' ';
        uint16_t *w = &words[first + i / 2];
        *w = i & 1 ? (uint16_t)((*w & 0xFF00) | ch) : (uint16_t)((*w & 0x00FF) | ch << 8);
    }
}

/* The state a drive shows after power-on, SRST or EXECUTE DEVICE DIAGNOSTIC. */
static void diag_state(struct ide_drive *d) {
    ide_set_signature(d);
    d->error = 0x01; /* passed */
    d->status = d->kind == DRIVE_DISK ? ST_DRDY | ST_DSC : 0;
}

static void srst_done(struct ide_drive *d) { diag_state(d); }

static void diag_done(struct ide_drive *d) {
    struct ide_channel *c = d->ch;
    for (int u = 0; u < 2; u++)
        if (c->drive[u].kind != DRIVE_NONE) {
            if (&c->drive[u] != d)
                ide_cancel(&c->drive[u]);
            diag_state(&c->drive[u]);
        }
    ide_raise_irq(d);
}

/* Both drives run their diagnostics; the addressed one reports. */
static void diagnose(struct ide_channel *c, struct ide_drive *d) {
    for (int u = 0; u < 2; u++)
        if (c->drive[u].kind != DRIVE_NONE && &c->drive[u] != d) {
            ide_cancel(&c->drive[u]);
            c->drive[u].status = ST_BSY;
        }
    ide_schedule(d, diag_done);
}

static void command(struct ide_channel *c, uint8_t cmd) {
    struct ide_drive *d = selected(c);
    if (d->kind == DRIVE_NONE)
        return;
    /* Only DEVICE RESET to a packet device may interrupt a command. */
    if (d->status & (ST_BSY | ST_DRQ)) {
        if (cmd != CMD_DEVICE_RESET || d->kind != DRIVE_CDROM)
            return;
        ide_cancel(d);
    }
    d->irq_pending = 0;
    ide_update_irq(c);
    d->cmd = cmd;
    d->error = 0;
    if (cmd == CMD_EXECUTE_DIAGNOSTIC)
        diagnose(c, d);
    else if (d->kind == DRIVE_DISK)
        ata_command(d, cmd);
    else
        atapi_command(d, cmd);
}

static uint8_t reg_read(struct ide_channel *c, unsigned r) {
    struct ide_drive *d = selected(c);
    int hob = (c->ctl & CTL_HOB) != 0;
    if (channel_empty(c))
        return 0;
    switch (r) {
    case 1:
        return d->error;
    case 2:
        return hob ? d->hob_nsect : d->nsect;
    case 3:
        return hob ? d->hob_lbal : d->lbal;
    case 4:
        return hob ? d->hob_lbam : d->lbam;
    case 5:
        return hob ? d->hob_lbah : d->lbah;
    case 6:
        return d->select;
    default: /* 7: status; reading it acknowledges the interrupt */
        if (d->kind == DRIVE_NONE)
            return 0; /* device 0 answers for an absent device 1 */
        d->irq_pending = 0;
        ide_update_irq(c);
        return d->status;
    }
}

/* Shifts a task-file register into its HOB copy (LBA48 writes come in pairs). */
static inline void shift_in(uint8_t *reg, uint8_t *hob, uint8_t v) {
    *hob = *reg;
    *reg = v;
}

static void reg_write(struct ide_channel *c, unsigned r, uint8_t v) {
    if (r == 7) {
        command(c, v);
        return;
    }
    if (selected(c)->status & (ST_BSY | ST_DRQ))
        return; /* the host must wait for the command in progress */
    c->ctl &= (uint8_t)~CTL_HOB;
    for (int u = 0; u < 2; u++) {
        struct ide_drive *d = &c->drive[u];
        switch (r) {
        case 1:
            shift_in(&d->feature, &d->hob_feature, v);
            break;
        case 2:
            shift_in(&d->nsect, &d->hob_nsect, v);
            break;
        case 3:
            shift_in(&d->lbal, &d->hob_lbal, v);
            break;
        case 4:
            shift_in(&d->lbam, &d->hob_lbam, v);
            break;
        case 5:
            shift_in(&d->lbah, &d->hob_lbah, v);
            break;
        default:
            d->select = v;
            break;
        }
    }
    if (r == 6) {
        c->cur = (v & DEV_DEV) != 0;
        ide_update_irq(c); /* only the selected drive drives INTRQ */
    }
}

/* The host moved the last byte of a DRQ block. */
static void block_done(struct ide_drive *d) {
    ide_step_fn fn = d->end_xfer;
    d->status &= (uint8_t)~ST_DRQ;
    d->end_xfer = NULL;
    if (fn)
        fn(d);
}

static uint16_t data_in(struct ide_channel *c) {
    struct ide_drive *d = selected(c);
    if (!(d->status & ST_DRQ) || d->pio_out || d->buf_pos >= d->buf_end)
        return 0xFFFF;
    uint16_t v = (uint16_t)(d->buf[d->buf_pos] | d->buf[d->buf_pos + 1] << 8);
    d->buf_pos += 2;
    if (d->buf_pos >= d->buf_end)
        block_done(d);
    return v;
}

static void data_out(struct ide_channel *c, uint16_t v) {
    struct ide_drive *d = selected(c);
    if (!(d->status & ST_DRQ) || !d->pio_out || d->buf_pos >= d->buf_end)
        return;
    d->buf[d->buf_pos] = (uint8_t)v;
    d->buf[d->buf_pos + 1] = (uint8_t)(v >> 8);
    d->buf_pos += 2;
    if (d->buf_pos >= d->buf_end)
        block_done(d);
}

/* The data port moves words; a dword is two, a byte access moves a word. */
static uint32_t cmd_read(void *opaque, uint16_t port, unsigned size) {
    struct ide_channel *c = opaque;
    unsigned r = (unsigned)(port - c->cmd_port);
    if (r == 0) {
        uint32_t lo = data_in(c);
        return size == 4 ? lo | (uint32_t)data_in(c) << 16 : lo;
    }
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint32_t)reg_read(c, r + i) << (8 * i);
    return v;
}

static void cmd_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    struct ide_channel *c = opaque;
    unsigned r = (unsigned)(port - c->cmd_port);
    if (r == 0) {
        data_out(c, (uint16_t)value);
        if (size == 4)
            data_out(c, (uint16_t)(value >> 16));
        return;
    }
    for (unsigned i = 0; i < size; i++)
        reg_write(c, r + i, (uint8_t)(value >> (8 * i)));
}

static uint32_t ctl_read(void *opaque, uint16_t port, unsigned size) {
    struct ide_channel *c = opaque;
    (void)port;
    (void)size;
    if (channel_empty(c) || selected(c)->kind == DRIVE_NONE)
        return 0;
    return selected(c)->status; /* alternate status: no acknowledge */
}

/* SRST holds both drives in reset while set; releasing it starts their reset,
 * after which they show their signatures with device 0 selected. */
static void ctl_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    struct ide_channel *c = opaque;
    uint8_t old = c->ctl, v = (uint8_t)value;
    (void)port;
    (void)size;
    c->ctl = v;
    if ((v ^ old) & CTL_SRST)
        for (int u = 0; u < 2; u++) {
            struct ide_drive *d = &c->drive[u];
            if (d->kind == DRIVE_NONE)
                continue;
            ide_cancel(d);
            d->irq_pending = 0;
            d->select = 0;
            if (v & CTL_SRST)
                d->status = ST_BSY;
            else
                ide_schedule(d, srst_done);
        }
    if ((v ^ old) & CTL_SRST)
        c->cur = 0;
    ide_update_irq(c);
}

static void power_on(struct ide_drive *d) {
    ide_cancel(d);
    d->irq_pending = 0;
    d->feature = d->nsect = d->lbal = d->lbam = d->lbah = d->select = 0;
    d->hob_feature = d->hob_nsect = d->hob_lbal = d->hob_lbam = d->hob_lbah = 0;
    diag_state(d);
    if (d->kind == DRIVE_DISK)
        ata_power_on(d);
    else if (d->kind == DRIVE_CDROM)
        atapi_power_on(d);
}

void ide_reset(ide *d) {
    for (int i = 0; i < 2; i++) {
        struct ide_channel *c = &d->ch[i];
        c->ctl = 0;
        c->cur = 0;
        for (int u = 0; u < 2; u++)
            power_on(&c->drive[u]);
        bm_reset(c);
        ide_update_irq(c);
    }
    if (d->pci)
        bm_pci_reset(d);
}

static void unregister(ide *d) {
    for (int i = 0; i < 2; i++) {
        if (d->ch[i].claimed & 1)
            io_unregister(d->io, d->ch[i].cmd_port, 8);
        if (d->ch[i].claimed & 2)
            io_unregister(d->io, d->ch[i].ctl_port, 1);
        d->ch[i].claimed = 0;
    }
    if (d->bm_base)
        io_unregister(d->io, d->bm_base, 16);
    d->bm_base = 0;
}

ide *ide_create(iobus *io, sched *s, memory *mem, irq_line irq14, irq_line irq15,
                const char **err) {
    ide *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for the IDE controller";
        return NULL;
    }
    d->io = io;
    d->s = s;
    d->mem = mem;
    for (int i = 0; i < 2; i++) {
        struct ide_channel *c = &d->ch[i];
        c->ide = d;
        c->index = i;
        c->cmd_port = i ? IDE_SECONDARY_PORT : IDE_PRIMARY_PORT;
        c->ctl_port = i ? IDE_SECONDARY_CTL : IDE_PRIMARY_CTL;
        c->irq = i ? irq15 : irq14;
        for (int u = 0; u < 2; u++) {
            struct ide_drive *dr = &c->drive[u];
            dr->ch = c;
            dr->unit = u;
            dr->timer = sched_timer_new(s, timer_fired, dr, timer_names[i][u]);
            if (dr->timer < 0) {
                *err = "no scheduler timer left for the IDE controller";
                goto fail;
            }
        }
    }
    for (int i = 0; i < 2; i++) {
        struct ide_channel *c = &d->ch[i];
        const char *name = i ? "ide1" : "ide0";
        if (io_register(io, c->cmd_port, 8, IO_W8 | IO_W16 | IO_W32, cmd_read, cmd_write, c, name,
                        err) < 0)
            goto fail;
        c->claimed |= 1;
        if (io_register(io, c->ctl_port, 1, IO_W8, ctl_read, ctl_write, c, name, err) < 0)
            goto fail;
        c->claimed |= 2;
    }
    ide_reset(d);
    return d;
fail:
    unregister(d);
    free(d);
    return NULL;
}

void ide_destroy(ide *d) {
    if (!d)
        return;
    unregister(d);
    for (int i = 0; i < 2; i++)
        for (int u = 0; u < 2; u++) {
            if (d->ch[i].drive[u].timer >= 0)
                sched_timer_disarm(d->s, d->ch[i].drive[u].timer);
            free(d->ch[i].drive[u].buf);
        }
    free(d);
}

/* The drive slot for an attach call, or NULL with *err set. */
static struct ide_drive *slot(ide *d, int channel, int slave, const char **err) {
    if (channel < 0 || channel > 1 || slave < 0 || slave > 1) {
        *err = "IDE channel must be 0 or 1 and the drive master (0) or slave (1)";
        return NULL;
    }
    return &d->ch[channel].drive[slave];
}

static int attach(ide *d, int channel, int slave, enum drive_kind kind, blockdev *blk,
                  const char **err) {
    struct ide_drive *dr = slot(d, channel, slave, err);
    if (!dr)
        return -1;
    if (dr->kind != DRIVE_NONE) {
        *err = "an IDE drive is already attached there";
        return -1;
    }
    if (!(dr->buf = calloc(1, IDE_BUF_SIZE))) {
        *err = "out of memory for an IDE drive buffer";
        return -1;
    }
    dr->kind = kind;
    dr->blk = blk;
    snprintf(dr->serial, sizeof dr->serial, "TW86-%d%d-%s", channel, slave,
             kind == DRIVE_DISK ? "HD" : "CD");
    snprintf(dr->firmware, sizeof dr->firmware, "%s", "0.1");
    snprintf(dr->model, sizeof dr->model, "%s",
             kind == DRIVE_DISK ? "twin86 HARDDISK" : "twin86 DVD-ROM");
    power_on(dr);
    return 0;
}

int ide_attach_disk(ide *d, int channel, int slave, blockdev *blk, const char **err) {
    if (!blk || blk_size(blk) < IDE_SECTOR) {
        *err = "an IDE disk needs an image of at least one 512-byte sector";
        return -1;
    }
    if (attach(d, channel, slave, DRIVE_DISK, blk, err) < 0)
        return -1;
    struct ide_drive *dr = &d->ch[channel].drive[slave];
    dr->sectors = blk_size(blk) / IDE_SECTOR;
    ata_geometry(dr, 0, 0, 0);
    return 0;
}

int ide_set_geometry(ide *d, int channel, int slave, unsigned cyls, unsigned heads, unsigned secs,
                     const char **err) {
    struct ide_drive *dr = slot(d, channel, slave, err);
    if (!dr)
        return -1;
    if (dr->kind != DRIVE_DISK) {
        *err = "no IDE hard disk there to set the geometry of";
        return -1;
    }
    if (cyls < 1 || cyls > 65535 || heads < 1 || heads > 16 || secs < 1 || secs > 255) {
        *err = "IDE geometry must be 1-65535 cylinders, 1-16 heads, 1-255 sectors";
        return -1;
    }
    ata_geometry(dr, cyls, heads, secs);
    return 0;
}

int ide_attach_cdrom(ide *d, int channel, int slave, blockdev *blk, const char **err) {
    return attach(d, channel, slave, DRIVE_CDROM, blk, err);
}

int ide_cdrom_change(ide *d, int channel, int slave, blockdev *blk, const char **err) {
    struct ide_drive *dr = slot(d, channel, slave, err);
    if (!dr)
        return -1;
    if (dr->kind != DRIVE_CDROM) {
        *err = "no IDE CD-ROM drive there";
        return -1;
    }
    dr->blk = blk;
    dr->unit_attention = 1;
    dr->media_event = blk ? 2 : 3; /* new media / media removal */
    return 0;
}
