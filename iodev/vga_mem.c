/* The legacy memory window 0xA0000-0xBFFFF: memory map select, chain-4,
 * odd/even and planar addressing, the latches, write modes 0-3 (rotate,
 * set/reset, logical operation, bit mask), read modes 0-1 (colour compare),
 * and the DISPI banked window (separate read and write banks). Every write marks the video memory
 * page it touched, which is all the renderer needs to skip unchanged lines. */
#include <string.h>

#include "vga_state.h"

/* Offset inside the window GR6 selects, or -1 when `off` (relative to
 * 0xA0000) lies outside it. */
static int32_t window_offset(const vga *v, uint32_t off) {
    switch ((v->gc[GR_MISC] >> 2) & 3) {
    case 0:
        return (int32_t)off; /* A0000, 128 KiB */
    case 1:
        return off < 0x10000 ? (int32_t)off : -1;
    case 2:
        return off - 0x10000 < 0x8000 ? (int32_t)(off - 0x10000) : -1;
    default:
        return off - 0x18000 < 0x8000 ? (int32_t)(off - 0x18000) : -1;
    }
}

/* One byte per plane: 0xFF in plane p where bit p of `nibble` is set. */
static inline uint32_t expand_bits(unsigned nibble) {
    uint32_t r = 0;
    for (unsigned p = 0; p < 4; p++)
        if (nibble & (1u << p))
            r |= 0xFFu << (8 * p);
    return r;
}

static inline uint32_t spread(uint8_t b) { return b * 0x01010101u; }

static inline uint8_t rotate_right(uint8_t b, unsigned n) {
    n &= 7;
    return n ? (uint8_t)(b >> n | b << (8 - n)) : b;
}

static inline uint32_t load32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The plane address a window offset reaches and, through *plane, the plane
 * that chain-4/odd-even addressing picks (-1: all planes, planar mode). The
 * address keeps its low bits: with chain-4 a byte at offset a lands in plane
 * a&3 at address a&~3, which is why mode 13h sees every fourth byte. */
static uint32_t plane_address(const vga *v, uint32_t off, int odd_even, int write, int *plane) {
    uint32_t addr = off;
    *plane = -1;
    if (v->seq[SR_MEMMODE] & 0x08) {
        *plane = (int)(off & 3);
        addr = off & ~3u;
    } else if (odd_even) {
        *plane = (int)(off & 1);
        addr = off & ~1u;
    }
    if (vga_vbe_on(v)) /* DISPI 4 bpp: the bank moves the window, planes are large */
        return (addr + vga_vbe_bank_offset(v, write)) & (VGA_VRAM_SIZE / 4 - 1);
    return addr & VGA_PLANE_MASK;
}

static uint8_t planar_read(vga *v, uint32_t off) {
    int plane;
    uint32_t addr = plane_address(v, off, v->gc[GR_MODE] & 0x10, 0, &plane);
    uint32_t latch = v->latch = load32(v->vram + addr * 4);
    if (v->gc[GR_MODE] & 0x08) {
        /* Read mode 1: 1 where every plane that matters matches the compare colour. */
        uint32_t diff = (latch ^ expand_bits(v->gc[GR_COMPARE])) & expand_bits(v->gc[GR_DONT_CARE]);
        return (uint8_t) ~(diff | diff >> 8 | diff >> 16 | diff >> 24);
    }
    if (plane < 0)
        plane = v->gc[GR_READ_MAP] & 3;
    else if (!(v->seq[SR_MEMMODE] & 0x08))
        plane |= v->gc[GR_READ_MAP] & 2; /* odd/even reads pair planes 0/1 or 2/3 */
    return (uint8_t)(latch >> (8 * plane));
}

static uint32_t logical_op(const vga *v, uint32_t data) {
    switch ((v->gc[GR_ROTATE] >> 3) & 3) {
    case 1:
        return data & v->latch;
    case 2:
        return data | v->latch;
    case 3:
        return data ^ v->latch;
    default:
        return data;
    }
}

/* The four plane bytes the graphics controller produces for a CPU byte. */
static uint32_t write_data(const vga *v, uint8_t value) {
    uint32_t data, mask = spread(v->gc[GR_BIT_MASK]);
    switch (v->gc[GR_MODE] & 3) {
    case 0: {
        uint32_t enable = expand_bits(v->gc[GR_ENABLE_SR]);
        data = spread(rotate_right(value, v->gc[GR_ROTATE]));
        data = (data & ~enable) | (expand_bits(v->gc[GR_SET_RESET]) & enable);
        data = logical_op(v, data);
        break;
    }
    case 1:
        return v->latch;
    case 2:
        data = logical_op(v, expand_bits(value));
        break;
    default:
        mask &= spread(rotate_right(value, v->gc[GR_ROTATE]));
        data = logical_op(v, expand_bits(v->gc[GR_SET_RESET]));
        break;
    }
    return (data & mask) | (v->latch & ~mask);
}

static void planar_write(vga *v, uint32_t off, uint8_t value) {
    int plane;
    uint32_t addr = plane_address(v, off, !(v->seq[SR_MEMMODE] & 0x04), 1, &plane);
    unsigned planes = v->seq[SR_MAP_MASK];
    if (plane >= 0) /* chain-4: one plane; odd/even: planes 0+2 or 1+3 */
        planes &= v->seq[SR_MEMMODE] & 0x08 ? 1u << plane : (plane ? 0x0Au : 0x05u);
    if (!planes)
        return;
    uint32_t data = write_data(v, value);
    uint8_t *p = v->vram + addr * 4;
    for (unsigned i = 0; i < 4; i++)
        if (planes & (1u << i))
            p[i] = (uint8_t)(data >> (8 * i));
    if (planes & 4)
        v->font_written = 1;
    vga_mark_page(v, addr * 4);
}

/* DISPI packed-pixel modes: the 64 KiB window shows video memory linearly
 * from bank * 64 KiB, bypassing the planar logic. */
static inline uint8_t *bank_byte(vga *v, uint32_t off, int write) {
    uint32_t a = vga_vbe_bank_offset(v, write) + off;
    return off < 0x10000 && a < VGA_VRAM_SIZE ? v->vram + a : NULL;
}

static inline int packed_vbe(const vga *v) { return vga_vbe_on(v) && v->vbe[VBE_BPP] > 4; }

static uint8_t read_byte(vga *v, uint32_t off) {
    int32_t w = window_offset(v, off);
    if (w < 0 || !(v->misc & 0x02)) /* outside the map, or RAM access disabled */
        return 0xFF;
    if (packed_vbe(v)) {
        const uint8_t *b = bank_byte(v, (uint32_t)w, 0);
        return b ? *b : 0xFF;
    }
    return planar_read(v, (uint32_t)w);
}

static void write_byte(vga *v, uint32_t off, uint8_t value) {
    int32_t w = window_offset(v, off);
    if (w < 0 || !(v->misc & 0x02))
        return;
    if (packed_vbe(v)) {
        uint8_t *b = bank_byte(v, (uint32_t)w, 1);
        if (b) {
            *b = value;
            vga_mark_page(v, (uint32_t)(b - v->vram));
        }
        return;
    }
    planar_write(v, (uint32_t)w, value);
}

uint32_t vga_mem_read(void *opaque, uint32_t offset, unsigned size) {
    uint32_t value = 0;
    for (unsigned i = 0; i < size; i++)
        value |= (uint32_t)read_byte(opaque, offset + i) << (8 * i);
    return value;
}

void vga_mem_write(void *opaque, uint32_t offset, uint32_t value, unsigned size) {
    for (unsigned i = 0; i < size; i++)
        write_byte(opaque, offset + i, (uint8_t)(value >> (8 * i)));
}
