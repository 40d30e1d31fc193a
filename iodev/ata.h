/* The ATA interface inside the IDE controller: channel and drive state and
 * the task-file protocol steps shared by the controller (ide.c), the hard
 * disk command set (ata.c), the ATAPI packet command set (atapi.c) and
 * bus-master DMA (busmaster.c). Not a public header: the machine uses ide.h.
 *
 * Every command runs the same way in virtual time: writing the command
 * register sets BSY and arms the drive's timer (ide_schedule); the step it
 * runs sets up a PIO block (ide_pio_start: DRQ), waits for the bus master
 * (ide_dma_request) or completes (ide_complete: status and INTRQ). When the
 * host has moved a whole PIO block, the block's end_xfer step continues. */
#ifndef TWIN86_ATA_H
#define TWIN86_ATA_H

#include <stdint.h>

#include "twin86/blockdev.h"
#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/memory.h"
#include "twin86/pci.h"
#include "twin86/sched.h"

/* Status register. */
enum { ST_ERR = 0x01, ST_DRQ = 0x08, ST_DSC = 0x10, ST_DF = 0x20, ST_DRDY = 0x40, ST_BSY = 0x80 };
/* Error register (ATA). */
enum { ER_AMNF = 0x01, ER_ABRT = 0x04, ER_IDNF = 0x10, ER_UNC = 0x40 };
/* Device control register. */
enum { CTL_NIEN = 0x02, CTL_SRST = 0x04, CTL_HOB = 0x80 };
/* Device register. */
enum { DEV_DEV = 0x10, DEV_LBA = 0x40 };
/* ATAPI interrupt reason (the sector count register). */
enum { IR_COD = 0x01, IR_IO = 0x02 };
/* Bus-master command and status registers. */
enum { BM_CMD_START = 0x01, BM_CMD_TO_MEMORY = 0x08 };
enum { BM_ST_ACTIVE = 0x01, BM_ST_ERROR = 0x02, BM_ST_INT = 0x04, BM_ST_CAPABLE = 0x60 };

#define IDE_SECTOR 512
#define ATAPI_SECTOR 2048
#define IDE_BUF_SIZE 0x10000 /* one PIO block (<= 0xFFFE ATAPI bytes) or DMA chunk */
#define IDE_MAX_MULT 16      /* READ/WRITE MULTIPLE block limit we report */
#define IDE_DELAY_NS 10000   /* command and block latency in virtual time */

enum drive_kind { DRIVE_NONE, DRIVE_DISK, DRIVE_CDROM };

struct ide_channel;
struct ide_drive;
typedef void (*ide_step_fn)(struct ide_drive *d);

struct ide_drive {
    struct ide_channel *ch;
    int unit; /* 0 master, 1 slave */
    enum drive_kind kind;
    blockdev *blk; /* not owned; NULL for an empty CD-ROM drive */

    /* Task file: the host's writes reach both drives; hob_* hold the values
     * written before the last one (LBA48), read back with CTL_HOB. */
    uint8_t feature, nsect, lbal, lbam, lbah, select;
    uint8_t hob_feature, hob_nsect, hob_lbal, hob_lbam, hob_lbah;
    uint8_t status, error;
    int irq_pending; /* this drive wants INTRQ (shown while selected, nIEN clear) */

    /* Hard disk geometry and settings. */
    uint64_t sectors;
    unsigned cyls, heads, secs;              /* default translation (IDENTIFY words 1, 3, 6) */
    unsigned cur_heads, cur_secs;            /* INITIALIZE DEVICE PARAMETERS */
    unsigned mult;                           /* READ/WRITE MULTIPLE block, 0 = disabled */
    uint8_t pio_mode, mwdma_mode, udma_mode; /* SET FEATURES 03; 0xFF = not selected */
    int wcache, standby;

    /* The command in progress. */
    uint8_t cmd;
    int lba48, writing;
    uint64_t lba;       /* next sector */
    uint32_t remaining; /* sectors still to move */
    uint32_t block;     /* sectors per DRQ block, or in the current one */

    /* PIO: the DRQ block is buf[buf_pos, buf_end); end_xfer runs once it is moved. */
    uint8_t *buf;
    uint32_t buf_pos, buf_end;
    int pio_out; /* the block goes from the host to the drive */
    ide_step_fn end_xfer;

    /* The delayed step (timer) and DMA waiting for the bus master. */
    int timer;
    ide_step_fn next;
    ide_step_fn dma_run;
    int dma_pending;

    /* ATAPI. */
    uint8_t packet[12];
    uint8_t sense_key, asc, ascq;
    int unit_attention, media_event, locked;
    int dma;             /* the PACKET command asked for DMA */
    uint32_t byte_limit; /* PIO byte count limit per DRQ block */
    uint32_t xfer_left;  /* data-in bytes still to send */
    uint64_t xfer_off;   /* next byte: into the image (xfer_disk) or reply[] */
    int xfer_disk;
    uint8_t reply[256];

    char model[41], serial[21], firmware[9];
};

/* PRD-table walk of a running bus-master transfer. */
struct prd_cursor {
    uint32_t next; /* guest address of the next entry */
    uint32_t addr; /* current region */
    uint32_t left;
    int eot; /* the current region is the table's last */
};

struct ide_channel {
    struct ide *ide;
    int index;
    uint16_t cmd_port, ctl_port;
    int claimed; /* bit 0: command block ports registered, bit 1: control port */
    irq_line irq;
    int irq_level;
    uint8_t ctl; /* device control register */
    int cur;     /* selected unit */
    struct ide_drive drive[2];
    /* Bus master (SFF-8038i). */
    uint8_t bm_cmd, bm_status;
    uint32_t bm_prd;
    struct prd_cursor prd;
};

struct ide {
    iobus *io;
    sched *s;
    memory *mem;
    struct ide_channel ch[2];
    pci_dev *pci;     /* the PIIX3 IDE function, when attached */
    uint16_t bm_base; /* where BAR4's bus-master block is registered, 0 if not */
};

/* ide.c: protocol steps. */
void ide_schedule(struct ide_drive *d, ide_step_fn fn);
void ide_cancel(struct ide_drive *d);
void ide_raise_irq(struct ide_drive *d);
void ide_update_irq(struct ide_channel *c);
/* A DRQ block of len bytes in buf, to the host (out 0) or from it (out 1). */
void ide_pio_start(struct ide_drive *d, uint32_t len, int out, ide_step_fn end);
void ide_complete(struct ide_drive *d); /* status from d->error, INTRQ */
void ide_abort(struct ide_drive *d);    /* ABRT after the command delay */
void ide_dma_request(struct ide_drive *d, ide_step_fn run);
void ide_set_signature(struct ide_drive *d);
/* The bus-master engine of a channel was started or stopped. */
void ide_bm_started(struct ide_channel *c);
void ide_bm_stopped(struct ide_channel *c);
void ide_put_string(uint16_t *words, unsigned first, unsigned nwords, const char *s);
uint8_t ide_ready_status(const struct ide_drive *d);

/* ata.c: hard disks. */
void ata_command(struct ide_drive *d, uint8_t cmd);
void ata_geometry(struct ide_drive *d, unsigned cyls, unsigned heads, unsigned secs);
int ata_set_features(struct ide_drive *d);
void ata_power_on(struct ide_drive *d);

/* atapi.c: CD-ROM drives. */
void atapi_command(struct ide_drive *d, uint8_t cmd);
void atapi_power_on(struct ide_drive *d);

/* busmaster.c: the bus-master registers and PRD-table copies. */
uint32_t bm_read(struct ide_channel *c, unsigned reg);
void bm_write(struct ide_channel *c, unsigned reg, uint8_t value);
int bm_running(const struct ide_channel *c);
/* Copies up to len bytes between buf and the PRD regions; returns the bytes
 * moved (fewer when the table ran out). */
uint32_t bm_move(struct ide_channel *c, uint8_t *buf, uint32_t len, int to_memory);
/* The device finished (done) or gave up on its transfer. */
void bm_end(struct ide_channel *c, int done);
void bm_reset(struct ide_channel *c);
void bm_pci_reset(struct ide *d);

#endif
