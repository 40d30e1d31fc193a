/* The prompt: GNU readline (history, editing, Tab completion from
 * complete.c) when built with it, plain line input otherwise; commands from
 * a script file first. Ctrl-C only sets a flag the simulators poll, so it
 * stops a run and never the emulator. */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include "cmds.h"
#ifdef HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

void dbg_sigint_install(volatile int *flag);

void dbg_ctl_catch_sigint(dbg_ctl *d) { dbg_sigint_install(&d->intr); }

#ifdef HAVE_READLINE
/* readline's form of a completion: [0] what replaces the word (the
 * matches' common prefix), then the matches, then NULL. */
static char **complete(const char *text, int start, int end)
{
    (void)end;
    rl_attempted_completion_over = 1;   /* no file names unless asked for */
    int files;
    const char *const *words = dbg_complete_words(rl_line_buffer, start, &files);
    if (files)
        return rl_completion_matches(text, rl_filename_completion_function);
    size_t len = strlen(text), n = 0;
    for (size_t i = 0; words[i]; i++)
        n += strncmp(words[i], text, len) == 0;
    char **m = n ? calloc(n + 2, sizeof *m) : NULL;
    if (!m)
        return NULL;
    const char *first = NULL;
    size_t k = 1, common = 0;
    for (size_t i = 0; words[i]; i++) {
        if (strncmp(words[i], text, len))
            continue;
        if (!first)
            common = strlen(first = words[i]);
        while (common && strncmp(first, words[i], common))
            common--;
        if (n > 1)
            m[k++] = strdup(words[i]);
    }
    m[0] = strndup(first, common);   /* one match: the match itself */
    return m;
}

static void completion_install(void)
{
    rl_readline_name = "twin86";
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = (char *)" \t";   /* `$eax` is one word */
}
#endif

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
#ifdef HAVE_READLINE
    if (interactive)
        completion_install();
#endif
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
