/* twin86's entry point: parse the options, build the machine, run it, and turn
 * the outcome into one message and an exit status (see status.h). The only
 * place that decides how the process ends. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bios/selftest_rom.h"
#include "machine.h"
#include "options.h"
#include "romfile.h"
#include "status.h"

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

static int run(const struct options *o, const uint8_t *rom, size_t rom_len) {
    char msg[512];
    FILE *dcon;
    if (open_debugcon(o, &dcon, msg, sizeof msg) < 0)
        return fail(STATUS_USAGE, msg);
    struct machine_config cfg = {rom, rom_len, o->ram_mib << 20, o->ips, dcon};
    machine *m = machine_create(&cfg, msg, sizeof msg);
    enum twin86_status status = STATUS_HOST_ERROR;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (m)
        status = machine_run(m, o->max_instructions, msg, sizeof msg);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (m && o->stats) {
        double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        uint64_t n = machine_instructions(m);
        fflush(stdout);
        fprintf(stderr, "twin86: stats: %llu instructions in %.3f s, %.1f MIPS\n",
                (unsigned long long)n, secs, secs > 0 ? (double)n / secs / 1e6 : 0.0);
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
    if (!o.bios_path)
        return run(&o, twin86_selftest_rom, twin86_selftest_rom_len);
    uint8_t *rom;
    size_t len;
    if (romfile_load(o.bios_path, &rom, &len, err, sizeof err) < 0)
        return fail(STATUS_USAGE, err);
    int status = run(&o, rom, len);
    free(rom);
    return status;
}
