/* Unit tests for shadow RAM: memory/memory.c's mem_set_shadow in all four
 * read/write modes as seen by mem_read/mem_write/mem_page_ptr and the block
 * copies, the map generation, and the i440FX's PAM registers driving it
 * through PCI configuration cycles (the sequence SeaBIOS uses to shadow
 * itself), plus the host bridge's other registers. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "iodev/i440fx.h"
#include "twin86/memory.h"
#include "twin86/pci.h"

#define MIB (1u << 20)
#define BIOS_LEN (128u << 10)
#define OPTROM_LEN (8u << 10)

static uint8_t bios_byte(uint32_t i) { return (uint8_t)(i * 13 + (i >> 9) + 1); }
static uint8_t optrom_byte(uint32_t i) { return (uint8_t)(i ^ 0x5A); }

static memory *make(uint32_t size) {
    const char *err = NULL;
    memory *m = mem_create(size, &err);
    uint8_t *bios = malloc(BIOS_LEN), rom[OPTROM_LEN];
    if (!CHECK(m && bios))
        return m;
    for (uint32_t i = 0; i < BIOS_LEN; i++)
        bios[i] = bios_byte(i);
    for (uint32_t i = 0; i < OPTROM_LEN; i++)
        rom[i] = optrom_byte(i);
    CHECK(mem_load_bios(m, bios, BIOS_LEN, &err) == 0);
    CHECK(mem_load_option_rom(m, 0xC0000, rom, OPTROM_LEN, &err) == 0);
    free(bios);
    return m;
}

/* Byte i of the BIOS as seen at the low alias 0xE0000 + i. */
static uint32_t bios_dword(uint32_t addr) {
    uint32_t i = addr - 0xE0000, v = 0;
    for (unsigned k = 0; k < 4; k++)
        v |= (uint32_t)bios_byte(i + k) << (8 * k);
    return v;
}

static void test_arguments(memory *m) {
    CHECK(mem_set_shadow(m, 0xBF000, 0x1000, 1, 1) < 0); /* below the area */
    CHECK(mem_set_shadow(m, 0xFF000, 0x2000, 1, 1) < 0); /* past 1 MiB */
    CHECK(mem_set_shadow(m, 0xC0800, 0x1000, 1, 1) < 0); /* not page aligned */
    CHECK(mem_set_shadow(m, 0xC0000, 0x800, 1, 1) < 0);
    CHECK(mem_set_shadow(m, 0xC0000, 0, 1, 1) < 0);
}

/* Without a chipset: ROM pages read ROM and drop writes, others are RAM. */
static void test_default(memory *m) {
    CHECK_EQ(mem_read(m, 0xF0000, 4), bios_dword(0xF0000));
    mem_write(m, 0xF0000, 0, 4);
    CHECK_EQ(mem_read(m, 0xF0000, 4), bios_dword(0xF0000));
    CHECK_EQ(mem_read(m, 0xC0010, 1), optrom_byte(0x10));
    mem_write(m, 0xC8000, 0x12345678, 4);
    CHECK_EQ(mem_read(m, 0xC8000, 4), 0x12345678);
    CHECK(mem_page_ptr(m, 0xC8000, 1) != NULL);
    CHECK(mem_page_ptr(m, 0xF0000, 1) == NULL);
}

/* The four modes on one BIOS page, in the order a BIOS shadows itself. */
static void test_modes(memory *m) {
    const uint32_t a = 0xF1000;
    uint8_t *dirty = mem_dirty_table(m);
    uint32_t rom = bios_dword(a), gen = mem_map_generation(m);

    /* Mode 0: ROM read, writes dropped. */
    CHECK(mem_set_shadow(m, a, 0x1000, 0, 0) == 0);
    CHECK(mem_map_generation(m) != gen);
    gen = mem_map_generation(m);
    CHECK(mem_set_shadow(m, a, 0x1000, 0, 0) == 0);
    CHECK_EQ(mem_map_generation(m), gen); /* nothing changed */
    memset(dirty, 0, mem_dirty_pages(m));
    mem_write(m, a, 0xAABBCCDD, 4);
    CHECK_EQ(mem_read(m, a, 4), rom);
    CHECK(!dirty[a >> 12]);
    uint8_t *rp = mem_page_ptr(m, a, 0);
    CHECK(rp != NULL && mem_page_ptr(m, a, 1) == NULL);
    CHECK(rp && rp[0] == bios_byte(a - 0xE0000) && rp[5] == bios_byte(a + 5 - 0xE0000));

    /* Mode 2: ROM read, writes reach the RAM underneath. */
    CHECK(mem_set_shadow(m, a, 0x1000, 0, 1) == 0);
    CHECK(mem_map_generation(m) != gen);
    gen = mem_map_generation(m);
    mem_write(m, a, 0x11223344, 4);
    CHECK_EQ(mem_read(m, a, 4), rom);
    CHECK(dirty[a >> 12]);
    CHECK(mem_page_ptr(m, a, 1) == NULL); /* writes are redirected */
    CHECK(mem_page_ptr(m, a, 0) == rp);

    /* Mode 1: RAM read (the write above is there), writes dropped. */
    CHECK(mem_set_shadow(m, a, 0x1000, 1, 0) == 0);
    CHECK(mem_map_generation(m) != gen);
    gen = mem_map_generation(m);
    CHECK_EQ(mem_read(m, a, 4), 0x11223344);
    mem_write(m, a, 0x55667788, 4);
    CHECK_EQ(mem_read(m, a, 4), 0x11223344);
    uint8_t *ram = mem_page_ptr(m, a, 0);
    CHECK(ram != NULL && ram != rp && mem_page_ptr(m, a, 1) == NULL);
    CHECK(ram && ram[0] == 0x44 && ram[3] == 0x11);

    /* Mode 3: plain RAM, fast-path pointers for both. */
    CHECK(mem_set_shadow(m, a, 0x1000, 1, 1) == 0);
    CHECK(mem_map_generation(m) != gen);
    mem_write(m, a + 4, 0xCAFEF00D, 4);
    CHECK_EQ(mem_read(m, a + 4, 4), 0xCAFEF00D);
    CHECK(mem_page_ptr(m, a, 1) == ram && mem_page_ptr(m, a, 0) == ram);

    /* Back to ROM: the image never changed, and the top alias neither. */
    CHECK(mem_set_shadow(m, a, 0x1000, 0, 0) == 0);
    CHECK_EQ(mem_read(m, a, 4), rom);
    CHECK_EQ(mem_read(m, a + 0xFFF00000u, 4), rom);
    CHECK_EQ(mem_read(m, 0xFFF00000u + a + 4, 4), bios_dword(a + 4));
}

/* Pages with no ROM image read all ones unless they read RAM. */
static void test_no_rom(memory *m) {
    const uint32_t a = 0xD0000;
    CHECK(mem_set_shadow(m, a, 0x4000, 0, 0) == 0);
    CHECK_EQ(mem_read(m, a, 4), 0xFFFFFFFF);
    CHECK(mem_page_ptr(m, a, 0) == NULL && mem_page_ptr(m, a, 1) == NULL);
    CHECK(mem_set_shadow(m, a, 0x4000, 0, 1) == 0);
    mem_write(m, a + 0x3FFC, 0x0BADBEEF, 4);
    CHECK_EQ(mem_read(m, a + 0x3FFC, 4), 0xFFFFFFFF);
    CHECK(mem_set_shadow(m, a, 0x4000, 1, 0) == 0);
    CHECK_EQ(mem_read(m, a + 0x3FFC, 4), 0x0BADBEEF);

    /* An option ROM page shows the ROM, or the (empty) RAM under it. */
    CHECK(mem_set_shadow(m, 0xC0000, 0x4000, 1, 1) == 0);
    CHECK_EQ(mem_read(m, 0xC0010, 4), 0);
    CHECK(mem_set_shadow(m, 0xC0000, 0x4000, 0, 0) == 0);
    CHECK_EQ(mem_read(m, 0xC0010, 1), optrom_byte(0x10));
    /* Past the end of the 8 KiB ROM the page reads as an empty bus. */
    CHECK_EQ(mem_read(m, 0xC2000, 4), 0xFFFFFFFF);
}

/* An access straddling two pages in different modes is split per page. */
static void test_straddle(memory *m) {
    CHECK(mem_set_shadow(m, 0xE4000, 0x1000, 1, 1) == 0);
    CHECK(mem_set_shadow(m, 0xE5000, 0x1000, 0, 0) == 0);
    mem_write(m, 0xE4FFE, 0x99887766, 4);
    CHECK_EQ(mem_read(m, 0xE4FFE, 2), 0x7766);
    CHECK_EQ(mem_read(m, 0xE5000, 2), bios_dword(0xE5000) & 0xFFFF);
}

/* DMA and loader block copies go through the same choice; forced writes
 * patch what reads see. */
static void test_blocks(memory *m) {
    const uint32_t a = 0xF2000;
    uint8_t buf[8];
    CHECK(mem_set_shadow(m, a, 0x1000, 0, 1) == 0);
    mem_write_block(m, a, "shadowed", 8, 0);
    mem_read_block(m, a, buf, 8);
    CHECK(buf[0] == bios_byte(a - 0xE0000)); /* reads still the ROM */
    CHECK(mem_set_shadow(m, a, 0x1000, 1, 0) == 0);
    mem_read_block(m, a, buf, 8);
    CHECK(memcmp(buf, "shadowed", 8) == 0);
    mem_write_block(m, a, "dropped!", 8, 0);
    mem_read_block(m, a, buf, 8);
    CHECK(memcmp(buf, "shadowed", 8) == 0);
    mem_write_block(m, a, "forced!!", 8, 1); /* reading RAM: the RAM */
    mem_read_block(m, a, buf, 8);
    CHECK(memcmp(buf, "forced!!", 8) == 0);
    CHECK(mem_set_shadow(m, a, 0x1000, 0, 0) == 0);
    CHECK_EQ(mem_read(m, a, 1), bios_byte(a - 0xE0000));
    mem_write_block(m, a, "ROMPATCH", 8, 1); /* reading ROM: both aliases */
    mem_read_block(m, 0xFFF00000u + a, buf, 8);
    CHECK(memcmp(buf, "ROMPATCH", 8) == 0);
    mem_read_block(m, a, buf, 8);
    CHECK(memcmp(buf, "ROMPATCH", 8) == 0);
}

/* ---- the i440FX through configuration mechanism #1 ---- */

static uint32_t cfg_read(iobus *io, unsigned reg, unsigned size) {
    io_write(io, 0xCF8, 0x80000000u | (reg & 0xFC), 4);
    return io_read(io, (uint16_t)(0xCFC + (reg & 3)), size);
}

static void cfg_write(iobus *io, unsigned reg, uint32_t v, unsigned size) {
    io_write(io, 0xCF8, 0x80000000u | (reg & 0xFC), 4);
    io_write(io, (uint16_t)(0xCFC + (reg & 3)), v, size);
}

static void test_i440fx(void) {
    const char *err = NULL;
    memory *m = make(32 * MIB);
    iobus *io = io_create();
    pci_bus *bus = pci_bus_create(io, &err);
    i440fx *h = bus ? i440fx_create(bus, m, &err) : NULL;
    if (!CHECK(m && io && bus && h))
        return;
    CHECK(i440fx_create(bus, m, &err) == NULL && err); /* 00:00.0 is taken */
    CHECK_EQ(cfg_read(io, 0x00, 4), 0x12378086);
    CHECK_EQ(cfg_read(io, 0x08, 4), 0x06000002);
    CHECK_EQ(cfg_read(io, 0x04, 2), 0x0006);
    CHECK_EQ(cfg_read(io, 0x0E, 1), 0x00);       /* single function */
    CHECK_EQ(cfg_read(io, 0x58, 4), 0x00000010); /* DRAMT 10h, PAM0 0 */
    CHECK_EQ(cfg_read(io, 0x5C, 4), 0);
    CHECK_EQ(cfg_read(io, 0x60, 4), 0x04040404); /* 32 MiB in 8 MiB rows */

    /* Reset state: everything on the ROM side, empty segments float. */
    CHECK_EQ(mem_read(m, 0xF0000, 4), bios_dword(0xF0000));
    CHECK_EQ(mem_read(m, 0xC8000, 4), 0xFFFFFFFF);

    /* SeaBIOS: RAM read/write for 0xC0000-0xFFFFF, copy from the top alias. */
    uint32_t gen = mem_map_generation(m);
    cfg_write(io, 0x58, 0x33333010, 4); /* DRAMT kept, PAM0 30h, PAM1-2 33h */
    cfg_write(io, 0x5C, 0x33333333, 4);
    CHECK(mem_map_generation(m) != gen);
    CHECK_EQ(cfg_read(io, 0x59, 1), 0x30);
    CHECK_EQ(mem_read(m, 0xF0000, 4), 0); /* RAM, not yet filled */
    uint8_t *copy = malloc(0x10000);
    if (!CHECK(copy))
        return;
    mem_read_block(m, 0xFFFF0000u, copy, 0x10000);
    mem_write_block(m, 0xF0000, copy, 0x10000, 0);
    CHECK_EQ(mem_read(m, 0xFFFF0, 4), bios_dword(0xFFFF0));
    mem_write(m, 0xF8000, 0x5EAB1055, 4); /* BIOS data in its own segment */
    CHECK(mem_page_ptr(m, 0xF8000, 1) != NULL);
    /* Write-protect: reads stay on the RAM copy, writes are dropped. */
    cfg_write(io, 0x59, 0x10, 1);
    CHECK_EQ(mem_read(m, 0xF8000, 4), 0x5EAB1055);
    mem_write(m, 0xF8000, 0, 4);
    CHECK_EQ(mem_read(m, 0xF8000, 4), 0x5EAB1055);
    CHECK(mem_page_ptr(m, 0xF8000, 1) == NULL && mem_page_ptr(m, 0xF8000, 0) != NULL);
    CHECK_EQ(mem_read(m, 0xFFFF8000u, 4), bios_dword(0xF8000)); /* the flash is untouched */
    free(copy);

    /* Segment layout: PAM1's high nibble is 0xC4000-0xC7FFF, PAM6's 0xEC000. */
    cfg_write(io, 0x5A, 0x30, 1);
    CHECK_EQ(mem_read(m, 0xC0010, 1), optrom_byte(0x10)); /* low nibble 0: ROM */
    CHECK_EQ(mem_read(m, 0xC4000, 4), 0);                 /* RAM (set above) */
    cfg_write(io, 0x5F, 0x10, 1);
    CHECK_EQ(mem_read(m, 0xE8000, 4), bios_dword(0xE8000)); /* mode 0: ROM */
    mem_write(m, 0xEC000, 1, 4);
    CHECK_EQ(mem_read(m, 0xEC000, 4), 0); /* RAM, write-protected */

    /* Write masks: PAM0 keeps bits 6:4, the others both nibbles' bits 2:0. */
    cfg_write(io, 0x59, 0xFF, 1);
    cfg_write(io, 0x5B, 0xFF, 1);
    CHECK_EQ(cfg_read(io, 0x59, 1), 0x70);
    CHECK_EQ(cfg_read(io, 0x5B, 1), 0x77);

    /* SMRAM: C_BASE_SEG reads 010b; once locked, D_OPEN clears for good. */
    CHECK_EQ(cfg_read(io, I440FX_SMRAM, 1), 0x02);
    cfg_write(io, I440FX_SMRAM, 0xE8, 1);
    CHECK_EQ(cfg_read(io, I440FX_SMRAM, 1), 0x6A);
    cfg_write(io, I440FX_SMRAM, 0x48, 1);
    CHECK_EQ(cfg_read(io, I440FX_SMRAM, 1), 0x4A);
    cfg_write(io, I440FX_SMRAM, 0x58, 1);
    CHECK_EQ(cfg_read(io, I440FX_SMRAM, 1), 0x1A);
    cfg_write(io, I440FX_SMRAM, 0x40, 1);
    CHECK_EQ(cfg_read(io, I440FX_SMRAM, 1), 0x1A);

    /* A system reset puts the legacy area back on the ROM. */
    i440fx_reset(h);
    CHECK_EQ(cfg_read(io, 0x58, 4), 0x00000010);
    CHECK_EQ(cfg_read(io, I440FX_SMRAM, 1), 0x02);
    CHECK_EQ(mem_read(m, 0xF8000, 4), bios_dword(0xF8000));
    CHECK_EQ(mem_read(m, 0xC4000, 4), 0xFFFFFFFF);
    i440fx_destroy(h);
    pci_bus_destroy(bus);
    io_destroy(io);
    mem_destroy(m);
}

int main(void) {
    memory *m = make(2 * MIB);
    if (m) {
        test_arguments(m);
        test_default(m);
        test_modes(m);
        test_no_rom(m);
        test_straddle(m);
        test_blocks(m);
        mem_destroy(m);
    }
    test_i440fx();
    return check_done();
}
