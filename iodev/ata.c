/* ATA hard disk command set on a blockdev: IDENTIFY DEVICE, CHS/LBA28/LBA48
 * reads and writes by PIO (one sector or a multiple block per DRQ) and DMA,
 * and the housekeeping commands. */
#include <string.h>

#include "ata.h"

enum {
    CMD_NOP = 0x00,
    CMD_RECALIBRATE = 0x10, /* 0x10-0x1F */
    CMD_READ = 0x20,
    CMD_READ_NORETRY = 0x21,
    CMD_READ_EXT = 0x24,
    CMD_READ_DMA_EXT = 0x25,
    CMD_READ_MULTIPLE_EXT = 0x29,
    CMD_WRITE = 0x30,
    CMD_WRITE_NORETRY = 0x31,
    CMD_WRITE_EXT = 0x34,
    CMD_WRITE_DMA_EXT = 0x35,
    CMD_WRITE_MULTIPLE_EXT = 0x39,
    CMD_VERIFY = 0x40,
    CMD_VERIFY_NORETRY = 0x41,
    CMD_VERIFY_EXT = 0x42,
    CMD_SEEK = 0x70, /* 0x70-0x7F */
    CMD_INIT_PARAMS = 0x91,
    CMD_READ_MULTIPLE = 0xC4,
    CMD_WRITE_MULTIPLE = 0xC5,
    CMD_SET_MULTIPLE = 0xC6,
    CMD_READ_DMA = 0xC8,
    CMD_READ_DMA_NORETRY = 0xC9,
    CMD_WRITE_DMA = 0xCA,
    CMD_WRITE_DMA_NORETRY = 0xCB,
    CMD_STANDBY_IMMEDIATE = 0xE0,
    CMD_IDLE_IMMEDIATE = 0xE1,
    CMD_STANDBY = 0xE2,
    CMD_IDLE = 0xE3,
    CMD_CHECK_POWER = 0xE5,
    CMD_SLEEP = 0xE6,
    CMD_FLUSH = 0xE7,
    CMD_FLUSH_EXT = 0xEA,
    CMD_IDENTIFY = 0xEC,
    CMD_SET_FEATURES = 0xEF,
};

/* How a read/write command moves its data. */
enum xfer { XF_PIO, XF_MULTIPLE, XF_DMA, XF_VERIFY };

#define LBA28_MAX 0x0FFFFFFFu

static inline uint32_t min32(uint64_t a, uint64_t b) { return (uint32_t)(a < b ? a : b); }

static unsigned cur_cyls(const struct ide_drive *d) {
    if (d->cur_heads == d->heads && d->cur_secs == d->secs)
        return d->cyls;
    return min32(d->sectors / (d->cur_heads * d->cur_secs), 65535);
}

void ata_geometry(struct ide_drive *d, unsigned cyls, unsigned heads, unsigned secs) {
    if (!cyls) { /* the usual translation: 16 heads, 63 sectors, up to 16383 cylinders */
        heads = 16;
        secs = 63;
        cyls = min32(d->sectors / (16 * 63), 16383);
        if (!cyls)
            cyls = 1;
    }
    d->cyls = cyls;
    d->heads = d->cur_heads = heads;
    d->secs = d->cur_secs = secs;
}

void ata_power_on(struct ide_drive *d) {
    d->mult = 0;
    d->cur_heads = d->heads;
    d->cur_secs = d->secs;
    d->pio_mode = 0;
    d->mwdma_mode = 2;
    d->udma_mode = 0xFF;
    d->wcache = 1;
    d->standby = 0;
}

/* Word 93, hardware reset results: device number by jumper, diagnostics
 * passed; device 0 reports whether device 1 answered (PDIAG-, DASP-) or
 * whether it answers for an absent device 1. */
static uint16_t reset_result(const struct ide_drive *d) {
    if (d->unit)
        return 0x4000 | 0x0B00;
    int slave = d->ch->drive[1].kind != DRIVE_NONE;
    return (uint16_t)(0x4000 | 0x000B | (slave ? 0x0030 : 0x0040));
}

static void identify_words(struct ide_drive *d, uint16_t *id) {
    unsigned cc = cur_cyls(d);
    uint32_t cap = cc * d->cur_heads * d->cur_secs;
    uint32_t lba28 = min32(d->sectors, LBA28_MAX);
    memset(id, 0, 512);
    id[0] = 0x0040; /* fixed device */
    id[1] = (uint16_t)d->cyls;
    id[3] = (uint16_t)d->heads;
    id[4] = (uint16_t)(IDE_SECTOR * d->secs);
    id[5] = IDE_SECTOR;
    id[6] = (uint16_t)d->secs;
    ide_put_string(id, 10, 10, d->serial);
    id[20] = 3;   /* dual-ported buffer with read caching */
    id[21] = 512; /* buffer size in sectors */
    id[22] = 4;   /* ECC bytes on READ/WRITE LONG */
    ide_put_string(id, 23, 4, d->firmware);
    ide_put_string(id, 27, 20, d->model);
    id[47] = 0x8000 | IDE_MAX_MULT;
    id[49] = 0x0B00; /* IORDY, LBA, DMA */
    id[50] = 0x4000;
    id[51] = 0x0200; /* PIO mode 2 timing (obsolete word) */
    id[52] = 0x0200;
    id[53] = 0x0007; /* words 54-58, 64-70 and 88 are valid */
    id[54] = (uint16_t)cc;
    id[55] = (uint16_t)d->cur_heads;
    id[56] = (uint16_t)d->cur_secs;
    id[57] = (uint16_t)cap;
    id[58] = (uint16_t)(cap >> 16);
    id[59] = (uint16_t)(0x0100 | d->mult);
    id[60] = (uint16_t)lba28;
    id[61] = (uint16_t)(lba28 >> 16);
    id[63] = (uint16_t)(0x0007 | (d->mwdma_mode <= 2 ? 0x100 << d->mwdma_mode : 0));
    id[64] = 0x0003; /* PIO modes 3 and 4 */
    id[65] = id[66] = id[67] = id[68] = 120;
    id[80] = 0x007E; /* ATA-1 to ATA-6 */
    id[82] = 0x4060; /* NOP, look-ahead, write cache */
    id[83] = 0x7400; /* FLUSH CACHE EXT, FLUSH CACHE, 48-bit addresses */
    id[84] = 0x4000;
    id[85] = (uint16_t)(0x4040 | (d->wcache ? 0x20 : 0));
    id[86] = 0x3400;
    id[87] = 0x4000;
    id[88] = (uint16_t)(0x0007 | (d->udma_mode <= 2 ? 0x100 << d->udma_mode : 0));
    id[93] = reset_result(d);
    for (int i = 0; i < 4; i++)
        id[100 + i] = (uint16_t)(d->sectors >> (16 * i));
}

/* Little-endian words into the PIO buffer, with word 255's checksum (all
 * 512 bytes sum to 0). */
static void store_identify(struct ide_drive *d, uint16_t *id) {
    uint8_t sum = 0xA5;
    for (int i = 0; i < 255; i++)
        sum = (uint8_t)(sum + (id[i] & 0xFF) + (id[i] >> 8));
    id[255] = (uint16_t)(0xA5 | (uint8_t)-sum << 8);
    for (int i = 0; i < 256; i++) {
        d->buf[2 * i] = (uint8_t)id[i];
        d->buf[2 * i + 1] = (uint8_t)(id[i] >> 8);
    }
}

static void pio_in_done(struct ide_drive *d) { d->status = ide_ready_status(d); }

static void identify_step(struct ide_drive *d) {
    uint16_t id[256];
    identify_words(d, id);
    store_identify(d, id);
    ide_pio_start(d, IDE_SECTOR, 0, pio_in_done);
    ide_raise_irq(d);
}

/* The task-file address of the command: LBA48, LBA28 or CHS (-1 if invalid). */
static int64_t decode_address(const struct ide_drive *d) {
    if (d->lba48)
        return (int64_t)((uint64_t)d->hob_lbah << 40 | (uint64_t)d->hob_lbam << 32 |
                         (uint64_t)d->hob_lbal << 24 | (uint64_t)d->lbah << 16 |
                         (uint64_t)d->lbam << 8 | d->lbal);
    if (d->select & DEV_LBA)
        return (int64_t)((uint32_t)(d->select & 15) << 24 | (uint32_t)d->lbah << 16 |
                         (uint32_t)d->lbam << 8 | d->lbal);
    unsigned cyl = d->lbam | d->lbah << 8, head = d->select & 15, sec = d->lbal;
    if (sec < 1 || sec > d->cur_secs || head >= d->cur_heads || cyl >= cur_cyls(d))
        return -1;
    return (int64_t)(((uint64_t)cyl * d->cur_heads + head) * d->cur_secs + sec - 1);
}

/* Reports a sector address back in the task file, in the command's form. */
static void set_address(struct ide_drive *d, uint64_t lba) {
    if (d->lba48) {
        d->lbal = (uint8_t)lba;
        d->lbam = (uint8_t)(lba >> 8);
        d->lbah = (uint8_t)(lba >> 16);
        d->hob_lbal = (uint8_t)(lba >> 24);
        d->hob_lbam = (uint8_t)(lba >> 32);
        d->hob_lbah = (uint8_t)(lba >> 40);
    } else if (d->select & DEV_LBA) {
        d->lbal = (uint8_t)lba;
        d->lbam = (uint8_t)(lba >> 8);
        d->lbah = (uint8_t)(lba >> 16);
        d->select = (uint8_t)((d->select & 0xF0) | ((lba >> 24) & 15));
    } else {
        unsigned per_cyl = d->cur_heads * d->cur_secs;
        uint32_t cyl = min32(lba / per_cyl, 65535);
        d->lbal = (uint8_t)(lba % d->cur_secs + 1);
        d->lbam = (uint8_t)cyl;
        d->lbah = (uint8_t)(cyl >> 8);
        d->select = (uint8_t)((d->select & 0xF0) | ((lba / d->cur_secs) % d->cur_heads));
    }
}

/* Decodes address and count; on a bad range reports IDNF with the first
 * sector in error and returns -1. */
static int rw_setup(struct ide_drive *d, int lba48) {
    d->lba48 = lba48;
    uint32_t count = lba48 ? (uint32_t)(d->nsect | d->hob_nsect << 8) : d->nsect;
    if (!count)
        count = lba48 ? 65536 : 256;
    int64_t lba = decode_address(d);
    if (lba < 0 || (uint64_t)lba >= d->sectors || count > d->sectors - (uint64_t)lba) {
        if (lba >= 0)
            set_address(d, (uint64_t)lba >= d->sectors ? (uint64_t)lba : d->sectors);
        d->error = ER_IDNF;
        return -1;
    }
    d->lba = (uint64_t)lba;
    d->remaining = count;
    d->standby = 0;
    return 0;
}

/* n sectors are done: the task file shows the last one and what is left. */
static void advance(struct ide_drive *d, uint32_t n) {
    d->lba += n;
    d->remaining -= n;
    set_address(d, d->lba - 1);
    d->nsect = (uint8_t)d->remaining;
    if (d->lba48)
        d->hob_nsect = (uint8_t)(d->remaining >> 8);
}

static inline uint32_t cur_block(const struct ide_drive *d) {
    return min32(d->remaining, d->block);
}

static void fail_at(struct ide_drive *d, uint8_t error) {
    set_address(d, d->lba);
    d->error = error;
    ide_complete(d);
}

static void read_block_done(struct ide_drive *d);

static void read_block(struct ide_drive *d) {
    uint32_t n = cur_block(d);
    if (blk_read(d->blk, d->lba * IDE_SECTOR, d->buf, (size_t)n * IDE_SECTOR) < 0) {
        fail_at(d, ER_UNC);
        return;
    }
    ide_pio_start(d, n * IDE_SECTOR, 0, read_block_done);
    ide_raise_irq(d);
}

/* No interrupt after the last block: the host has its data. */
static void read_block_done(struct ide_drive *d) {
    advance(d, cur_block(d));
    if (d->remaining)
        ide_schedule(d, read_block);
    else
        d->status = ide_ready_status(d);
}

static void write_block_done(struct ide_drive *d);

static void write_block(struct ide_drive *d) {
    uint32_t n = cur_block(d);
    if (blk_write(d->blk, d->lba * IDE_SECTOR, d->buf, (size_t)n * IDE_SECTOR) < 0) {
        fail_at(d, ER_ABRT);
        return;
    }
    advance(d, n);
    if (d->remaining) {
        ide_pio_start(d, cur_block(d) * IDE_SECTOR, 1, write_block_done);
        ide_raise_irq(d);
    } else {
        d->error = 0;
        ide_complete(d);
    }
}

static void write_block_done(struct ide_drive *d) { ide_schedule(d, write_block); }

/* The whole DMA transfer, a buffer at a time, once the bus master runs. */
static void dma_transfer(struct ide_drive *d) {
    struct ide_channel *c = d->ch;
    while (d->remaining) {
        uint32_t n = min32(d->remaining, IDE_BUF_SIZE / IDE_SECTOR), bytes = n * IDE_SECTOR;
        uint64_t off = d->lba * IDE_SECTOR;
        if (!d->writing && blk_read(d->blk, off, d->buf, bytes) < 0) {
            bm_end(c, 1);
            fail_at(d, ER_UNC);
            return;
        }
        if (bm_move(c, d->buf, bytes, !d->writing) < bytes) {
            bm_end(c, 0); /* the PRD table is too short: the drive waits for a reset */
            return;
        }
        if (d->writing && blk_write(d->blk, off, d->buf, bytes) < 0) {
            bm_end(c, 1);
            fail_at(d, ER_ABRT);
            return;
        }
        advance(d, n);
    }
    bm_end(c, 1);
    d->error = 0;
    ide_complete(d);
}

static void read_write(struct ide_drive *d, int lba48, int writing, enum xfer how) {
    if (how == XF_MULTIPLE && !d->mult) {
        ide_abort(d);
        return;
    }
    if (writing && blk_readonly(d->blk)) {
        ide_abort(d); /* write-protected image */
        return;
    }
    d->writing = writing;
    d->block = how == XF_MULTIPLE ? d->mult : 1;
    if (rw_setup(d, lba48) < 0) {
        ide_schedule(d, ide_complete);
        return;
    }
    switch (how) {
    case XF_VERIFY:
        advance(d, d->remaining);
        ide_schedule(d, ide_complete);
        break;
    case XF_DMA:
        ide_dma_request(d, dma_transfer);
        break;
    default:
        if (writing) /* the first block needs no interrupt */
            ide_pio_start(d, cur_block(d) * IDE_SECTOR, 1, write_block_done);
        else
            ide_schedule(d, read_block);
        break;
    }
}

int ata_set_features(struct ide_drive *d) {
    uint8_t m = d->nsect;
    switch (d->feature) {
    case 0x03: /* transfer mode from the sector count */
        switch (m >> 3) {
        case 0: /* PIO default mode */
            if (m > 1)
                return -1;
            d->pio_mode = 0;
            return 0;
        case 1:
            if ((m & 7) > 4)
                return -1;
            d->pio_mode = m & 7;
            return 0;
        case 4:
            if ((m & 7) > 2)
                return -1;
            d->mwdma_mode = m & 7;
            d->udma_mode = 0xFF;
            return 0;
        case 8:
            if ((m & 7) > 2)
                return -1;
            d->udma_mode = m & 7;
            d->mwdma_mode = 0xFF;
            return 0;
        default:
            return -1;
        }
    case 0x02:
    case 0x82:
        d->wcache = d->feature == 0x02;
        return 0;
    case 0x55: /* read look-ahead off/on, revert to defaults off/on: nothing to change */
    case 0xAA:
    case 0x66:
    case 0xCC:
        return 0;
    default:
        return -1;
    }
}

static void finish(struct ide_drive *d, int ok) {
    if (ok)
        ide_schedule(d, ide_complete);
    else
        ide_abort(d);
}

static void seek(struct ide_drive *d) {
    d->lba48 = 0;
    int64_t lba = decode_address(d);
    if (lba < 0 || (uint64_t)lba >= d->sectors)
        d->error = ER_IDNF;
    ide_schedule(d, ide_complete);
}

void ata_command(struct ide_drive *d, uint8_t cmd) {
    if ((cmd & 0xF0) == CMD_RECALIBRATE) {
        finish(d, 1);
        return;
    }
    if ((cmd & 0xF0) == CMD_SEEK) {
        seek(d);
        return;
    }
    switch (cmd) {
    case CMD_READ:
    case CMD_READ_NORETRY:
        read_write(d, 0, 0, XF_PIO);
        break;
    case CMD_READ_EXT:
        read_write(d, 1, 0, XF_PIO);
        break;
    case CMD_READ_MULTIPLE:
        read_write(d, 0, 0, XF_MULTIPLE);
        break;
    case CMD_READ_MULTIPLE_EXT:
        read_write(d, 1, 0, XF_MULTIPLE);
        break;
    case CMD_READ_DMA:
    case CMD_READ_DMA_NORETRY:
        read_write(d, 0, 0, XF_DMA);
        break;
    case CMD_READ_DMA_EXT:
        read_write(d, 1, 0, XF_DMA);
        break;
    case CMD_WRITE:
    case CMD_WRITE_NORETRY:
        read_write(d, 0, 1, XF_PIO);
        break;
    case CMD_WRITE_EXT:
        read_write(d, 1, 1, XF_PIO);
        break;
    case CMD_WRITE_MULTIPLE:
        read_write(d, 0, 1, XF_MULTIPLE);
        break;
    case CMD_WRITE_MULTIPLE_EXT:
        read_write(d, 1, 1, XF_MULTIPLE);
        break;
    case CMD_WRITE_DMA:
    case CMD_WRITE_DMA_NORETRY:
        read_write(d, 0, 1, XF_DMA);
        break;
    case CMD_WRITE_DMA_EXT:
        read_write(d, 1, 1, XF_DMA);
        break;
    case CMD_VERIFY:
    case CMD_VERIFY_NORETRY:
        read_write(d, 0, 0, XF_VERIFY);
        break;
    case CMD_VERIFY_EXT:
        read_write(d, 1, 0, XF_VERIFY);
        break;
    case CMD_IDENTIFY:
        ide_schedule(d, identify_step);
        break;
    case CMD_SET_MULTIPLE: /* 0 turns multiple mode off; blocks are powers of two */
        if (d->nsect > IDE_MAX_MULT || (d->nsect & (d->nsect - 1)))
            finish(d, 0);
        else {
            d->mult = d->nsect;
            finish(d, 1);
        }
        break;
    case CMD_INIT_PARAMS:
        if (!d->nsect)
            finish(d, 0);
        else {
            d->cur_heads = (d->select & 15) + 1u;
            d->cur_secs = d->nsect;
            finish(d, 1);
        }
        break;
    case CMD_SET_FEATURES:
        finish(d, ata_set_features(d) == 0);
        break;
    case CMD_FLUSH:
    case CMD_FLUSH_EXT:
        finish(d, blk_readonly(d->blk) || blk_flush(d->blk) == 0);
        break;
    case CMD_STANDBY_IMMEDIATE:
    case CMD_STANDBY:
    case CMD_SLEEP: /* no power to save: sleeping is standing by */
    case 0x94:
    case 0x96:
    case 0x99:
        d->standby = 1;
        finish(d, 1);
        break;
    case CMD_IDLE_IMMEDIATE:
    case CMD_IDLE:
    case 0x95:
    case 0x97:
        d->standby = 0;
        finish(d, 1);
        break;
    case CMD_CHECK_POWER:
    case 0x98:
        d->nsect = d->standby ? 0x00 : 0xFF;
        finish(d, 1);
        break;
    default: /* NOP, DEVICE RESET, PACKET, IDENTIFY PACKET DEVICE, the rest */
        finish(d, 0);
        break;
    }
}
