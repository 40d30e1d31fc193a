/* The KVM slave reads its master's journal (journal.h) with a cursor of its
 * own, by the same rules as the twin86 slave: accesses the vCPU makes take
 * the master's answers (after the entries nested in them); everything else
 * is applied at the tick the master had it. An entry kind the slave cannot
 * apply to a KVM machine makes it stop following ("cannot follow: ..."). */
#include <stdarg.h>
#include <string.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

const char *kj_kind_name(unsigned kind)
{
    static const char *const names[] = {"IN", "OUT", "interrupt", "MMIO read", "MMIO write",
                                        "DMA write", "PAM change", "device window mapped",
                                        "frame buffer mapped", "window unmapped", "A20 change",
                                        "NMI", "reset", "idle", "hostapi call"};
    return kind < sizeof names / sizeof names[0] ? names[kind] : "unknown journal entry";
}

static void describe(const struct jentry *e, char *buf, size_t n)
{
    if (e->kind == J_IN || e->kind == J_OUT)
        snprintf(buf, n, "%s port %04X size %u value %X at icount %llu", kj_kind_name(e->kind),
                 e->port, e->size, (unsigned)e->value, (unsigned long long)e->icount);
    else
        snprintf(buf, n, "%s addr %08X size %u value %X at icount %llu", kj_kind_name(e->kind),
                 (unsigned)e->addr, e->size, (unsigned)e->value, (unsigned long long)e->icount);
}

static int cannot(struct kslave *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int cannot(struct kslave *k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(k->why, sizeof k->why, fmt, ap);
    va_end(ap);
    return -1;
}

static int relayout(struct kslave *k)
{
    const char *err;
    return kvm_vm_layout(&k->vm, &err) < 0 ? cannot(k, "%s", err) : 0;
}

static int set_a20(struct kslave *k, int on)
{
    const char *err;
    return kvm_vm_set_a20(&k->vm, on, &err) < 0 ? cannot(k, "%s", err) : 0;
}

static int set_window(struct kslave *k, const struct jentry *e, int add)
{
    struct kvm_vm *v = &k->vm;
    for (unsigned i = 0; i < v->nwin; i++)
        if (v->win[i].base == e->addr) {
            if (v->win[i].host)   /* frame buffers come back only with the master's contents */
                return cannot(k, "a frame buffer window moved");
            v->win[i] = v->win[--v->nwin];
            break;
        }
    if (add) {
        if (v->nwin == KVM_MAX_WIN)
            return cannot(k, "more than %d device windows", KVM_MAX_WIN);
        v->win[v->nwin++] = (struct kvm_win){e->addr, e->len, NULL};
    }
    return relayout(k);
}

/* Memory and map entries, at a boundary or nested in an access. */
static int apply_memory(struct kslave *k, const struct jentry *e)
{
    struct kvm_vm *v = &k->vm;
    switch (e->kind) {
    case J_DMA:
        kvm_phys_write(v, e->addr, k->j->bytes + e->data, e->len, 0);
        return 0;
    case J_SHADOW:
        for (uint32_t a = e->addr; a < e->addr + e->len; a += MEM_PAGE_SIZE)
            if (a >= KVM_LEGACY_BASE && a < 0x100000u)
                v->legacy[(a - KVM_LEGACY_BASE) >> MEM_PAGE_SHIFT] = (uint8_t)(e->value & 3);
        return relayout(k);
    case J_A20:
        return set_a20(k, e->value != 0);
    case J_MAP_MMIO: return set_window(k, e, 1);
    case J_UNMAP: return set_window(k, e, 0);
    case J_MAP_RAM: return cannot(k, "a frame buffer window was mapped at %08X", (unsigned)e->addr);
    case J_HOSTAPI: return 0;   /* by the doorbell: its writes came before it */
    default: return cannot(k, "%s in the journal", kj_kind_name(e->kind));
    }
}

static int apply_nested(struct kslave *k)
{
    while (k->cur < k->j->n && (k->j->e[k->cur].flags & JF_NESTED))
        if (apply_memory(k, &k->j->e[k->cur++]) < 0)
            return -1;
    return 0;
}

const struct jentry *kj_access(struct kslave *k, unsigned kind, uint32_t where, unsigned size,
                               uint32_t value)
{
    char m[120];
    dbg_journal *j = k->j;
    int port = kind == J_IN || kind == J_OUT;
    if (apply_nested(k) < 0)
        return NULL;
    if (k->cur >= j->n) {
        kslave_diverge(k, "kvm did %s %s %X size %u at icount %llu; the master did not",
                       kj_kind_name(kind), port ? "port" : "addr", (unsigned)where, size,
                       (unsigned long long)k->batch_lo);
        return NULL;
    }
    const struct jentry *e = &j->e[k->cur];
    if (e->kind != kind || (port ? e->port : e->addr) != where || e->size != size ||
        e->icount < k->batch_lo || e->icount >= k->batch_hi) {
        describe(e, m, sizeof m);
        kslave_diverge(k, "kvm did %s %s %X size %u at icount %llu; the master did %s",
                       kj_kind_name(kind), port ? "port" : "addr", (unsigned)where, size,
                       (unsigned long long)k->batch_lo, m);
        return NULL;
    }
    k->cur++;
    if ((kind == J_OUT || kind == J_MMIO_WR) && e->value != value) {
        kslave_diverge(k, "%s %s %X at icount %llu: kvm wrote %X, the master %X",
                       kj_kind_name(kind), port ? "port" : "addr", (unsigned)where,
                       (unsigned long long)e->icount, (unsigned)value, (unsigned)e->value);
        return NULL;
    }
    if (port && e->a20 >= 0 && set_a20(k, e->a20) < 0)
        return NULL;
    return e;
}

int kj_escape(struct kslave *k, uint64_t now)
{
    size_t at = k->cur;
    while (at < k->j->n && (k->j->e[at].flags & JF_NESTED))
        at++;
    const struct jentry *e = at < k->j->n ? &k->j->e[at] : NULL;
    if (!e || e->kind != J_HOSTAPI || e->port != 0 || e->icount != now)
        return -1;
    if (apply_nested(k) < 0)
        return -1;
    k->cur++;
    return 0;
}

static const struct jentry *next_boundary(const struct kslave *k)
{
    for (size_t i = k->cur; i < k->j->n; i++)
        if (jentry_is_boundary(&k->j->e[i]))
            return &k->j->e[i];
    return NULL;
}

uint64_t kj_next_boundary(const struct kslave *k)
{
    const struct jentry *e = next_boundary(k);
    return e ? e->icount : UINT64_MAX;
}

int kj_boundary(struct kslave *k, uint64_t now, uint64_t target, const struct jentry **deliver)
{
    char m[120];
    *deliver = NULL;
    for (;;) {
        const struct jentry *e = next_boundary(k);
        if (!e || e->icount > now)
            return 0;
        int tick = e->kind == J_INTR || e->kind == J_NMI;
        if (tick && now >= target)
            return 0;
        if (e != &k->j->e[k->cur] || e->icount < now) {
            describe(&k->j->e[k->cur], m, sizeof m);
            kslave_diverge(k, "the master did %s; kvm did not by icount %llu", m,
                           (unsigned long long)now);
            return -1;
        }
        k->cur++;
        switch (e->kind) {
        case J_INTR: case J_NMI: *deliver = e; return 0;
        case J_RESET: return cannot(k, "the machine was reset");
        case J_IDLE: break;   /* the reference takes the master's TSC and halt state */
        default:
            if (apply_memory(k, e) < 0)
                return -1;
            break;
        }
    }
}
#endif
