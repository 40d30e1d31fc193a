/* Between the SDL window's files (not a public header): sdl.c has the
 * window, frames and lifetime, sdl_input.c the keyboard, mouse and host
 * keys. */
#ifndef TWIN86_GUI_SDL_DISPLAY_H
#define TWIN86_GUI_SDL_DISPLAY_H

#include <SDL.h>

#include "gui/backend.h"
#include "gui/sdl_view.h"
#include "iodev/kbc.h"
#include "iodev/vga.h"

#define RELEASE_KEYS "Ctrl+Alt+G"

struct sdl_display {
    pc *pc;
    machine *m;
    vga *vga;
    kbc *kbc;
    const struct display_options *opt; /* the caller's, read when used */
    SDL_Window *win;
    SDL_Renderer *ren;
    sdl_view *view;
    enum display_scale scale;
    int captured, full_screen;
    unsigned buttons;                      /* PS2MOUSE_* held */
    unsigned char held[SDL_NUM_SCANCODES]; /* 1: sent to the guest as pressed; 2: a host key */
    uint64_t frame_ns, next_frame;         /* frame pacing on the wall clock */
    int need_draw;
    uint64_t mips_at, mips_icount; /* start of the MIPS measurement */
    uint64_t disk_seen[2];
    struct status_info status;
    char message[128];
    uint64_t message_until;
    /* The display's own cost, for -stats: totals, and their values when
     * the warm-up (window, renderer, boot) was over. */
    uint64_t cpu_in_poll, thread_cpu0, process_cpu0, wall0, frames;
    int warm;
};

/* sdl.c */
void sdl_say(struct sdl_display *d, const char *text); /* a status bar message */
void sdl_set_title(struct sdl_display *d);
void sdl_natural_size(struct sdl_display *d);
void sdl_toggle_full_screen(struct sdl_display *d);

/* sdl_input.c: handles the waiting events; returns what the machine should do. */
enum frontend_action sdl_events(struct sdl_display *d);

#endif
