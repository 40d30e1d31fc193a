/* The cosimulation debugger's seam: a callback table per simulator (the
 * modern form of Bochs' bx_dbg_callback_t), the guards a simulator stops on,
 * the record of the guard it found, and the controller that drives one or
 * two simulators from a prompt or a script. Everything is an instance: guard
 * state lives in the controller, bound to simulators at run time. */
#ifndef TWIN86_DEBUG_H
#define TWIN86_DEBUG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "twin86/cpu.h"

/* ---- Guards ---- */
enum dbg_guard_kind {
    DBG_GUARD_ICOUNT = 1u << 0,     /* the simulator's icount reached guard.icount */
    DBG_GUARD_CTRL_C = 1u << 1,     /* *guard.interrupt_requested became nonzero */
    DBG_GUARD_IADDR_VIR = 1u << 2,  /* CS:EIP breakpoint */
    DBG_GUARD_IADDR_LIN = 1u << 3,  /* linear instruction address */
    DBG_GUARD_IADDR_PHY = 1u << 4,  /* physical instruction address */
    DBG_GUARD_WATCH = 1u << 5,      /* read/write watchpoint on a linear or physical range */
    DBG_GUARD_IO = 1u << 6,         /* port I/O watch */
    DBG_GUARD_VECTOR = 1u << 7,     /* interrupt/exception vector */
    DBG_GUARD_MODE = 1u << 8,       /* real/protected/V86/paging mode changed */
    DBG_GUARD_DIVERGE = 1u << 9,    /* a slave could not follow its master's journal */
    DBG_GUARD_HOSTAPI = 1u << 10,   /* a hostapi call (escape or doorbell) was served */
};

#define DBG_MAX_BP 16
#define DBG_MAX_WATCH 16
#define DBG_MAX_IO 8

struct dbg_bp {
    uint16_t cs;        /* only for CS:EIP breakpoints */
    uint32_t addr;
    uint8_t enabled;
};
enum { DBG_WATCH_READ = 1, DBG_WATCH_WRITE = 2 };
struct dbg_watch {
    uint32_t lo, hi;    /* inclusive range */
    uint8_t phys;       /* 1: physical addresses, 0: linear */
    uint8_t rw;         /* DBG_WATCH_READ | DBG_WATCH_WRITE */
    uint8_t enabled;
};
struct dbg_ioguard {
    uint16_t lo, hi;
    uint8_t enabled;
};

/* What the controller asks a simulator to stop on (the seed's bx_guard). */
struct dbg_guard {
    unsigned guard_for;                 /* enum dbg_guard_kind bits */
    uint64_t icount;                    /* DBG_GUARD_ICOUNT: absolute tick count */
    volatile int *interrupt_requested;   /* DBG_GUARD_CTRL_C */
    struct dbg_bp vir[DBG_MAX_BP], lin[DBG_MAX_BP], phy[DBG_MAX_BP];
    unsigned nvir, nlin, nphy;
    struct dbg_watch watch[DBG_MAX_WATCH];
    unsigned nwatch;
    struct dbg_ioguard io[DBG_MAX_IO];
    unsigned nio;
    uint8_t vector[32];                 /* bitmap of the 256 vectors */
    uint64_t resume_icount;             /* address guards are ignored at this icount,
                                           so a continue leaves a breakpoint */
};

/* What a simulator found (the seed's bx_guard_found). */
struct dbg_guard_found {
    unsigned guard_found;               /* one enum dbg_guard_kind bit, 0: none */
    unsigned index;                     /* breakpoint/watch/io index */
    uint64_t icount;                    /* completed ticks */
    uint16_t cs;
    uint32_t eip, laddr;                /* the next instruction */
    int is_32bit_code;
    int ctrl_c;
    uint32_t addr;                      /* watch: accessed address; io: port; vector */
    int write;                          /* watch/io: 1 for a write */
    char text[200];                     /* human detail (divergence, guest stop) */
};

/* ---- The simulator interface ---- */
/* A simulator's part in cosimulation: a master journals its inputs, a
 * slave replays them (dbg_journal, below). */
enum dbg_role { DBG_ALONE, DBG_MASTER, DBG_SLAVE };
typedef struct dbg_journal dbg_journal;
enum dbg_exec_result {
    DBG_EXEC_GUARD,    /* a guard was found: see the guard-found record */
    DBG_EXEC_STOPPED,  /* the guest stopped (halted for good, limit, error): found.text */
};
enum dbg_reset { DBG_RESET_HARDWARE, DBG_RESET_SOFTWARE };

/* One table per kind of simulator; `self` is the instance. Memory functions
 * return 0 on success, -1 on error. */
struct dbg_callbacks {
    int (*setphymem)(void *self, uint32_t addr, unsigned len, const uint8_t *buf);
    int (*getphymem)(void *self, uint32_t addr, unsigned len, uint8_t *buf);
    /* No exception, no accessed/dirty bits. */
    int (*xlate_linear2phy)(void *self, uint32_t linear, uint32_t *phys);
    int (*set_reg)(void *self, enum cpu_reg reg, uint32_t value);
    uint32_t (*get_reg)(void *self, enum cpu_reg reg);
    int (*set_cpu)(void *self, const struct cpu_state *s);
    int (*get_cpu)(void *self, struct cpu_state *s);
    /* One byte per 4 KiB page of RAM, set by every write; cleared by the controller. */
    uint8_t *(*dirty_page_tbl)(void *self, size_t *pages);
    void (*atexit)(void *self);
    enum dbg_exec_result (*execute)(void *self, const struct dbg_guard *g,
                                    struct dbg_guard_found *found);
    void (*reset_cpu)(void *self, enum dbg_reset source);
    int (*init_mem)(void *self, uint64_t bytes, const char **err);
    int (*load_ROM)(void *self, const uint8_t *image, size_t len, uint32_t addr, const char **err);
    void (*set_A20)(void *self, int on);
    int (*get_A20)(void *self);          /* new: snapshots need the gate's state */
    void (*set_NMI)(void *self, int level);
    void (*set_RESET)(void *self, int level);
    void (*set_INTR)(void *self, int level);
    /* Delivers `vector` as an external interrupt at the next boundary. */
    void (*force_interrupt)(void *self, unsigned vector);
    void (*instr_start)(void *self);
    void (*instr_stop)(void *self);
    void (*instr_reset)(void *self);
    void (*instr_print)(void *self, FILE *out);
    /* Flat binary (at phys `addr`) or ELF32 (its own addresses; EIP = entry). */
    int (*loader)(void *self, const char *path, uint32_t addr, const char **err);
    /* Optional (NULL: the controller uses getphymem/setphymem): host pointer
     * to the guest RAM, *bytes long, physical address = offset, whatever is
     * mapped over it; the lockstep sync compares and copies pages through it. */
    uint8_t *(*ram)(void *self, size_t *bytes);
    /* Optional: the caller wrote [addr, addr+len) through `ram`, so cached
     * decodings of that code are stale (twin86: mem_ram_written). */
    void (*ram_written)(void *self, uint32_t addr, size_t len);
    /* Optional (NULL: the twin86 interpreter, dbg_twin86_set_role): takes
     * its cosimulation role; a slave replays j from its beginning. */
    void (*set_role)(void *self, enum dbg_role role, dbg_journal *j);
};

typedef struct dbg_sim {
    const struct dbg_callbacks *cb;
    void *self;
    const char *name;
} dbg_sim;

/* ---- The twin86 interpreter as a simulator (debug/sim_twin86.c) ---- */

/* Runs the platform around the CPU until cpu_run stops for a reason the
 * platform does not handle itself; returns 0, or -1 when the guest stopped
 * for good (text in msg). NULL: the simulator runs the bare CPU. */
typedef int (*dbg_platform_run)(void *opaque, char *msg, size_t msgsz);

/* Binds a CPU (and its memory and bus) to a simulator. rom/rom_len is the
 * BIOS image (kept by reference) so a reference copy can be built. */
dbg_sim *dbg_twin86_create(cpu *c, const uint8_t *rom, size_t rom_len, dbg_platform_run run,
                           void *run_opaque, const char *name, const char **err);
/* A bare simulator of its own: memory of `ram` bytes, the BIOS image mapped,
 * an empty I/O bus, a CPU after reset. */
dbg_sim *dbg_twin86_create_bare(uint64_t ram, const uint8_t *rom, size_t rom_len, const char *name,
                                const char **err);
/* The `-cosim ref` slave: a bare simulator with every fast path off whose
 * memory and CPU state are copies of `master`'s. */
dbg_sim *dbg_twin86_create_ref(dbg_sim *master, int fast_paths, const char *name,
                               const char **err);
/* hostapi calls on this simulator (the machine's hostapi instance, or NULL):
 * they can stop a run (DBG_GUARD_HOSTAPI, the `hostapi break` command) and
 * be traced to trace_out (`hostapi trace on|off`). */
struct hostapi;
void dbg_twin86_set_hostapi(dbg_sim *s, struct hostapi *h, FILE *trace_out);
void dbg_twin86_trace_hostapi(dbg_sim *s, int on);
void dbg_twin86_destroy(dbg_sim *s);
cpu *dbg_twin86_cpu(dbg_sim *s);

/* The journal of a master's nondeterministic inputs (port I/O, device-window
 * accesses, device writes into memory, map changes, interrupts, NMI, resets,
 * idle time, hostapi calls: debug/journal.h), replayed into slaves. */
typedef struct dbg_journal dbg_journal;
dbg_journal *dbg_journal_create(void);
void dbg_journal_destroy(dbg_journal *j);
void dbg_journal_clear(dbg_journal *j);
size_t dbg_journal_len(const dbg_journal *j);
/* Master: records into j. Slave: replays j from its beginning. */
void dbg_twin86_set_role(dbg_sim *s, enum dbg_role role, dbg_journal *j);

/* ---- The host CPU through /dev/kvm as a slave (debug/sim_kvm.c) ---- */

/* The `-cosim kvm` slave of `master` (a twin86 simulator): probes /dev/kvm,
 * runs a self-test of each CPU mode, prints what it follows to out, and
 * starts from copies of the master's memory, map and CPU state. Where the
 * master goes where the backend cannot follow, it says so on out and
 * continues without comparing. NULL with a static *err when /dev/kvm is
 * absent or unusable. docs/cosim.md. */
dbg_sim *dbg_kvm_create(dbg_sim *master, const char *name, FILE *out, const char **err);
void dbg_kvm_destroy(dbg_sim *s);
/* 1 when /dev/kvm can be opened and has what the slave needs; else 0 and why. */
int dbg_kvm_usable(const char **why);

/* ---- The controller (debug/ctl.c, debug/commands.c, debug/prompt.c) ---- */
typedef struct dbg_ctl dbg_ctl;
/* sim2 may be NULL (no cosimulation). out receives everything printed. */
dbg_ctl *dbg_ctl_create(dbg_sim *sim1, dbg_sim *sim2, FILE *out, const char **err);
void dbg_ctl_destroy(dbg_ctl *d);
/* Sync every n instructions in lockstep (0: at guards only). */
void dbg_ctl_set_sync(dbg_ctl *d, uint64_t n);
/* Runs one command line; returns 1 after "q", else 0. */
int dbg_ctl_command(dbg_ctl *d, const char *line);
/* Reads commands from `script` (when not NULL) then from the terminal. */
int dbg_ctl_prompt(dbg_ctl *d, FILE *script, int interactive);
/* Runs (both simulators in lockstep when there are two) until a guard,
 * a divergence or the guest's end. Returns 1 on divergence, 0 otherwise. */
int dbg_ctl_continue(dbg_ctl *d);
/* Compares the two simulators now (CPU state and dirty pages); 1 on mismatch. */
int dbg_ctl_compare(dbg_ctl *d);
/* Text of the last divergence report, or "" when none. */
const char *dbg_ctl_last_divergence(const dbg_ctl *d);
/* Runs every simulator's atexit. */
void dbg_ctl_exit(dbg_ctl *d);
/* The flag a SIGINT handler sets (dbg_ctl_catch_sigint installs one). */
volatile int *dbg_ctl_interrupt_flag(dbg_ctl *d);
void dbg_ctl_catch_sigint(dbg_ctl *d);
/* For the platform's periodic poll: stops the master's CPU after Ctrl-C. */
void dbg_ctl_poll(dbg_ctl *d);

#endif
