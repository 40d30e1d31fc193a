/* twin86's entry point: parse the options, build the machine, run it, and turn
 * the outcome into one message and an exit status (see status.h). The only
 * place that decides how the process ends. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bios/selftest_rom.h"
#include "machine.h"
#include "options.h"
#include "romfile.h"
#include "firmware.h"
#include "gui/display.h"
#include "gui/screendump.h"
#include "status.h"
#include "twin86/debug.h"

static int fail(enum twin86_status status, const char *msg) {
    fflush(stdout); /* guest output first, then our verdict */
    fprintf(stderr, "twin86: %s\n", msg);
    return status;
}

/* Opens the -debugcon destination. Returns 0, or -1 with a message in err. */
static int open_debugcon(const struct options *o, FILE **out, char *err, size_t errsz) {
    *out = o->debugcon == DEBUGCON_STDIO ? stdout : NULL;
    if (o->debugcon != DEBUGCON_FILE)
        return 0;
    if (!(*out = fopen(o->debugcon_path, "w"))) {
        snprintf(err, errsz, "-debugcon file:%s: %s", o->debugcon_path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Writes the -screendump PNG. Returns 0, or -1 with a message in err. */
static int dump_screen(machine *m, const char *path, char *err, size_t n) {
    int w, h, pitch;
    const uint32_t *px = pc_screen(machine_pc(m), &w, &h, &pitch);
    const char *e = "no screen to dump";
    if (!px || screendump_png(path, px, w, h, pitch, &e) < 0) {
        snprintf(err, n, "-screendump %s: %s", path, e);
        return -1;
    }
    return 0;
}

/* The debugger drives the machine through these two. */
struct dbg_glue {
    machine *m;
    uint64_t max;
    dbg_ctl *d;
    struct frontend display; /* the window or terminal, polled first (poll may be NULL) */
};
static int dbg_machine_run(void *opaque, char *msg, size_t n) {
    struct dbg_glue *g = opaque;
    return machine_run(g->m, g->max, msg, n) == STATUS_OK ? 0 : -1;
}
static enum frontend_action dbg_poll(void *opaque) {
    struct dbg_glue *g = opaque;
    enum frontend_action a = g->display.poll ? g->display.poll(g->display.opaque)
                                             : FRONTEND_CONTINUE;
    dbg_ctl_poll(g->d);
    return a;
}
/* The display's debugger key: the same stop as Ctrl-C at the prompt. */
static void dbg_break(void *opaque) { *dbg_ctl_interrupt_flag(((struct dbg_glue *)opaque)->d) = 1; }

/* -debugger / -cosim: the prompt (or, for -cosim alone, a lockstep run). */
static enum twin86_status debug_session(const struct options *o, machine *m, const uint8_t *rom,
                                        size_t rom_len, struct display_options *dopt,
                                        struct frontend display, char *msg, size_t n) {
    const char *e = NULL;
    msg[0] = '\0';
    struct dbg_glue g = {m, o->max_instructions, NULL, display};
    cpu *c = pc_cpu(machine_pc(m));
    dbg_sim *s1 = dbg_twin86_create(c, rom, rom_len, dbg_machine_run, &g, "sim1", &e), *s2 = NULL;
    if (s1)
        dbg_twin86_set_hostapi(s1, pc_hostapi(machine_pc(m)), stdout);
    if (s1 && o->cosim == 2)
        s2 = dbg_kvm_create(s1, "sim2", stderr, &e);   /* its notes: not in guest output */
    else if (s1 && o->cosim == 1)
        s2 = dbg_twin86_create_ref(s1, 0, "sim2", &e);
    if (s1 && (!o->cosim || s2))
        g.d = dbg_ctl_create(s1, s2, stdout, &e);
    FILE *script = o->debugger_script ? fopen(o->debugger_script, "r") : NULL;
    if (g.d && o->debugger_script && !script)
        e = "-debugger-script: cannot open the file";
    enum twin86_status st = STATUS_OK;
    if (g.d && (!o->debugger_script || script)) {
        struct frontend fe = {dbg_poll, &g, display.realtime};
        machine_set_frontend(m, &fe);
        dopt->debug_break = dbg_break;
        dopt->debug_opaque = &g;
        dbg_ctl_catch_sigint(g.d);
        if (o->debugger)
            dbg_ctl_prompt(g.d, script, isatty(0));
        else if (dbg_ctl_continue(g.d))
            e = "-cosim: the simulators diverged (report above)";
        dbg_ctl_exit(g.d);
        dopt->debug_break = NULL;
    }
    if (e) {
        snprintf(msg, n, "%s", e);
        st = g.d ? STATUS_HOST_ERROR : STATUS_USAGE;
    }
    if (script)
        fclose(script);
    dbg_ctl_destroy(g.d);
    if (o->cosim == 2)
        dbg_kvm_destroy(s2);
    else
        dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
    return st;
}

static int run(const struct options *o, const uint8_t *rom, size_t rom_len, const uint8_t *vgarom,
               size_t vgarom_len, int vga_at_c0000) {
    char msg[512];
    FILE *dcon;
    if (open_debugcon(o, &dcon, msg, sizeof msg) < 0)
        return fail(STATUS_USAGE, msg);
    struct machine_config cfg = {rom, rom_len, o->ram_mib << 20, o->ips, dcon, o->debugcon_port, {0}};
    cfg.pc = (struct pc_config){vgarom, vgarom_len, vga_at_c0000, o->fda, o->fdb, o->hda, o->hdb, o->cdrom,
                                o->boot_order, o->snapshot, {o->serial[0], o->serial[1]},
                                o->rtc_host, o->type_at_ms, o->type_text, o->debug_exit,
                                o->debug_exit_base,
                                o->debug_exit_size, &o->hostapi};
    machine *m = machine_create(&cfg, msg, sizeof msg);
    if (m && o->plain_cpu)
        cpu_set_fast_paths(pc_cpu(machine_pc(m)), 0);
    enum twin86_status status = STATUS_HOST_ERROR;
    /* The display reads its options when its keys are pressed: the debugger
     * session fills in the debugger key's hook. */
    struct display_options dopt = {o->full_screen, (enum display_scale)o->display_scale, o->stats,
                                   NULL, NULL, pc_disk_activity, m ? machine_pc(m) : NULL};
    display *disp = NULL;
    struct frontend fe = {NULL, NULL, 0};
    const char *derr = NULL;
    if (m && o->display != DISPLAY_NONE) {
        if (!(disp = display_create((enum display_kind)o->display, machine_pc(m), m, &dopt, &derr))) {
            snprintf(msg, sizeof msg, "-display: %s", derr);
            machine_destroy(m);
            m = NULL;
        } else {
            fe = display_frontend(disp);
            machine_set_frontend(m, &fe);
        }
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (m && (o->debugger || o->cosim))
        status = debug_session(o, m, rom, rom_len, &dopt, fe, msg, sizeof msg);
    else if (m)
        status = machine_run(m, o->max_instructions, msg, sizeof msg);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    display_destroy(disp); /* gives the terminal back before the messages below */
    if (m && o->screendump && status != STATUS_HOST_ERROR) {
        char derr[512];
        if (dump_screen(m, o->screendump, derr, sizeof derr) < 0) {
            fflush(stdout);
            fprintf(stderr, "twin86: %s\n", derr);
        }
    }
    if (m && o->textdump) {
        FILE *f = strcmp(o->textdump, "-") == 0 ? stdout : fopen(o->textdump, "w");
        if (!f || pc_text_dump(machine_pc(m), f) < 0) {
            fflush(stdout);
            fprintf(stderr, "twin86: -textdump %s: %s\n", o->textdump,
                    f ? "the screen is not in a text mode" : strerror(errno));
        }
        if (f && f != stdout)
            fclose(f);
    }
    if (m && o->stats) {
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        uint64_t n = machine_instructions(m);
        fflush(stdout);
        fprintf(stderr, "twin86: stats: %llu instructions in %.3f s, %.1f MIPS, virtual time %.3f s\n",
                (unsigned long long)n, secs, secs > 0 ? (double)n / secs / 1e6 : 0.0,
                (double)machine_virtual_ns(m) / 1e9);
    }
    machine_destroy(m);
    if (dcon && dcon != stdout && fclose(dcon) != 0 && status == STATUS_OK) {
        snprintf(msg, sizeof msg, "-debugcon file:%s: %s", o->debugcon_path, strerror(errno));
        status = STATUS_HOST_ERROR;
    }
    return msg[0] ? fail(status, msg) : (int)status;
}

int main(int argc, char **argv) {
    struct options o;
    char err[512];
    if (options_parse(&o, argc, argv, err, sizeof err) < 0)
        return fail(STATUS_USAGE, err);
    if (o.help) {
        options_usage(stdout);
        return STATUS_OK;
    }
    if (o.version) {
        printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
        return STATUS_OK;
    }
    /* Firmware: -bios, else SeaBIOS when there is something to boot, else the
     * built-in self-test guest. The VGA BIOS goes with the firmware. */
    const char *bios = o.bios_path;
    int has_media = o.fda || o.fdb || o.hda || o.hdb || o.cdrom;
    if (!bios && !has_media)
        return run(&o, twin86_selftest_rom, twin86_selftest_rom_len, NULL, 0, 0);
    if (!bios && firmware_find(FIRMWARE_SEABIOS, &bios, err, sizeof err) < 0)
        return fail(STATUS_USAGE, err);
    const char *vgabios = o.vgabios_path;
    if (!vgabios && firmware_default_vgabios(bios, &vgabios, err, sizeof err) < 0)
        return fail(STATUS_USAGE, err);
    uint8_t *rom, *vgarom = NULL;
    size_t len, vgalen = 0;
    if (romfile_load(bios, &rom, &len, err, sizeof err) < 0)
        return fail(STATUS_USAGE, err);
    if (vgabios && romfile_load_option(vgabios, &vgarom, &vgalen, err, sizeof err) < 0) {
        free(rom);
        return fail(STATUS_USAGE, err);
    }
    /* SeaBIOS finds the VGA BIOS behind the PCI ROM BAR; other BIOSes scan
     * 0xC0000 for ISA option ROMs. */
    int status = run(&o, rom, len, vgarom, vgalen, strstr(bios, "seabios") == NULL);
    free(rom);
    free(vgarom);
    return status;
}
