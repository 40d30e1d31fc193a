/* Graphics-mode scan lines: each character clock fetches the four plane bytes
 * at the CRTC's address and the shift registers turn them into pixels —
 * 8 planar 16-colour pixels (EGA/VGA modes 0Dh-12h, CGA mode 6), 8 packed
 * 2-bit pixels (CGA modes 4/5, interleaved shift mode) or 4 bytes of 256
 * colours (mode 13h, and mode X when chain-4 is off). */
#include <string.h>

#include "vga_state.h"

/* The 16 attribute-controller colours of a line, after the colour plane enable. */
static void attr_colors(const vga *v, uint32_t lut[16]) {
    uint8_t enable = v->attr[AR_PLANE_ENABLE] & 0x0F;
    for (unsigned i = 0; i < 16; i++)
        lut[i] = vga_dac_color(v, vga_attr_color(v, i & enable));
}

static void planar_clock(const uint8_t *p, const uint32_t lut[16], uint32_t *out) {
    for (int bit = 7; bit >= 0; bit--)
        *out++ = lut[(p[0] >> bit & 1) | (p[1] >> bit & 1) << 1 | (p[2] >> bit & 1) << 2 |
                     (p[3] >> bit & 1) << 3];
}

/* Interleaved shift mode: the first four pixels take bit pairs of planes 0
 * (low) and 2 (high), the next four those of planes 1 and 3. */
static void cga_clock(const uint8_t *p, const uint32_t lut[16], uint32_t *out) {
    for (int half = 0; half < 2; half++)
        for (int shift = 6; shift >= 0; shift -= 2)
            *out++ = lut[(p[half] >> shift & 3) | (p[half + 2] >> shift & 3) << 2];
}

void vga_gfx_line(vga *v, const struct vga_geom *g, int y, uint32_t *out) {
    int scan, pan = vga_line_pan(v, g, y);
    uint32_t row = vga_row_counter(g, y, &scan);
    uint32_t lut[16], *buf = pan ? vga_line_buffer(v, g) : out;
    int clocks = g->chars + (pan ? 1 : 0);
    if (!buf)
        return;
    if (g->kind != KIND_256)
        attr_colors(v, lut);
    for (int c = 0; c < clocks; c++) {
        uint32_t a = vga_crtc_address(v, row + ((uint32_t)c >> g->count_shift), scan);
        const uint8_t *p = v->vram + a * 4;
        uint32_t *o = buf + c * g->char_w;
        if (g->kind == KIND_PLANAR)
            planar_clock(p, lut, o);
        else if (g->kind == KIND_CGA)
            cga_clock(p, lut, o);
        else
            for (int i = 0; i < 4; i++)
                o[i] = vga_dac_color(v, p[i]);
    }
    if (pan)
        memcpy(out, buf + pan, (size_t)g->width * sizeof *out);
}

/* Whether any character clock of line y fetches from a page written since the
 * last render (text lines read the same addresses: char, attribute, font
 * plane bytes share a page, but the font is checked separately). */
int vga_line_dirty(vga *v, const struct vga_geom *g, int y) {
    int scan;
    uint32_t row = vga_row_counter(g, y, &scan);
    int clocks = g->chars + (g->pan ? 1 : 0);
    for (int c = 0; c < clocks; c++) {
        uint32_t a = vga_crtc_address(v, row + ((uint32_t)c >> g->count_shift), scan);
        if (v->dirty[(a * 4) >> VGA_PAGE_SHIFT])
            return 1;
    }
    return 0;
}
