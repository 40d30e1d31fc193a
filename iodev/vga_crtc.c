/* What the CRTC, sequencer and attribute controller say about the picture:
 * its size and mode (from the timing registers, not from a mode number), the
 * address each character clock fetches, and the beam position in virtual
 * time for the input status register (retrace and display enable). */
#include <string.h>

#include "vga_state.h"

/* Beam timing of one frame. */
struct timing {
    uint64_t line_ns, hdisp_ns;
    uint32_t vtotal, vdisp, vretrace, vretrace_len;
};

static inline uint32_t vdisp_end(const uint8_t *cr) {
    return (cr[CR_VDISP_END] | (cr[CR_OVERFLOW] & 0x02) << 7 | (cr[CR_OVERFLOW] & 0x40) << 3) + 1u;
}

static void timing(const vga *v, struct timing *t) {
    const uint8_t *cr = v->crtc;
    if (vga_vbe_on(v) && v->vbe[VBE_YRES]) {
        /* DISPI modes carry no timing: a 60 Hz frame with a short blank. */
        t->vdisp = v->vbe[VBE_YRES];
        t->vtotal = t->vdisp + t->vdisp / 20 + 4;
        t->line_ns = 1000000000ull / 60 / t->vtotal;
        t->hdisp_ns = t->line_ns * 4 / 5;
        t->vretrace = t->vdisp + 1;
        t->vretrace_len = 2;
        return;
    }
    uint64_t clock_hz = (v->misc & 0x0C) == 0x04 ? 28322000 : 25175000;
    unsigned dots = (v->seq[SR_CLOCK] & 0x01 ? 8 : 9) << (v->seq[SR_CLOCK] & 0x08 ? 1 : 0);
    unsigned htotal = cr[CR_HTOTAL] + 5u, hdisp = cr[CR_HDISP_END] + 1u;
    t->vtotal =
        (cr[CR_VTOTAL] | (cr[CR_OVERFLOW] & 0x01) << 8 | (cr[CR_OVERFLOW] & 0x20) << 4) + 2u;
    t->vdisp = vdisp_end(cr);
    t->vretrace =
        cr[CR_VRETRACE_START] | (cr[CR_OVERFLOW] & 0x04) << 6 | (cr[CR_OVERFLOW] & 0x80) << 2;
    t->vretrace_len = ((cr[CR_VRETRACE_END] & 0x0F) - t->vretrace) & 0x0F;
    if (!t->vretrace_len)
        t->vretrace_len = 16;
    if (hdisp >= htotal || t->vdisp >= t->vtotal || t->vtotal < 16) {
        /* Not programmed yet (power-on zeros): behave like 640x480 at 60 Hz. */
        htotal = 100, hdisp = 80, dots = 8, clock_hz = 25175000;
        t->vtotal = 525, t->vdisp = 480, t->vretrace = 490, t->vretrace_len = 2;
    }
    t->line_ns = htotal * dots * 1000000000ull / clock_hz;
    t->hdisp_ns = hdisp * dots * 1000000000ull / clock_hz;
}

uint64_t vga_frame_ns(vga *v) {
    struct timing t;
    timing(v, &t);
    return t.line_ns * t.vtotal;
}

uint8_t vga_input_status1(vga *v) {
    struct timing t;
    timing(v, &t);
    uint64_t in_frame = sched_now_ns(v->sched) % (t.line_ns * t.vtotal);
    uint64_t line = in_frame / t.line_ns, pos = in_frame % t.line_ns;
    int retrace = line >= t.vretrace && line < t.vretrace + t.vretrace_len;
    int blank = line >= t.vdisp || pos >= t.hdisp_ns;
    return (uint8_t)((retrace ? 0x08 : 0) | (blank || retrace ? 0x01 : 0));
}

/* Memory address of counter value `ma` on scan line `scan` of its row: byte,
 * word or doubleword addressing, and the CGA/Hercules substitutions of
 * address bits 13/14 by the row scan counter. */
uint32_t vga_crtc_address(const vga *v, uint32_t ma, int scan) {
    uint8_t mode = v->crtc[CR_MODE];
    uint32_t a;
    ma &= 0xFFFF;
    if (v->crtc[CR_UNDERLINE] & 0x40)
        a = ma << 2 | ma >> 14;
    else if (!(mode & 0x40))
        a = ma << 1 | ((mode & 0x20 ? ma >> 15 : ma >> 13) & 1);
    else
        a = ma;
    if (!(mode & 0x01))
        a = (a & ~0x2000u) | (uint32_t)(scan & 1) << 13;
    if (!(mode & 0x02))
        a = (a & ~0x4000u) | (uint32_t)(scan & 2) << 13;
    return a & VGA_PLANE_MASK;
}

/* Left-edge pixels skipped for the panning register value p. */
static int panning(const vga *v, enum vga_kind kind, int char_w) {
    int p = v->attr[AR_PANNING] & 0x0F;
    if (kind == KIND_256)
        return (p & 7) >> 1;
    if (char_w == 9)
        return p >= 8 ? 0 : p + 1;
    return p < 8 ? p : 0;
}

static int screen_off(const vga *v) {
    return (v->seq[SR_CLOCK] & 0x20) || !(v->attr_index & 0x20) || (v->seq[SR_RESET] & 3) != 3;
}

void vga_geometry(vga *v, struct vga_geom *g) {
    const uint8_t *cr = v->crtc;
    memset(g, 0, sizeof *g);
    if (vga_vbe_on(v)) {
        vga_vbe_geometry(v, g);
        return;
    }
    int dscan = cr[CR_MAX_SCAN] & 0x80 ? 2 : 1;
    int counted = (int)vdisp_end(cr) / dscan;
    g->chars = cr[CR_HDISP_END] + 1;
    g->char_h = (cr[CR_MAX_SCAN] & 0x1F) + 1;
    g->start = (uint32_t)(cr[CR_START_HI] << 8 | cr[CR_START_LO]) + ((cr[CR_PRESET_ROW] >> 5) & 3);
    g->stride = cr[CR_OFFSET] * 2u;
    g->preset = cr[CR_PRESET_ROW] & 0x1F;
    g->line_compare =
        (cr[CR_LINE_COMPARE] | (cr[CR_OVERFLOW] & 0x10) << 4 | (cr[CR_MAX_SCAN] & 0x40) << 3) /
        dscan;
    g->count_shift = cr[CR_UNDERLINE] & 0x20 ? 2 : (cr[CR_MODE] & 0x08 ? 1 : 0);
    g->vscale = 1;
    if (!(v->gc[GR_MISC] & 1)) {
        g->kind = KIND_TEXT;
        g->char_w = v->seq[SR_CLOCK] & 1 ? 8 : 9;
    } else {
        g->kind = v->gc[GR_MODE] & 0x40 ? KIND_256 : v->gc[GR_MODE] & 0x20 ? KIND_CGA : KIND_PLANAR;
        g->char_w = g->kind == KIND_256 ? 4 : 8;
        /* Scan lines of a row repeat unless the row scan counter feeds the address. */
        if ((cr[CR_MODE] & 3) == 3)
            g->vscale = g->char_h;
    }
    g->width = g->chars * g->char_w;
    g->height = counted / g->vscale;
    g->pan = panning(v, g->kind, g->char_w);
    g->blank = screen_off(v);
    if (g->width <= 0 || g->height <= 0 || !(cr[CR_MODE] & 0x80))
        g->kind = KIND_NONE; /* CR17 bit 7 clear holds the CRTC in reset */
}
