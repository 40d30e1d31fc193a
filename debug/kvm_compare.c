/* After each tick: the vCPU against the reference (registers, segment
 * caches, control registers, the interrupt shadow, and the pages the
 * reference wrote), with what the manuals leave undefined masked and then
 * copied over; a difference is reported at its instruction. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "ctl.h"
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

/* ---- Comparing after each tick ---- */

/* The state KVM holds, compared in bulk (the rest is the reference's). */
static int same_quick(const struct cpu_state *a, const struct cpu_state *b, const struct undef *u)
{
    uint32_t fm = ~(u->flags | FL_RF);
    for (int r = 0; r < 8; r++)
        if (a->gpr[r] != b->gpr[r] && r != u->reg)
            return 0;
    return a->eip == b->eip && ((a->eflags ^ b->eflags) & fm) == 0 &&
           !memcmp(a->seg, b->seg, sizeof a->seg) && !memcmp(&a->ldtr, &b->ldtr, sizeof a->ldtr) &&
           !memcmp(&a->tr, &b->tr, sizeof a->tr) && a->gdtr_base == b->gdtr_base &&
           a->idtr_base == b->idtr_base && a->gdtr_limit == b->gdtr_limit &&
           a->idtr_limit == b->idtr_limit && a->cr0 == b->cr0 && a->cr2 == b->cr2 &&
           a->cr3 == b->cr3 && a->cr4 == b->cr4 && a->inhibit == b->inhibit &&
           a->nmi_blocked == b->nmi_blocked && a->halted == b->halted && a->icount == b->icount &&
           !memcmp(&a->fpu, &b->fpu, sizeof a->fpu);
}

static unsigned differences(const struct cpu_state *a, const struct cpu_state *b,
                            const struct undef *u, char *buf, size_t n)
{
    unsigned nf, count = 0;
    buf[0] = '\0';
    if (same_quick(a, b, u))
        return 0;
    const struct state_field *f = state_fields(&nf);
    size_t used = 0;
    buf[0] = '\0';
    for (unsigned i = 0; i < nf; i++) {
        uint64_t x = state_field_get(a, &f[i]), y = state_field_get(b, &f[i]);
        if (f[i].off == offsetof(struct cpu_state, eflags)) {
            x &= ~(uint64_t)(u->flags | FL_RF);
            y &= ~(uint64_t)(u->flags | FL_RF);
        }
        if (u->reg >= 0 && f[i].off == offsetof(struct cpu_state, gpr) + 4u * (unsigned)u->reg)
            continue;
        if (x == y)
            continue;
        count++;
        if (used < n)
            used += (size_t)snprintf(buf + used, n - used, " %s kvm=%llX ref=%llX;", f[i].name,
                                     (unsigned long long)x, (unsigned long long)y);
    }
    return count;
}

/* Pages the reference wrote this tick against the vCPU's RAM; with copy,
 * the reference's bytes are taken (an undefined result in memory).
 * Returns 1 and the first differing address when they differ. */
static int memory_differs(struct kslave *k, int copy, uint32_t *addr, uint8_t *kv, uint8_t *rv)
{
    size_t pages, bytes;
    uint8_t *rd = k->ref->cb->dirty_page_tbl(k->ref->self, &pages);
    const uint8_t *rram = k->ref->cb->ram(k->ref->self, &bytes);
    if (pages > k->vm.pages)
        pages = k->vm.pages;
    for (size_t w = 0; w < pages; w += 64) {
        uint64_t acc = 0, word;
        size_t span = pages - w < 64 ? pages - w : 64;
        for (size_t o = 0; o + 8 <= span; o += 8) {
            memcpy(&word, rd + w + o, 8);
            acc |= word;
        }
        for (size_t o = span & ~(size_t)7; o < span; o++)
            acc |= rd[w + o];
        if (!acc)
            continue;
        for (size_t p = w; p < w + span; p++) {
            if (!rd[p])
                continue;
            rd[p] = 0;
            uint8_t *mine = k->vm.ram + p * MEM_PAGE_SIZE;
            const uint8_t *ref = rram + p * MEM_PAGE_SIZE;
            if (!memcmp(mine, ref, MEM_PAGE_SIZE))
                continue;
            if (copy) {
                memcpy(mine, ref, MEM_PAGE_SIZE);
                k->vm.dirty[p] = 1;
                continue;
            }
            unsigned i = 0;
            while (mine[i] == ref[i])
                i++;
            *addr = (uint32_t)(p * MEM_PAGE_SIZE + i);
            *kv = mine[i];
            *rv = ref[i];
            return 1;
        }
    }
    return 0;
}

void kslave_bytes_at(const struct kslave *k, const struct cpu_state *s, char *hex, size_t n)
{
    uint32_t lin = s->seg[1].base + s->eip, phys;
    uint8_t b[8] = {0};
    if (kslave_translate(k, s, lin, &phys) == 0)
        kvm_phys_read(&k->vm, phys, b, sizeof b);
    snprintf(hex, n, "%02X %02X %02X %02X %02X %02X", b[0], b[1], b[2], b[3], b[4], b[5]);
}

void kslave_report(struct kslave *k, const struct cpu_state *pre, const char *what)
{
    char hex[32];
    kslave_bytes_at(k, pre, hex, sizeof hex);
    if (k->out)
        fprintf(k->out, "cosim: %s: kvm and the master's reference differ after the tick at "
                "icount %llu, %04X:%08X (bytes %s):%s\n", k->base.name,
                (unsigned long long)pre->icount, pre->seg[1].sel, (unsigned)pre->eip, hex, what);
    kslave_diverge(k, "kvm differs after icount %llu at %04X:%08X (%s):%s",
                   (unsigned long long)pre->icount, pre->seg[1].sel, (unsigned)pre->eip, hex, what);
}

/* The fields KVM does not hold follow the reference (the master's model). */
static void take_model(struct kslave *k, const struct cpu_state *post)
{
    k->st.icount = post->icount;
    k->st.tsc = post->tsc;
    k->st.halted = post->halted;
    memcpy(k->st.dr, post->dr, sizeof k->st.dr);
    k->st.sysenter_cs = post->sysenter_cs;
    k->st.sysenter_esp = post->sysenter_esp;
    k->st.sysenter_eip = post->sysenter_eip;
    if (!(k->caps & KCAP_X87))
        k->st.fpu = post->fpu;
    k->st.fpu.fcs = post->fpu.fcs;
    k->st.fpu.fds = post->fpu.fds;
}

/* The reference applied the entries at its new tick that come before the
 * tick itself runs (a DMA after an OUT, an A20 change...): so does the VM. */
static int catch_entries(struct kslave *k, const struct cpu_state *post)
{
    const struct jentry *d;
    if (kj_boundary(k, post->icount, post->icount, &d) == 0)
        return 0;
    if (!k->diverged)
        kslave_stop_following(k);
    return -1;
}

/* After the tick: the vCPU against the reference, then the undefined
 * results copied over. taken: the tick's memory writes come from the
 * reference (the backend did not run the instruction). */
int ksettle(struct kslave *k, const struct kinsn *in, int have, const struct cpu_state *pre,
            struct cpu_state *post, uint64_t target, int taken)
{
    struct undef u = {0, -1, 0};
    struct cpu_state kv;
    char what[600];
    if (have)
        undef_of(in, pre, post, &u);
    if (catch_entries(k, post) < 0)
        return -1;
    take_model(k, post);
    kstate_get(k, &kv);
    unsigned nd = differences(&kv, post, &u, what, sizeof what);
    if (nd && kv.eip != post->eip && post->icount < target) {
        /* A backend that ran one more tick than its single step (the
         * instruction after MOV SS, a handler's first one): catch up. */
        struct dbg_guard_found rf;
        if (kslave_ref_run(k, post->icount + 1, &rf, post) < 0 || catch_entries(k, post) < 0)
            return -1;
        take_model(k, post);
        kstate_get(k, &kv);
        if (!differences(&kv, post, &u, what, sizeof what)) {
            nd = 0;
            k->stats.catchups++;
        }
    }
    if (nd) {
        kslave_report(k, pre, what);
        return -1;
    }
    uint32_t addr;
    uint8_t a, b;
    if (memory_differs(k, u.mem || taken, &addr, &a, &b)) {
        snprintf(what, sizeof what, " mem %08X kvm=%02X ref=%02X", (unsigned)addr, a, b);
        kslave_report(k, pre, what);
        return -1;
    }
    if (((kv.eflags ^ post->eflags) & u.flags) ||
        (u.reg >= 0 && kv.gpr[u.reg] != post->gpr[u.reg])) {
        kv.eflags = (kv.eflags & ~u.flags) | (post->eflags & u.flags);
        if (u.reg >= 0)
            kv.gpr[u.reg] = post->gpr[u.reg];
        kstate_put_regs(k, &kv);
    }
    k->stats.ticks += post->icount - pre->icount;
    return 0;
}

#endif
