/* The controller's state (internal to debug/). */
#ifndef TWIN86_DEBUG_CTL_H
#define TWIN86_DEBUG_CTL_H

#include "twin86/debug.h"

/* One simulator's state at the last sync: CPU, A20 and a copy of its RAM
 * kept current by folding in the pages dirtied since. */
struct snap {
    struct cpu_state st;
    uint8_t *ram;
    size_t pages;
    int a20;
};

struct dbg_ctl {
    dbg_sim *sim[2];
    int nsim;
    FILE *out;
    struct dbg_guard guard;          /* the user's breakpoints and watches */
    struct dbg_guard_found found[2];
    volatile int intr;
    uint64_t sync;                   /* 0: compare at guards only */
    int lockstep;                    /* 1: `c` runs both simulators */
    dbg_journal *j;
    struct snap snap[2];
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
};
/* Compares CPU state and the pages dirty in either (all pages when `all`). */
void diff_sims(dbg_sim *x, dbg_sim *y, int all, struct diff *df);
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

int snap_take(struct snap *s, dbg_sim *sim);
void snap_restore(const struct snap *s, dbg_sim *sim);
void snap_free(struct snap *s);
/* Disassembles one instruction into out; returns its length, 0 when unknown. */
int dbg_disasm(const uint8_t *bytes, size_t n, uint32_t addr, int code32, char *out, size_t outsz);
/* Finds and reports the first divergent instruction after the snapshots. */
void cosim_find_first(dbg_ctl *d, uint64_t end_icount, const char *why);

#endif
