/* The slave's side of cosimulation: it never touches a device. Its port
 * accesses, device-window accesses and hostapi escapes take the master's
 * answers from the journal (and must be the same accesses), and everything
 * else the master saw (interrupts, NMI, resets, DMA, map changes, idle
 * time) is applied at the tick the master had it (journal.h). */
#include <string.h>
#include "sim_twin86.h"

static const char *kind_name(unsigned k)
{
    static const char *const names[] = {"IN", "OUT", "interrupt", "MMIO read", "MMIO write", "DMA",
                                        "PAM change", "window map", "RAM window map", "unmap",
                                        "A20 change", "NMI", "reset", "idle", "hostapi call"};
    return k < sizeof names / sizeof names[0] ? names[k] : "?";
}

static void describe(const struct jentry *e, char *buf, size_t n)
{
    if (e->kind == J_IN || e->kind == J_OUT)
        snprintf(buf, n, "%s port %04X size %u value %X at icount %llu", kind_name(e->kind), e->port,
                 e->size, (unsigned)e->value, (unsigned long long)e->icount);
    else
        snprintf(buf, n, "%s addr %08X size %u value %X at icount %llu", kind_name(e->kind),
                 (unsigned)e->addr, e->kind == J_DMA ? (unsigned)e->len : e->size,
                 (unsigned)e->value, (unsigned long long)e->icount);
}

static void apply_dma(struct t86 *t, const struct jentry *e)
{
    t->applying = 1;
    mem_write_block(t->mem, e->addr, t->j->bytes + e->data, e->len, 0);
    t->applying = 0;
}

/* The master's TSC counted idle ticks while it was halted: take it. */
static void take_tsc(struct t86 *t, uint64_t tsc, int halted)
{
    if (!cpu_halted(t->c))
        return;
    struct cpu_state s;
    cpu_get_state(t->c, &s);
    if (s.tsc == tsc && (halted < 0 || s.halted == (uint32_t)halted))
        return;
    s.tsc = tsc;
    if (halted >= 0)
        s.halted = (uint32_t)halted;
    cpu_set_state(t->c, &s);
}

/* Memory and map entries (at a boundary, or nested in an access). */
static void apply_memory(struct t86 *t, const struct jentry *e)
{
    const char *err = NULL;
    const char *name = e->nbytes ? (const char *)t->j->bytes + e->data : "";
    char msg[160];
    switch (e->kind) {
    case J_DMA: apply_dma(t, e); break;
    case J_SHADOW: mem_set_shadow(t->mem, e->addr, e->len, e->value & 1, (e->value >> 1) & 1); break;
    case J_A20: mem_set_a20(t->mem, (int)e->value); break;
    case J_UNMAP: t86_win_unmap(t, e->addr); break;
    case J_MAP_MMIO: case J_MAP_RAM:
        if (t86_win_map(t, e->addr, e->len, e->kind == J_MAP_RAM, name, &err) < 0) {
            snprintf(msg, sizeof msg, "slave cannot map the master's window %s at %08X: %s", name,
                     (unsigned)e->addr, err);
            t86_diverge(t, msg);
        }
        break;
    default: break;   /* J_HOSTAPI by the doorbell: its writes came before it */
    }
}

static void apply_nested(struct t86 *t)
{
    dbg_journal *j = t->j;
    while (t->cur < j->n && (j->e[t->cur].flags & JF_NESTED))
        apply_memory(t, &j->e[t->cur++]);
}

/* The master's answer to an access the slave's CPU makes now, or NULL (a
 * divergence: the master made another access, or none). */
static const struct jentry *take_access(struct t86 *t, unsigned kind, uint32_t where, unsigned size,
                                        uint32_t value)
{
    char msg[200], m[96];
    dbg_journal *j = t->j;
    int port = kind == J_IN || kind == J_OUT;
    apply_nested(t);
    if (t->cur >= j->n) {
        snprintf(msg, sizeof msg, "slave did %s %s %X size %u at icount %llu; the master did not",
                 kind_name(kind), port ? "port" : "addr", (unsigned)where, size,
                 (unsigned long long)cpu_icount(t->c));
        t86_diverge(t, msg);
        return NULL;
    }
    const struct jentry *e = &j->e[t->cur];
    if (e->kind != kind || (port ? e->port : e->addr) != where || e->size != size ||
        e->icount != cpu_icount(t->c)) {
        describe(e, m, sizeof m);
        snprintf(msg, sizeof msg, "slave did %s %s %X size %u at icount %llu; the master did %s",
                 kind_name(kind), port ? "port" : "addr", (unsigned)where, size,
                 (unsigned long long)cpu_icount(t->c), m);
        t86_diverge(t, msg);
        return NULL;
    }
    t->cur++;
    if ((kind == J_OUT || kind == J_MMIO_WR) && e->value != value) {
        snprintf(msg, sizeof msg, "%s %s %X: slave wrote %X, master %X", kind_name(kind),
                 port ? "port" : "addr", (unsigned)where, (unsigned)value, (unsigned)e->value);
        t86_diverge(t, msg);
    }
    return e;
}

uint32_t t86_replay_io(struct t86 *t, uint16_t port, unsigned size, int write, uint32_t value)
{
    const struct jentry *e = take_access(t, write ? J_OUT : J_IN, port, size, value);
    if (!e)
        return 0xFFFFFFFFu >> (32 - 8 * size);
    if (e->a20 >= 0)
        mem_set_a20(t->mem, e->a20);
    return e->value;
}

/* Device windows of a slave answer from the journal. */
uint32_t t86_jwin_read(void *opaque, uint32_t offset, unsigned size)
{
    struct jwin *w = opaque;
    struct t86 *t = w->t;
    if (t->role != DBG_SLAVE || !t->j || t->applying || !t->in_exec)   /* a debugger's look */
        return 0xFFFFFFFFu >> (32 - 8 * size);
    const struct jentry *e = take_access(t, J_MMIO_RD, w->base + offset, size, 0);
    return e ? e->value : 0xFFFFFFFFu >> (32 - 8 * size);
}

void t86_jwin_write(void *opaque, uint32_t offset, uint32_t value, unsigned size)
{
    struct jwin *w = opaque;
    struct t86 *t = w->t;
    if (t->role == DBG_SLAVE && t->j && !t->applying && t->in_exec)
        take_access(t, J_MMIO_WR, w->base + offset, size, value);
}

/* The escape instruction: served when the master served it (its writes are
 * the J_DMA entries nested before it), else #UD as in the master. */
int t86_replay_escape(void *opaque, cpu *c, uint32_t linear)
{
    struct t86 *t = opaque;
    (void)c;
    if (t->role != DBG_SLAVE || !t->j)
        return -1;
    size_t at = t->cur;
    while (at < t->j->n && (t->j->e[at].flags & JF_NESTED))
        at++;
    const struct jentry *e = at < t->j->n ? &t->j->e[at] : NULL;
    if (!e || e->kind != J_HOSTAPI || e->port != 0 || e->icount != cpu_icount(t->c))
        return -1;   /* the master raised #UD (or the next access tells) */
    if (e->addr != linear) {
        char msg[120];
        snprintf(msg, sizeof msg, "slave's hostapi escape on block %08X; the master's on %08X",
                 (unsigned)linear, (unsigned)e->addr);
        t86_diverge(t, msg);
        return -1;
    }
    apply_nested(t);
    t->cur++;
    return 0;
}

uint8_t t86_slave_iack(void *opaque)
{
    struct t86 *t = opaque;
    t->vector_pending = 0;
    cpu_set_intr(t->c, 0);
    return t->vector;
}

/* Delivers the master's interrupt or NMI as the next tick. */
static void deliver(struct t86 *t, const struct jentry *e)
{
    char msg[120];
    uint64_t now = cpu_icount(t->c);
    take_tsc(t, e->tsc, -1);
    if (e->kind == J_NMI) {
        t->nmi_seen = 0;
        cpu_set_nmi(t->c, 1);
        cpu_run(t->c, 1);
        cpu_set_nmi(t->c, 0);
        if (t->nmi_seen)
            return;
    } else {
        t->vector = (uint8_t)e->value;
        t->vector_pending = 1;
        cpu_set_intr(t->c, 1);
        cpu_run(t->c, 1);
        if (!t->vector_pending)
            return;
        cpu_set_intr(t->c, 0);
        t->vector_pending = 0;
    }
    snprintf(msg, sizeof msg, "slave did not accept the master's %s %02X at icount %llu",
             e->kind == J_NMI ? "NMI" : "interrupt", (unsigned)e->value, (unsigned long long)now);
    t86_diverge(t, msg);
}

static void apply_boundary(struct t86 *t, const struct jentry *e)
{
    switch (e->kind) {
    case J_INTR: case J_NMI: deliver(t, e); break;
    case J_RESET: cpu_reset(t->c); break;   /* after a triple fault it already did */
    case J_IDLE: take_tsc(t, e->tsc, (int)e->value); break;
    default: apply_memory(t, e); break;
    }
}

/* The next entry applied at a boundary, from the cursor on, or NULL. */
static const struct jentry *next_boundary(struct t86 *t)
{
    for (size_t i = t->cur; i < t->j->n; i++)
        if (jentry_is_boundary(&t->j->e[i]))
            return &t->j->e[i];
    return NULL;
}

static int ctrl_c(const struct dbg_guard *g)
{
    return (g->guard_for & DBG_GUARD_CTRL_C) && g->interrupt_requested && *g->interrupt_requested;
}

static void missed(struct t86 *t, const char *why)
{
    char msg[200], m[96];
    describe(&t->j->e[t->cur], m, sizeof m);
    snprintf(msg, sizeof msg, "the master did %s; the slave %s at icount %llu", m, why,
             (unsigned long long)cpu_icount(t->c));
    t86_diverge(t, msg);
}

/* Runs to the guard's icount, applying boundary entries at their ticks. */
void t86_replay_run(struct t86 *t, const struct dbg_guard *g, struct dbg_guard_found *f)
{
    uint64_t target = (g->guard_for & DBG_GUARD_ICOUNT) ? g->icount : UINT64_MAX;
    while (!f->guard_found && !t->replay_error && !ctrl_c(g)) {
        uint64_t now = cpu_icount(t->c);
        const struct jentry *e = next_boundary(t);
        int tick = e && (e->kind == J_INTR || e->kind == J_NMI);
        if (e && e->icount <= now && !(tick && now >= target)) {
            if (e != &t->j->e[t->cur])
                missed(t, "did not");
            else if (e->icount < now)
                missed(t, "was already past it");
            else {
                t->cur++;
                apply_boundary(t, e);
            }
            continue;
        }
        if (now >= target)
            break;
        uint64_t stop = e && e->icount < target ? e->icount : target;
        uint64_t chunk = stop - now > 1000000 ? 1000000 : stop - now;
        enum cpu_stop r = cpu_run(t->c, chunk);
        if (r == CPU_STOP_HALT && cpu_icount(t->c) != stop) {
            char msg[96];
            snprintf(msg, sizeof msg, "slave halted at icount %llu; the master went on",
                     (unsigned long long)cpu_icount(t->c));
            t86_diverge(t, msg);
        } else if (r == CPU_STOP_UNSUPPORTED) {
            snprintf(f->text, sizeof f->text, "%s", cpu_stop_detail(t->c));
            return;
        }
        /* CPU_STOP_SHUTDOWN: the CPU reset itself; the master's J_RESET follows. */
    }
    if (!f->guard_found && !t->replay_error && !ctrl_c(g) && t->cur < t->j->n &&
        t->j->e[t->cur].icount < target)
        missed(t, "did not");
}
