/* The command line, parsed into a plain struct. Spellings follow QEMU where
 * QEMU has the concept (-bios, -m, -debugcon, -display). */
#ifndef TWIN86_OPTIONS_H
#define TWIN86_OPTIONS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "hostapi/config.h"

enum debugcon_mode { DEBUGCON_STDIO, DEBUGCON_FILE, DEBUGCON_NONE };

#define MAX_SERIAL 2

struct options {
    const char *bios_path;       /* NULL: the built-in self-test ROM */
    const char *vgabios_path;    /* NULL: the default VGA BIOS for the firmware */
    const char *fda, *fdb;       /* floppy images */
    const char *hda, *hdb;       /* hard-disk images (IDE primary master/slave) */
    const char *cdrom;           /* ISO image (IDE secondary master) */
    char boot_order[4];          /* 'a', 'c', 'd' in order; empty: firmware default */
    const char *serial[MAX_SERIAL]; /* COM1, COM2 backends: none, stdio, file:PATH, pty */
    int snapshot;                /* never write to disk images */
    int rtc_host;                /* RTC from the host clock instead of a fixed epoch */
    const char *screendump;      /* PNG of the screen at exit */
    const char *textdump;        /* text-mode screen at exit: a path, or "-" for stdout */
    uint64_t type_at_ms;         /* -type-at: when (virtual milliseconds) to type... */
    const char *type_text;       /* ...this text on the keyboard (escapes decoded) */
    int debug_exit;              /* isa-debug-exit present */
    uint16_t debug_exit_base;
    unsigned debug_exit_size;
    uint64_t ram_mib;            /* guest RAM in MiB */
    enum debugcon_mode debugcon; /* where port 0xE9 output goes */
    const char *debugcon_path;   /* for DEBUGCON_FILE */
    uint16_t debugcon_port;      /* 0xE9 unless -device isa-debugcon,iobase=N */
    uint64_t max_instructions;   /* 0: no limit */
    uint64_t ips;                /* instructions per virtual second */
    int stats;                   /* print instructions, wall time and MIPS at exit */
    int plain_cpu;               /* -plain-cpu: the CPU's fast paths off */
    int display;                 /* enum display_kind (gui/display.h): -display */
    int display_scale;           /* enum display_scale (gui/layout.h): -display sdl,scale= */
    int full_screen;             /* -full-screen */
    int debugcon_given;          /* -debugcon was on the command line */
    struct hostapi_config hostapi; /* -hostapi, -share, -hostapi-socket, -hostapi-trace */
    int debugger;                /* -debugger: start at the debug prompt */
    const char *debugger_script; /* -debugger-script FILE: commands read first */
    int cosim;                   /* -cosim: 0 none, 1 ref, 2 kvm */
    int help;
    int version;
};

/* Fills *o from argv. Returns 0, or -1 with a one-line message (no prefix, no
 * newline) in err. */
int options_parse(struct options *o, int argc, char **argv, char *err, size_t errsz);

void options_usage(FILE *f);

#endif
