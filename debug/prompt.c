/* The prompt: GNU readline (history, editing) when built with it, plain
 * line input otherwise; commands from a script file first. Ctrl-C only sets
 * a flag the simulators poll, so it stops a run and never the emulator. */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include "ctl.h"
#ifdef HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

void dbg_sigint_install(volatile int *flag);

void dbg_ctl_catch_sigint(dbg_ctl *d) { dbg_sigint_install(&d->intr); }

static char *read_line(int interactive)
{
#ifdef HAVE_READLINE
    if (interactive) {
        char *l = readline("<twin86> ");
        if (l && *l)
            add_history(l);
        return l;
    }
#endif
    if (interactive) {
        fputs("<twin86> ", stdout);
        fflush(stdout);
    }
    char buf[1024];
    if (!fgets(buf, sizeof buf, stdin))
        return NULL;
    buf[strcspn(buf, "\n")] = '\0';
    return strdup(buf);
}

int dbg_ctl_prompt(dbg_ctl *d, FILE *script, int interactive)
{
    char buf[1024];
    while (script && fgets(buf, sizeof buf, script)) {
        buf[strcspn(buf, "\n")] = '\0';
        fprintf(d->out, "<script> %s\n", buf);
        if (dbg_ctl_command(d, buf))
            return 0;
    }
    for (;;) {
        d->intr = 0;
        char *l = read_line(interactive);
        if (!l)
            return 0;
        int quit = dbg_ctl_command(d, l);
        free(l);
        fflush(d->out);
        if (quit)
            return 0;
    }
}
