/* Display selection and lifetime (see display.h). */
#include "config.h"

#include "display.h"

#include <stdlib.h>

#include "gui/backend.h"

struct display {
    struct display_backend b;
};

int display_available(enum display_kind kind) {
    switch (kind) {
    case DISPLAY_NONE:
        return 1;
    case DISPLAY_SDL:
#ifdef HAVE_SDL2
        return 1;
#else
        return 0;
#endif
    case DISPLAY_TERM:
#ifdef HAVE_CURSES
        return 1;
#else
        return 0;
#endif
    }
    return 0;
}

display *display_create(enum display_kind kind, pc *p, machine *m, const struct display_options *o,
                        const char **err) {
    display *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for the display";
        return NULL;
    }
    int r = 0;
    if (!display_available(kind)) {
        *err = kind == DISPLAY_SDL ? "this twin86 was built without SDL2 (libsdl2-dev)"
                                   : "this twin86 was built without curses (libncurses-dev)";
        r = -1;
    }
#ifdef HAVE_SDL2
    else if (kind == DISPLAY_SDL)
        r = sdl_display_open(p, m, o, &d->b, err);
#endif
#ifdef HAVE_CURSES
    else if (kind == DISPLAY_TERM)
        r = term_display_open(p, m, o, &d->b, err);
#endif
    (void)p, (void)m, (void)o;
    if (r < 0) {
        free(d);
        return NULL;
    }
    return d;
}

void display_destroy(display *d) {
    if (!d)
        return;
    if (d->b.destroy)
        d->b.destroy(d->b.impl);
    free(d);
}

struct frontend display_frontend(display *d) {
    return (struct frontend){d->b.poll, d->b.impl, d->b.poll != NULL};
}

void display_keys_help(FILE *f) {
    fputs("Keys in the SDL window (-display sdl); click in it to capture the mouse:\n"
          "  Ctrl+Alt+G   release the mouse          Ctrl+Alt+F   full screen on/off\n"
          "  Ctrl+Alt+S   screenshot (twin86-NNNN.png in the current directory)\n"
          "  Ctrl+Alt+V   paste the host clipboard as typed keys\n"
          "  Ctrl+Alt+A   scaling: aspect-correct / integer factors\n"
          "  Ctrl+Alt+U   window back to the natural size\n"
          "  Ctrl+Alt+D   break into the debugger     Ctrl+Alt+R   reset the machine\n"
          "  Ctrl+Alt+Q   power off (quit)\n"
          "Keys in the terminal (-display term): Ctrl+] then q power off, r reset,\n"
          "  d debugger, s screenshot, ] a real Ctrl+]\n",
          f);
}
