/* A whole PC as one instance: memory, I/O bus, scheduler, CPU and devices, and
 * the loop that runs the CPU in slices between device deadlines. */
#ifndef TWIN86_MACHINE_H
#define TWIN86_MACHINE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "pc.h"
#include "status.h"

typedef struct machine machine;

struct machine_config {
    const uint8_t *bios; /* copied; the caller may free it after machine_create */
    size_t bios_len;
    uint64_t ram_bytes;
    uint64_t ips;
    FILE *debugcon; /* debug console output, or NULL for none; not closed by the machine */
    uint16_t debugcon_port;
    struct pc_config pc; /* the devices */
};

/* Builds and resets a machine. Returns NULL with a one-line message in err. */
machine *machine_create(const struct machine_config *cfg, char *err, size_t errsz);
void machine_destroy(machine *m);

/* Runs until the guest stops or, when max_ticks is not 0, until virtual time
 * reaches max_ticks (instructions retired plus idle ticks skipped while halted,
 * so an idle guest stops too). Returns the exit status and a one-line reason in
 * msg (no prefix, no newline). */
enum twin86_status machine_run(machine *m, uint64_t max_ticks, char *msg, size_t msgsz);

/* A frontend (an SDL window, a terminal display) gets control between CPU
 * slices at least every FRONTEND_PERIOD_MS of virtual time; with `realtime`
 * the machine also keeps virtual time from running ahead of the wall clock
 * (interactive use), instead of racing through it (headless, deterministic). */
#define FRONTEND_PERIOD_MS 10
enum frontend_action { FRONTEND_CONTINUE, FRONTEND_QUIT, FRONTEND_RESET };
struct frontend {
    enum frontend_action (*poll)(void *opaque);
    void *opaque;
    int realtime;
};
void machine_set_frontend(machine *m, const struct frontend *f);

/* The platform, for screen dumps and typed input. */
pc *machine_pc(machine *m);

/* Instructions the CPU has retired (idle ticks not counted). */
uint64_t machine_instructions(const machine *m);
/* Virtual time since power-on. */
uint64_t machine_virtual_ns(const machine *m);

#endif
