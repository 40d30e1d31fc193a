/* What the host keys of every display do, apart from the window itself:
 * screenshots, pasting text as keystrokes, the debugger key. */
#ifndef TWIN86_GUI_ACTIONS_H
#define TWIN86_GUI_ACTIONS_H

#include <stddef.h>

#include "gui/display.h"
#include "pc.h"

/* Writes the guest picture, at its own resolution, to the first free
 * twin86-NNNN.png in the current directory (NNNN from 0001). Returns 0 with
 * the file's name in path, or -1 with *err set. */
int action_screenshot(pc *p, char *path, size_t n, const char **err);

/* Types host text on the guest keyboard: CR LF and CR become Enter, tabs
 * Tab, and characters a US keyboard cannot type (non-ASCII, most control
 * characters) are left out. Returns the characters queued, or -1 when
 * memory runs out. */
int action_paste(pc *p, const char *text);

/* The "break into the debugger" key: calls the hook in the display options,
 * or says on stderr that there is no debugger yet. */
void action_debug_break(const struct display_options *o);

#endif
