/* What the SDL window draws: the guest picture as a texture (only the lines
 * the VGA redrew are uploaded), placed by layout.c, and the status bar. It
 * draws through any SDL_Renderer, so tests use a software renderer on a
 * memory surface and need no window. */
#ifndef TWIN86_GUI_SDL_VIEW_H
#define TWIN86_GUI_SDL_VIEW_H

#include <SDL.h>

#include "gui/layout.h"
#include "gui/statusbar.h"
#include "iodev/vga.h"

typedef struct sdl_view sdl_view;

sdl_view *sdl_view_create(SDL_Renderer *r, const char **err);
void sdl_view_destroy(sdl_view *v);

/* Renders the VGA's picture and uploads what changed. Returns 1 when the
 * picture changed, and sets *resized when its size or shape did; -1 when
 * the texture cannot be made (out of memory). */
int sdl_view_update(sdl_view *v, vga *g, int *resized);

/* The next update uploads the whole picture: call it after anything else
 * ran vga_render (a screenshot), which took the dirty lines with it. */
void sdl_view_invalidate(sdl_view *v);

/* The guest picture now shown: size and whether its pixels are square. */
void sdl_view_guest(const sdl_view *v, int *w, int *h, int *square);

/* Sets what the status bar says, for an output `width` pixels wide (0: no
 * bar, as in full screen). Returns 1 when the bar looks different now. */
int sdl_view_set_status(sdl_view *v, const struct status_info *s, int width);
int sdl_view_bar_height(const sdl_view *v);

/* Draws the picture and the bar over the whole out_w x out_h output
 * (RenderPresent is the caller's). The picture area is what the bar leaves. */
void sdl_view_draw(sdl_view *v, int out_w, int out_h, enum display_scale scale);

/* Where the last sdl_view_draw put the guest picture. */
struct layout_rect sdl_view_picture_rect(const sdl_view *v);

#endif
