/* x87 arithmetic and comparison instructions: FADD FMUL FSUB FSUBR FDIV FDIVR
 * with real, integer and register operands (and their popping forms), FCOM
 * FCOMP FCOMPP FUCOM* FICOM*, FCOMI/FUCOMI(P) and FCMOVcc. */
#include "access.h"
#include "flags.h"
#include "fpu_ops.h"

/* The operation selected by ModRM.reg, as dest = dest op src:
 * 0 add, 1 mul, 4 sub, 5 reversed sub, 6 div, 7 reversed div. */
static fpu_reg binop(struct f80_ctx *x, unsigned k, fpu_reg dst, fpu_reg src) {
    switch (k) {
    case 0:
        return f80_add(x, dst, src);
    case 1:
        return f80_mul(x, dst, src);
    case 4:
        return f80_sub(x, dst, src);
    case 5:
        return f80_sub(x, src, dst);
    case 6:
        return f80_div(x, dst, src);
    default:
        return f80_div(x, src, dst);
    }
}

static void set_cc(struct fpu *f, enum f80_order o) {
    static const uint16_t cc[] = {FSW_C0, FSW_C3, 0, FSW_C0 | FSW_C2 | FSW_C3};
    f->sw = (uint16_t)((f->sw & ~FSW_CC) | cc[o]);
}

static void pop_n(struct fpu *f, int n) {
    while (n-- > 0)
        fpu_pop(f);
}

/* ST(0) compared with b; sets C0/C2/C3 (even when the exception is
 * unmasked), pops only without an unmasked exception. */
static void compare_st0(struct fpu *f, fpu_reg b, struct f80_ctx *x, int quiet, int pops) {
    enum f80_order o = f80_compare(x, fpu_st(f, 0), b, quiet);
    fpu_raise(f, x);
    set_cc(f, o);
    if (!f80_unmasked(x))
        pop_n(f, pops);
}

static int compare_underflow(struct fpu *f, int pops) {
    int unmasked = fpu_underflow(f);
    set_cc(f, FO_UNORDERED);
    if (!unmasked)
        pop_n(f, pops);
    return 1;
}

void fpu_compare_regs(cpu *c, unsigned src, int quiet, int pops) {
    struct fpu *f = &c->fpu;
    if (fpu_empty(f, 0) || fpu_empty(f, src)) {
        compare_underflow(f, pops);
        return;
    }
    struct f80_ctx x = fpu_ctx(f);
    compare_st0(f, fpu_st(f, src), &x, quiet, pops);
}

/* D8 (m32 real), DA (m32 int), DC (m64 real), DE (m16 int). */
void fpu_arith_mem(cpu *c, const insn *i, uint32_t off) {
    struct fpu *f = &c->fpu;
    struct f80_ctx x = fpu_ctx(f);
    fpu_reg b;
    int den = 0;
    switch (i->op) {
    case 0xD8:
        b = f80_widen_f32(rd32(c, i->seg, off), &den);
        break;
    case 0xDC:
        b = f80_widen_f64(fpu_read64(c, i->seg, off), &den);
        break;
    case 0xDA:
        b = f80_from_int((int32_t)rd32(c, i->seg, off));
        break;
    default:
        b = f80_from_int((int16_t)rd16(c, i->seg, off));
        break;
    }
    x.denormal_in = (uint8_t)den;
    if (i->reg == 2 || i->reg == 3) {
        if (fpu_empty(f, 0))
            compare_underflow(f, i->reg == 3);
        else
            compare_st0(f, b, &x, 0, i->reg == 3);
        return;
    }
    if (fpu_empty(f, 0)) {
        if (!fpu_underflow(f))
            fpu_st_set(f, 0, F80_INDEFINITE);
        return;
    }
    fpu_reg r = binop(&x, i->reg, fpu_st(f, 0), b);
    fpu_raise(f, &x);
    if (!fpu_blocked(&x))
        fpu_st_set(f, 0, r);
}

/* D8: ST(0) = ST(0) op ST(i); DC: ST(i) = ST(i) op ST(0); DE: the same and
 * pop. In DC/DE the encodings of SUB/SUBR and DIV/DIVR are swapped. */
void fpu_arith_reg(cpu *c, const insn *i) {
    struct fpu *f = &c->fpu;
    unsigned k = i->reg, d = 0, s = i->rm;
    if (i->op != 0xD8) {
        d = i->rm;
        s = 0;
        if (k >= 4)
            k ^= 1;
    }
    if (fpu_empty(f, d) || fpu_empty(f, s)) {
        if (fpu_underflow(f))
            return;
        fpu_st_set(f, d, F80_INDEFINITE);
    } else {
        struct f80_ctx x = fpu_ctx(f);
        fpu_reg r = binop(&x, k, fpu_st(f, d), fpu_st(f, s));
        fpu_raise(f, &x);
        if (fpu_blocked(&x))
            return;
        fpu_st_set(f, d, r);
    }
    if (i->op == 0xDE)
        fpu_pop(f);
}

/* FCOMI/FUCOMI(P): ZF, PF, CF from the comparison of ST(0) with ST(i); OF,
 * SF, AF cleared. Unordered (also on stack underflow) sets all three. */
void fpu_comi(cpu *c, const insn *i, int quiet, int pop) {
    static const uint32_t fl[] = {F_CF, F_ZF, 0, F_ZF | F_PF | F_CF};
    struct fpu *f = &c->fpu;
    enum f80_order o = FO_UNORDERED;
    int unmasked;
    if (fpu_empty(f, 0) || fpu_empty(f, i->rm)) {
        unmasked = fpu_underflow(f);
    } else {
        struct f80_ctx x = fpu_ctx(f);
        o = f80_compare(&x, fpu_st(f, 0), fpu_st(f, i->rm), quiet);
        fpu_raise(f, &x);
        unmasked = f80_unmasked(&x) != 0;
    }
    flags_set(c, fl[o], F_ZF | F_PF | F_CF | F_OF | F_SF | F_AF);
    if (pop && !unmasked)
        fpu_pop(f);
}

/* DA/DB C0-DF: FCMOVB/E/BE/U and their negations. */
void fpu_fcmov(cpu *c, const insn *i) {
    struct fpu *f = &c->fpu;
    int cond;
    switch (i->reg) {
    case 0:
        cond = flag_cf(c);
        break;
    case 1:
        cond = flag_zf(c);
        break;
    case 2:
        cond = flag_cf(c) || flag_zf(c);
        break;
    default:
        cond = flag_pf(c);
        break;
    }
    if (i->op == 0xDB)
        cond = !cond;
    if (fpu_empty(f, 0) || fpu_empty(f, i->rm)) {
        if (fpu_underflow(f))
            return;
        fpu_reg v = fpu_empty(f, i->rm) ? F80_INDEFINITE : fpu_st(f, i->rm);
        if (fpu_empty(f, 0) && !cond)
            v = F80_INDEFINITE;
        if (cond || fpu_empty(f, 0))
            fpu_st_set(f, 0, v);
        return;
    }
    f->sw &= (uint16_t)~FSW_C1;
    if (cond)
        fpu_st_set(f, 0, fpu_st(f, i->rm));
}
