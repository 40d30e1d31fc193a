/* Command-line parser: a table of options, each with a function that checks
 * and stores its argument. Options take one dash or two, as in QEMU. */
#include "config.h"

#include "options.h"

#include "bochsrc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gui/display.h"
#include "hostapi/abi.h"
#include "twin86/memory.h"
#include "twin86/sched.h"

#define MIB_MAX (MEM_MAX_SIZE >> 20)

/* Parses a whole decimal number (no sign, no junk). Returns 0 on success. */
static int parse_u64(const char *s, uint64_t *out, char **end) {
    if (*s < '0' || *s > '9')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(s, end, 10);
    if (errno)
        return -1;
    *out = v;
    return 0;
}

static int opt_bios(struct options *o, const char *arg, char *err, size_t n) {
    (void)err;
    (void)n;
    o->bios_path = arg;
    return 0;
}

static int opt_mem(struct options *o, const char *arg, char *err, size_t n) {
    uint64_t v;
    char *end;
    if (parse_u64(arg, &v, &end) == 0) {
        if ((*end == 'G' || *end == 'g') && v <= MIB_MAX / 1024) {
            v *= 1024;
            end++;
        } else if (*end == 'M' || *end == 'm')
            end++;
        if (*end == '\0' && v >= 1 && v <= MIB_MAX) {
            o->ram_mib = v;
            return 0;
        }
    }
    snprintf(err, n, "-m %s: memory size must be 1 to %llu MiB (suffix M or G allowed)", arg,
             (unsigned long long)MIB_MAX);
    return -1;
}

static int opt_debugcon(struct options *o, const char *arg, char *err, size_t n) {
    if (strcmp(arg, "stdio") == 0)
        o->debugcon = DEBUGCON_STDIO;
    else if (strcmp(arg, "none") == 0)
        o->debugcon = DEBUGCON_NONE;
    else if (strncmp(arg, "file:", 5) == 0 && arg[5]) {
        o->debugcon = DEBUGCON_FILE;
        o->debugcon_path = arg + 5;
    } else {
        snprintf(err, n, "-debugcon %s: expected stdio, file:PATH or none", arg);
        return -1;
    }
    o->debugcon_given = 1;
    return 0;
}

/* -display none | sdl[,scale=aspect|integer] | term */
static int opt_display(struct options *o, const char *arg, char *err, size_t n) {
    size_t len = strcspn(arg, ",");
    const char *props = arg[len] ? arg + len + 1 : "";
    o->display_scale = DISPLAY_SCALE_ASPECT;
    if (len == 4 && strncmp(arg, "none", 4) == 0 && !*props)
        o->display = DISPLAY_NONE;
    else if (len == 4 && strncmp(arg, "term", 4) == 0 && !*props)
        o->display = DISPLAY_TERM;
    else if (len == 3 && strncmp(arg, "sdl", 3) == 0) {
        o->display = DISPLAY_SDL;
        if (strcmp(props, "scale=integer") == 0)
            o->display_scale = DISPLAY_SCALE_INTEGER;
        else if (*props && strcmp(props, "scale=aspect") != 0) {
            snprintf(err, n, "-display %s: expected sdl,scale=aspect or sdl,scale=integer", arg);
            return -1;
        }
    } else {
        snprintf(err, n, "-display %s: expected none, sdl or term", arg);
        return -1;
    }
    if (!display_available((enum display_kind)o->display)) {
        snprintf(err, n, "-display %.*s: %s", (int)len, arg,
                 o->display == DISPLAY_SDL
                     ? "this twin86 was built without SDL2 (install libsdl2-dev, rebuild)"
                     : "this twin86 was built without curses (install libncurses-dev, rebuild)");
        return -1;
    }
    return 0;
}

static int opt_full_screen(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->full_screen = 1;
    return 0;
}

static int opt_max_instructions(struct options *o, const char *arg, char *err, size_t n) {
    char *end;
    if (parse_u64(arg, &o->max_instructions, &end) == 0 && *end == '\0' && o->max_instructions)
        return 0;
    snprintf(err, n, "-max-instructions %s: expected a positive whole number", arg);
    return -1;
}

static int opt_ips(struct options *o, const char *arg, char *err, size_t n) {
    char *end;
    if (parse_u64(arg, &o->ips, &end) == 0 && *end == '\0' && o->ips && o->ips <= SCHED_MAX_IPS)
        return 0;
    snprintf(err, n, "-ips %s: expected a whole number from 1 to %llu", arg,
             (unsigned long long)SCHED_MAX_IPS);
    return -1;
}

static int opt_path(const char **dst, const char *arg) {
    *dst = arg;
    return 0;
}
static int opt_vgabios(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->vgabios_path, a); }
static int opt_fda(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->fda, a); }
static int opt_fdb(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->fdb, a); }
static int opt_hda(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->hda, a); }
static int opt_hdb(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->hdb, a); }
static int opt_cdrom(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->cdrom, a); }
static int opt_screendump(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->screendump, a); }
static int opt_textdump(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; return opt_path(&o->textdump, a); }
static int opt_debugger(struct options *o, const char *a, char *e, size_t n) { (void)a, (void)e, (void)n; o->debugger = 1; return 0; }
static int opt_debugger_script(struct options *o, const char *a, char *e, size_t n) { (void)e, (void)n; o->debugger = 1; return opt_path(&o->debugger_script, a); }
static int opt_cosim(struct options *o, const char *a, char *e, size_t n) {
    o->cosim = strcmp(a, "ref") == 0 ? 1 : strcmp(a, "kvm") == 0 ? 2 : -1;
    if (o->cosim < 0)
        snprintf(e, n, "-cosim %s: expected ref or kvm", a);
    return o->cosim < 0 ? -1 : 0;
}

/* -type-at SECONDS,TEXT: types TEXT at that virtual time; \n \r \t \e \\ escapes. */
static int opt_type_at(struct options *o, const char *arg, char *err, size_t n) {
    char *end;
    double secs = strtod(arg, &end);
    if (end == arg || *end != ',' || secs < 0 || secs > 1e6) {
        snprintf(err, n, "-type-at %s: expected SECONDS,TEXT", arg);
        return -1;
    }
    char *text = malloc(strlen(end + 1) + 1), *t = text;
    if (!text) {
        snprintf(err, n, "-type-at: out of memory");
        return -1;
    }
    for (const char *s = end + 1; *s; s++) {
        if (*s != '\\' || !s[1]) {
            *t++ = *s;
            continue;
        }
        s++;
        *t++ = *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s == 't' ? '\t' : *s == 'e' ? 0x1b : *s;
    }
    *t = '\0';
    o->type_at_ms = (uint64_t)(secs * 1000);
    o->type_text = text;   /* lives until exit, like the other option strings */
    return 0;
}

/* -boot c | -boot order=cad | -boot a,... : up to three of a, c, d. */
static int opt_boot(struct options *o, const char *arg, char *err, size_t n) {
    const char *v = strncmp(arg, "order=", 6) == 0 ? arg + 6 : arg;
    size_t len = strcspn(v, ",");
    if (len == 0 || len > 3)
        goto bad;
    for (size_t i = 0; i < len; i++) {
        if (!strchr("acd", v[i]) || memchr(v, v[i], i))
            goto bad;
        o->boot_order[i] = v[i];
    }
    o->boot_order[len] = '\0';
    return 0;
bad:
    snprintf(err, n, "-boot %s: expected up to three of a (floppy), c (disk), d (CD-ROM)", arg);
    return -1;
}

static int opt_serial(struct options *o, const char *arg, char *err, size_t n) {
    for (int i = 0; i < MAX_SERIAL; i++)
        if (!o->serial[i]) {
            if (strcmp(arg, "none") && strcmp(arg, "stdio") && strcmp(arg, "pty") &&
                !(strncmp(arg, "file:", 5) == 0 && arg[5])) {
                snprintf(err, n, "-serial %s: expected none, stdio, pty or file:PATH", arg);
                return -1;
            }
            o->serial[i] = arg;
            return 0;
        }
    snprintf(err, n, "-serial %s: at most %d serial ports", arg, MAX_SERIAL);
    return -1;
}

static int opt_snapshot(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->snapshot = 1;
    return 0;
}

/* -rtc clock=host|vm (also base=utc|localtime, accepted for QEMU users). */
static int opt_rtc(struct options *o, const char *arg, char *err, size_t n) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s", arg);
    for (char *save = NULL, *kv = strtok_r(buf, ",", &save); kv; kv = strtok_r(NULL, ",", &save)) {
        if (strcmp(kv, "clock=host") == 0 || strcmp(kv, "clock=rt") == 0)
            o->rtc_host = 1;
        else if (strcmp(kv, "clock=vm") == 0)
            o->rtc_host = 0;
        else if (strcmp(kv, "base=utc") && strcmp(kv, "base=localtime")) {
            snprintf(err, n, "-rtc %s: expected clock=host or clock=vm", arg);
            return -1;
        }
    }
    return 0;
}

/* -device isa-debug-exit[,iobase=N][,iosize=N] as in QEMU (default 0x501, 2). */
static int opt_device(struct options *o, const char *arg, char *err, size_t n) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s", arg);
    char *save = NULL, *kv = strtok_r(buf, ",", &save);
    if (kv && strcmp(kv, "isa-debugcon") == 0) {
        char *end;
        unsigned long v;
        while ((kv = strtok_r(NULL, ",", &save))) {
            if (strncmp(kv, "iobase=", 7) == 0 && (v = strtoul(kv + 7, &end, 0)) <= 0xFFFF && !*end)
                o->debugcon_port = (uint16_t)v;
            else if (strncmp(kv, "chardev=", 8) != 0) {
                snprintf(err, n, "-device %s: bad property '%s'", arg, kv);
                return -1;
            }
        }
        return 0;
    }
    if (!kv || strcmp(kv, "isa-debug-exit")) {
        snprintf(err, n, "-device %s: expected isa-debug-exit or isa-debugcon", arg);
        return -1;
    }
    o->debug_exit = 1;
    o->debug_exit_base = 0x501;
    o->debug_exit_size = 2;
    while ((kv = strtok_r(NULL, ",", &save))) {
        char *end;
        unsigned long v;
        if (strncmp(kv, "iobase=", 7) == 0 && (v = strtoul(kv + 7, &end, 0)) <= 0xFFFF && !*end)
            o->debug_exit_base = (uint16_t)v;
        else if (strncmp(kv, "iosize=", 7) == 0 && (v = strtoul(kv + 7, &end, 0)) >= 1 && v <= 4 && !*end)
            o->debug_exit_size = (unsigned)v;
        else {
            snprintf(err, n, "-device %s: bad property '%s'", arg, kv);
            return -1;
        }
    }
    return 0;
}

static int opt_config(struct options *o, const char *arg, char *err, size_t n) {
    return bochsrc_apply(o, arg, err, n);
}

static int opt_stats(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->stats = 1;
    return 0;
}

static int opt_plain_cpu(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->plain_cpu = 1;
    return 0;
}

static int opt_hostapi(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->hostapi.enabled = 1;
    return 0;
}

static int opt_share(struct options *o, const char *arg, char *err, size_t n) {
    return hostapi_parse_share(&o->hostapi, arg, err, n);
}

static int opt_hostapi_socket(struct options *o, const char *arg, char *err, size_t n) {
    (void)err, (void)n;
    o->hostapi.enabled = 1;
    o->hostapi.socket_path = arg;
    return 0;
}

static int opt_hostapi_trace(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->hostapi.trace = 1;
    return 0;
}

static int opt_help(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->help = 1;
    return 0;
}

static int opt_version(struct options *o, const char *arg, char *err, size_t n) {
    (void)arg, (void)err, (void)n;
    o->version = 1;
    return 0;
}

struct option_def {
    const char *name;
    int takes_arg;
    int (*apply)(struct options *o, const char *arg, char *err, size_t n);
};

static const struct option_def option_defs[] = {
    {"bios", 1, opt_bios},
    {"m", 1, opt_mem},
    {"debugcon", 1, opt_debugcon},
    {"display", 1, opt_display},
    {"full-screen", 0, opt_full_screen},
    {"max-instructions", 1, opt_max_instructions},
    {"ips", 1, opt_ips},
    {"vgabios", 1, opt_vgabios},
    {"fda", 1, opt_fda},
    {"fdb", 1, opt_fdb},
    {"hda", 1, opt_hda},
    {"hdb", 1, opt_hdb},
    {"cdrom", 1, opt_cdrom},
    {"boot", 1, opt_boot},
    {"serial", 1, opt_serial},
    {"snapshot", 0, opt_snapshot},
    {"rtc", 1, opt_rtc},
    {"screendump", 1, opt_screendump},
    {"device", 1, opt_device},
    {"textdump", 1, opt_textdump},
    {"type-at", 1, opt_type_at},
    {"f", 1, opt_config},
    {"stats", 0, opt_stats},
    {"plain-cpu", 0, opt_plain_cpu},
    {"hostapi", 0, opt_hostapi},
    {"share", 1, opt_share},
    {"hostapi-socket", 1, opt_hostapi_socket},
    {"hostapi-trace", 0, opt_hostapi_trace},
    {"debugger", 0, opt_debugger},
    {"debugger-script", 1, opt_debugger_script},
    {"cosim", 1, opt_cosim},
    {"h", 0, opt_help},
    {"help", 0, opt_help},
    {"version", 0, opt_version},
};

static const struct option_def *find_option(const char *name) {
    for (size_t i = 0; i < sizeof option_defs / sizeof option_defs[0]; i++)
        if (strcmp(option_defs[i].name, name) == 0)
            return &option_defs[i];
    return NULL;
}

int options_parse(struct options *o, int argc, char **argv, char *err, size_t errsz) {
    *o = (struct options){.ram_mib = 32, .debugcon = DEBUGCON_STDIO, .debugcon_port = 0xE9,
                          .ips = SCHED_DEFAULT_IPS};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') {
            snprintf(err, errsz, "unexpected argument '%s' (try --help)", a);
            return -1;
        }
        const struct option_def *d = find_option(a + (a[1] == '-' ? 2 : 1));
        if (!d) {
            snprintf(err, errsz, "unknown option '%s' (try --help)", a);
            return -1;
        }
        if (d->takes_arg && i + 1 >= argc) {
            snprintf(err, errsz, "option '%s' needs an argument (try --help)", a);
            return -1;
        }
        if (d->apply(o, d->takes_arg ? argv[++i] : NULL, err, errsz) < 0)
            return -1;
    }
    /* The terminal display owns the terminal: guest prints would tear it,
     * and the debugger's prompt cannot share it. */
    if (o->display == DISPLAY_TERM && !o->debugcon_given)
        o->debugcon = DEBUGCON_NONE;
    if (o->display == DISPLAY_TERM && o->debugger) {
        snprintf(err, errsz, "-display term and -debugger both need the terminal; "
                             "use -display sdl with -debugger");
        return -1;
    }
    return 0;
}

void options_usage(FILE *f) {
    fprintf(
        f,
        "Usage: twin86 [options]\n"
        "Runs an IA-32 PC. Without -bios it boots the built-in self-test guest.\n"
        "\n"
        "  -bios FILE            BIOS image (4 KiB to 16 MiB, a multiple of 4 KiB),\n"
        "                        mapped at the top of 4 GiB and its last 128 KiB below 1 MiB\n"
        "  -m SIZE               guest RAM in MiB, or with suffix M or G (default 32, max %llu)\n"
        "  -debugcon DEV         port 0xE9 output: stdio (default), file:PATH or none\n"
        "  -vgabios FILE         VGA BIOS option ROM (at 0xC0000)\n"
        "  -fda/-fdb FILE        floppy disk images\n"
        "  -hda/-hdb FILE        hard-disk images (IDE primary master/slave)\n"
        "  -cdrom FILE           ISO image (IDE secondary master)\n"
        "  -boot ORDER           boot order: up to three of a, c, d (e.g. -boot c)\n"
        "  -snapshot             never write to the disk images\n"
        "  -serial DEV           next COM port: none, stdio, pty or file:PATH\n"
        "  -rtc clock=host|vm    RTC from the host clock, or a fixed epoch (default, deterministic)\n"
        "  -screendump FILE      write a PNG of the screen at exit\n"
        "  -textdump FILE|-      write the text-mode screen at exit (- for stdout)\n"
        "  -type-at SECS,TEXT    type TEXT on the keyboard at that virtual time (\\n = Enter)\n"
        "  -f FILE               read a Bochs configuration file (megs, romimage, floppya,\n"
        "                        ata0-master, boot, com1, ...); later options override it\n"
        "  -device isa-debug-exit[,iobase=N,iosize=N]\n"
        "                        a port where the guest writes V to exit with status V*2+1\n"
        "  -device isa-debugcon,iobase=N\n"
        "                        move the -debugcon port (e.g. 0x402, where SeaBIOS logs)\n"
        "  -display none         no display, deterministic virtual time (default)\n"
        "  -display sdl[,scale=integer]\n"
        "                        a window (keys below); the guest runs in real time;\n"
        "                        scale=integer keeps whole-number pixel factors\n"
        "  -display term         the text screen in this terminal (curses), real time;\n"
        "                        port 0xE9 output is off unless -debugcon says otherwise\n"
        "  -full-screen          start the window in full screen\n"
        "  -max-instructions N   stop after N instruction ticks of virtual time (exit 3)\n"
        "  -ips N                instructions per virtual second (default %llu)\n"
        "  -stats                at exit, print instructions executed, wall time and MIPS\n"
        "  -plain-cpu            run the CPU with every fast path off (no decoded-code or\n"
        "                        translation caches, no repeat speedup): what -cosim ref\n"
        "                        checks against, for ruling out a fast-path bug\n"
        "  -hostapi              let the guest call the host (the UD1 escape and ports 0x%X-0x%X)\n"
        "  -share PATH[,ro][,drive=LETTER]\n"
        "                        share a host folder with DOS (run T86REDIR from the tools\n"
        "                        floppy); implies -hostapi; up to %d times\n"
        "  -hostapi-socket PATH  let host programs serve guest requests over this socket\n"
        "  -hostapi-trace        log every hostapi call on stderr\n"
        "  -debugger             start at the debug prompt (help lists its commands)\n"
        "  -debugger-script FILE run the debugger commands in FILE first\n"
        "  -cosim ref|kvm        run a second simulator in lockstep and compare (ref: the\n"
        "                        interpreter without fast paths; kvm: the host CPU\n"
        "                        through /dev/kvm, single-stepped; docs/cosim.md)\n"
        "  -h, --help            show this help\n"
        "  --version             show the version\n"
        "\n"
        "Exit status: 0 guest stopped, 1 host error, 2 bad option or file,\n"
        "3 instruction limit reached, 4 guest needed an unsupported feature.\n",
        (unsigned long long)MIB_MAX, (unsigned long long)SCHED_DEFAULT_IPS, HOSTAPI_PORT,
        HOSTAPI_PORT + HOSTAPI_PORT_COUNT - 1, HOSTAPI_MAX_SHARES);
    fputc('\n', f);
    display_keys_help(f);
}
