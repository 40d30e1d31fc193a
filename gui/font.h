/* The status bar's lettering: a 5x7 dot font for printed ASCII, drawn
 * straight into XRGB pixels (no font library needed). */
#ifndef TWIN86_GUI_FONT_H
#define TWIN86_GUI_FONT_H

#include <stdint.h>

#define FONT_W 5 /* glyph dots */
#define FONT_H 7
#define FONT_ADVANCE 6 /* dots from one character to the next */

/* Seven rows of five dots (bit 4 is the leftmost dot) of character c;
 * characters outside ' '..'~' show as '?'. */
const uint8_t *font_glyph(int c);

/* Draws s at (x, y), each dot a scale x scale square, clipped to the w x h
 * picture. Returns the x just after the text. */
int font_draw(uint32_t *px, int pitch, int w, int h, int x, int y, const char *s, uint32_t color,
              int scale);

/* Width in pixels of s drawn at `scale`. */
static inline int font_width(const char *s, int scale) {
    int n = 0;
    while (s[n])
        n++;
    return n * FONT_ADVANCE * scale;
}

#endif
