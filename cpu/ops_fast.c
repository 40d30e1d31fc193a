/* Specialised handlers for the most frequent instruction forms with 16- and
 * 32-bit operands: the decoder (specialize(), below) swaps them in for the generic
 * ones, so the hot path has no operand-size or operand-kind branches. Each
 * is the generic computation with its size and form fixed. */
#include "alu.h"
#include "ops.h"
#include "operand.h"
#include "fast.h"

/* ALU forms; `size` (2 or 4) is a constant in every caller, so each
 * wrapper below compiles to straight-line code for its size. */
static ALWAYS_INLINE void alu_rr_e(cpu *c, const insn *i, unsigned op, unsigned size)
{
    uint32_t r = alu(c, op, reg_get(c, i->rm, size), reg_get(c, i->reg, size), size);
    if (op != ALU_CMP)
        reg_set(c, i->rm, r, size);
}
static ALWAYS_INLINE void alu_gr(cpu *c, const insn *i, unsigned op, uint32_t src, unsigned size)
{
    uint32_t r = alu(c, op, reg_get(c, i->reg, size), src, size);
    if (op != ALU_CMP)
        reg_set(c, i->reg, r, size);
}
static ALWAYS_INLINE void alu_m(cpu *c, const insn *i, unsigned op, uint32_t src, unsigned size)
{
    uint32_t off = ea(c, i);
    uint32_t r = alu(c, op, mem_rd(c, i->seg, off, size), src, size);
    if (op != ALU_CMP)
        mem_wr(c, i->seg, off, r, size);
}
static ALWAYS_INLINE void alu_ri(cpu *c, const insn *i, unsigned op, unsigned size)
{
    uint32_t r = alu(c, op, reg_get(c, i->rm, size), i->imm, size);
    if (op != ALU_CMP)
        reg_set(c, i->rm, r, size);
}

/* Fast tries of the memory forms (fast.h, FASTMEM): the instruction done
 * through fast_ptr, or 0 with nothing changed. A read-modify-write uses the
 * write translation for both halves (what may be written may be read). */
static ALWAYS_INLINE int try_mov_gm(cpu *c, const insn *i, unsigned size)
{
    const struct tlb_entry *e;
    uint8_t *h;
    if (!fast_ptr(c, i->seg, ea(c, i), size, 0, &h, &e))
        return 0;
    reg_set(c, i->reg, host_load(h, size), size);
    return 1;
}
static ALWAYS_INLINE int try_mov_mg(cpu *c, const insn *i, unsigned size)
{
    const struct tlb_entry *e;
    uint8_t *h;
    if (!fast_ptr(c, i->seg, ea(c, i), size, 1, &h, &e))
        return 0;
    host_store(h, c->gpr[i->reg], size);
    *e->dirty = 1;
    return 1;
}
static ALWAYS_INLINE int try_alu_gm(cpu *c, const insn *i, unsigned op, unsigned size)
{
    const struct tlb_entry *e;
    uint8_t *h;
    if (!fast_ptr(c, i->seg, ea(c, i), size, 0, &h, &e))
        return 0;
    alu_gr(c, i, op, host_load(h, size), size);
    return 1;
}
static ALWAYS_INLINE int try_alu_m(cpu *c, const insn *i, unsigned op, uint32_t src, unsigned size)
{
    const struct tlb_entry *e;
    uint8_t *h;
    if (!fast_ptr(c, i->seg, ea(c, i), size, op != ALU_CMP, &h, &e))
        return 0;
    uint32_t r = alu(c, op, host_load(h, size), src, size);
    if (op != ALU_CMP) {
        host_store(h, r, size);
        *e->dirty = 1;
    }
    return 1;
}

/* The twelve ALU forms with the operation fixed too (it comes from opcode
 * bits 3-5 for 00-3F, from ModRM.reg for group 1): no switch at run time. */
#define ALU_FORMS(op)                                                                              \
    static ALWAYS_INLINE void alu_rr_e32_##op(cpu *c, const insn *i) { alu_rr_e(c, i, op, 4); }    \
    static ALWAYS_INLINE void alu_rr_g32_##op(cpu *c, const insn *i) { alu_gr(c, i, op, c->gpr[i->rm], 4); } \
    static ALWAYS_INLINE void alu_gm32_##op(cpu *c, const insn *i) { alu_gr(c, i, op, rd32(c, i->seg, ea(c, i)), 4); } \
    static ALWAYS_INLINE void alu_mg32_##op(cpu *c, const insn *i) { alu_m(c, i, op, c->gpr[i->reg], 4); } \
    static ALWAYS_INLINE void alu_mi32_##op(cpu *c, const insn *i) { alu_m(c, i, op, i->imm, 4); }  \
    static ALWAYS_INLINE void alu_ri32_##op(cpu *c, const insn *i) { alu_ri(c, i, op, 4); }        \
    static ALWAYS_INLINE void alu_rr_e16_##op(cpu *c, const insn *i) { alu_rr_e(c, i, op, 2); }    \
    static ALWAYS_INLINE void alu_rr_g16_##op(cpu *c, const insn *i) { alu_gr(c, i, op, (uint16_t)c->gpr[i->rm], 2); } \
    static ALWAYS_INLINE void alu_gm16_##op(cpu *c, const insn *i) { alu_gr(c, i, op, rd16(c, i->seg, ea(c, i)), 2); } \
    static ALWAYS_INLINE void alu_mg16_##op(cpu *c, const insn *i) { alu_m(c, i, op, (uint16_t)c->gpr[i->reg], 2); } \
    static ALWAYS_INLINE void alu_mi16_##op(cpu *c, const insn *i) { alu_m(c, i, op, i->imm, 2); }  \
    static ALWAYS_INLINE void alu_ri16_##op(cpu *c, const insn *i) { alu_ri(c, i, op, 2); }        \
    static ALWAYS_INLINE int alu_gm32_##op##_fast(cpu *c, const insn *i) { return try_alu_gm(c, i, op, 4); } \
    static ALWAYS_INLINE int alu_mg32_##op##_fast(cpu *c, const insn *i) { return try_alu_m(c, i, op, c->gpr[i->reg], 4); } \
    static ALWAYS_INLINE int alu_mi32_##op##_fast(cpu *c, const insn *i) { return try_alu_m(c, i, op, i->imm, 4); } \
    static ALWAYS_INLINE int alu_gm16_##op##_fast(cpu *c, const insn *i) { return try_alu_gm(c, i, op, 2); } \
    static ALWAYS_INLINE int alu_mg16_##op##_fast(cpu *c, const insn *i) { return try_alu_m(c, i, op, (uint16_t)c->gpr[i->reg], 2); } \
    static ALWAYS_INLINE int alu_mi16_##op##_fast(cpu *c, const insn *i) { return try_alu_m(c, i, op, i->imm, 2); }
ALU_FORMS(ALU_ADD)
ALU_FORMS(ALU_OR)
ALU_FORMS(ALU_ADC)
ALU_FORMS(ALU_SBB)
ALU_FORMS(ALU_AND)
ALU_FORMS(ALU_SUB)
ALU_FORMS(ALU_XOR)
ALU_FORMS(ALU_CMP)

/* MOV and shifts by an immediate, 16-bit. */
static ALWAYS_INLINE void mov_rr16(cpu *c, const insn *i) { reg_set(c, i->rm, c->gpr[i->reg], 2); }
static ALWAYS_INLINE void mov_rr_g16(cpu *c, const insn *i) { reg_set(c, i->reg, c->gpr[i->rm], 2); }
static ALWAYS_INLINE void mov_gm16(cpu *c, const insn *i) { reg_set(c, i->reg, rd16(c, i->seg, ea(c, i)), 2); }
static ALWAYS_INLINE void mov_mg16(cpu *c, const insn *i) { wr16(c, i->seg, ea(c, i), *reg16p(c, i->reg)); }
static ALWAYS_INLINE int mov_gm16_fast(cpu *c, const insn *i) { return try_mov_gm(c, i, 2); }
static ALWAYS_INLINE int mov_mg16_fast(cpu *c, const insn *i) { return try_mov_mg(c, i, 2); }
static ALWAYS_INLINE void mov_ri16(cpu *c, const insn *i) { reg_set(c, i->op & 7, i->imm, 2); }

/* Shifts of a register by n, 1..bits-1 (pick() leaves other counts to the
 * generic handler). */
static ALWAYS_INLINE void shift_n(cpu *c, const insn *i, unsigned kind, unsigned size, unsigned n)
{
    unsigned bits = size * 8;
    uint32_t v = reg_get(c, i->rm, size), r;
    int cf;
    if (kind == 4) {        /* SHL */
        r = (v << n) & size_mask(size);
        cf = (v >> (bits - n)) & 1;
        lf_record_shift(c, size, r, cf, !!(r & sign_bit(size)) ^ cf);
    } else if (kind == 5) { /* SHR */
        r = v >> n;
        lf_record_shift(c, size, r, (v >> (n - 1)) & 1, n == 1 ? !!(v & sign_bit(size)) : 0);
    } else {                /* SAR */
        int32_t sv = (int32_t)sext(v, size);
        r = (uint32_t)(sv >> n) & size_mask(size);
        lf_record_shift(c, size, r, (sv >> (n - 1)) & 1, 0);
    }
    reg_set(c, i->rm, r, size);
}
static ALWAYS_INLINE void shl_ri16(cpu *c, const insn *i) { shift_n(c, i, 4, 2, i->imm & 31); }
static ALWAYS_INLINE void shr_ri16(cpu *c, const insn *i) { shift_n(c, i, 5, 2, i->imm & 31); }
static ALWAYS_INLINE void sar_ri16(cpu *c, const insn *i) { shift_n(c, i, 7, 2, i->imm & 31); }
/* D1: by one. */
static ALWAYS_INLINE void shl_r1_32(cpu *c, const insn *i) { shift_n(c, i, 4, 4, 1); }
static ALWAYS_INLINE void shr_r1_32(cpu *c, const insn *i) { shift_n(c, i, 5, 4, 1); }
static ALWAYS_INLINE void sar_r1_32(cpu *c, const insn *i) { shift_n(c, i, 7, 4, 1); }
static ALWAYS_INLINE void shl_r1_16(cpu *c, const insn *i) { shift_n(c, i, 4, 2, 1); }
static ALWAYS_INLINE void shr_r1_16(cpu *c, const insn *i) { shift_n(c, i, 5, 2, 1); }
static ALWAYS_INLINE void sar_r1_16(cpu *c, const insn *i) { shift_n(c, i, 7, 2, 1); }

/* ROL/ROR change only CF and OF; `count` is the masked count, not 0 (see
 * pick()). */
static ALWAYS_INLINE void rotate_n(cpu *c, const insn *i, int right, unsigned size, unsigned count)
{
    unsigned bits = size * 8, n = count % bits;
    uint32_t v = reg_get(c, i->rm, size), m = size_mask(size), sb = sign_bit(size);
    uint32_t r = n ? (right ? (v >> n) | (v << (bits - n)) : (v << n) | (v >> (bits - n))) & m : v;
    int cf = right ? !!(r & sb) : (int)(r & 1);
    int of = right ? !!((r ^ (r << 1)) & sb) : !!(r & sb) ^ cf;
    lf_record_rotate(c, cf, of);
    reg_set(c, i->rm, r, size);
}
static ALWAYS_INLINE void rol_ri32(cpu *c, const insn *i) { rotate_n(c, i, 0, 4, i->imm & 31); }
static ALWAYS_INLINE void ror_ri32(cpu *c, const insn *i) { rotate_n(c, i, 1, 4, i->imm & 31); }
static ALWAYS_INLINE void rol_ri16(cpu *c, const insn *i) { rotate_n(c, i, 0, 2, i->imm & 31); }
static ALWAYS_INLINE void ror_ri16(cpu *c, const insn *i) { rotate_n(c, i, 1, 2, i->imm & 31); }
static ALWAYS_INLINE void rol_r1_32(cpu *c, const insn *i) { rotate_n(c, i, 0, 4, 1); }
static ALWAYS_INLINE void ror_r1_32(cpu *c, const insn *i) { rotate_n(c, i, 1, 4, 1); }
static ALWAYS_INLINE void rol_r1_16(cpu *c, const insn *i) { rotate_n(c, i, 0, 2, 1); }
static ALWAYS_INLINE void ror_r1_16(cpu *c, const insn *i) { rotate_n(c, i, 1, 2, 1); }

static ALWAYS_INLINE void mov_rr(cpu *c, const insn *i) { c->gpr[i->rm] = c->gpr[i->reg]; }
static ALWAYS_INLINE void mov_rr_g(cpu *c, const insn *i) { c->gpr[i->reg] = c->gpr[i->rm]; }
static ALWAYS_INLINE void mov_gm(cpu *c, const insn *i) { c->gpr[i->reg] = rd32(c, i->seg, ea(c, i)); }
static ALWAYS_INLINE void mov_mg(cpu *c, const insn *i) { wr32(c, i->seg, ea(c, i), c->gpr[i->reg]); }
static ALWAYS_INLINE int mov_gm_fast(cpu *c, const insn *i) { return try_mov_gm(c, i, 4); }
static ALWAYS_INLINE int mov_mg_fast(cpu *c, const insn *i) { return try_mov_mg(c, i, 4); }
static ALWAYS_INLINE void mov_ri(cpu *c, const insn *i) { c->gpr[i->op & 7] = i->imm; }
static ALWAYS_INLINE void lea32(cpu *c, const insn *i) { c->gpr[i->reg] = ea(c, i); }
static ALWAYS_INLINE void test_rr(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->rm], b = c->gpr[i->reg];
    lf_record_logic(c, 4, a & b);
}
/* A9 TEST EAX, imm; F7 /0 TEST, /2 NOT, /3 NEG of a register. */
static ALWAYS_INLINE void test_ai32(cpu *c, const insn *i) { lf_record_logic(c, 4, c->gpr[R_EAX] & i->imm); }
static ALWAYS_INLINE void test_ri32(cpu *c, const insn *i) { lf_record_logic(c, 4, c->gpr[i->rm] & i->imm); }
static ALWAYS_INLINE void not_r32(cpu *c, const insn *i) { c->gpr[i->rm] = ~c->gpr[i->rm]; }
static ALWAYS_INLINE void neg_r32(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->rm], r = 0u - a;
    lf_record(c, LF_NEG, 4, a, 0, r);
    c->gpr[i->rm] = r;
}
/* A8 TEST AL, imm (common in 32-bit code too). */
static ALWAYS_INLINE void test_al(cpu *c, const insn *i) { lf_record_logic(c, 1, c->gpr[R_EAX] & i->imm); }
static ALWAYS_INLINE void inc_r(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->op & 7];
    uint8_t cf = (uint8_t)flag_cf(c);
    c->gpr[i->op & 7] = a + 1;
    lf_record(c, LF_INC, 4, a, 1, a + 1);
    c->lf.cf_in = cf;
}
static ALWAYS_INLINE void dec_r(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->op & 7];
    uint8_t cf = (uint8_t)flag_cf(c);
    c->gpr[i->op & 7] = a - 1;
    lf_record(c, LF_DEC, 4, a, 1, a - 1);
    c->lf.cf_in = cf;
}
/* Shifts of a register by an immediate; pick() leaves a masked count of 0
 * (which changes nothing) to the generic handler. */
static ALWAYS_INLINE void shl_ri(cpu *c, const insn *i)
{
    unsigned n = i->imm & 31;
    uint32_t v = c->gpr[i->rm];
    uint32_t r = v << n;
    int cf = (v >> (32 - n)) & 1;
    c->gpr[i->rm] = r;
    lf_record_shift(c, 4, r, cf, (int)(r >> 31) ^ cf);
}
static ALWAYS_INLINE void shr_ri(cpu *c, const insn *i)
{
    unsigned n = i->imm & 31;
    uint32_t v = c->gpr[i->rm];
    uint32_t r = v >> n;
    c->gpr[i->rm] = r;
    lf_record_shift(c, 4, r, (v >> (n - 1)) & 1, n == 1 ? (int)(v >> 31) : 0);
}
static ALWAYS_INLINE void sar_ri(cpu *c, const insn *i)
{
    unsigned n = i->imm & 31;
    int32_t v = (int32_t)c->gpr[i->rm];
    uint32_t r = (uint32_t)(v >> n);
    c->gpr[i->rm] = r;
    lf_record_shift(c, 4, r, (v >> (n - 1)) & 1, 0);
}
FAST(alu_rr_e32_ALU_ADD)
FAST(alu_rr_e32_ALU_OR)
FAST(alu_rr_e32_ALU_ADC)
FAST(alu_rr_e32_ALU_SBB)
FAST(alu_rr_e32_ALU_AND)
FAST(alu_rr_e32_ALU_SUB)
FAST(alu_rr_e32_ALU_XOR)
FAST(alu_rr_e32_ALU_CMP)
FAST(alu_rr_g32_ALU_ADD)
FAST(alu_rr_g32_ALU_OR)
FAST(alu_rr_g32_ALU_ADC)
FAST(alu_rr_g32_ALU_SBB)
FAST(alu_rr_g32_ALU_AND)
FAST(alu_rr_g32_ALU_SUB)
FAST(alu_rr_g32_ALU_XOR)
FAST(alu_rr_g32_ALU_CMP)
FASTMEM(alu_gm32_ALU_ADD)
FASTMEM(alu_gm32_ALU_OR)
FASTMEM(alu_gm32_ALU_ADC)
FASTMEM(alu_gm32_ALU_SBB)
FASTMEM(alu_gm32_ALU_AND)
FASTMEM(alu_gm32_ALU_SUB)
FASTMEM(alu_gm32_ALU_XOR)
FASTMEM(alu_gm32_ALU_CMP)
FASTMEM(alu_mg32_ALU_ADD)
FASTMEM(alu_mg32_ALU_OR)
FASTMEM(alu_mg32_ALU_ADC)
FASTMEM(alu_mg32_ALU_SBB)
FASTMEM(alu_mg32_ALU_AND)
FASTMEM(alu_mg32_ALU_SUB)
FASTMEM(alu_mg32_ALU_XOR)
FASTMEM(alu_mg32_ALU_CMP)
FASTMEM(alu_mi32_ALU_ADD)
FASTMEM(alu_mi32_ALU_OR)
FASTMEM(alu_mi32_ALU_ADC)
FASTMEM(alu_mi32_ALU_SBB)
FASTMEM(alu_mi32_ALU_AND)
FASTMEM(alu_mi32_ALU_SUB)
FASTMEM(alu_mi32_ALU_XOR)
FASTMEM(alu_mi32_ALU_CMP)
FAST(alu_ri32_ALU_ADD)
FAST(alu_ri32_ALU_OR)
FAST(alu_ri32_ALU_ADC)
FAST(alu_ri32_ALU_SBB)
FAST(alu_ri32_ALU_AND)
FAST(alu_ri32_ALU_SUB)
FAST(alu_ri32_ALU_XOR)
FAST(alu_ri32_ALU_CMP)
FAST(alu_rr_e16_ALU_ADD)
FAST(alu_rr_e16_ALU_OR)
FAST(alu_rr_e16_ALU_ADC)
FAST(alu_rr_e16_ALU_SBB)
FAST(alu_rr_e16_ALU_AND)
FAST(alu_rr_e16_ALU_SUB)
FAST(alu_rr_e16_ALU_XOR)
FAST(alu_rr_e16_ALU_CMP)
FAST(alu_rr_g16_ALU_ADD)
FAST(alu_rr_g16_ALU_OR)
FAST(alu_rr_g16_ALU_ADC)
FAST(alu_rr_g16_ALU_SBB)
FAST(alu_rr_g16_ALU_AND)
FAST(alu_rr_g16_ALU_SUB)
FAST(alu_rr_g16_ALU_XOR)
FAST(alu_rr_g16_ALU_CMP)
FASTMEM(alu_gm16_ALU_ADD)
FASTMEM(alu_gm16_ALU_OR)
FASTMEM(alu_gm16_ALU_ADC)
FASTMEM(alu_gm16_ALU_SBB)
FASTMEM(alu_gm16_ALU_AND)
FASTMEM(alu_gm16_ALU_SUB)
FASTMEM(alu_gm16_ALU_XOR)
FASTMEM(alu_gm16_ALU_CMP)
FASTMEM(alu_mg16_ALU_ADD)
FASTMEM(alu_mg16_ALU_OR)
FASTMEM(alu_mg16_ALU_ADC)
FASTMEM(alu_mg16_ALU_SBB)
FASTMEM(alu_mg16_ALU_AND)
FASTMEM(alu_mg16_ALU_SUB)
FASTMEM(alu_mg16_ALU_XOR)
FASTMEM(alu_mg16_ALU_CMP)
FASTMEM(alu_mi16_ALU_ADD)
FASTMEM(alu_mi16_ALU_OR)
FASTMEM(alu_mi16_ALU_ADC)
FASTMEM(alu_mi16_ALU_SBB)
FASTMEM(alu_mi16_ALU_AND)
FASTMEM(alu_mi16_ALU_SUB)
FASTMEM(alu_mi16_ALU_XOR)
FASTMEM(alu_mi16_ALU_CMP)
FAST(alu_ri16_ALU_ADD)
FAST(alu_ri16_ALU_OR)
FAST(alu_ri16_ALU_ADC)
FAST(alu_ri16_ALU_SBB)
FAST(alu_ri16_ALU_AND)
FAST(alu_ri16_ALU_SUB)
FAST(alu_ri16_ALU_XOR)
FAST(alu_ri16_ALU_CMP)

/* Per form, the handlers of the eight operations in ALU_* order. */
static const struct fast *const alu_rr_e32_t[8] = {
    &alu_rr_e32_ALU_ADD_f, &alu_rr_e32_ALU_OR_f, &alu_rr_e32_ALU_ADC_f, &alu_rr_e32_ALU_SBB_f,
    &alu_rr_e32_ALU_AND_f, &alu_rr_e32_ALU_SUB_f, &alu_rr_e32_ALU_XOR_f, &alu_rr_e32_ALU_CMP_f,
};
static const struct fast *const alu_rr_g32_t[8] = {
    &alu_rr_g32_ALU_ADD_f, &alu_rr_g32_ALU_OR_f, &alu_rr_g32_ALU_ADC_f, &alu_rr_g32_ALU_SBB_f,
    &alu_rr_g32_ALU_AND_f, &alu_rr_g32_ALU_SUB_f, &alu_rr_g32_ALU_XOR_f, &alu_rr_g32_ALU_CMP_f,
};
static const struct fast *const alu_gm32_t[8] = {
    &alu_gm32_ALU_ADD_f, &alu_gm32_ALU_OR_f, &alu_gm32_ALU_ADC_f, &alu_gm32_ALU_SBB_f,
    &alu_gm32_ALU_AND_f, &alu_gm32_ALU_SUB_f, &alu_gm32_ALU_XOR_f, &alu_gm32_ALU_CMP_f,
};
static const struct fast *const alu_mg32_t[8] = {
    &alu_mg32_ALU_ADD_f, &alu_mg32_ALU_OR_f, &alu_mg32_ALU_ADC_f, &alu_mg32_ALU_SBB_f,
    &alu_mg32_ALU_AND_f, &alu_mg32_ALU_SUB_f, &alu_mg32_ALU_XOR_f, &alu_mg32_ALU_CMP_f,
};
static const struct fast *const alu_mi32_t[8] = {
    &alu_mi32_ALU_ADD_f, &alu_mi32_ALU_OR_f, &alu_mi32_ALU_ADC_f, &alu_mi32_ALU_SBB_f,
    &alu_mi32_ALU_AND_f, &alu_mi32_ALU_SUB_f, &alu_mi32_ALU_XOR_f, &alu_mi32_ALU_CMP_f,
};
static const struct fast *const alu_ri32_t[8] = {
    &alu_ri32_ALU_ADD_f, &alu_ri32_ALU_OR_f, &alu_ri32_ALU_ADC_f, &alu_ri32_ALU_SBB_f,
    &alu_ri32_ALU_AND_f, &alu_ri32_ALU_SUB_f, &alu_ri32_ALU_XOR_f, &alu_ri32_ALU_CMP_f,
};
static const struct fast *const alu_rr_e16_t[8] = {
    &alu_rr_e16_ALU_ADD_f, &alu_rr_e16_ALU_OR_f, &alu_rr_e16_ALU_ADC_f, &alu_rr_e16_ALU_SBB_f,
    &alu_rr_e16_ALU_AND_f, &alu_rr_e16_ALU_SUB_f, &alu_rr_e16_ALU_XOR_f, &alu_rr_e16_ALU_CMP_f,
};
static const struct fast *const alu_rr_g16_t[8] = {
    &alu_rr_g16_ALU_ADD_f, &alu_rr_g16_ALU_OR_f, &alu_rr_g16_ALU_ADC_f, &alu_rr_g16_ALU_SBB_f,
    &alu_rr_g16_ALU_AND_f, &alu_rr_g16_ALU_SUB_f, &alu_rr_g16_ALU_XOR_f, &alu_rr_g16_ALU_CMP_f,
};
static const struct fast *const alu_gm16_t[8] = {
    &alu_gm16_ALU_ADD_f, &alu_gm16_ALU_OR_f, &alu_gm16_ALU_ADC_f, &alu_gm16_ALU_SBB_f,
    &alu_gm16_ALU_AND_f, &alu_gm16_ALU_SUB_f, &alu_gm16_ALU_XOR_f, &alu_gm16_ALU_CMP_f,
};
static const struct fast *const alu_mg16_t[8] = {
    &alu_mg16_ALU_ADD_f, &alu_mg16_ALU_OR_f, &alu_mg16_ALU_ADC_f, &alu_mg16_ALU_SBB_f,
    &alu_mg16_ALU_AND_f, &alu_mg16_ALU_SUB_f, &alu_mg16_ALU_XOR_f, &alu_mg16_ALU_CMP_f,
};
static const struct fast *const alu_mi16_t[8] = {
    &alu_mi16_ALU_ADD_f, &alu_mi16_ALU_OR_f, &alu_mi16_ALU_ADC_f, &alu_mi16_ALU_SBB_f,
    &alu_mi16_ALU_AND_f, &alu_mi16_ALU_SUB_f, &alu_mi16_ALU_XOR_f, &alu_mi16_ALU_CMP_f,
};
static const struct fast *const alu_ri16_t[8] = {
    &alu_ri16_ALU_ADD_f, &alu_ri16_ALU_OR_f, &alu_ri16_ALU_ADC_f, &alu_ri16_ALU_SBB_f,
    &alu_ri16_ALU_AND_f, &alu_ri16_ALU_SUB_f, &alu_ri16_ALU_XOR_f, &alu_ri16_ALU_CMP_f,
};

FAST(mov_rr16)
FAST(mov_rr_g16)
FASTMEM(mov_gm16)
FASTMEM(mov_mg16)
FAST(mov_ri16)
FAST(shl_ri16)
FAST(shl_r1_32)
FAST(shr_r1_32)
FAST(sar_r1_32)
FAST(shl_r1_16)
FAST(shr_r1_16)
FAST(sar_r1_16)
FAST(rol_r1_32)
FAST(ror_r1_32)
FAST(rol_r1_16)
FAST(ror_r1_16)
FAST(shr_ri16)
FAST(sar_ri16)
FAST(rol_ri32)
FAST(ror_ri32)
FAST(rol_ri16)
FAST(ror_ri16)
FAST(mov_rr)
FAST(mov_rr_g)
FASTMEM(mov_gm)
FASTMEM(mov_mg)
FAST(mov_ri)
FAST(lea32)
FAST(test_rr)
FAST(inc_r)
FAST(test_ai32)
FAST(test_ri32)
FAST(not_r32)
FAST(neg_r32)
FAST(test_al)
FAST(dec_r)
FAST(shl_ri)
FAST(shr_ri)
FAST(sar_ri)

/* 16-bit forms: ALU, MOV, shifts and rotates by an immediate. */
static const struct fast *specialize16(const insn *i)
{
    unsigned op = i->op, reg = i->mod == 3;
    if (op < 0x40 && (op & 7) < 4 && (op & 1)) {
        unsigned o = (op >> 3) & 7;
        if (op & 2)
            return reg ? alu_rr_g16_t[o] : alu_gm16_t[o];
        return reg ? alu_rr_e16_t[o] : alu_mg16_t[o];
    }
    switch (op) {
    case 0x81: case 0x83: return reg ? alu_ri16_t[i->reg] : alu_mi16_t[i->reg];
    case 0x89: return reg ? &mov_rr16_f : &mov_mg16_f;
    case 0x8B: return reg ? &mov_rr_g16_f : &mov_gm16_f;
    case 0xC1:
        /* Counts of 0 (no change) and past the width take the generic path. */
        if (!reg || (i->imm & 31) == 0 || ((i->imm & 31) >= 16 && i->reg >= 4))
            return NULL;
        switch (i->reg) {
        case 0: return &rol_ri16_f;
        case 1: return &ror_ri16_f;
        case 4: return &shl_ri16_f;
        case 5: return &shr_ri16_f;
        case 7: return &sar_ri16_f;
        default: return NULL;
        }
    case 0xD1:
        if (!reg)
            return NULL;
        switch (i->reg) {
        case 0: return &rol_r1_16_f;
        case 1: return &ror_r1_16_f;
        case 4: return &shl_r1_16_f;
        case 5: return &shr_r1_16_f;
        case 7: return &sar_r1_16_f;
        default: return NULL;
        }
    default: break;
    }
    return op >= 0xB8 && op <= 0xBF ? &mov_ri16_f : NULL;
}

static const struct fast *pick(const insn *i)
{
    if (i->flags & (I_LOCK | I_REP | I_REPNE))
        return NULL;
    if (i->op == 0xA8)
        return &test_al_f;
    if (!(i->flags & I_OP32))
        return specialize16(i);
    unsigned op = i->op, reg = i->mod == 3;
    if (op < 0x40 && (op & 7) < 4 && (op & 1)) {
        unsigned o = (op >> 3) & 7;
        if (op & 2)
            return reg ? alu_rr_g32_t[o] : alu_gm32_t[o];
        return reg ? alu_rr_e32_t[o] : alu_mg32_t[o];
    }
    switch (op) {
    case 0x81: case 0x83: return reg ? alu_ri32_t[i->reg] : alu_mi32_t[i->reg];
    case 0x85: return reg ? &test_rr_f : NULL;
    case 0xA9: return &test_ai32_f;
    case 0xF7:
        if (!reg)
            return NULL;
        switch (i->reg) {
        case 0: return &test_ri32_f;
        case 2: return &not_r32_f;
        case 3: return &neg_r32_f;
        default: return NULL;
        }
    case 0x89: return reg ? &mov_rr_f : &mov_mg_f;
    case 0x8B: return reg ? &mov_rr_g_f : &mov_gm_f;
    case 0x8D: return &lea32_f;
    case 0xC1:
        if (!reg || (i->imm & 31) == 0)   /* a count of 0 changes nothing: generic */
            return NULL;
        switch (i->reg) {
        case 0: return &rol_ri32_f;
        case 1: return &ror_ri32_f;
        case 4: return &shl_ri_f;
        case 5: return &shr_ri_f;
        case 7: return &sar_ri_f;
        default: return NULL;
        }
    case 0xD1:
        if (!reg)
            return NULL;
        switch (i->reg) {
        case 0: return &rol_r1_32_f;
        case 1: return &ror_r1_32_f;
        case 4: return &shl_r1_32_f;
        case 5: return &shr_r1_32_f;
        case 7: return &sar_r1_32_f;
        default: return NULL;
        }
    default: break;
    }
    if (op >= 0xB8 && op <= 0xBF)
        return &mov_ri_f;
    if (op >= 0x40 && op <= 0x47)
        return &inc_r_f;
    if (op >= 0x48 && op <= 0x4F)
        return &dec_r_f;
    return NULL;
}

void exec_plain(cpu *c, const insn *i)
{
    i->fn(c, i);
    exec_next(c, i);
}

int plain_op(const insn *i)
{
    unsigned op = i->op;
    if (op < 0x40)   /* ALU; columns 6 and 7 are segment pushes/pops, prefixes and BCD */
        return (op & 7) < 6;
    if (op < 0x100) {
        if (op <= 0x5F || (op >= 0x84 && op <= 0x8B) || op == 0x8D || (op >= 0x90 && op <= 0x99) ||
            (op >= 0xA0 && op <= 0xA3) || op == 0xA8 || op == 0xA9 || (op >= 0xB0 && op <= 0xBF))
            return 1;
        switch (op) {
        case 0x68: case 0x69: case 0x6A: case 0x6B: case 0x80: case 0x81: case 0x83:
        case 0x9E: case 0x9F: case 0xC0: case 0xC1: case 0xC6: case 0xC7: case 0xD0:
        case 0xD1: case 0xD2: case 0xD3: case 0xF5: case 0xF6: case 0xF7: case 0xF8:
        case 0xF9: case 0xFC: case 0xFD: case 0xFE:
            return 1;
        case 0xFF:
            return i->reg <= 1 || i->reg == 6;   /* INC, DEC, PUSH; not the branches */
        default:
            return 0;
        }
    }
    op &= 0xFF;   /* 0F xx */
    return (op >= 0x40 && op <= 0x4F) || (op >= 0x90 && op <= 0x9F) || op == 0xA3 ||
           op == 0xA4 || op == 0xA5 || op == 0xAB || op == 0xAC || op == 0xAD || op == 0xAF ||
           op == 0xB0 || op == 0xB1 || op == 0xB3 || op == 0xB6 || op == 0xB7 ||
           (op >= 0xBA && op <= 0xBF) || op == 0xC0 ||
           op == 0xC1 || (op >= 0xC8 && op <= 0xCF);
}

void specialize(insn *i, insn_fn generic)
{
    const struct fast *f = pick(i);
    if (!f)
        f = pick_branch(i);
    if (!f)
        f = pick_stack(i);
    i->fn = f && f->fn ? f->fn : generic;
    i->exec = f ? f->exec : (i->flags & (I_REP | I_REPNE)) == 0 && plain_op(i) ? exec_plain
                                                                              : exec_generic;
}
