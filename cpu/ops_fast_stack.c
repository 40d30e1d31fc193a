/* PUSH/POP of registers and immediates with a 32-bit operand: frequent in
 * compiled code, and plain enough to need no position. */
#include "fast.h"
#include "flags.h"
#include "operand.h"

static ALWAYS_INLINE void push_r32(cpu *c, const insn *i) { push(c, c->gpr[i->op & 7], 4); }
/* POP ESP: the popped value replaces the incremented ESP. */
static ALWAYS_INLINE void pop_r32(cpu *c, const insn *i)
{
    uint32_t v = pop(c, 4);
    c->gpr[i->op & 7] = v;
}
static ALWAYS_INLINE void push_i32(cpu *c, const insn *i) { push(c, i->imm, 4); }
FAST(push_r32)
FAST(pop_r32)
FAST(push_i32)

const struct fast *pick_stack(const insn *i)
{
    if (!(i->flags & I_OP32))
        return NULL;
    unsigned op = i->op;
    if (op >= 0x50 && op <= 0x57)
        return &push_r32_f;
    if (op >= 0x58 && op <= 0x5F)
        return &pop_r32_f;
    if (op == 0x68 || op == 0x6A)
        return &push_i32_f;
    return NULL;
}
