/* The VGA's state, shared by the iodev/vga_*.c files (not a public header).
 *
 * Video memory layout: the four 8-bit planes are interleaved, so byte `p` of
 * plane address `a` lives at vram[a * 4 + p]. A plane address therefore covers
 * one 32-bit word, the latches are one word, and the DISPI linear frame buffer
 * is the same array read as packed pixels. */
#ifndef TWIN86_VGA_STATE_H
#define TWIN86_VGA_STATE_H

#include <stdint.h>

#include "vga.h"

#define VGA_PAGE_SHIFT 12
#define VGA_VRAM_PAGES (VGA_VRAM_SIZE >> VGA_PAGE_SHIFT)
#define VGA_PLANE_MASK 0xFFFFu /* 64 KiB per plane in the VGA modes */

/* Sequencer, graphics controller, CRTC and attribute register numbers. */
enum {
    SR_RESET = 0,
    SR_CLOCK = 1,
    SR_MAP_MASK = 2,
    SR_CHARMAP = 3,
    SR_MEMMODE = 4,
    GR_SET_RESET = 0,
    GR_ENABLE_SR = 1,
    GR_COMPARE = 2,
    GR_ROTATE = 3,
    GR_READ_MAP = 4,
    GR_MODE = 5,
    GR_MISC = 6,
    GR_DONT_CARE = 7,
    GR_BIT_MASK = 8,
    CR_HTOTAL = 0x00,
    CR_HDISP_END = 0x01,
    CR_VTOTAL = 0x06,
    CR_OVERFLOW = 0x07,
    CR_PRESET_ROW = 0x08,
    CR_MAX_SCAN = 0x09,
    CR_CURSOR_START = 0x0A,
    CR_CURSOR_END = 0x0B,
    CR_START_HI = 0x0C,
    CR_START_LO = 0x0D,
    CR_CURSOR_HI = 0x0E,
    CR_CURSOR_LO = 0x0F,
    CR_VRETRACE_START = 0x10,
    CR_VRETRACE_END = 0x11,
    CR_VDISP_END = 0x12,
    CR_OFFSET = 0x13,
    CR_UNDERLINE = 0x14,
    CR_MODE = 0x17,
    CR_LINE_COMPARE = 0x18,
    AR_MODE = 0x10,
    AR_OVERSCAN = 0x11,
    AR_PLANE_ENABLE = 0x12,
    AR_PANNING = 0x13,
    AR_COLOR_SELECT = 0x14,
};
#define VGA_CRTC_REGS 0x19
#define VGA_ATTR_REGS 0x15

/* DISPI register numbers and ENABLE bits. */
enum {
    VBE_ID = 0,
    VBE_XRES,
    VBE_YRES,
    VBE_BPP,
    VBE_ENABLE,
    VBE_BANK,
    VBE_VIRT_WIDTH,
    VBE_VIRT_HEIGHT,
    VBE_X_OFFSET,
    VBE_Y_OFFSET,
    VBE_VIDEO_MEMORY_64K,
    VBE_REGS
};
enum {
    VBE_ENABLED = 0x01,
    VBE_GETCAPS = 0x02,
    VBE_BANK_32K = 0x10,
    VBE_8BIT_DAC = 0x20,
    VBE_LFB_ENABLED = 0x40,
    VBE_NOCLEARMEM = 0x80
};
/* Bank register bits 14/15: which of the write and read banks a value sets
 * (neither: both). Newer LGPL vgabios builds always send them. */
enum { VBE_BANK_WRITE = 0x4000, VBE_BANK_READ = 0x8000, VBE_BANK_NUMBER = 0x1FF };
#define VBE_MAX_XRES 2560
#define VBE_MAX_YRES 1600
#define VBE_MAX_BPP 32

/* How the current mode turns video memory into pixels. */
enum vga_kind { KIND_NONE, KIND_TEXT, KIND_PLANAR, KIND_CGA, KIND_256, KIND_VBE };

/* Display geometry decoded from the registers (see vga_crtc.c). */
struct vga_geom {
    enum vga_kind kind;
    int width, height; /* output picture */
    int chars;         /* character clocks per line */
    int char_w;        /* dots per character clock in the picture (9, 8 or 4) */
    int char_h;        /* scan lines per character row (maximum scan line + 1) */
    int vscale;        /* counted scan lines per picture line (repeats folded) */
    int line_compare;  /* counted scan line where the address restarts at 0 */
    int count_shift;   /* the address counter advances every 1 << count_shift clocks */
    int pan;           /* picture pixels skipped at the left (horizontal panning) */
    int preset;        /* scan line the first character row starts at (soft scroll) */
    int blank;         /* screen off: the picture is black */
    uint32_t start;    /* start address (CRTC counter units, or DISPI bytes) */
    uint32_t stride;   /* counter units per character row, or DISPI bytes per line */
    int bpp;           /* DISPI only */
};

struct vga {
    iobus *io;
    memory *mem;
    sched *sched;
    pci_dev *pci;
    uint8_t *vram;
    uint8_t *dirty; /* one byte per 4 KiB of vram: written since the last render */
    uint32_t lfb_base;
    uint8_t *rom; /* video BIOS behind the PCI expansion ROM BAR, or NULL */
    uint32_t rom_size, rom_base;
    uint32_t latch; /* plane p in bits 8p..8p+7 */

    uint8_t misc, feature, enable_3c3;
    uint8_t seq_index, seq[8];
    uint8_t gc_index, gc[16];
    uint8_t crtc_index, crtc[VGA_CRTC_REGS];
    uint8_t attr_index, attr[VGA_ATTR_REGS];
    int attr_data_next; /* the 0x3C0 flip-flop: next write goes to the data */

    uint8_t dac[256][3]; /* as written: 6 bits, or 8 with the DISPI 8-bit DAC */
    uint8_t dac_mask, dac_write_index, dac_read_index, dac_sub, dac_reading;
    uint8_t dac_in[3];

    uint16_t vbe_index;
    uint16_t vbe[VBE_REGS]; /* vbe[VBE_BANK] is the write bank */
    uint16_t vbe_read_bank;

    /* Rendering. */
    uint32_t *fb;
    int fb_w, fb_h;
    size_t fb_cap;
    uint32_t colors[256];  /* DAC entries as XRGB */
    struct vga_geom drawn; /* geometry of the picture in fb */
    int redraw;            /* a register change invalidated the whole picture */
    int palette_changed;   /* colors[] must be rebuilt from the DAC */
    int font_written;      /* plane 2 written (text modes take fonts from it) */
    unsigned blink_phase;  /* frame counter / 8 at the last render */
    int drawn_first, drawn_last; /* lines the last render redrew (first > last: none) */
    uint32_t blink_memo_row;     /* vga_text_line_blinks' last row, UINT32_MAX: none */
    int blink_memo_cells, blink_memo_cursor;
    uint32_t *line;        /* one line of pixels before panning */
    size_t line_cap;
};

/* Port handlers (vga_regs.c) and DISPI (vga_vbe.c). */
uint32_t vga_port_read(void *opaque, uint16_t port, unsigned size);
void vga_port_write(void *opaque, uint16_t port, uint32_t value, unsigned size);
uint32_t vga_vbe_read(void *opaque, uint16_t port, unsigned size);
void vga_vbe_write(void *opaque, uint16_t port, uint32_t value, unsigned size);
void vga_vbe_reset(vga *v);
static inline int vga_vbe_on(const vga *v) { return v->vbe[VBE_ENABLE] & VBE_ENABLED; }
/* Video memory offset of the banked window for writes or reads. */
static inline uint32_t vga_vbe_bank_offset(const vga *v, int write) {
    uint32_t bank = write ? v->vbe[VBE_BANK] : v->vbe_read_bank;
    return bank << (v->vbe[VBE_ENABLE] & VBE_BANK_32K ? 15 : 16);
}
/* Bytes per pixel of a DISPI depth (4 bpp counts as planar: 0). */
static inline int vga_vbe_bytes(int bpp) { return bpp <= 4 ? 0 : (bpp + 7) / 8; }

/* Legacy memory window (vga_mem.c). */
uint32_t vga_mem_read(void *opaque, uint32_t offset, unsigned size);
void vga_mem_write(void *opaque, uint32_t offset, uint32_t value, unsigned size);

/* Geometry and beam position (vga_crtc.c, and vga_vbe.c for DISPI modes). */
void vga_vbe_geometry(vga *v, struct vga_geom *g);
void vga_geometry(vga *v, struct vga_geom *g);
uint8_t vga_input_status1(vga *v);
uint64_t vga_frame_ns(vga *v);
uint32_t vga_crtc_address(const vga *v, uint32_t counter, int scan);

/* Line renderers: pixels for picture line y into out[0..g->width). */
void vga_text_line(vga *v, const struct vga_geom *g, int y, uint32_t *out, unsigned frame);
void vga_gfx_line(vga *v, const struct vga_geom *g, int y, uint32_t *out);
void vga_vbe_line(vga *v, const struct vga_geom *g, int y, uint32_t *out);
/* Whether text line y shows the cursor or blinking cells (vga_text.c). */
int vga_text_line_blinks(vga *v, const struct vga_geom *g, int y);
/* Whether picture line y reads a video memory page written since the last render. */
int vga_line_dirty(vga *v, const struct vga_geom *g, int y);
int vga_vbe_line_dirty(vga *v, const struct vga_geom *g, int y);

/* A scratch line of (chars + 1) character clocks for panned lines, or NULL
 * when out of memory (vga_render.c). */
uint32_t *vga_line_buffer(vga *v, const struct vga_geom *g);

/* Pixels skipped at the left of line y: panning, which the attribute mode
 * control can switch off below the split line. */
static inline int vga_line_pan(const vga *v, const struct vga_geom *g, int y) {
    if ((v->attr[AR_MODE] & 0x20) && y * g->vscale > g->line_compare)
        return 0;
    return g->pan;
}

/* Counter value and scan line that picture line y starts from (line compare
 * restarts the counter at 0). */
static inline uint32_t vga_row_counter(const struct vga_geom *g, int y, int *scan) {
    int counted = y * g->vscale;
    uint32_t base = g->start;
    if (counted > g->line_compare) {
        counted -= g->line_compare + 1;
        base = 0;
    } else
        counted += g->preset;
    *scan = counted % g->char_h;
    return base + (uint32_t)(counted / g->char_h) * g->stride;
}

/* Colour of an attribute-controller index (0..15) through the palette
 * registers, colour select and pixel mask: the DAC entry number. */
static inline uint8_t vga_attr_color(const vga *v, unsigned index) {
    uint8_t pal = v->attr[index & 15] & 0x3F;
    uint8_t sel = v->attr[AR_COLOR_SELECT];
    if (v->attr[AR_MODE] & 0x80)
        pal = (uint8_t)((pal & 0x0F) | (sel & 0x03) << 4);
    return (uint8_t)(pal | (sel & 0x0C) << 4);
}

static inline uint32_t vga_dac_color(const vga *v, unsigned dac_index) {
    return v->colors[dac_index & v->dac_mask];
}

static inline void vga_mark_page(vga *v, uint32_t vram_offset) {
    v->dirty[vram_offset >> VGA_PAGE_SHIFT] = 1;
}

#endif
