/* The SDL display's drawing (gui/sdl_view.c with gui/layout.c and
 * gui/statusbar.c) in every kind of mode, through SDL's software renderer
 * on a memory surface, so no window or X server is needed.
 *
 * For each mode the VGA is programmed as a guest would (register tables,
 * palette, video memory), and the expected guest picture is computed here
 * from the mode's definition: chained 256-colour bytes, four planes, CGA
 * interleaved 2-bit pixels, text cells with a font in plane 2 and nine-dot
 * line graphics, DISPI packed pixels at 8/16/24/32 bpp. The window picture
 * must be that picture scaled into the expected rectangle (exactly, for
 * integer factors; within the 2x2 source neighbourhood for smoothed
 * factors), black around it, and the status bar under it. Then a few bytes
 * change and the picture must follow (only changed lines are uploaded).
 *
 * With arguments it is a tool for test_gui_x11.sh:
 *   window-check WINDOW.xwd GUEST.png integer|aspect square|vga
 *   xwd-to-png WINDOW.xwd OUT.png */
#include "config.h"

#include <stdio.h>

#ifndef HAVE_SDL2
int main(void) {
    puts("SKIP: built without SDL2");
    return 77;
}
#else

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gui/layout.h"
#include "gui/screendump.h"
#include "gui/sdl_view.h"
#include "gui/statusbar.h"
#include "image_io.h"
#include "vga_rig.h"

/* --- comparing a scaled picture ---------------------------------------- */

static int clampi(int v, int n) { return v < 0 ? 0 : v >= n ? n - 1 : v; }

static int near(uint32_t v, uint32_t lo, uint32_t hi) { return v + 3 >= lo && v <= hi + 3; }

/* Mismatching pixels of out (rect inside it) against ref. */
static long compare_scaled(const uint32_t *out, int opitch, struct layout_rect r,
                           const uint32_t *ref, int gw, int gh, int exact) {
    long bad = 0;
    for (int oy = 0; oy < r.h; oy++)
        for (int ox = 0; ox < r.w; ox++) {
            uint32_t got = out[(long)(r.y + oy) * opitch + r.x + ox];
            if (exact) {
                long sx = (long)ox * gw / r.w, sy = (long)oy * gh / r.h;
                bad += got != ref[sy * gw + sx];
                continue;
            }
            /* Linear filtering mixes the source pixels around the sample
             * point; rounding may shift that point a little either way. */
            double fx = (ox + 0.5) * gw / r.w - 0.5, fy = (oy + 0.5) * gh / r.h - 0.5;
            int xa = clampi((int)floor(fx - 0.05), gw), xb = clampi((int)floor(fx + 0.05) + 1, gw);
            int ya = clampi((int)floor(fy - 0.05), gh), yb = clampi((int)floor(fy + 0.05) + 1, gh);
            for (int sh = 0; sh < 24; sh += 8) {
                uint32_t lo = 255, hi = 0;
                for (int y = ya; y <= yb; y++)
                    for (int x = xa; x <= xb; x++) {
                        uint32_t v = ref[y * gw + x] >> sh & 0xFF;
                        lo = v < lo ? v : lo, hi = v > hi ? v : hi;
                    }
                if (!near(got >> sh & 0xFF, lo, hi)) {
                    bad++;
                    break;
                }
            }
        }
    return bad;
}

/* Pixels of the area (aw x ah at the top) outside rect that are not black. */
static long border_not_black(const uint32_t *out, int opitch, int aw, int ah,
                             struct layout_rect r) {
    long bad = 0;
    for (int y = 0; y < ah; y++)
        for (int x = 0; x < aw; x++)
            if ((x < r.x || x >= r.x + r.w || y < r.y || y >= r.y + r.h) &&
                (out[(long)y * opitch + x] & 0xFFFFFF))
                bad++;
    return bad;
}

/* --- the guest side: modes and reference pictures ---------------------- */

struct ref {
    int w, h;
    uint32_t *px;
};

static void ref_alloc(struct ref *f, int w, int h) {
    f->w = w, f->h = h;
    f->px = calloc((size_t)w * (size_t)h, sizeof *f->px);
}

/* Every DAC entry gets a distinct colour. */
static uint8_t pal_r(int i) { return (uint8_t)(i * 7 & 63); }
static uint8_t pal_g(int i) { return (uint8_t)((i * 13 + 5) & 63); }
static uint8_t pal_b(int i) { return (uint8_t)((i * 29 + 11) & 63); }
static uint32_t pal(int i) { return rgb6(pal_r(i), pal_g(i), pal_b(i)); }
static void load_palette(struct rig *r) {
    for (int i = 0; i < 256; i++)
        dac(r, (uint8_t)i, pal_r(i), pal_g(i), pal_b(i));
}

static uint8_t p13(int x, int y, int gen) { return (uint8_t)(x * 3 + y * 5 + gen * 17); }

static void mode13_setup(struct rig *r, struct ref *f, int gen) {
    if (!gen) {
        set_mode(r, &mode13);
        load_palette(r);
        ref_alloc(f, 320, 200);
    }
    for (int y = 0; y < 200; y++)
        for (int x = 0; x < 320; x++)
            if (!gen || y == 77) /* later generations change one line */
                wr(r, 0xA0000 + (uint32_t)(y * 320 + x), p13(x, y, gen));
    for (int y = 0; y < 200; y++)
        for (int x = 0; x < 320; x++)
            f->px[y * 320 + x] = pal(p13(x, y, (!gen || y == 77) ? gen : 0));
}

/* Mode 12h: colour (x / 3 + y + gen) & 15, through the attribute palette. */
static int c12(int x, int y, int gen) { return (x / 3 + y + gen) & 15; }

static void mode12_setup(struct rig *r, struct ref *f, int gen) {
    if (!gen) {
        set_mode(r, &mode12);
        load_palette(r);
        ref_alloc(f, 640, 480);
    }
    int y0 = gen ? 300 : 0, y1 = gen ? 301 : 480;
    for (int plane = 0; plane < 4; plane++) {
        seq(r, 2, (uint8_t)(1 << plane)); /* write mode 0, all bits: plain plane writes */
        for (int y = y0; y < y1; y++)
            for (int bx = 0; bx < 80; bx++) {
                uint8_t b = 0;
                for (int i = 0; i < 8; i++)
                    b |= (uint8_t)((c12(bx * 8 + i, y, gen) >> plane & 1) << (7 - i));
                wr(r, 0xA0000 + (uint32_t)(y * 80 + bx), b);
            }
    }
    seq(r, 2, 0x0F);
    for (int y = y0; y < y1; y++)
        for (int x = 0; x < 640; x++)
            f->px[y * 640 + x] = pal(mode12.ar[c12(x, y, gen)] & 0x3F);
}

/* Mode 4: 2-bit pixels, even lines at 0xB8000, odd lines 8 KiB further. */
static int c4(int x, int y, int gen) { return (x + y / 2 + gen) & 3; }

static void mode4_setup(struct rig *r, struct ref *f, int gen) {
    if (!gen) {
        set_mode(r, &mode4);
        load_palette(r);
        ref_alloc(f, 320, 200);
    }
    int y0 = gen ? 150 : 0, y1 = gen ? 152 : 200;
    for (int y = y0; y < y1; y++)
        for (int bx = 0; bx < 80; bx++) {
            uint8_t b = 0;
            for (int i = 0; i < 4; i++)
                b |= (uint8_t)(c4(bx * 4 + i, y, gen) << (6 - 2 * i));
            wr(r, 0xB8000 + (uint32_t)((y & 1) * 0x2000 + (y / 2) * 80 + bx), b);
        }
    for (int y = y0; y < y1; y++)
        for (int x = 0; x < 320; x++)
            f->px[y * 320 + x] = pal(mode4.ar[c4(x, y, gen)] & 0x3F);
}

/* Text: a made-up font (so nothing depends on a BIOS), 80x25 cells. */
static uint8_t glyph_row(int ch, int scan) { return (uint8_t)(ch * 37 + scan * 11 + (ch >> 3)); }
static uint8_t cell_ch(int row, int col, int gen) { return (uint8_t)((row * 80 + col) * 7 + gen); }
static uint8_t cell_at(int row, int col, int gen) {
    return (uint8_t)((row * 3 + col + gen) & 0x7F);
}

static void load_font(struct rig *r) {
    seq(r, 2, 0x04); /* plane 2 only, sequential addressing */
    seq(r, 4, 0x06);
    gc(r, 4, 0x02);
    gc(r, 5, 0x00);
    gc(r, 6, 0x04);
    for (int ch = 0; ch < 256; ch++)
        for (int s = 0; s < 32; s++)
            wr(r, 0xA0000 + (uint32_t)(ch * 32 + s), s < 16 ? glyph_row(ch, s) : 0);
    seq(r, 2, 0x03);
    seq(r, 4, 0x02);
    gc(r, 4, 0x00);
    gc(r, 5, 0x10);
    gc(r, 6, 0x0E);
}

static uint32_t text_pixel(int x, int y, int gen_of_row) {
    int row = y / 16, col = x / 9, dot = x % 9, scan = y % 16;
    int ch = cell_ch(row, col, gen_of_row), at = cell_at(row, col, gen_of_row);
    int g = glyph_row(ch, scan), on;
    if (dot < 8)
        on = g >> (7 - dot) & 1;
    else
        on = ch >= 0xC0 && ch <= 0xDF ? g & 1 : 0; /* line graphics: AR10 bit 2 */
    int color = on ? at & 15 : at >> 4 & 7;
    return pal(mode3.ar[color] & 0x3F);
}

static void text_setup(struct rig *r, struct ref *f, int gen) {
    if (!gen) {
        set_mode(r, &mode3);
        load_palette(r);
        load_font(r);
        crtc(r, 0x0A, 0x20); /* no cursor: nothing blinks */
        ref_alloc(f, 720, 400);
    }
    for (int row = 0; row < 25; row++)
        for (int col = 0; col < 80; col++)
            if (!gen || row == 12) {
                uint32_t a = 0xB8000 + (uint32_t)(row * 80 + col) * 2;
                wr(r, a, cell_ch(row, col, gen));
                wr(r, a + 1, cell_at(row, col, gen));
            }
    for (int y = 0; y < 400; y++)
        for (int x = 0; x < 720; x++)
            f->px[y * 720 + x] = text_pixel(x, y, y / 16 == 12 ? gen : 0);
}

/* DISPI modes with the linear frame buffer at 0xE0000000. */
static uint32_t vbe_value(int x, int y, int gen) {
    return (uint32_t)(x * 0x010307 + y * 0x070301 + gen * 0x404040);
}

static uint32_t vbe_ref(int bpp, uint32_t v) {
    switch (bpp) {
    case 8:
        return pal(v & 0xFF);
    case 16: {
        uint32_t r5 = v >> 11 & 31, g6 = v >> 5 & 63, b5 = v & 31;
        return (r5 << 3 | r5 >> 2) << 16 | (g6 << 2 | g6 >> 4) << 8 | (b5 << 3 | b5 >> 2);
    }
    default:
        return v & 0xFFFFFF;
    }
}

static void vbe_setup(struct rig *r, struct ref *f, int gen, int w, int h, int bpp) {
    const char *err;
    int bytes = (bpp + 7) / 8;
    if (!gen) {
        CHECK(vga_set_lfb_base(r->v, VGA_LFB_ISA_BASE, &err) == 0);
        outb(r, 0x3C2, 0x63);
        seq(r, 0, 0x03);
        attr(r, 0x10, 0x41);
        outb(r, 0x3C0, 0x20); /* screen on */
        load_palette(r);
        vbe(r, 4, 0);
        vbe(r, 1, (uint16_t)w);
        vbe(r, 2, (uint16_t)h);
        vbe(r, 3, (uint16_t)bpp);
        vbe(r, 4, 0x41); /* enabled, linear frame buffer */
        ref_alloc(f, w, h);
    }
    int y0 = gen ? h / 2 : 0, y1 = gen ? h / 2 + 3 : h;
    for (int y = y0; y < y1; y++)
        for (int x = 0; x < w; x++) {
            uint32_t v = vbe_value(x, y, gen),
                     a = VGA_LFB_ISA_BASE + (uint32_t)((y * w + x) * bytes);
            for (int i = 0; i < bytes; i++)
                wr(r, a + (uint32_t)i, (uint8_t)(v >> (8 * i)));
            f->px[y * w + x] = vbe_ref(bpp, v);
        }
}

/* --- the display side --------------------------------------------------- */

struct mode_case {
    const char *name;
    int gw, gh, square;
    int int_w, int_h, asp_w, asp_h; /* natural picture sizes, from layout.h's rules */
    int vbe_bpp;                    /* 0: a VGA mode below */
    void (*setup)(struct rig *r, struct ref *f, int gen);
};

static const struct status_info bar_state = {12.3, 1, -1, -1, 2, 0, "Ctrl+Alt+G", NULL};

struct target {
    SDL_Surface *surf;
    SDL_Renderer *ren;
    sdl_view *view;
};

static int target_open(struct target *t, int w, int h) {
    const char *err = "";
    t->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGB888);
    t->ren = t->surf ? SDL_CreateSoftwareRenderer(t->surf) : NULL;
    t->view = t->ren ? sdl_view_create(t->ren, &err) : NULL;
    if (!CHECK(t->view != NULL))
        fprintf(stderr, "software renderer: %s %s\n", SDL_GetError(), err);
    return t->view != NULL;
}

static void target_close(struct target *t) {
    sdl_view_destroy(t->view);
    if (t->ren)
        SDL_DestroyRenderer(t->ren);
    if (t->surf)
        SDL_FreeSurface(t->surf);
}

/* Draws and checks the whole output: picture, border, status bar. */
static void check_output(struct target *t, const struct ref *f, int square,
                         enum display_scale scale, const char *what) {
    int w = t->surf->w, h = t->surf->h, bar = statusbar_height(w);
    CHECK_EQ(sdl_view_set_status(t->view, &bar_state, w), 0); /* unchanged since the first */
    sdl_view_draw(t->view, w, h, scale);
    SDL_RenderPresent(t->ren);
    const uint32_t *out = t->surf->pixels;
    int pitch = t->surf->pitch / 4;
    struct layout_rect r = sdl_view_picture_rect(t->view);
    struct layout_rect want = layout_fit(f->w, f->h, square, scale, w, h - bar);
    CHECK(memcmp(&r, &want, sizeof r) == 0);
    int exact = r.w % f->w == 0 && r.h % f->h == 0;
    long bad = compare_scaled(out, pitch, r, f->px, f->w, f->h, exact);
    long border = border_not_black(out, pitch, w, h - bar, r);
    uint32_t *bar_px = malloc((size_t)w * (size_t)bar * sizeof *bar_px);
    long bar_bad = 0;
    statusbar_draw(bar_px, w, w, bar, &bar_state);
    for (int y = 0; y < bar; y++)
        for (int x = 0; x < w; x++)
            bar_bad += out[(long)(h - bar + y) * pitch + x] != bar_px[y * w + x];
    free(bar_px);
    if (!CHECK(bad == 0 && border == 0 && bar_bad == 0))
        fprintf(stderr,
                "%s: %ld picture, %ld border, %ld status bar pixels wrong (rect %d,%d %dx%d)\n",
                what, bad, border, bar_bad, r.x, r.y, r.w, r.h);
}

static void test_mode(const struct mode_case *m, enum display_scale scale) {
    struct rig r;
    struct ref f = {0, 0, NULL};
    struct target t = {NULL, NULL, NULL};
    char what[96];
    int nw, nh, resized;
    layout_natural(m->gw, m->gh, m->square, scale, &nw, &nh);
    CHECK_EQ(nw, scale == DISPLAY_SCALE_INTEGER ? m->int_w : m->asp_w);
    CHECK_EQ(nh, scale == DISPLAY_SCALE_INTEGER ? m->int_h : m->asp_h);
    snprintf(what, sizeof what, "%s, %s scaling", m->name,
             scale == DISPLAY_SCALE_INTEGER ? "integer" : "aspect");
    if (!rig_init(&r))
        return;
    /* The window the display opens for this mode: natural size plus the bar. */
    if (!target_open(&t, nw, nh + statusbar_height(nw))) {
        rig_done(&r);
        return;
    }
    m->setup(&r, &f, 0);
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 1);
    CHECK_EQ(resized, 1);
    int gw, gh, square;
    sdl_view_guest(t.view, &gw, &gh, &square);
    CHECK_EQ(gw, m->gw);
    CHECK_EQ(gh, m->gh);
    CHECK_EQ(square, m->square);
    CHECK_EQ(sdl_view_set_status(t.view, &bar_state, t.surf->w), 1);
    check_output(&t, &f, m->square, scale, what);
    /* Idle: nothing to upload, nothing to draw. */
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 0);
    CHECK_EQ(resized, 0);
    /* A few lines change: only they are uploaded, and the picture follows. */
    m->setup(&r, &f, 1);
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 1);
    check_output(&t, &f, m->square, scale, what);
    /* A bigger window (free resize): the picture grows by its rules. */
    target_close(&t);
    if (target_open(&t, nw * 2 + 10, nh * 2 + 7 + statusbar_height(nw * 2 + 10))) {
        CHECK_EQ(sdl_view_set_status(t.view, &bar_state, t.surf->w), 1);
        sdl_view_invalidate(t.view);
        CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 1);
        check_output(&t, &f, m->square, scale, what);
    }
    target_close(&t);
    free(f.px);
    rig_done(&r);
}

static void vbe8(struct rig *r, struct ref *f, int gen) { vbe_setup(r, f, gen, 640, 480, 8); }
static void vbe16(struct rig *r, struct ref *f, int gen) { vbe_setup(r, f, gen, 800, 600, 16); }
static void vbe24(struct rig *r, struct ref *f, int gen) { vbe_setup(r, f, gen, 1024, 768, 24); }
static void vbe32(struct rig *r, struct ref *f, int gen) { vbe_setup(r, f, gen, 1280, 1024, 32); }
static void vbe32s(struct rig *r, struct ref *f, int gen) { vbe_setup(r, f, gen, 320, 240, 32); }

static const struct mode_case modes[] = {
    {"text 80x25", 720, 400, 0, 720, 400, 720, 540, 0, text_setup},
    {"mode 13h", 320, 200, 0, 640, 400, 640, 480, 0, mode13_setup},
    {"mode 12h", 640, 480, 0, 640, 480, 640, 480, 0, mode12_setup},
    {"mode 4 (CGA)", 320, 200, 0, 640, 400, 640, 480, 0, mode4_setup},
    {"VBE 640x480x8", 640, 480, 1, 640, 480, 640, 480, 8, vbe8},
    {"VBE 800x600x16", 800, 600, 1, 800, 600, 800, 600, 16, vbe16},
    {"VBE 1024x768x24", 1024, 768, 1, 1024, 768, 1024, 768, 24, vbe24},
    {"VBE 1280x1024x32", 1280, 1024, 1, 1280, 1024, 1280, 1024, 32, vbe32},
    {"VBE 320x240x32", 320, 240, 1, 640, 480, 640, 480, 32, vbe32s},
};

/* A mode change resizes the picture; a blank screen draws black. */
static void test_mode_change(void) {
    struct rig r;
    struct ref f = {0, 0, NULL}, g = {0, 0, NULL};
    struct target t = {NULL, NULL, NULL};
    int resized, w, h, sq;
    if (!rig_init(&r))
        return;
    if (!target_open(&t, 640, 480)) {
        rig_done(&r);
        return;
    }
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 0); /* power-on: no picture */
    mode13_setup(&r, &f, 0);
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 1);
    CHECK_EQ(resized, 1);
    text_setup(&r, &g, 0);
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 1);
    CHECK_EQ(resized, 1);
    sdl_view_guest(t.view, &w, &h, &sq);
    CHECK(w == 720 && h == 400 && !sq);
    seq(&r, 1, 0x20); /* screen off (SR1 bit 5) */
    CHECK_EQ(sdl_view_update(t.view, r.v, &resized), 1);
    CHECK_EQ(resized, 0);
    sdl_view_draw(t.view, 640, 480, DISPLAY_SCALE_ASPECT);
    SDL_RenderPresent(t.ren);
    const uint32_t *out = t.surf->pixels;
    long lit = 0;
    for (int i = 0; i < 640 * 480; i++)
        lit += (out[i] & 0xFFFFFF) != 0;
    CHECK_EQ(lit, 0);
    target_close(&t);
    free(f.px);
    free(g.px);
    rig_done(&r);
}

/* --- tools for test_gui_x11.sh ----------------------------------------- */

static int window_check(const char *xwd, const char *png, const char *scale_s, const char *kind) {
    struct image win, guest;
    if (image_read_xwd(xwd, &win) < 0)
        return 1;
    if (image_read_png(png, &guest) < 0)
        return 1;
    enum display_scale scale =
        strcmp(scale_s, "integer") == 0 ? DISPLAY_SCALE_INTEGER : DISPLAY_SCALE_ASPECT;
    int square = strcmp(kind, "square") == 0, bar = statusbar_height(win.w);
    struct layout_rect r = layout_fit(guest.w, guest.h, square, scale, win.w, win.h - bar);
    int exact = r.w % guest.w == 0 && r.h % guest.h == 0;
    long bad = compare_scaled(win.px, win.w, r, guest.px, guest.w, guest.h, exact);
    long border = border_not_black(win.px, win.w, win.w, win.h - bar, r);
    printf("window %dx%d, guest %dx%d shown at %d,%d %dx%d (%s): %ld picture and %ld border "
           "pixels differ\n",
           win.w, win.h, guest.w, guest.h, r.x, r.y, r.w, r.h, exact ? "exact" : "smoothed", bad,
           border);
    image_free(&win);
    image_free(&guest);
    return bad || border ? 1 : 0;
}

static int xwd_to_png(const char *xwd, const char *png) {
    struct image win;
    const char *err;
    if (image_read_xwd(xwd, &win) < 0)
        return 1;
    int r = screendump_png(png, win.px, win.w, win.h, win.w, &err);
    if (r < 0)
        fprintf(stderr, "%s: %s\n", png, err);
    image_free(&win);
    return r < 0;
}

int main(int argc, char **argv) {
    if (argc == 6 && strcmp(argv[1], "window-check") == 0)
        return window_check(argv[2], argv[3], argv[4], argv[5]);
    if (argc == 4 && strcmp(argv[1], "xwd-to-png") == 0)
        return xwd_to_png(argv[2], argv[3]);
    if (argc != 1) {
        fprintf(stderr,
                "usage: %s [window-check XWD PNG integer|aspect square|vga | "
                "xwd-to-png XWD PNG]\n",
                argv[0]);
        return 2;
    }
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        test_mode(&modes[i], DISPLAY_SCALE_INTEGER);
        test_mode(&modes[i], DISPLAY_SCALE_ASPECT);
    }
    test_mode_change();
    return check_done();
}
#endif
