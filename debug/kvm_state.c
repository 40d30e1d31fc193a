/* Between twin86's struct cpu_state and the vCPU: segments with their
 * descriptor caches, control and table registers, the interrupt shadow and
 * NMI blocking, the x87 registers (physical order here, stack order in KVM)
 * and the SYSENTER MSRs. Reads come from the run page KVM refreshes at
 * every exit; the slave keeps what KVM does not hold (icount, TSC, DRs). */
#include <string.h>
#include <sys/ioctl.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

static void seg_put(struct kvm_segment *k, const struct cpu_seg_state *s)
{
    memset(k, 0, sizeof *k);
    k->base = s->base;
    k->limit = s->limit;
    k->selector = s->sel;
    k->type = s->attr & 0xF;
    k->s = (s->attr >> 4) & 1;
    k->dpl = (s->attr >> 5) & 3;
    k->present = (s->attr >> 7) & 1;
    k->avl = (s->attr >> 12) & 1;
    k->l = (s->attr >> 13) & 1;
    k->db = (s->attr >> 14) & 1;
    k->g = (s->attr >> 15) & 1;
    k->unusable = !k->present;
}

static void seg_get(struct cpu_seg_state *s, const struct kvm_segment *k)
{
    s->base = (uint32_t)k->base;
    s->limit = k->limit;
    s->sel = k->selector;
    /* twin86 keeps a segment loaded with a null selector as attr 0 */
    s->attr = k->unusable ? 0
                          : (uint16_t)(k->type | k->s << 4 | k->dpl << 5 | k->present << 7 |
                                       k->avl << 12 | k->l << 13 | k->db << 14 | k->g << 15);
}

/* The x87 tag a register's contents earn (as twin86 keeps them). */
static unsigned tag_of(const uint8_t *r)
{
    uint64_t mant;
    uint16_t se;
    memcpy(&mant, r, 8);
    memcpy(&se, r + 8, 2);
    unsigned exp = se & 0x7FFF;
    if (exp == 0x7FFF)
        return 2;
    if (exp == 0)
        return mant ? 2 : 1;
    return (mant >> 63) ? 0 : 2;
}

static void fpu_put(struct kvm_fpu *f, const struct cpu_state *s)
{
    memset(f, 0, sizeof *f);
    unsigned top = (s->fpu.sw >> 11) & 7;
    for (unsigned i = 0; i < 8; i++) {
        unsigned r = (top + i) & 7;
        memcpy(f->fpr[i], &s->fpu.mant[r], 8);
        memcpy(f->fpr[i] + 8, &s->fpu.se[r], 2);
    }
    f->fcw = s->fpu.cw;
    f->fsw = s->fpu.sw;
    for (unsigned r = 0; r < 8; r++)
        if (((s->fpu.tw >> (2 * r)) & 3) != 3)
            f->ftwx |= (uint8_t)(1u << r);
    f->last_opcode = s->fpu.fop;
    f->last_ip = s->fpu.fip;
    f->last_dp = s->fpu.fdp;
    f->mxcsr = 0x1F80;
}

static void fpu_get(struct cpu_state *s, const struct kvm_fpu *f)
{
    unsigned top = (f->fsw >> 11) & 7;
    s->fpu.tw = 0;
    for (unsigned i = 0; i < 8; i++) {
        unsigned r = (top + i) & 7;
        memcpy(&s->fpu.mant[r], f->fpr[i], 8);
        memcpy(&s->fpu.se[r], f->fpr[i] + 8, 2);
        unsigned tag = (f->ftwx >> r) & 1 ? tag_of(f->fpr[i]) : 3;
        s->fpu.tw |= (uint16_t)(tag << (2 * r));
    }
    s->fpu.cw = f->fcw;
    s->fpu.sw = f->fsw;
    s->fpu.fop = f->last_opcode;
    s->fpu.fip = (uint32_t)f->last_ip;
    s->fpu.fdp = (uint32_t)f->last_dp;
    /* FCS and FDS are not in KVM's image: they stay as the slave had them */
}

static int msrs_put(int vcpu, const struct cpu_state *s)
{
    struct {
        struct kvm_msrs h;
        struct kvm_msr_entry e[3];
    } m;
    memset(&m, 0, sizeof m);
    m.h.nmsrs = 3;
    m.e[0] = (struct kvm_msr_entry){.index = 0x174, .data = s->sysenter_cs};
    m.e[1] = (struct kvm_msr_entry){.index = 0x175, .data = s->sysenter_esp};
    m.e[2] = (struct kvm_msr_entry){.index = 0x176, .data = s->sysenter_eip};
    return ioctl(vcpu, KVM_SET_MSRS, &m) == 3 ? 0 : -1;
}

void kstate_put_regs(struct kslave *k, const struct cpu_state *s)
{
    struct kvm_regs *r = &k->vm.run->s.regs.regs;
    r->rax = s->gpr[0];
    r->rcx = s->gpr[1];
    r->rdx = s->gpr[2];
    r->rbx = s->gpr[3];
    r->rsp = s->gpr[4];
    r->rbp = s->gpr[5];
    r->rsi = s->gpr[6];
    r->rdi = s->gpr[7];
    r->rip = s->eip;
    r->rflags = s->eflags | 2;
    k->vm.run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
}

static int put(struct kslave *k, const struct cpu_state *s)
{
    struct kvm_vm *v = &k->vm;
    struct kvm_sregs sr;
    struct kvm_vcpu_events ev;
    struct kvm_fpu fpu;
    if (ioctl(v->vcpu, KVM_GET_SREGS, &sr) < 0 || ioctl(v->vcpu, KVM_GET_VCPU_EVENTS, &ev) < 0)
        return -1;
    struct kvm_segment *seg[6] = {&sr.es, &sr.cs, &sr.ss, &sr.ds, &sr.fs, &sr.gs};
    for (int i = 0; i < 6; i++)
        seg_put(seg[i], &s->seg[i]);
    seg_put(&sr.ldt, &s->ldtr);
    seg_put(&sr.tr, &s->tr);
    sr.gdt.base = s->gdtr_base;
    sr.gdt.limit = s->gdtr_limit;
    sr.idt.base = s->idtr_base;
    sr.idt.limit = s->idtr_limit;
    sr.cr0 = s->cr0;
    sr.cr2 = s->cr2;
    sr.cr3 = s->cr3;
    sr.cr4 = s->cr4;
    sr.efer = 0;
    memset(sr.interrupt_bitmap, 0, sizeof sr.interrupt_bitmap);
    if (ioctl(v->vcpu, KVM_SET_SREGS, &sr) < 0)
        return -1;
    /* twin86: 1 after STI, 2 after MOV SS; KVM has the opposite numbers */
    ev.interrupt.shadow = s->inhibit == 1 ? KVM_X86_SHADOW_INT_STI
                          : s->inhibit ? KVM_X86_SHADOW_INT_MOV_SS : 0;
    ev.interrupt.injected = 0;
    ev.exception.injected = 0;
    ev.exception.pending = 0;
    ev.nmi.injected = 0;
    ev.nmi.pending = 0;
    ev.nmi.masked = s->nmi_blocked != 0;
    ev.flags = KVM_VCPUEVENT_VALID_SHADOW | KVM_VCPUEVENT_VALID_NMI_PENDING;
    if (ioctl(v->vcpu, KVM_SET_VCPU_EVENTS, &ev) < 0)
        return -1;
    fpu_put(&fpu, s);
    if (ioctl(v->vcpu, KVM_SET_FPU, &fpu) < 0 || msrs_put(v->vcpu, s) < 0)
        return -1;
    v->run->kvm_dirty_regs = 0;
    kstate_put_regs(k, s);
    struct kvm_regs r = v->run->s.regs.regs;
    if (ioctl(v->vcpu, KVM_SET_REGS, &r) < 0)
        return -1;
    v->run->kvm_dirty_regs = 0;
    /* the run page's copy, as KVM would report it now */
    if (ioctl(v->vcpu, KVM_GET_SREGS, &v->run->s.regs.sregs) < 0 ||
        ioctl(v->vcpu, KVM_GET_VCPU_EVENTS, &v->run->s.regs.events) < 0 ||
        ioctl(v->vcpu, KVM_GET_REGS, &v->run->s.regs.regs) < 0)
        return -1;
    k->st = *s;
    return 0;
}

int kstate_put_shadow(struct kslave *k, uint32_t inhibit)
{
    struct kvm_vcpu_events ev = k->vm.run->s.regs.events;
    ev.interrupt.shadow = inhibit == 1 ? KVM_X86_SHADOW_INT_STI
                          : inhibit ? KVM_X86_SHADOW_INT_MOV_SS : 0;
    ev.flags = KVM_VCPUEVENT_VALID_SHADOW;
    if (ioctl(k->vm.vcpu, KVM_SET_VCPU_EVENTS, &ev) < 0)
        return -1;
    k->vm.run->s.regs.events.interrupt.shadow = ev.interrupt.shadow;
    return 0;
}

int kstate_put(struct kslave *k, const struct cpu_state *s, const char **err)
{
    if (put(k, s) == 0)
        return 0;
    *err = "-cosim kvm: the backend refused the master's CPU state";
    return -1;
}

void kstate_get(const struct kslave *k, struct cpu_state *s)
{
    const struct kvm_sync_regs *r = &k->vm.run->s.regs;
    *s = k->st;
    s->gpr[0] = (uint32_t)r->regs.rax;
    s->gpr[1] = (uint32_t)r->regs.rcx;
    s->gpr[2] = (uint32_t)r->regs.rdx;
    s->gpr[3] = (uint32_t)r->regs.rbx;
    s->gpr[4] = (uint32_t)r->regs.rsp;
    s->gpr[5] = (uint32_t)r->regs.rbp;
    s->gpr[6] = (uint32_t)r->regs.rsi;
    s->gpr[7] = (uint32_t)r->regs.rdi;
    s->eip = (uint32_t)r->regs.rip;
    s->eflags = (uint32_t)r->regs.rflags;
    const struct kvm_segment *seg[6] = {&r->sregs.es, &r->sregs.cs, &r->sregs.ss,
                                        &r->sregs.ds, &r->sregs.fs, &r->sregs.gs};
    for (int i = 0; i < 6; i++)
        seg_get(&s->seg[i], seg[i]);
    seg_get(&s->ldtr, &r->sregs.ldt);
    seg_get(&s->tr, &r->sregs.tr);
    s->gdtr_base = (uint32_t)r->sregs.gdt.base;
    s->gdtr_limit = r->sregs.gdt.limit;
    s->idtr_base = (uint32_t)r->sregs.idt.base;
    s->idtr_limit = r->sregs.idt.limit;
    s->cr0 = (uint32_t)r->sregs.cr0;
    s->cr2 = (uint32_t)r->sregs.cr2;
    s->cr3 = (uint32_t)r->sregs.cr3;
    s->cr4 = (uint32_t)r->sregs.cr4;
    unsigned sh = r->events.interrupt.shadow;
    s->inhibit = (sh & KVM_X86_SHADOW_INT_MOV_SS) ? 2 : (sh & KVM_X86_SHADOW_INT_STI) ? 1 : 0;
    s->nmi_blocked = r->events.nmi.masked;
    if (k->caps & KCAP_X87) {
        struct kvm_fpu f;
        if (ioctl(k->vm.vcpu, KVM_GET_FPU, &f) == 0)
            fpu_get(s, &f);
    }
}
#endif
