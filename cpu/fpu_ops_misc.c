/* The D9 E0-FF group: FCHS FABS FTST FXAM, the constants, FINCSTP/FDECSTP,
 * and the operations on ST(0) (and ST(1)): FSQRT FRNDINT FSCALE FPREM(1)
 * FXTRACT and the transcendentals, with their stack-fault responses. */
#include "fpu_ops.h"
#include "fpu_transcend.h"

static void set_cc(struct fpu *f, uint16_t cc) { f->sw = (uint16_t)((f->sw & ~FSW_CC) | cc); }

/* FXAM: C3 C2 C0 give the class, C1 the sign (also of an empty register). */
static void fxam(struct fpu *f) {
    fpu_reg v = fpu_st(f, 0);
    uint16_t cc = f80_sign(v) ? FSW_C1 : 0;
    if (fpu_empty(f, 0)) {
        set_cc(f, cc | FSW_C3 | FSW_C0);
        return;
    }
    switch (f80_classify(v)) {
    case FC_UNSUPPORTED:
        break;
    case FC_QNAN:
    case FC_SNAN:
        cc |= FSW_C0;
        break;
    case FC_NORMAL:
        cc |= FSW_C2;
        break;
    case FC_INF:
        cc |= FSW_C2 | FSW_C0;
        break;
    case FC_ZERO:
        cc |= FSW_C3;
        break;
    default:
        cc |= FSW_C3 | FSW_C2;
        break;
    }
    set_cc(f, cc);
}

static void ftst(struct fpu *f) {
    static const uint16_t cc[] = {FSW_C0, FSW_C3, 0, FSW_C0 | FSW_C2 | FSW_C3};
    if (fpu_empty(f, 0)) {
        fpu_underflow(f);
        set_cc(f, FSW_C0 | FSW_C2 | FSW_C3);
        return;
    }
    struct f80_ctx x = fpu_ctx(f);
    enum f80_order o = f80_compare(&x, fpu_st(f, 0), f80_zero(0), 0);
    fpu_raise(f, &x);
    set_cc(f, cc[o]);
}

/* ST(0) = fn(ST(0)). FSIN/FCOS (trig != 0) leave ST(0) alone with C2 set
 * when |ST(0)| >= 2^63. */
static void unary(struct fpu *f, fpu_reg (*fn)(struct f80_ctx *, fpu_reg), int trig) {
    if (fpu_empty(f, 0)) {
        if (!fpu_underflow(f))
            fpu_st_set(f, 0, F80_INDEFINITE);
        return;
    }
    if (trig) {
        f->sw &= (uint16_t)~FSW_C2;
        if (f80_trig_out_of_range(fpu_st(f, 0))) {
            f->sw |= FSW_C2;
            return;
        }
    }
    struct f80_ctx x = fpu_ctx(f);
    fpu_reg r = fn(&x, fpu_st(f, 0));
    fpu_raise(f, &x);
    if (!fpu_blocked(&x))
        fpu_st_set(f, 0, r);
}

/* ST(1) = fn(ST(0), ST(1)), then pop (FYL2X, FYL2XP1, FPATAN). */
static void binary_pop(struct fpu *f, fpu_reg (*fn)(struct f80_ctx *, fpu_reg, fpu_reg)) {
    if (fpu_empty(f, 0) || fpu_empty(f, 1)) {
        if (fpu_underflow(f))
            return;
        fpu_st_set(f, 1, F80_INDEFINITE);
    } else {
        struct f80_ctx x = fpu_ctx(f);
        fpu_reg r = fn(&x, fpu_st(f, 0), fpu_st(f, 1));
        fpu_raise(f, &x);
        if (fpu_blocked(&x))
            return;
        fpu_st_set(f, 1, r);
    }
    fpu_pop(f);
}

/* Replaces ST(0) and pushes a second result (FPTAN, FSINCOS, FXTRACT).
 * The stack faults give the indefinite in both. */
static void two_results(struct fpu *f, int op) {
    if (fpu_empty(f, 0) || !fpu_empty(f, 7)) {
        if (fpu_empty(f, 0) ? fpu_underflow(f) : fpu_overflow(f))
            return;
        fpu_st_set(f, 0, F80_INDEFINITE);
        fpu_push(f, F80_INDEFINITE);
        return;
    }
    fpu_reg a = fpu_st(f, 0), r0, r1;
    struct f80_ctx x = fpu_ctx(f);
    if (op != 0xF4) {
        f->sw &= (uint16_t)~FSW_C2;
        if (f80_trig_out_of_range(a)) {
            f->sw |= FSW_C2;
            return;
        }
    }
    switch (op) {
    case 0xF2: /* FPTAN */
        r0 = f80_tan(&x, a);
        r1 = F80_ONE;
        if (f80_is_nan(f80_classify(r0)))
            r1 = r0;
        break;
    case 0xFB: /* FSINCOS */
        r0 = f80_sin(&x, a);
        r1 = f80_cos(&x, a);
        break;
    default: /* FXTRACT */
        r0 = f80_xtract(&x, a, &r1);
        break;
    }
    fpu_raise(f, &x);
    if (fpu_blocked(&x))
        return;
    fpu_st_set(f, 0, r0);
    fpu_push(f, r1);
}

/* FSCALE, FPREM, FPREM1: ST(0) = fn(ST(0), ST(1)), no pop. */
static void with_st1(struct fpu *f, unsigned op) {
    if (fpu_empty(f, 0) || fpu_empty(f, 1)) {
        if (op != 0xFD)
            f->sw &= (uint16_t) ~(FSW_C0 | FSW_C2 | FSW_C3);
        if (!fpu_underflow(f))
            fpu_st_set(f, 0, F80_INDEFINITE);
        return;
    }
    struct f80_ctx x = fpu_ctx(f);
    fpu_reg a = fpu_st(f, 0), b = fpu_st(f, 1), r;
    uint16_t cc = 0;
    if (op == 0xFD)
        r = f80_scale(&x, a, b);
    else
        r = f80_prem(&x, a, b, op == 0xF5, &cc);
    fpu_raise(f, &x);
    if (op != 0xFD) {
        f->sw = (uint16_t)((f->sw & ~FSW_CC) | cc);
        if (f80_classify(r) == FC_QNAN || f80_suppressed(&x))
            f->sw &= (uint16_t)~FSW_CC;
    }
    if (!fpu_blocked(&x))
        fpu_st_set(f, 0, r);
}

static fpu_reg op_sqrt(struct f80_ctx *x, fpu_reg a) { return f80_sqrt(x, a); }
static fpu_reg op_rndint(struct f80_ctx *x, fpu_reg a) { return f80_rndint(x, a); }
static fpu_reg op_chs(struct f80_ctx *x, fpu_reg a) {
    (void)x;
    return f80_neg(a);
}
static fpu_reg op_abs(struct f80_ctx *x, fpu_reg a) {
    (void)x;
    return f80_abs(a);
}

void fpu_d9_misc(cpu *c, const insn *i) {
    struct fpu *f = &c->fpu;
    unsigned op = 0xC0 | (i->reg << 3) | i->rm;
    switch (op) {
    case 0xE0:
        unary(f, op_chs, 0);
        return;
    case 0xE1:
        unary(f, op_abs, 0);
        return;
    case 0xE4:
        ftst(f);
        return;
    case 0xE5:
        fxam(f);
        return;
    case 0xE8:
        fpu_fld_const(c, FK_ONE);
        return;
    case 0xE9:
        fpu_fld_const(c, FK_L2T);
        return;
    case 0xEA:
        fpu_fld_const(c, FK_L2E);
        return;
    case 0xEB:
        fpu_fld_const(c, FK_PI);
        return;
    case 0xEC:
        fpu_fld_const(c, FK_LG2);
        return;
    case 0xED:
        fpu_fld_const(c, FK_LN2);
        return;
    case 0xEE:
        fpu_fld_const(c, FK_ZERO);
        return;
    case 0xF0:
        unary(f, f80_2xm1, 0);
        return;
    case 0xF1:
        binary_pop(f, f80_yl2x);
        return;
    case 0xF3:
        binary_pop(f, f80_patan);
        return;
    case 0xF6:
    case 0xF7:
        f->sw &= (uint16_t)~FSW_C1;
        fpu_set_top(f, fpu_top(f) + (op == 0xF7 ? 1 : 7));
        return;
    case 0xF9:
        binary_pop(f, f80_yl2xp1);
        return;
    case 0xFA:
        unary(f, op_sqrt, 0);
        return;
    case 0xFC:
        unary(f, op_rndint, 0);
        return;
    case 0xFE:
        unary(f, f80_sin, 1);
        return;
    case 0xFF:
        unary(f, f80_cos, 1);
        return;
    case 0xF5:
    case 0xF8:
    case 0xFD:
        with_st1(f, op);
        return;
    default:
        two_results(f, op);
        return; /* F2 FPTAN, F4 FXTRACT, FB FSINCOS */
    }
}
