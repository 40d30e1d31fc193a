/* x87 basic arithmetic: add, subtract, multiply, divide and square root,
 * computed exactly on 64-bit significands in 128-bit integers (with a sticky
 * bit for what lies beyond) and rounded once by f80_round. */
#include "fpu_float80.h"

static fpu_reg add_sub(struct f80_ctx *x, fpu_reg a, fpu_reg b, int negate_b) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, a, b, &ka, &kb, &res))
        return res;
    if (negate_b)
        b = f80_neg(b);
    int sa = f80_sign(a), sb = f80_sign(b);
    if (ka == FC_INF && kb == FC_INF && sa != sb)
        return f80_invalid(x);
    if (f80_denormal(x, ka, kb))
        return a;
    if (ka == FC_INF || kb == FC_INF)
        return ka == FC_INF ? a : b;
    if (ka == FC_ZERO && kb == FC_ZERO)
        return f80_zero(sa == sb ? sa : f80_rc(x) == RC_DOWN);
    if (kb == FC_ZERO) {
        struct f80_unpacked u = f80_unpack(a);
        return f80_normalize_round(x, u.sign, u.exp, u.mant, 1);
    }
    if (ka == FC_ZERO) {
        struct f80_unpacked u = f80_unpack(b);
        return f80_normalize_round(x, u.sign, u.exp, u.mant, 1);
    }
    struct f80_unpacked ua = f80_unpack(a), ub = f80_unpack(b);
    if (ua.exp < ub.exp || (ua.exp == ub.exp && ua.mant < ub.mant)) {
        struct f80_unpacked t = ua;
        ua = ub;
        ub = t;
    }
    /* |a| >= |b|. Significands at bit 126, leaving bit 127 for the carry. */
    u128 ma = (u128)ua.mant << 63, mb = (u128)ub.mant << 63;
    int d = ua.exp - ub.exp;
    if (d >= 128)
        mb = mb != 0;
    else if (d > 0)
        mb = (mb >> d) | ((mb & (((u128)1 << d) - 1)) != 0);
    u128 s;
    if (ua.sign == ub.sign) {
        s = ma + mb;
    } else {
        s = ma - mb;
        if (s == 0)
            return f80_zero(f80_rc(x) == RC_DOWN);
    }
    /* The leading one of s is at bit 127 - z and stands for 2^exp with
     * exp = ua.exp + 1 - z. */
    uint64_t hi = (uint64_t)(s >> 64);
    int z = hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)s);
    return f80_round_pack(x, ua.sign, ua.exp + 1 - z, s << z, 1);
}

fpu_reg f80_add(struct f80_ctx *x, fpu_reg a, fpu_reg b) { return add_sub(x, a, b, 0); }
fpu_reg f80_sub(struct f80_ctx *x, fpu_reg a, fpu_reg b) { return add_sub(x, a, b, 1); }

fpu_reg f80_mul(struct f80_ctx *x, fpu_reg a, fpu_reg b) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, a, b, &ka, &kb, &res))
        return res;
    int sign = f80_sign(a) ^ f80_sign(b);
    if ((ka == FC_INF && kb == FC_ZERO) || (ka == FC_ZERO && kb == FC_INF))
        return f80_invalid(x);
    if (f80_denormal(x, ka, kb))
        return a;
    if (ka == FC_INF || kb == FC_INF)
        return f80_inf(sign);
    if (ka == FC_ZERO || kb == FC_ZERO)
        return f80_zero(sign);
    struct f80_unpacked ua = f80_unpack(a), ub = f80_unpack(b);
    u128 p = (u128)ua.mant * ub.mant; /* in [2^126, 2^128) */
    int32_t exp = ua.exp + ub.exp;
    if (p >> 127)
        exp++;
    else
        p <<= 1;
    return f80_round_pack(x, sign, exp, p, 1);
}

fpu_reg f80_div(struct f80_ctx *x, fpu_reg a, fpu_reg b) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, a, b, &ka, &kb, &res))
        return res;
    int sign = f80_sign(a) ^ f80_sign(b);
    if ((ka == FC_INF && kb == FC_INF) || (ka == FC_ZERO && kb == FC_ZERO))
        return f80_invalid(x);
    if (kb == FC_ZERO && ka != FC_INF) {
        x->flags |= FSW_ZE;
        return f80_inf(sign);
    }
    if (f80_denormal(x, ka, kb))
        return a;
    if (ka == FC_INF)
        return f80_inf(sign);
    if (kb == FC_INF)
        return f80_zero(sign);
    if (ka == FC_ZERO)
        return f80_zero(sign);
    struct f80_unpacked ua = f80_unpack(a), ub = f80_unpack(b);
    int32_t exp;
    u128 q = f80_quotient(ua, ub, &exp);
    return f80_round_pack(x, sign, exp, q, 1);
}

u128 f80_quotient(struct f80_unpacked a, struct f80_unpacked b, int32_t *exp) {
    u128 n;
    *exp = a.exp - b.exp;
    if (a.mant >= b.mant) {
        n = (u128)a.mant << 63;
    } else {
        n = (u128)a.mant << 64;
        (*exp)--;
    }
    uint64_t q1 = (uint64_t)(n / b.mant); /* bit 63 set */
    u128 r = n % b.mant;
    u128 n2 = r << 64;
    uint64_t q2 = (uint64_t)(n2 / b.mant);
    int sticky = (n2 % b.mant) != 0;
    return ((u128)q1 << 64) | q2 | (u128)sticky;
}

/* floor(sqrt(n)) for n < 2^128, and the remainder n - root^2. */
static uint64_t isqrt128(u128 n, u128 *rem) {
    u128 r = 0, root = 0;
    for (int k = 0; k < 64; k++) {
        r = (r << 2) | (n >> 126);
        n <<= 2;
        root <<= 1;
        u128 t = (root << 1) | 1;
        if (r >= t) {
            r -= t;
            root |= 1;
        }
    }
    *rem = r;
    return (uint64_t)root;
}

fpu_reg f80_sqrt(struct f80_ctx *x, fpu_reg a) {
    enum f80_class ka;
    fpu_reg res;
    if (f80_special1(x, a, &ka, &res))
        return res;
    if (ka == FC_ZERO)
        return a;
    if (f80_sign(a))
        return f80_invalid(x);
    if (f80_denormal(x, ka, ka))
        return a;
    if (ka == FC_INF)
        return a;
    struct f80_unpacked u = f80_unpack(a);
    /* value = mant * 2^(exp-63); make the exponent even. */
    u128 n = (u128)u.mant << (63 + (u.exp & 1));
    u128 rem;
    uint64_t root = isqrt128(n, &rem);
    u128 sig = (u128)root << 64;
    if (rem > root)
        sig |= (u128)1 << 63; /* at least half an ulp more (never exactly half) */
    if (rem)
        sig |= 1;
    return f80_round_pack(x, 0, u.exp >> 1, sig, 1);
}
