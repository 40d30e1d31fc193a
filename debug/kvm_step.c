/* One single step of the vCPU. Port and device-window accesses exit to us
 * and take the master's answers from the journal; the access is then
 * completed with immediate_exit set, so nothing else runs (KVM's documented
 * way to finish an access without entering the guest again). Writes into
 * read-only legacy pages exit too and go where the chipset sends them. */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

static int fail(struct kslave *k, const char *what)
{
    snprintf(k->why, sizeof k->why, "%s", what);
    return -1;
}

static int serve_io(struct kslave *k)
{
    struct kvm_run *r = k->vm.run;
    uint8_t *data = (uint8_t *)r + r->io.data_offset;
    for (unsigned n = 0; n < r->io.count; n++, data += r->io.size) {
        uint32_t v = 0;
        if (r->io.direction == KVM_EXIT_IO_OUT) {
            memcpy(&v, data, r->io.size);
            if (!kj_access(k, J_OUT, r->io.port, r->io.size, v))
                return -1;
        } else {
            const struct jentry *e = kj_access(k, J_IN, r->io.port, r->io.size, 0);
            if (!e)
                return -1;
            v = e->value;
            memcpy(data, &v, r->io.size);
        }
    }
    return 0;
}

/* One access of 1, 2 or 4 bytes at a, as the master's memory would see it. */
static int serve_one(struct kslave *k, uint32_t a, uint8_t *data, unsigned len, int write)
{
    struct kvm_vm *v = &k->vm;
    const struct kvm_win *w = kvm_win_at(v, a);
    uint32_t val = 0;
    if (!w || w->host || (a >= KVM_LEGACY_BASE && a < 0x100000u)) {
        /* legacy area (PAM), ROM or nothing: plain memory semantics */
        if (write)
            kvm_phys_write(v, a, data, len, 0);
        else
            kvm_phys_read(v, a, data, len);
        return 0;
    }
    if (write) {
        memcpy(&val, data, len);
        return kj_access(k, J_MMIO_WR, a, len, val) ? 0 : -1;
    }
    const struct jentry *e = kj_access(k, J_MMIO_RD, a, len, 0);
    if (!e)
        return -1;
    val = e->value;
    memcpy(data, &val, len);
    return 0;
}

static int serve_mmio(struct kslave *k)
{
    struct kvm_run *r = k->vm.run;
    uint32_t a = (uint32_t)r->mmio.phys_addr;
    unsigned len = r->mmio.len;
    if (len == 8)   /* the master's memory splits wide accesses into dwords */
        return serve_one(k, a, r->mmio.data, 4, r->mmio.is_write) < 0 ? -1
               : serve_one(k, a + 4, r->mmio.data + 4, 4, r->mmio.is_write);
    if (len != 1 && len != 2 && len != 4)
        return fail(k, "the backend made a device access of an odd size");
    return serve_one(k, a, r->mmio.data, len, r->mmio.is_write);
}

/* An access the slave could not serve is completed all the same (a
 * pending completion would otherwise run at the next KVM_RUN, on whatever
 * state the slave loads by then). */
static void abandon(struct kslave *k)
{
    struct kvm_run *r = k->vm.run;
    r->immediate_exit = 1;
    for (int i = 0; i < 16; i++) {   /* a read-modify-write exits twice */
        if (r->exit_reason == KVM_EXIT_IO && r->io.direction == KVM_EXIT_IO_IN)
            memset((uint8_t *)r + r->io.data_offset, 0xFF, (size_t)r->io.size * r->io.count);
        else if (r->exit_reason == KVM_EXIT_MMIO && !r->mmio.is_write)
            memset(r->mmio.data, 0xFF, sizeof r->mmio.data);
        if (ioctl(k->vm.vcpu, KVM_RUN, 0) < 0 ||
            (r->exit_reason != KVM_EXIT_IO && r->exit_reason != KVM_EXIT_MMIO))
            break;
    }
    r->immediate_exit = 0;
}

int kvm_step(struct kslave *k)
{
    struct kvm_run *r = k->vm.run;
    int completing = 0;
    for (;;) {
        r->immediate_exit = (uint8_t)completing;
        int rc = ioctl(k->vm.vcpu, KVM_RUN, 0);
        int e = errno;
        r->immediate_exit = 0;
        k->stats.runs++;
        if (rc < 0) {
            if (e != EINTR && e != EAGAIN)
                return fail(k, e == EFAULT ? "KVM_RUN failed: bad address" : "KVM_RUN failed");
            if (!completing)
                continue;   /* a signal came before the guest ran */
            return 0;       /* the access completed; nothing else ran */
        }
        completing = 0;
        switch (r->exit_reason) {
        case KVM_EXIT_DEBUG: case KVM_EXIT_HLT:
            return 0;
        case KVM_EXIT_IO:
            if (serve_io(k) < 0) {
                abandon(k);
                return -1;
            }
            completing = 1;
            break;
        case KVM_EXIT_MMIO:
            if (serve_mmio(k) < 0) {
                abandon(k);
                return -1;
            }
            completing = 1;
            break;
        case KVM_EXIT_IRQ_WINDOW_OPEN: case KVM_EXIT_INTR:
            break;
        case KVM_EXIT_SHUTDOWN:
            return fail(k, "the backend shut the vCPU down (a triple fault)");
        case KVM_EXIT_INTERNAL_ERROR:
            k->emu_fail = r->internal.suberror == KVM_INTERNAL_ERROR_EMULATION;
            return fail(k, k->emu_fail ? "the backend's emulator could not run the instruction"
                                       : "the backend failed (KVM internal error)");
        case KVM_EXIT_FAIL_ENTRY:
            return fail(k, "the backend refused the vCPU state (entry failure)");
        default:
            return fail(k, "unexpected KVM exit");
        }
    }
}
#endif
