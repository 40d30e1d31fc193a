/* One tick of the `-cosim kvm` slave: the reference copy of the master runs
 * it first; then the vCPU, single-stepped, runs the same tick, repeated
 * string instructions cut to the iterations wanted, the master's interrupts
 * injected, and a breakpoint at the handler the reference entered; or the
 * instruction is answered from the reference (CPUID, RDTSC, MSRs, HLT...). */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

/* ---- The code at CS:EIP ---- */

static uint32_t rd32(const struct kslave *k, uint32_t a)
{
    uint32_t v;
    kvm_phys_read(&k->vm, a, &v, 4);
    return v;
}

/* Linear to physical through the slave's own page tables (32-bit, 4K/4M). */
int kslave_translate(const struct kslave *k, const struct cpu_state *s, uint32_t lin, uint32_t *phys)
{
    if (!(s->cr0 & 0x80000000u)) {
        *phys = k->vm.a20 ? lin : lin & MEM_A20_MASK_OFF;
        return 0;
    }
    uint32_t pde = rd32(k, (s->cr3 & ~0xFFFu) + (lin >> 22) * 4);
    if (!(pde & 1))
        return -1;
    if ((pde & 0x80) && (s->cr4 & 0x10)) {
        *phys = (pde & 0xFFC00000u) | (lin & 0x3FFFFFu);
        return 0;
    }
    uint32_t pte = rd32(k, (pde & ~0xFFFu) + ((lin >> 12) & 0x3FF) * 4);
    if (!(pte & 1))
        return -1;
    *phys = (pte & ~0xFFFu) | (lin & 0xFFF);
    return 0;
}

static int code32(const struct cpu_state *s) { return (s->seg[1].attr & 0x4000) && !(s->eflags & FL_VM); }

static int peek(const struct kslave *k, const struct cpu_state *s, struct kinsn *in)
{
    uint8_t b[16];
    uint32_t lin = s->seg[1].base + s->eip, p0, p1;
    unsigned first = 0x1000 - (lin & 0xFFF);
    if (first > 16)
        first = 16;
    if (kslave_translate(k, s, lin, &p0) < 0)
        return -1;
    kvm_phys_read(&k->vm, p0, b, first);
    if (first < 16) {
        if (kslave_translate(k, s, lin + first, &p1) < 0)
            memset(b + first, 0, 16 - first);
        else
            kvm_phys_read(&k->vm, p1, b + first, 16 - first);
    }
    return kinsn_decode(in, b, 16, code32(s));
}

/* ---- The reference ---- */

int kslave_ref_run(struct kslave *k, uint64_t to, struct dbg_guard_found *rf, struct cpu_state *post)
{
    struct dbg_guard g;
    memset(&g, 0, sizeof g);
    g.guard_for = DBG_GUARD_ICOUNT | DBG_GUARD_VECTOR;
    g.icount = to;
    g.resume_icount = UINT64_MAX;
    memset(g.vector, 0xFF, sizeof g.vector);   /* note every delivery */
    k->ref->cb->execute(k->ref->self, &g, rf);
    k->ref->cb->get_cpu(k->ref->self, post);
    if (rf->guard_found == DBG_GUARD_DIVERGE) {
        kslave_diverge(k, "%s", rf->text);
        return -1;
    }
    return 0;
}

/* ---- The vCPU's side of a tick ---- */

static uint32_t count_of(const struct cpu_state *s, unsigned asize)
{
    return asize == 2 ? s->gpr[1] & 0xFFFF : s->gpr[1];
}

static void set_count(struct cpu_state *s, unsigned asize, uint32_t c)
{
    s->gpr[1] = asize == 2 ? (s->gpr[1] & 0xFFFF0000u) | (c & 0xFFFF) : c;
}

static int is_cmp_string(const struct kinsn *in)
{
    return in->op == 0xA6 || in->op == 0xA7 || in->op == 0xAE || in->op == 0xAF;
}

/* Ticks to run at once: repeated MOVS/STOS/LODS go up to 4096 iterations
 * (never past the chunk or the master's next interrupt); everything else,
 * string I/O and the compare strings one tick. */
static uint64_t batch_len(const struct kslave *k, const struct kinsn *in,
                          const struct cpu_state *pre, uint64_t target)
{
    if (!kinsn_is_string(in) || !in->rep || is_cmp_string(in) || (in->op >= 0x6C && in->op <= 0x6F))
        return 1;
    uint64_t n = count_of(pre, in->asize), now = pre->icount, next = kj_next_boundary(k);
    if (n > target - now)
        n = target - now;
    if (next > now && n > next - now)
        n = next - now;
    return n > 4096 ? 4096 : n ? n : 1;
}

/* The vCPU's registers after a batch of truncated string iterations: the
 * real count back, and EIP at the instruction while iterations remain. */
static void rep_fixup(struct kslave *k, const struct kinsn *in, const struct cpu_state *pre,
                      uint32_t count, uint32_t trunc)
{
    struct cpu_state s;
    kstate_get(k, &s);
    uint32_t done = trunc - count_of(&s, in->asize), left = count - done;
    set_count(&s, in->asize, left);
    uint32_t end = pre->eip + in->len;
    if (!code32(pre))
        end &= 0xFFFF;
    int zf = (s.eflags & FL_ZF) != 0;
    int cond_end = is_cmp_string(in) && done && (in->rep == 0xF3 ? !zf : zf);
    int same_cs = s.seg[1].sel == pre->seg[1].sel;
    if (same_cs && s.eip == pre->eip) {
        s.eip = left == 0 || cond_end ? end : pre->eip;
        s.eflags &= ~FL_RF;
    } else if (same_cs && s.eip == end && left && !cond_end) {
        s.eip = pre->eip;   /* the truncated count ended it early */
        s.eflags &= ~FL_RF;
    }
    kstate_put_regs(k, &s);
}

static int inject(struct kslave *k, const struct jentry *e)
{
    k->stats.delivered++;
    if (e->kind == J_NMI)
        return ioctl(k->vm.vcpu, KVM_NMI) < 0 ? -1 : 0;
    struct kvm_interrupt irq = {.irq = e->value & 0xFF};
    return ioctl(k->vm.vcpu, KVM_INTERRUPT, &irq) < 0 ? -1 : 0;
}

/* Single-stepping sets TF behind the guest's back, and a backend may push
 * it in the FLAGS image of an interrupt or exception frame (KVM's
 * emulator does). The guest's TF was clear (kvm_follow.c checks it), so
 * where the new frame differs from the reference's in that one bit only
 * (bit 0 of FLAGS' high byte), the reference's byte is put back. */
static void untrap_frame(struct kslave *k, const struct cpu_state *post)
{
    int big = (post->cr0 & CR0_PE) && !(post->eflags & FL_VM) && (post->seg[2].attr & 0x4000);
    uint32_t sp = big ? post->gpr[4] : post->gpr[4] & 0xFFFF, phys;
    size_t bytes;
    const uint8_t *rram = k->ref->cb->ram(k->ref->self, &bytes);
    uint32_t at = 0;
    unsigned odd = 0;
    for (uint32_t i = 0; i < 16; i++) {   /* IP CS FLAGS, or error code EIP CS EFLAGS */
        uint32_t off = big ? sp + i : (sp + i) & 0xFFFF;
        if (kslave_translate(k, post, post->seg[2].base + off, &phys) < 0 || phys >= bytes ||
            phys >= k->vm.ram_size)
            return;
        uint8_t x = k->vm.ram[phys] ^ rram[phys];
        if (x && (x != 0x01 || odd++))
            return;
        if (x)
            at = phys;
    }
    if (odd)
        k->vm.ram[at] = rram[at];
}

static int run_vcpu(struct kslave *k, const struct kinsn *in, int have, const struct jentry *deliver,
                    int delivered, const struct cpu_state *pre, const struct cpu_state *post,
                    uint64_t n)
{
    int rep = have && !deliver && kinsn_is_string(in) && in->rep;
    uint32_t count = rep ? count_of(pre, in->asize) : 0, trunc = count;
    k->emu_fail = 0;
    k->batch_lo = pre->icount;
    k->batch_hi = pre->icount + n;
    /* Stop at the handler the reference entered, before its first
     * instruction, whatever the backend does after a delivery. */
    if (delivered && kvm_vm_debug(&k->vm, 1, post->seg[1].base + post->eip) < 0) {
        snprintf(k->why, sizeof k->why, "the backend cannot set a breakpoint");
        return -1;
    }
    if (deliver && inject(k, deliver) < 0) {
        snprintf(k->why, sizeof k->why, "the backend refused the master's %s",
                 kj_kind_name(deliver->kind));
        return -1;
    }
    if (rep && count > n) {
        struct cpu_state s = *pre;
        trunc = (uint32_t)n;
        set_count(&s, in->asize, trunc);
        kstate_put_regs(k, &s);
    }
    int r;
    for (uint32_t runs = 0;; runs++) {
        r = kvm_step(k);
        if (r < 0 || !rep || count == 0)
            break;
        struct cpu_state s;
        kstate_get(k, &s);
        if (count_of(&s, in->asize) == 0 || s.eip != pre->eip || runs > trunc)
            break;   /* a backend that traps each iteration goes on */
    }
    if (delivered)
        kvm_vm_debug(&k->vm, 0, 0);
    if (r < 0)
        return -1;
    if (delivered)
        untrap_frame(k, post);
    struct cpu_state now;
    kstate_get(k, &now);
    if (!rep && now.eip == pre->eip && now.seg[1].sel == pre->seg[1].sel &&
        now.gpr[4] == pre->gpr[4] && (post->eip != pre->eip || post->seg[1].sel != pre->seg[1].sel)) {
        /* KVM's emulator on kvm_pvm swallows INT n with n >= 0x80 */
        k->emu_fail = 1;
        snprintf(k->why, sizeof k->why, "the backend did not run the instruction");
        return -1;
    }
    if (rep && count)
        rep_fixup(k, in, pre, count, trunc);
    return 0;
}

/* Instructions whose results are the master's model, not the host's. */
static void answer(struct kslave *k, const struct cpu_state *pre, const struct cpu_state *post)
{
    struct cpu_state s = *pre;
    memcpy(s.gpr, post->gpr, sizeof s.gpr);
    s.eip = post->eip;
    s.eflags = post->eflags;
    kstate_put_regs(k, &s);
    if (pre->inhibit != post->inhibit)   /* an instruction completed: STI's shadow is over */
        kstate_put_shadow(k, post->inhibit);
    k->stats.answered++;
}

/* An instruction the backend's emulator does not know (KVM's lacks DAA,
 * AAA and AAS, and fails #UD from code with a nonzero CS base) is taken
 * from the reference, whatever it did in a mode the slave follows: counted
 * and listed at exit, not checked. */
static int take(struct kslave *k, const struct kinsn *in, int have, const struct cpu_state *post)
{
    const char *err;
    if (kstate_put(k, post, &err) < 0) {
        snprintf(k->why, sizeof k->why, "%s", err);
        return -1;
    }
    k->stats.taken++;
    if (have)
        k->stats.taken_op[in->op & 0x1FF]++;
    return 0;
}

int kslave_stop_following(struct kslave *k)
{
    if (!k->diverged)
        kfollow_detach(k, k->why);
    return -1;
}

/* One tick (or a batch of string iterations): 0 to go on, -1 to stop. */
int ktick(struct kslave *k, uint64_t target)
{
    struct cpu_state pre, post;
    struct dbg_guard_found rf;
    struct kinsn in;
    const struct jentry *deliver;
    kstate_get(k, &pre);
    uint64_t now = pre.icount;
    if (kj_boundary(k, now, target, &deliver) < 0)
        return kslave_stop_following(k);
    int have = !deliver && peek(k, &pre, &in) == 0;
    uint64_t n = have ? batch_len(k, &in, &pre, target) : 1;
    if (kslave_ref_run(k, now + n, &rf, &post) < 0)
        return -1;
    if (post.icount <= now) {
        kslave_diverge(k, "the master's reference stopped at icount %llu: %s",
                       (unsigned long long)now, rf.text[0] ? rf.text : "no progress");
        return -1;
    }
    int delivered = rf.guard_found == DBG_GUARD_VECTOR;
    const char *why = kfollow_tick(k, &pre, &post, &in, have, delivered || deliver);
    if (why) {
        snprintf(k->why, sizeof k->why, "%s", why);
        return kslave_stop_following(k);
    }
    if (have && !delivered && k->quirk[in.op & 0x1FF]) {
        answer(k, &pre, &post);   /* the backend deviates from the manuals here */
        k->stats.answered--;
        k->stats.taken++;
        k->stats.taken_op[in.op & 0x1FF]++;
    } else if (have && !delivered &&
               (kinsn_is_answered(&in) || (kinsn_is_escape(&in) && kj_escape(k, now) == 0)))
        answer(k, &pre, &post);
    else if (run_vcpu(k, &in, have, deliver, delivered, &pre, &post, n) < 0) {
        if (k->diverged)
            return -1;
        if (k->emu_fail && take(k, &in, have, &post) == 0)
            return ksettle(k, &in, have, &pre, &post, target, 1);
        char hex[32];   /* say which instruction the backend failed on */
        size_t used = strlen(k->why);
        kslave_bytes_at(k, &pre, hex, sizeof hex);
        snprintf(k->why + used, sizeof k->why - used, " (bytes %s)", hex);
        return kslave_stop_following(k);
    }
    return ksettle(k, &in, have, &pre, &post, target, 0);
}

/* The entries at the chunk's last icount, and memory the vCPU wrote that
 * the reference did not. */
void ktick_end_chunk(struct kslave *k, uint64_t target)
{
    const struct jentry *d;
    struct dbg_guard_found rf;
    struct cpu_state post, pre;
    kstate_get(k, &pre);
    if (kj_boundary(k, target, target, &d) < 0) {
        kslave_stop_following(k);
        return;
    }
    if (kslave_ref_run(k, target, &rf, &post) < 0)
        return;
    k->st.tsc = post.tsc;
    k->st.halted = post.halted;
    size_t bytes;
    const uint8_t *rram = k->ref->cb->ram(k->ref->self, &bytes);
    memset(k->fresh, 0, k->vm.pages);
    kvm_vm_collect_dirty(&k->vm, k->fresh);
    for (size_t p = 0; p < k->vm.pages; p++) {
        if (!k->fresh[p] || !memcmp(k->vm.ram + p * MEM_PAGE_SIZE, rram + p * MEM_PAGE_SIZE,
                                             MEM_PAGE_SIZE))
            continue;
        kslave_report(k, &pre, " the vCPU wrote a page the reference did not (or not so)");
        return;
    }
}

#endif
