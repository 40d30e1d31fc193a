/* The first-divergence search. Lockstep runs the master a chunk recording
 * its inputs, the slave replays them to the same tick, and the two are
 * compared. On a mismatch two replay copies restart from the checkpoint
 * snapshots, replay the journal kept since, and a binary search over the
 * ticks between the last agreeing sync and the mismatch finds the first
 * instruction after which a difference appears that was not already there
 * at the checkpoint (a change planted through the interface shows where it
 * first takes effect). */
#include <string.h>
#include "ctl.h"
#include "sim_twin86.h"

static int run_to(dbg_sim *s, uint64_t icount, struct dbg_guard_found *f)
{
    struct dbg_guard g;
    memset(&g, 0, sizeof g);
    g.guard_for = DBG_GUARD_ICOUNT;
    g.icount = icount;
    s->cb->execute(s->self, &g, f);
    return f->guard_found == DBG_GUARD_DIVERGE;
}

/* Both replay copies at snapshot + k ticks. Returns 1 when one could not follow. */
static int replay(dbg_ctl *d, uint64_t k, struct dbg_guard_found *f)
{
    int bad = 0;
    for (int i = 0; i < 2; i++) {
        snap_restore(&d->snap[i], d->snap[0].have_map ? &d->snap[0].map : NULL, d->rep[i]);
        dbg_twin86_set_role(d->rep[i], DBG_SLAVE, d->j);
        bad |= run_to(d->rep[i], d->snap[i].st.icount + k, &f[i]);
    }
    return bad;
}

static int in_base(const struct diff *base, uint32_t addr)
{
    for (unsigned i = 0; i < base->nbytes; i++)
        if (base->addr[i] == addr)
            return 1;
    return 0;
}

/* A difference that the snapshot did not already have. */
static int new_difference(const struct diff *base, const struct diff *df)
{
    unsigned n;
    state_fields(&n);
    for (unsigned i = 0; i < n; i++)
        if (df->reg[i] && !base->reg[i])
            return 1;
    for (unsigned i = 0; i < df->nbytes; i++)
        if (!in_base(base, df->addr[i]))
            return 1;
    return 0;
}

static int probe(dbg_ctl *d, uint64_t k, const struct diff *base, struct diff *df)
{
    struct dbg_guard_found f[2];
    int bad = replay(d, k, f);
    diff_sims(d->rep[0], d->rep[1], 0, DIFF_AD_IGNORE, df);
    /* pages the snapshot already differed in are not dirty: add them back */
    return bad || new_difference(base, df);
}

static int make_replicas(dbg_ctl *d, const char **err)
{
    for (int i = 0; i < 2; i++) {
        if (d->rep[i])
            continue;
        if (!(d->rep[i] = dbg_twin86_create_ref(d->sim[0], i == 0, i ? "rep2" : "rep1", err)))
            return -1;
    }
    for (int i = 0; i < 2; i++) {   /* the first restore copies everything */
        size_t pages;
        uint8_t *dirty = d->rep[i]->cb->dirty_page_tbl(d->rep[i]->self, &pages);
        memset(dirty, 1, pages);
    }
    return 0;
}

static void say(dbg_ctl *d, const char *fmt, const char *a, unsigned long long x)
{
    char line[512];
    snprintf(line, sizeof line, fmt, a, x);
    fputs(line, d->out);
    size_t used = strlen(d->last_div);
    if (used + strlen(line) < sizeof d->last_div)
        strcpy(d->last_div + used, line);
}

static void describe_insn(dbg_ctl *d, dbg_sim *s, const char *who)
{
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    uint32_t lin = st.seg[1].base + st.eip, phys;
    uint8_t b[16] = {0};
    char text[128] = "?", line[256];
    int len = 0;
    if (s->cb->xlate_linear2phy(s->self, lin, &phys) == 0) {
        s->cb->getphymem(s->self, phys, 16, b);
        len = dbg_disasm(b, 16, st.eip, (st.seg[1].attr & 0x4000) != 0, text, sizeof text);
    }
    int shown = len > 0 ? len : 8, o = 0;
    char hex[64] = "";
    for (int i = 0; i < shown && o < 60; i++)
        o += snprintf(hex + o, sizeof hex - (size_t)o, "%02X", b[i]);
    snprintf(line, sizeof line, "  %s %04X:%08X (linear %08X)  %-20s %s\n", who, st.seg[1].sel,
             (unsigned)st.eip, (unsigned)lin, hex, text);
    say(d, "%s", line, 0);
}

void cosim_find_first(dbg_ctl *d, uint64_t end_icount, const char *why, const struct diff *at_sync)
{
    const char *err;
    d->last_div[0] = '\0';
    say(d, "cosim: divergence (%s)\n", why, 0);
    if (at_sync && !diff_empty(at_sync)) {
        say(d, "cosim: at the sync point (icount %s%llu):\n", "", end_icount);
        diff_print(d->out, at_sync, &d->at_st[0], &d->at_st[1], d->sim[0]->name, d->sim[1]->name,
                   d->last_div, sizeof d->last_div);
    }
    if (!at_sync && !t86_is_copy(d->sim[1])) {
        /* A slave that is not the interpreter (the KVM vCPU) reported its
         * own difference at its tick; twin86 replicas cannot replay it. */
        say(d, "cosim: %s named the instruction itself; no replay search\n", d->sim[1]->name, 0);
        return;
    }
    if (make_replicas(d, &err) < 0) {
        say(d, "cosim: cannot search for the first divergent instruction: %s\n", err, 0);
        return;
    }
    uint64_t n = end_icount - d->snap[0].st.icount;
    struct diff base, df;
    struct dbg_guard_found f[2];
    replay(d, 0, f);
    diff_sims(d->rep[0], d->rep[1], 1, DIFF_AD_IGNORE, &base);
    if (!probe(d, n, &base, &df)) {
        char from[32];
        snprintf(from, sizeof from, "%llu", (unsigned long long)d->snap[0].st.icount);
        say(d, "cosim: the replay from icount %s did not reproduce it; it lies in the "
               "interval up to icount %llu\n", from, end_icount);
        return;
    }
    /* lo: no new difference yet (the last agreeing sync); hi: there is one */
    uint64_t lo = d->last_sync > d->snap[0].st.icount ? d->last_sync - d->snap[0].st.icount : 0;
    uint64_t hi = n;
    if (lo >= hi)
        lo = 0;
    while (hi - lo > 1) {
        uint64_t mid = lo + (hi - lo) / 2;
        if (probe(d, mid, &base, &df))
            hi = mid;
        else
            lo = mid;
    }
    replay(d, lo, f);
    struct cpu_state a, b;
    d->rep[0]->cb->get_cpu(d->rep[0]->self, &a);
    say(d, "cosim: first divergent instruction at icount %s%llu:\n", "", a.icount);
    describe_insn(d, d->rep[0], d->sim[0]->name);
    describe_insn(d, d->rep[1], d->sim[1]->name);
    if (base.nregs || base.nbytes) {
        say(d, "cosim: differences already present at the last checkpoint (icount %s%llu), "
               "changed from outside:\n", "", d->snap[0].st.icount);
        d->rep[1]->cb->get_cpu(d->rep[1]->self, &b);
        diff_print(d->out, &base, &a, &b, d->sim[0]->name, d->sim[1]->name, d->last_div,
                   sizeof d->last_div);
    }
    probe(d, hi, &base, &df);
    d->rep[0]->cb->get_cpu(d->rep[0]->self, &a);
    d->rep[1]->cb->get_cpu(d->rep[1]->self, &b);
    if (f[1].guard_found == DBG_GUARD_DIVERGE || f[0].guard_found == DBG_GUARD_DIVERGE)
        say(d, "  %s\n", f[1].text[0] ? f[1].text : f[0].text, 0);
    say(d, "cosim: after it (icount %s%llu):\n", "", a.icount);
    diff_print(d->out, &df, &a, &b, d->sim[0]->name, d->sim[1]->name, d->last_div,
               sizeof d->last_div);
}
