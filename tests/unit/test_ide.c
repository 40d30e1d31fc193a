/* Unit tests for the IDE controller (iodev/ide.c, ata.c, atapi.c,
 * busmaster.c) driven through its ports with virtual time stepped by hand:
 * signatures and device selection, IDENTIFY (DEVICE and PACKET DEVICE),
 * LBA28/LBA48/CHS PIO reads and writes checked against the image file,
 * multiple mode, bus-master DMA through PRD tables in guest memory, range
 * and write-protect errors, SRST, nIEN and interrupt timing, the power and
 * housekeeping commands, and the ATAPI CD-ROM's packet protocol with the
 * MMC commands a BIOS and an OS use. Images are temporary files opened with
 * the real blockdev. */
#define _DEFAULT_SOURCE /* mkstemp */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "iodev/ide.h"
#include "twin86/pci.h"

#define P 0x1F0 /* primary command block */
#define S 0x170
#define DISK_SECTORS 16384u      /* 8 MiB primary master */
#define CD_SECTORS 64u           /* primary slave */
#define BIG_SECTORS 419430400ull /* 200 GiB sparse secondary master */
#define BM 0xC000
#define ST_BSY 0x80
#define ST_DRDY 0x40
#define ST_DRQ 0x08
#define ST_ERR 0x01

struct irqs {
    int level[16], rises[16];
};

static void irq_set_cb(void *opaque, int n, int level) {
    struct irqs *q = opaque;
    if (level && !q->level[n])
        q->rises[n]++;
    q->level[n] = level;
}

struct rig {
    iobus *io;
    sched *s;
    memory *mem;
    pci_bus *bus;
    ide *ide;
    struct irqs irq;
    char disk_path[64], cd_path[64], big_path[64], ro_path[64];
    blockdev *disk, *cd, *big, *ro;
    uint64_t delay; /* the controller's latency in ticks */
};

static uint8_t pat(uint64_t off) { return (uint8_t)(off * 7 + (off >> 9) * 13 + (off >> 17)); }
static uint8_t cdpat(uint64_t off) { return (uint8_t)(pat(off) ^ 0x3C); }

/* A temporary image: filled by fn, or sparse when fn is NULL. */
static blockdev *image(char *path, uint64_t size, uint8_t (*fn)(uint64_t), enum blk_mode mode) {
    const char *err = NULL;
    strcpy(path, "/tmp/twin86-ide-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    if (fn) {
        static uint8_t chunk[65536];
        for (uint64_t off = 0; off < size; off += sizeof chunk) {
            for (size_t i = 0; i < sizeof chunk; i++)
                chunk[i] = fn(off + i);
            if (write(fd, chunk, sizeof chunk) != (ssize_t)sizeof chunk)
                break;
        }
    } else if (ftruncate(fd, (off_t)size) < 0) {
        close(fd);
        return NULL;
    }
    close(fd);
    blockdev *b = blk_open(path, mode, &err);
    if (!b)
        fprintf(stderr, "blk_open %s: %s\n", path, err);
    return b;
}

/* What the file holds, read behind the blockdev's back. */
static int file_bytes(const char *path, uint64_t off, void *buf, size_t len) {
    int fd = open(path, O_RDONLY);
    ssize_t n = fd < 0 ? -1 : pread(fd, buf, len, (off_t)off);
    if (fd >= 0)
        close(fd);
    return n == (ssize_t)len ? 0 : -1;
}

static inline uint8_t inb(struct rig *r, uint16_t p) { return (uint8_t)io_read(r->io, p, 1); }
static inline void outb(struct rig *r, uint16_t p, uint8_t v) { io_write(r->io, p, v, 1); }
static inline uint16_t ctl(uint16_t base) { return base == P ? 0x3F6 : 0x376; }
static inline uint8_t altstatus(struct rig *r, uint16_t base) { return inb(r, ctl(base)); }
static inline int irq_of(uint16_t base) { return base == P ? 14 : 15; }

/* Steps virtual time until BSY clears; returns the alternate status. */
static uint8_t settle(struct rig *r, uint16_t base) {
    uint8_t st = altstatus(r, base);
    for (int i = 0; i < 10000 && (st & ST_BSY); i++) {
        sched_advance(r->s, 50);
        st = altstatus(r, base);
    }
    return st;
}

static void cfg_write(struct rig *r, unsigned reg, uint32_t v, unsigned size) {
    io_write(r->io, 0xCF8, 0x80000000u | 1u << 11 | 1u << 8 | (reg & 0xFC), 4);
    io_write(r->io, (uint16_t)(0xCFC + (reg & 3)), v, size);
}

static int build(struct rig *r) {
    const char *err = NULL;
    memset(r, 0, sizeof *r);
    r->io = io_create();
    r->s = sched_create(SCHED_DEFAULT_IPS);
    r->mem = mem_create(1u << 20, &err);
    r->disk = image(r->disk_path, (uint64_t)DISK_SECTORS * 512, pat, BLK_READWRITE);
    r->cd = image(r->cd_path, (uint64_t)CD_SECTORS * 2048, cdpat, BLK_READONLY);
    r->big = image(r->big_path, BIG_SECTORS * 512, NULL, BLK_READWRITE);
    r->ro = image(r->ro_path, 64 * 512, pat, BLK_READONLY);
    if (!r->io || !r->s || !r->mem || !r->disk || !r->cd || !r->big || !r->ro)
        return -1;
    r->bus = pci_bus_create(r->io, &err);
    r->ide = ide_create(r->io, r->s, r->mem, (irq_line){irq_set_cb, &r->irq, 14},
                        (irq_line){irq_set_cb, &r->irq, 15}, &err);
    if (!r->bus || !r->ide || ide_attach_disk(r->ide, 0, 0, r->disk, &err) < 0 ||
        ide_attach_cdrom(r->ide, 0, 1, r->cd, &err) < 0 ||
        ide_attach_disk(r->ide, 1, 0, r->big, &err) < 0 ||
        ide_attach_pci(r->ide, r->bus, 1, 1, &err) < 0) {
        fprintf(stderr, "build: %s\n", err);
        return -1;
    }
    CHECK(ide_attach_disk(r->ide, 0, 0, r->disk, &err) < 0 && err); /* taken */
    CHECK(ide_attach_disk(r->ide, 2, 0, r->disk, &err) < 0);
    cfg_write(r, 0x20, BM, 4);
    cfg_write(r, 0x04, 0x0005, 2); /* I/O decoding and bus mastering */
    r->delay = sched_ns_to_ticks(r->s, 10000);
    return 0;
}

static void destroy(struct rig *r) {
    ide_destroy(r->ide);
    pci_bus_destroy(r->bus);
    blk_close(r->disk);
    blk_close(r->cd);
    blk_close(r->big);
    blk_close(r->ro);
    unlink(r->disk_path);
    unlink(r->cd_path);
    unlink(r->big_path);
    unlink(r->ro_path);
    mem_destroy(r->mem);
    sched_destroy(r->s);
    io_destroy(r->io);
}

/* Loads the task file and writes the command (LBA addressing). */
static void issue(struct rig *r, uint16_t base, int dev, uint8_t cmd, uint64_t lba, uint32_t count,
                  int lba48) {
    outb(r, (uint16_t)(base + 6), (uint8_t)(0xE0 | dev << 4 | (lba48 ? 0 : (lba >> 24) & 15)));
    if (lba48) {
        outb(r, (uint16_t)(base + 2), (uint8_t)(count >> 8));
        outb(r, (uint16_t)(base + 3), (uint8_t)(lba >> 24));
        outb(r, (uint16_t)(base + 4), (uint8_t)(lba >> 32));
        outb(r, (uint16_t)(base + 5), (uint8_t)(lba >> 40));
    }
    outb(r, (uint16_t)(base + 2), (uint8_t)count);
    outb(r, (uint16_t)(base + 3), (uint8_t)lba);
    outb(r, (uint16_t)(base + 4), (uint8_t)(lba >> 8));
    outb(r, (uint16_t)(base + 5), (uint8_t)(lba >> 16));
    outb(r, (uint16_t)(base + 7), cmd);
}

/* A non-data command to completion; returns the status (acknowledged). */
static uint8_t simple(struct rig *r, uint16_t base, int dev, uint8_t cmd, uint8_t feature,
                      uint8_t count) {
    outb(r, (uint16_t)(base + 6), (uint8_t)(0xA0 | dev << 4));
    outb(r, (uint16_t)(base + 1), feature);
    outb(r, (uint16_t)(base + 2), count);
    outb(r, (uint16_t)(base + 7), cmd);
    settle(r, base);
    return inb(r, (uint16_t)(base + 7));
}

static void read_words(struct rig *r, uint16_t base, uint8_t *dst, unsigned bytes) {
    for (unsigned i = 0; i < bytes; i += 2) {
        uint16_t w = (uint16_t)io_read(r->io, base, 2);
        dst[i] = (uint8_t)w;
        dst[i + 1] = (uint8_t)(w >> 8);
    }
}

static int same_as(const uint8_t *buf, uint64_t off, size_t len, uint8_t (*fn)(uint64_t)) {
    for (size_t i = 0; i < len; i++)
        if (buf[i] != fn(off + i))
            return 0;
    return 1;
}

/* IDENTIFY (DEVICE or PACKET DEVICE) into 256 words. */
static uint8_t identify(struct rig *r, uint16_t base, int dev, uint8_t cmd, uint16_t *id) {
    uint8_t raw[512];
    outb(r, (uint16_t)(base + 6), (uint8_t)(0xA0 | dev << 4));
    outb(r, (uint16_t)(base + 7), cmd);
    uint8_t st = settle(r, base);
    if (!(st & ST_DRQ))
        return st;
    read_words(r, base, raw, 512);
    for (int i = 0; i < 256; i++)
        id[i] = (uint16_t)(raw[2 * i] | raw[2 * i + 1] << 8);
    return st;
}

static void test_signatures(struct rig *r) {
    /* Primary master: a disk, ready, with the ATA signature. */
    CHECK_EQ(inb(r, P + 7), 0x50);
    CHECK_EQ(inb(r, P + 1), 0x01);
    CHECK(inb(r, P + 2) == 1 && inb(r, P + 3) == 1 && inb(r, P + 4) == 0 && inb(r, P + 5) == 0);
    /* Primary slave: a packet device, status 0, signature 14h EBh. */
    outb(r, P + 6, 0xB0);
    CHECK_EQ(inb(r, P + 6), 0xB0);
    CHECK_EQ(inb(r, P + 7), 0x00);
    CHECK(inb(r, P + 4) == 0x14 && inb(r, P + 5) == 0xEB);
    /* Secondary slave is absent: device 0 answers status 0, registers keep
     * what was written (how a BIOS tells a device is there). */
    outb(r, S + 6, 0xB0);
    CHECK_EQ(inb(r, S + 7), 0x00);
    CHECK_EQ(inb(r, 0x376), 0x00);
    outb(r, S + 2, 0x55);
    outb(r, S + 3, 0xAA);
    CHECK(inb(r, S + 2) == 0x55 && inb(r, S + 3) == 0xAA);
    outb(r, S + 7, 0xEC); /* nobody runs it */
    CHECK_EQ(inb(r, S + 7), 0x00);
    outb(r, S + 6, 0xA0);
    CHECK_EQ(inb(r, S + 7), 0x50);
    CHECK_EQ(inb(r, S + 2), 0x55); /* the master latched the writes too */

    /* A controller with no drives reads 0 everywhere. */
    const char *err = NULL;
    iobus *io = io_create();
    ide *empty = io ? ide_create(io, r->s, r->mem, (irq_line){0}, (irq_line){0}, &err) : NULL;
    if (CHECK(empty)) {
        CHECK_EQ(io_read(io, P + 7, 1), 0);
        CHECK_EQ(io_read(io, 0x3F6, 1), 0);
        CHECK(ide_create(io, r->s, r->mem, (irq_line){0}, (irq_line){0}, &err) == NULL && err);
        ide_destroy(empty);
        CHECK(io_owner(io, P) == NULL); /* destroy gives the ports back */
    }
    io_destroy(io);
}

static void test_identify(struct rig *r) {
    uint16_t id[256];
    int rises = r->irq.rises[14];
    outb(r, P + 6, 0xA0);
    outb(r, P + 7, 0xEC);
    /* BSY at once, data only after the command latency. */
    CHECK_EQ(altstatus(r, P) & (ST_BSY | ST_DRQ), ST_BSY);
    sched_advance(r->s, r->delay - 1);
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK(!r->irq.level[14]);
    sched_advance(r->s, 1);
    CHECK_EQ(altstatus(r, P), 0x58);
    CHECK(r->irq.level[14] && r->irq.rises[14] == rises + 1);
    CHECK_EQ(inb(r, P + 7), 0x58);
    CHECK(!r->irq.level[14]); /* reading the status acknowledged it */
    uint8_t raw[512];
    read_words(r, P, raw, 512);
    for (int i = 0; i < 256; i++)
        id[i] = (uint16_t)(raw[2 * i] | raw[2 * i + 1] << 8);
    CHECK_EQ(inb(r, P + 7), 0x50);
    CHECK_EQ(io_read(r->io, P, 2), 0xFFFF); /* no more data */

    CHECK_EQ(id[0], 0x0040);
    CHECK(id[1] == 16 && id[3] == 16 && id[6] == 63); /* 16384 / (16 * 63) */
    CHECK_EQ(id[54] | id[55] << 8 | (uint32_t)id[56] << 16, 16 | 16 << 8 | 63u << 16);
    CHECK_EQ(id[57] | (uint32_t)id[58] << 16, 16 * 16 * 63);
    CHECK_EQ(id[60] | (uint32_t)id[61] << 16, DISK_SECTORS);
    CHECK_EQ(id[100] | (uint32_t)id[101] << 16, DISK_SECTORS);
    CHECK(id[102] == 0 && id[103] == 0);
    CHECK_EQ(id[27], 't' << 8 | 'w'); /* model: first character in the high byte */
    CHECK_EQ(id[28], 'i' << 8 | 'n');
    CHECK_EQ(id[46], ' ' << 8 | ' ');
    CHECK_EQ(id[47], 0x8010);
    CHECK(id[49] & (1 << 9) && id[49] & (1 << 8));   /* LBA, DMA */
    CHECK(id[83] & (1 << 10) && id[86] & (1 << 10)); /* 48-bit */
    CHECK(id[83] & (1 << 12));                       /* FLUSH CACHE */
    CHECK_EQ(id[59], 0x0100);                        /* multiple mode off */
    CHECK_EQ(id[63], 0x0407);                        /* MWDMA 0-2, 2 selected */
    CHECK_EQ(id[93], 0x403B);                        /* device 1 is present */
    CHECK(id[80] & (1 << 6));
    uint8_t sum = 0;
    for (int i = 0; i < 512; i++)
        sum = (uint8_t)(sum + raw[i]);
    CHECK(sum == 0 && raw[510] == 0xA5);

    /* The big disk: LBA28 capacity saturates, CHS at the 16383 limit. */
    CHECK(identify(r, S, 0, 0xEC, id) & ST_DRQ);
    CHECK(id[1] == 16383 && id[3] == 16 && id[6] == 63);
    CHECK_EQ(id[60] | (uint32_t)id[61] << 16, 0x0FFFFFFF);
    CHECK_EQ(id[100] | (uint32_t)id[101] << 16, (uint32_t)BIG_SECTORS);
    CHECK_EQ(id[93], 0x404B); /* device 0 answers for the absent device 1 */
    const char *err = NULL;
    CHECK(ide_set_geometry(r->ide, 1, 0, 1000, 15, 50, &err) == 0);
    CHECK(ide_set_geometry(r->ide, 1, 0, 1000, 17, 50, &err) < 0 && err);
    CHECK(ide_set_geometry(r->ide, 0, 1, 1000, 15, 50, &err) < 0); /* the CD-ROM */
    identify(r, S, 0, 0xEC, id);
    CHECK(id[1] == 1000 && id[3] == 15 && id[6] == 50);
    CHECK_EQ(id[57] | (uint32_t)id[58] << 16, 1000 * 15 * 50);
    inb(r, S + 7);
}

static void test_pio(struct rig *r) {
    uint8_t buf[2048];
    int rises = r->irq.rises[14];
    /* READ SECTORS, LBA 5, 2 sectors: a block, BSY, a block, no final IRQ. */
    issue(r, P, 0, 0x20, 5, 2, 0);
    CHECK_EQ(settle(r, P), 0x58);
    CHECK_EQ(inb(r, P + 7), 0x58);
    read_words(r, P, buf, 512);
    CHECK(same_as(buf, 5 * 512, 512, pat));
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK_EQ(settle(r, P), 0x58);
    CHECK_EQ(inb(r, P + 7), 0x58);
    for (int i = 0; i < 128; i++) { /* 32-bit PIO */
        uint32_t v = io_read(r->io, P, 4);
        memcpy(buf + 4 * i, &v, 4);
    }
    CHECK(same_as(buf, 6 * 512, 512, pat));
    CHECK_EQ(altstatus(r, P), 0x50);
    sched_advance(r->s, 10 * r->delay);
    CHECK_EQ(r->irq.rises[14], rises + 2);
    /* The task file holds the last sector transferred. */
    CHECK(inb(r, P + 3) == 6 && inb(r, P + 4) == 0 && inb(r, P + 2) == 0);
    CHECK_EQ(inb(r, P + 6), 0xE0);

    /* WRITE SECTORS, LBA 100, 3 sectors: DRQ at once, IRQ after each block. */
    rises = r->irq.rises[14];
    issue(r, P, 0, 0x30, 100, 3, 0);
    for (int blk = 0; blk < 3; blk++) {
        CHECK_EQ(altstatus(r, P), 0x58);
        for (int i = 0; i < 128; i++) {
            uint32_t v = 0;
            for (int k = 0; k < 4; k++)
                v |= (uint32_t)(uint8_t)(0xA5 ^ (blk * 512 + 4 * i + k)) << (8 * k);
            io_write(r->io, P, v, 4);
        }
        CHECK(altstatus(r, P) & ST_BSY);
        settle(r, P);
        CHECK_EQ(inb(r, P + 7), blk < 2 ? 0x58 : 0x50);
    }
    CHECK_EQ(r->irq.rises[14], rises + 3);
    CHECK_EQ(inb(r, P + 3), 102);
    uint8_t file[1536];
    CHECK(file_bytes(r->disk_path, 100 * 512, file, sizeof file) == 0);
    int ok = 1;
    for (int i = 0; i < 1536; i++)
        ok &= file[i] == (uint8_t)(0xA5 ^ i);
    CHECK(ok);
    CHECK(file_bytes(r->disk_path, 99 * 512, file, 512) == 0 && same_as(file, 99 * 512, 512, pat));
    CHECK(file_bytes(r->disk_path, 103 * 512, file, 512) == 0);
    CHECK(same_as(file, 103 * 512, 512, pat));
    /* And back through the drive. */
    issue(r, P, 0, 0x21, 101, 1, 0);
    settle(r, P);
    read_words(r, P, buf, 512);
    CHECK(buf[0] == (uint8_t)(0xA5 ^ 512) && buf[511] == (uint8_t)(0xA5 ^ 1023));
    inb(r, P + 7);
}

static void test_lba48(struct rig *r) {
    const uint64_t lba = 0x12345678; /* above LBA28's reach */
    uint8_t buf[1024], file[1024];
    for (int i = 0; i < 1024; i++)
        buf[i] = (uint8_t)(i * 3 + 1);
    issue(r, S, 0, 0x34, lba, 2, 1); /* WRITE SECTORS EXT */
    for (int blk = 0; blk < 2; blk++) {
        CHECK(settle(r, S) & ST_DRQ);
        for (int i = 0; i < 512; i += 2)
            io_write(r->io, S, buf[blk * 512 + i] | buf[blk * 512 + i + 1] << 8, 2);
        settle(r, S);
        inb(r, S + 7);
    }
    CHECK_EQ(altstatus(r, S), 0x50);
    CHECK(file_bytes(r->big_path, lba * 512, file, sizeof file) == 0);
    CHECK(memcmp(buf, file, sizeof buf) == 0);
    /* The last sector's address, low bytes then (HOB) high bytes. */
    CHECK(inb(r, S + 3) == 0x79 && inb(r, S + 4) == 0x56 && inb(r, S + 5) == 0x34);
    outb(r, 0x376, 0x80);
    CHECK(inb(r, S + 3) == 0x12 && inb(r, S + 4) == 0 && inb(r, S + 5) == 0);
    CHECK_EQ(inb(r, S + 2), 0); /* nothing left */
    outb(r, 0x376, 0x00);

    issue(r, S, 0, 0x24, lba + 1, 1, 1); /* READ SECTORS EXT */
    CHECK(settle(r, S) & ST_DRQ);
    read_words(r, S, file, 512);
    CHECK(memcmp(file, buf + 512, 512) == 0);
    inb(r, S + 7);
    /* A 28-bit command reaches only bits 27:0: sector 0x2345678, never written. */
    issue(r, S, 0, 0x20, lba, 1, 0);
    CHECK(settle(r, S) & ST_DRQ);
    CHECK_EQ(inb(r, S + 6), 0xE2);
    read_words(r, S, file, 512);
    CHECK(file[0] == 0 && file[511] == 0);
    inb(r, S + 7);
    /* Past the end of the 200 GiB image. */
    issue(r, S, 0, 0x24, BIG_SECTORS - 1, 2, 1);
    CHECK_EQ(settle(r, S), 0x51);
    CHECK_EQ(inb(r, S + 1), 0x10);
    inb(r, S + 7);
}

static void test_multiple(struct rig *r) {
    uint8_t buf[2048];
    uint16_t id[256];
    CHECK_EQ(simple(r, P, 0, 0xC4, 0, 1), 0x51); /* READ MULTIPLE before SET MULTIPLE */
    CHECK_EQ(inb(r, P + 1), 0x04);
    CHECK_EQ(simple(r, P, 0, 0xC6, 0, 3), 0x51); /* not a power of two */
    CHECK_EQ(simple(r, P, 0, 0xC6, 0, 32), 0x51);
    CHECK_EQ(simple(r, P, 0, 0xC6, 0, 4), 0x50);
    identify(r, P, 0, 0xEC, id);
    CHECK_EQ(id[59], 0x0104);

    /* READ MULTIPLE, 10 sectors: DRQ blocks of 4, 4 and 2 sectors. */
    int rises = r->irq.rises[14];
    issue(r, P, 0, 0xC4, 10, 10, 0);
    const unsigned blocks[3] = {4, 4, 2};
    uint64_t at = 10;
    for (int b = 0; b < 3; b++) {
        CHECK_EQ(settle(r, P), 0x58);
        inb(r, P + 7);
        for (unsigned s = 0; s < blocks[b]; s++, at++) {
            CHECK(altstatus(r, P) & ST_DRQ);
            read_words(r, P, buf, 512);
            CHECK(same_as(buf, at * 512, 512, pat));
        }
        CHECK(!(altstatus(r, P) & ST_DRQ));
    }
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(r->irq.rises[14], rises + 3);

    /* WRITE MULTIPLE, 5 sectors: blocks of 4 and 1. */
    issue(r, P, 0, 0xC5, 200, 5, 0);
    CHECK_EQ(altstatus(r, P), 0x58);
    for (int i = 0; i < 2048; i += 2)
        io_write(r->io, P, 0x4D4D, 2);
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK_EQ(settle(r, P), 0x58);
    for (int i = 0; i < 512; i += 2)
        io_write(r->io, P, 0x3131, 2);
    CHECK_EQ(settle(r, P), 0x50);
    inb(r, P + 7);
    CHECK(file_bytes(r->disk_path, 203 * 512, buf, 1024) == 0);
    CHECK(buf[511] == 0x4D && buf[512] == 0x31 && buf[1023] == 0x31);

    /* READ MULTIPLE EXT of fewer sectors than a block: one short block. */
    issue(r, P, 0, 0x29, 10, 3, 1);
    CHECK(settle(r, P) & ST_DRQ);
    read_words(r, P, buf, 1536 > sizeof buf ? sizeof buf : 1536);
    CHECK(same_as(buf, 10 * 512, 1536, pat));
    CHECK_EQ(altstatus(r, P), 0x50);
    inb(r, P + 7);
    CHECK_EQ(simple(r, P, 0, 0xC6, 0, 0), 0x50); /* off again */
}

/* A PRD table at 0x1000 with the given (address, bytes) regions. */
static void prd(struct rig *r, uint32_t table, const uint32_t *regions, int n) {
    for (int i = 0; i < n; i++) {
        mem_write(r->mem, table + 8 * i, regions[2 * i], 4);
        mem_write(r->mem, table + 8 * i + 4,
                  (regions[2 * i + 1] & 0xFFFF) | (i == n - 1 ? 0x80000000u : 0), 4);
    }
}

static void bm_setup(struct rig *r, uint16_t bm, uint32_t table, int to_memory) {
    io_write(r->io, (uint16_t)(bm + 4), table, 4);
    outb(r, bm, to_memory ? 0x08 : 0x00);
    outb(r, (uint16_t)(bm + 2), 0x06); /* clear interrupt and error */
}

static void test_dma(struct rig *r) {
    uint8_t buf[1536];
    /* READ DMA, 3 sectors into two regions, as SeaBIOS orders it. */
    const uint32_t two[] = {0x20000, 512, 0x30000, 1024};
    prd(r, 0x1000, two, 2);
    bm_setup(r, BM, 0x1000, 1);
    int rises = r->irq.rises[14];
    issue(r, P, 0, 0xC8, 50, 3, 0);
    outb(r, BM, 0x09);
    CHECK_EQ(inb(r, BM + 2), 0x01); /* active */
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK_EQ(mem_read(r->mem, 0x20000, 4), 0); /* nothing moved yet */
    sched_advance(r->s, r->delay);
    CHECK_EQ(inb(r, BM + 2), 0x04); /* interrupt, table used up: not active */
    CHECK_EQ(altstatus(r, P), 0x50);
    CHECK(r->irq.level[14] && r->irq.rises[14] == rises + 1);
    mem_read_block(r->mem, 0x20000, buf, 512);
    mem_read_block(r->mem, 0x30000, buf + 512, 1024);
    CHECK(same_as(buf, 50 * 512, 1536, pat));
    CHECK_EQ(mem_read(r->mem, 0x30000 + 1024, 4), 0);
    outb(r, BM, 0x08);
    inb(r, P + 7);
    outb(r, BM + 2, 0x04);
    CHECK_EQ(inb(r, BM + 2), 0x00);

    /* WRITE DMA from guest memory to the image. */
    for (int i = 0; i < 1024; i++)
        mem_write(r->mem, 0x40000 + i, (uint8_t)(i ^ 0x77), 1);
    const uint32_t one[] = {0x40000, 1024};
    prd(r, 0x1000, one, 1);
    bm_setup(r, BM, 0x1000, 0);
    issue(r, P, 0, 0xCA, 300, 2, 0);
    outb(r, BM, 0x01);
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(inb(r, BM + 2), 0x04);
    outb(r, BM, 0x00);
    inb(r, P + 7);
    CHECK(file_bytes(r->disk_path, 300 * 512, buf, 1024) == 0);
    CHECK(buf[0] == 0x77 && buf[1023] == (uint8_t)(1023 ^ 0x77));

    /* READ DMA EXT with a region larger than the transfer: stays active. */
    const uint32_t big[] = {0x50000, 0}; /* 0 = 64 KiB */
    prd(r, 0x1000, big, 1);
    bm_setup(r, BM, 0x1000, 1);
    outb(r, BM, 0x09); /* the engine may start first */
    issue(r, P, 0, 0x25, 60, 1, 1);
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(inb(r, BM + 2), 0x05);
    mem_read_block(r->mem, 0x50000, buf, 512);
    CHECK(same_as(buf, 60 * 512, 512, pat));
    outb(r, BM, 0x08);
    CHECK_EQ(inb(r, BM + 2), 0x04);
    inb(r, P + 7);

    /* Without bus mastering allowed nothing moves until it is. */
    cfg_write(r, 0x04, 0x0001, 2);
    prd(r, 0x1000, one, 1);
    bm_setup(r, BM, 0x1000, 1);
    issue(r, P, 0, 0xC8, 70, 2, 0);
    outb(r, BM, 0x09);
    sched_advance(r->s, 5 * r->delay);
    CHECK(altstatus(r, P) & ST_BSY);
    cfg_write(r, 0x04, 0x0005, 2);
    CHECK_EQ(settle(r, P), 0x50);
    mem_read_block(r->mem, 0x40000, buf, 1024);
    CHECK(same_as(buf, 70 * 512, 1024, pat));
    outb(r, BM, 0x08);
    inb(r, P + 7);

    /* A table too short for the transfer: the engine stops, no interrupt,
     * and the drive waits (a reset recovers it, see test_srst). */
    const uint32_t small[] = {0x60000, 512};
    prd(r, 0x1000, small, 1);
    bm_setup(r, BM, 0x1000, 1);
    rises = r->irq.rises[14];
    issue(r, P, 0, 0xC8, 80, 2, 0);
    outb(r, BM, 0x09);
    sched_advance(r->s, 5 * r->delay);
    CHECK_EQ(inb(r, BM + 2), 0x00);
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK_EQ(r->irq.rises[14], rises);
    outb(r, BM, 0x08);
}

/* SRST: both drives busy while it is set, then signatures, no interrupt. */
static void test_srst(struct rig *r) {
    int rises = r->irq.rises[14];
    outb(r, 0x3F6, 0x06); /* SRST, nIEN */
    CHECK(altstatus(r, P) & ST_BSY);
    sched_advance(r->s, 10 * r->delay);
    CHECK(altstatus(r, P) & ST_BSY); /* held while SRST is set */
    outb(r, 0x3F6, 0x02);
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(inb(r, P + 6), 0x00); /* device 0 selected */
    CHECK(inb(r, P + 1) == 0x01 && inb(r, P + 2) == 1 && inb(r, P + 3) == 1);
    CHECK(inb(r, P + 4) == 0 && inb(r, P + 5) == 0);
    outb(r, P + 6, 0xB0);
    CHECK_EQ(inb(r, P + 7), 0x00);
    CHECK(inb(r, P + 4) == 0x14 && inb(r, P + 5) == 0xEB);
    outb(r, 0x3F6, 0x00);
    CHECK_EQ(r->irq.rises[14], rises);
    /* The drive works again. */
    uint8_t buf[512];
    issue(r, P, 0, 0x20, 1, 1, 0);
    CHECK(settle(r, P) & ST_DRQ);
    read_words(r, P, buf, 512);
    CHECK(same_as(buf, 512, 512, pat));
    inb(r, P + 7);
}

static void test_nien(struct rig *r) {
    uint16_t id[256];
    outb(r, 0x3F6, 0x02);
    outb(r, P + 6, 0xA0);
    outb(r, P + 7, 0xEC);
    CHECK_EQ(settle(r, P), 0x58);
    CHECK(!r->irq.level[14]);
    outb(r, 0x3F6, 0x00); /* the pending interrupt shows once enabled */
    CHECK(r->irq.level[14]);
    outb(r, 0x3F6, 0x02);
    CHECK(!r->irq.level[14]);
    outb(r, 0x3F6, 0x00);
    CHECK(r->irq.level[14]);
    /* Only the selected drive drives INTRQ. */
    outb(r, P + 6, 0xB0); /* ignored: DRQ is set */
    CHECK(r->irq.level[14]);
    inb(r, P + 7);
    CHECK(!r->irq.level[14]);
    read_words(r, P, (uint8_t *)id, 512);
}

static void test_errors(struct rig *r) {
    uint8_t buf[512];
    /* A range running past the end: IDNF at the first missing sector. */
    issue(r, P, 0, 0x20, DISK_SECTORS - 1, 2, 0);
    CHECK_EQ(settle(r, P), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x10);
    CHECK(inb(r, P + 3) == 0x00 && inb(r, P + 4) == 0x40 && inb(r, P + 5) == 0x00);
    CHECK(r->irq.level[14]);
    inb(r, P + 7);
    issue(r, P, 0, 0x20, 20000, 1, 0);
    CHECK_EQ(settle(r, P), 0x51);
    CHECK(inb(r, P + 3) == (20000 & 0xFF) && inb(r, P + 4) == 20000 >> 8);
    inb(r, P + 7);
    /* Writes are refused before any data moves. */
    issue(r, P, 0, 0x30, DISK_SECTORS - 1, 2, 0);
    CHECK_EQ(altstatus(r, P) & ST_DRQ, 0);
    CHECK_EQ(settle(r, P), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x10);
    io_write(r->io, P, 0x1234, 2); /* no DRQ: dropped */
    inb(r, P + 7);
    CHECK(file_bytes(r->disk_path, (DISK_SECTORS - 1) * 512ull, buf, 512) == 0);
    CHECK(same_as(buf, (DISK_SECTORS - 1) * 512ull, 512, pat));
    issue(r, P, 0, 0xCA, DISK_SECTORS, 1, 0); /* DMA too */
    CHECK_EQ(settle(r, P), 0x51);
    inb(r, P + 7);
    /* CHS sector 0 does not exist. */
    outb(r, P + 6, 0xA0);
    outb(r, P + 2, 1);
    outb(r, P + 3, 0);
    outb(r, P + 4, 0);
    outb(r, P + 5, 0);
    outb(r, P + 7, 0x20);
    CHECK_EQ(settle(r, P), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x10);
    inb(r, P + 7);
    /* Unknown and packet-only commands abort. */
    CHECK_EQ(simple(r, P, 0, 0xFF, 0, 0), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x04);
    CHECK_EQ(simple(r, P, 0, 0x00, 0, 0), 0x51); /* NOP always aborts */
    CHECK_EQ(simple(r, P, 0, 0xA1, 0, 0), 0x51);
    CHECK_EQ(simple(r, P, 0, 0xA0, 0, 0), 0x51);
    /* A new command clears the error. */
    CHECK_EQ(simple(r, P, 0, 0xE7, 0, 0), 0x50);
    CHECK_EQ(inb(r, P + 1), 0x00);

    /* A read-only image on the secondary slave refuses writes with ABRT. */
    const char *err = NULL;
    CHECK(ide_attach_disk(r->ide, 1, 1, r->ro, &err) == 0);
    issue(r, S, 1, 0x30, 3, 1, 0);
    CHECK_EQ(altstatus(r, S) & ST_DRQ, 0);
    CHECK_EQ(settle(r, S), 0x51);
    CHECK_EQ(inb(r, S + 1), 0x04);
    inb(r, S + 7);
    issue(r, S, 1, 0xCA, 3, 1, 0);
    CHECK_EQ(settle(r, S), 0x51);
    inb(r, S + 7);
    issue(r, S, 1, 0x20, 3, 1, 0);
    CHECK_EQ(settle(r, S), 0x58);
    read_words(r, S, buf, 512);
    CHECK(same_as(buf, 3 * 512, 512, pat));
    CHECK_EQ(simple(r, S, 1, 0xE7, 0, 0), 0x50); /* nothing to flush */
    outb(r, S + 6, 0xA0);
}

static void test_housekeeping(struct rig *r) {
    uint16_t id[256];
    uint8_t buf[512];
    /* Transfer modes show in IDENTIFY; unsupported ones abort. */
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x03, 0x21), 0x50); /* MWDMA1 */
    identify(r, P, 0, 0xEC, id);
    CHECK(id[63] == 0x0207 && id[88] == 0x0007);
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x03, 0x42), 0x50); /* UDMA2 */
    identify(r, P, 0, 0xEC, id);
    CHECK(id[63] == 0x0007 && id[88] == 0x0407);
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x03, 0x47), 0x51);
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x03, 0x0D), 0x51); /* PIO 5 */
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x03, 0x0C), 0x50); /* PIO 4 */
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x99, 0), 0x51);
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x82, 0), 0x50); /* write cache off */
    identify(r, P, 0, 0xEC, id);
    CHECK(!(id[85] & 0x20) && (id[82] & 0x20));
    CHECK_EQ(simple(r, P, 0, 0xEF, 0x02, 0), 0x50);
    /* Power states. */
    CHECK_EQ(simple(r, P, 0, 0xE0, 0, 0), 0x50);
    CHECK_EQ(simple(r, P, 0, 0xE5, 0, 0x55), 0x50);
    CHECK_EQ(inb(r, P + 2), 0x00); /* standby */
    CHECK_EQ(simple(r, P, 0, 0xE1, 0, 0), 0x50);
    CHECK_EQ(simple(r, P, 0, 0xE5, 0, 0x55), 0x50);
    CHECK_EQ(inb(r, P + 2), 0xFF);               /* active or idle */
    CHECK_EQ(simple(r, P, 0, 0xEA, 0, 0), 0x50); /* FLUSH CACHE EXT */
    CHECK_EQ(simple(r, P, 0, 0x10, 0, 0), 0x50); /* RECALIBRATE */

    /* INITIALIZE DEVICE PARAMETERS: 8 heads, 32 sectors, then a CHS read. */
    CHECK_EQ(simple(r, P, 0, 0x91, 0, 32) & 0xF1, 0x50); /* heads from select: 1 */
    outb(r, P + 6, 0xA7);
    outb(r, P + 2, 32);
    outb(r, P + 7, 0x91);
    CHECK_EQ(settle(r, P), 0x50);
    inb(r, P + 7);
    identify(r, P, 0, 0xEC, id);
    CHECK(id[54] == DISK_SECTORS / (8 * 32) && id[55] == 8 && id[56] == 32);
    CHECK(id[1] == 16 && id[3] == 16 && id[6] == 63); /* defaults unchanged */
    outb(r, P + 6, 0xA2);                             /* CHS, head 2 */
    outb(r, P + 2, 1);
    outb(r, P + 3, 3); /* sector 3 */
    outb(r, P + 4, 1); /* cylinder 1 */
    outb(r, P + 5, 0);
    outb(r, P + 7, 0x20);
    CHECK(settle(r, P) & ST_DRQ);
    read_words(r, P, buf, 512);
    CHECK(same_as(buf, ((1 * 8 + 2) * 32 + 2) * 512ull, 512, pat));
    inb(r, P + 7);
    outb(r, P + 6, 0xAF); /* back to the default translation */
    outb(r, P + 2, 63);
    outb(r, P + 7, 0x91);
    settle(r, P);
    inb(r, P + 7);

    /* READ VERIFY: no data phase, the task file at the last sector. */
    issue(r, P, 0, 0x40, 7, 3, 0);
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(inb(r, P + 3), 9);
    inb(r, P + 7);
    /* SEEK in and out of range. */
    issue(r, P, 0, 0x70, 1000, 0, 0);
    CHECK_EQ(settle(r, P), 0x50);
    inb(r, P + 7);
    issue(r, P, 0, 0x70, DISK_SECTORS, 0, 0);
    CHECK_EQ(settle(r, P), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x10);
    inb(r, P + 7);

    /* EXECUTE DEVICE DIAGNOSTIC: both drives reset, device 0 interrupts. */
    int rises = r->irq.rises[14];
    outb(r, P + 6, 0xA0);
    outb(r, P + 7, 0x90);
    CHECK(altstatus(r, P) & ST_BSY);
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(r->irq.rises[14], rises + 1);
    CHECK(inb(r, P + 1) == 0x01 && inb(r, P + 2) == 1 && inb(r, P + 3) == 1);
    outb(r, P + 6, 0xB0);
    CHECK(inb(r, P + 1) == 0x01 && inb(r, P + 4) == 0x14 && inb(r, P + 5) == 0xEB);
    outb(r, P + 6, 0xA0);
    inb(r, P + 7);
}

/* ---- ATAPI (primary slave) ---- */

/* Sends a 12-byte packet; returns the status after the command phase. */
static uint8_t packet(struct rig *r, const uint8_t *cdb, uint16_t limit, int dma) {
    outb(r, P + 6, 0xB0);
    outb(r, P + 1, (uint8_t)dma);
    outb(r, P + 4, (uint8_t)limit);
    outb(r, P + 5, (uint8_t)(limit >> 8));
    outb(r, P + 7, 0xA0);
    /* The drive asks for the packet at once, without an interrupt. */
    CHECK_EQ(altstatus(r, P) & (ST_BSY | ST_DRQ), ST_DRQ);
    CHECK_EQ(inb(r, P + 2) & 3, 1); /* CoD: command */
    for (int i = 0; i < 12; i += 2)
        io_write(r->io, P, cdb[i] | cdb[i + 1] << 8, 2);
    CHECK(altstatus(r, P) & ST_BSY);
    return settle(r, P);
}

/* Runs a packet command with a PIO data-in phase; returns the bytes read
 * and leaves the final status in *st and the DRQ block sizes in sizes[]. */
static unsigned atapi_in(struct rig *r, const uint8_t *cdb, uint16_t limit, uint8_t *buf,
                         unsigned max, uint8_t *st, unsigned *sizes) {
    unsigned total = 0, blocks = 0;
    uint8_t s = packet(r, cdb, limit, 0);
    while ((s & (ST_DRQ | ST_BSY)) == ST_DRQ) {
        CHECK_EQ(inb(r, P + 2) & 3, 2); /* IO: data to the host */
        unsigned n = inb(r, P + 4) | inb(r, P + 5) << 8;
        inb(r, P + 7);
        if (sizes && blocks < 8)
            sizes[blocks] = n;
        blocks++;
        for (unsigned i = 0; i < n; i += 2) {
            uint16_t w = (uint16_t)io_read(r->io, P, 2);
            if (total + i + 1 < max) {
                buf[total + i] = (uint8_t)w;
                buf[total + i + 1] = (uint8_t)(w >> 8);
            }
        }
        total += n;
        s = settle(r, P);
    }
    CHECK_EQ(inb(r, P + 2) & 3, 3); /* status phase */
    *st = inb(r, P + 7);
    return total;
}

/* A command without data; returns the acknowledged status. */
static uint8_t atapi_nodata(struct rig *r, const uint8_t *cdb) {
    packet(r, cdb, 0, 0);
    CHECK_EQ(inb(r, P + 2) & 3, 3);
    return inb(r, P + 7);
}

static void sense(struct rig *r, uint8_t *key, uint8_t *asc) {
    const uint8_t cdb[12] = {0x03, 0, 0, 0, 18};
    uint8_t buf[18] = {0}, st;
    CHECK_EQ(atapi_in(r, cdb, 0xFFFE, buf, sizeof buf, &st, NULL), 18);
    CHECK(buf[0] == 0x70 && buf[7] == 10);
    *key = buf[2];
    *asc = buf[12];
}

static void test_atapi_basics(struct rig *r) {
    uint16_t id[256];
    uint8_t buf[64], st, key, asc;
    /* IDENTIFY DEVICE aborts and leaves the packet signature. */
    outb(r, P + 6, 0xB0);
    outb(r, P + 7, 0xEC);
    CHECK_EQ(settle(r, P) & ST_ERR, ST_ERR);
    CHECK(inb(r, P + 1) == 0x04 && inb(r, P + 4) == 0x14 && inb(r, P + 5) == 0xEB);
    inb(r, P + 7);
    CHECK(identify(r, P, 1, 0xA1, id) & ST_DRQ);
    inb(r, P + 7);
    CHECK_EQ(id[0], 0x85C0);
    CHECK_EQ(id[27], 't' << 8 | 'w');
    CHECK(id[49] & (1 << 8));
    CHECK_EQ(id[93], 0x4B00);

    /* INQUIRY: a removable CD/DVD device; data, then status with an IRQ. */
    const uint8_t inq[12] = {0x12, 0, 0, 0, 36};
    int rises = r->irq.rises[14];
    CHECK_EQ(atapi_in(r, inq, 0xFFFE, buf, sizeof buf, &st, NULL), 36);
    CHECK_EQ(st, 0x50);
    CHECK_EQ(r->irq.rises[14], rises + 2);
    CHECK(buf[0] == 0x05 && buf[1] == 0x80 && buf[3] == 0x21);
    CHECK(memcmp(buf + 8, "twin86", 6) == 0);
    const uint8_t inq_short[12] = {0x12, 0, 0, 0, 5}; /* allocation length cuts */
    CHECK_EQ(atapi_in(r, inq_short, 0xFFFE, buf, sizeof buf, &st, NULL), 5);
    const uint8_t vpd[12] = {0x12, 1, 0x80, 0, 36};
    atapi_in(r, vpd, 0xFFFE, buf, sizeof buf, &st, NULL);
    CHECK_EQ(st, 0x51);

    const uint8_t tur[12] = {0};
    CHECK_EQ(atapi_nodata(r, tur), 0x50);

    const uint8_t cap[12] = {0x25};
    CHECK_EQ(atapi_in(r, cap, 0xFFFE, buf, sizeof buf, &st, NULL), 8);
    CHECK(buf[0] == 0 && buf[1] == 0 && buf[2] == 0 && buf[3] == CD_SECTORS - 1);
    CHECK(buf[4] == 0 && buf[5] == 0 && buf[6] == 0x08 && buf[7] == 0);

    /* An unknown opcode: check condition, ILLEGAL REQUEST in the error
     * register's high nibble, then in the sense data, then cleared. */
    const uint8_t bogus[12] = {0xFF};
    CHECK_EQ(atapi_nodata(r, bogus), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x50);
    sense(r, &key, &asc);
    CHECK(key == 5 && asc == 0x20);
    sense(r, &key, &asc);
    CHECK(key == 0 && asc == 0);
}

static void test_atapi_read(struct rig *r) {
    static uint8_t buf[8192];
    uint8_t st, key, asc;
    unsigned sizes[8];
    const uint8_t rd1[12] = {0x28, 0, 0, 0, 0, 3, 0, 0, 1};
    CHECK_EQ(atapi_in(r, rd1, 0xFFFE, buf, sizeof buf, &st, sizes), 2048);
    CHECK(same_as(buf, 3 * 2048, 2048, cdpat));
    CHECK_EQ(st, 0x50);

    /* Byte count limit 2048: one DRQ block per sector. */
    const uint8_t rd2[12] = {0x28, 0, 0, 0, 0, 10, 0, 0, 2};
    int rises = r->irq.rises[14];
    CHECK_EQ(atapi_in(r, rd2, 2048, buf, sizeof buf, &st, sizes), 4096);
    CHECK(sizes[0] == 2048 && sizes[1] == 2048);
    CHECK_EQ(r->irq.rises[14], rises + 3);
    CHECK(same_as(buf, 10 * 2048, 4096, cdpat));
    /* A limit that splits sectors: 1000 + 1000 + 48 bytes. */
    const uint8_t rd3[12] = {0x28, 0, 0, 0, 0, 5, 0, 0, 1};
    CHECK_EQ(atapi_in(r, rd3, 1000, buf, sizeof buf, &st, sizes), 2048);
    CHECK(sizes[0] == 1000 && sizes[1] == 1000 && sizes[2] == 48);
    CHECK(same_as(buf, 5 * 2048, 2048, cdpat));

    /* READ(12) at the end of the disc, then one sector too far. */
    const uint8_t rd12[12] = {0xA8, 0, 0, 0, 0, CD_SECTORS - 2, 0, 0, 0, 2};
    CHECK_EQ(atapi_in(r, rd12, 0xFFFE, buf, sizeof buf, &st, NULL), 4096);
    CHECK(same_as(buf, (CD_SECTORS - 2) * 2048, 4096, cdpat));
    const uint8_t past[12] = {0x28, 0, 0, 0, 0, CD_SECTORS - 1, 0, 0, 2};
    CHECK_EQ(atapi_nodata(r, past), 0x51);
    sense(r, &key, &asc);
    CHECK(key == 5 && asc == 0x21);

    /* READ(10) by DMA into guest memory. */
    const uint32_t region[] = {0x70000, 4096};
    prd(r, 0x1000, region, 1);
    bm_setup(r, BM, 0x1000, 1);
    const uint8_t rdd[12] = {0x28, 0, 0, 0, 0, 20, 0, 0, 2};
    uint8_t s0 = packet(r, rdd, 0, 1);
    CHECK(s0 & ST_BSY); /* waiting for the bus master */
    outb(r, BM, 0x09);
    CHECK_EQ(settle(r, P), 0x50);
    CHECK_EQ(inb(r, BM + 2), 0x04);
    CHECK_EQ(inb(r, P + 2) & 3, 3);
    inb(r, P + 7);
    outb(r, BM, 0x08);
    mem_read_block(r->mem, 0x70000, buf, 4096);
    CHECK(same_as(buf, 20 * 2048, 4096, cdpat));
}

static void test_atapi_info(struct rig *r) {
    uint8_t buf[64], st, key, asc;
    /* TOC, LBA form: track 1 at 0, lead-out at the disc size. */
    const uint8_t toc[12] = {0x43, 0, 0, 0, 0, 0, 0, 0, 32};
    CHECK_EQ(atapi_in(r, toc, 0xFFFE, buf, sizeof buf, &st, NULL), 20);
    CHECK(buf[0] == 0 && buf[1] == 18 && buf[2] == 1 && buf[3] == 1);
    CHECK(buf[5] == 0x14 && buf[6] == 1 && buf[11] == 0);
    CHECK(buf[13] == 0x14 && buf[14] == 0xAA && buf[19] == CD_SECTORS);
    /* MSF form: 00:02:00 and, for the lead-out, LBA 64 + 150 = 00:02:64. */
    const uint8_t toc_msf[12] = {0x43, 2, 0, 0, 0, 0, 0, 0, 32};
    atapi_in(r, toc_msf, 0xFFFE, buf, sizeof buf, &st, NULL);
    CHECK(buf[9] == 0 && buf[10] == 2 && buf[11] == 0);
    CHECK(buf[17] == 0 && buf[18] == 2 && buf[19] == 64);
    /* Starting at the lead-out lists only it. */
    const uint8_t toc_aa[12] = {0x43, 0, 0, 0, 0, 0, 0xAA, 0, 32};
    CHECK_EQ(atapi_in(r, toc_aa, 0xFFFE, buf, sizeof buf, &st, NULL), 12);
    /* Session information. */
    const uint8_t sess[12] = {0x43, 0, 1, 0, 0, 0, 0, 0, 12};
    CHECK_EQ(atapi_in(r, sess, 0xFFFE, buf, sizeof buf, &st, NULL), 12);
    CHECK(buf[1] == 10 && buf[2] == 1 && buf[3] == 1 && buf[6] == 1);
    const uint8_t raw[12] = {0x43, 0, 2, 0, 0, 0, 0, 0, 32};
    CHECK_EQ(atapi_nodata(r, raw), 0x51);

    /* MODE SENSE(10): the capabilities page, all pages, an unknown page. */
    const uint8_t ms[12] = {0x5A, 0, 0x2A, 0, 0, 0, 0, 0, 64};
    CHECK_EQ(atapi_in(r, ms, 0xFFFE, buf, sizeof buf, &st, NULL), 28);
    CHECK(buf[1] == 26 && buf[8] == 0x2A && buf[9] == 18);
    const uint8_t all[12] = {0x5A, 0, 0x3F, 0, 0, 0, 0, 0, 64};
    CHECK_EQ(atapi_in(r, all, 0xFFFE, buf, sizeof buf, &st, NULL), 40);
    CHECK(buf[8] == 0x01 && buf[20] == 0x2A);
    const uint8_t bad[12] = {0x5A, 0, 0x05, 0, 0, 0, 0, 0, 64};
    CHECK_EQ(atapi_nodata(r, bad), 0x51);
    sense(r, &key, &asc);
    CHECK(key == 5 && asc == 0x24);

    /* GET CONFIGURATION: a CD-sized disc is the CD-ROM profile. */
    const uint8_t gc[12] = {0x46, 0, 0, 0, 0, 0, 0, 0, 64};
    unsigned n = atapi_in(r, gc, 0xFFFE, buf, sizeof buf, &st, NULL);
    CHECK(n >= 8 && buf[6] == 0x00 && buf[7] == 0x08);
    CHECK_EQ(((unsigned)buf[2] << 8 | buf[3]) + 4, n);
    /* Event status (polled): media class, disc present, no event. */
    const uint8_t gesn[12] = {0x4A, 1, 0, 0, 0x10, 0, 0, 0, 8};
    CHECK_EQ(atapi_in(r, gesn, 0xFFFE, buf, sizeof buf, &st, NULL), 8);
    CHECK(buf[2] == 4 && buf[4] == 0 && buf[5] == 0x02);
    const uint8_t async[12] = {0x4A, 0, 0, 0, 0x10, 0, 0, 0, 8};
    CHECK_EQ(atapi_nodata(r, async), 0x51);
    /* Disc information: one complete session. */
    const uint8_t di[12] = {0x51, 0, 0, 0, 0, 0, 0, 0, 34};
    CHECK_EQ(atapi_in(r, di, 0xFFFE, buf, sizeof buf, &st, NULL), 34);
    CHECK(buf[1] == 32 && buf[2] == 0x0E);
    const uint8_t lock[12] = {0x1E, 0, 0, 0, 1};
    CHECK_EQ(atapi_nodata(r, lock), 0x50);
    CHECK_EQ(atapi_in(r, ms, 0xFFFE, buf, sizeof buf, &st, NULL), 28);
    CHECK(buf[14] & 0x02); /* shows as locked */
}

static void test_atapi_media(struct rig *r) {
    const char *err = NULL;
    const uint8_t tur[12] = {0};
    uint8_t buf[16], st, key, asc;
    CHECK(ide_cdrom_change(r->ide, 0, 0, NULL, &err) < 0 && err); /* a disk */
    CHECK(ide_cdrom_change(r->ide, 0, 1, NULL, &err) == 0);
    CHECK_EQ(atapi_nodata(r, tur), 0x51); /* reported once */
    CHECK_EQ(inb(r, P + 1), 0x60);
    CHECK_EQ(atapi_nodata(r, tur), 0x51);
    CHECK_EQ(inb(r, P + 1), 0x20); /* NOT READY */
    sense(r, &key, &asc);
    CHECK(key == 2 && asc == 0x3A);
    const uint8_t gesn[12] = {0x4A, 1, 0, 0, 0x10, 0, 0, 0, 8};
    atapi_in(r, gesn, 0xFFFE, buf, sizeof buf, &st, NULL);
    CHECK(buf[4] == 3 && buf[5] == 0); /* media removal, nothing there */
    const uint8_t cap[12] = {0x25};
    CHECK_EQ(atapi_nodata(r, cap), 0x51);
    CHECK(ide_cdrom_change(r->ide, 0, 1, r->cd, &err) == 0);
    atapi_in(r, gesn, 0xFFFE, buf, sizeof buf, &st, NULL); /* does not eat the attention */
    CHECK(buf[4] == 2 && buf[5] == 2);
    CHECK_EQ(atapi_nodata(r, tur), 0x51);
    sense(r, &key, &asc);
    CHECK(key == 6 && asc == 0x28); /* UNIT ATTENTION, medium may have changed */
    CHECK_EQ(atapi_nodata(r, tur), 0x50);

    /* DEVICE RESET in the middle of a packet: signature, no interrupt. */
    int rises = r->irq.rises[14];
    outb(r, P + 6, 0xB0);
    outb(r, P + 7, 0xA0);
    CHECK(altstatus(r, P) & ST_DRQ);
    outb(r, P + 7, 0x08);
    CHECK_EQ(settle(r, P), 0x00);
    CHECK(inb(r, P + 4) == 0x14 && inb(r, P + 5) == 0xEB && inb(r, P + 1) == 0x01);
    CHECK_EQ(r->irq.rises[14], rises);
    CHECK_EQ(atapi_nodata(r, tur), 0x50);
    outb(r, P + 6, 0xA0);
}

int main(void) {
    struct rig r;
    if (!CHECK(build(&r) == 0))
        return check_done();
    test_signatures(&r);
    test_identify(&r);
    test_pio(&r);
    test_lba48(&r);
    test_multiple(&r);
    test_dma(&r);
    test_srst(&r);
    test_nien(&r);
    test_errors(&r);
    test_housekeeping(&r);
    test_atapi_basics(&r);
    test_atapi_read(&r);
    test_atapi_info(&r);
    test_atapi_media(&r);
    /* A hardware reset brings every drive back to its power-on state. */
    ide_reset(r.ide);
    CHECK_EQ(io_read(r.io, P + 7, 1), 0x50);
    CHECK(!r.irq.level[14] && !r.irq.level[15]);
    CHECK(io_owner(r.io, BM) == NULL); /* the PCI function is unconfigured again */
    destroy(&r);
    return check_done();
}
