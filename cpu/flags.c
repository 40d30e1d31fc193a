/* Evaluation of lazy flags. Each getter derives one flag from the recorded
 * operation; see cpu_state.h for the representation. */
#include "flags.h"

int flag_cf(const cpu *c)
{
    const struct lazy_flags *l = &c->lf;
    switch (l->op) {
    case LF_ADD: return l->res < l->a;
    case LF_ADC: return l->cf_in ? l->res <= l->a : l->res < l->a;
    case LF_SUB: return l->a < l->b;
    case LF_SBB: return l->cf_in ? l->a <= l->b : l->a < l->b;
    case LF_NEG: return l->a != 0;
    case LF_INC:
    case LF_DEC:
    case LF_SHIFT: return l->cf_in;
    case LF_LOGIC: return 0;
    default: return !!(c->eflags & F_CF);
    }
}

int flag_of(const cpu *c)
{
    const struct lazy_flags *l = &c->lf;
    uint32_t sb = sign_bit(l->size);
    switch (l->op) {
    case LF_ADD:
    case LF_ADC: return !!((l->a ^ l->res) & (l->b ^ l->res) & sb);
    case LF_SUB:
    case LF_SBB: return !!((l->a ^ l->b) & (l->a ^ l->res) & sb);
    case LF_NEG:
    case LF_INC: return l->res == sb;
    case LF_DEC: return l->res == sb - 1;
    case LF_SHIFT: return l->b != 0;
    case LF_LOGIC: return 0;
    default: return !!(c->eflags & F_OF);
    }
}

int flag_af(const cpu *c)
{
    const struct lazy_flags *l = &c->lf;
    switch (l->op) {
    case LF_ADD:
    case LF_ADC:
    case LF_SUB:
    case LF_SBB:
    case LF_INC:
    case LF_DEC:
    case LF_NEG: return !!((l->a ^ l->b ^ l->res) & 0x10);
    case LF_LOGIC:
    case LF_SHIFT: return 0;  /* undefined in the manuals; 0 as on Intel hardware */
    default: return !!(c->eflags & F_AF);
    }
}

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

int flags_cond(const cpu *c, unsigned cc)
{
    int r;
    switch (cc >> 1) {
    case 0: r = flag_of(c); break;                              /* O */
    case 1: r = flag_cf(c); break;                              /* B */
    case 2: r = flag_zf(c); break;                              /* Z */
    case 3: r = flag_cf(c) || flag_zf(c); break;                /* BE */
    case 4: r = flag_sf(c); break;                              /* S */
    case 5: r = flag_pf(c); break;                              /* P */
    case 6: r = flag_sf(c) != flag_of(c); break;                /* L */
    default: r = flag_zf(c) || (flag_sf(c) != flag_of(c)); break; /* LE */
    }
    return r ^ (cc & 1);
}
