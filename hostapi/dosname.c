/* DOS 8.3 names and aliases (see dosname.h). */
#include "hostapi/dosname.h"

#include <string.h>

#include "hostapi/cp437.h"

int dos_name_char(uint8_t c) {
    if (c >= 0x80)
        return 1;
    if (c <= 0x20 || c == 0x7F || (c >= 'a' && c <= 'z'))
        return 0;
    return strchr("\"*+,./:;<=>?[\\]|", c) == NULL;
}

/* Fills one field (base: 8, extension: 3) from s[0..n). */
static int field(const uint8_t *s, size_t n, uint8_t *out, size_t width, int wild) {
    memset(out, ' ', width);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (wild && s[i] == '*') {
            memset(out + o, '?', width - o);
            return i + 1 == n ? 0 : -1; /* nothing may follow a star */
        }
        if (o == width || !((wild && s[i] == '?') || dos_name_char(s[i])))
            return -1;
        out[o++] = s[i];
    }
    return 0;
}

int dos_to_fcb(const uint8_t *name, size_t len, uint8_t fcb[FCB_LEN], int wild) {
    const uint8_t *dot = memchr(name, '.', len);
    size_t base = dot ? (size_t)(dot - name) : len;
    if (base == 0)
        return -1;
    if (field(name, base, fcb, 8, wild) < 0)
        return -1;
    size_t extlen = dot ? len - base - 1 : 0;
    if (dot && memchr(dot + 1, '.', extlen))
        return -1;
    if (field(dot ? dot + 1 : name + len, extlen, fcb + 8, 3, wild) < 0)
        return -1;
    /* DOS uses 0xE5 as the first byte of a deleted entry; 0x05 stands for it. */
    return fcb[0] == 0xE5 ? -1 : 0;
}

size_t dos_from_fcb(const uint8_t fcb[FCB_LEN], uint8_t out[13]) {
    size_t o = 0;
    for (int i = 0; i < 8 && fcb[i] != ' '; i++)
        out[o++] = fcb[i];
    if (fcb[8] != ' ') {
        out[o++] = '.';
        for (int i = 8; i < FCB_LEN && fcb[i] != ' '; i++)
            out[o++] = fcb[i];
    }
    out[o] = '\0';
    return o;
}

int dos_fcb_match(const uint8_t pat[FCB_LEN], const uint8_t name[FCB_LEN]) {
    for (int i = 0; i < FCB_LEN; i++)
        if (pat[i] != '?' && cp437_upper(pat[i]) != name[i])
            return 0;
    return 1;
}

int dos_fcb_has_wild(const uint8_t fcb[FCB_LEN]) { return memchr(fcb, '?', FCB_LEN) != NULL; }

int dos_plain_name(const char *host, uint8_t fcb[FCB_LEN]) {
    uint8_t cp[16];
    int lossy = 0;
    size_t hl = strlen(host);
    if (hl == 0 || hl > 4 * 12 || host[0] == '.')
        return 0;
    size_t n = utf8_to_cp437(host, cp, sizeof cp, &lossy);
    if (lossy || n > 12 || host[hl - 1] == '.')
        return 0;
    for (size_t i = 0; i < n; i++)
        cp[i] = cp437_upper(cp[i]);
    return dos_to_fcb(cp, n, fcb, 0) == 0;
}

static uint32_t fnv1a(const char *s, unsigned salt) {
    uint32_t h = 2166136261u ^ (salt * 0x9E3779B9u);
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

/* Keeps the name characters of a CP437 string, upper-cased, up to max. */
static size_t keep_chars(const uint8_t *in, size_t n, uint8_t *out, size_t max) {
    size_t o = 0;
    for (size_t i = 0; i < n && o < max; i++) {
        uint8_t c = cp437_upper(in[i]);
        if (dos_name_char(c))
            out[o++] = c;
    }
    return o;
}

void dos_alias(const char *host, unsigned salt, uint8_t fcb[FCB_LEN]) {
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    uint8_t cp[256];
    int lossy = 0;
    size_t n = utf8_to_cp437(host, cp, sizeof cp, &lossy);
    size_t start = 0;
    while (start < n && cp[start] == '.')
        start++;
    size_t dot = n;
    for (size_t i = n; i > start; i--)
        if (cp[i - 1] == '.') {
            dot = i - 1;
            break;
        }
    memset(fcb, ' ', FCB_LEN);
    size_t stem = keep_chars(cp + start, dot - start, fcb, 4);
    if (stem == 0)
        fcb[stem++] = '_';
    fcb[stem++] = '~';
    uint32_t h = fnv1a(host, salt);
    while (stem < 8) {
        fcb[stem++] = (uint8_t)digits[h & 31];
        h >>= 5;
    }
    if (dot < n)
        keep_chars(cp + dot + 1, n - dot - 1, fcb + 8, 3);
}

int dos_host_name(const uint8_t fcb[FCB_LEN], char *out, size_t outsz) {
    uint8_t name[13];
    size_t n = dos_from_fcb(fcb, name);
    for (size_t i = 0; i < n; i++)
        name[i] = cp437_lower_ascii(name[i]);
    return n == 0 || cp437_to_utf8(name, n, out, outsz) < 0 ? -1 : 0;
}
