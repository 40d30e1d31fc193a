/* Host-key actions shared by the displays (see actions.h). */
#include "actions.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "gui/screendump.h"
#include "iodev/ps2kbd.h"

int action_screenshot(pc *p, char *path, size_t n, const char **err) {
    int w, h, pitch;
    const uint32_t *px = pc_screen(p, &w, &h, &pitch);
    if (!px || w <= 0 || h <= 0) {
        *err = "screenshot: the guest shows no picture";
        return -1;
    }
    for (int i = 1; i <= 9999; i++) {
        snprintf(path, n, "twin86-%04d.png", i);
        /* O_EXCL claims the name, so two twin86 processes never share one. */
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            *err = "screenshot: cannot create a file in the current directory";
            return -1;
        }
        close(fd);
        return screendump_png(path, px, w, h, pitch, err);
    }
    *err = "screenshot: twin86-0001.png to twin86-9999.png all exist";
    return -1;
}

int action_paste(pc *p, const char *text) {
    size_t len = 0;
    while (text[len])
        len++;
    char *out = malloc(len + 1), *o = out;
    if (!out)
        return -1;
    for (const char *s = text; *s; s++) {
        int shift;
        if (s[0] == '\r' && s[1] == '\n')
            continue;
        char c = *s == '\r' ? '\n' : *s;
        if (ps2kbd_us_key((unsigned char)c, &shift))
            *o++ = c;
    }
    *o = '\0';
    int r = out[0] ? pc_type(p, out) : 0;
    free(out);
    return r;
}

void action_debug_break(const struct display_options *o) {
    if (o->debug_break) {
        o->debug_break(o->debug_opaque);
        return;
    }
    fprintf(stderr, "twin86: the debugger key was pressed, but twin86 has no debugger yet\n");
}
