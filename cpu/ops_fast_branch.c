/* Threaded near branches: a Jcc not taken goes on in its trace; a taken
 * branch, CALL or RET leaves it with the position made explicit, on to the
 * next trace through a link (chain.h) when it can. Their
 * single-step forms are the generic handlers. A fault (CS limit, stack)
 * is raised with the record still current, so it is precise. */
#include "fast.h"
#include "trace.h"
#include "flags.h"
#include "operand.h"

static ALWAYS_INLINE void leave_to(cpu *c, const insn *i, uint32_t target)
{
    if (!(i->flags & I_OP32))
        target &= 0xFFFF;
    if (unlikely(target > c->seg[SEG_CS].limit))
        cpu_fault_err(c, EXC_GP, 0);
    c->icount += i->idx + 1u;
    c->insn_eip = i->eip;
    c->eip = target;
    c->cur = NULL;
    exec_link(c, i, link_slot_of(i));
}

static ALWAYS_INLINE void jcc(cpu *c, const insn *i, unsigned cc)
{
    if (flags_cond(c, cc))
        leave_to(c, i, i->next_eip + i->imm);
    else
        exec_next(c, i);
}

/* One handler per condition, so the condition is a constant. */
#define JCC(cc) static void jcc_##cc(cpu *c, const insn *i) { jcc(c, i, cc); }
JCC(0) JCC(1) JCC(2) JCC(3) JCC(4) JCC(5) JCC(6) JCC(7)
JCC(8) JCC(9) JCC(10) JCC(11) JCC(12) JCC(13) JCC(14) JCC(15)
static const struct fast jcc_f[16] = {
    {NULL, jcc_0}, {NULL, jcc_1}, {NULL, jcc_2}, {NULL, jcc_3}, {NULL, jcc_4}, {NULL, jcc_5},
    {NULL, jcc_6}, {NULL, jcc_7}, {NULL, jcc_8}, {NULL, jcc_9}, {NULL, jcc_10}, {NULL, jcc_11},
    {NULL, jcc_12}, {NULL, jcc_13}, {NULL, jcc_14}, {NULL, jcc_15},
};

static void jmp_x(cpu *c, const insn *i) { leave_to(c, i, i->next_eip + i->imm); }

/* CALL and RET: the 32-bit forms try the stack through a cached
 * translation first; anything else takes the full path. */
static __attribute__((noinline)) void call_s(cpu *c, const insn *i)
{
    uint32_t target = i->next_eip + i->imm;
    if (!(i->flags & I_OP32))
        target &= 0xFFFF;
    if (unlikely(target > c->seg[SEG_CS].limit))
        cpu_fault_err(c, EXC_GP, 0);
    push(c, i->next_eip, osize(i));
    leave_to(c, i, target);
}
static void call_x(cpu *c, const insn *i)
{
    uint32_t target = i->next_eip + i->imm;
    if (likely((i->flags & I_OP32) && target <= c->seg[SEG_CS].limit && try_push32(c, i->next_eip))) {
        leave_to(c, i, target);
        return;
    }
    call_s(c, i);
}

static __attribute__((noinline)) void ret_s(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t target = stack_peek(c, 0, size);
    if (!(i->flags & I_OP32))
        target &= 0xFFFF;
    if (unlikely(target > c->seg[SEG_CS].limit))
        cpu_fault_err(c, EXC_GP, 0);
    sp_set(c, sp_get(c) + size + (i->op == 0xC2 ? i->imm : 0));
    leave_to(c, i, target);
}
static void ret_x(cpu *c, const insn *i)
{
    uint32_t sp = sp_get(c);
    const struct tlb_entry *e;
    uint8_t *h;
    if (likely((i->flags & I_OP32) && fast_ptr(c, SEG_SS, sp, 4, 0, &h, &e))) {
        uint32_t target = host_load(h, 4);
        if (likely(target <= c->seg[SEG_CS].limit)) {
            sp_set(c, sp + 4 + (i->op == 0xC2 ? i->imm : 0));
            leave_to(c, i, target);
            return;
        }
    }
    ret_s(c, i);
}

/* LOOP (E2) and JCXZ (E3); the counter is CX or ECX by address size. */
static void loop_x(cpu *c, const insn *i)
{
    uint32_t count = (areg_get(c, i, R_ECX) - 1) & amask(i);
    areg_set(c, i, R_ECX, count);
    if (count)
        leave_to(c, i, i->next_eip + i->imm);
    else
        exec_next(c, i);
}
static void jcxz_x(cpu *c, const insn *i)
{
    if (areg_get(c, i, R_ECX) == 0)
        leave_to(c, i, i->next_eip + i->imm);
    else
        exec_next(c, i);
}

static const struct fast jmp_f = {NULL, jmp_x}, call_f = {NULL, call_x}, ret_f = {NULL, ret_x},
                         loop_f = {NULL, loop_x}, jcxz_f = {NULL, jcxz_x};

const struct fast *pick_branch(const insn *i)
{
    unsigned op = i->op;
    if ((op >= 0x70 && op <= 0x7F) || (op >= 0x180 && op <= 0x18F))
        return &jcc_f[op & 15];
    switch (op) {
    case 0xEB: case 0xE9: return &jmp_f;
    case 0xE8: return &call_f;
    case 0xC2: case 0xC3: return &ret_f;
    case 0xE2: return &loop_f;
    case 0xE3: return &jcxz_f;
    default: return NULL;
    }
}
