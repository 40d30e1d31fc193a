/* x87 extended-precision arithmetic on integers: the values of fpu_reg
 * (sign, 15-bit biased exponent, 64-bit significand with explicit integer
 * bit), rounded as the x87 rounds under its control word (precision control
 * 24/53/64 bits, four rounding modes, exception masks) and reporting the
 * status-word bits it sets (IE DE ZE OE UE PE and C1).
 *
 * These functions know nothing of the CPU: they take a context holding the
 * control word and collect the flags. When an operation meets an unmasked
 * invalid-operation, denormal-operand or zero-divide condition it stops and
 * the caller must leave the destination alone (f80_suppressed). Unmasked
 * overflow and underflow deliver the result with its exponent wrapped by
 * 24576 (the x87's bias adjustment) for register destinations. */
#ifndef TWIN86_FPU_FLOAT80_H
#define TWIN86_FPU_FLOAT80_H

#include "fpu_state.h"
#include <stdint.h>

typedef unsigned __int128 u128;

/* Status word bits. */
enum {
    FSW_IE = 0x0001,
    FSW_DE = 0x0002,
    FSW_ZE = 0x0004,
    FSW_OE = 0x0008,
    FSW_UE = 0x0010,
    FSW_PE = 0x0020,
    FSW_SF = 0x0040,
    FSW_ES = 0x0080,
    FSW_C0 = 0x0100,
    FSW_C1 = 0x0200,
    FSW_C2 = 0x0400,
    FSW_TOP = 0x3800,
    FSW_C3 = 0x4000,
    FSW_B = 0x8000,
};
#define FSW_EXC 0x003Fu /* the six exception flags (also the control word's masks) */
#define FSW_CC (FSW_C0 | FSW_C1 | FSW_C2 | FSW_C3)

/* Control word: exception masks in bits 0-5, PC in 8-9, RC in 10-11. */
enum { RC_NEAREST, RC_DOWN, RC_UP, RC_ZERO };
enum { PC_24 = 0, PC_53 = 2, PC_64 = 3 };
#define FCW_DEFAULT 0x037Fu

struct f80_ctx {
    uint16_t cw;         /* in: control word */
    uint16_t flags;      /* out: FSW_IE..FSW_PE raised, and FSW_C1 when the result was rounded up */
    uint8_t denormal_in; /* in: an operand was a denormal in its memory format */
};

static inline struct f80_ctx f80_ctx_make(uint16_t cw) { return (struct f80_ctx){cw, 0, 0}; }
static inline unsigned f80_rc(const struct f80_ctx *x) { return (x->cw >> 10) & 3; }
/* Exceptions raised and not masked. */
static inline unsigned f80_unmasked(const struct f80_ctx *x) { return x->flags & ~x->cw & FSW_EXC; }
/* The operation delivered no result (unmasked IE, DE or ZE). */
static inline int f80_suppressed(const struct f80_ctx *x) {
    return (f80_unmasked(x) & (FSW_IE | FSW_DE | FSW_ZE)) != 0;
}

/* Classes of an 80-bit value. Unsupported encodings (unnormals, pseudo-NaN,
 * pseudo-infinity) are invalid operands; pseudo-denormals count as denormals. */
enum f80_class { FC_ZERO, FC_NORMAL, FC_DENORMAL, FC_INF, FC_QNAN, FC_SNAN, FC_UNSUPPORTED };
enum f80_class f80_classify(fpu_reg a);
static inline int f80_sign(fpu_reg a) { return a.se >> 15; }
static inline int f80_exp(fpu_reg a) { return a.se & 0x7FFF; }
static inline int f80_is_nan(enum f80_class k) { return k == FC_QNAN || k == FC_SNAN; }
static inline fpu_reg f80_make(int sign, unsigned exp, uint64_t mant) {
    return (fpu_reg){mant, (uint16_t)((sign ? 0x8000u : 0) | exp)};
}
static inline fpu_reg f80_neg(fpu_reg a) {
    a.se ^= 0x8000;
    return a;
}
static inline fpu_reg f80_abs(fpu_reg a) {
    a.se &= 0x7FFF;
    return a;
}
static inline fpu_reg f80_zero(int sign) { return f80_make(sign, 0, 0); }
static inline fpu_reg f80_inf(int sign) { return f80_make(sign, 0x7FFF, 1ull << 63); }
#define F80_INDEFINITE ((fpu_reg){0xC000000000000000ull, 0xFFFF})
#define F80_ONE ((fpu_reg){1ull << 63, 0x3FFF})

/* A finite nonzero value taken apart: value = mant * 2^(exp - 63), with
 * mant's bit 63 set (denormals are normalized, exp may go below -16382). */
struct f80_unpacked {
    int sign;
    int32_t exp;
    uint64_t mant;
};

/* The integer part of a finite unpacked value with u.exp < 64, and the rounding
 * control's verdict: *inc says whether to add one to the magnitude, *inexact
 * whether a fraction was dropped. Shared by FRNDINT and the integer stores. */
uint64_t f80_int_part(const struct f80_ctx *x, struct f80_unpacked u, int *inc, int *inexact);
struct f80_unpacked f80_unpack(fpu_reg a);

/* Rounding of an exact value sign * sig * 2^(exp - 127) (sig's bit 127 set;
 * bit 0 may hold a sticky bit) to a format of `prec` bits and normal
 * exponents emin..emax. `reg_dest`: unmasked overflow/underflow wrap the
 * exponent (register destination) instead of delivering nothing (memory). */
struct f80_format {
    int prec, emin, emax;
};
struct f80_rounded {
    int sign;
    int inf;      /* overflowed to infinity */
    int32_t exp;  /* unbiased; emin for denormals */
    uint64_t sig; /* bit 63 set for normals, clear for denormals, 0 for zero */
};
struct f80_rounded f80_round(struct f80_ctx *x, int sign, int32_t exp, u128 sig,
                             const struct f80_format *fmt, int reg_dest);
/* Rounds to extended precision with the control word's precision control
 * (pc != 0) or to the full 64 bits (pc == 0), and packs. */
fpu_reg f80_round_pack(struct f80_ctx *x, int sign, int32_t exp, u128 sig, int use_pc);
/* Normalizes and rounds sign * mant * 2^(exp - 63) (mant may be unnormalized). */
fpu_reg f80_normalize_round(struct f80_ctx *x, int sign, int32_t exp, uint64_t mant, int use_pc);

/* NaN handling for operations on two operands: raises IE for SNaNs and
 * picks the NaN the x87 delivers (quieted). */
fpu_reg f80_propagate_nan(struct f80_ctx *x, fpu_reg a, fpu_reg b);
fpu_reg f80_quiet_nan(struct f80_ctx *x, fpu_reg a);
/* Classifies the operands and answers the cases every arithmetic operation
 * shares, unsupported formats and NaNs (result in *res, returns 1). */
int f80_special2(struct f80_ctx *x, fpu_reg a, fpu_reg b, enum f80_class *ka, enum f80_class *kb,
                 fpu_reg *res);
int f80_special1(struct f80_ctx *x, fpu_reg a, enum f80_class *ka, fpu_reg *res);
/* Denormal operands: DE, checked after the invalid and zero-divide cases as
 * the x87 does. Returns 1 when DE is unmasked (the operation stops). */
int f80_denormal(struct f80_ctx *x, enum f80_class ka, enum f80_class kb);
fpu_reg f80_invalid(struct f80_ctx *x);

/* Arithmetic (fpu_arith.c), rounded to the precision control. */
fpu_reg f80_add(struct f80_ctx *x, fpu_reg a, fpu_reg b);
fpu_reg f80_sub(struct f80_ctx *x, fpu_reg a, fpu_reg b);
fpu_reg f80_mul(struct f80_ctx *x, fpu_reg a, fpu_reg b);
fpu_reg f80_div(struct f80_ctx *x, fpu_reg a, fpu_reg b);
fpu_reg f80_sqrt(struct f80_ctx *x, fpu_reg a);
/* The quotient of two finite nonzero values as a 128-bit significand (bit
 * 127 set, sticky bit 0) and its exponent, for f80_round. */
u128 f80_quotient(struct f80_unpacked a, struct f80_unpacked b, int32_t *exp);

/* Integer-valued operations (fpu_intops.c), full 64-bit precision. */
fpu_reg f80_rndint(struct f80_ctx *x, fpu_reg a);
fpu_reg f80_scale(struct f80_ctx *x, fpu_reg a, fpu_reg b);
/* FPREM (ieee=0, quotient truncated) and FPREM1 (ieee=1, round to nearest).
 * *cc receives C0/C1/C2/C3 as the instruction sets them. */
fpu_reg f80_prem(struct f80_ctx *x, fpu_reg a, fpu_reg b, int ieee, uint16_t *cc);
/* FXTRACT: *sig gets the significand, the return value the exponent. */
fpu_reg f80_xtract(struct f80_ctx *x, fpu_reg a, fpu_reg *sig);

/* Comparison (fpu_compare.c). quiet: FUCOM rules (IE only for SNaN). */
enum f80_order { FO_LESS, FO_EQUAL, FO_GREATER, FO_UNORDERED };
enum f80_order f80_compare(struct f80_ctx *x, fpu_reg a, fpu_reg b, int quiet);

/* Conversions (fpu_convert.c). Loads are exact; stores round with the
 * rounding control and return 0 when nothing may be stored (unmasked
 * exception for a memory destination). */
fpu_reg f80_from_f32(struct f80_ctx *x, uint32_t v);
/* Exact widening for arithmetic operands: an SNaN stays signaling, and a
 * denormal is normalized with *denormal set (for the operation's DE). */
fpu_reg f80_widen_f32(uint32_t v, int *denormal);
fpu_reg f80_widen_f64(uint64_t v, int *denormal);
fpu_reg f80_from_f64(struct f80_ctx *x, uint64_t v);
fpu_reg f80_from_int(int64_t v);
int f80_to_f32(struct f80_ctx *x, fpu_reg a, uint32_t *out);
int f80_to_f64(struct f80_ctx *x, fpu_reg a, uint64_t *out);
/* To a signed integer of `bits` (16, 32, 64); out-of-range and NaN give IE
 * and the integer indefinite (the most negative value). */
int f80_to_int(struct f80_ctx *x, fpu_reg a, int bits, int64_t *out);
/* Packed BCD: 10 bytes, 18 digits and a sign byte. */
fpu_reg f80_from_bcd(const uint8_t bcd[10]);
int f80_to_bcd(struct f80_ctx *x, fpu_reg a, uint8_t bcd[10]);

/* Constants of FLDPI etc., rounded by the rounding control (fpu_convert.c). */
enum f80_const { FK_ONE, FK_L2T, FK_L2E, FK_PI, FK_LG2, FK_LN2, FK_ZERO };
fpu_reg f80_constant(unsigned rc, enum f80_const k);

#endif
