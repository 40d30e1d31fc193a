/* Alphanumeric modes: character and attribute from planes 0 and 1, the glyph
 * from the font in plane 2 (two selectable 8 KiB maps, so fonts the guest
 * loads show up), 8- or 9-dot cells, blink or background intensity, the
 * underline row, and the CRTC cursor. Also the plain-text dump of the screen. */
#include "vga_cp437.h"
#include "vga_state.h"

/* Plane-2 address of font map n (0-7) as the sequencer numbers them. */
static inline uint32_t font_base(unsigned n) { return (n & 3) * 0x4000u + (n >> 2) * 0x2000u; }

struct text_attrs {
    uint32_t map_a, map_b; /* font for attribute bit 3 set / clear */
    uint32_t cursor;
    int cursor_first, cursor_last; /* scan lines; first > last: no cursor */
    int blink_enabled, blink_on, cursor_on, line_graphics, underline;
};

static void text_attrs(const vga *v, unsigned frame, struct text_attrs *t) {
    uint8_t sr3 = v->seq[SR_CHARMAP];
    t->map_a = font_base((sr3 >> 5 & 1) << 2 | (sr3 >> 2 & 3));
    t->map_b = font_base((sr3 >> 4 & 1) << 2 | (sr3 & 3));
    t->cursor = (uint32_t)(v->crtc[CR_CURSOR_HI] << 8 | v->crtc[CR_CURSOR_LO]);
    t->cursor_first = v->crtc[CR_CURSOR_START] & 0x1F;
    t->cursor_last = v->crtc[CR_CURSOR_END] & 0x1F;
    if (v->crtc[CR_CURSOR_START] & 0x20)
        t->cursor_first = 32, t->cursor_last = 0;
    /* The cursor blinks every 16 frames, blinking characters every 32. */
    t->cursor_on = !(frame & 8);
    t->blink_on = !(frame & 16);
    t->blink_enabled = v->attr[AR_MODE] & 0x08;
    t->line_graphics = v->attr[AR_MODE] & 0x04;
    t->underline = v->crtc[CR_UNDERLINE] & 0x1F;
}

static inline const uint8_t *cell(const vga *v, const struct vga_geom *g, uint32_t row, int c,
                                  int scan, uint32_t *ma) {
    *ma = row + ((uint32_t)c >> g->count_shift);
    return v->vram + vga_crtc_address(v, *ma, scan) * 4;
}

void vga_text_line(vga *v, const struct vga_geom *g, int y, uint32_t *out, unsigned frame) {
    int scan, pan = vga_line_pan(v, g, y);
    uint32_t row = vga_row_counter(g, y, &scan), lut[16], ma;
    uint32_t *buf = pan ? vga_line_buffer(v, g) : out;
    struct text_attrs t;
    if (!buf)
        return;
    text_attrs(v, frame, &t);
    uint8_t enable = v->attr[AR_PLANE_ENABLE] & 0x0F;
    for (unsigned i = 0; i < 16; i++)
        lut[i] = vga_dac_color(v, vga_attr_color(v, i & enable));
    int clocks = g->chars + (pan ? 1 : 0);
    for (int c = 0; c < clocks; c++) {
        const uint8_t *p = cell(v, g, row, c, scan, &ma);
        uint8_t ch = p[0], attr = p[1];
        uint32_t font = attr & 0x08 ? t.map_a : t.map_b;
        unsigned glyph = v->vram[((font + ch * 32u + (unsigned)scan) & VGA_PLANE_MASK) * 4 + 2];
        unsigned fg = attr & 0x0F, bg = attr >> 4;
        if (t.blink_enabled) {
            bg &= 7;
            if ((attr & 0x80) && !t.blink_on)
                glyph = 0;
        }
        /* Nine dots, the ninth repeating the eighth for the line-drawing
         * characters; underline and cursor fill the whole cell width. */
        unsigned dots = glyph << 1;
        if (t.line_graphics && ch >= 0xC0 && ch <= 0xDF)
            dots |= glyph & 1;
        if ((scan == t.underline && (attr & 0x77) == 0x01) ||
            (ma == t.cursor && t.cursor_on && scan >= t.cursor_first && scan <= t.cursor_last))
            dots = 0x1FF;
        uint32_t *o = buf + c * g->char_w;
        for (int x = 0; x < g->char_w; x++)
            o[x] = lut[dots >> (8 - x) & 1 ? fg : bg];
    }
    if (pan)
        for (int x = 0; x < g->width; x++)
            out[x] = buf[x + pan];
}

/* Whether line y shows something that changes with the blink phase: the
 * cursor's scan lines, or a cell with the blink attribute. The cells of a
 * character row are looked at once per render (blink_memo), not once per
 * scan line, unless the row scan counter feeds the address (CR17 bits 0-1). */
int vga_text_line_blinks(vga *v, const struct vga_geom *g, int y) {
    int scan;
    uint32_t row = vga_row_counter(g, y, &scan), ma;
    struct text_attrs t;
    text_attrs(v, 0, &t);
    int cursor_line = scan >= t.cursor_first && scan <= t.cursor_last;
    if (!t.blink_enabled && !cursor_line)
        return 0;
    int memo = (v->crtc[CR_MODE] & 3) == 3;
    if (!memo || row != v->blink_memo_row) {
        v->blink_memo_cells = v->blink_memo_cursor = 0;
        for (int c = 0; c <= g->chars; c++) {
            const uint8_t *p = cell(v, g, row, c, scan, &ma);
            v->blink_memo_cells |= (p[1] & 0x80) != 0;
            v->blink_memo_cursor |= ma == t.cursor;
        }
        v->blink_memo_row = memo ? row : UINT32_MAX;
    }
    return (t.blink_enabled && v->blink_memo_cells) || (cursor_line && v->blink_memo_cursor);
}

int vga_text_dump(vga *v, FILE *out) {
    struct vga_geom g;
    vga_geometry(v, &g);
    if (g.kind != KIND_TEXT)
        return -1;
    int rows = (g.height + g.char_h - 1) / g.char_h;
    for (int r = 0; r < rows; r++) {
        char line[4 * 256 + 2];
        size_t n = 0, keep = 0;
        int scan;
        uint32_t row = vga_row_counter(&g, r * g.char_h, &scan), ma;
        for (int c = 0; c < g.chars && c < 256; c++) {
            uint8_t ch = cell(v, &g, row, c, scan, &ma)[0];
            n += (size_t)vga_cp437_utf8(ch, line + n);
            if (ch != ' ' && ch != 0 && ch != 0xFF)
                keep = n;
        }
        line[keep] = '\n';
        fwrite(line, 1, keep + 1, out);
    }
    return 0;
}

int vga_text_screen(vga *v, struct vga_text_screen *t) {
    struct vga_geom g;
    struct text_attrs a;
    vga_geometry(v, &g);
    if (g.kind != KIND_TEXT)
        return -1;
    text_attrs(v, 0, &a);
    int rows = (g.height + g.char_h - 1) / g.char_h;
    t->rows = rows < VGA_TEXT_MAX_ROWS ? rows : VGA_TEXT_MAX_ROWS;
    t->cols = g.chars < VGA_TEXT_MAX_COLS ? g.chars : VGA_TEXT_MAX_COLS;
    t->cursor_row = t->cursor_col = -1;
    t->blink = a.blink_enabled != 0;
    int cursor_shown = a.cursor_first <= a.cursor_last && a.cursor_first < g.char_h;
    for (int r = 0; r < t->rows; r++) {
        int scan;
        uint32_t row = vga_row_counter(&g, r * g.char_h, &scan), ma;
        for (int c = 0; c < t->cols; c++) {
            const uint8_t *p = cell(v, &g, row, c, scan, &ma);
            t->cell[r][c] = (uint16_t)(p[0] | p[1] << 8);
            if (cursor_shown && ma == a.cursor && t->cursor_row < 0)
                t->cursor_row = r, t->cursor_col = c;
        }
    }
    return 0;
}
