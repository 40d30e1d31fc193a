/* Unit tests for the VGA (iodev/vga*.c), its DISPI extension and linear
 * frame buffer (memory/memory.c's RAM-backed windows), the PCI function, and
 * the PNG screen dump (gui/screendump.c). The guest is simulated by port and
 * memory accesses; register values for the modes are the IBM VGA BIOS
 * tables' (as in the VGA technical reference), expected pixels follow from
 * them. Finally the CPU runs the real video BIOSes from the Debian seabios
 * and vgabios packages, when installed, through init, int 10h mode sets and
 * VBE calls. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gui/screendump.h"
#include "iodev/vga.h"
#include "vga_rig.h"
#include "twin86/cpu.h"

/* The shared rig (vga_rig.h), with its failure counted as a failed check. */
static int rig_up(struct rig *r) { return CHECK(rig_init(r)); }




/* Index and data in one word write, as BIOSes do with out dx, ax. */
static uint8_t crtc_get(struct rig *r, uint8_t i) {
    outb(r, 0x3D4, i);
    return inb(r, 0x3D5);
}
static uint8_t seq_get(struct rig *r, uint8_t i) {
    outb(r, 0x3C4, i);
    return inb(r, 0x3C5);
}
static uint8_t gc_get(struct rig *r, uint8_t i) {
    outb(r, 0x3CE, i);
    return inb(r, 0x3CF);
}
static uint8_t rd(struct rig *r, uint32_t a) { return (uint8_t)mem_read(r->mem, a, 1); }
static uint16_t vbe_get(struct rig *r, uint16_t i) {
    io_write(r->io, 0x1CE, i, 2);
    return (uint16_t)io_read(r->io, 0x1CF, 2);
}

static uint32_t pixel(struct rig *r, int x, int y) {
    int w, h, pitch;
    const uint32_t *p = vga_pixels(r->v, &w, &h, &pitch);
    if (!p || x >= w || y >= h)
        return 0xDEADBEEF;
    return p[y * pitch + x];
}

static void check_size(struct rig *r, int want_w, int want_h) {
    int w, h, pitch;
    vga_pixels(r->v, &w, &h, &pitch);
    CHECK_EQ(w, want_w);
    CHECK_EQ(h, want_h);
    CHECK(pitch >= w);
}

static void test_registers(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    outb(&r, 0x3C2, 0x67);
    CHECK_EQ(inb(&r, 0x3CC), 0x67);
    /* Colour addressing: the 0x3Bx CRTC ports are not decoded. */
    crtc(&r, 0x01, 0x27);
    CHECK_EQ(crtc_get(&r, 0x01), 0x27);
    CHECK_EQ(inb(&r, 0x3B4), 0xFF);
    CHECK_EQ(inb(&r, 0x3B5), 0xFF);
    outb(&r, 0x3C2, 0x66); /* monochrome addressing */
    CHECK_EQ(inb(&r, 0x3D5), 0xFF);
    outb(&r, 0x3B4, 0x01);
    CHECK_EQ(inb(&r, 0x3B5), 0x27);
    outb(&r, 0x3C2, 0x67);

    /* Unimplemented bits read back as 0. */
    seq(&r, 4, 0xFF);
    CHECK_EQ(seq_get(&r, 4), 0x0E);
    seq(&r, 2, 0xFF);
    CHECK_EQ(seq_get(&r, 2), 0x0F);
    gc(&r, 5, 0xFF);
    CHECK_EQ(gc_get(&r, 5), 0x7B);
    gc(&r, 8, 0xA5);
    CHECK_EQ(gc_get(&r, 8), 0xA5);
    CHECK_EQ(inb(&r, 0x3CE), 8);

    /* CRTC protect (CR11 bit 7): CR0-CR7 locked except CR7's line compare bit 8. */
    crtc(&r, 0x07, 0x00);
    crtc(&r, 0x11, 0x8E);
    crtc(&r, 0x01, 0x4F);
    CHECK_EQ(crtc_get(&r, 0x01), 0x27);
    crtc(&r, 0x07, 0xFF);
    CHECK_EQ(crtc_get(&r, 0x07), 0x10);
    crtc(&r, 0x09, 0x4F); /* above CR7: not protected */
    CHECK_EQ(crtc_get(&r, 0x09), 0x4F);
    crtc(&r, 0x11, 0x0E);
    crtc(&r, 0x01, 0x4F);
    CHECK_EQ(crtc_get(&r, 0x01), 0x4F);

    /* Attribute controller: 0x3C0 alternates index and data; reading 0x3DA
     * puts it back to index. */
    inb(&r, 0x3DA);
    outb(&r, 0x3C0, 0x01);
    outb(&r, 0x3C0, 0x15);
    CHECK_EQ(inb(&r, 0x3C0), 0x01);
    CHECK_EQ(inb(&r, 0x3C1), 0x15);
    outb(&r, 0x3C0, 0x32); /* index 0x12 with the palette address source bit */
    outb(&r, 0x3C0, 0xFF);
    CHECK_EQ(inb(&r, 0x3C0), 0x32);
    CHECK_EQ(inb(&r, 0x3C1), 0x3F); /* plane enable and video status select */
    outb(&r, 0x3C0, 0x34);          /* index 0x14 ... */
    inb(&r, 0x3DA);                 /* ... flip-flop reset: the next byte is an index again */
    outb(&r, 0x3C0, 0x21);
    CHECK_EQ(inb(&r, 0x3C0), 0x21);
    outb(&r, 0x3C0, 0x2A); /* data for index 1 */
    CHECK_EQ(inb(&r, 0x3C1), 0x2A);
    outb(&r, 0x3C0, 0x34);
    CHECK_EQ(inb(&r, 0x3C1), 0x00); /* colour select untouched */

    /* DAC: 6-bit components, auto-increment, separate read index, state. */
    CHECK_EQ(inb(&r, 0x3C6), 0xFF);
    dac(&r, 5, 0x3F, 0x20, 0x41);
    CHECK_EQ(inb(&r, 0x3C7), 0x00);
    CHECK_EQ(inb(&r, 0x3C8), 6);
    outb(&r, 0x3C9, 0x01);
    outb(&r, 0x3C9, 0x02);
    outb(&r, 0x3C9, 0x03); /* entry 6 */
    outb(&r, 0x3C7, 5);
    CHECK_EQ(inb(&r, 0x3C7), 0x03);
    CHECK_EQ(inb(&r, 0x3C9), 0x3F);
    CHECK_EQ(inb(&r, 0x3C9), 0x20);
    CHECK_EQ(inb(&r, 0x3C9), 0x01);
    CHECK_EQ(inb(&r, 0x3C9), 0x01);
    CHECK_EQ(inb(&r, 0x3C9), 0x02);
    CHECK_EQ(inb(&r, 0x3C9), 0x03);

    outb(&r, 0x3DA, 0x03); /* feature control: written at 0x3DA, read at 0x3CA */
    CHECK_EQ(inb(&r, 0x3CA), 0x03);
    CHECK(io_owner(r.io, 0x3BC) == NULL); /* left for a parallel port */
    rig_done(&r);
}

/* Mode 3 timing: 100 character clocks of 9 dots at 28.322 MHz per line,
 * 449 lines, 400 displayed, vertical retrace on lines 412-413. */
static void test_status(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode3);
    const double line_ns = 100 * 9 * 1e9 / 28322000;
    uint64_t at = 0;
    struct {
        double line;  /* where in the frame to look */
        uint8_t bits; /* expected bits 3 (retrace) and 0 (not displaying) */
    } probes[] = {
        {0.10, 0x00},  {10.5, 0x00},  {10.9, 0x01},        {399.5, 0x00},
        {400.5, 0x01}, {412.2, 0x09}, {413.7, 0x09},       {414.5, 0x01},
        {448.5, 0x01}, {449.3, 0x00}, {449 + 412.5, 0x09},
    };
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        uint64_t t = sched_ns_to_ticks(r.s, (uint64_t)(probes[i].line * line_ns));
        sched_advance(r.s, t - at);
        at = t;
        if (!CHECK_EQ(inb(&r, 0x3DA) & 0x09, probes[i].bits))
            fprintf(stderr, "  at line %.1f\n", probes[i].line);
    }
    CHECK_EQ(inb(&r, 0x3C2) & 0x80, 0); /* no retrace interrupt pending */
    rig_done(&r);
}

/* Plane p's byte at plane address a, read through read mode 0. */
static uint8_t plane_byte(struct rig *r, int p, uint32_t a) {
    gc(r, 4, (uint8_t)p);
    return rd(r, 0xA0000 + a);
}

static void planar_setup(struct rig *r) {
    outb(r, 0x3C2, 0x63);
    seq(r, 4, 0x06);
    seq(r, 2, 0x0F);
    gc(r, 6, 0x05);
    gc(r, 5, 0x00);
    gc(r, 1, 0x00);
    gc(r, 3, 0x00);
    gc(r, 8, 0xFF);
}

/* Fills plane address a with a byte per plane via the map mask. */
static void fill_planes(struct rig *r, uint32_t a, const uint8_t b[4]) {
    gc(r, 5, 0x00);
    gc(r, 1, 0x00);
    gc(r, 3, 0x00);
    gc(r, 8, 0xFF);
    for (int p = 0; p < 4; p++) {
        seq(r, 2, (uint8_t)(1 << p));
        wr(r, 0xA0000 + a, b[p]);
    }
    seq(r, 2, 0x0F);
}

static void check_planes(struct rig *r, uint32_t a, uint8_t p0, uint8_t p1, uint8_t p2,
                         uint8_t p3) {
    uint8_t mode = gc_get(r, 5);
    gc(r, 5, 0x00);
    CHECK_EQ(plane_byte(r, 0, a), p0);
    CHECK_EQ(plane_byte(r, 1, a), p1);
    CHECK_EQ(plane_byte(r, 2, a), p2);
    CHECK_EQ(plane_byte(r, 3, a), p3);
    gc(r, 5, mode);
}

static void test_write_modes(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    planar_setup(&r);
    /* Mode 0, no set/reset: the byte goes to every enabled plane. */
    wr(&r, 0xA0000, 0xA5);
    check_planes(&r, 0, 0xA5, 0xA5, 0xA5, 0xA5);
    /* Map mask: only plane 1. */
    seq(&r, 2, 0x02);
    wr(&r, 0xA0000, 0x3C);
    seq(&r, 2, 0x0F);
    check_planes(&r, 0, 0xA5, 0x3C, 0xA5, 0xA5);
    /* Set/reset for every plane: the CPU byte does not matter. */
    gc(&r, 0, 0x05);
    gc(&r, 1, 0x0F);
    wr(&r, 0xA0001, 0x00);
    check_planes(&r, 1, 0xFF, 0x00, 0xFF, 0x00);
    /* Set/reset enabled for planes 0 and 1 only; 2 and 3 take the data. */
    gc(&r, 1, 0x03);
    wr(&r, 0xA0001, 0x3C);
    check_planes(&r, 1, 0xFF, 0x00, 0x3C, 0x3C);
    gc(&r, 1, 0x00);

    /* Bit mask: unmasked bits come from the latches, loaded by a read. */
    const uint8_t pattern[4] = {0x11, 0x22, 0x44, 0x88};
    fill_planes(&r, 2, pattern);
    (void)rd(&r, 0xA0002);
    gc(&r, 8, 0x0F);
    wr(&r, 0xA0002, 0xFF);
    gc(&r, 8, 0xFF);
    check_planes(&r, 2, 0x1F, 0x2F, 0x4F, 0x8F);

    /* Rotate right by 3 before the data is used: 0x81 -> 0x30. */
    gc(&r, 3, 0x03);
    wr(&r, 0xA0004, 0x81);
    gc(&r, 3, 0x00);
    check_planes(&r, 4, 0x30, 0x30, 0x30, 0x30);

    /* Logical operations against the latches (here 0xF0 in every plane). */
    const uint8_t f0[4] = {0xF0, 0xF0, 0xF0, 0xF0};
    fill_planes(&r, 3, f0);
    (void)rd(&r, 0xA0003);
    gc(&r, 3, 0x08); /* AND */
    wr(&r, 0xA0005, 0x3C);
    gc(&r, 3, 0x10); /* OR */
    wr(&r, 0xA0006, 0x3C);
    gc(&r, 3, 0x18); /* XOR */
    wr(&r, 0xA0007, 0x3C);
    gc(&r, 3, 0x00);
    check_planes(&r, 5, 0x30, 0x30, 0x30, 0x30);
    check_planes(&r, 6, 0xFC, 0xFC, 0xFC, 0xFC);
    check_planes(&r, 7, 0xCC, 0xCC, 0xCC, 0xCC);

    /* Write mode 1 copies the latches: a screen-to-screen copy of address 2. */
    (void)rd(&r, 0xA0002);
    gc(&r, 5, 0x01);
    wr(&r, 0xA0008, 0x00);
    check_planes(&r, 8, 0x1F, 0x2F, 0x4F, 0x8F);

    /* Write mode 2: the CPU byte's low nibble is a colour, spread over the
     * bits the bit mask lets through (0x81); the rest from the latches (0xF0). */
    (void)rd(&r, 0xA0003);
    gc(&r, 5, 0x02);
    gc(&r, 8, 0x81);
    wr(&r, 0xA0009, 0x09);
    gc(&r, 8, 0xFF);
    check_planes(&r, 9, 0xF1, 0x70, 0x70, 0xF1);

    /* Write mode 3: the rotated CPU byte ANDed with the bit mask selects the
     * bits that get the set/reset colour; latches (0x0F) elsewhere. */
    const uint8_t of[4] = {0x0F, 0x0F, 0x0F, 0x0F};
    fill_planes(&r, 10, of);
    (void)rd(&r, 0xA000A);
    gc(&r, 5, 0x03);
    gc(&r, 0, 0x06);
    gc(&r, 3, 0x02); /* 0xF0 rotated right 2 = 0x3C */
    gc(&r, 8, 0x3F); /* ... & 0x3F = 0x3C */
    wr(&r, 0xA000B, 0xF0);
    gc(&r, 3, 0x00);
    gc(&r, 8, 0xFF);
    check_planes(&r, 11, 0x03, 0x3F, 0x3F, 0x03);

    /* Read mode 1: bits where every "care" plane matches the compare colour. */
    const uint8_t cmp[4] = {0xF0, 0xCC, 0xAA, 0x00};
    fill_planes(&r, 12, cmp);
    gc(&r, 5, 0x08);
    gc(&r, 2, 0x03); /* colour 0011 */
    gc(&r, 7, 0x0F);
    CHECK_EQ(rd(&r, 0xA000C), 0xF0 & 0xCC & 0x55 & 0xFF);
    gc(&r, 7, 0x03); /* planes 2 and 3 don't care */
    CHECK_EQ(rd(&r, 0xA000C), 0xF0 & 0xCC);
    gc(&r, 7, 0x00);
    CHECK_EQ(rd(&r, 0xA000C), 0xFF);
    /* ... and that read loaded the latches too. */
    gc(&r, 5, 0x01);
    wr(&r, 0xA000D, 0);
    check_planes(&r, 13, 0xF0, 0xCC, 0xAA, 0x00);

    /* Memory map select: A0000/64K does not decode 0xB0000; RAM disable. */
    gc(&r, 5, 0x00);
    CHECK_EQ(rd(&r, 0xB0000), 0xFF);
    outb(&r, 0x3C2, 0x61); /* RAM access off */
    CHECK_EQ(rd(&r, 0xA0000), 0xFF);
    rig_done(&r);
}

static void test_addressing(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    planar_setup(&r);
    /* Chain-4: the low two address bits pick the plane; the address within
     * the plane keeps them (mode 13h uses every fourth byte of a plane). */
    seq(&r, 4, 0x0E);
    gc(&r, 5, 0x40);
    for (int i = 0; i < 8; i++)
        wr(&r, 0xA0000 + (uint32_t)i, (uint8_t)(0x10 + i));
    CHECK_EQ(rd(&r, 0xA0005), 0x15);
    seq(&r, 4, 0x06);
    gc(&r, 5, 0x00);
    check_planes(&r, 0, 0x10, 0x11, 0x12, 0x13);
    check_planes(&r, 4, 0x14, 0x15, 0x16, 0x17);
    check_planes(&r, 1, 0x00, 0x00, 0x00, 0x00);

    /* Odd/even (text modes): even addresses to plane 0, odd to plane 1, both
     * at the even plane address. */
    seq(&r, 4, 0x02);
    gc(&r, 5, 0x10);
    gc(&r, 6, 0x0E); /* B8000, 32 KiB */
    gc(&r, 4, 0x00); /* odd/even reads: planes 0/1 (2/3 with read map 2 or 3) */
    seq(&r, 2, 0x03);
    wr(&r, 0xB8000, 'A');
    wr(&r, 0xB8001, 0x1F);
    wr(&r, 0xB8002, 'B');
    wr(&r, 0xB8003, 0x2E);
    CHECK_EQ(rd(&r, 0xB8001), 0x1F);
    CHECK_EQ(rd(&r, 0xB8002), 'B');
    CHECK_EQ(rd(&r, 0xA0000), 0xFF); /* outside the B8000 map */
    seq(&r, 4, 0x06);
    gc(&r, 5, 0x00);
    gc(&r, 6, 0x05);
    check_planes(&r, 0x10, 0x00, 0x00, 0x00, 0x00);
    CHECK_EQ(plane_byte(&r, 0, 0), 'A');
    CHECK_EQ(plane_byte(&r, 1, 0), 0x1F);
    CHECK_EQ(plane_byte(&r, 0, 2), 'B');
    CHECK_EQ(plane_byte(&r, 1, 2), 0x2E);
    CHECK_EQ(plane_byte(&r, 0, 1), 0x00);
    rig_done(&r);
}

/* Loads a glyph for character `ch` into font map 0 (plane 2), as the BIOS
 * does: sequential addressing, plane 2 only, 32 bytes per character. */
static void load_glyph(struct rig *r, uint8_t ch, const uint8_t *rows, int n) {
    seq(r, 2, 0x04);
    seq(r, 4, 0x06);
    gc(r, 4, 0x02);
    gc(r, 5, 0x00);
    gc(r, 6, 0x04);
    for (int i = 0; i < n; i++)
        wr(r, 0xA0000 + ch * 32u + (uint32_t)i, rows[i]);
    seq(r, 2, 0x03);
    seq(r, 4, 0x02);
    gc(r, 4, 0x00);
    gc(r, 5, 0x10);
    gc(r, 6, 0x0E);
}

static void put_text(struct rig *r, int row, int col, uint8_t ch, uint8_t at) {
    uint32_t a = 0xB8000 + (uint32_t)(row * 80 + col) * 2;
    wr(r, a, ch);
    wr(r, a + 1, at);
}

static void test_text(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode3);
    dac(&r, 0x01, 0, 0, 42);
    dac(&r, 0x3E, 63, 63, 21);
    dac(&r, 0x39, 21, 21, 63);
    uint8_t glyph[16];
    for (int i = 0; i < 16; i++)
        glyph[i] = i & 1 ? 0xAA : 0x81;
    load_glyph(&r, 'A', glyph, 16);
    /* A box-drawing glyph: the ninth column repeats the eighth. */
    uint8_t bar[16];
    memset(bar, 0x01, sizeof bar);
    load_glyph(&r, 0xC4, bar, 16);
    for (int i = 0; i < 80 * 25; i++)
        put_text(&r, i / 80, i % 80, ' ', 0x07);
    put_text(&r, 1, 2, 'A', 0x1E); /* yellow on blue */
    put_text(&r, 1, 3, 0xC4, 0x1E);
    crtc(&r, 0x0E, 0x00);
    crtc(&r, 0x0F, 79); /* cursor at the end of row 0, out of the way */

    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 720, 400);
    uint32_t fg = rgb6(63, 63, 21), bg = rgb6(0, 0, 42);
    /* Cell (row 1, col 2) spans x 18..26, y 16..31. Scan line 0 is 0x81. */
    CHECK_EQ(pixel(&r, 18, 16), fg);
    CHECK_EQ(pixel(&r, 19, 16), bg);
    CHECK_EQ(pixel(&r, 25, 16), fg);
    CHECK_EQ(pixel(&r, 26, 16), bg); /* ninth dot of a letter: background */
    /* Scan line 1 is 0xAA. */
    CHECK_EQ(pixel(&r, 18, 17), fg);
    CHECK_EQ(pixel(&r, 19, 17), bg);
    CHECK_EQ(pixel(&r, 20, 17), fg);
    CHECK_EQ(pixel(&r, 25, 17), bg);
    /* The line-drawing character: dot 8 set, so dot 9 too (AR10 bit 2). */
    CHECK_EQ(pixel(&r, 27 + 7, 20), fg);
    CHECK_EQ(pixel(&r, 27 + 8, 20), fg);
    CHECK_EQ(pixel(&r, 27 + 6, 20), bg);
    /* Space in attribute 07: black everywhere (DAC entry 0). */
    CHECK_EQ(pixel(&r, 0, 0), 0);

    /* Nothing written: nothing to redraw. */
    CHECK_EQ(vga_render(r.v), 0);

    /* Blink (AR10 bit 3): with attribute 0x9E the glyph vanishes during the
     * off half of the 32-frame blink period; the background stays blue. */
    put_text(&r, 1, 2, 'A', 0x9E);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 18, 16), fg);
    uint64_t frame = sched_ns_to_ticks(r.s, (uint64_t)(449 * (100 * 9 * 1e9 / 28322000)));
    sched_advance(r.s, frame * 20); /* frame 20: blink off */
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 18, 16), bg);
    CHECK_EQ(pixel(&r, 19, 16), bg);
    /* Intensity instead of blink: background 9 -> palette 0x39. */
    attr(&r, 0x10, 0x04);
    outb(&r, 0x3C0, 0x20);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 18, 16), fg);
    CHECK_EQ(pixel(&r, 19, 16), rgb6(21, 21, 63));
    attr(&r, 0x10, 0x0C);
    outb(&r, 0x3C0, 0x20);
    put_text(&r, 1, 2, 'A', 0x1E);

    /* Cursor on scan lines 13-14 of cell (1,2), in the foreground colour over
     * all nine dots, during the on half of its 16-frame period. */
    sched_advance(r.s, frame * 12); /* frame 32: on */
    crtc(&r, 0x0E, 0x00);
    crtc(&r, 0x0F, 82);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 19, 16 + 13), fg);
    CHECK_EQ(pixel(&r, 26, 16 + 14), fg);
    CHECK_EQ(pixel(&r, 19, 16 + 12), glyph[12] & 0x40 ? fg : bg);
    sched_advance(r.s, frame * 8); /* frame 40: off */
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 19, 16 + 13), bg);
    crtc(&r, 0x0A, 0x2D); /* cursor disabled */
    sched_advance(r.s, frame * 8);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 19, 16 + 13), bg);

    /* 80x50: 8-line cells, same 400 lines; row 1 now starts at y = 8. */
    crtc(&r, 0x09, 0x47);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 720, 400);
    CHECK_EQ(pixel(&r, 18, 8), fg);
    CHECK_EQ(pixel(&r, 20, 9), fg);
    CHECK_EQ(pixel(&r, 19, 9), bg);
    /* 8-dot cells: 640 wide, cell (1,2) at x 16..23. */
    seq(&r, 1, 0x01);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 640, 400);
    CHECK_EQ(pixel(&r, 16, 8), fg);
    CHECK_EQ(pixel(&r, 23, 8), fg);
    CHECK_EQ(pixel(&r, 24, 8), bg); /* cell 3 (0xC4) begins at 24, its dot at 31 */
    CHECK_EQ(pixel(&r, 31, 8), fg);
    rig_done(&r);
}

static void test_text_dump(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode3);
    for (int i = 0; i < 80 * 25; i++)
        put_text(&r, i / 80, i % 80, ' ', 0x07);
    const char *hello = "Hello";
    for (int i = 0; hello[i]; i++)
        put_text(&r, 0, i, (uint8_t)hello[i], 0x07);
    put_text(&r, 0, 5, 0xC9, 0x07); /* double box corner */
    put_text(&r, 0, 6, 0xCD, 0x07); /* double horizontal */
    put_text(&r, 2, 3, 0x01, 0x07); /* smiley */
    put_text(&r, 2, 79, 'z', 0x07);
    FILE *f = tmpfile();
    if (!CHECK(f != NULL))
        return;
    CHECK_EQ(vga_text_dump(r.v, f), 0);
    char buf[4096] = {0};
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    const char *want = "Hello\xE2\x95\x94\xE2\x95\x90\n\n   \xE2\x98\xBA";
    CHECK(n > strlen(want) && memcmp(buf, want, strlen(want)) == 0);
    char *third = strchr(strchr(buf, '\n') + 1, '\n') + 1;
    CHECK(third - buf < (long)n && strlen(third) > 76 &&
          memcmp(third + strlen("   \xE2\x98\xBA") + 75, "z\n", 2) == 0);
    int lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += buf[i] == '\n';
    CHECK_EQ(lines, 25);
    fclose(f);
    /* Graphics mode: no text to dump. */
    gc(&r, 6, 0x05);
    CHECK_EQ(vga_text_dump(r.v, stdout), (unsigned long long)-1);
    rig_done(&r);
}

static void test_mode13(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode13);
    dac(&r, 0x20, 10, 20, 30);
    dac(&r, 0x07, 1, 2, 3);
    wr(&r, 0xA0000 + 3 * 320 + 5, 0x20);
    wr(&r, 0xA0000 + 199 * 320 + 319, 0x07);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 320, 200);
    CHECK_EQ(pixel(&r, 5, 3), 0x285179); /* 10, 20, 30 in 8 bits */
    CHECK_EQ(pixel(&r, 4, 3), 0);
    CHECK_EQ(pixel(&r, 319, 199), rgb6(1, 2, 3));

    /* Only changed lines are redrawn: spoil two lines of the picture, write a
     * pixel far from one of them; that one keeps the spoiled value. */
    int w, h, pitch;
    uint32_t *fb = (uint32_t *)vga_pixels(r.v, &w, &h, &pitch);
    fb[150 * pitch + 7] = 0x123456;
    fb[3 * pitch + 9] = 0x123456;
    wr(&r, 0xA0000 + 3 * 320 + 6, 0x20);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 6, 3), 0x285179);
    CHECK_EQ(pixel(&r, 9, 3), 0);          /* redrawn */
    CHECK_EQ(pixel(&r, 7, 150), 0x123456); /* not redrawn */
    CHECK_EQ(vga_render(r.v), 0);

    /* Pixel mask 0x0F: index 0x20 shows DAC entry 0x00. */
    outb(&r, 0x3C6, 0x0F);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 5, 3), 0);
    CHECK_EQ(pixel(&r, 319, 199), rgb6(1, 2, 3));
    outb(&r, 0x3C6, 0xFF);
    /* A palette change redraws everything. */
    dac(&r, 0x20, 63, 0, 0);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 5, 3), 0xFF0000);
    CHECK_EQ(pixel(&r, 7, 150), 0);

    /* Mode X: chain-4 off, byte addressing. Pixel x sits in plane x&3 at
     * address y*80 + x/4. */
    seq(&r, 4, 0x06);
    crtc(&r, 0x14, 0x00);
    crtc(&r, 0x17, 0xE3);
    seq(&r, 2, 1 << (7 & 3));
    wr(&r, 0xA0000 + 2 * 80 + 7 / 4, 0x07);
    seq(&r, 2, 0x0F);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 320, 200);
    CHECK_EQ(pixel(&r, 7, 2), rgb6(1, 2, 3));
    CHECK_EQ(pixel(&r, 6, 2), 0);
    /* Page flipping: start address one row down. */
    crtc(&r, 0x0C, 0);
    crtc(&r, 0x0D, 80);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 7, 1), rgb6(1, 2, 3));
    /* Split screen: line compare at counted line 99 (raw 199): line 100 shows
     * memory from address 0, i.e. row 0. */
    crtc(&r, 0x18, 199);
    crtc(&r, 0x07, (uint8_t)(mode13.cr[7] & ~0x10));
    crtc(&r, 0x09, 0x01);
    seq(&r, 2, 1 << (7 & 3));
    wr(&r, 0xA0000 + 0 * 80 + 7 / 4, 0x07);
    seq(&r, 2, 0x0F);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 7, 100), rgb6(1, 2, 3));
    CHECK_EQ(pixel(&r, 7, 102), rgb6(1, 2, 3));
    CHECK_EQ(pixel(&r, 7, 101), 0);
    rig_done(&r);
}

static void test_planar16(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode12);
    dac(&r, 0x3C, 63, 21, 21);
    /* Write mode 2 with a one-bit mask: pixel (10, 1) gets colour 12. */
    gc(&r, 5, 0x02);
    gc(&r, 8, (uint8_t)(0x80 >> (10 & 7)));
    uint32_t a = 0xA0000 + 1 * 80 + 10 / 8;
    (void)rd(&r, a);
    wr(&r, a, 12);
    gc(&r, 8, 0xFF);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 640, 480);
    CHECK_EQ(pixel(&r, 10, 1), rgb6(63, 21, 21));
    CHECK_EQ(pixel(&r, 9, 1), 0);
    CHECK_EQ(pixel(&r, 11, 1), 0);
    /* Colour plane enable without plane 2: colour 12 (1100) becomes 8 -> 0x38. */
    dac(&r, 0x38, 0, 63, 0);
    attr(&r, 0x12, 0x0B);
    outb(&r, 0x3C0, 0x20);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 10, 1), rgb6(0, 63, 0));
    /* Palette address source off: the screen is blanked. */
    inb(&r, 0x3DA);
    outb(&r, 0x3C0, 0x00);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 10, 1), 0);
    /* Horizontal panning by 3 pixels: the pixel moves to x = 7. */
    inb(&r, 0x3DA);
    outb(&r, 0x3C0, 0x33);
    outb(&r, 0x3C0, 0x03);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 7, 1), rgb6(0, 63, 0));
    rig_done(&r);
}

static void test_cga(void) {
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode4);
    dac(&r, 0x13, 0, 42, 42);
    dac(&r, 0x15, 42, 0, 42);
    dac(&r, 0x17, 42, 42, 42);
    /* Odd scan lines live at 0x2000; four 2-bit pixels per byte, leftmost in
     * the top bits. Line 1: pixels 0..3 = 0,1,2,3; then byte 1 at x 4..7. */
    wr(&r, 0xB8000 + 0x2000, 0x1B);
    wr(&r, 0xB8000 + 0x2001, 0xC0);
    wr(&r, 0xB8000 + 80, 0x10); /* line 2, pixel 1 = colour 1 */
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 320, 200);
    CHECK_EQ(pixel(&r, 0, 1), 0);
    CHECK_EQ(pixel(&r, 1, 1), rgb6(0, 42, 42));
    CHECK_EQ(pixel(&r, 2, 1), rgb6(42, 0, 42));
    CHECK_EQ(pixel(&r, 3, 1), rgb6(42, 42, 42));
    CHECK_EQ(pixel(&r, 4, 1), rgb6(42, 42, 42));
    CHECK_EQ(pixel(&r, 5, 1), 0);
    CHECK_EQ(pixel(&r, 1, 2), rgb6(0, 42, 42));
    CHECK_EQ(pixel(&r, 1, 0), 0);
    CHECK_EQ(pixel(&r, 1, 3), 0);
    rig_done(&r);
}

static void test_vbe(void) {
    struct rig r;
    const char *err = NULL;
    if (!rig_up(&r))
        return;
    outb(&r, 0x3C2, 0x63);
    inb(&r, 0x3DA);
    outb(&r, 0x3C0, 0x20);
    seq(&r, 0, 0x03);
    /* Identification as the BIOSes probe it. */
    vbe(&r, 0, 0xB0C0);
    CHECK_EQ(vbe_get(&r, 0), 0xB0C0);
    vbe(&r, 0, 0x1234);
    CHECK_EQ(vbe_get(&r, 0), 0xB0C0);
    vbe(&r, 0, 0xB0C5);
    CHECK_EQ(vbe_get(&r, 0), 0xB0C5);
    CHECK_EQ(vbe_get(&r, 0x0A), 256); /* 16 MiB in 64 KiB units */
    CHECK_EQ(io_read(r.io, 0x1CE, 2), 0x0A);
    /* GETCAPS: the maximum resolution and depth instead of the current ones. */
    vbe(&r, 4, 0x02);
    CHECK_EQ(vbe_get(&r, 1), 2560);
    CHECK_EQ(vbe_get(&r, 2), 1600);
    CHECK_EQ(vbe_get(&r, 3), 32);
    vbe(&r, 4, 0x00);
    CHECK_EQ(vbe_get(&r, 1), 640);
    vbe(&r, 3, 7); /* not a depth */
    CHECK_EQ(vbe_get(&r, 3), 8);

    /* 800x600x32 with the linear frame buffer at 0xE0000000. */
    CHECK(vga_set_lfb_base(r.v, VGA_LFB_ISA_BASE, &err) == 0);
    CHECK(mem_read(r.mem, VGA_LFB_ISA_BASE, 4) == 0);
    mem_write(r.mem, VGA_LFB_ISA_BASE + 8, 0xCAFE, 4);
    vbe(&r, 1, 800);
    vbe(&r, 2, 600);
    vbe(&r, 3, 32);
    vbe(&r, 4, 0x41);
    CHECK_EQ(vbe_get(&r, 4), 0x41);
    CHECK_EQ(vbe_get(&r, 6), 800);
    CHECK_EQ(vbe_get(&r, 7), (16u << 20) / 3200);
    CHECK_EQ(mem_read(r.mem, VGA_LFB_ISA_BASE + 8, 4), 0); /* enabling cleared memory */
    uint32_t at = VGA_LFB_ISA_BASE + (10 * 800 + 20) * 4;
    mem_write(r.mem, at, 0x00123456, 4);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 800, 600);
    CHECK_EQ(pixel(&r, 20, 10), 0x123456);
    CHECK_EQ(vga_render(r.v), 0);
    /* The CPU's fast path: a host pointer and the dirty byte it must set. */
    uint8_t *host = mem_page_ptr(r.mem, at, 1);
    uint8_t *dirty = mem_dirty_byte(r.mem, at);
    if (CHECK(host && dirty)) {
        host[(at & 0xFFF) + 1] = 0x99;
        CHECK_EQ(vga_render(r.v), 0); /* not marked: not seen */
        CHECK_EQ(pixel(&r, 20, 10), 0x123456);
        *dirty = 1;
        CHECK_EQ(vga_render(r.v), 1);
        CHECK_EQ(pixel(&r, 20, 10), 0x129956);
    }
    CHECK(mem_dirty_byte(r.mem, 0x1000) == mem_dirty_table(r.mem) + 1);
    CHECK(mem_dirty_byte(r.mem, 0xFEC00000) != NULL);
    /* Display start (Y offset 1): the pixel moves up a line. */
    vbe(&r, 9, 1);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 20, 9), 0x129956);

    /* The frame buffer moves with its base (a PCI BAR being reprogrammed). */
    CHECK(vga_set_lfb_base(r.v, 0xD0000000u, &err) == 0);
    CHECK_EQ(mem_read(r.mem, at, 4), 0xFFFFFFFF);
    CHECK_EQ(mem_read(r.mem, at - VGA_LFB_ISA_BASE + 0xD0000000u, 4), 0x00129956);
    CHECK(vga_set_lfb_base(r.v, 0x00100000u, &err) < 0 && err); /* over the RAM */
    CHECK_EQ(vga_lfb_base(r.v), 0);

    /* 640x480x16 through the banked window: bank 1, offset 0x100 is byte
     * 0x10100, pixel 0x8080 = (256, 51). 0xF800 is pure red in 5:6:5. */
    vbe(&r, 4, 0);
    vbe(&r, 1, 640);
    vbe(&r, 2, 480);
    vbe(&r, 3, 16);
    vbe(&r, 4, 0x01);
    vbe(&r, 5, 1);
    CHECK_EQ(vbe_get(&r, 5), 1);
    vbe(&r, 5, 300); /* beyond the memory: refused, as the BIOSes check */
    CHECK_EQ(vbe_get(&r, 5), 1);
    mem_write(r.mem, 0xA0100, 0xF800, 2);
    CHECK_EQ(mem_read(r.mem, 0xA0100, 2), 0xF800);
    CHECK_EQ(vga_render(r.v), 1);
    check_size(&r, 640, 480);
    CHECK_EQ(pixel(&r, 256, 51), 0xFF0000);
    CHECK_EQ(pixel(&r, 257, 51), 0);
    /* 15 bpp reads the same word as x:5:5:5. */
    vbe(&r, 3, 15);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 256, 51), 0xF70000); /* red = 11110 (0xF800 >> 10 & 31) */

    /* 8 bpp with the 8-bit DAC: full 8-bit components in and out. */
    vbe(&r, 4, 0);
    vbe(&r, 3, 8);
    vbe(&r, 4, 0x21 | 0x80); /* 8-bit DAC, keep memory */
    dac(&r, 0x42, 0xFF, 0x80, 0x01);
    outb(&r, 0x3C7, 0x42);
    CHECK_EQ(inb(&r, 0x3C9), 0xFF);
    CHECK_EQ(inb(&r, 0x3C9), 0x80);
    CHECK_EQ(inb(&r, 0x3C9), 0x01);
    /* Separate read and write banks (bits 15/14), as Bochs and its BIOS do:
     * reading bank 1 sees the 16 bpp pixel left at 0x10100, writing bank 0
     * does not disturb it. */
    vbe(&r, 5, 0x8000 | 1);
    vbe(&r, 5, 0x4000 | 0);
    CHECK_EQ(vbe_get(&r, 5), 0);
    CHECK_EQ(rd(&r, 0xA0101), 0xF8);
    wr(&r, 0xA0101, 0x11);
    CHECK_EQ(rd(&r, 0xA0101), 0xF8);
    vbe(&r, 5, 0xC000 | 1);
    CHECK_EQ(vbe_get(&r, 5), 1);
    CHECK_EQ(rd(&r, 0xA0101), 0xF8);
    vbe(&r, 5, 0);
    CHECK_EQ(rd(&r, 0xA0101), 0x11);
    wr(&r, 0xA0000 + 2 * 640 + 3, 0x42);
    CHECK_EQ(vga_render(r.v), 1);
    CHECK_EQ(pixel(&r, 3, 2), 0xFF8001);
    /* Disabling DISPI gives the screen back to the VGA registers. */
    vbe(&r, 4, 0);
    CHECK_EQ(vbe_get(&r, 4) & 1, 0);
    vga_render(r.v);
    int w, h, pitch;
    vga_pixels(r.v, &w, &h, &pitch);
    CHECK(w != 640 || h != 480);
    rig_done(&r);
}

/* ---- PNG screen dump, checked by an independent reader ---- */

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Bitwise CRC-32 (a different formulation from the writer's table). */
static uint32_t crc32_bitwise(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static uint32_t adler32_slow(const uint8_t *p, size_t n) {
    uint64_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521;
        b = (b + a) % 65521;
    }
    return (uint32_t)(b << 16 | a);
}

/* Parses a PNG written by screendump_png and compares it with the picture. */
static void check_png(const uint8_t *f, size_t n, const uint32_t *px, int w, int h, int pitch) {
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (!CHECK(n > 8 + 25 + 12 && memcmp(f, sig, 8) == 0))
        return;
    size_t pos = 8, zlen = 0;
    uint8_t *z = NULL;
    int seen_ihdr = 0, seen_iend = 0;
    while (pos + 12 <= n && !seen_iend) {
        uint32_t len = be32(f + pos);
        if (!CHECK(pos + 12 + len <= n))
            break;
        const uint8_t *type = f + pos + 4, *data = f + pos + 8;
        CHECK_EQ(be32(data + len), crc32_bitwise(type, len + 4));
        if (!memcmp(type, "IHDR", 4)) {
            CHECK(pos == 8 && len == 13);
            CHECK_EQ(be32(data), (unsigned)w);
            CHECK_EQ(be32(data + 4), (unsigned)h);
            CHECK(data[8] == 8 && data[9] == 2 && !data[10] && !data[11] && !data[12]);
            seen_ihdr = 1;
        } else if (!memcmp(type, "IDAT", 4)) {
            uint8_t *grown = realloc(z, zlen + len);
            if (!CHECK(grown))
                break;
            z = grown;
            memcpy(z + zlen, data, len);
            zlen += len;
        } else if (!memcmp(type, "IEND", 4)) {
            CHECK(len == 0 && pos + 12 == n);
            seen_iend = 1;
        }
        pos += 12 + len;
    }
    CHECK(seen_ihdr && seen_iend && zlen > 6);
    if (!z || zlen <= 6) {
        free(z);
        return;
    }
    /* zlib: CM 8, FCHECK, no dictionary; then stored deflate blocks. */
    CHECK((z[0] & 0x0F) == 8 && (z[0] * 256 + z[1]) % 31 == 0 && !(z[1] & 0x20));
    size_t raw_len = (size_t)h * (1 + 3 * (size_t)w), got = 0, zp = 2;
    uint8_t *raw = malloc(raw_len);
    int final = 0, blocks = 0;
    while (raw && !final && zp + 5 <= zlen) {
        final = z[zp] & 1;
        CHECK_EQ((z[zp] >> 1) & 3, 0);
        uint32_t blen = z[zp + 1] | z[zp + 2] << 8, nlen = z[zp + 3] | z[zp + 4] << 8;
        CHECK_EQ(blen ^ 0xFFFF, nlen);
        zp += 5;
        if (!CHECK(zp + blen <= zlen && got + blen <= raw_len))
            break;
        memcpy(raw + got, z + zp, blen);
        got += blen;
        zp += blen;
        blocks++;
    }
    CHECK(final && got == raw_len && blocks == (int)((raw_len + 65534) / 65535));
    if (raw && CHECK(zp + 4 == zlen)) {
        CHECK_EQ(be32(z + zp), adler32_slow(raw, raw_len));
        int bad = 0;
        for (int y = 0; y < h; y++) {
            const uint8_t *row = raw + (size_t)y * (1 + 3 * (size_t)w);
            bad += row[0] != 0;
            for (int x = 0; x < w; x++) {
                uint32_t p = px[y * pitch + x];
                bad += row[1 + 3 * x] != (uint8_t)(p >> 16) ||
                       row[2 + 3 * x] != (uint8_t)(p >> 8) || row[3 + 3 * x] != (uint8_t)p;
            }
        }
        CHECK_EQ(bad, 0);
    }
    free(raw);
    free(z);
}

static void test_screendump(void) {
    const char *err = NULL;
    /* A small synthetic picture with a pitch wider than the width. */
    uint32_t small[3 * 4];
    for (int i = 0; i < 12; i++)
        small[i] = (uint32_t)(i * 0x10203 + 0xFF000000u);
    FILE *f = tmpfile();
    if (!CHECK(f != NULL))
        return;
    CHECK_EQ(screendump_png_file(f, small, 3, 3, 4, &err), 0);
    long n = ftell(f);
    uint8_t *buf = malloc((size_t)n);
    rewind(f);
    if (CHECK(buf && fread(buf, 1, (size_t)n, f) == (size_t)n))
        check_png(buf, (size_t)n, small, 3, 3, 4);
    free(buf);
    fclose(f);
    CHECK(screendump_png_file(stdout, small, 0, 3, 4, &err) < 0 && err);
    CHECK(screendump_png("/nonexistent-dir/x.png", small, 3, 3, 4, &err) < 0 && err);

    /* A rendered mode 13h screen: 192200 bytes of image data, three blocks. */
    struct rig r;
    if (!rig_up(&r))
        return;
    set_mode(&r, &mode13);
    for (int i = 0; i < 256; i++)
        dac(&r, (uint8_t)i, (uint8_t)(i & 63), (uint8_t)(i >> 2), (uint8_t)(63 - (i & 63)));
    for (uint32_t a = 0; a < 320 * 200; a++)
        wr(&r, 0xA0000 + a, (uint8_t)(a * 7 + a / 320));
    vga_render(r.v);
    int w, h, pitch;
    const uint32_t *px = vga_pixels(r.v, &w, &h, &pitch);
    char path[] = "/tmp/test_vga_XXXXXX";
    int fd = mkstemp(path);
    if (CHECK(fd >= 0)) {
        CHECK_EQ(screendump_png(path, px, w, h, pitch, &err), 0);
        f = fopen(path, "rb");
        if (CHECK(f != NULL)) {
            fseek(f, 0, SEEK_END);
            n = ftell(f);
            rewind(f);
            buf = malloc((size_t)n);
            if (CHECK(buf && fread(buf, 1, (size_t)n, f) == (size_t)n))
                check_png(buf, (size_t)n, px, w, h, pitch);
            free(buf);
            fclose(f);
        }
        remove(path);
    }
    rig_done(&r);
}

/* ---- PCI function ---- */

static uint32_t cfg_read(struct rig *r, unsigned dev, unsigned reg) {
    io_write(r->io, PCI_CONFIG_ADDRESS, 0x80000000u | dev << 11 | reg, 4);
    return io_read(r->io, PCI_CONFIG_DATA, 4);
}

static void cfg_write(struct rig *r, unsigned dev, unsigned reg, uint32_t value) {
    io_write(r->io, PCI_CONFIG_ADDRESS, 0x80000000u | dev << 11 | reg, 4);
    io_write(r->io, PCI_CONFIG_DATA, value, 4);
}

static void test_pci(void) {
    struct rig r;
    const char *err = NULL;
    if (!rig_up(&r))
        return;
    pci_bus *bus = pci_bus_create(r.io, &err);
    const uint8_t rom[3] = {0x55, 0xAA, 0x01};
    if (!CHECK(bus && vga_attach_pci(r.v, bus, 2, rom, sizeof rom, &err) == 0)) {
        fprintf(stderr, "pci: %s\n", err);
        pci_bus_destroy(bus);
        rig_done(&r);
        return;
    }
    CHECK_EQ(cfg_read(&r, 2, 0x00), 0x11111234);
    CHECK_EQ(cfg_read(&r, 2, 0x08) >> 8, 0x030000);
    /* BAR sizing: 16 MiB, 32-bit prefetchable memory. */
    cfg_write(&r, 2, 0x10, 0xFFFFFFFF);
    CHECK_EQ(cfg_read(&r, 2, 0x10), 0xFF000008);
    cfg_write(&r, 2, 0x10, 0xFD000000);
    CHECK_EQ(vga_lfb_base(r.v), 0); /* memory decoding still off */
    cfg_write(&r, 2, 0x04, 0x0002);
    CHECK_EQ(vga_lfb_base(r.v), 0xFD000000);
    mem_write(r.mem, 0xFD000010, 0x5A5AA5A5, 4);
    CHECK_EQ(mem_read(r.mem, 0xFD000010, 4), 0x5A5AA5A5);
    cfg_write(&r, 2, 0x10, 0xE0000000); /* moved */
    CHECK_EQ(mem_read(r.mem, 0xE0000010, 4), 0x5A5AA5A5);
    CHECK_EQ(mem_read(r.mem, 0xFD000010, 4), 0xFFFFFFFF);
    /* The expansion ROM: one page, seen while enabled and decoding. */
    cfg_write(&r, 2, 0x30, 0xFFFFF800);
    CHECK_EQ(cfg_read(&r, 2, 0x30), 0xFFFFF000);
    cfg_write(&r, 2, 0x30, 0xFEB00001);
    CHECK_EQ(mem_read(r.mem, 0xFEB00000, 4), 0xFF01AA55);
    mem_write(r.mem, 0xFEB00000, 0, 4);
    CHECK_EQ(mem_read(r.mem, 0xFEB00000, 2), 0xAA55);
    cfg_write(&r, 2, 0x04, 0x0000);
    CHECK_EQ(vga_lfb_base(r.v), 0);
    CHECK_EQ(mem_read(r.mem, 0xFEB00000, 2), 0xFFFF);
    pci_bus_destroy(bus);
    rig_done(&r);
}

/* ---- the real video BIOSes on the CPU ---- */

#define STUB_IRET 0x500  /* iret: every interrupt vector the BIOS does not hook */
#define STUB_INT10 0x600 /* int 10h; hlt */
#define STUB_INIT 0x610  /* call far C000:0003; hlt */
#define LFB_PCI_BASE 0xFD000000u

struct bios_rig {
    struct rig r;
    pci_bus *bus;
    cpu *c;
    uint64_t slice_start;
};

static uint64_t slice_elapsed(void *opaque) {
    struct bios_rig *b = opaque;
    return cpu_icount(b->c) - b->slice_start;
}

static void slice_kick(void *opaque, uint64_t ticks) {
    struct bios_rig *b = opaque;
    cpu_shorten_run(b->c, ticks);
}

/* Runs from 0000:ip with the given registers until HLT; returns AX, or -1. */
static long bios_run(struct bios_rig *b, uint16_t ip, uint16_t ax, uint16_t bx, uint16_t cx,
                     uint16_t dx, uint16_t di) {
    static const enum cpu_reg zero[] = {REG_CS, REG_DS, REG_ES, REG_SS};
    for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++)
        cpu_set_reg(b->c, zero[i], 0);
    cpu_set_reg(b->c, REG_ESP, 0x7000);
    cpu_set_reg(b->c, REG_EAX, ax);
    cpu_set_reg(b->c, REG_EBX, bx);
    cpu_set_reg(b->c, REG_ECX, cx);
    cpu_set_reg(b->c, REG_EDX, dx);
    cpu_set_reg(b->c, REG_EDI, di);
    cpu_set_reg(b->c, REG_EIP, ip);
    for (int slice = 0; slice < 400; slice++) {
        b->slice_start = cpu_icount(b->c);
        sched_begin_slice(b->r.s, 50000, slice_elapsed, slice_kick, b);
        enum cpu_stop stop = cpu_run(b->c, 50000);
        sched_end_slice(b->r.s);
        if (stop == CPU_STOP_HALT)
            return (long)(cpu_get_reg(b->c, REG_EAX) & 0xFFFF);
        if (stop != CPU_STOP_BUDGET) {
            fprintf(stderr, "cpu stopped: %s\n", cpu_stop_detail(b->c));
            return -1;
        }
    }
    return -1;
}

static long int10(struct bios_rig *b, uint16_t ax, uint16_t bx, uint16_t cx, uint16_t dx,
                  uint16_t di) {
    return bios_run(b, STUB_INT10, ax, bx, cx, dx, di);
}

/* A machine without a system BIOS: real-mode IVT and BDA, the VGA on PCI
 * with its frame buffer at LFB_PCI_BASE, the video BIOS in writable RAM at
 * 0xC0000 as a shadowing system BIOS leaves it during POST. */
static int bios_rig_init(struct bios_rig *b, const uint8_t *rom, size_t len) {
    const char *err = "";
    static const uint8_t int10[] = {0xCD, 0x10, 0xF4};
    static const uint8_t init[] = {0x9A, 0x03, 0x00, 0x00, 0xC0, 0xF4};
    memset(b, 0, sizeof *b);
    if (!rig_up(&b->r))
        return 0;
    b->bus = pci_bus_create(b->r.io, &err);
    b->c = cpu_create(b->r.mem, b->r.io);
    if (!CHECK(b->bus && b->c && vga_attach_pci(b->r.v, b->bus, 2, NULL, 0, &err) == 0))
        return 0;
    /* A host bridge at 00:00.0: the LGPL BIOS gives up scanning the bus without one. */
    CHECK(pci_add(b->bus, 0, 0, 0x8086, 0x1237, 0x06000002, NULL, NULL, "host", &err) != NULL);
    pci_config_write(b->bus, 2, 0, 0x10, LFB_PCI_BASE, 4);
    pci_config_write(b->bus, 2, 0, 0x04, PCI_CMD_MEMORY | PCI_CMD_IO, 2);
    for (uint32_t v = 0; v < 256; v++)
        mem_write(b->r.mem, v * 4, STUB_IRET, 4);
    mem_write(b->r.mem, STUB_IRET, 0xCF, 1);
    mem_write_block(b->r.mem, STUB_INT10, int10, sizeof int10, 1);
    mem_write_block(b->r.mem, STUB_INIT, init, sizeof init, 1);
    mem_write(b->r.mem, 0x410, 0x0020, 2); /* equipment: 80x25 colour */
    mem_write(b->r.mem, 0x413, 639, 2);    /* base memory, KiB */
    mem_write(b->r.mem, 0x40E, 0x9FC0, 2); /* EBDA segment, 1 KiB long */
    mem_write(b->r.mem, 0x9FC00, 1, 1);
    mem_write_block(b->r.mem, 0xC0000, rom, len, 1);
    cpu_reset(b->c);
    return 1;
}

static void bios_rig_done(struct bios_rig *b) {
    cpu_destroy(b->c);
    pci_bus_destroy(b->bus);
    rig_done(&b->r);
}

static void test_bios(const char *path) {
    FILE *f = fopen(path, "rb");
    uint8_t *rom = malloc(128u << 10);
    size_t len = f && rom ? fread(rom, 1, 128u << 10, f) : 0;
    if (f)
        fclose(f);
    if (len < 512 || rom[0] != 0x55 || rom[1] != 0xAA) {
        printf("SKIP: %s not installed (Debian packages seabios, vgabios)\n", path);
        free(rom);
        return;
    }
    struct bios_rig b;
    if (!bios_rig_init(&b, rom, len)) {
        free(rom);
        return;
    }
    free(rom);
    /* POST: the BIOS finds the adapter by PCI address (bus 0, device 2) in AX. */
    CHECK(bios_run(&b, STUB_INIT, 2 << 3, 0, 0, 0, 0) >= 0);

    /* Mode 3 and teletype output, read back as text. */
    CHECK(int10(&b, 0x0003, 0, 0, 0, 0) >= 0);
    const char *hello = "Hi \xC9\xCD\r\nthere";
    for (const char *p = hello; *p; p++)
        int10(&b, (uint16_t)(0x0E00 | (uint8_t)*p), 0x0007, 0, 0, 0);
    char text[256] = {0};
    FILE *t = tmpfile();
    if (CHECK(t != NULL)) {
        CHECK_EQ(vga_text_dump(b.r.v, t), 0);
        rewind(t);
        CHECK(fread(text, 1, sizeof text - 1, t) > 0);
        fclose(t);
    }
    const char *want = "Hi \xE2\x95\x94\xE2\x95\x90\nthere\n";
    if (!CHECK(strncmp(text, want, strlen(want)) == 0))
        fprintf(stderr, "%s: text screen starts \"%.20s\"\n", path, text);
    vga_render(b.r.v);
    check_size(&b.r, 720, 400);

    /* VBE: controller and mode information, then 1024x768 with the LFB. */
    mem_write(b.r.mem, 0x2000, 0x32454256, 4); /* "VBE2" */
    CHECK_EQ(int10(&b, 0x4F00, 0, 0, 0, 0x2000), 0x004F);
    CHECK_EQ(mem_read(b.r.mem, 0x2000, 4), 0x41534556); /* "VESA" */
    CHECK_EQ(mem_read(b.r.mem, 0x2012, 2), 256);        /* 16 MiB */
    CHECK_EQ(int10(&b, 0x4F01, 0, 0x118, 0, 0x2200), 0x004F);
    CHECK_EQ(mem_read(b.r.mem, 0x2212, 2), 1024);
    CHECK_EQ(mem_read(b.r.mem, 0x2214, 2), 768);
    CHECK_EQ(mem_read(b.r.mem, 0x2228, 4), LFB_PCI_BASE);
    unsigned bytes = mem_read(b.r.mem, 0x2219, 1) / 8, pitch = mem_read(b.r.mem, 0x2210, 2);
    CHECK(bytes == 3 || bytes == 4);
    CHECK_EQ(int10(&b, 0x4F02, 0x4118, 0, 0, 0), 0x004F);
    uint32_t at = LFB_PCI_BASE + 6 * pitch + 5 * bytes;
    for (unsigned i = 0; i < bytes; i++)
        mem_write(b.r.mem, at + i, 0x00ABCDEFu >> (8 * i), 1);
    CHECK_EQ(vga_render(b.r.v), 1);
    check_size(&b.r, 1024, 768);
    CHECK_EQ(pixel(&b.r, 5, 6), 0xABCDEF);
    CHECK_EQ(pixel(&b.r, 4, 6), 0);

    /* Mode 13h and 12h pixels through int 10h AH=0Ch, in the default palettes. */
    CHECK(int10(&b, 0x0013, 0, 0, 0, 0) >= 0);
    int10(&b, 0x0C2A, 0, 10, 20, 0);
    vga_render(b.r.v);
    check_size(&b.r, 320, 200);
    CHECK_EQ(pixel(&b.r, 10, 20), rgb6(63, 31, 0));
    CHECK(int10(&b, 0x0012, 0, 0, 0, 0) >= 0);
    int10(&b, 0x0C0C, 0, 100, 50, 0);
    vga_render(b.r.v);
    check_size(&b.r, 640, 480);
    CHECK_EQ(pixel(&b.r, 100, 50), rgb6(63, 21, 21));
    CHECK_EQ(pixel(&b.r, 101, 50), 0);
    bios_rig_done(&b);
}

int main(void) {
    test_registers();
    test_status();
    test_write_modes();
    test_addressing();
    test_text();
    test_text_dump();
    test_mode13();
    test_planar16();
    test_cga();
    test_vbe();
    test_screendump();
    test_pci();
    test_bios("/usr/share/seabios/vgabios-stdvga.bin");
    test_bios("/usr/share/vgabios/vgabios.bin");
    return check_done();
}
