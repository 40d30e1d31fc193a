/* Code page 437 to UTF-8 (see vga_cp437.c). */
#ifndef TWIN86_VGA_CP437_H
#define TWIN86_VGA_CP437_H

#include <stdint.h>

/* Writes the UTF-8 bytes of character `ch` (1 to 3) to out; returns the count. */
int vga_cp437_utf8(uint8_t ch, char out[4]);

#endif
