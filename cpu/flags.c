/* Evaluation of lazy flags. Each getter derives one flag from the recorded
 * operation; see cpu_state.h for the representation. */
#include "flags.h"

void flags_materialize(cpu *c)
{
    if (c->lf.op == LF_NONE)
        return;
    uint32_t f = 0;
    if (flag_cf(c)) f |= F_CF;
    if (flag_pf(c)) f |= F_PF;
    if (flag_af(c)) f |= F_AF;
    if (flag_zf(c)) f |= F_ZF;
    if (flag_sf(c)) f |= F_SF;
    if (flag_of(c)) f |= F_OF;
    c->eflags = (c->eflags & ~F_ARITH) | f;
    c->lf.op = LF_NONE;
}

void flags_set(cpu *c, uint32_t value, uint32_t mask)
{
    flags_materialize(c);
    c->eflags = (c->eflags & ~mask) | (value & mask) | F_FIXED1;
    cpu_update_async(c);
}

