/* The controller: owns the guards, runs one simulator or two in lockstep,
 * compares them at the sync points and keeps the last divergence. */
#include <stdlib.h>
#include <string.h>
#include "ctl.h"

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
    for (int i = 0; i < 2; i++) {
        snap_free(&d->snap[i]);
        dbg_twin86_destroy(d->rep[i]);
    }
    dbg_journal_destroy(d->j);
    free(d);
}

void dbg_ctl_set_sync(dbg_ctl *d, uint64_t n) { d->sync = n; }
const char *dbg_ctl_last_divergence(const dbg_ctl *d) { return d->last_div; }
volatile int *dbg_ctl_interrupt_flag(dbg_ctl *d) { return &d->intr; }

void dbg_ctl_exit(dbg_ctl *d)
{
    for (int i = 0; i < d->nsim; i++)
        if (d->sim[i]->cb->atexit)
            d->sim[i]->cb->atexit(d->sim[i]->self);
}

void dbg_ctl_poll(dbg_ctl *d)
{
    if (d->intr)
        cpu_request_stop(dbg_twin86_cpu(d->sim[0]));
}

static void report_found(dbg_ctl *d, int i, enum dbg_exec_result r)
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

/* Syncs point: the journal restarts and the snapshots catch up. */
static int begin_chunk(dbg_ctl *d)
{
    for (int i = 0; i < 2; i++)
        if (snap_take(&d->snap[i], d->sim[i]) < 0)
            return -1;
    dbg_journal_clear(d->j);
    dbg_twin86_set_role(d->sim[0], DBG_MASTER, d->j);
    dbg_twin86_set_role(d->sim[1], DBG_SLAVE, d->j);
    return 0;
}

int dbg_ctl_compare(dbg_ctl *d)
{
    if (d->nsim < 2) {
        fprintf(d->out, "compare: no second simulator (start with -cosim ref)\n");
        return 0;
    }
    struct diff df;
    diff_sims(d->sim[0], d->sim[1], 0, &df);
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
    for (;;) {
        if (begin_chunk(d) < 0) {
            fprintf(d->out, "cosim: out of memory for snapshots\n");
            return 0;
        }
        struct dbg_guard g = d->guard;
        uint64_t now = d->snap[0].st.icount;
        if (d->sync && (!(g.guard_for & DBG_GUARD_ICOUNT) || g.icount > now + d->sync)) {
            g.guard_for |= DBG_GUARD_ICOUNT;
            g.icount = now + d->sync;
        }
        enum dbg_exec_result r = d->sim[0]->cb->execute(d->sim[0]->self, &g, &d->found[0]);
        uint64_t end = d->found[0].icount;
        struct dbg_guard g2 = {.guard_for = DBG_GUARD_ICOUNT, .icount = end,
                               .resume_icount = UINT64_MAX};
        d->sim[1]->cb->execute(d->sim[1]->self, &g2, &d->found[1]);
        struct diff df;
        diff_sims(d->sim[0], d->sim[1], 0, &df);
        int user_stop = r == DBG_EXEC_STOPPED || d->found[0].guard_found != DBG_GUARD_ICOUNT ||
                        ((d->guard.guard_for & DBG_GUARD_ICOUNT) && end >= d->guard.icount);
        if (d->found[1].guard_found == DBG_GUARD_DIVERGE || !diff_empty(&df)) {
            cosim_find_first(d, end, d->found[1].guard_found == DBG_GUARD_DIVERGE
                                         ? d->found[1].text
                                         : "state differs at the sync point");
            return 1;
        }
        d->guard.resume_icount = UINT64_MAX;
        if (user_stop) {
            report_found(d, 0, r);
            return 0;
        }
    }
}

int dbg_ctl_continue(dbg_ctl *d)
{
    d->intr = 0;
    d->guard.resume_icount = cpu_icount(dbg_twin86_cpu(d->sim[d->cur]));
    if (d->nsim == 2 && d->lockstep)
        return lockstep(d);
    dbg_sim *s = d->sim[d->cur];
    if (d->nsim == 2)
        dbg_twin86_set_role(s, DBG_ALONE, NULL);
    enum dbg_exec_result r = s->cb->execute(s->self, &d->guard, &d->found[d->cur]);
    report_found(d, d->cur, r);
    return 0;
}
