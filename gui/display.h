/* Interactive displays: the frontend that shows the guest screen and feeds
 * the keyboard and mouse. A display is created after the machine, handed to
 * it with machine_set_frontend(m, &(struct frontend){...} =
 * display_frontend(d)), and destroyed before the machine.
 *
 *  - DISPLAY_NONE: headless; its frontend has no poll function, so the run
 *    keeps deterministic virtual time.
 *  - DISPLAY_SDL: an SDL2 window (sdl.c), real time.
 *  - DISPLAY_TERM: the text screen in a curses terminal (term.c), real time.
 *
 * Host keys are listed by display_keys_help. */
#ifndef TWIN86_GUI_DISPLAY_H
#define TWIN86_GUI_DISPLAY_H

#include <stdint.h>
#include <stdio.h>

#include "gui/layout.h"
#include "machine.h"
#include "pc.h"

enum display_kind { DISPLAY_NONE, DISPLAY_SDL, DISPLAY_TERM };

struct display_options {
    int full_screen;          /* SDL: start in full screen */
    enum display_scale scale; /* SDL: aspect-correct (default) or integer */
    int stats;                /* at destroy, print the display's own CPU cost */
    /* Hooks, NULL when the machine has nothing to offer yet:
     * the "break into the debugger" key (without it: a note on stderr)... */
    void (*debug_break)(void *opaque);
    void *debug_opaque;
    /* ...and disk activity: running counts of floppy and hard-disk/CD
     * transfers (without it the status bar shows "-"). */
    void (*disk_activity)(void *opaque, uint64_t *floppy, uint64_t *disk);
    void *disk_opaque;
};

typedef struct display display;

/* Whether this build has the display (SDL2 and curses are optional). */
int display_available(enum display_kind kind);

/* Opens the display. `o` stays the caller's and must outlive the display;
 * its hooks are read when used, so they may be set or cleared meanwhile.
 * Returns NULL with a one-line *err when it cannot (no X server, not a
 * terminal, not built in). */
display *display_create(enum display_kind kind, pc *p, machine *m, const struct display_options *o,
                        const char **err);
void display_destroy(display *d);

/* The frontend to pass to machine_set_frontend. */
struct frontend display_frontend(display *d);

/* Writes the host keys of the displays (for --help). */
void display_keys_help(FILE *f);

#endif
