/* Guest picture and status bar on an SDL renderer (see sdl_view.h). */
#include "sdl_view.h"

#include <stdlib.h>
#include <string.h>

struct sdl_view {
    SDL_Renderer *r;
    SDL_Texture *guest, *bar;
    int gw, gh, square; /* guest picture in the texture */
    int tex_w, tex_h;   /* guest texture size */
    int stale;          /* someone else rendered the VGA: upload everything */
    uint32_t *bar_px;   /* status bar pixels, bar_w x bar_h */
    int bar_w, bar_h, bar_tex_w, bar_tex_h;
    struct status_info status; /* what the bar shows; strings copied below */
    char release[32], message[128];
    int bar_drawn; /* bar_px matches status */
    struct layout_rect last;
};

sdl_view *sdl_view_create(SDL_Renderer *r, const char **err) {
    sdl_view *v = calloc(1, sizeof *v);
    if (!v) {
        *err = "out of memory for the SDL display";
        return NULL;
    }
    v->r = r;
    return v;
}

void sdl_view_destroy(sdl_view *v) {
    if (!v)
        return;
    if (v->guest)
        SDL_DestroyTexture(v->guest);
    if (v->bar)
        SDL_DestroyTexture(v->bar);
    free(v->bar_px);
    free(v);
}

/* A streaming texture of w x h XRGB pixels, replacing *t. */
static int texture(sdl_view *v, SDL_Texture **t, int w, int h) {
    if (*t)
        SDL_DestroyTexture(*t);
    *t = SDL_CreateTexture(v->r, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_STREAMING, w, h);
    return *t ? 0 : -1;
}

int sdl_view_update(sdl_view *v, vga *g, int *resized) {
    struct vga_screen_info info;
    int w, h, pitch, first, last;
    int changed = vga_render(g);
    const uint32_t *px = vga_pixels(g, &w, &h, &pitch);
    vga_screen_info(g, &info);
    int square = info.kind == VGA_SCREEN_VBE;
    *resized = w != v->gw || h != v->gh || square != v->square;
    v->gw = w, v->gh = h, v->square = square;
    if (w <= 0 || h <= 0)
        return changed || *resized;
    if (w != v->tex_w || h != v->tex_h) {
        v->tex_w = v->tex_h = 0;
        if (texture(v, &v->guest, w, h) < 0)
            return -1;
        v->tex_w = w, v->tex_h = h;
        first = 0, last = h - 1; /* a new texture has no contents yet */
    } else if (v->stale)
        first = 0, last = h - 1;
    else if (!changed)
        return *resized;
    else
        vga_dirty_lines(g, &first, &last);
    v->stale = 0;
    if (first <= last) {
        SDL_Rect rows = {0, first, w, last - first + 1};
        SDL_UpdateTexture(v->guest, &rows, px + (size_t)first * (size_t)pitch,
                          pitch * (int)sizeof *px);
    }
    return 1;
}

void sdl_view_invalidate(sdl_view *v) { v->stale = 1; }

void sdl_view_guest(const sdl_view *v, int *w, int *h, int *square) {
    *w = v->gw;
    *h = v->gh;
    *square = v->square;
}

static void copy_text(char *dst, size_t n, const char **field, const char *src) {
    if (!src) {
        *field = NULL;
        return;
    }
    snprintf(dst, n, "%s", src);
    *field = dst;
}

int sdl_view_set_status(sdl_view *v, const struct status_info *s, int width) {
    int h = width > 0 ? statusbar_height(width) : 0;
    if (v->bar_drawn && width == v->bar_w && h == v->bar_h && statusbar_same(s, &v->status))
        return 0;
    v->status = *s;
    copy_text(v->release, sizeof v->release, &v->status.release, s->release);
    copy_text(v->message, sizeof v->message, &v->status.message, s->message);
    if (width != v->bar_w || h != v->bar_h) {
        free(v->bar_px);
        v->bar_px = width > 0 ? malloc((size_t)width * (size_t)h * sizeof *v->bar_px) : NULL;
        v->bar_w = v->bar_px ? width : 0;
        v->bar_h = v->bar_px ? h : 0;
    }
    v->bar_drawn = 1;
    if (!v->bar_px)
        return 1;
    statusbar_draw(v->bar_px, v->bar_w, v->bar_w, v->bar_h, &v->status);
    if ((v->bar_w != v->bar_tex_w || v->bar_h != v->bar_tex_h) &&
        texture(v, &v->bar, v->bar_w, v->bar_h) == 0)
        v->bar_tex_w = v->bar_w, v->bar_tex_h = v->bar_h;
    if (v->bar)
        SDL_UpdateTexture(v->bar, NULL, v->bar_px, v->bar_w * (int)sizeof *v->bar_px);
    return 1;
}

int sdl_view_bar_height(const sdl_view *v) { return v->bar_h; }

void sdl_view_draw(sdl_view *v, int out_w, int out_h, enum display_scale scale) {
    int bar_h = v->bar_px && v->bar_w == out_w ? v->bar_h : 0;
    SDL_SetRenderDrawColor(v->r, 0, 0, 0, 255);
    SDL_RenderClear(v->r);
    v->last = layout_fit(v->gw, v->gh, v->square, scale, out_w, out_h - bar_h);
    if (v->guest && v->last.w > 0 && v->gw == v->tex_w && v->gh == v->tex_h) {
        /* Whole-number factors stay sharp; others are smoothed. */
        int exact = v->last.w % v->gw == 0 && v->last.h % v->gh == 0;
        SDL_SetTextureScaleMode(v->guest, exact ? SDL_ScaleModeNearest : SDL_ScaleModeLinear);
        SDL_Rect dst = {v->last.x, v->last.y, v->last.w, v->last.h};
        SDL_RenderCopy(v->r, v->guest, NULL, &dst);
    }
    if (bar_h && v->bar) {
        SDL_Rect dst = {0, out_h - bar_h, out_w, bar_h};
        SDL_RenderCopy(v->r, v->bar, NULL, &dst);
    }
}

struct layout_rect sdl_view_picture_rect(const sdl_view *v) {
    return v->last;
}
