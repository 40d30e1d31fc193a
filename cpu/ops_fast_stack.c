/* PUSH/POP of registers and immediates and MOVZX/MOVSX with a 32-bit
 * operand: frequent in compiled code, and plain enough to need no position. */
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

static ALWAYS_INLINE int push_r32_fast(cpu *c, const insn *i) { return try_push32(c, c->gpr[i->op & 7]); }
static ALWAYS_INLINE int push_i32_fast(cpu *c, const insn *i) { return try_push32(c, i->imm); }
static ALWAYS_INLINE int pop_r32_fast(cpu *c, const insn *i)
{
    uint32_t sp = sp_get(c);
    const struct tlb_entry *e;
    uint8_t *h;
    if (!fast_ptr(c, SEG_SS, sp, 4, 0, &h, &e))
        return 0;
    uint32_t v = host_load(h, 4);
    sp_set(c, sp + 4);
    c->gpr[i->op & 7] = v;
    return 1;
}
FASTMEM(push_r32)
FASTMEM(pop_r32)
FASTMEM(push_i32)

/* MOVZX/MOVSX (0F B6 B7 BE BF) to a 32-bit register. */
static ALWAYS_INLINE void movx32(cpu *c, const insn *i)
{
    unsigned from = (i->op & 1) ? 2 : 1;
    uint32_t v = e_get(c, i, from);
    c->gpr[i->reg] = (i->op & 8) ? sext(v, from) : v;
}
static ALWAYS_INLINE int movx32_fast(cpu *c, const insn *i)
{
    unsigned from = (i->op & 1) ? 2 : 1;
    uint32_t v;
    if (i->mod == 3) {
        v = reg_get(c, i->rm, from);
    } else {
        const struct tlb_entry *e;
        uint8_t *h;
        if (!fast_ptr(c, i->seg, ea(c, i), from, 0, &h, &e))
            return 0;
        v = host_load(h, from);
    }
    c->gpr[i->reg] = (i->op & 8) ? sext(v, from) : v;
    return 1;
}
FASTMEM(movx32)

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
    if (op == 0x1B6 || op == 0x1B7 || op == 0x1BE || op == 0x1BF)
        return &movx32_f;
    return NULL;
}
