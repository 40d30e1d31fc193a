/* Which ticks the KVM slave follows (the modes its start-up self-test
 * passed), and what it does when it cannot: it says so once, stops
 * following, and from then on mirrors its master at every sync point (so
 * the controller compares nothing it could not check) until the master is
 * back in a mode the slave follows; then it takes the master's whole state
 * and follows again. Never a divergence. */
#include <stdlib.h>
#include <string.h>
#include "sim_kvm.h"
#include "sim_twin86.h"
#ifdef TWIN86_HAVE_KVM

const char *kfollow_state(const struct kslave *k, const struct cpu_state *s, int a20)
{
    unsigned c = k->caps;
    int pm = (s->cr0 & CR0_PE) != 0;
    if (!pm && !(c & KCAP_REAL))
        return "real mode";
    if (pm && !(c & KCAP_PROT))
        return "protected mode";
    if ((s->cr0 & CR0_PG) && !(c & KCAP_PAGING))
        return "paging";
    if (pm && (s->eflags & FL_VM) && !(c & KCAP_PM_EVENTS))
        return "virtual-8086 mode";
    if (s->eflags & FL_TF)
        return "the guest single-steps itself (EFLAGS.TF)";
    if (s->dr[7] & 0xFF)
        return "the guest's debug breakpoints (DR7)";
    if (pm && !a20)
        return "protected mode with the A20 gate closed";
    return NULL;
}

const char *kfollow_tick(const struct kslave *k, const struct cpu_state *pre,
                         const struct cpu_state *post, const struct kinsn *in, int have_insn,
                         int delivered)
{
    const char *why = kfollow_state(k, pre, k->vm.a20);
    if (!why)
        why = kfollow_state(k, post, k->vm.a20);
    if (why)
        return why;
    int pm = ((pre->cr0 | post->cr0) & CR0_PE) != 0;
    if (pm && !(k->caps & KCAP_PM_EVENTS)) {
        if (have_insn && kinsn_is_pm_event(in))
            return "INT, IRET or SYSENTER in protected mode";
        if (delivered)
            return "an interrupt or exception delivered in protected mode";
        int ltr = have_insn && in->op == 0x100 && kinsn_reg(in) == 3;   /* loads TR, no switch */
        if (pre->tr.sel != post->tr.sel && !ltr)
            return "a task switch";
        if ((pre->seg[1].sel & 3) != (post->seg[1].sel & 3))
            return "a change of privilege level";
    }
    if (have_insn && kinsn_is_x87(in) && !(k->caps & KCAP_X87))
        return "an x87 instruction";
    return NULL;
}

void kfollow_detach(struct kslave *k, const char *why)
{
    struct cpu_state s;
    if (k->attached)
        kstate_get(k, &s);
    else
        s = k->st;
    k->attached = 0;
    k->stats.episodes++;
    if (k->out && k->reported < 5)
        fprintf(k->out, "cosim: %s: slave cannot follow: %s at icount %llu (%04X:%08X); "
                "continuing without it\n", k->base.name, why, (unsigned long long)s.icount,
                s.seg[1].sel, (unsigned)s.eip);
    if (k->out && k->reported == 4)
        fprintf(k->out, "cosim: %s: (further changes of mode are counted, not shown)\n",
                k->base.name);
    k->reported++;
}

void kfollow_mirror(struct kslave *k)
{
    dbg_sim *m = k->master;
    size_t pages, bytes = 0;
    const uint8_t *dirty = m->cb->dirty_page_tbl(m->self, &pages);
    const uint8_t *ram = m->cb->ram ? m->cb->ram(m->self, &bytes) : NULL;
    if (pages > k->vm.pages)
        pages = k->vm.pages;
    for (size_t p = 0; p < pages; p++) {
        if (!dirty[p])
            continue;
        uint8_t *to = k->vm.ram + p * MEM_PAGE_SIZE;
        if (ram && (p + 1) * MEM_PAGE_SIZE <= bytes)
            memcpy(to, ram + p * MEM_PAGE_SIZE, MEM_PAGE_SIZE);
        else
            m->cb->getphymem(m->self, (uint32_t)(p * MEM_PAGE_SIZE), MEM_PAGE_SIZE, to);
        k->vm.dirty[p] = 1;
    }
    uint64_t was = k->st.icount;
    m->cb->get_cpu(m->self, &k->st);
    k->vm.a20 = m->cb->get_A20(m->self);
    k->stats.mirrored += k->st.icount - was;
}

/* The master's map: device windows (frame buffers with copies of their
 * contents), the legacy area's shadowing and the A20 gate. */
static int take_map(struct kslave *k, memory *mm, const char **err)
{
    struct kvm_vm *v = &k->vm;
    struct mem_window_info w[KVM_MAX_WIN];
    size_t n = mem_windows(mm, w, KVM_MAX_WIN);
    if (n > KVM_MAX_WIN) {
        *err = "-cosim kvm: the master has more device windows than the KVM slave keeps";
        return -1;
    }
    for (unsigned i = 0; i < v->nwin; i++)
        kvm_page_free(v->win[i].host, v->win[i].len);
    v->nwin = 0;
    for (size_t i = 0; i < n; i++) {
        struct kvm_win *kw = &v->win[v->nwin++];
        *kw = (struct kvm_win){w[i].base, w[i].len, NULL};
        if (w[i].host) {
            if (!(kw->host = kvm_page_alloc(w[i].len))) {
                *err = "-cosim kvm: out of memory";
                return -1;
            }
            memcpy(kw->host, w[i].host, w[i].len);
        }
    }
    for (unsigned p = 0; p < KVM_LEGACY_PAGES; p++) {
        int rd = 0, wr = 0;
        mem_get_shadow(mm, KVM_LEGACY_BASE + p * MEM_PAGE_SIZE, &rd, &wr);
        v->legacy[p] = (uint8_t)(rd | wr << 1);
    }
    v->a20 = mem_a20(mm);
    return 0;
}

int kfollow_attach(struct kslave *k, const char **err)
{
    memory *mm = cpu_memory(dbg_twin86_cpu(k->master));
    struct cpu_state s;
    k->master->cb->get_cpu(k->master->self, &s);
    if (!k->ref) {
        if (!(k->ref = dbg_twin86_create_ref(k->master, 0, "kvm-reference", err)))
            return -1;
    } else {
        /* the reference's map and memory follow the master's again */
        dbg_sim *fresh = dbg_twin86_create_ref(k->master, 0, "kvm-reference", err);
        if (!fresh)
            return -1;
        dbg_twin86_destroy(k->ref);
        k->ref = fresh;
    }
    if (k->j)
        dbg_twin86_set_role(k->ref, k->role, k->j);
    memcpy(k->vm.ram, mem_ram(mm), k->vm.ram_size);
    if (take_map(k, mm, err) < 0 || kvm_vm_layout(&k->vm, err) < 0 || kstate_put(k, &s, err) < 0)
        return -1;
    size_t pages;
    uint8_t *rd = k->ref->cb->dirty_page_tbl(k->ref->self, &pages);
    memset(rd, 0, pages);
    k->attached = 1;
    return 0;
}
#endif
