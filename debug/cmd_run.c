/* The runner behind c, s and p. Without trace a run goes through the
 * controller in one piece. With `trace on` it goes one tick at a time, and
 * every tick is printed: CS:EIP, bytes, disassembly, and "=> vector NN"
 * when an interrupt or exception was delivered in that tick (the
 * instruction shown faulted or trapped, or an external interrupt came
 * before it). A tick that ends on the runner's own icount or vector guard
 * is not a stop; the controller's report of it is captured and dropped,
 * and shown when the stop is the user's (a guard, Ctrl-C, a divergence). */
#include "cmds.h"
#include <stdlib.h>
#include <string.h>

struct capture {
    FILE *saved, *mem;
    char *buf;
    size_t len;
};

static void capture_begin(dbg_ctl *d, struct capture *c) {
    c->saved = d->out;
    c->buf = NULL;
    c->len = 0;
    c->mem = open_memstream(&c->buf, &c->len);
    if (c->mem)
        d->out = c->mem;
}

/* Output goes to the real stream again; the captured text is kept. */
static void capture_stop(dbg_ctl *d, struct capture *c) {
    if (!c->mem)
        return; /* no memory for a capture: the report went out as it came */
    fclose(c->mem);
    c->mem = NULL;
    d->out = c->saved;
}

static void capture_end(dbg_ctl *d, struct capture *c, int show) {
    capture_stop(d, c);
    if (show && c->len)
        fwrite(c->buf, 1, c->len, d->out);
    free(c->buf);
    c->buf = NULL;
}

/* The record of the run that just ended: the master's in lockstep. */
static const struct dbg_guard_found *run_found(dbg_ctl *d) {
    return &d->found[d->nsim == 2 && d->lockstep ? 0 : d->cur];
}

static int reached(const struct cpu_state *s, const struct run_until *u) {
    if (s->seg[1].sel != u->cs || s->eip != u->eip)
        return 0;
    /* At or above the starting depth, modulo the stack's size: a stack
     * that starts at SP=0 wraps to FFFE on its first push. */
    if (u->sp32)
        return s->gpr[4] - u->sp < 0x80000000u;
    return (uint16_t)(s->gpr[4] - u->sp) < 0x8000u;
}

static enum run_result run_whole(dbg_ctl *d, uint64_t ticks, const struct run_until *u) {
    struct dbg_guard saved = d->guard;
    uint64_t sync = d->sync;
    int temp = -1;
    if (u) {
        if (d->guard.nvir == DBG_MAX_BP) {
            fprintf(d->out, "p: all %d CS:EIP breakpoint slots are in use\n", DBG_MAX_BP);
            return RUN_STOPPED;
        }
        temp = (int)d->guard.nvir++;
        d->guard.vir[temp] = (struct dbg_bp){u->cs, u->eip, 1};
        d->guard.guard_for |= DBG_GUARD_IADDR_VIR;
    }
    uint64_t target = UINT64_MAX;
    if (ticks != UINT64_MAX) {
        struct cpu_state st;
        cmd_sim(d)->cb->get_cpu(cmd_sim(d)->self, &st);
        target = st.icount + ticks;
        d->guard.guard_for |= DBG_GUARD_ICOUNT;
        d->guard.icount = target;
        if (d->sync == 0 || d->sync > ticks)
            d->sync = ticks;
    }
    enum run_result res;
    for (;;) {
        struct capture cap = {0};
        if (temp >= 0)
            capture_begin(d, &cap);
        int div = dbg_ctl_continue(d);
        const struct dbg_guard_found *f = run_found(d);
        int mine = !div && temp >= 0 && f->guard_found == DBG_GUARD_IADDR_VIR &&
                   f->index == (unsigned)temp;
        capture_end(d, &cap, !mine);
        if (div) {
            res = RUN_DIVERGED;
            break;
        }
        if (!mine) {
            res = f->guard_found == DBG_GUARD_ICOUNT && f->icount >= target ? RUN_TICKS_DONE
                                                                            : RUN_STOPPED;
            break;
        }
        struct cpu_state st;
        cmd_sim(d)->cb->get_cpu(cmd_sim(d)->self, &st);
        if (reached(&st, u)) { /* else a deeper call came back to the same place */
            res = RUN_REACHED;
            break;
        }
    }
    d->guard = saved;
    d->sync = sync;
    return res;
}

/* The user's address breakpoints, checked between traced ticks (each tick
 * leaves the breakpoint it starts on, as every continue does). */
static int user_breakpoint(dbg_ctl *d, const struct cpu_state *s) {
    const struct dbg_guard *g = &d->guard;
    uint32_t lin = s->seg[1].base + s->eip, phys;
    char what[40];
    int hit = -1;
    for (unsigned i = 0; i < g->nvir && hit < 0; i++)
        if (g->vir[i].enabled && g->vir[i].cs == s->seg[1].sel && g->vir[i].addr == s->eip)
            hit = (int)i;
    for (unsigned i = 0; i < g->nlin && hit < 0; i++)
        if (g->lin[i].enabled && g->lin[i].addr == lin)
            hit = (int)i;
    if (hit < 0 && g->nphy && cmd_sim(d)->cb->xlate_linear2phy(cmd_sim(d)->self, lin, &phys) == 0)
        for (unsigned i = 0; i < g->nphy && hit < 0; i++)
            if (g->phy[i].enabled && g->phy[i].addr == phys)
                hit = (int)i;
    if (hit < 0)
        return 0;
    snprintf(what, sizeof what, "breakpoint %d", hit);
    cmd_report_here(d, what);
    return 1;
}

static unsigned mode_of(const struct cpu_state *s) {
    return (s->cr0 & 1) | ((s->eflags >> 17) & 1) << 1 | (s->cr0 >> 31) << 2;
}

static void print_tick(dbg_ctl *d, const struct cpu_state *pre, const struct cmd_insn *ci,
                       int vec) {
    char line[256];
    cmd_insn_format(pre, ci, line, sizeof line);
    fprintf(d->out, "(%s) %llu: %s", cmd_sim(d)->name, (unsigned long long)pre->icount, line);
    if (vec >= 0)
        fprintf(d->out, "  => vector %02X", (unsigned)vec);
    fputc('\n', d->out);
}

/* One tick under the runner's own guards: the next icount and every vector.
 * SIGINT is held meanwhile, because the controller clears the Ctrl-C flag
 * when a run starts: a Ctrl-C during the tick is seen once it ends. */
static enum run_result traced_tick(dbg_ctl *d, const struct cpu_state *pre,
                                   const struct cmd_insn *ci) {
    int held = dbg_sigint_hold();
    if (d->intr) {
        dbg_sigint_release(held);
        cmd_report_here(d, "interrupted (Ctrl-C)");
        return RUN_STOPPED;
    }
    struct dbg_guard saved = d->guard;
    d->guard.guard_for |= DBG_GUARD_ICOUNT | DBG_GUARD_VECTOR;
    d->guard.icount = pre->icount + 1;
    memset(d->guard.vector, 0xFF, sizeof d->guard.vector);
    struct capture cap;
    capture_begin(d, &cap);
    int div = dbg_ctl_continue(d);
    d->guard = saved;
    dbg_sigint_release(held);

    const struct dbg_guard_found *f = run_found(d);
    int vec = f->guard_found == DBG_GUARD_VECTOR ? (int)(f->addr & 0xFF) : -1;
    int user_vec = vec >= 0 && (saved.guard_for & DBG_GUARD_VECTOR) &&
                   (saved.vector[vec >> 3] >> (vec & 7) & 1);
    int mine = !div && (f->guard_found == DBG_GUARD_ICOUNT || (vec >= 0 && !user_vec));
    struct cpu_state post;
    cmd_sim(d)->cb->get_cpu(cmd_sim(d)->self, &post);
    capture_stop(d, &cap);
    if (post.icount > pre->icount)
        print_tick(d, pre, ci, vec);
    capture_end(d, &cap, !mine);
    if (!mine)
        return div ? RUN_DIVERGED : RUN_STOPPED;
    if ((saved.guard_for & DBG_GUARD_MODE) && mode_of(pre) != mode_of(&post)) {
        cmd_report_here(d, "CPU mode changed");
        return RUN_STOPPED;
    }
    return RUN_TICKS_DONE;
}

static enum run_result run_traced(dbg_ctl *d, uint64_t ticks, const struct run_until *u) {
    d->intr = 0; /* as every run starts: an old Ctrl-C is not for this one */
    for (uint64_t k = 0; k < ticks; k++) {
        dbg_sim *s = cmd_sim(d);
        struct cpu_state pre;
        s->cb->get_cpu(s->self, &pre);
        if (k > 0 && u && reached(&pre, u))
            return RUN_REACHED;
        if (k > 0 && user_breakpoint(d, &pre))
            return RUN_STOPPED;
        struct cmd_insn ci;
        cmd_insn_at(s, &pre, &ci);
        enum run_result r = traced_tick(d, &pre, &ci);
        if (r != RUN_TICKS_DONE)
            return r;
    }
    return RUN_TICKS_DONE;
}

enum run_result cmd_run(dbg_ctl *d, uint64_t ticks, const struct run_until *u) {
    if (ticks == 0)
        return RUN_TICKS_DONE;
    return d->trace ? run_traced(d, ticks, u) : run_whole(d, ticks, u);
}
