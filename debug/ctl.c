/* The controller: owns the guards, runs one simulator or two in lockstep,
 * compares them at the sync points and keeps the last divergence.
 *
 * A sync costs little: the CPU states, and only the pages either simulator
 * wrote since the last sync, compared in place. Snapshots are taken at
 * checkpoints (every CKPT_TICKS) from the pages written since the previous
 * one, and the journal runs from the checkpoint, so the first-divergence
 * search replays from there. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ctl.h"

uint64_t ctl_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

dbg_ctl *dbg_ctl_create(dbg_sim *sim1, dbg_sim *sim2, FILE *out, const char **err)
{
    dbg_ctl *d = calloc(1, sizeof *d);
    if (!d || !(d->j = dbg_journal_create())) {
        free(d);
        *err = "out of memory";
        return NULL;
    }
    d->sim[0] = sim1;
    d->sim[1] = sim2;
    d->nsim = sim2 ? 2 : 1;
    d->out = out;
    d->sync = 1000;
    d->lockstep = sim2 != NULL;
    d->guard.guard_for = DBG_GUARD_CTRL_C;
    d->guard.interrupt_requested = &d->intr;
    d->guard.resume_icount = UINT64_MAX;
    return d;
}

void dbg_ctl_destroy(dbg_ctl *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->nsim; i++)   /* the journal goes: nothing may record into it */
        ctl_set_role(d->sim[i], DBG_ALONE, NULL);
    for (int i = 0; i < 2; i++) {
        snap_free(&d->snap[i]);
        dbg_twin86_destroy(d->rep[i]);
    }
    dbg_journal_destroy(d->j);
    free(d->changed);
    free(d);
}

void dbg_ctl_set_sync(dbg_ctl *d, uint64_t n) { d->sync = n; }
const char *dbg_ctl_last_divergence(const dbg_ctl *d) { return d->last_div; }
volatile int *dbg_ctl_interrupt_flag(dbg_ctl *d) { return &d->intr; }

static void count_kinds(const dbg_journal *j, uint64_t *kinds)
{
    for (size_t i = 0; i < j->n; i++)
        kinds[j->e[i].kind & 15]++;
}

/* TWIN86_COSIM_STATS in the environment: where lockstep's time went and
 * what the journal carried. */
static void print_stats(dbg_ctl *d)
{
    static const char *const names[] = {"in", "out", "intr", "mmio-rd", "mmio-wr", "dma", "pam",
                                        "map-mmio", "map-ram", "unmap", "a20", "nmi", "reset",
                                        "idle", "hostapi"};
    uint64_t kinds[16];
    memcpy(kinds, d->kinds, sizeof kinds);
    count_kinds(d->j, kinds);   /* the entries since the checkpoint */
    fprintf(d->out, "cosim: %llu syncs; master %.3f s, slave %.3f s, sync and checkpoints %.3f s",
            (unsigned long long)d->syncs, d->ns_master / 1e9, d->ns_slave / 1e9, d->ns_sync / 1e9);
    if (d->ns_wait)   /* the slave ran beside the master */
        fprintf(d->out, "; the master waited %.3f s for the slave", d->ns_wait / 1e9);
    fprintf(d->out, "\n");
    if (d->ad_bits)
        fprintf(d->out, "cosim: paging-entry accessed/dirty bits the slave took from the master: "
                "%llu\n", (unsigned long long)d->ad_bits);
    fprintf(d->out, "cosim: journal:");
    for (unsigned k = 0; k < sizeof names / sizeof names[0]; k++)
        fprintf(d->out, " %s=%llu", names[k], (unsigned long long)kinds[k]);
    fprintf(d->out, "\n");
}

void dbg_ctl_exit(dbg_ctl *d)
{
    if (d->syncs && getenv("TWIN86_COSIM_STATS"))
        print_stats(d);
    for (int i = 0; i < d->nsim; i++)
        if (d->sim[i]->cb->atexit)
            d->sim[i]->cb->atexit(d->sim[i]->self);
}

void dbg_ctl_poll(dbg_ctl *d)
{
    if (d->intr)
        cpu_request_stop(dbg_twin86_cpu(d->sim[0]));
}

void ctl_report_found(dbg_ctl *d, int i, enum dbg_exec_result r)
{
    const struct dbg_guard_found *f = &d->found[i];
    const char *what = "";
    switch (f->guard_found) {
    case DBG_GUARD_ICOUNT: what = "instruction count reached"; break;
    case DBG_GUARD_CTRL_C: what = "interrupted (Ctrl-C)"; break;
    case DBG_GUARD_IADDR_VIR: case DBG_GUARD_IADDR_LIN: case DBG_GUARD_IADDR_PHY:
        what = "breakpoint"; break;
    case DBG_GUARD_WATCH: what = f->write ? "write watchpoint" : "read watchpoint"; break;
    case DBG_GUARD_IO: what = "I/O port watch"; break;
    case DBG_GUARD_VECTOR: what = "interrupt/exception vector"; break;
    case DBG_GUARD_MODE: what = "CPU mode changed"; break;
    case DBG_GUARD_HOSTAPI: what = "hostapi call"; break;
    case DBG_GUARD_DIVERGE: what = "slave could not follow"; break;
    default: what = r == DBG_EXEC_STOPPED ? f->text : "stopped"; break;
    }
    fprintf(d->out, "(%s) %s", d->sim[i]->name, what);
    if (f->guard_found & (DBG_GUARD_IADDR_VIR | DBG_GUARD_IADDR_LIN | DBG_GUARD_IADDR_PHY |
                          DBG_GUARD_WATCH | DBG_GUARD_IO))
        fprintf(d->out, " %u", f->index);
    if (f->guard_found & (DBG_GUARD_WATCH | DBG_GUARD_IO | DBG_GUARD_VECTOR))
        fprintf(d->out, " (%s %X)", f->guard_found == DBG_GUARD_VECTOR ? "vector" : "address",
                (unsigned)f->addr);
    fprintf(d->out, " at icount %llu, %04X:%08X (linear %08X, %d-bit)\n",
            (unsigned long long)f->icount, f->cs, (unsigned)f->eip, (unsigned)f->laddr,
            f->is_32bit_code ? 32 : 16);
}

/* Folds the pages written since the last sync into d->changed, comparing
 * them first when df is not NULL; the dirty tables start over. */
static void harvest(dbg_ctl *d, struct diff *df)
{
    size_t pa, pb;
    uint8_t *a = d->sim[0]->cb->dirty_page_tbl(d->sim[0]->self, &pa);
    uint8_t *b = d->sim[1]->cb->dirty_page_tbl(d->sim[1]->self, &pb);
    size_t pages = pa < pb ? pa : pb;
    if (pages > d->changed_pages)
        pages = d->changed_pages;
    for (size_t p = dirty_next(a, b, pages, 0); p < pages; p = dirty_next(a, b, pages, p + 1)) {
        if (df)
            diff_page(d->sim[0], d->sim[1], p, DIFF_AD_TAKE, df);
        d->changed[p] = 1;
        a[p] = b[p] = 0;
    }
}

/* A simulator's cosimulation role: through its table when it has the
 * callback (the KVM slave, sim_kvm.c), else the twin86 interpreter's. */
void ctl_set_role(dbg_sim *s, enum dbg_role role, dbg_journal *j)
{
    if (s->cb->set_role)
        s->cb->set_role(s->self, role, j);
    else
        dbg_twin86_set_role(s, role, j);
}

/* The tick count of the simulator the prompt addresses (any kind). */
static uint64_t sim_icount(dbg_sim *s)
{
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    return st.icount;
}

/* The snapshots catch up and the journal restarts. */
int ctl_checkpoint(dbg_ctl *d)
{
    size_t pages;
    d->sim[0]->cb->dirty_page_tbl(d->sim[0]->self, &pages);
    if (!d->changed) {
        if (!(d->changed = calloc(pages, 1)))
            return -1;
        d->changed_pages = pages;
    }
    harvest(d, NULL);
    for (int i = 0; i < 2; i++)
        if (snap_take(&d->snap[i], d->sim[i], d->changed) < 0)
            return -1;
    memset(d->changed, 0, d->changed_pages);
    count_kinds(d->j, d->kinds);
    dbg_journal_clear(d->j);
    ctl_set_role(d->sim[0], DBG_MASTER, d->j);
    ctl_set_role(d->sim[1], DBG_SLAVE, d->j);
    d->last_sync = d->snap[0].st.icount;
    return 0;
}

int ctl_checkpoint_due(const dbg_ctl *d, uint64_t now)
{
    return d->sync == 0 || now - d->snap[0].st.icount >= CKPT_TICKS ||
           d->j->n >= CKPT_ENTRIES || d->j->nbytes >= CKPT_BYTES;
}

int dbg_ctl_compare(dbg_ctl *d)
{
    if (d->nsim < 2) {
        fprintf(d->out, "compare: no second simulator (start with -cosim ref)\n");
        return 0;
    }
    struct diff df;
    diff_sims(d->sim[0], d->sim[1], 0, DIFF_AD_STRICT, &df);
    if (diff_empty(&df)) {
        fprintf(d->out, "compare: %s and %s agree at icount %llu\n", d->sim[0]->name,
                d->sim[1]->name, (unsigned long long)cpu_icount(dbg_twin86_cpu(d->sim[0])));
        return 0;
    }
    struct cpu_state a, b;
    d->sim[0]->cb->get_cpu(d->sim[0]->self, &a);
    d->sim[1]->cb->get_cpu(d->sim[1]->self, &b);
    fprintf(d->out, "compare: %s and %s differ:\n", d->sim[0]->name, d->sim[1]->name);
    diff_print(d->out, &df, &a, &b, d->sim[0]->name, d->sim[1]->name, NULL, 0);
    return 1;
}

static int lockstep(dbg_ctl *d)
{
    if (ctl_checkpoint(d) < 0) {
        fprintf(d->out, "cosim: out of memory for snapshots\n");
        return 0;
    }
    for (;;) {
        struct dbg_guard g = d->guard;
        uint64_t now = cpu_icount(dbg_twin86_cpu(d->sim[0]));
        if (d->sync && (!(g.guard_for & DBG_GUARD_ICOUNT) || g.icount > now + d->sync)) {
            g.guard_for |= DBG_GUARD_ICOUNT;
            g.icount = now + d->sync;
        }
        uint64_t t0 = ctl_now_ns();
        enum dbg_exec_result r = d->sim[0]->cb->execute(d->sim[0]->self, &g, &d->found[0]);
        uint64_t end = d->found[0].icount, t1 = ctl_now_ns();
        struct dbg_guard g2 = {.guard_for = DBG_GUARD_ICOUNT, .icount = end,
                               .resume_icount = UINT64_MAX};
        d->sim[1]->cb->execute(d->sim[1]->self, &g2, &d->found[1]);
        uint64_t t2 = ctl_now_ns();
        struct diff df;
        diff_cpu(d->sim[0], d->sim[1], &df);
        harvest(d, &df);
        d->ad_bits += df.ad_bits;
        d->ns_master += t1 - t0;
        d->ns_slave += t2 - t1;
        d->syncs++;
        int user_stop = r == DBG_EXEC_STOPPED || d->found[0].guard_found != DBG_GUARD_ICOUNT ||
                        ((d->guard.guard_for & DBG_GUARD_ICOUNT) && end >= d->guard.icount);
        if (d->found[1].guard_found == DBG_GUARD_DIVERGE || !diff_empty(&df) || d->j->oom) {
            d->sim[0]->cb->get_cpu(d->sim[0]->self, &d->at_st[0]);
            d->sim[1]->cb->get_cpu(d->sim[1]->self, &d->at_st[1]);
            cosim_find_first(d, end, d->found[1].guard_found == DBG_GUARD_DIVERGE ? d->found[1].text
                                     : d->j->oom ? "the journal ran out of memory"
                                                 : "state differs at the sync point",
                             d->found[1].guard_found == DBG_GUARD_DIVERGE ? NULL : &df);
            return 1;
        }
        d->last_sync = end;
        d->guard.resume_icount = UINT64_MAX;
        if (user_stop) {
            ctl_report_found(d, 0, r);
            return 0;
        }
        if (ctl_checkpoint_due(d, end) && ctl_checkpoint(d) < 0) {
            fprintf(d->out, "cosim: out of memory for snapshots\n");
            return 0;
        }
        d->ns_sync += ctl_now_ns() - t2;
    }
}

int dbg_ctl_continue(dbg_ctl *d)
{
    d->intr = 0;
    d->guard.resume_icount = sim_icount(d->sim[d->cur]);
    if (d->nsim == 2 && d->lockstep) {
        int r = ctl_lockstep_pipelined(d);
        return r >= 0 ? r : lockstep(d);
    }
    dbg_sim *s = d->sim[d->cur];
    if (d->nsim == 2)
        ctl_set_role(s, DBG_ALONE, NULL);
    enum dbg_exec_result r = s->cb->execute(s->self, &d->guard, &d->found[d->cur]);
    ctl_report_found(d, d->cur, r);
    return 0;
}
