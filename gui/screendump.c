/* PNG writer (see screendump.h). A PNG is the 8-byte signature and chunks
 * (length, type, data, CRC-32 of type and data): IHDR, one IDAT, IEND. The
 * IDAT holds a zlib stream — header 78 01, deflate "stored" blocks of at
 * most 65535 bytes (each: a final/type byte, LEN, ~LEN), Adler-32 — of the
 * filtered rows (filter byte 0, then R G B per pixel). Everything is
 * streamed: nothing bigger than one row is held in memory. */
#include "screendump.h"

#include <stdlib.h>

#define STORED_MAX 65535u
#define ADLER_MOD 65521u

struct png_out {
    FILE *f;
    uint32_t crc_table[256];
    uint32_t crc;              /* running CRC of the current chunk */
    uint32_t adler_a, adler_b; /* running Adler-32 of the zlib payload */
    uint32_t block_left;       /* bytes left in the current stored block */
    uint64_t raw_left;         /* payload bytes not yet written */
};

static void crc_init(struct png_out *o) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        o->crc_table[n] = c;
    }
}

/* Bytes inside a chunk: written and added to its CRC. */
static void put(struct png_out *o, const uint8_t *p, size_t n) {
    uint32_t c = o->crc;
    for (size_t i = 0; i < n; i++)
        c = o->crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    o->crc = c;
    fwrite(p, 1, n, o->f);
}

static void put32(struct png_out *o, uint32_t v) {
    uint8_t b[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
    put(o, b, 4);
}

static void chunk_begin(struct png_out *o, uint32_t len, const char type[4]) {
    uint8_t b[4] = {(uint8_t)(len >> 24), (uint8_t)(len >> 16), (uint8_t)(len >> 8), (uint8_t)len};
    fwrite(b, 1, 4, o->f); /* the length is outside the CRC */
    o->crc = 0xFFFFFFFFu;
    put(o, (const uint8_t *)type, 4);
}

static void chunk_end(struct png_out *o) { put32(o, o->crc ^ 0xFFFFFFFFu); }

/* Payload bytes of the zlib stream: stored-block headers where blocks
 * begin, and the Adler-32 sum. */
static void payload(struct png_out *o, const uint8_t *p, size_t n) {
    while (n) {
        if (!o->block_left) {
            uint32_t len = o->raw_left < STORED_MAX ? (uint32_t)o->raw_left : STORED_MAX;
            uint8_t hdr[5] = {o->raw_left == len ? 1 : 0, (uint8_t)len, (uint8_t)(len >> 8),
                              (uint8_t)~len, (uint8_t)(~len >> 8)};
            put(o, hdr, 5);
            o->block_left = len;
        }
        size_t take = n < o->block_left ? n : o->block_left;
        for (size_t i = 0; i < take; i++) {
            o->adler_a = (o->adler_a + p[i]) % ADLER_MOD;
            o->adler_b = (o->adler_b + o->adler_a) % ADLER_MOD;
        }
        put(o, p, take);
        o->block_left -= (uint32_t)take;
        o->raw_left -= take;
        p += take;
        n -= take;
    }
}

int screendump_png_file(FILE *f, const uint32_t *xrgb, int w, int h, int pitch, const char **err) {
    static const uint8_t signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (!xrgb || w <= 0 || h <= 0 || pitch < w || w > 0x7FFFFFF / 3) {
        *err = "screen dump: no picture to write";
        return -1;
    }
    uint64_t raw = (uint64_t)h * (1 + 3 * (uint64_t)w);
    uint64_t blocks = (raw + STORED_MAX - 1) / STORED_MAX;
    uint64_t idat = 2 + blocks * 5 + raw + 4;
    uint8_t *row = malloc(1 + 3 * (size_t)w);
    struct png_out *o = malloc(sizeof *o);
    if (idat > 0x7FFFFFFF || !row || !o) {
        free(row);
        free(o);
        *err = idat > 0x7FFFFFFF ? "screen dump: picture too large" : "screen dump: out of memory";
        return -1;
    }
    o->f = f;
    crc_init(o);
    fwrite(signature, 1, sizeof signature, f);

    chunk_begin(o, 13, "IHDR");
    put32(o, (uint32_t)w);
    put32(o, (uint32_t)h);
    const uint8_t ihdr_tail[5] = {8, 2, 0, 0, 0}; /* 8-bit RGB, deflate, no filter/interlace */
    put(o, ihdr_tail, 5);
    chunk_end(o);

    chunk_begin(o, (uint32_t)idat, "IDAT");
    const uint8_t zlib_header[2] = {0x78, 0x01}; /* 32 KiB window, no dictionary, check ok */
    put(o, zlib_header, 2);
    o->adler_a = 1, o->adler_b = 0, o->block_left = 0, o->raw_left = raw;
    for (int y = 0; y < h; y++) {
        const uint32_t *src = xrgb + (size_t)y * (size_t)pitch;
        row[0] = 0; /* filter: none */
        for (int x = 0; x < w; x++) {
            row[1 + 3 * x] = (uint8_t)(src[x] >> 16);
            row[2 + 3 * x] = (uint8_t)(src[x] >> 8);
            row[3 + 3 * x] = (uint8_t)src[x];
        }
        payload(o, row, 1 + 3 * (size_t)w);
    }
    put32(o, o->adler_b << 16 | o->adler_a);
    chunk_end(o);

    chunk_begin(o, 0, "IEND");
    chunk_end(o);
    free(row);
    free(o);
    if (ferror(f)) {
        *err = "screen dump: write error";
        return -1;
    }
    return 0;
}

int screendump_png(const char *path, const uint32_t *xrgb, int w, int h, int pitch,
                   const char **err) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        *err = "screen dump: cannot create the file";
        return -1;
    }
    int r = screendump_png_file(f, xrgb, w, h, pitch, err);
    if (fclose(f) != 0 && r == 0) {
        *err = "screen dump: write error";
        r = -1;
    }
    return r;
}
