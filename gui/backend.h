/* Between display.c and the display implementations (not a public header). */
#ifndef TWIN86_GUI_BACKEND_H
#define TWIN86_GUI_BACKEND_H

#include "gui/display.h"

struct display_backend {
    void *impl;
    enum frontend_action (*poll)(void *impl);
    void (*destroy)(void *impl);
};

/* Each fills *b and returns 0, or returns -1 with *err set. */
int sdl_display_open(pc *p, machine *m, const struct display_options *o, struct display_backend *b,
                     const char **err);
int term_display_open(pc *p, machine *m, const struct display_options *o, struct display_backend *b,
                      const char **err);

#endif
