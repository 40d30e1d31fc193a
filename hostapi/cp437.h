/* Code page 437 (the DOS guest's file names) and UTF-8 (the host's). */
#ifndef TWIN86_HOSTAPI_CP437_H
#define TWIN86_HOSTAPI_CP437_H

#include <stddef.h>
#include <stdint.h>

/* Upper-cases a byte the way DOS upper-cases file names in code page 437
 * (ASCII letters and the accented letters of the high half). */
uint8_t cp437_upper(uint8_t c);

/* Lower-cases ASCII letters only (names DOS creates on the host). */
static inline uint8_t cp437_lower_ascii(uint8_t c) {
    return c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
}

/* CP437 bytes (no NUL) to a NUL-terminated UTF-8 string. Returns its length,
 * or -1 when out is too small or a byte is a control character. */
int cp437_to_utf8(const uint8_t *in, size_t n, char *out, size_t outsz);

/* A NUL-terminated UTF-8 string to CP437 bytes (at most outsz). Characters
 * that have no CP437 byte, and bytes that are not valid UTF-8, become '_' and
 * set *lossy. Returns the number of bytes written (truncated at outsz). */
size_t utf8_to_cp437(const char *in, uint8_t *out, size_t outsz, int *lossy);

#endif
