/* Where the guest picture goes in a window: pure arithmetic, shared by the
 * SDL display and its tests.
 *
 * A classic VGA picture is a logical size (720x400 text, 320x200 in mode
 * 13h, 640x350 EGA) that a monitor stretched to fill a 4:3 screen, so it is
 * shown at 4:3; DISPI (VBE) pictures have square pixels. Two ways to scale:
 *  - aspect: the largest picture of the right shape that fits (any factor);
 *  - integer: whole-number factors per axis, chosen once per mode to come
 *    close to the right shape (320x200 -> 2x2, 640x200 -> 1x2, 720x400 ->
 *    1x1), then the largest whole multiple of those that fits; crisp pixels.
 * The natural size is what a new window gets: about 640 pixels wide or more. */
#ifndef TWIN86_GUI_LAYOUT_H
#define TWIN86_GUI_LAYOUT_H

enum display_scale { DISPLAY_SCALE_ASPECT, DISPLAY_SCALE_INTEGER };

struct layout_rect {
    int x, y, w, h;
};

/* The natural picture size for a gw x gh guest picture. */
void layout_natural(int gw, int gh, int square_pixels, enum display_scale scale, int *w, int *h);

/* The picture's place in an aw x ah area, centred. A zero-sized guest
 * picture or area gives a zero rectangle. */
struct layout_rect layout_fit(int gw, int gh, int square_pixels, enum display_scale scale, int aw,
                              int ah);

#endif
