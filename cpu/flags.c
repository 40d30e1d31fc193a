/* Evaluation of lazy flags. Each getter derives one flag from the recorded
 * operation; see cpu_state.h for the representation. */
#include "flags.h"

/* One pass over the recorded operation: SF ZF PF come from the result for
 * every kind; CF, OF and AF per kind (the same rules as the getters in
 * flags.h, which test_flags-style ROM tests check against the hardware). */
void flags_materialize(cpu *c)
{
    const struct lazy_flags *l = &c->lf;
    if (l->op == LF_NONE)
        return;
    uint32_t sb = sign_bit(l->size), res = l->res, a = l->a, b = l->b;
    uint32_t f = (res == 0 ? F_ZF : 0) | (res & sb ? F_SF : 0) | (parity8(res) ? F_PF : 0);
    int cf, of, af = !!((a ^ b ^ res) & 0x10);
    switch (l->op) {
    case LF_ADD: cf = res < a; of = !!((a ^ res) & (b ^ res) & sb); break;
    case LF_ADC: cf = l->cf_in ? res <= a : res < a; of = !!((a ^ res) & (b ^ res) & sb); break;
    case LF_SUB: cf = a < b; of = !!((a ^ b) & (a ^ res) & sb); break;
    case LF_SBB: cf = l->cf_in ? a <= b : a < b; of = !!((a ^ b) & (a ^ res) & sb); break;
    case LF_NEG: cf = a != 0; of = res == sb; break;
    case LF_INC: cf = l->cf_in; of = res == sb; break;
    case LF_DEC: cf = l->cf_in; of = res == sb - 1; break;
    case LF_SHIFT: cf = l->cf_in; of = b != 0; af = 0; break;
    case LF_ROT: cf = l->cf_in; of = b != 0; af = (a >> 4) & 1; break;
    default: cf = of = af = 0; break;   /* LF_LOGIC */
    }
    f |= (cf ? F_CF : 0) | (of ? F_OF : 0) | (af ? F_AF : 0);
    c->eflags = (c->eflags & ~F_ARITH) | f;
    c->lf.op = LF_NONE;
}

void flags_set(cpu *c, uint32_t value, uint32_t mask)
{
    flags_materialize(c);
    c->eflags = (c->eflags & ~mask) | (value & mask) | F_FIXED1;
    cpu_update_async(c);
}

