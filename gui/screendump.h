/* Screen dumps: a host picture (32-bit XRGB, as vga_pixels gives it) written
 * as a PNG file by our own encoder — no image or compression library. */
#ifndef TWIN86_SCREENDUMP_H
#define TWIN86_SCREENDUMP_H

#include <stdint.h>
#include <stdio.h>

/* Writes a w x h picture (pixels 0x00RRGGBB, rows `pitch` pixels apart) as an
 * 8-bit RGB PNG. The image data is a zlib stream of stored (uncompressed)
 * deflate blocks, so any PNG reader takes it. Returns 0, or -1 with *err set
 * (bad arguments, the file cannot be written). */
int screendump_png(const char *path, const uint32_t *xrgb, int w, int h, int pitch,
                   const char **err);

/* The same, to an open stream (not closed). */
int screendump_png_file(FILE *f, const uint32_t *xrgb, int w, int h, int pitch, const char **err);

#endif
