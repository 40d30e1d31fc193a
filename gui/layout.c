/* Picture placement (see layout.h). */
#include "layout.h"

#define NATURAL_WIDTH 640

/* Whole-number base factors: horizontal to reach about NATURAL_WIDTH, vertical
 * for the shape (4:3, or square pixels). */
static void base_factors(int gw, int gh, int square, int *kx, int *ky) {
    *kx = (NATURAL_WIDTH + gw / 2) / gw;
    if (*kx < 1)
        *kx = 1;
    if (square) {
        *ky = *kx;
        return;
    }
    long want_h = (long)gw * *kx * 3 / 4; /* the 4:3 height for that width */
    *ky = (int)((want_h + gh / 2) / gh);
    if (*ky < 1)
        *ky = 1;
}

/* The shape as a ratio num:den of width to height. */
static void shape(int gw, int gh, int square, long *num, long *den) {
    *num = square ? gw : 4;
    *den = square ? gh : 3;
}

void layout_natural(int gw, int gh, int square, enum display_scale scale, int *w, int *h) {
    int kx, ky;
    if (gw <= 0 || gh <= 0) {
        *w = *h = 0;
        return;
    }
    base_factors(gw, gh, square, &kx, &ky);
    *w = gw * kx;
    if (scale == DISPLAY_SCALE_INTEGER) {
        *h = gh * ky;
        return;
    }
    long num, den;
    shape(gw, gh, square, &num, &den);
    *h = (int)((*w * den + num / 2) / num);
}

static struct layout_rect centred(int w, int h, int aw, int ah) {
    return (struct layout_rect){(aw - w) / 2, (ah - h) / 2, w, h};
}

/* The largest num:den rectangle in aw x ah. */
static struct layout_rect fit_shape(long num, long den, int aw, int ah) {
    long w = aw, h = (aw * den + num / 2) / num;
    if (h > ah) {
        h = ah;
        w = (ah * num + den / 2) / den;
        if (w > aw)
            w = aw;
    }
    return centred((int)w, (int)h, aw, ah);
}

struct layout_rect layout_fit(int gw, int gh, int square, enum display_scale scale, int aw,
                              int ah) {
    if (gw <= 0 || gh <= 0 || aw <= 0 || ah <= 0)
        return (struct layout_rect){0, 0, 0, 0};
    if (scale == DISPLAY_SCALE_INTEGER) {
        int kx, ky;
        base_factors(gw, gh, square, &kx, &ky);
        int mx = aw / (gw * kx), my = ah / (gh * ky), m = mx < my ? mx : my;
        if (m >= 1)
            return centred(gw * kx * m, gh * ky * m, aw, ah);
        /* Smaller than one step: shrink, keeping the integer shape. */
        return fit_shape((long)gw * kx, (long)gh * ky, aw, ah);
    }
    long num, den;
    shape(gw, gh, square, &num, &den);
    return fit_shape(num, den, aw, ah);
}
