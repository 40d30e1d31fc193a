/* The run loop: fetch, decode and execute until the budget of ticks is spent,
 * leaving the straight-line loop only when `async` says something needs
 * attention at an instruction boundary (interrupts, traps, shadows, stops). */
#include <string.h>
#include "access.h"
#include "chain.h"
#include "debugreg.h"
#include "icache.h"
#include "paging.h"
#include "trace.h"

/* Copies n code bytes at lin (all in one page) from guest memory: one
 * translation (with its #PF) and one block read. Fetches are not data
 * accesses, so no data breakpoint or watchpoint sees them. */
static void read_code(cpu *c, uint32_t lin, uint8_t *buf, unsigned n)
{
    map_check(c);
    mem_read_block(c->mem, page_translate(c, lin, c->tlb_user), buf, n);
}

/* Decodes without the caches: for an instruction that may cross a page, a
 * page that is not host memory, or a CPU with its fast paths off (which
 * also runs the generic handlers, so the fast ones are checked against
 * them). The next page is read only when the instruction really continues
 * there, so its absence faults only for instructions that need it; the CS
 * limit bounds `avail`. */
static void decode_slow(cpu *c, insn *i, uint32_t lin, int avail)
{
    uint8_t buf[15];
    int in_page = (int)(0x1000 - (lin & 0xFFF));
    int first = avail < in_page ? avail : in_page;
    int (*dec)(insn *, const uint8_t *, int, int) = c->fast_paths ? decode : decode_plain;
    int code32 = cpu_code32(c);
    map_check(c);
    uint32_t phys = page_translate(c, lin, c->tlb_user);
    const uint8_t *page = mem_page_ptr(c->mem, phys & ~0xFFFu, 0);
    int len;
    if (page) {   /* RAM or ROM: decode in place */
        len = dec(i, page + (phys & 0xFFF), first, code32);
    } else {
        mem_read_block(c->mem, phys, buf, (unsigned)first);
        len = dec(i, buf, first, code32);
    }
    if (len == DECODE_SHORT && first < avail) {
        if (page)
            memcpy(buf, page + (phys & 0xFFF), (size_t)first);
        read_code(c, lin + (uint32_t)first, buf + first, (unsigned)(avail - first));
        len = dec(i, buf, avail, code32);
    }
    if (unlikely(len < 0)) {
        if (len == DECODE_UD)
            cpu_fault(c, EXC_UD);
        cpu_fault_err(c, EXC_GP, 0);   /* beyond CS limit, or over 15 bytes */
    }
}

/* The decoded record for the instruction at CS:EIP: from the decoded-
 * instruction cache when its bytes are unchanged, else decoded now. */
static const insn *fetch_decode(cpu *c, insn *scratch)
{
    uint32_t eip = c->eip;
    const struct segreg *cs = &c->seg[SEG_CS];
    if (unlikely(eip > cs->limit))
        cpu_fault_err(c, EXC_GP, 0);
    uint32_t lin = cs->base + eip;
    uint32_t left = cs->limit - eip;
    int avail = left >= 14 ? 15 : (int)left + 1;
    if (!c->fast_paths) {   /* no caches at all */
        decode_slow(c, scratch, lin, avail);
        return scratch;
    }
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (likely(e->tag[c->tlb_user] == (lin & ~0xFFFu) && (lin & 0xFFF) <= 0x1000 - 16)) {
        const uint8_t *p = (const uint8_t *)(e->addend + lin);
        int code32 = cpu_code32(c);
        const insn *hit = icache_find(c->icache, p, code32);
        if (likely(hit && hit->len <= avail))
            return hit;
        int len = decode(scratch, p, avail, code32);
        if (len > 0)
            return icache_store(c->icache, p, code32, scratch);
    }
    decode_slow(c, scratch, lin, avail);
    return scratch;
}

static inline void step(cpu *c)
{
    insn scratch;
    c->insn_eip = c->eip;
    const insn *i = fetch_decode(c, &scratch);
    uint32_t next = c->eip + i->len;
    c->eip = cpu_code32(c) ? next : (next & 0xFFFF);
    i->fn(c, i);
    c->icount++;
}

/* The exits of a threaded trace (chain.h): each makes the position explicit. */
void exec_leave(cpu *c, const insn *i)
{
    c->icount += i->idx + 1u;
    c->insn_eip = i->eip;
    c->eip = i->next_eip;
    c->cur = NULL;
}

void exec_trace_end(cpu *c, const insn *i)
{
    c->icount += i->idx;
    c->insn_eip = c->eip = i->eip;
    c->cur = NULL;
    exec_link(c, i, LINK_END);
}

void exec_link(cpu *c, const insn *i, unsigned slot)
{
    struct trace *from = trace_of(i);
    const struct trace_link *l = &from->link[slot];
    const struct trace *t = l->to;
    if (likely(l->epoch == c->link_epoch && l->eip == c->eip && t->serial == l->serial &&
               *t->genp == t->gen && !c->async && c->links_left && c->icount + t->n <= c->run_end)) {
        c->links_left--;
        c->trace_page = l->phys;
        const insn *n = &t->ins[0];
        c->cur = n;
        n->exec(c, n);
        return;
    }
    c->link_from = from;
    c->link_slot = slot;
}

void exec_generic(cpu *c, const insn *i)
{
    c->icount += i->idx;
    c->insn_eip = i->eip;
    c->eip = i->next_eip;
    c->cur = NULL;
    i->fn(c, i);
    c->icount++;
    /* A REP string instruction may have used more than its one tick of
     * the budget the trace was entered with. */
    if (unlikely(c->eip != i->next_eip || c->async ||
                 c->icount + (trace_of(i)->n - i->idx - 1u) > c->run_end))
        return;
    const insn *n = i + 1;
    c->icount -= n->idx;   /* threaded again: icount + n->idx is the count */
    c->cur = n;
    n->exec(c, n);
}

/* Runs the trace at CS:EIP, if one can be had; returns 0 when the caller
 * must take a single step instead (page crossings, MMIO code, faults). */
static int run_trace(cpu *c)
{
    uint32_t eip = c->eip;
    const struct segreg *cs = &c->seg[SEG_CS];
    if (unlikely(eip > cs->limit))
        return 0;
    uint32_t lin = cs->base + eip;
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (unlikely(e->tag[c->tlb_user] != (lin & ~0xFFFu)))
        return 0;
    const uint8_t *p = (const uint8_t *)(e->addend + lin);
    uint32_t left = cs->limit - eip;
    int code32 = cpu_code32(c);
    const struct trace *t = trace_get(c->traces, c->mem, p, 0x1000 - (lin & 0xFFF),
                                      left >= 0x1000 ? 0x1000 : left + 1, code32, eip);
    if (!t)
        return 0;
    if (c->link_from) {
        /* The exit we came from leads here: remember it. */
        c->link_from->link[c->link_slot] = (struct trace_link){t, t->serial, eip, c->link_epoch, e->phys};
        c->link_from = NULL;
    }
    c->trace_page = e->phys;
    uint64_t room = c->run_end - c->icount;
    if (likely(room >= t->n)) {
        /* The whole trace fits the budget: run it threaded. A slice shortened
         * while it runs raises ASYNC_SLICE. */
        const insn *i = &t->ins[0];
        c->cur = i;
        i->exec(c, i);
    } else {
        /* The budget ends inside the trace: record by record, exactly (a
         * REP string instruction may use several ticks). */
        for (unsigned k = 0; k < t->n && c->icount < c->run_end; k++) {
            const insn *i = &t->ins[k];
            c->insn_eip = i->eip;
            c->eip = i->next_eip;
            i->fn(c, i);
            c->icount++;
            if (unlikely(c->eip != i->next_eip || c->async))
                break;
        }
    }
    c->trace_page = 1;
    return 1;
}

/* Handles what `async` flagged. Returns a stop reason, or -1 to go on. */
static int service_async(cpu *c)
{
    if (c->async & (ASYNC_SMC | ASYNC_SLICE)) {
        /* SMC: the next trace lookup sees the new bytes; SLICE: the loop
         * condition sees the new end. Nothing else to do for either. */
        c->async &= ~(ASYNC_SMC | ASYNC_SLICE);
        if (!c->async)
            return -1;
    }
    if (c->async & ASYNC_STOP) {
        c->async &= ~ASYNC_STOP;
        return (int)c->stop_reason;
    }
    /* The debugger's guards, before the shadow is consumed so a stop here
     * resumes exactly. */
    if (unlikely(c->hooks.insn != NULL) && c->hooks.insn(c->hooks.opaque, c)) {
        c->stop_reason = CPU_STOP_REQUEST;
        return (int)CPU_STOP_REQUEST;
    }
    int shadow = c->inhibit;
    c->inhibit = 0;
    c->async &= ~ASYNC_INHIBIT;
    if (!shadow) {
        if (c->async & ASYNC_NMI) {
            c->nmi_pending = 0;
            c->nmi_blocked = 1;
            c->insn_eip = c->eip;
            cpu_interrupt(c, EXC_NMI, INT_NMI, 0, 0);
            c->icount++;
            return -1;
        }
        if (c->async & ASYNC_INTR) {
            uint8_t vector = c->iack ? c->iack(c->iack_opaque) : 0x08;
            c->insn_eip = c->eip;
            cpu_interrupt(c, vector, INT_HW, 0, 0);
            c->icount++;
            return -1;
        }
    }
    /* Instruction breakpoints fault before the instruction, unless RF. */
    if (c->dbg_exec && !(c->eflags & F_RF)) {
        uint32_t hits = dbg_match_exec(c, c->seg[SEG_CS].base + c->eip);
        if (hits) {
            c->insn_eip = c->eip;
            c->dr[6] = (c->dr[6] & ~0xFu) | hits;
            cpu_fault(c, EXC_DB);
        }
    }
    /* Single-step: trap after this instruction if TF was set before it, unless
     * it was MOV SS/POP SS (shadow 2 delays the trap past the next one) or it
     * entered an interrupt handler. Data breakpoints trap after it too. */
    int trap = (c->eflags & F_TF) != 0;
    int had_rf = (c->eflags & F_RF) != 0;
    c->trap_suppress = 0;
    c->dbg_hits = 0;
    step(c);
    if (had_rf)
        c->eflags &= ~F_RF;   /* RF covers exactly one instruction */
    uint32_t dr6 = 0;
    if (trap && c->inhibit != 2 && !c->trap_suppress && !c->halted)
        dr6 |= 0x4000;    /* BS */
    if (c->dbg_hits)
        dr6 |= c->dbg_hits;
    if (dr6) {
        c->dr[6] = (c->dr[6] & ~0xFu) | dr6;
        c->insn_eip = c->eip;
        cpu_interrupt(c, EXC_DB, INT_EXC, 0, 0);
    }
    cpu_update_async(c);
    return -1;
}

enum cpu_stop cpu_run(cpu *c, uint64_t budget)
{
    c->run_end = budget > UINT64_MAX - c->icount ? UINT64_MAX : c->icount + budget;
    if (unlikely(c->stop_at) && c->run_end > c->stop_at)   /* debugger icount guard */
        c->run_end = c->stop_at > c->icount ? c->stop_at : c->icount;
    map_check(c);
    if (c->halted) {
        cpu_update_async(c);
        if (!(c->async & (ASYNC_INTR | ASYNC_NMI)))
            return CPU_STOP_HALT;
        if (c->icount >= c->run_end)   /* no tick to take the interrupt in: stay halted */
            return c->stop_at && c->icount >= c->stop_at ? CPU_STOP_REQUEST : CPU_STOP_BUDGET;
        c->halted = 0;
    }
    if (setjmp(c->fault_jmp)) {
        cpu_pos_sync(c);
        links_stale(c);
        c->trace_page = 1;
        c->icount++;   /* a delivered exception is a tick, so fault loops advance time */
        if (cpu_handle_fault(c))
            return CPU_STOP_SHUTDOWN;
    }
    while (c->icount < c->run_end) {
        if (unlikely(c->async)) {
            c->link_from = NULL;
            int r = service_async(c);
            if (r >= 0)
                return (enum cpu_stop)r;
            continue;
        }
        c->links_left = 64;   /* bounds the stack where calls are not tail calls */
        if (!c->fast_paths || !run_trace(c)) {
            c->link_from = NULL;
            step(c);
        }
    }
    if (unlikely(c->stop_at) && c->icount >= c->stop_at)
        return CPU_STOP_REQUEST;
    return CPU_STOP_BUDGET;
}
