/* CP437 <-> UTF-8 for file names (see cp437.h). */
#include "hostapi/cp437.h"

/* Unicode code points of CP437 0x80-0xFF. */
static const uint16_t high[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, /* 80 */
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5, /* 88 */
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, /* 90 */
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, /* 98 */
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, /* A0 */
    0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, /* A8 */
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, /* B0 */
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, /* B8 */
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, /* C0 */
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, /* C8 */
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, /* D0 */
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580, /* D8 */
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, /* E0 */
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, /* E8 */
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, /* F0 */
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0, /* F8 */
};

/* The upper-case table DOS uses for file names in code page 437 (MS-DOS's
 * and FreeDOS's agree): accented small letters become their capitals, or the
 * plain capital where CP437 has no accented one. Entries for 0x80-0xAF;
 * everything above maps to itself. */
static const uint8_t upper_high[48] = {
    0x80, 0x9A, 0x45, 0x41, 0x8E, 0x41, 0x8F, 0x80, 0x45, 0x45, 0x45, 0x49, 0x49, 0x49, 0x8E, 0x8F,
    0x90, 0x92, 0x92, 0x4F, 0x99, 0x4F, 0x55, 0x55, 0x59, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
    0x41, 0x49, 0x4F, 0x55, 0xA5, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF,
};

uint8_t cp437_upper(uint8_t c) {
    if (c >= 'a' && c <= 'z')
        return (uint8_t)(c - 32);
    if (c >= 0x80 && c < 0xB0)
        return upper_high[c - 0x80];
    return c;
}

int cp437_to_utf8(const uint8_t *in, size_t n, char *out, size_t outsz) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = in[i] < 0x80 ? in[i] : high[in[i] - 0x80];
        if (c < 0x20 || c == 0x7F)
            return -1;
        unsigned len = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (o + len >= outsz)
            return -1;
        if (len == 1)
            out[o++] = (char)c;
        else if (len == 2) {
            out[o++] = (char)(0xC0 | c >> 6);
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[o++] = (char)(0xE0 | c >> 12);
            out[o++] = (char)(0x80 | (c >> 6 & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[o] = '\0';
    return (int)o;
}

/* Decodes one UTF-8 sequence at s; returns its length (0 at the end), or
 * -1 for an invalid one (then one byte is skipped). */
static int decode(const uint8_t *s, uint32_t *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return s[0] ? 1 : 0;
    }
    int len = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (!len)
        return -1;
    uint32_t c = s[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        c = c << 6 | (s[i] & 0x3F);
    }
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return -1;
    *cp = c;
    return len;
}

size_t utf8_to_cp437(const char *in, uint8_t *out, size_t outsz, int *lossy) {
    const uint8_t *s = (const uint8_t *)in;
    size_t o = 0;
    while (*s && o < outsz) {
        uint32_t cp = 0;
        int len = decode(s, &cp);
        if (len < 0) {
            out[o++] = '_';
            *lossy = 1;
            s++;
            continue;
        }
        s += len;
        if (cp < 0x80) {
            out[o++] = (uint8_t)cp;
            continue;
        }
        int found = -1;
        for (int i = 0; i < 128 && found < 0; i++)
            if (high[i] == cp)
                found = i;
        if (found < 0 || cp == 0x00A0) { /* a no-break space in a name helps nobody */
            out[o++] = '_';
            *lossy = 1;
        } else
            out[o++] = (uint8_t)(0x80 + found);
    }
    return o;
}
