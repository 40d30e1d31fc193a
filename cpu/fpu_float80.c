/* The core of the x87 soft-float: classifying 80-bit values, rounding exact
 * results to a precision and exponent range as the x87 does (denormals,
 * underflow, overflow, the wrapped exponents of unmasked exceptions), and the
 * NaN rules shared by all operations. */
#include "fpu_float80.h"

/* Exponent adjustment of unmasked overflow/underflow results (3 * 2^13). */
#define BIAS_ADJUST 24576

static const struct f80_format fmt_ext[4] = {
    {24, -16382, 16383},
    {64, -16382, 16383},
    {53, -16382, 16383},
    {64, -16382, 16383},
};

enum f80_class f80_classify(fpu_reg a) {
    unsigned e = f80_exp(a);
    int jbit = (a.mant >> 63) & 1;
    if (e == 0)
        return a.mant == 0 ? FC_ZERO : FC_DENORMAL;
    if (!jbit)
        return FC_UNSUPPORTED;
    if (e == 0x7FFF) {
        if ((a.mant << 1) == 0)
            return FC_INF;
        return (a.mant >> 62) & 1 ? FC_QNAN : FC_SNAN;
    }
    return FC_NORMAL;
}

struct f80_unpacked f80_unpack(fpu_reg a) {
    struct f80_unpacked u = {f80_sign(a), f80_exp(a) - 16383, a.mant};
    if (f80_exp(a) == 0) { /* denormal or pseudo-denormal: exponent of 1 */
        int z = __builtin_clzll(a.mant);
        u.exp = -16382 - z;
        u.mant <<= z;
    }
    return u;
}

static u128 shr_sticky(u128 v, int d) {
    if (d <= 0)
        return v;
    if (d >= 128)
        return v != 0;
    return (v >> d) | ((v & (((u128)1 << d) - 1)) != 0);
}

/* Rounds v (leading bit at 127 or below) at bit `shift`: returns the rounded
 * value (may carry past bit 127, reported through *carry). */
static u128 round_at(unsigned rc, int sign, u128 v, int shift, int *inexact, int *inc, int *carry) {
    u128 unit = (u128)1 << shift;
    u128 rem = v & (unit - 1);
    u128 half = unit >> 1;
    v -= rem;
    *inexact = rem != 0;
    switch (rc) {
    case RC_NEAREST:
        *inc = rem > half || (rem == half && (v & unit));
        break;
    case RC_DOWN:
        *inc = rem && sign;
        break;
    case RC_UP:
        *inc = rem && !sign;
        break;
    default:
        *inc = 0;
        break;
    }
    *carry = 0;
    if (*inc) {
        u128 before = v;
        v += unit;
        *carry = v < before;
    }
    return v;
}

struct f80_rounded f80_round(struct f80_ctx *x, int sign, int32_t exp, u128 sig,
                             const struct f80_format *fmt, int reg_dest) {
    struct f80_rounded r = {sign, 0, exp, 0};
    unsigned rc = f80_rc(x);
    int shift = 128 - fmt->prec;
    int inexact, inc, carry;
    unsigned masked = x->cw;

    if (exp < fmt->emin) {
        /* Tiny before rounding; the x87 detects tininess after rounding, i.e.
         * a value that rounds (with unbounded exponent) to 2^emin is not tiny. */
        int tiny = 1;
        if (exp == fmt->emin - 1) {
            round_at(rc, sign, sig, shift, &inexact, &inc, &carry);
            tiny = !carry;
        }
        if (tiny && !(masked & FSW_UE)) {
            /* Unmasked underflow: no denormalization. */
            x->flags |= FSW_UE;
            if (!reg_dest)
                return r;
            if (exp + BIAS_ADJUST < fmt->emin) {
                /* Out of reach even with the bias adjustment: zero. */
                x->flags |= FSW_PE;
                return r;
            }
            sig = round_at(rc, sign, sig, shift, &inexact, &inc, &carry);
            if (carry) {
                sig = (u128)1 << 127;
                exp++;
            }
            if (inexact)
                x->flags |= FSW_PE;
            if (inc)
                x->flags |= FSW_C1;
            r.exp = exp + BIAS_ADJUST;
            r.sig = (uint64_t)(sig >> 64);
            return r;
        }
        sig = shr_sticky(sig, fmt->emin - exp);
        sig = round_at(rc, sign, sig, shift, &inexact, &inc, &carry);
        if (inexact) {
            x->flags |= FSW_PE;
            if (tiny)
                x->flags |= FSW_UE;
        }
        if (inc)
            x->flags |= FSW_C1;
        r.exp = fmt->emin;
        r.sig = (uint64_t)(sig >> 64);
        return r;
    }

    sig = round_at(rc, sign, sig, shift, &inexact, &inc, &carry);
    if (carry) {
        sig = (u128)1 << 127;
        exp++;
    }
    if (exp > fmt->emax) {
        if (!(masked & FSW_OE)) {
            x->flags |= FSW_OE;
            if (!reg_dest)
                return r;
            if (exp - BIAS_ADJUST > fmt->emax) {
                x->flags |= FSW_PE | FSW_C1;
                r.inf = 1;
                return r;
            }
            if (inexact)
                x->flags |= FSW_PE;
            if (inc)
                x->flags |= FSW_C1;
            r.exp = exp - BIAS_ADJUST;
            r.sig = (uint64_t)(sig >> 64);
            return r;
        }
        x->flags |= FSW_OE | FSW_PE;
        if (rc == RC_NEAREST || (rc == RC_UP && !sign) || (rc == RC_DOWN && sign)) {
            r.inf = 1;
            x->flags |= FSW_C1;
        } else {
            r.exp = fmt->emax;
            r.sig = ~0ull << (64 - fmt->prec);
        }
        return r;
    }
    if (inexact)
        x->flags |= FSW_PE;
    if (inc)
        x->flags |= FSW_C1;
    r.exp = exp;
    r.sig = (uint64_t)(sig >> 64);
    return r;
}

static fpu_reg pack_ext(const struct f80_rounded *r) {
    if (r->inf)
        return f80_inf(r->sign);
    if (r->sig == 0)
        return f80_zero(r->sign);
    if (!(r->sig >> 63))
        return f80_make(r->sign, 0, r->sig);
    return f80_make(r->sign, (unsigned)(r->exp + 16383) & 0x7FFF, r->sig);
}

fpu_reg f80_round_pack(struct f80_ctx *x, int sign, int32_t exp, u128 sig, int use_pc) {
    const struct f80_format *fmt = &fmt_ext[use_pc ? (x->cw >> 8) & 3 : 3];
    struct f80_rounded r = f80_round(x, sign, exp, sig, fmt, 1);
    return pack_ext(&r);
}

fpu_reg f80_normalize_round(struct f80_ctx *x, int sign, int32_t exp, uint64_t mant, int use_pc) {
    if (mant == 0)
        return f80_zero(sign);
    int z = __builtin_clzll(mant);
    return f80_round_pack(x, sign, exp - z, (u128)(mant << z) << 64, use_pc);
}

fpu_reg f80_invalid(struct f80_ctx *x) {
    x->flags |= FSW_IE;
    return F80_INDEFINITE;
}

fpu_reg f80_quiet_nan(struct f80_ctx *x, fpu_reg a) {
    if (f80_classify(a) == FC_SNAN)
        x->flags |= FSW_IE;
    a.mant |= 1ull << 62;
    return a;
}

/* Two NaNs: a QNaN beats an SNaN, else the larger significand wins. */
fpu_reg f80_propagate_nan(struct f80_ctx *x, fpu_reg a, fpu_reg b) {
    enum f80_class ka = f80_classify(a), kb = f80_classify(b);
    if (ka == FC_SNAN || kb == FC_SNAN)
        x->flags |= FSW_IE;
    if (!f80_is_nan(kb))
        return f80_quiet_nan(x, a);
    if (!f80_is_nan(ka))
        return f80_quiet_nan(x, b);
    if (ka != kb)
        return f80_quiet_nan(x, ka == FC_QNAN ? a : b);
    fpu_reg w = a;
    if ((b.mant << 1) > (a.mant << 1) ||
        ((b.mant << 1) == (a.mant << 1) && f80_sign(a) && !f80_sign(b)))
        w = b;
    return f80_quiet_nan(x, w);
}

int f80_special2(struct f80_ctx *x, fpu_reg a, fpu_reg b, enum f80_class *ka, enum f80_class *kb,
                 fpu_reg *res) {
    *ka = f80_classify(a);
    *kb = f80_classify(b);
    if (*ka == FC_UNSUPPORTED || *kb == FC_UNSUPPORTED) {
        *res = f80_invalid(x);
        return 1;
    }
    if (f80_is_nan(*ka) || f80_is_nan(*kb)) {
        *res = f80_propagate_nan(x, a, b);
        return 1;
    }
    return 0;
}

int f80_denormal(struct f80_ctx *x, enum f80_class ka, enum f80_class kb) {
    if (ka == FC_DENORMAL || kb == FC_DENORMAL || x->denormal_in) {
        x->flags |= FSW_DE;
        return !(x->cw & FSW_DE);
    }
    return 0;
}

int f80_special1(struct f80_ctx *x, fpu_reg a, enum f80_class *ka, fpu_reg *res) {
    *ka = f80_classify(a);
    if (*ka == FC_UNSUPPORTED) {
        *res = f80_invalid(x);
        return 1;
    }
    if (f80_is_nan(*ka)) {
        *res = f80_quiet_nan(x, a);
        return 1;
    }
    return 0;
}
