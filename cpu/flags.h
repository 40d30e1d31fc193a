/* Lazy arithmetic flags (representation documented in cpu_state.h).
 * Recording is a few stores on the hot path; evaluation happens only when a
 * flag is read (Jcc, SETcc, PUSHF, ADC, ...). */
#ifndef TWIN86_FLAGS_H
#define TWIN86_FLAGS_H

#include "cpu_state.h"

static inline uint32_t size_mask(unsigned size) { return size == 4 ? 0xFFFFFFFFu : (1u << (size * 8)) - 1; }
static inline uint32_t sign_bit(unsigned size) { return 1u << (size * 8 - 1); }

static ALWAYS_INLINE void lf_record(cpu *c, enum lf_op op, unsigned size, uint32_t a, uint32_t b, uint32_t res)
{
    uint32_t m = size_mask(size);
    c->lf.op = op;
    c->lf.size = size;
    c->lf.a = a & m;
    c->lf.b = b & m;
    c->lf.res = res & m;
}

/* AND, OR, XOR, TEST: CF OF AF are 0, so only the result matters (the
 * getters and the fold never read a and b for LF_LOGIC). */
static ALWAYS_INLINE void lf_record_logic(cpu *c, unsigned size, uint32_t res)
{
    c->lf.op = LF_LOGIC;
    c->lf.size = (uint8_t)size;
    c->lf.res = res & size_mask(size);
}

/* Result-only flags with an explicit CF and OF (shifts, multiplies). */
static inline void lf_record_shift(cpu *c, unsigned size, uint32_t res, int cf, int of)
{
    c->lf.op = LF_SHIFT;
    c->lf.size = (uint8_t)size;
    c->lf.res = res & size_mask(size);
    c->lf.cf_in = (uint8_t)cf;
    c->lf.b = (uint32_t)of;
}

static inline int parity8(uint32_t v) { return !__builtin_parity(v & 0xFF); }

static inline int flag_zf(const cpu *c) { return c->lf.op == LF_NONE ? !!(c->eflags & F_ZF) : c->lf.res == 0; }
static inline int flag_sf(const cpu *c)
{
    return c->lf.op == LF_NONE ? !!(c->eflags & F_SF) : !!(c->lf.res & sign_bit(c->lf.size));
}
static inline int flag_pf(const cpu *c) { return c->lf.op == LF_NONE ? !!(c->eflags & F_PF) : parity8(c->lf.res); }

/* Each getter derives one flag from the recorded operation. They are inline
 * because Jcc, SETcc and ADC/SBB call them on the hot path. */
static ALWAYS_INLINE int flag_cf(const cpu *c)
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
    case LF_SHIFT:
    case LF_ROT: return l->cf_in;
    case LF_LOGIC: return 0;
    default: return !!(c->eflags & F_CF);
    }
}

static ALWAYS_INLINE int flag_of(const cpu *c)
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
    case LF_SHIFT:
    case LF_ROT: return l->b != 0;
    case LF_LOGIC: return 0;
    default: return !!(c->eflags & F_OF);
    }
}

static ALWAYS_INLINE int flag_af(const cpu *c)
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
    case LF_ROT: return (l->a >> 4) & 1;
    default: return !!(c->eflags & F_AF);
    }
}

/* A rotate's CF and OF over the other flags as they stand: lazily when they
 * are lazy (no fold of all six), else straight into EFLAGS. */
static ALWAYS_INLINE void lf_record_rotate(cpu *c, int cf, int of)
{
    if (c->lf.op == LF_NONE) {
        c->eflags = (c->eflags & ~(F_CF | F_OF)) | (cf ? F_CF : 0) | (of ? F_OF : 0);
        return;
    }
    c->lf.a = (uint32_t)flag_af(c) << 4;
    c->lf.op = LF_ROT;
    c->lf.cf_in = (uint8_t)cf;
    c->lf.b = (uint32_t)of;
}

/* Folds pending lazy flags into c->eflags. */
void flags_materialize(cpu *c);

/* The whole EFLAGS value as software sees it. */
static inline uint32_t flags_get(cpu *c)
{
    flags_materialize(c);
    return c->eflags;
}

/* Replaces the bits in `mask` with those of `value` (bit 1 stays set). */
void flags_set(cpu *c, uint32_t value, uint32_t mask);

/* Sets the six arithmetic flags explicitly (shifts, multiplies, BCD...). */
static inline void flags_set_arith(cpu *c, uint32_t bits)
{
    c->lf.op = LF_NONE;
    c->eflags = (c->eflags & ~F_ARITH) | (bits & F_ARITH);
}

/* SF, ZF, PF of a result as EFLAGS bits. */
static inline uint32_t flags_szp(uint32_t res, unsigned size)
{
    uint32_t m = size_mask(size), f = 0;
    res &= m;
    if (res == 0)
        f |= F_ZF;
    if (res & sign_bit(size))
        f |= F_SF;
    if (parity8(res))
        f |= F_PF;
    return f;
}

/* Condition code 0..15 as in Jcc/SETcc/CMOVcc. */
static ALWAYS_INLINE int flags_cond(const cpu *c, unsigned cc)
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


#endif
