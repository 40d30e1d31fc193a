/* What may be typed next at the prompt, for Tab completion: command names
 * first, then a command's sub-commands, register names after `set`, a file
 * name after `loader`. prompt.c hands these to GNU readline; nothing here
 * knows readline, so tests can ask directly. */
#include "cmds.h"
#include <string.h>

const char *const cmd_reg_names[REG_COUNT] = {
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "eip", "eflags",
    "es",  "cs",  "ss",  "ds",  "fs",  "gs",  "cr0", "cr2", "cr3", "cr4",
};

static const char *const commands[] = {
    "bpd",     "bpe",    "c",          "compare", "cont", "creg",   "d",
    "del",     "disasm", "diverge",    "dreg",    "exit", "fp",     "help",
    "hostapi", "info",   "instrument", "iowatch", "lb",   "loader", "lockstep",
    "mode",    "n",      "next",       "p",       "page", "pb",     "print-stack",
    "ptime",   "q",      "quit",       "r",       "regs", "s",      "set",
    "setpmem", "sim1",   "sim2",       "sreg",    "step", "sync",   "trace",
    "u",       "vb",     "vector",     "watch",   "x",    "xp",     NULL,
};
static const char *const set_regs[] = {
    "$eax", "$ecx", "$edx", "$ebx", "$esp", "$ebp", "$esi", "$edi", "$eip", "$eflags", "$es",
    "$cs",  "$ss",  "$ds",  "$fs",  "$gs",  "$cr0", "$cr2", "$cr3", "$cr4", NULL,
};
static const char *const info_subs[] = {"break", "gdt", "idt", "ldt", "tab", "tss", NULL};
static const char *const on_off[] = {"on", "off", NULL};
static const char *const hostapi_subs[] = {"break", "trace", NULL};
static const char *const instrument_subs[] = {"start", "stop", "reset", "print", NULL};
static const char *const sync_subs[] = {"guards", NULL};
static const char *const watch_rw[] = {"r", "w", NULL};
static const char *const watch_phys[] = {"phys", NULL};
static const char *const nothing[] = {NULL};

/* After the words w[0..n): which list follows. */
static const char *const *after(char w[][24], int n, int *files) {
    if (n == 0)
        return commands;
    const char *c = w[0];
    if (n == 1) {
        if (!strcmp(c, "info"))
            return info_subs;
        if (!strcmp(c, "trace") || !strcmp(c, "lockstep"))
            return on_off;
        if (!strcmp(c, "hostapi"))
            return hostapi_subs;
        if (!strcmp(c, "instrument"))
            return instrument_subs;
        if (!strcmp(c, "sync"))
            return sync_subs;
        if (!strcmp(c, "watch"))
            return watch_rw;
        if (!strcmp(c, "set"))
            return set_regs;
        if (!strcmp(c, "loader")) {
            *files = 1;
            return nothing;
        }
    }
    if (n == 2 && !strcmp(c, "hostapi") && !strcmp(w[1], "trace"))
        return on_off;
    if (n == 2 && !strcmp(c, "watch"))
        return watch_phys;
    return nothing;
}

const char *const *dbg_complete_words(const char *line, int start, int *files) {
    char w[4][24];
    int n = 0, i = 0;
    *files = 0;
    while (i < start && n < 4) {
        while (i < start && (line[i] == ' ' || line[i] == '\t'))
            i++;
        int k = 0;
        while (i < start && line[i] != ' ' && line[i] != '\t') {
            if (k < 23)
                w[n][k++] = line[i];
            i++;
        }
        w[n][k] = '\0';
        if (k)
            n++;
    }
    /* "sim1 CMD" and "sim2 CMD" address one command to a simulator. */
    int skip = n > 0 && (!strcmp(w[0], "sim1") || !strcmp(w[0], "sim2"));
    return after(w + skip, n - skip, files);
}
