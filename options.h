/* The command line, parsed into a plain struct. Spellings follow QEMU where
 * QEMU has the concept (-bios, -m, -debugcon, -display). */
#ifndef TWIN86_OPTIONS_H
#define TWIN86_OPTIONS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum debugcon_mode { DEBUGCON_STDIO, DEBUGCON_FILE, DEBUGCON_NONE };

struct options {
    const char *bios_path;       /* NULL: the built-in self-test ROM */
    uint64_t ram_mib;            /* guest RAM in MiB */
    enum debugcon_mode debugcon; /* where port 0xE9 output goes */
    const char *debugcon_path;   /* for DEBUGCON_FILE */
    uint64_t max_instructions;   /* 0: no limit */
    uint64_t ips;                /* instructions per virtual second */
    int stats;                   /* print instructions, wall time and MIPS at exit */
    int help;
    int version;
};

/* Fills *o from argv. Returns 0, or -1 with a one-line message (no prefix, no
 * newline) in err. */
int options_parse(struct options *o, int argc, char **argv, char *err, size_t errsz);

void options_usage(FILE *f);

#endif
