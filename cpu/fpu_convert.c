/* Conversions between the x87's 80-bit registers and the memory formats:
 * 32- and 64-bit reals, 16/32/64-bit integers, 18-digit packed BCD, and the
 * built-in constants. Loads are exact; stores round by the rounding control
 * into the destination's precision and exponent range. */
#include "fpu_float80.h"

static const struct f80_format fmt_sgl = {24, -126, 127};
static const struct f80_format fmt_dbl = {53, -1022, 1023};

/* A binary interchange value with `fbits` fraction bits and exponent bias
 * `bias` (the exponent field is all ones at 2*bias+1), widened exactly. */
static fpu_reg widen(int sign, unsigned e, uint64_t f, int fbits, int bias, int *denormal) {
    unsigned emax = 2u * (unsigned)bias + 1;
    *denormal = 0;
    if (e == emax) {
        if (f == 0)
            return f80_inf(sign);
        return f80_make(sign, 0x7FFF, (1ull << 63) | (f << (63 - fbits)));
    }
    if (e == 0) {
        if (f == 0)
            return f80_zero(sign);
        *denormal = 1;
        int z = __builtin_clzll(f);
        /* value = f * 2^(1 - bias - fbits) */
        int32_t exp = 1 - bias - fbits + (63 - z);
        return f80_make(sign, (unsigned)(exp + 16383), f << z);
    }
    return f80_make(sign, e - (unsigned)bias + 16383, (1ull << 63) | (f << (63 - fbits)));
}

fpu_reg f80_widen_f32(uint32_t v, int *denormal) {
    return widen(v >> 31, (v >> 23) & 0xFF, v & 0x7FFFFF, 23, 127, denormal);
}

fpu_reg f80_widen_f64(uint64_t v, int *denormal) {
    return widen((int)(v >> 63), (unsigned)(v >> 52) & 0x7FF, v & 0xFFFFFFFFFFFFFull, 52, 1023,
                 denormal);
}

/* FLD m32/m64: SNaNs are quieted with IE, denormals raise DE. */
static fpu_reg load_real(struct f80_ctx *x, fpu_reg r, int denormal) {
    if (denormal)
        x->flags |= FSW_DE;
    if (f80_is_nan(f80_classify(r)))
        r = f80_quiet_nan(x, r);
    return r;
}

fpu_reg f80_from_f32(struct f80_ctx *x, uint32_t v) {
    int d;
    fpu_reg r = f80_widen_f32(v, &d);
    return load_real(x, r, d);
}

fpu_reg f80_from_f64(struct f80_ctx *x, uint64_t v) {
    int d;
    fpu_reg r = f80_widen_f64(v, &d);
    return load_real(x, r, d);
}

fpu_reg f80_from_int(int64_t v) {
    if (v == 0)
        return f80_zero(0);
    int sign = v < 0;
    uint64_t m = sign ? 0 - (uint64_t)v : (uint64_t)v;
    int z = __builtin_clzll(m);
    return f80_make(sign, (unsigned)(16383 + 63 - z), m << z);
}

/* Rounds a register value into a binary interchange format. Returns 0 when
 * nothing may be stored; *out gets sign, exponent field and fraction bits. */
static int to_ieee(struct f80_ctx *x, fpu_reg a, const struct f80_format *fmt, int fbits,
                   uint64_t *out) {
    int bias = fmt->emax;
    uint64_t sign = (uint64_t)f80_sign(a) << (fbits + (fbits == 23 ? 8 : 11));
    uint64_t expmax = (uint64_t)(2 * bias + 1) << fbits;
    switch (f80_classify(a)) {
    case FC_UNSUPPORTED:
        x->flags |= FSW_IE;
        *out = (1ull << (fbits + (fbits == 23 ? 8 : 11))) | expmax | (1ull << (fbits - 1));
        return !f80_unmasked(x);
    case FC_SNAN:
    case FC_QNAN:
        a = f80_quiet_nan(x, a);
        *out = sign | expmax | ((a.mant << 1) >> (64 - fbits));
        return !f80_unmasked(x);
    case FC_INF:
        *out = sign | expmax;
        return 1;
    case FC_ZERO:
        *out = sign;
        return 1;
    default:
        break;
    }
    struct f80_unpacked u = f80_unpack(a);
    struct f80_rounded r = f80_round(x, u.sign, u.exp, (u128)u.mant << 64, fmt, 0);
    if (f80_unmasked(x) & (FSW_OE | FSW_UE))
        return 0;
    if (r.inf)
        *out = sign | expmax;
    else if (r.sig == 0)
        *out = sign;
    else if (r.sig >> 63)
        *out = sign | ((uint64_t)(r.exp + bias) << fbits) | ((r.sig << 1) >> (64 - fbits));
    else
        *out = sign | (r.sig >> (63 - fbits));
    return 1;
}

int f80_to_f32(struct f80_ctx *x, fpu_reg a, uint32_t *out) {
    uint64_t v = 0;
    int ok = to_ieee(x, a, &fmt_sgl, 23, &v);
    *out = (uint32_t)v;
    return ok;
}

int f80_to_f64(struct f80_ctx *x, fpu_reg a, uint64_t *out) {
    return to_ieee(x, a, &fmt_dbl, 52, out);
}

/* Rounds a finite value to an integer magnitude by the rounding control.
 * Returns 0 if the magnitude is 2^64 or more. */
static int round_to_integer(struct f80_ctx *x, fpu_reg a, uint64_t *mag) {
    if (f80_classify(a) == FC_ZERO) {
        *mag = 0;
        return 1;
    }
    struct f80_unpacked u = f80_unpack(a);
    if (u.exp >= 64)
        return 0;
    int inc, inexact;
    uint64_t ip = f80_int_part(x, u, &inc, &inexact);
    if (inc && ip == ~0ull)
        return 0;
    *mag = ip + (uint64_t)inc;
    if (inexact)
        x->flags |= FSW_PE | (inc ? FSW_C1 : 0);
    return 1;
}

int f80_to_int(struct f80_ctx *x, fpu_reg a, int bits, int64_t *out) {
    uint64_t lim = 1ull << (bits - 1), mag;
    enum f80_class k = f80_classify(a);
    struct f80_ctx t = *x;
    if (k == FC_NORMAL || k == FC_DENORMAL || k == FC_ZERO) {
        if (round_to_integer(&t, a, &mag) && (mag < lim || (mag == lim && f80_sign(a)))) {
            *x = t;
            *out = f80_sign(a) ? (int64_t)(0 - mag) : (int64_t)mag;
            return 1;
        }
    }
    x->flags |= FSW_IE;
    *out = bits == 64 ? INT64_MIN : -(int64_t)lim;
    return !f80_unmasked(x);
}

fpu_reg f80_from_bcd(const uint8_t bcd[10]) {
    uint64_t v = 0;
    for (int k = 8; k >= 0; k--)
        v = v * 100 + (uint64_t)(bcd[k] >> 4) * 10 + (bcd[k] & 15);
    fpu_reg r = f80_from_int((int64_t)v);
    if (bcd[9] & 0x80)
        r = f80_neg(r);
    return r;
}

int f80_to_bcd(struct f80_ctx *x, fpu_reg a, uint8_t bcd[10]) {
    enum f80_class k = f80_classify(a);
    struct f80_ctx t = *x;
    uint64_t mag;
    if ((k == FC_NORMAL || k == FC_DENORMAL || k == FC_ZERO) && round_to_integer(&t, a, &mag) &&
        mag <= 999999999999999999ull) {
        *x = t;
        for (int i = 0; i < 9; i++) {
            bcd[i] = (uint8_t)((mag % 10) | ((mag / 10 % 10) << 4));
            mag /= 100;
        }
        bcd[9] = f80_sign(a) ? 0x80 : 0;
        return 1;
    }
    x->flags |= FSW_IE;
    for (int i = 0; i < 7; i++)
        bcd[i] = 0;
    bcd[7] = 0xC0;
    bcd[8] = bcd[9] = 0xFF;
    return !f80_unmasked(x);
}

/* The constants' 64-bit significands truncated, and whether the bits beyond
 * are above half an ulp (none is exactly half or exact except 1 and 0). */
static const struct {
    uint16_t exp;
    uint64_t mant;
    uint8_t above_half, inexact;
} consts[] = {
    [FK_ONE] = {0x3FFF, 0x8000000000000000ull, 0, 0},
    [FK_L2T] = {0x4000, 0xD49A784BCD1B8AFEull, 0, 1},
    [FK_L2E] = {0x3FFF, 0xB8AA3B295C17F0BBull, 1, 1},
    [FK_PI] = {0x4000, 0xC90FDAA22168C234ull, 1, 1},
    [FK_LG2] = {0x3FFD, 0x9A209A84FBCFF798ull, 1, 1},
    [FK_LN2] = {0x3FFE, 0xB17217F7D1CF79ABull, 1, 1},
    [FK_ZERO] = {0, 0, 0, 0},
};

fpu_reg f80_constant(unsigned rc, enum f80_const k) {
    uint64_t m = consts[k].mant;
    if ((rc == RC_NEAREST && consts[k].above_half) || (rc == RC_UP && consts[k].inexact))
        m++;
    return f80_make(0, consts[k].exp, m);
}
