/* Bochs VBE "DISPI" extension: 16-bit index/data ports 0x1CE/0x1CF for the
 * resolution, depth, enable, bank, virtual size and display offset; the
 * packed-pixel picture it describes (the 4 bpp planar one goes through the
 * VGA planes). Enabling a mode resets the virtual size and offsets and clears
 * video memory unless NOCLEARMEM is set, as Bochs and QEMU do. */
#include <limits.h>
#include <string.h>

#include "vga_state.h"

#define VBE_PORT_INDEX 0x1CE
#define VBE_ID0 0xB0C0
#define VBE_ID5 0xB0C5

static inline int valid_bpp(unsigned bpp) {
    return bpp == 4 || bpp == 8 || bpp == 15 || bpp == 16 || bpp == 24 || bpp == 32;
}

/* Bytes of one virtual line: packed pixels, or one plane's bytes at 4 bpp. */
static uint32_t line_bytes(const vga *v, uint32_t width) {
    int bytes = vga_vbe_bytes(v->vbe[VBE_BPP]);
    return bytes ? width * (uint32_t)bytes : width / 8;
}

/* Memory one line-address unit spans: planar addresses cover all four planes. */
static inline uint32_t addressable(const vga *v) {
    return v->vbe[VBE_BPP] == 4 ? VGA_VRAM_SIZE / 4 : VGA_VRAM_SIZE;
}

static void update_virtual_height(vga *v) {
    uint32_t bytes = line_bytes(v, v->vbe[VBE_VIRT_WIDTH]);
    uint32_t lines = bytes ? addressable(v) / bytes : 0;
    v->vbe[VBE_VIRT_HEIGHT] = (uint16_t)(lines > 0xFFFF ? 0xFFFF : lines);
}

static void enable(vga *v, uint16_t value) {
    uint32_t bytes = line_bytes(v, v->vbe[VBE_XRES]);
    if (!v->vbe[VBE_XRES] || !v->vbe[VBE_YRES] || !bytes ||
        (uint64_t)bytes * v->vbe[VBE_YRES] > addressable(v)) {
        v->vbe[VBE_ENABLE] = value & ~VBE_ENABLED; /* the mode does not fit */
        return;
    }
    v->vbe[VBE_ENABLE] = value;
    v->vbe[VBE_VIRT_WIDTH] = v->vbe[VBE_XRES];
    v->vbe[VBE_X_OFFSET] = v->vbe[VBE_Y_OFFSET] = v->vbe[VBE_BANK] = v->vbe_read_bank = 0;
    update_virtual_height(v);
    if (!(value & VBE_NOCLEARMEM)) {
        uint32_t len = bytes * v->vbe[VBE_YRES] * (v->vbe[VBE_BPP] == 4 ? 4u : 1u);
        memset(v->vram, 0, len);
    }
    /* Graphics mode with the 64 KiB window at 0xA0000, for the banked accesses. */
    v->gc[GR_MISC] = (uint8_t)((v->gc[GR_MISC] & ~0x0C) | 0x05);
}

static void write_enable(vga *v, uint16_t value) {
    int was_on = vga_vbe_on(v);
    if ((value ^ v->vbe[VBE_ENABLE]) & VBE_8BIT_DAC)
        v->palette_changed = 1;
    if ((value & VBE_ENABLED) && !was_on)
        enable(v, value);
    else
        v->vbe[VBE_ENABLE] = value;
    if (was_on != vga_vbe_on(v))
        v->redraw = 1;
}

static void write_reg(vga *v, unsigned index, uint16_t value) {
    switch (index) {
    case VBE_ID:
        if (value >= VBE_ID0 && value <= VBE_ID5)
            v->vbe[VBE_ID] = value;
        return;
    case VBE_XRES:
        if (value > VBE_MAX_XRES)
            return;
        break;
    case VBE_YRES:
        if (value > VBE_MAX_YRES)
            return;
        break;
    case VBE_BPP:
        if (value == 0)
            value = 8;
        if (!valid_bpp(value))
            return;
        break;
    case VBE_ENABLE:
        write_enable(v, value);
        return;
    case VBE_BANK: {
        uint16_t which = value & (VBE_BANK_WRITE | VBE_BANK_READ);
        uint16_t bank = value & VBE_BANK_NUMBER;
        if (((uint32_t)bank << (v->vbe[VBE_ENABLE] & VBE_BANK_32K ? 15 : 16)) >= addressable(v))
            return; /* the BIOSes read the bank back to detect this */
        if (!which || (which & VBE_BANK_WRITE))
            v->vbe[VBE_BANK] = bank;
        if (!which || (which & VBE_BANK_READ))
            v->vbe_read_bank = bank;
        return;
    }
    case VBE_VIRT_WIDTH:
        v->vbe[VBE_VIRT_WIDTH] = value < v->vbe[VBE_XRES] ? v->vbe[VBE_XRES] : value;
        update_virtual_height(v);
        v->redraw = 1;
        return;
    case VBE_X_OFFSET:
    case VBE_Y_OFFSET:
        break;
    default:
        return; /* VIRT_HEIGHT and the memory size are read-only */
    }
    if (v->vbe[index] != value)
        v->redraw = 1;
    v->vbe[index] = value;
    if (index != VBE_X_OFFSET && index != VBE_Y_OFFSET && vga_vbe_on(v)) {
        if (v->vbe[VBE_VIRT_WIDTH] < v->vbe[VBE_XRES])
            v->vbe[VBE_VIRT_WIDTH] = v->vbe[VBE_XRES];
        update_virtual_height(v);
    }
}

static uint16_t read_reg(const vga *v, unsigned index) {
    if (v->vbe[VBE_ENABLE] & VBE_GETCAPS) {
        if (index == VBE_XRES)
            return VBE_MAX_XRES;
        if (index == VBE_YRES)
            return VBE_MAX_YRES;
        if (index == VBE_BPP)
            return VBE_MAX_BPP;
    }
    if (index == VBE_VIDEO_MEMORY_64K)
        return VGA_VRAM_SIZE >> 16;
    return index < VBE_REGS ? v->vbe[index] : 0;
}

/* 0x1CE is the index; 0x1CF-0x1D0 hold the 16-bit data register. */
uint32_t vga_vbe_read(void *opaque, uint16_t port, unsigned size) {
    vga *v = opaque;
    uint32_t value = port == VBE_PORT_INDEX ? v->vbe_index : read_reg(v, v->vbe_index);
    if (port == VBE_PORT_INDEX + 2)
        value >>= 8;
    return size == 1 ? value & 0xFF : value;
}

void vga_vbe_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    vga *v = opaque;
    (void)size;
    if (port == VBE_PORT_INDEX)
        v->vbe_index = (uint16_t)value;
    else if (port == VBE_PORT_INDEX + 1)
        write_reg(v, v->vbe_index, (uint16_t)value);
}

void vga_vbe_reset(vga *v) {
    memset(v->vbe, 0, sizeof v->vbe);
    v->vbe_index = v->vbe_read_bank = 0;
    v->vbe[VBE_ID] = VBE_ID5;
    v->vbe[VBE_XRES] = 640;
    v->vbe[VBE_YRES] = 480;
    v->vbe[VBE_BPP] = 8;
}

void vga_vbe_geometry(vga *v, struct vga_geom *g) {
    int bytes = vga_vbe_bytes(v->vbe[VBE_BPP]);
    g->kind = KIND_VBE;
    g->bpp = v->vbe[VBE_BPP];
    g->width = v->vbe[VBE_XRES];
    g->height = v->vbe[VBE_YRES];
    g->chars = g->width;
    g->char_w = 1;
    g->char_h = g->vscale = 1;
    g->line_compare = INT_MAX;
    g->stride = line_bytes(v, v->vbe[VBE_VIRT_WIDTH]);
    g->start = v->vbe[VBE_Y_OFFSET] * g->stride +
               (bytes ? v->vbe[VBE_X_OFFSET] * (uint32_t)bytes : v->vbe[VBE_X_OFFSET] / 8u);
    /* Linux's bochs-drm blanks through the attribute index, like a VGA. */
    g->blank = (v->seq[SR_CLOCK] & 0x20) || !(v->attr_index & 0x20);
    if (!g->width || !g->height)
        g->kind = KIND_NONE;
}

static inline uint32_t expand5(uint32_t c) { return c << 3 | c >> 2; }
static inline uint32_t expand6(uint32_t c) { return c << 2 | c >> 4; }

static uint32_t packed_pixel(const vga *v, int bpp, const uint8_t *p) {
    uint32_t w = (uint32_t)p[0] | (uint32_t)p[1] << 8;
    switch (bpp) {
    case 8:
        return vga_dac_color(v, p[0]);
    case 15:
        return expand5(w >> 10 & 31) << 16 | expand5(w >> 5 & 31) << 8 | expand5(w & 31);
    case 16:
        return expand5(w >> 11) << 16 | expand6(w >> 5 & 63) << 8 | expand5(w & 31);
    default: /* 24 and 32: blue, green, red in memory order */
        return (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
    }
}

void vga_vbe_line(vga *v, const struct vga_geom *g, int y, uint32_t *out) {
    int bytes = vga_vbe_bytes(g->bpp);
    uint32_t off = g->start + (uint32_t)y * g->stride;
    if (!bytes) {
        uint8_t enable = v->attr[AR_PLANE_ENABLE] & 0x0F;
        for (int x = 0; x < g->width; x++) {
            uint32_t a = (off + (uint32_t)x / 8) & (VGA_VRAM_SIZE / 4 - 1);
            const uint8_t *p = v->vram + a * 4;
            int bit = 7 - (x & 7);
            unsigned i = (p[0] >> bit & 1) | (p[1] >> bit & 1) << 1 | (p[2] >> bit & 1) << 2 |
                         (p[3] >> bit & 1) << 3;
            out[x] = vga_dac_color(v, vga_attr_color(v, i & enable));
        }
        return;
    }
    for (int x = 0; x < g->width; x++, off += (uint32_t)bytes)
        out[x] =
            off + (uint32_t)bytes <= VGA_VRAM_SIZE ? packed_pixel(v, g->bpp, v->vram + off) : 0;
}

int vga_vbe_line_dirty(vga *v, const struct vga_geom *g, int y) {
    int bytes = vga_vbe_bytes(g->bpp);
    uint64_t first = g->start + (uint64_t)y * g->stride;
    uint64_t len = bytes ? (uint64_t)g->width * (uint64_t)bytes : ((uint64_t)g->width + 7) / 8;
    if (!bytes) { /* planar addresses: four bytes each */
        first *= 4;
        len *= 4;
    }
    if (first >= VGA_VRAM_SIZE)
        return 0;
    uint64_t last = first + len - 1 < VGA_VRAM_SIZE ? first + len - 1 : VGA_VRAM_SIZE - 1;
    for (uint64_t p = first >> VGA_PAGE_SHIFT; p <= last >> VGA_PAGE_SHIFT; p++)
        if (v->dirty[p])
            return 1;
    return 0;
}
