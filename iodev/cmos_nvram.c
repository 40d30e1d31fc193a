/* The CMOS RAM bytes BIOSes read for the machine's configuration (layout in
 * cmos.h). Only the public byte accessors are used. */
#include <string.h>

#include "cmos.h"

enum {
    NV_FLOPPY = 0x10,
    NV_DISK_TYPES = 0x12,
    NV_EQUIPMENT = 0x14,
    NV_BASE_MEM = 0x15,
    NV_EXT_MEM = 0x17,
    NV_DISK0_EXT = 0x19,
    NV_DISK0 = 0x1B,
    NV_DISK1 = 0x24,
    NV_BOOT_SEQ = 0x2D,
    NV_CHECKSUM = 0x2E,
    NV_EXT_MEM2 = 0x30,
    NV_MEM_16M = 0x34,
    NV_BOOT3 = 0x38,
    NV_TRANSLATION = 0x39,
    NV_BOOT12 = 0x3D,
    NV_MEM_4G = 0x5B,
    NV_CPUS = 0x5F
};

#define KIB 1024ull
#define MIB (1024ull * KIB)
#define GIB (1024ull * MIB)

static void set16(cmos *c, unsigned at, unsigned v) {
    cmos_set(c, at, v & 0xFF);
    cmos_set(c, at + 1, (v >> 8) & 0xFF);
}

static void update_bits(cmos *c, unsigned at, uint8_t mask, uint8_t bits) {
    cmos_set(c, at, (cmos_get(c, at) & ~mask) | (bits & mask));
}

static inline uint64_t cap(uint64_t v, uint64_t max) { return v > max ? max : v; }

void cmos_update_checksum(cmos *c) {
    unsigned sum = 0;
    for (unsigned i = NV_FLOPPY; i < NV_CHECKSUM; i++)
        sum += cmos_get(c, i);
    cmos_set(c, NV_CHECKSUM, (sum >> 8) & 0xFF);
    cmos_set(c, NV_CHECKSUM + 1, sum & 0xFF);
}

void cmos_set_memory_size(cmos *c, uint64_t ram_bytes) {
    uint64_t below_4g = cap(ram_bytes, 4 * GIB);
    uint64_t ext_kib = below_4g > MIB ? cap((below_4g - MIB) / KIB, 0xFFFF) : 0;
    uint64_t above_16m = below_4g > 16 * MIB ? cap((below_4g - 16 * MIB) >> 16, 0xFFFF) : 0;
    uint64_t above_4g = ram_bytes > 4 * GIB ? cap((ram_bytes - 4 * GIB) >> 16, 0xFFFFFF) : 0;
    set16(c, NV_BASE_MEM, 640);
    set16(c, NV_EXT_MEM, (unsigned)ext_kib);
    set16(c, NV_EXT_MEM2, (unsigned)ext_kib);
    set16(c, NV_MEM_16M, (unsigned)above_16m);
    set16(c, NV_MEM_4G, (unsigned)(above_4g & 0xFFFF));
    cmos_set(c, NV_MEM_4G + 2, (uint8_t)(above_4g >> 16));
    cmos_update_checksum(c);
}

void cmos_set_floppies(cmos *c, int type_a, int type_b) {
    cmos_set(c, NV_FLOPPY, (uint8_t)((type_a & 15) << 4 | (type_b & 15)));
    int n = (type_a != CMOS_FLOPPY_NONE) + (type_b != CMOS_FLOPPY_NONE);
    update_bits(c, NV_EQUIPMENT, 0xC1, n ? (uint8_t)((n - 1) << 6 | 1) : 0);
    cmos_update_checksum(c);
}

void cmos_set_fpu(cmos *c, int present) {
    update_bits(c, NV_EQUIPMENT, 0x02, present ? 0x02 : 0);
    cmos_update_checksum(c);
}

void cmos_set_hard_disk(cmos *c, int disk, unsigned cylinders, unsigned heads, unsigned sectors) {
    if (disk < 0 || disk > 1)
        return;
    unsigned base = disk ? NV_DISK1 : NV_DISK0;
    uint8_t nibble = disk ? 0x0F : 0xF0;
    if (!cylinders) {
        update_bits(c, NV_DISK_TYPES, nibble, 0);
        cmos_set(c, NV_DISK0_EXT + disk, 0);
        for (unsigned i = 0; i < 9; i++)
            cmos_set(c, base + i, 0);
    } else {
        update_bits(c, NV_DISK_TYPES, nibble, nibble); /* type 15: see the extended type */
        cmos_set(c, NV_DISK0_EXT + disk, 47);          /* user-defined parameters */
        set16(c, base, cylinders);
        cmos_set(c, base + 2, (uint8_t)heads);
        set16(c, base + 3, 0xFFFF);                     /* no write precompensation */
        cmos_set(c, base + 5, heads > 8 ? 0xC8 : 0xC0); /* control byte */
        set16(c, base + 6, cylinders);                  /* landing zone */
        cmos_set(c, base + 8, (uint8_t)sectors);
    }
    cmos_update_checksum(c);
}

void cmos_set_translation(cmos *c, int disk, int mode) {
    if (disk < 0 || disk > 7)
        return;
    unsigned shift = 2 * (disk % 4);
    update_bits(c, NV_TRANSLATION + disk / 4, (uint8_t)(3 << shift),
                (uint8_t)((mode & 3) << shift));
}

static int boot_device(char letter) {
    switch (letter) {
    case 'a':
        return CMOS_BOOT_FLOPPY;
    case 'c':
        return CMOS_BOOT_DISK;
    case 'd':
        return CMOS_BOOT_CDROM;
    case 'n':
        return CMOS_BOOT_NETWORK;
    default:
        return -1;
    }
}

int cmos_set_boot_order(cmos *c, const char *order, int check_floppy_signature, const char **err) {
    int dev[3] = {0, 0, 0};
    size_t n = strlen(order);
    if (n == 0 || n > 3) {
        *err = "boot order must name one to three devices";
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        dev[i] = boot_device(order[i]);
        if (dev[i] < 0) {
            *err = "boot devices are a (floppy), c (disk), d (CD-ROM) and n (network)";
            return -1;
        }
    }
    cmos_set(c, NV_BOOT12, (uint8_t)(dev[1] << 4 | dev[0]));
    cmos_set(c, NV_BOOT3, (uint8_t)(dev[2] << 4 | (check_floppy_signature ? 0 : 1)));
    update_bits(c, NV_BOOT_SEQ, 0x20, dev[0] == CMOS_BOOT_FLOPPY ? 0x20 : 0);
    cmos_update_checksum(c);
    return 0;
}

void cmos_set_cpu_count(cmos *c, unsigned cpus) {
    cmos_set(c, NV_CPUS, (uint8_t)(cpus ? cpus - 1 : 0));
}
