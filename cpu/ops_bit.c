/* Bit tests BT BTS BTR BTC (register and immediate offsets) and scans BSF BSR.
 * With a register offset and a memory operand the offset is signed and may
 * address far outside the operand; an immediate offset is taken modulo the
 * operand width. Undefined flags (OF SF AF PF) keep their values. */
#include "flags.h"
#include "ops.h"
#include "operand.h"

enum { BT_TEST, BT_SET, BT_RESET, BT_COMPLEMENT };

static void bit_op(cpu *c, const insn *i, unsigned kind, uint32_t offset, int reg_offset)
{
    unsigned size = osize(i), bits = size * 8;
    uint32_t v, off = 0, mask;
    if (i->mod == 3) {
        mask = 1u << (offset & (bits - 1));
        v = reg_get(c, i->rm, size);
    } else {
        off = ea(c, i);
        if (reg_offset) {
            /* Signed bit offset: move the address by whole operands. */
            int32_t o = (int32_t)sext(offset, size);
            int32_t step = o >> (size == 4 ? 5 : 4);
            off = (off + (uint32_t)(step * (int32_t)size)) & amask(i);
        }
        mask = 1u << (offset & (bits - 1));
        v = mem_rd(c, i->seg, off, size);
    }
    flags_materialize(c);
    c->eflags = (c->eflags & ~F_CF) | ((v & mask) ? F_CF : 0);
    if (kind == BT_TEST)
        return;
    if (kind == BT_SET)
        v |= mask;
    else if (kind == BT_RESET)
        v &= ~mask;
    else
        v ^= mask;
    e_write_at(c, i, off, v, size);
}

static unsigned bt_kind_of(unsigned op)
{
    switch (op) {
    case 0x1AB: return BT_SET;
    case 0x1B3: return BT_RESET;
    case 0x1BB: return BT_COMPLEMENT;
    default: return BT_TEST;
    }
}

/* 0F A3 AB B3 BB: offset in a register. */
void op_bt_EG(cpu *c, const insn *i)
{
    bit_op(c, i, bt_kind_of(i->op), reg_get(c, i->reg, osize(i)), 1);
}

/* 0F BA /4-/7: immediate offset. */
void op_bt_EI(cpu *c, const insn *i) { bit_op(c, i, i->reg - 4, i->imm & 0xFF, 0); }

/* 0F BC BSF, 0F BD BSR. A zero source sets ZF and leaves the destination
 * unchanged (as all Intel and AMD CPUs do). CF OF SF AF PF are undefined;
 * we clear them. */
void op_bsf_bsr(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t v = e_get(c, i, size);
    flags_materialize(c);
    if (v == 0) {
        flags_set_arith(c, F_ZF);
        return;
    }
    unsigned r = i->op == 0x1BC ? (unsigned)__builtin_ctz(v) : 31u - (unsigned)__builtin_clz(v);
    reg_set(c, i->reg, r, size);
    flags_set_arith(c, 0);
}
