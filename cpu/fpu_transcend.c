/* x87 transcendental functions: FSIN FCOS FPTAN FPATAN F2XM1 FYL2X FYL2XP1.
 * The special operands (NaN, infinities, zeros, domain errors, denormals)
 * follow the manuals' tables exactly; finite results come from the host's
 * long double libm and are rounded into the destination with the precision
 * flag set, so they are correctly formatted but may differ from a real x87
 * in the last bit (and lose precision where long double is narrower than 64
 * bits). Argument reduction is exact here, unlike the x87's 66-bit pi. */
#include "fpu_transcend.h"
#include <math.h>

static long double to_ld(fpu_reg a) {
    struct f80_unpacked u = f80_unpack(a);
    long double v = ldexpl((long double)u.mant, u.exp - 63);
    return u.sign ? -v : v;
}

/* Rounds a host result into a register value; `exact` says the host result
 * is known to be exact (else PE is raised, and UE for tiny results). */
static fpu_reg from_ld(struct f80_ctx *x, long double v, int exact) {
    if (v == 0)
        return f80_zero(signbit(v) != 0);
    if (isinf(v))
        return f80_inf(v < 0);
    int sign = v < 0, e;
    long double m = frexpl(fabsl(v), &e); /* [0.5, 1) */
    uint64_t hi = (uint64_t)ldexpl(m, 64);
    long double rest = ldexpl(m, 64) - (long double)hi;
    uint64_t lo = (uint64_t)ldexpl(rest, 64);
    u128 sig = ((u128)hi << 64) | lo;
    if (!exact)
        sig |= 1;
    return f80_round_pack(x, sign, e - 1, sig, 0);
}

static int is_finite_nonzero(enum f80_class k) { return k == FC_NORMAL || k == FC_DENORMAL; }

/* |a| >= 2^63: the x87's trigonometric instructions leave it alone (C2). */
int f80_trig_out_of_range(fpu_reg a) {
    enum f80_class k = f80_classify(a);
    return is_finite_nonzero(k) && f80_exp(a) >= 16383 + 63;
}

/* A host long double as a register value, exactly (it has at most 64
 * significant bits and the same exponent range). */
static fpu_reg ld_exact(long double v) {
    struct f80_ctx t = f80_ctx_make(FCW_DEFAULT);
    return from_ld(&t, v, 1);
}

/* The value just below (or above) |a| * 2^adj: a correctly rounded result
 * for f(x) = x - (tiny) or x + (tiny), e.g. sin and tan of small x. */
static fpu_reg nudge(struct f80_ctx *x, fpu_reg a, int up) {
    struct f80_unpacked u = f80_unpack(a);
    u128 s = (u128)u.mant << 64;
    if (up) {
        s |= 1;
    } else {
        s -= 1;
        if (!(s >> 127)) {
            s = (s << 1) | 1;
            u.exp--;
        }
    }
    return f80_round_pack(x, u.sign, u.exp, s, 0);
}

/* Unbiased exponent of a finite nonzero value. */
static int32_t exponent(fpu_reg a) { return f80_unpack(a).exp; }

/* Products kept to 128 bits (sticky in bit 0) and any exponent, so that a
 * chain of them is rounded once into the destination's range. */
struct wide {
    int sign;
    int32_t exp;
    u128 sig; /* bit 127 set */
};

static struct wide wide_of(fpu_reg a) {
    struct f80_unpacked u = f80_unpack(a);
    return (struct wide){u.sign, u.exp, (u128)u.mant << 64};
}

static struct wide wide_mul(struct wide a, struct wide b) {
    uint64_t ah = (uint64_t)(a.sig >> 64), al = (uint64_t)a.sig;
    uint64_t bh = (uint64_t)(b.sig >> 64), bl = (uint64_t)b.sig;
    u128 hh = (u128)ah * bh, hl = (u128)ah * bl, lh = (u128)al * bh, ll = (u128)al * bl;
    u128 mid = (hl & ~0ull) + (lh & ~0ull) + (ll >> 64);
    u128 hi = hh + (hl >> 64) + (lh >> 64) + (mid >> 64);
    int sticky = ((uint64_t)mid | (uint64_t)ll) != 0;
    struct wide r = {a.sign ^ b.sign, a.exp + b.exp, hi};
    if (hi >> 127) {
        r.exp++;
    } else {
        r.sig = (hi << 1) | (((uint64_t)mid >> 63) & 1);
    }
    r.sig |= (u128)sticky;
    return r;
}

static fpu_reg wide_round(struct f80_ctx *x, struct wide w) {
    w.sig |= 1; /* the chain stands for an inexact value */
    return f80_round_pack(x, w.sign, w.exp, w.sig, 0);
}

/* Shared prologue of one-operand functions: NaN, unsupported, infinity
 * (invalid unless inf_ok), zero (returned as is), denormal (DE). Returns 1
 * with *res set when the result is decided, -1 for an allowed infinity. */
static int special1(struct f80_ctx *x, fpu_reg a, fpu_reg *res, int inf_ok) {
    enum f80_class k;
    if (f80_special1(x, a, &k, res))
        return 1;
    if (k == FC_INF && !inf_ok) {
        *res = f80_invalid(x);
        return 1;
    }
    if (f80_denormal(x, k, k) || k == FC_ZERO) {
        *res = a;
        return 1;
    }
    return k == FC_INF ? -1 : 0;
}

/* Below 2^-40 the first term of sin and tan decides the result (the next is
 * 2^-80 relative); 2^x-1 and log2(1+x) need 2^-70, their next term being
 * of the order of x. */
#define TINY (-40)
#define TINY_LINEAR (-70)

fpu_reg f80_sin(struct f80_ctx *x, fpu_reg a) {
    fpu_reg r;
    if (special1(x, a, &r, 0))
        return r;
    if (exponent(a) < TINY)
        return nudge(x, a, 0);
    return from_ld(x, sinl(to_ld(a)), 0);
}

fpu_reg f80_cos(struct f80_ctx *x, fpu_reg a) {
    fpu_reg r;
    if (f80_classify(a) == FC_ZERO)
        return F80_ONE;
    if (special1(x, a, &r, 0))
        return r;
    if (exponent(a) < TINY)
        return nudge(x, F80_ONE, 0);
    return from_ld(x, cosl(to_ld(a)), 0);
}

fpu_reg f80_tan(struct f80_ctx *x, fpu_reg a) {
    fpu_reg r;
    if (special1(x, a, &r, 0))
        return r;
    if (exponent(a) < TINY)
        return nudge(x, a, 1);
    return from_ld(x, tanl(to_ld(a)), 0);
}

fpu_reg f80_2xm1(struct f80_ctx *x, fpu_reg a) {
    fpu_reg r;
    int s = special1(x, a, &r, 1);
    if (s > 0)
        return r;
    if (s < 0)
        return f80_sign(a) ? f80_neg(F80_ONE) : a;
    if (exponent(a) < TINY_LINEAR) /* x * ln2 */
        return wide_round(x, wide_mul(wide_of(a), wide_of(f80_constant(RC_NEAREST, FK_LN2))));
    long double v = to_ld(a);
    return from_ld(
        x, fabsl(v) < 0.5L ? expm1l(v * 0.693147180559945309417232121458176568L) : exp2l(v) - 1, 0);
}

/* y * L with L inexact: the product rounded (over/underflow handled in full
 * range), PE raised. */
static fpu_reg times_inexact(struct f80_ctx *x, fpu_reg y, fpu_reg l) {
    fpu_reg r = f80_mul(x, y, l);
    if (!f80_suppressed(x))
        x->flags |= FSW_PE;
    return r;
}

/* ST(1) * log2(ST(0)). */
fpu_reg f80_yl2x(struct f80_ctx *x, fpu_reg st0, fpu_reg st1) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, st0, st1, &ka, &kb, &res))
        return res;
    int sa = f80_sign(st0), sb = f80_sign(st1);
    int one = ka == FC_NORMAL && st0.se == 0x3FFF && st0.mant == 1ull << 63;
    if ((sa && ka != FC_ZERO) || (ka == FC_ZERO && kb == FC_ZERO) ||
        (ka == FC_INF && kb == FC_ZERO) || (one && kb == FC_INF))
        return f80_invalid(x);
    if (ka == FC_ZERO && kb != FC_INF) {
        x->flags |= FSW_ZE;
        return f80_inf(!sb);
    }
    if (f80_denormal(x, ka, kb))
        return st0;
    if (ka == FC_ZERO)
        return f80_inf(!sb);
    if (ka == FC_INF)
        return f80_inf(sb);
    if (kb == FC_INF) {
        int below_one = f80_exp(st0) < 0x3FFF;
        return f80_inf(sb ^ below_one);
    }
    struct f80_unpacked u = f80_unpack(st0);
    if (u.mant == 1ull << 63) /* a power of two: log2 is the exponent, exactly */
        return f80_mul(x, st1, f80_from_int(u.exp));
    return times_inexact(x, st1, ld_exact(log2l(to_ld(st0))));
}

/* ST(1) * log2(ST(0) + 1). */
fpu_reg f80_yl2xp1(struct f80_ctx *x, fpu_reg st0, fpu_reg st1) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, st0, st1, &ka, &kb, &res))
        return res;
    int sa = f80_sign(st0), sb = f80_sign(st1);
    if ((ka == FC_ZERO && kb == FC_INF) || (ka == FC_INF && (kb == FC_ZERO || sa)))
        return f80_invalid(x);
    if (f80_denormal(x, ka, kb))
        return st0;
    if (ka == FC_ZERO || kb == FC_ZERO)
        return f80_zero(sa ^ sb);
    if (ka == FC_INF)
        return f80_inf(sb);
    if (kb == FC_INF)
        return f80_inf(sa ^ sb);
    if (exponent(st0) < TINY_LINEAR) { /* y * x * log2(e) */
        struct wide w = wide_mul(wide_of(st0), wide_of(f80_constant(RC_NEAREST, FK_L2E)));
        return wide_round(x, wide_mul(w, wide_of(st1)));
    }
    fpu_reg l = ld_exact(log1pl(to_ld(st0)) / 0.693147180559945309417232121458176568L);
    return times_inexact(x, st1, l);
}

/* arctan(ST(1) / ST(0)) with the quadrant from both signs. */
fpu_reg f80_patan(struct f80_ctx *x, fpu_reg st0, fpu_reg st1) {
    enum f80_class ka, kb;
    fpu_reg res;
    if (f80_special2(x, st1, st0, &kb, &ka, &res))
        return res;
    if (f80_denormal(x, ka, kb))
        return st0;
    if (is_finite_nonzero(ka) && is_finite_nonzero(kb) && !f80_sign(st0) &&
        exponent(st1) - exponent(st0) < TINY) {
        /* atan(t) = t - t^3/3: just below the quotient */
        struct f80_unpacked u1 = f80_unpack(st1), u0 = f80_unpack(st0);
        int32_t exp;
        u128 q = f80_quotient(u1, u0, &exp) - 1;
        if (!(q >> 127)) {
            q = (q << 1) | 1;
            exp--;
        }
        return f80_round_pack(x, u1.sign, exp, q | 1, 0);
    }
    long double v = atan2l(to_ld(st1), to_ld(st0));
    int exact = kb == FC_ZERO && !f80_sign(st0);
    return from_ld(x, v, exact);
}
