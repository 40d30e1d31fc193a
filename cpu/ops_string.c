/* String instructions MOVS CMPS SCAS LODS STOS INS OUTS with REP/REPE/REPNE.
 * A repeated instruction runs one iteration per virtual-time tick and gives
 * way at an iteration boundary when the run budget ends or an interrupt,
 * trap or stop is pending: EIP then stays on the instruction, and the
 * registers already describe the remaining work, so it simply restarts. */
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
