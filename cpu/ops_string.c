/* String instructions MOVS CMPS SCAS LODS STOS INS OUTS with REP/REPE/REPNE.
 * A repeated instruction runs one iteration per virtual-time tick and gives
 * way at an iteration boundary when the run budget ends or an interrupt,
 * trap or stop is pending: EIP then stays on the instruction, and the
 * registers already describe the remaining work, so it simply restarts. */
#include <string.h>
#include "access.h"
#include "cpu_debug.h"
#include "flags.h"
#include "ioperm.h"
#include "ops.h"
#include "operand.h"

static inline uint32_t step_of(const cpu *c, unsigned size)
{
    return (c->eflags & F_DF) ? (uint32_t)-(int32_t)size : size;
}

static inline void advance(cpu *c, const insn *i, unsigned r, uint32_t step)
{
    areg_set(c, i, r, areg_get(c, i, r) + step);
}

/* One iteration of each instruction. Returns 0 when a REPE/REPNE condition
 * ends the repetition. */
static inline int iterate(cpu *c, const insn *i, unsigned size)
{
    uint32_t step = step_of(c, size), a, b;
    switch (i->op & ~1u) {
    case 0xA4: /* MOVS */
        a = mem_rd(c, i->seg, areg_get(c, i, R_ESI), size);
        mem_wr(c, SEG_ES, areg_get(c, i, R_EDI), a, size);
        advance(c, i, R_ESI, step);
        advance(c, i, R_EDI, step);
        return 1;
    case 0xA6: /* CMPS */
        a = mem_rd(c, i->seg, areg_get(c, i, R_ESI), size);
        b = mem_rd(c, SEG_ES, areg_get(c, i, R_EDI), size);
        lf_record(c, LF_SUB, size, a, b, a - b);
        advance(c, i, R_ESI, step);
        advance(c, i, R_EDI, step);
        break;
    case 0xAE: /* SCAS */
        a = reg_get(c, R_EAX, size);
        b = mem_rd(c, SEG_ES, areg_get(c, i, R_EDI), size);
        lf_record(c, LF_SUB, size, a, b, a - b);
        advance(c, i, R_EDI, step);
        break;
    case 0xAC: /* LODS */
        reg_set(c, R_EAX, mem_rd(c, i->seg, areg_get(c, i, R_ESI), size), size);
        advance(c, i, R_ESI, step);
        return 1;
    case 0xAA: /* STOS */
        mem_wr(c, SEG_ES, areg_get(c, i, R_EDI), reg_get(c, R_EAX, size), size);
        advance(c, i, R_EDI, step);
        return 1;
    case 0x6C: { /* INS: the destination is checked before the port is read. */
        uint32_t di = areg_get(c, i, R_EDI);
        lin_probe_write(c, seg_lin_w(c, SEG_ES, di, size), size);
        mem_wr(c, SEG_ES, di, cpu_io_read(c, (uint16_t)c->gpr[R_EDX], size), size);
        advance(c, i, R_EDI, step);
        return 1;
    }
    default: /* 0x6E OUTS */
        a = mem_rd(c, i->seg, areg_get(c, i, R_ESI), size);
        cpu_io_write(c, (uint16_t)c->gpr[R_EDX], a, size);
        map_check(c);
        advance(c, i, R_ESI, step);
        return 1;
    }
    /* CMPS/SCAS under REPE (F3) continue while equal, under REPNE while not. */
    return (i->flags & I_REPNE) ? !flag_zf(c) : flag_zf(c);
}

/* The cached host pointer for `n` elements of `size` at seg:off (forward,
 * all in one page, inside the segment and the address size), or NULL. */
static uint8_t *block_ptr(cpu *c, const insn *i, unsigned seg, uint32_t off, unsigned size,
                          uint32_t n, int write, const struct tlb_entry **ep)
{
    const struct segreg *s = &c->seg[seg];
    uint64_t last = (uint64_t)off + (uint64_t)n * size - 1;
    uint32_t lo = write ? s->wlo : s->rlo, hi = write ? s->whi : s->rhi;
    uint32_t lin = s->base + off;
    if (off < lo || last > hi || last > amask(i) || (lin & 0xFFF) + (uint64_t)n * size > 0x1000 ||
        (lin & (size - 1) & c->ac_mask))
        return NULL;
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (e->tag[c->tlb_user + (write ? 1 : 0)] != (lin & ~0xFFFu))
        return NULL;
    *ep = e;
    return (uint8_t *)(e->addend + lin);
}

/* Repeat speedup: up to `max` forward MOVS or STOS iterations whose
 * elements stay in one cached page on each side, done as one block with
 * the effect of doing them one by one. Returns how many (0: take the
 * one-by-one path, which fills translations and raises any fault). */
static uint32_t rep_block(cpu *c, const insn *i, unsigned size, uint32_t max)
{
    unsigned op = i->op & ~1u;
    if (!c->fast_paths || (op != 0xA4 && op != 0xAA) || (c->eflags & F_DF) ||
        c->hooks.mem != NULL || c->dbg_data)
        return 0;
    uint32_t di = areg_get(c, i, R_EDI), lin = c->seg[SEG_ES].base + di;
    uint32_t n = (0x1000 - (lin & 0xFFF)) / size;
    uint32_t si = areg_get(c, i, R_ESI);
    if (op == 0xA4) {
        uint32_t in_src = (0x1000 - ((c->seg[i->seg].base + si) & 0xFFF)) / size;
        n = in_src < n ? in_src : n;
    }
    n = max < n ? max : n;
    const struct tlb_entry *de, *se;
    uint8_t *d = n ? block_ptr(c, i, SEG_ES, di, size, n, 1, &de) : NULL;
    if (!d)
        return 0;
    size_t bytes = (size_t)n * size;
    if (op == 0xA4) {
        const uint8_t *s = block_ptr(c, i, i->seg, si, size, n, 0, &se);
        if (!s)
            return 0;
        if (d > s && d < s + bytes) {   /* overlapping forward: element by element */
            for (uint32_t k = 0; k < n; k++)
                host_store(d + k * size, host_load(s + k * size, size), size);
        } else {
            memmove(d, s, bytes);
        }
        advance(c, i, R_ESI, (uint32_t)bytes);
    } else if (size == 1) {
        memset(d, (uint8_t)c->gpr[R_EAX], bytes);
    } else {
        for (uint32_t k = 0; k < n; k++)
            host_store(d + k * size, c->gpr[R_EAX], size);
    }
    *de->dirty = 1;
    if (unlikely(*de->code))
        code_written(c, de->phys);
    advance(c, i, R_EDI, (uint32_t)bytes);
    return n;
}

void op_string(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    if (i->op < 0x70)   /* INS, OUTS */
        io_check(c, (uint16_t)c->gpr[R_EDX], size);
    if (!(i->flags & (I_REP | I_REPNE))) {
        iterate(c, i, size);
        return;
    }
    for (;;) {
        uint32_t count = areg_get(c, i, R_ECX);
        if (count == 0)
            return;
        /* Iterations this run may still do: one per tick, at least this one. */
        uint64_t allowed = c->run_end > c->icount ? c->run_end - c->icount : 1;
        uint32_t n = rep_block(c, i, size, count < allowed ? count : (uint32_t)allowed);
        if (n) {
            areg_set(c, i, R_ECX, count - n);
            c->icount += n - 1;   /* the last one is the instruction's own tick */
            if (count == n)
                return;
            if (c->icount + 1 >= c->run_end || c->async) {
                c->eip = c->insn_eip;
                return;
            }
            c->icount++;
            continue;
        }
        int go_on = iterate(c, i, size);
        areg_set(c, i, R_ECX, count - 1);
        if (count == 1 || !go_on)
            return;
        if (c->icount + 1 >= c->run_end || c->async) {
            c->eip = c->insn_eip;   /* resume here later */
            return;
        }
        c->icount++;
    }
}
