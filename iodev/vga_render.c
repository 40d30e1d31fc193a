/* Turning video memory into the host picture. Each call decodes the
 * geometry, then redraws only the lines that read a page written since the
 * last call (the write paths and the linear frame buffer mark pages), plus
 * everything after a register, palette, font or size change, plus the lines
 * whose cursor or blinking cells change with the blink phase. An idle screen
 * costs one geometry decode and a dirty-page scan per call. */
#include <stdlib.h>
#include <string.h>

#include "vga_state.h"

static inline uint32_t dac_level(uint8_t c, int eight_bit) {
    return eight_bit ? c : (uint32_t)((c & 0x3F) << 2 | (c & 0x3F) >> 4);
}

static void rebuild_colors(vga *v) {
    int eight = v->vbe[VBE_ENABLE] & VBE_8BIT_DAC;
    for (int i = 0; i < 256; i++)
        v->colors[i] = dac_level(v->dac[i][0], eight) << 16 | dac_level(v->dac[i][1], eight) << 8 |
                       dac_level(v->dac[i][2], eight);
}

uint32_t *vga_line_buffer(vga *v, const struct vga_geom *g) {
    size_t need = (size_t)(g->chars + 1) * (size_t)g->char_w;
    if (need > v->line_cap) {
        uint32_t *line = realloc(v->line, need * sizeof *line);
        if (!line)
            return NULL;
        v->line = line;
        v->line_cap = need;
    }
    return v->line;
}

static int resize(vga *v, int w, int h) {
    size_t need = (size_t)w * (size_t)h;
    if (need > v->fb_cap) {
        uint32_t *fb = realloc(v->fb, need * sizeof *fb);
        if (!fb)
            return -1;
        v->fb = fb;
        v->fb_cap = need;
    }
    v->fb_w = w;
    v->fb_h = h;
    return 0;
}

static int line_changed(vga *v, const struct vga_geom *g, int y, int blink_step, int any_dirty) {
    if (g->kind == KIND_VBE)
        return any_dirty && vga_vbe_line_dirty(v, g, y);
    if (any_dirty && vga_line_dirty(v, g, y))
        return 1;
    return blink_step && g->kind == KIND_TEXT && vga_text_line_blinks(v, g, y);
}

static void draw_line(vga *v, const struct vga_geom *g, int y, unsigned frame) {
    uint32_t *out = v->fb + (size_t)y * (size_t)g->width;
    if (g->kind == KIND_VBE)
        vga_vbe_line(v, g, y, out);
    else if (g->kind == KIND_TEXT)
        vga_text_line(v, g, y, out, frame);
    else
        vga_gfx_line(v, g, y, out);
}

int vga_render(vga *v) {
    struct vga_geom g;
    int changed = 0;
    vga_geometry(v, &g);
    if (v->palette_changed) {
        rebuild_colors(v);
        v->palette_changed = 0;
        v->redraw = 1;
    }
    int full = v->redraw || memcmp(&g, &v->drawn, sizeof g) != 0;
    if (g.kind == KIND_NONE)
        g.width = g.height = 0;
    if (g.width != v->fb_w || g.height != v->fb_h) {
        if (resize(v, g.width, g.height) < 0) {
            g.kind = KIND_NONE;
            v->fb_w = v->fb_h = g.width = g.height = 0;
        }
        changed = full = 1;
    }
    unsigned frame = (unsigned)(sched_now_ns(v->sched) / vga_frame_ns(v));
    int blink_step = (frame >> 3) != v->blink_phase; /* the cursor toggles every 8 frames */
    v->blink_phase = frame >> 3;
    if (g.kind == KIND_TEXT && v->font_written)
        full = 1;
    v->drawn_first = g.height;
    v->drawn_last = -1;
    v->blink_memo_row = UINT32_MAX; /* video memory may have changed since */
    if (g.kind != KIND_NONE && g.blank) {
        if (full) {
            memset(v->fb, 0, (size_t)g.width * (size_t)g.height * sizeof *v->fb);
            changed = 1;
            v->drawn_first = 0;
            v->drawn_last = g.height - 1;
        }
    } else if (g.kind != KIND_NONE) {
        /* Most calls find no page written at all (writers store 1): then
         * only blinking can change a line, and the per-line address walk
         * is skipped. */
        int any_dirty = memchr(v->dirty, 1, VGA_VRAM_PAGES) != NULL;
        for (int y = 0; y < g.height; y++)
            if (full || line_changed(v, &g, y, blink_step, any_dirty)) {
                draw_line(v, &g, y, frame);
                changed = 1;
                if (y < v->drawn_first)
                    v->drawn_first = y;
                v->drawn_last = y;
            }
    }
    memset(v->dirty, 0, VGA_VRAM_PAGES);
    v->redraw = 0;
    v->font_written = 0;
    v->drawn = g;
    return changed;
}

const uint32_t *vga_pixels(vga *v, int *w, int *h, int *pitch) {
    *w = v->fb_w;
    *h = v->fb_h;
    *pitch = v->fb_w;
    return v->fb;
}

void vga_dirty_lines(const vga *v, int *first, int *last) {
    *first = v->drawn_first;
    *last = v->drawn_last;
}

void vga_screen_info(vga *v, struct vga_screen_info *out) {
    struct vga_geom g;
    vga_geometry(v, &g);
    *out = (struct vga_screen_info){VGA_SCREEN_OFF, 0, 0, 0, 0, 0};
    if (g.kind == KIND_NONE)
        return;
    out->width = g.width;
    out->height = g.height;
    switch (g.kind) {
    case KIND_TEXT:
        out->kind = VGA_SCREEN_TEXT;
        out->cols = g.chars;
        out->rows = (g.height + g.char_h - 1) / g.char_h;
        break;
    case KIND_VBE:
        out->kind = VGA_SCREEN_VBE;
        out->bpp = g.bpp;
        break;
    default:
        out->kind = VGA_SCREEN_GRAPHICS;
        break;
    }
}
