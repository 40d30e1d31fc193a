/* Picture readers for the display tests (see image_io.h).
 * XWD: a header of big-endian 32-bit fields (header size, version 7,
 * format 2 = ZPixmap, depth, width, height, x offset, byte order, bitmap
 * unit, bit order, pad, bits per pixel, bytes per line, visual class, red,
 * green and blue masks, bits per RGB, colormap entries, colour count, ...),
 * the window name, ncolors 12-byte colour entries, then the pixels.
 * PNG: signature, chunks; IDAT data concatenated is a zlib stream, which
 * here must hold stored blocks only (what gui/screendump.c writes). */
#include "image_io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return NULL;
    }
    size_t cap = 1 << 20, len = 0;
    uint8_t *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + len, 1, cap - len, f)) > 0;) {
        len += got;
        if (len == cap) {
            uint8_t *more = realloc(buf, cap *= 2);
            if (!more) {
                free(buf);
                buf = NULL;
            }
            buf = more;
        }
    }
    fclose(f);
    *n = len;
    return buf;
}

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int bad(const char *path, const char *why, uint8_t *buf) {
    fprintf(stderr, "%s: %s\n", path, why);
    free(buf);
    return -1;
}

static unsigned shift_of(uint32_t mask) {
    unsigned s = 0;
    while (mask && !(mask & 1))
        mask >>= 1, s++;
    return s;
}

int image_read_xwd(const char *path, struct image *img) {
    size_t n;
    uint8_t *b = slurp(path, &n);
    if (!b)
        return -1;
    if (n < 100)
        return bad(path, "too short for an XWD file", b);
    uint32_t hsize = be32(b), version = be32(b + 4), format = be32(b + 8);
    uint32_t w = be32(b + 16), h = be32(b + 20), order = be32(b + 28), bpp = be32(b + 44);
    uint32_t stride = be32(b + 48), rmask = be32(b + 56), gmask = be32(b + 60),
             bmask = be32(b + 64), ncolors = be32(b + 76);
    if (version != 7 || format != 2 || (bpp != 32 && bpp != 24))
        return bad(path, "not a 24/32-bit ZPixmap XWD file", b);
    size_t off = hsize + (size_t)ncolors * 12;
    if (off + (size_t)stride * h > n || stride < w * (bpp / 8))
        return bad(path, "XWD pixel data cut short", b);
    img->w = (int)w, img->h = (int)h;
    img->px = malloc((size_t)w * h * sizeof *img->px);
    if (!img->px)
        return bad(path, "out of memory", b);
    unsigned bytes = bpp / 8;
    for (uint32_t y = 0; y < h; y++)
        for (uint32_t x = 0; x < w; x++) {
            const uint8_t *p = b + off + (size_t)y * stride + (size_t)x * bytes;
            uint32_t v = 0;
            for (unsigned i = 0; i < bytes; i++) /* byte order 0: least significant first */
                v |= (uint32_t)p[order ? bytes - 1 - i : i] << (8 * i);
            uint32_t r = (v & rmask) >> shift_of(rmask), g = (v & gmask) >> shift_of(gmask),
                     bl = (v & bmask) >> shift_of(bmask);
            img->px[(size_t)y * w + x] = (r & 0xFF) << 16 | (g & 0xFF) << 8 | (bl & 0xFF);
        }
    free(b);
    return 0;
}

int image_read_png(const char *path, struct image *img) {
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    size_t n;
    uint8_t *b = slurp(path, &n);
    if (!b)
        return -1;
    if (n < 8 || memcmp(b, sig, 8) != 0)
        return bad(path, "not a PNG file", b);
    uint32_t w = 0, h = 0;
    uint8_t *z = malloc(n); /* the zlib stream: never longer than the file */
    size_t zn = 0;
    for (size_t p = 8; p + 12 <= n;) {
        uint32_t len = be32(b + p);
        if (p + 12 + len > n)
            break;
        if (memcmp(b + p + 4, "IHDR", 4) == 0) {
            w = be32(b + p + 8), h = be32(b + p + 12);
            if (b[p + 16] != 8 || b[p + 17] != 2) {
                free(z);
                return bad(path, "only 8-bit RGB PNG files are read", b);
            }
        } else if (memcmp(b + p + 4, "IDAT", 4) == 0 && z) {
            memcpy(z + zn, b + p + 8, len);
            zn += len;
        }
        p += 12 + len;
    }
    size_t raw_len = (size_t)h * (1 + 3 * (size_t)w);
    uint8_t *raw = malloc(raw_len ? raw_len : 1);
    size_t got = 0, zp = 2;
    while (z && raw && zp + 5 <= zn && got < raw_len) {
        if ((z[zp] & 6) != 0) /* block type 0: stored */
            break;
        size_t len = z[zp + 1] | (size_t)z[zp + 2] << 8;
        zp += 5;
        if (zp + len > zn || got + len > raw_len)
            break;
        memcpy(raw + got, z + zp, len);
        got += len, zp += len;
    }
    free(z);
    if (!w || !h || !raw || got != raw_len) {
        free(raw);
        return bad(path, "PNG data is not the stored-block kind twin86 writes", b);
    }
    img->w = (int)w, img->h = (int)h;
    img->px = malloc((size_t)w * h * sizeof *img->px);
    for (uint32_t y = 0; img->px && y < h; y++) {
        const uint8_t *row = raw + (size_t)y * (1 + 3 * (size_t)w);
        for (uint32_t x = 0; x < w; x++)
            img->px[(size_t)y * w + x] =
                (uint32_t)row[1 + 3 * x] << 16 | (uint32_t)row[2 + 3 * x] << 8 | row[3 + 3 * x];
    }
    free(raw);
    free(b);
    return img->px ? 0 : -1;
}

void image_free(struct image *img) {
    free(img->px);
    img->px = NULL;
}
