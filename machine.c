/* The machine: builds the parts in dependency order and runs the CPU in
 * slices that end at the next device deadline, so devices are never polled per
 * instruction and a run depends only on its inputs. */
#include "machine.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "iodev/debugcon.h"
#include "twin86/cpu.h"
#include "twin86/iobus.h"
#include "twin86/memory.h"
#include "twin86/sched.h"

/* A guest stuck in a triple-fault loop would fill the terminal; report a few. */
#define SHUTDOWNS_REPORTED 5

struct machine {
    memory *mem;
    iobus *io;
    sched *sched;
    debugcon *dcon;
    cpu *cpu;
    pc *pc;
    unsigned shutdowns;
    uint64_t slice_start; /* cpu_icount() when the running slice began */
    struct frontend fe;   /* poll == NULL: none */
    uint64_t fe_next;     /* virtual time of the next poll */
    struct timespec wall0;/* wall clock at virtual time wall0_ticks (realtime) */
    uint64_t wall0_ticks;
};

machine *machine_create(const struct machine_config *cfg, char *err, size_t errsz) {
    const char *e = "out of memory";
    machine *m = calloc(1, sizeof *m);
    if (!m || !(m->mem = mem_create(cfg->ram_bytes, &e)) ||
        mem_load_bios(m->mem, cfg->bios, cfg->bios_len, &e) < 0)
        goto fail;
    e = "out of memory";
    if (!(m->io = io_create()) || !(m->sched = sched_create(cfg->ips)))
        goto fail;
    if (cfg->debugcon && !(m->dcon = debugcon_create_at(m->io, cfg->debugcon_port, cfg->debugcon, &e)))
        goto fail;
    e = "cannot create the CPU";
    if (!(m->cpu = cpu_create(m->mem, m->io)))
        goto fail;
    if (!(m->pc = pc_create(m->mem, m->io, m->sched, m->cpu, &cfg->pc, err, errsz))) {
        machine_destroy(m);
        return NULL;
    }
    cpu_reset(m->cpu);
    return m;
fail:
    snprintf(err, errsz, "%s", e);
    machine_destroy(m);
    return NULL;
}

void machine_destroy(machine *m) {
    if (!m)
        return;
    pc_destroy(m->pc);
    cpu_destroy(m->cpu);
    debugcon_destroy(m->dcon);
    sched_destroy(m->sched);
    io_destroy(m->io);
    mem_destroy(m->mem);
    free(m);
}

void machine_set_frontend(machine *m, const struct frontend *f) {
    m->fe = *f;
    m->fe_next = sched_now(m->sched);
    clock_gettime(CLOCK_MONOTONIC, &m->wall0);
    m->wall0_ticks = sched_now(m->sched);
}

/* Real-time pacing: sleeps while virtual time is ahead of the wall clock. */
static void pace(machine *m) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    uint64_t wall_ns = (uint64_t)(now.tv_sec - m->wall0.tv_sec) * 1000000000ull +
                       (uint64_t)now.tv_nsec - (uint64_t)m->wall0.tv_nsec;
    uint64_t virt_ns = sched_ticks_to_ns(m->sched, sched_now(m->sched) - m->wall0_ticks);
    if (virt_ns > wall_ns) {
        uint64_t d = virt_ns - wall_ns;
        struct timespec ts = {(time_t)(d / 1000000000ull), (long)(d % 1000000000ull)};
        nanosleep(&ts, NULL);
    } else if (wall_ns - virt_ns > 200000000ull) {
        /* The guest cannot keep up: don't try to catch up a backlog. */
        m->wall0 = now;
        m->wall0_ticks = sched_now(m->sched);
    }
}

/* Gives the frontend its turn when due. Returns its action. */
static enum frontend_action frontend_turn(machine *m) {
    if (!m->fe.poll || sched_now(m->sched) < m->fe_next)
        return FRONTEND_CONTINUE;
    m->fe_next = sched_now(m->sched) + sched_ns_to_ticks(m->sched, FRONTEND_PERIOD_MS * 1000000ull);
    if (m->fe.realtime)
        pace(m);
    return m->fe.poll(m->fe.opaque);
}

static void where(machine *m, char *buf, size_t n) {
    snprintf(buf, n, "CS:EIP %04X:%08X", (unsigned)cpu_get_reg(m->cpu, REG_CS),
             (unsigned)cpu_get_reg(m->cpu, REG_EIP));
}

/* The CPU executed HLT. Returns 1 (with msg) when nothing can wake it (with IF
 * clear only NMI could, and no device raises NMI yet), else skips virtual time
 * to the next timer, which may raise an interrupt. */
static int idle(machine *m, uint64_t max_ticks, char *msg, size_t n) {
    char at[32];
    uint64_t next = sched_next_deadline(m->sched);
    if (!cpu_interrupts_enabled(m->cpu) || next == SCHED_NEVER) {
        where(m, at, sizeof at);
        if (!cpu_interrupts_enabled(m->cpu))
            snprintf(msg, n, "CPU halted with interrupts disabled at %s", at);
        else
            snprintf(msg, n, "CPU halted at %s with no timer armed, so nothing can wake it", at);
        return 1;
    }
    if (m->fe.poll && next > m->fe_next)   /* the frontend's turn comes first */
        next = m->fe_next;
    if (max_ticks && next > max_ticks)
        next = max_ticks;                   /* so does the limit */
    uint64_t skipped = next > sched_now(m->sched) ? next - sched_now(m->sched) : 0;
    cpu_idle_ticks(m->cpu, skipped);   /* the TSC counts through HLT */
    sched_advance(m->sched, skipped);
    return 0;
}

/* A triple fault: the CPU has reset itself and the run goes on, as on a PC.
 * Not an error, so it is logged here rather than returned. */
static void report_shutdown(machine *m) {
    if (++m->shutdowns > SHUTDOWNS_REPORTED)
        return;
    fflush(stdout); /* keep the guest's output before our line */
    fprintf(stderr, "twin86: %s\n", cpu_stop_detail(m->cpu));
    if (m->shutdowns == SHUTDOWNS_REPORTED)
        fprintf(stderr, "twin86: further CPU resets are not reported\n");
}

/* Longest slice without a timer: short enough that a CPU's "icount + budget"
 * cannot overflow, long enough (seconds of work) to cost nothing. */
#define MAX_SLICE (1ull << 32)

/* Virtual time inside a CPU slice, for devices that read clocks mid-slice. */
static uint64_t slice_elapsed(void *opaque) {
    machine *m = opaque;
    return cpu_icount(m->cpu) - m->slice_start;
}

/* A device armed a timer inside the running slice: end the slice there. */
static void slice_kick(void *opaque, uint64_t ticks_from_now) {
    machine *m = opaque;
    cpu_shorten_run(m->cpu, ticks_from_now);
}

/* Instruction ticks until the next deadline or the limit, whichever is first. */
static uint64_t slice(const machine *m, uint64_t max_ticks) {
    uint64_t now = sched_now(m->sched), next = sched_next_deadline(m->sched);
    uint64_t n = next > now ? next - now : 0; /* SCHED_NEVER: capped below */
    if (n > MAX_SLICE)
        n = MAX_SLICE;
    if (max_ticks && max_ticks - now < n)
        n = max_ticks - now;
    if (m->fe.poll && m->fe_next > now && m->fe_next - now < n)
        n = m->fe_next - now;
    return n;
}

enum twin86_status machine_run(machine *m, uint64_t max_ticks, char *msg, size_t msgsz) {
    char at[32];
    msg[0] = '\0';
    for (;;) {
        if (max_ticks && sched_now(m->sched) >= max_ticks) {
            snprintf(msg, msgsz, "instruction limit %llu reached", (unsigned long long)max_ticks);
            return STATUS_LIMIT;
        }
        uint64_t budget = slice(m, max_ticks);
        if (budget == 0) { /* a timer is due right now */
            sched_advance(m->sched, 0);
            continue;
        }
        m->slice_start = cpu_icount(m->cpu);
        sched_begin_slice(m->sched, budget, slice_elapsed, slice_kick, m);
        enum cpu_stop stop = cpu_run(m->cpu, budget);
        sched_end_slice(m->sched);
        switch (frontend_turn(m)) {
        case FRONTEND_QUIT:
            snprintf(msg, msgsz, "quit from the display");
            return STATUS_OK;
        case FRONTEND_RESET:
            pc_requests(m->pc)->reset = 1;
            break;
        case FRONTEND_CONTINUE:
            break;
        }
        struct pc_requests *rq = pc_requests(m->pc);
        if (rq->exit) {
            snprintf(msg, msgsz, "guest requested exit status %d through isa-debug-exit",
                     rq->exit_status);
            return (enum twin86_status)rq->exit_status;
        }
        if (rq->reset) {
            pc_reset(m->pc);
            cpu_reset(m->cpu);
            continue;
        }
        switch (stop) {
        case CPU_STOP_BUDGET:
            break;
        case CPU_STOP_SHUTDOWN:
            report_shutdown(m);
            pc_reset(m->pc);   /* a triple fault resets the whole board, as on a PC */
            break;
        case CPU_STOP_HALT:
            if (idle(m, max_ticks, msg, msgsz))
                return STATUS_OK;
            break;
        case CPU_STOP_UNSUPPORTED:
            snprintf(msg, msgsz, "%s", cpu_stop_detail(m->cpu));
            return STATUS_UNSUPPORTED;
        case CPU_STOP_REQUEST:
            where(m, at, sizeof at);
            snprintf(msg, msgsz, "stopped on request at %s", at);
            return STATUS_OK;
        }
    }
}

uint64_t machine_instructions(const machine *m) { return cpu_icount(m->cpu); }

uint64_t machine_virtual_ns(const machine *m) { return sched_now_ns(m->sched); }

pc *machine_pc(machine *m) { return m->pc; }
