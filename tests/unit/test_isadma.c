/* Unit tests for iodev/isadma.c: channels programmed through the 8237 ports
 * as a BIOS floppy driver does (flip-flop, mode, page register, mask), then
 * transfers pulled by a pretend device. Register layout and behaviour from
 * the Intel 8237A datasheet and the PC/AT page register map. */
#include <string.h>

#include "check.h"
#include "iodev/isadma.h"

struct rig {
    iobus *io;
    memory *mem;
    isadma *d;
};

static int rig_init(struct rig *r) {
    const char *err = NULL;
    r->io = io_create();
    r->mem = mem_create(4u << 20, &err);
    r->d = r->io && r->mem ? isadma_create(r->io, r->mem, &err) : NULL;
    return r->d ? 0 : -1;
}

static void rig_done(struct rig *r) {
    isadma_destroy(r->d);
    mem_destroy(r->mem);
    io_destroy(r->io);
}

static inline void out(struct rig *r, uint16_t port, uint8_t v) { io_write(r->io, port, v, 1); }
static inline unsigned in(struct rig *r, uint16_t port) { return io_read(r->io, port, 1); }

static const uint16_t page_port[8] = {0x87, 0x83, 0x81, 0x82, 0x8F, 0x8B, 0x89, 0x8A};

/* Register port of controller register `reg` (0..15) for a channel's controller. */
static uint16_t reg_port(unsigned ch, unsigned reg) {
    return ch < 4 ? (uint16_t)reg : (uint16_t)(0xC0 + 2 * reg);
}

/* Mode bits without the channel number: 0x44 = single, write to memory. */
static void program(struct rig *r, unsigned ch, uint8_t mode, uint16_t addr, uint16_t count,
                    uint8_t page) {
    unsigned c = ch & 3;
    out(r, reg_port(ch, 0xA), (uint8_t)(4 | c)); /* mask while programming */
    out(r, reg_port(ch, 0xB), (uint8_t)(mode | c));
    out(r, reg_port(ch, 0xC), 0); /* flip-flop to the low byte */
    out(r, reg_port(ch, 2 * c), addr & 0xFF);
    out(r, reg_port(ch, 2 * c), addr >> 8);
    out(r, reg_port(ch, 2 * c + 1), count & 0xFF);
    out(r, reg_port(ch, 2 * c + 1), count >> 8);
    out(r, page_port[ch], page);
    out(r, reg_port(ch, 0xA), (uint8_t)c); /* unmask */
}

static void fill(uint8_t *buf, unsigned n, uint8_t seed) {
    for (unsigned i = 0; i < n; i++)
        buf[i] = (uint8_t)(seed + i * 7);
}

static void test_floppy_read(void) {
    struct rig r;
    uint8_t buf[600], got[600];
    if (!CHECK(rig_init(&r) == 0))
        return;
    fill(buf, sizeof buf, 1);
    /* Power-on: everything masked. */
    CHECK(!isadma_ready(r.d, 2));
    CHECK(isadma_transfer(r.d, 2, buf, 512, 1) == -1);
    CHECK_EQ(in(&r, 0x0F) & 0x0F, 0x0F);
    program(&r, 2, 0x44, 0x1234, 511, 0x01);
    /* Channel 2 unmasked, but the cascade channel 4 still blocks DMA 1. */
    CHECK(!isadma_ready(r.d, 2));
    out(&r, 0xD6, 0xC0); /* channel 4: cascade mode */
    out(&r, 0xD4, 0x00); /* unmask channel 4 */
    CHECK(isadma_ready(r.d, 2));
    CHECK(!isadma_ready(r.d, 4));
    CHECK_EQ(isadma_remaining(r.d, 2), 512);
    uint8_t *dirty = mem_dirty_table(r.mem);
    dirty[0x11] = 0;
    CHECK_EQ(isadma_transfer(r.d, 2, buf, sizeof buf, 1), 512);
    CHECK(isadma_tc(r.d, 2));
    mem_read_block(r.mem, 0x11234, got, 512);
    CHECK(memcmp(got, buf, 512) == 0);
    CHECK_EQ(mem_read(r.mem, 0x11234 + 512, 1), 0); /* stopped at terminal count */
    CHECK(dirty[0x11]);
    /* Terminal count: status bit 2, cleared by reading; the channel masks itself. */
    CHECK_EQ(in(&r, 0x08) & 0x0F, 0x04);
    CHECK_EQ(in(&r, 0x08) & 0x0F, 0x00);
    CHECK(in(&r, 0x0F) & 0x04);
    CHECK(!isadma_ready(r.d, 2));
    CHECK(isadma_transfer(r.d, 2, buf, 1, 1) == -1);
    /* Current address and count read back through the flip-flop. */
    out(&r, 0x0C, 0);
    CHECK_EQ(in(&r, 0x04), 0x34);
    CHECK_EQ(in(&r, 0x04), 0x14); /* 0x1234 + 512 */
    CHECK_EQ(in(&r, 0x05), 0xFF);
    CHECK_EQ(in(&r, 0x05), 0xFF); /* count wrapped to 0xFFFF */
    /* The flip-flop is shared by all registers of a controller. */
    out(&r, 0x0C, 0);
    in(&r, 0x04);
    CHECK_EQ(in(&r, 0x05), 0xFF); /* high byte of the count */
    CHECK_EQ(in(&r, 0x04), 0x34); /* low byte of the address again */
    rig_done(&r);
}

static void test_partial_and_wrap(void) {
    struct rig r;
    uint8_t buf[256], got[32];
    if (!CHECK(rig_init(&r) == 0))
        return;
    out(&r, 0xD4, 0x00);
    fill(buf, sizeof buf, 3);
    /* Two pieces of one 512-byte block. */
    program(&r, 1, 0x44, 0x0000, 299, 0x02);
    CHECK_EQ(isadma_transfer(r.d, 1, buf, 200, 1), 200);
    CHECK(!isadma_tc(r.d, 1));
    CHECK_EQ(isadma_remaining(r.d, 1), 100);
    CHECK_EQ(isadma_transfer(r.d, 1, buf, 256, 1), 100);
    CHECK(isadma_tc(r.d, 1));
    CHECK_EQ(mem_read(r.mem, 0x20000 + 199, 1), buf[199]);
    CHECK_EQ(mem_read(r.mem, 0x20000 + 200, 1), buf[0]);
    /* Addresses wrap inside the 64 KiB page: the page register does not carry. */
    program(&r, 3, 0x44, 0xFFF0, 31, 0x03);
    CHECK_EQ(isadma_transfer(r.d, 3, buf, 32, 1), 32);
    mem_read_block(r.mem, 0x3FFF0, got, 16);
    CHECK(memcmp(got, buf, 16) == 0);
    mem_read_block(r.mem, 0x30000, got, 16);
    CHECK(memcmp(got, buf + 16, 16) == 0);
    CHECK_EQ(mem_read(r.mem, 0x40000, 1), 0);
    rig_done(&r);
}

static void test_modes(void) {
    struct rig r;
    uint8_t buf[16] = {1, 2, 3, 4}, got[16];
    if (!CHECK(rig_init(&r) == 0))
        return;
    out(&r, 0xD4, 0x00);
    /* Decrement: successive bytes go to falling addresses. */
    program(&r, 2, 0x64, 0x0100, 3, 0x00);
    CHECK_EQ(isadma_transfer(r.d, 2, buf, 4, 1), 4);
    CHECK_EQ(mem_read(r.mem, 0xFD, 4), 0x01020304);
    /* Auto-initialize: at terminal count the channel reloads and stays unmasked. */
    fill(buf, 16, 9);
    program(&r, 2, 0x54, 0x2000, 7, 0x00);
    CHECK_EQ(isadma_transfer(r.d, 2, buf, 16, 1), 8);
    CHECK(isadma_tc(r.d, 2));
    CHECK(isadma_ready(r.d, 2));
    CHECK_EQ(isadma_remaining(r.d, 2), 8);
    CHECK_EQ(isadma_transfer(r.d, 2, buf + 8, 4, 1), 4);
    CHECK(!isadma_tc(r.d, 2));
    mem_read_block(r.mem, 0x2000, got, 8);
    CHECK(memcmp(got, buf + 8, 4) == 0 && memcmp(got + 4, buf + 4, 4) == 0);
    CHECK_EQ(in(&r, 0x08) & 0x0F, 0x04);
    /* Read (memory -> device). */
    program(&r, 2, 0x48, 0x2000, 7, 0x00);
    memset(got, 0, sizeof got);
    CHECK_EQ(isadma_transfer(r.d, 2, got, 8, 0), 8);
    CHECK(memcmp(got, buf + 8, 4) == 0);
    /* Verify: counts, moves nothing. */
    program(&r, 2, 0x40, 0x3000, 7, 0x00);
    CHECK_EQ(isadma_transfer(r.d, 2, buf, 8, 1), 8);
    CHECK(isadma_tc(r.d, 2));
    CHECK_EQ(mem_read(r.mem, 0x3000, 4), 0);
    rig_done(&r);
}

static void test_16bit(void) {
    struct rig r;
    uint8_t buf[9], got[8];
    if (!CHECK(rig_init(&r) == 0))
        return;
    fill(buf, sizeof buf, 0x40);
    /* Channel 5: word address 0x0800 in the 128 KiB page 0x12 (page bit 0 ignored). */
    program(&r, 5, 0x44, 0x0800, 3, 0x13);
    CHECK(isadma_ready(r.d, 5)); /* DMA 2 needs no cascade */
    CHECK_EQ(isadma_remaining(r.d, 5), 8);
    CHECK_EQ(isadma_transfer(r.d, 5, buf, 9, 1), 8); /* whole words only */
    CHECK(isadma_tc(r.d, 5));
    mem_read_block(r.mem, 0x121000, got, 8);
    CHECK(memcmp(got, buf, 8) == 0);
    CHECK_EQ(in(&r, 0xD0) & 0x0F, 0x02); /* channel 5 is bit 1 of DMA 2 */
    /* Current address counts words: 0x0804. Odd ports alias even ones. */
    out(&r, 0xD8, 0);
    CHECK_EQ(in(&r, 0xC4), 0x04);
    CHECK_EQ(in(&r, 0xC5), 0x08);
    /* Word addresses wrap inside the 128 KiB page. */
    program(&r, 6, 0x44, 0xFFFF, 1, 0x04);
    CHECK_EQ(isadma_transfer(r.d, 6, buf, 4, 1), 4);
    CHECK_EQ(mem_read(r.mem, 0x5FFFE, 2), (unsigned)(buf[0] | buf[1] << 8));
    CHECK_EQ(mem_read(r.mem, 0x40000, 2), (unsigned)(buf[2] | buf[3] << 8));
    CHECK(isadma_transfer(r.d, 4, buf, 2, 1) == -1); /* cascade channel */
    rig_done(&r);
}

static void test_masks_and_status(void) {
    struct rig r;
    uint8_t buf[4] = {0};
    if (!CHECK(rig_init(&r) == 0))
        return;
    out(&r, 0xD4, 0x00);
    program(&r, 0, 0x44, 0, 3, 0x01);
    CHECK(isadma_ready(r.d, 0));
    out(&r, 0x0F, 0x0F); /* all masked */
    CHECK(isadma_transfer(r.d, 0, buf, 4, 1) == -1);
    out(&r, 0x0E, 0); /* clear all masks */
    CHECK(isadma_ready(r.d, 0));
    out(&r, 0x08, 0x04); /* controller disabled */
    CHECK(isadma_transfer(r.d, 0, buf, 4, 1) == -1);
    out(&r, 0x08, 0x00);
    out(&r, 0xDE, 0x01); /* masking channel 4 cuts DMA 1 off */
    CHECK(!isadma_ready(r.d, 0));
    out(&r, 0xDE, 0x00);
    CHECK(isadma_ready(r.d, 0));
    out(&r, 0x0D, 0); /* master clear masks all */
    CHECK(!isadma_ready(r.d, 0));
    CHECK_EQ(in(&r, 0x0F) & 0x0F, 0x0F);
    /* Request bits: software requests and device DREQs, bits 4-7. */
    out(&r, 0x09, 0x06);
    isadma_set_dreq(r.d, 1, 1);
    CHECK_EQ(in(&r, 0x08), 0x60);
    out(&r, 0x09, 0x02);
    isadma_set_dreq(r.d, 1, 0);
    CHECK_EQ(in(&r, 0x08), 0x00);
    /* Page registers hold bytes; 0x80 is the POST code port. */
    out(&r, 0x80, 0x42);
    CHECK_EQ(in(&r, 0x80), 0x42);
    CHECK_EQ(isadma_page_port(r.d, 0), 0x42);
    out(&r, 0x81, 0x07);
    CHECK_EQ(in(&r, 0x81), 0x07);
    rig_done(&r);
}

int main(void) {
    test_floppy_read();
    test_partial_and_wrap();
    test_modes();
    test_16bit();
    test_masks_and_status();
    return check_done();
}
