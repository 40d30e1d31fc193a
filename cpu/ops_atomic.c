/* Exchange-and-operate instructions: XADD, CMPXCHG, CMPXCHG8B. A single
 * interpreter thread makes every access atomic; LOCK only has to be legal. */
#include "flags.h"
#include "ops.h"
#include "operand.h"

/* 0F C0, 0F C1 */
void op_xadd(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t off = 0, d = e_read(c, i, size, &off);
    uint32_t s = reg_get(c, i->reg, size);
    uint32_t sum = d + s;
    lf_record(c, LF_ADD, size, d, s, sum);
    reg_set(c, i->reg, d, size);
    e_write_at(c, i, off, sum, size);
}

/* 0F B0, 0F B1: compare the accumulator with the destination. The processor
 * always writes the destination (with its old value on a mismatch). */
void op_cmpxchg(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t off = 0, d = e_read(c, i, size, &off);
    uint32_t a = reg_get(c, R_EAX, size);
    lf_record(c, LF_SUB, size, a, d, a - d);
    if ((a & size_mask(size)) == (d & size_mask(size))) {
        e_write_at(c, i, off, reg_get(c, i->reg, size), size);
    } else {
        e_write_at(c, i, off, d, size);
        reg_set(c, R_EAX, d, size);
    }
}

/* 0F C7 /1: CMPXCHG8B m64 with EDX:EAX and ECX:EBX. Only ZF changes. */
void op_cmpxchg8b(cpu *c, const insn *i)
{
    uint32_t off = ea(c, i);
    uint32_t lo = rd32(c, i->seg, off);
    uint32_t hi = rd32(c, i->seg, (off + 4) & amask(i));
    flags_materialize(c);
    if (lo == c->gpr[R_EAX] && hi == c->gpr[R_EDX]) {
        wr32(c, i->seg, off, c->gpr[R_EBX]);
        wr32(c, i->seg, (off + 4) & amask(i), c->gpr[R_ECX]);
        c->eflags |= F_ZF;
    } else {
        wr32(c, i->seg, off, lo);
        wr32(c, i->seg, (off + 4) & amask(i), hi);
        c->gpr[R_EAX] = lo;
        c->gpr[R_EDX] = hi;
        c->eflags &= ~F_ZF;
    }
}
