/* The KVM slave's start-up self-test: for each CPU mode, a small program
 * (kvm_selftest.asm) runs on a bare twin86 master and on a KVM slave given
 * just that mode, in lockstep; the mode is followed from then on only if
 * the slave went the whole way without a divergence, a backend failure or
 * a difference at the end. So what a backend can do is measured, not
 * assumed from its name. */
#include <stdlib.h>
#include <string.h>
#include "ctl.h"
#include "debug/kvm_selftest_bin.h"
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

const char *kcap_name(unsigned cap)
{
    switch (cap) {
    case KCAP_REAL: return "real mode";
    case KCAP_PROT: return "protected mode";
    case KCAP_PM_EVENTS: return "protected-mode INT/IRET and exceptions";
    case KCAP_PAGING: return "paging";
    case KCAP_X87: return "x87";
    default: return "?";
    }
}

static const struct {
    unsigned cap, needs;   /* the mode tested, the modes its program passes through */
} tests[KCAP_COUNT] = {
    {KCAP_REAL, 0},
    {KCAP_PROT, KCAP_REAL},
    {KCAP_PM_EVENTS, KCAP_REAL | KCAP_PROT},
    {KCAP_PAGING, KCAP_REAL | KCAP_PROT},
    {KCAP_X87, KCAP_REAL},
};

static int same_end(dbg_sim *m, struct kslave *k, char *why, size_t n)
{
    struct cpu_state a, b;
    m->cb->get_cpu(m->self, &a);
    k->base.cb->get_cpu(k, &b);
    unsigned nf;
    const struct state_field *f = state_fields(&nf);
    for (unsigned i = 0; i < nf; i++)
        if (state_field_get(&a, &f[i]) != state_field_get(&b, &f[i])) {
            snprintf(why, n, "%s differs at the end", f[i].name);
            return 0;
        }
    size_t ma, ka;
    const uint8_t *mr = m->cb->ram(m->self, &ma), *kr = k->base.cb->ram(k, &ka);
    if (ma != ka || memcmp(mr, kr, ma)) {
        snprintf(why, n, "memory differs at the end");
        return 0;
    }
    return 1;
}

/* Runs test t with the capabilities caps; 1 when the slave followed it. */
static int run(unsigned t, unsigned caps, char *why, size_t n)
{
    const char *err = "out of memory";
    dbg_sim *m = dbg_twin86_create_bare(1u << 20, NULL, 0, "selftest", &err);
    struct kslave *k = NULL;
    dbg_journal *j = dbg_journal_create();
    int ok = 0;
    if (!m || !j)
        goto out;
    m->cb->setphymem(m->self, 0x1000, kvm_selftest_bin_len, kvm_selftest_bin);
    static const enum cpu_reg zero[] = {REG_CS, REG_SS, REG_DS, REG_ES};
    for (unsigned i = 0; i < sizeof zero / sizeof zero[0]; i++)
        m->cb->set_reg(m->self, zero[i], 0);
    m->cb->set_reg(m->self, REG_ESP, 0x8000);
    m->cb->set_reg(m->self, REG_EIP, kvm_selftest_bin[2 * t] | kvm_selftest_bin[2 * t + 1] << 8);
    if (!(k = kslave_create(m, caps, "selftest", NULL, &err)))
        goto out;
    dbg_twin86_set_role(m, DBG_MASTER, j);
    k->base.cb->set_role(k, DBG_SLAVE, j);
    struct dbg_guard g = {.guard_for = DBG_GUARD_ICOUNT, .icount = 100000,
                          .resume_icount = UINT64_MAX};
    struct dbg_guard_found fm, fk;
    m->cb->execute(m->self, &g, &fm);
    g.icount = fm.icount;
    k->base.cb->execute(k, &g, &fk);
    if (fk.guard_found == DBG_GUARD_DIVERGE)
        snprintf(why, n, "%s", fk.text);
    else if (k->stats.episodes)   /* it stopped following (and may have come back) */
        snprintf(why, n, "%s", k->why);
    else if (fk.guard_found != DBG_GUARD_ICOUNT)
        snprintf(why, n, "the slave stopped: %.150s", fk.text);
    else if (k->stats.taken)
        snprintf(why, n, "the backend could not run %llu of its instructions",
                 (unsigned long long)k->stats.taken);
    else
        ok = same_end(m, k, why, n);
out:
    if (!m || !k)
        snprintf(why, n, "%s", err);
    kslave_destroy(k);
    dbg_twin86_destroy(m);
    dbg_journal_destroy(j);
    return ok;
}

/* Instructions KVM's emulator gets wrong (kvm_pvm runs everything
 * through it): each probe makes the deviation show. Where it does, the
 * instruction is taken from the master instead of checked. */
static const struct {
    unsigned entry, op;
    const char *name;
} quirks[] = {
    {KCAP_COUNT + 0, 0xD4, "AAM (flags from AX, not AL)"},
    {KCAP_COUNT + 1, 0xD5, "AAD (flags from AX, not AL)"},
    {KCAP_COUNT + 2, 0xFB, "STI with IF already set (an interrupt shadow)"},
};

unsigned kvm_selftest(uint8_t *quirk, char *summary, size_t n)
{
    unsigned caps = 0;
    size_t used = 0;
    char why[200];
    summary[0] = '\0';
    memset(quirk, 0, 512);
    for (unsigned t = 0; t < KCAP_COUNT; t++) {
        int ok = (tests[t].needs & ~caps) == 0 && run(t, tests[t].cap | tests[t].needs, why, sizeof why);
        if ((tests[t].needs & ~caps) != 0)
            snprintf(why, sizeof why, "needs a mode that failed");
        if (ok)
            caps |= tests[t].cap;
        if (used < n)
            used += (size_t)snprintf(summary + used, n - used, "%s%s %s%s%s", t ? "; " : "",
                                     kcap_name(tests[t].cap), ok ? "followed" : "not followed (",
                                     ok ? "" : why, ok ? "" : ")");
    }
    for (size_t q = 0; (caps & KCAP_REAL) && q < sizeof quirks / sizeof quirks[0]; q++) {
        if (run(quirks[q].entry, KCAP_REAL, why, sizeof why))
            continue;
        quirk[quirks[q].op] = 1;
        if (used < n)
            used += (size_t)snprintf(summary + used, n - used, "; taken from the master: %s",
                                     quirks[q].name);
    }
    return caps;
}
#endif
