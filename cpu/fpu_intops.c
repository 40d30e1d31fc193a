/* x87 operations that work with integer parts and exponents: FRNDINT,
 * FSCALE, FPREM/FPREM1 and FXTRACT. All are exact except where the result
 * has to be rounded into range (FRNDINT's integer, FSCALE's under/overflow). */
#include "fpu_float80.h"

uint64_t f80_int_part(const struct f80_ctx *x, struct f80_unpacked u, int *inc, int *inexact) {
    int shift = 63 - u.exp; /* fraction bits; fixed point with 64 of them */
    u128 v = (u128)u.mant << 64;
    if (shift >= 128)
        v = 1;
    else if (shift > 0)
        v = (v >> shift) | ((v & (((u128)1 << shift) - 1)) != 0);
    uint64_t frac = (uint64_t)v, ip = (uint64_t)(v >> 64);
    switch (f80_rc(x)) {
    case RC_NEAREST: *inc = frac > (1ull << 63) || (frac == (1ull << 63) && (ip & 1)); break;
    case RC_DOWN: *inc = frac && u.sign; break;
    case RC_UP: *inc = frac && !u.sign; break;
    default: *inc = 0; break;
    }
    *inexact = frac != 0;
    return ip;
}

fpu_reg f80_rndint(struct f80_ctx *x, fpu_reg a) {
    enum f80_class ka;
    fpu_reg res;
    if (f80_special1(x, a, &ka, &res))
        return res;
    if (f80_denormal(x, ka, ka))
        return a;
    if (ka == FC_ZERO || ka == FC_INF)
        return a;
    struct f80_unpacked u = f80_unpack(a);
    if (u.exp >= 63)
        return a;
    int inc, inexact;
    uint64_t ip = f80_int_part(x, u, &inc, &inexact);
    if (inexact)
        x->flags |= FSW_PE | (inc ? FSW_C1 : 0);
    ip += (uint64_t)inc; /* below 2^63, cannot wrap */
    if (ip == 0)
        return f80_zero(u.sign);
    int z = __builtin_clzll(ip);
    return f80_make(u.sign, (unsigned)(16383 + 63 - z), ip << z);
}

fpu_reg f80_scale(struct f80_ctx *x, fpu_reg a, fpu_reg b) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, a, b, &ka, &kb, &res))
        return res;
    int sb = f80_sign(b);
    if ((ka == FC_INF && kb == FC_INF && sb) || (ka == FC_ZERO && kb == FC_INF && !sb))
        return f80_invalid(x);
    if (f80_denormal(x, ka, kb))
        return a;
    if (ka == FC_INF || ka == FC_ZERO)
        return a;
    if (kb == FC_INF)
        return sb ? f80_zero(f80_sign(a)) : f80_inf(f80_sign(a));
    /* Truncate b to an integer; beyond +-2^17 every result is out of range. */
    int32_t n = 0;
    if (kb != FC_ZERO) {
        struct f80_unpacked ub = f80_unpack(b);
        if (ub.exp >= 17)
            n = 1 << 17;
        else if (ub.exp >= 0)
            n = (int32_t)(ub.mant >> (63 - ub.exp));
        if (sb)
            n = -n;
    }
    struct f80_unpacked u = f80_unpack(a);
    return f80_round_pack(x, u.sign, u.exp + n, (u128)u.mant << 64, 0);
}

fpu_reg f80_prem(struct f80_ctx *x, fpu_reg a, fpu_reg b, int ieee, uint16_t *cc) {
    enum f80_class ka, kb;
    fpu_reg res;
    *cc = 0;
    if (f80_special2(x, a, b, &ka, &kb, &res))
        return res;
    if (ka == FC_INF || kb == FC_ZERO)
        return f80_invalid(x);
    if (f80_denormal(x, ka, kb))
        return a;
    if (ka == FC_ZERO)
        return a;
    struct f80_unpacked ua = f80_unpack(a), ub = f80_unpack(b);
    int32_t d = kb == FC_INF ? -2 : ua.exp - ub.exp;
    int sign = ua.sign;
    uint64_t q = 0, r;
    int32_t rexp;
    if (d >= 64) {
        /* Partial remainder: reduce the exponent difference by 32 to 63. */
        int n = (d & 31) | 32;
        u128 num = (u128)ua.mant << n;
        q = (uint64_t)(num / ub.mant);
        r = (uint64_t)(num % ub.mant);
        rexp = ua.exp - n;
        *cc = FSW_C2;
        if (r == 0)
            return f80_zero(sign);
        return f80_normalize_round(x, sign, rexp, r, 0);
    }
    if (d < 0) {
        /* |a| < |b|: the quotient is 0, or 1 when FPREM1 rounds a/b > 1/2. */
        if (ieee && d == -1 && ua.mant > ub.mant) {
            q = 1;
            r = (uint64_t)(((u128)ub.mant << 1) - ua.mant); /* b - a, in a's units */
            sign = !sign;
            rexp = ua.exp;
        } else {
            r = ua.mant;
            rexp = ua.exp;
        }
    } else {
        u128 num = (u128)ua.mant << d;
        q = (uint64_t)(num / ub.mant);
        r = (uint64_t)(num % ub.mant);
        rexp = ub.exp;
        if (ieee && (r > ub.mant - r || (r == ub.mant - r && (q & 1)))) {
            q++;
            r = ub.mant - r;
            sign = !sign;
        }
    }
    *cc = (uint16_t)(((q & 4) ? FSW_C0 : 0) | ((q & 2) ? FSW_C3 : 0) | ((q & 1) ? FSW_C1 : 0));
    if (r == 0)
        return f80_zero(ua.sign);
    return f80_normalize_round(x, sign, rexp, r, 0);
}

fpu_reg f80_xtract(struct f80_ctx *x, fpu_reg a, fpu_reg *sig) {
    enum f80_class ka;
    fpu_reg res;
    if (f80_special1(x, a, &ka, &res)) {
        *sig = res;
        return res;
    }
    if (f80_denormal(x, ka, ka)) {
        *sig = a;
        return a;
    }
    if (ka == FC_ZERO) {
        x->flags |= FSW_ZE;
        *sig = a;
        return f80_inf(1);
    }
    if (ka == FC_INF) {
        *sig = a;
        return f80_inf(0);
    }
    struct f80_unpacked u = f80_unpack(a);
    *sig = f80_make(u.sign, 0x3FFF, u.mant);
    return f80_from_int(u.exp);
}
