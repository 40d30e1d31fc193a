/* ATAPI CD-ROM drive: the ATA commands a packet device takes, the PACKET
 * protocol (12-byte command, data-in by PIO in blocks the byte count limit
 * allows, or by DMA), and the MMC commands a BIOS and an OS need to find and
 * read a disc. Data comes from the reply buffer or straight from the image. */
#include <string.h>

#include "ata.h"

enum {
    ATA_DEVICE_RESET = 0x08,
    ATA_PACKET = 0xA0,
    ATA_IDENTIFY_PACKET = 0xA1,
    ATA_STANDBY_IMMEDIATE = 0xE0,
    ATA_IDLE_IMMEDIATE = 0xE1,
    ATA_CHECK_POWER = 0xE5,
    ATA_SLEEP = 0xE6,
    ATA_FLUSH = 0xE7,
    ATA_IDENTIFY = 0xEC,
    ATA_SET_FEATURES = 0xEF,
};

enum {
    SCSI_TEST_UNIT_READY = 0x00,
    SCSI_REQUEST_SENSE = 0x03,
    SCSI_INQUIRY = 0x12,
    SCSI_START_STOP = 0x1B,
    SCSI_PREVENT_ALLOW = 0x1E,
    SCSI_READ_CAPACITY = 0x25,
    SCSI_READ_10 = 0x28,
    SCSI_SEEK_10 = 0x2B,
    SCSI_READ_TOC = 0x43,
    SCSI_GET_CONFIGURATION = 0x46,
    SCSI_GET_EVENT_STATUS = 0x4A,
    SCSI_READ_DISC_INFO = 0x51,
    SCSI_MODE_SENSE_10 = 0x5A,
    SCSI_READ_12 = 0xA8,
    SCSI_SET_CD_SPEED = 0xBB,
    SCSI_READ_CD = 0xBE,
};

enum { KEY_NO_SENSE = 0, KEY_NOT_READY = 2, KEY_ILLEGAL_REQUEST = 5, KEY_UNIT_ATTENTION = 6 };
enum {
    ASC_INVALID_OPCODE = 0x20,
    ASC_LBA_OUT_OF_RANGE = 0x21,
    ASC_INVALID_FIELD = 0x24,
    ASC_MEDIUM_CHANGED = 0x28,
    ASC_SAVING_NOT_SUPPORTED = 0x39,
    ASC_NO_MEDIUM = 0x3A,
};

#define CD_MAX_SECTORS 360000u /* 80 minutes: larger images are DVDs */
#define MSF_OFFSET 150         /* LBA 0 is 00:02:00 */

static inline uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline void put16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}
static inline void put32(uint8_t *p, uint32_t v) {
    put16(p, v >> 16);
    put16(p + 2, v);
}

static inline uint32_t disc_sectors(const struct ide_drive *d) {
    uint64_t n = d->blk ? blk_size(d->blk) / ATAPI_SECTOR : 0;
    return n > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)n;
}

static inline int is_dvd(const struct ide_drive *d) { return disc_sectors(d) > CD_MAX_SECTORS; }

void atapi_power_on(struct ide_drive *d) {
    d->sense_key = d->asc = d->ascq = 0;
    d->unit_attention = d->locked = 0;
    d->media_event = 0;
    d->pio_mode = 0;
    d->mwdma_mode = 2;
    d->udma_mode = 0xFF;
}

/* ---- completion ---- */

static void set_sense(struct ide_drive *d, uint8_t key, uint8_t asc, uint8_t ascq) {
    d->sense_key = key;
    d->asc = asc;
    d->ascq = ascq;
}

/* Command status: good, or check condition with the sense key in the error
 * register. Either way the interrupt reason says "status". */
static void finish(struct ide_drive *d) {
    d->nsect = IR_IO | IR_COD;
    d->error = (uint8_t)(d->sense_key << 4);
    ide_complete(d);
}

static void good(struct ide_drive *d) {
    set_sense(d, KEY_NO_SENSE, 0, 0);
    finish(d);
}

static void check(struct ide_drive *d, uint8_t key, uint8_t asc) {
    set_sense(d, key, asc, 0);
    finish(d);
}

/* ---- data-in ---- */

static void fill(struct ide_drive *d, uint8_t *dst, uint32_t n) {
    if (d->xfer_disk) {
        if (blk_read(d->blk, d->xfer_off, dst, n) < 0)
            memset(dst, 0, n); /* the range was checked; a host I/O error reads as zeros */
    } else
        memcpy(dst, d->reply + d->xfer_off, n);
    d->xfer_off += n;
}

static void pio_block(struct ide_drive *d);

static void pio_block_done(struct ide_drive *d) {
    if (d->xfer_left)
        ide_schedule(d, pio_block);
    else
        good(d);
}

/* One DRQ block: at most the byte count limit, its size in the byte count
 * registers, then an interrupt. */
static void pio_block(struct ide_drive *d) {
    uint32_t n = d->xfer_left < d->byte_limit ? d->xfer_left : d->byte_limit;
    fill(d, d->buf, n);
    if (n & 1)
        d->buf[n] = 0;
    d->xfer_left -= n;
    d->lbam = (uint8_t)n;
    d->lbah = (uint8_t)(n >> 8);
    d->nsect = IR_IO;
    ide_pio_start(d, (n + 1) & ~1u, 0, pio_block_done);
    ide_raise_irq(d);
}

static void dma_in(struct ide_drive *d) {
    struct ide_channel *c = d->ch;
    while (d->xfer_left) {
        uint32_t n = d->xfer_left < IDE_BUF_SIZE ? d->xfer_left : IDE_BUF_SIZE;
        fill(d, d->buf, n);
        if (bm_move(c, d->buf, n, 1) < n) {
            bm_end(c, 0); /* PRD table too short: the drive waits for a reset */
            return;
        }
        d->xfer_left -= n;
    }
    bm_end(c, 1);
    good(d);
}

static void send(struct ide_drive *d, uint32_t len) {
    d->xfer_left = len;
    if (!len)
        good(d);
    else if (d->dma)
        ide_dma_request(d, dma_in);
    else
        pio_block(d);
}

/* A reply built in d->reply, cut to the allocation length. */
static void reply(struct ide_drive *d, uint32_t len, uint32_t alloc) {
    d->xfer_disk = 0;
    d->xfer_off = 0;
    send(d, len < alloc ? len : alloc);
}

/* ---- MMC commands ---- */

static int need_medium(struct ide_drive *d) {
    if (d->blk)
        return 1;
    check(d, KEY_NOT_READY, ASC_NO_MEDIUM);
    return 0;
}

static void request_sense(struct ide_drive *d) {
    uint8_t *r = d->reply;
    memset(r, 0, 18);
    r[0] = 0x70; /* current error, fixed format */
    r[2] = d->sense_key;
    r[7] = 10;
    r[12] = d->asc;
    r[13] = d->ascq;
    if (d->unit_attention) {
        d->unit_attention = 0;
        r[2] = KEY_UNIT_ATTENTION;
        r[12] = ASC_MEDIUM_CHANGED;
        r[13] = 0;
    }
    set_sense(d, KEY_NO_SENSE, 0, 0); /* reported, so cleared */
    reply(d, 18, d->packet[4]);
}

static void inquiry(struct ide_drive *d) {
    uint8_t *r = d->reply;
    if (d->packet[1] & 1) { /* no vital product data pages */
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
        return;
    }
    memset(r, 0, 36);
    r[0] = 0x05; /* CD/DVD device */
    r[1] = 0x80; /* removable */
    r[3] = 0x21; /* ATAPI, response data format 1 */
    r[4] = 36 - 5;
    memcpy(r + 8, "twin86  ", 8);
    memcpy(r + 16, "DVD-ROM         ", 16);
    memcpy(r + 32, "0.1 ", 4);
    reply(d, 36, be16(d->packet + 3));
}

static void read_capacity(struct ide_drive *d) {
    if (!need_medium(d))
        return;
    put32(d->reply, disc_sectors(d) - 1);
    put32(d->reply + 4, ATAPI_SECTOR);
    reply(d, 8, 8);
}

static void read_sectors(struct ide_drive *d, uint32_t lba, uint32_t count) {
    if (!need_medium(d))
        return;
    uint32_t n = disc_sectors(d);
    if (lba >= n ? count != 0 : count > n - lba) {
        check(d, KEY_ILLEGAL_REQUEST, ASC_LBA_OUT_OF_RANGE);
        return;
    }
    d->xfer_disk = 1;
    d->xfer_off = (uint64_t)lba * ATAPI_SECTOR;
    send(d, count * ATAPI_SECTOR);
}

/* READ CD with only user data requested is a plain read. */
static void read_cd(struct ide_drive *d) {
    const uint8_t *p = d->packet;
    uint32_t count = (uint32_t)p[6] << 16 | be16(p + 7);
    if (p[9] != 0x10 && count) {
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
        return;
    }
    read_sectors(d, be32(p + 2), count);
}

static void lba_field(uint8_t *p, uint32_t lba, int msf) {
    if (!msf) {
        put32(p, lba);
        return;
    }
    lba += MSF_OFFSET;
    p[0] = 0;
    p[1] = (uint8_t)(lba / (75 * 60));
    p[2] = (uint8_t)(lba / 75 % 60);
    p[3] = (uint8_t)(lba % 75);
}

/* One data track (1) and the lead-out (0xAA); one session. */
static void read_toc(struct ide_drive *d) {
    const uint8_t *p = d->packet;
    uint8_t *r = d->reply;
    int msf = (p[1] & 2) != 0;
    unsigned format = p[2] & 15, track = p[6], len = 4;
    if (!need_medium(d))
        return;
    if (!format)
        format = p[9] >> 6; /* where older drivers put it */
    memset(r, 0, 32);
    r[2] = r[3] = 1;
    if (format == 0) {
        if (track > 1 && track != 0xAA) {
            check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
            return;
        }
        if (track <= 1) {
            r[len + 1] = 0x14; /* ADR 1, data track */
            r[len + 2] = 1;
            lba_field(r + len + 4, 0, msf);
            len += 8;
        }
        r[len + 1] = 0x14;
        r[len + 2] = 0xAA;
        lba_field(r + len + 4, disc_sectors(d), msf);
        len += 8;
    } else if (format == 1) {
        r[5] = 0x14;
        r[6] = 1; /* first track of the last session */
        lba_field(r + 8, 0, msf);
        len = 12;
    } else {
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
        return;
    }
    put16(r, len - 2);
    reply(d, len, be16(p + 7));
}

/* Mode pages: 01h read error recovery, 2Ah capabilities. Changeable values
 * are all zero (nothing can be changed). */
static unsigned mode_page(struct ide_drive *d, uint8_t *r, unsigned page, int changeable) {
    if (page == 0x01) {
        memset(r, 0, 12);
        r[0] = 0x01;
        r[1] = 10;
        if (!changeable)
            r[3] = 5; /* read retry count */
        return 12;
    }
    memset(r, 0, 20);
    r[0] = 0x2A;
    r[1] = 18;
    if (!changeable) {
        r[2] = 0x08;                             /* reads DVD-ROM */
        r[6] = (uint8_t)(0x29 | d->locked << 1); /* tray, eject, lock (and its state) */
        put16(r + 8, 5632);                      /* maximum read speed, kB/s (32x) */
        put16(r + 12, 512);                      /* buffer, KiB */
        put16(r + 14, 5632);
    }
    return 20;
}

static void mode_sense(struct ide_drive *d) {
    const uint8_t *p = d->packet;
    uint8_t *r = d->reply;
    unsigned pc = p[2] >> 6, page = p[2] & 0x3F, len = 8;
    if (pc == 3) {
        check(d, KEY_ILLEGAL_REQUEST, ASC_SAVING_NOT_SUPPORTED);
        return;
    }
    if (page != 0x01 && page != 0x2A && page != 0x3F) {
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
        return;
    }
    memset(r, 0, 8);
    r[2] = d->blk ? 0x01 : 0x70; /* 120 mm data disc / door closed, no disc */
    if (page != 0x2A)
        len += mode_page(d, r + len, 0x01, pc == 1);
    if (page != 0x01)
        len += mode_page(d, r + len, 0x2A, pc == 1);
    put16(r, len - 2);
    reply(d, len, be16(p + 7));
}

/* Features: 0000h profile list, 0001h core (ATAPI), 0003h removable medium. */
static void get_configuration(struct ide_drive *d) {
    const uint8_t *p = d->packet;
    uint8_t *r = d->reply;
    unsigned rt = p[1] & 3, start = be16(p + 2), len = 8;
    uint16_t profile = !d->blk ? 0 : is_dvd(d) ? 0x0010 : 0x0008;
    memset(r, 0, 64);
    put16(r + 6, profile);
    for (unsigned code = 0; code <= 3; code++) {
        if (code == 2 || (rt == 2 ? code != start : code < start))
            continue;
        uint8_t *f = r + len;
        put16(f, code);
        f[2] = 0x03; /* persistent, current */
        if (code == 0) {
            f[3] = 8;
            put16(f + 4, 0x0010);
            f[6] = profile == 0x0010;
            put16(f + 8, 0x0008);
            f[10] = profile == 0x0008;
        } else if (code == 1) {
            f[3] = 4;
            put32(f + 4, 2); /* ATAPI */
        } else {
            f[3] = 4;
            f[4] = 0x29; /* tray, eject, lock */
        }
        len += 4 + f[3];
    }
    put32(r, len - 4);
    reply(d, len, be16(p + 7));
}

/* Polled only; the media class reports a change once. */
static void event_status(struct ide_drive *d) {
    const uint8_t *p = d->packet;
    uint8_t *r = d->reply;
    if (!(p[1] & 1)) {
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
        return;
    }
    memset(r, 0, 8);
    r[3] = 0x10; /* supported classes: media */
    if (p[4] & 0x10) {
        put16(r, 6);
        r[2] = 4; /* media class */
        r[4] = (uint8_t)d->media_event;
        r[5] = d->blk ? 0x02 : 0x00;
        d->media_event = 0;
        reply(d, 8, be16(p + 7));
    } else {
        put16(r, 2);
        r[2] = 0x80; /* no event available */
        reply(d, 4, be16(p + 7));
    }
}

static void disc_info(struct ide_drive *d) {
    uint8_t *r = d->reply;
    if (!need_medium(d))
        return;
    if (d->packet[1] & 7) {
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_FIELD);
        return;
    }
    memset(r, 0, 34);
    put16(r, 32);
    r[2] = 0x0E; /* complete disc, last session complete */
    r[3] = r[4] = r[5] = r[6] = 1;
    put32(r + 16, 0xFFFFFFFFu);
    put32(r + 20, 0xFFFFFFFFu);
    reply(d, 34, be16(d->packet + 7));
}

/* Runs the 12-byte packet (after the packet delay). */
static void execute(struct ide_drive *d) {
    const uint8_t *p = d->packet;
    uint8_t op = p[0];
    /* A disc change is reported once, except to commands that ask about it. */
    if (d->unit_attention && op != SCSI_INQUIRY && op != SCSI_REQUEST_SENSE &&
        op != SCSI_GET_EVENT_STATUS && op != SCSI_GET_CONFIGURATION) {
        d->unit_attention = 0;
        check(d, KEY_UNIT_ATTENTION, ASC_MEDIUM_CHANGED);
        return;
    }
    switch (op) {
    case SCSI_TEST_UNIT_READY:
    case SCSI_SEEK_10:
        if (need_medium(d))
            good(d);
        break;
    case SCSI_REQUEST_SENSE:
        request_sense(d);
        break;
    case SCSI_INQUIRY:
        inquiry(d);
        break;
    case SCSI_START_STOP:
    case SCSI_SET_CD_SPEED:
        good(d);
        break;
    case SCSI_PREVENT_ALLOW:
        d->locked = p[4] & 1;
        good(d);
        break;
    case SCSI_READ_CAPACITY:
        read_capacity(d);
        break;
    case SCSI_READ_10:
        read_sectors(d, be32(p + 2), be16(p + 7));
        break;
    case SCSI_READ_12:
        read_sectors(d, be32(p + 2), be32(p + 6));
        break;
    case SCSI_READ_CD:
        read_cd(d);
        break;
    case SCSI_READ_TOC:
        read_toc(d);
        break;
    case SCSI_MODE_SENSE_10:
        mode_sense(d);
        break;
    case SCSI_GET_CONFIGURATION:
        get_configuration(d);
        break;
    case SCSI_GET_EVENT_STATUS:
        event_status(d);
        break;
    case SCSI_READ_DISC_INFO:
        disc_info(d);
        break;
    default:
        check(d, KEY_ILLEGAL_REQUEST, ASC_INVALID_OPCODE);
        break;
    }
}

static void packet_received(struct ide_drive *d) {
    memcpy(d->packet, d->buf, sizeof d->packet);
    ide_schedule(d, execute);
}

/* PACKET: the drive asks for the command bytes at once (DRQ, no interrupt). */
static void packet(struct ide_drive *d) {
    uint32_t limit = d->lbam | d->lbah << 8;
    d->dma = d->feature & 1;
    if (!limit || limit > 0xFFFE)
        limit = 0xFFFE;
    d->byte_limit = limit & ~1u;
    d->nsect = IR_COD;
    ide_pio_start(d, sizeof d->packet, 1, packet_received);
}

static void identify_step(struct ide_drive *d) {
    uint16_t id[256];
    memset(id, 0, sizeof id);
    id[0] = 0x85C0; /* ATAPI, CD-ROM, removable, DRQ within 50 us, 12-byte packets */
    ide_put_string(id, 10, 10, d->serial);
    ide_put_string(id, 23, 4, d->firmware);
    ide_put_string(id, 27, 20, d->model);
    id[49] = 0x0B00; /* IORDY, LBA, DMA */
    id[53] = 0x0006; /* words 64-70 and 88 are valid */
    id[63] = (uint16_t)(0x0007 | (d->mwdma_mode <= 2 ? 0x100 << d->mwdma_mode : 0));
    id[64] = 0x0003;
    id[65] = id[66] = id[67] = id[68] = 120;
    id[80] = 0x0070; /* ATA/ATAPI-4 to -6 */
    id[82] = 0x4210; /* NOP, DEVICE RESET, PACKET */
    id[83] = id[84] = id[87] = 0x4000;
    id[85] = 0x4210;
    id[88] = (uint16_t)(0x0007 | (d->udma_mode <= 2 ? 0x100 << d->udma_mode : 0));
    id[93] = d->unit ? 0x4B00 : (d->ch->drive[1].kind != DRIVE_NONE ? 0x403B : 0x404B);
    for (int i = 0; i < 256; i++) {
        d->buf[2 * i] = (uint8_t)id[i];
        d->buf[2 * i + 1] = (uint8_t)(id[i] >> 8);
    }
    ide_pio_start(d, 512, 0, NULL);
    ide_raise_irq(d);
}

static void abort_with_signature(struct ide_drive *d) {
    ide_set_signature(d);
    d->error = ER_ABRT;
    ide_complete(d);
}

void atapi_command(struct ide_drive *d, uint8_t cmd) {
    switch (cmd) {
    case ATA_PACKET:
        packet(d);
        break;
    case ATA_IDENTIFY_PACKET:
        ide_schedule(d, identify_step);
        break;
    case ATA_DEVICE_RESET: /* no interrupt: the host polls BSY */
        ide_cancel(d);
        ide_set_signature(d);
        d->error = 0x01;
        d->status = 0;
        break;
    case ATA_IDENTIFY: /* tells the host a packet device is here */
        ide_schedule(d, abort_with_signature);
        break;
    case ATA_SET_FEATURES:
        if (ata_set_features(d) == 0)
            ide_schedule(d, ide_complete);
        else
            ide_abort(d);
        break;
    case ATA_CHECK_POWER:
        d->nsect = 0xFF;
        ide_schedule(d, ide_complete);
        break;
    case ATA_STANDBY_IMMEDIATE:
    case ATA_IDLE_IMMEDIATE:
    case ATA_SLEEP:
    case ATA_FLUSH:
        ide_schedule(d, ide_complete);
        break;
    default:
        ide_abort(d);
        break;
    }
}
