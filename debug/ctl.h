/* The controller's state (internal to debug/). */
#ifndef TWIN86_DEBUG_CTL_H
#define TWIN86_DEBUG_CTL_H

#include "twin86/debug.h"
#include "sim_twin86.h"

/* One simulator's state at the last checkpoint: CPU, A20, a copy of its RAM
 * kept current by folding in the pages written since, and its map. */
struct snap {
    struct cpu_state st;
    uint8_t *ram;
    size_t pages;
    int a20;
    struct t86_map map;
    int have_map;
};

/* Lockstep takes a checkpoint after this many ticks (or a journal this
 * large): the first-divergence search replays at most that far. */
#define CKPT_TICKS 100000u
#define CKPT_ENTRIES 65536u
#define CKPT_BYTES (16u << 20)

struct dbg_ctl {
    dbg_sim *sim[2];
    int nsim;
    FILE *out;
    struct dbg_guard guard;          /* the user's breakpoints and watches */
    struct dbg_guard_found found[2];
    volatile int intr;
    uint64_t sync;                   /* 0: compare at guards only */
    int lockstep;                    /* 1: `c` runs both simulators */
    dbg_journal *j;                  /* the master's inputs since the checkpoint */
    struct snap snap[2];             /* the checkpoint */
    uint8_t *changed;                /* pages written since the checkpoint */
    size_t changed_pages;
    uint64_t last_sync;              /* icount of the last agreeing sync */
    uint64_t ns_master, ns_slave, ns_sync, syncs;   /* where lockstep's time goes */
    uint64_t ns_wait;                /* pipelined: the master waiting for the slave */
    uint64_t kinds[16];              /* journal entries by kind, for the statistics */
    uint64_t ad_bits;                /* paging A/D differences the slave took */
    struct cpu_state at_st[2];       /* both CPUs at the sync that found a difference */
    dbg_sim *rep[2];                 /* replay copies for the first-divergence search */
    char last_div[8192];
    int cur;                         /* simulator the inspection commands address */
    int trace;
    uint64_t icount_at_start;
};

/* Differences between two simulators. */
#define DIFF_MAX_BYTES 32
struct diff {
    uint8_t reg[128];                /* 1 per differing field of struct cpu_state */
    unsigned nregs, nbytes;
    uint32_t addr[DIFF_MAX_BYTES];
    uint8_t a[DIFF_MAX_BYTES], b[DIFF_MAX_BYTES];
    int more_bytes;
    unsigned ad_bits;                /* paging-entry A/D differences let pass */
};
/* How RAM differences that are only the accessed/dirty bits (5, 6) of a
 * present paging entry (a dword with bit 0 set in both) count. A CPU with a
 * TLB may legally not set them again (global pages survive a CR3 load;
 * entries rewritten without INVLPG), and the reference CPU has none, so
 * such a difference is no divergence: lockstep hands the slave the
 * master's bits (DIFF_AD_TAKE), the search ignores them. */
enum diff_ad { DIFF_AD_STRICT, DIFF_AD_IGNORE, DIFF_AD_TAKE };
/* Compares CPU state and the pages dirty in either (all pages when `all`). */
void diff_sims(dbg_sim *x, dbg_sim *y, int all, enum diff_ad ad, struct diff *df);
/* The parts: CPU state (clears df first), and one 4 KiB page into df
 * (diff_bytes: x's side given as the page's bytes). */
void diff_cpu(dbg_sim *x, dbg_sim *y, struct diff *df);
void diff_state(const struct cpu_state *a, const struct cpu_state *b, struct diff *df);
void diff_page(dbg_sim *x, dbg_sim *y, size_t page, enum diff_ad ad, struct diff *df);
void diff_bytes(const uint8_t *xpage, dbg_sim *y, size_t page, enum diff_ad ad, struct diff *df);
/* The next page from p on with a[p] or b[p] set, or `pages`. */
size_t dirty_next(const uint8_t *a, const uint8_t *b, size_t pages, size_t p);
/* The simulator's RAM when it lends it (the optional `ram` callback), else NULL. */
uint8_t *sim_ram(dbg_sim *s, size_t *bytes);
/* After writing through sim_ram: tells the simulator (its decoded code). */
void sim_ram_written(dbg_sim *s, uint32_t addr, size_t len);
void diff_print(FILE *out, const struct diff *df, const struct cpu_state *a,
                const struct cpu_state *b, const char *an, const char *bn, char *buf, size_t bufsz);
int diff_empty(const struct diff *df);
/* Field names of struct cpu_state, for `set` and the reports. */
struct state_field {
    const char *name;
    size_t off;
    unsigned size;
};
const struct state_field *state_fields(unsigned *n);
uint64_t state_field_get(const struct cpu_state *s, const struct state_field *f);

/* changed: a byte per page written since the last snapshot (NULL: all). */
int snap_take(struct snap *s, dbg_sim *sim, const uint8_t *changed);
int snap_take_image(struct snap *s, const uint8_t *ram, size_t pages, const struct cpu_state *st,
                    int a20, const uint8_t *changed);
/* map (or NULL) is put back too, into replay copies. */
void snap_restore(const struct snap *s, const struct t86_map *map, dbg_sim *sim);
void snap_free(struct snap *s);
/* Disassembles one instruction into out; returns its length, 0 when unknown. */
int dbg_disasm(const uint8_t *bytes, size_t n, uint32_t addr, int code32, char *out, size_t outsz);
/* Lockstep's parts (ctl.c): a simulator's role (its own callback, else the
 * twin86 interpreter's), the checkpoint (snapshots catch up, the journal
 * restarts, the roles are set), whether one is due, the stop report. */
void ctl_set_role(dbg_sim *s, enum dbg_role role, dbg_journal *j);
int ctl_checkpoint(dbg_ctl *d);
int ctl_checkpoint_due(const dbg_ctl *d, uint64_t now);
void ctl_report_found(dbg_ctl *d, int i, enum dbg_exec_result r);
uint64_t ctl_now_ns(void);   /* for the statistics only */
/* Lockstep with the slave in a second thread, behind the master
 * (pipeline.c; TWIN86_COSIM_THREADS=1). Returns -1 when not asked for or
 * not possible here (then lockstep runs in turn), else what
 * dbg_ctl_continue returns. */
int ctl_lockstep_pipelined(dbg_ctl *d);

/* Reports a divergence found at end_icount (at_sync: the differences the
 * sync found, or NULL) and the first divergent instruction after the
 * checkpoint. */
void cosim_find_first(dbg_ctl *d, uint64_t end_icount, const char *why, const struct diff *at_sync);

#endif
