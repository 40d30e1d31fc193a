/* Specialised handlers for the most frequent instruction forms with 16- and
 * 32-bit operands: the decoder (specialize(), below) swaps them in for the generic
 * ones, so the hot path has no operand-size or operand-kind branches. Each
 * is the generic computation with its size and form fixed. */
#include "alu.h"
#include "ops.h"
#include "operand.h"

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

/* The operation comes from opcode bits 3-5 (00-3F) or ModRM.reg (group 1). */
static inline unsigned op_of(const insn *i) { return (i->op >> 3) & 7; }
static void alu_rr_e32(cpu *c, const insn *i) { alu_rr_e(c, i, op_of(i), 4); }
static void alu_rr_g32(cpu *c, const insn *i) { alu_gr(c, i, op_of(i), c->gpr[i->rm], 4); }
static void alu_gm32(cpu *c, const insn *i) { alu_gr(c, i, op_of(i), rd32(c, i->seg, ea(c, i)), 4); }
static void alu_mg32(cpu *c, const insn *i) { alu_m(c, i, op_of(i), c->gpr[i->reg], 4); }
static void alu_mi32(cpu *c, const insn *i) { alu_m(c, i, i->reg, i->imm, 4); }
static void alu_ri32(cpu *c, const insn *i) { alu_ri(c, i, i->reg, 4); }
static void alu_rr_e16(cpu *c, const insn *i) { alu_rr_e(c, i, op_of(i), 2); }
static void alu_rr_g16(cpu *c, const insn *i) { alu_gr(c, i, op_of(i), *reg16p(c, i->rm), 2); }
static void alu_gm16(cpu *c, const insn *i) { alu_gr(c, i, op_of(i), rd16(c, i->seg, ea(c, i)), 2); }
static void alu_mg16(cpu *c, const insn *i) { alu_m(c, i, op_of(i), *reg16p(c, i->reg), 2); }
static void alu_mi16(cpu *c, const insn *i) { alu_m(c, i, i->reg, i->imm, 2); }
static void alu_ri16(cpu *c, const insn *i) { alu_ri(c, i, i->reg, 2); }

/* MOV and shifts by an immediate, 16-bit. */
static void mov_rr16(cpu *c, const insn *i) { *reg16p(c, i->rm) = *reg16p(c, i->reg); }
static void mov_rr_g16(cpu *c, const insn *i) { *reg16p(c, i->reg) = *reg16p(c, i->rm); }
static void mov_gm16(cpu *c, const insn *i) { *reg16p(c, i->reg) = rd16(c, i->seg, ea(c, i)); }
static void mov_mg16(cpu *c, const insn *i) { wr16(c, i->seg, ea(c, i), *reg16p(c, i->reg)); }
static void mov_ri16(cpu *c, const insn *i) { *reg16p(c, i->op & 7) = (uint16_t)i->imm; }

static ALWAYS_INLINE void shift_ri(cpu *c, const insn *i, unsigned kind, unsigned size)
{
    unsigned n = i->imm & 31, bits = size * 8;
    uint32_t v = reg_get(c, i->rm, size), r;
    int cf;
    if (!n)                /* a zero count changes nothing */
        return;
    if (n >= bits) {       /* counts past the width take the generic path */
        op_shift(c, i);
        return;
    }
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
static void shl_ri16(cpu *c, const insn *i) { shift_ri(c, i, 4, 2); }
static void shr_ri16(cpu *c, const insn *i) { shift_ri(c, i, 5, 2); }
static void sar_ri16(cpu *c, const insn *i) { shift_ri(c, i, 7, 2); }

/* ROL/ROR by an immediate change only CF and OF. */
static ALWAYS_INLINE void rotate_ri(cpu *c, const insn *i, int right, unsigned size)
{
    unsigned bits = size * 8, n = (i->imm & 31) % bits;
    uint32_t v = reg_get(c, i->rm, size), m = size_mask(size), sb = sign_bit(size);
    if (!(i->imm & 31))
        return;
    uint32_t r = n ? (right ? (v >> n) | (v << (bits - n)) : (v << n) | (v >> (bits - n))) & m : v;
    int cf = right ? !!(r & sb) : (int)(r & 1);
    int of = right ? !!((r ^ (r << 1)) & sb) : !!(r & sb) ^ cf;
    flags_materialize(c);
    c->eflags = (c->eflags & ~(F_CF | F_OF)) | (cf ? F_CF : 0) | (of ? F_OF : 0);
    reg_set(c, i->rm, r, size);
}
static void rol_ri32(cpu *c, const insn *i) { rotate_ri(c, i, 0, 4); }
static void ror_ri32(cpu *c, const insn *i) { rotate_ri(c, i, 1, 4); }
static void rol_ri16(cpu *c, const insn *i) { rotate_ri(c, i, 0, 2); }
static void ror_ri16(cpu *c, const insn *i) { rotate_ri(c, i, 1, 2); }

static void mov_rr(cpu *c, const insn *i) { c->gpr[i->rm] = c->gpr[i->reg]; }
static void mov_rr_g(cpu *c, const insn *i) { c->gpr[i->reg] = c->gpr[i->rm]; }
static void mov_gm(cpu *c, const insn *i) { c->gpr[i->reg] = rd32(c, i->seg, ea(c, i)); }
static void mov_mg(cpu *c, const insn *i) { wr32(c, i->seg, ea(c, i), c->gpr[i->reg]); }
static void mov_ri(cpu *c, const insn *i) { c->gpr[i->op & 7] = i->imm; }
static void lea32(cpu *c, const insn *i) { c->gpr[i->reg] = ea(c, i); }
static void test_rr(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->rm], b = c->gpr[i->reg];
    lf_record(c, LF_LOGIC, 4, a, b, a & b);
}
static void inc_r(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->op & 7];
    uint8_t cf = (uint8_t)flag_cf(c);
    c->gpr[i->op & 7] = a + 1;
    lf_record(c, LF_INC, 4, a, 1, a + 1);
    c->lf.cf_in = cf;
}
static void dec_r(cpu *c, const insn *i)
{
    uint32_t a = c->gpr[i->op & 7];
    uint8_t cf = (uint8_t)flag_cf(c);
    c->gpr[i->op & 7] = a - 1;
    lf_record(c, LF_DEC, 4, a, 1, a - 1);
    c->lf.cf_in = cf;
}
/* Shifts of a register by an immediate; a masked count of 0 changes nothing. */
static void shl_ri(cpu *c, const insn *i)
{
    unsigned n = i->imm & 31;
    uint32_t v = c->gpr[i->rm];
    if (!n)
        return;
    uint32_t r = v << n;
    int cf = (v >> (32 - n)) & 1;
    c->gpr[i->rm] = r;
    lf_record_shift(c, 4, r, cf, (int)(r >> 31) ^ cf);
}
static void shr_ri(cpu *c, const insn *i)
{
    unsigned n = i->imm & 31;
    uint32_t v = c->gpr[i->rm];
    if (!n)
        return;
    uint32_t r = v >> n;
    c->gpr[i->rm] = r;
    lf_record_shift(c, 4, r, (v >> (n - 1)) & 1, n == 1 ? (int)(v >> 31) : 0);
}
static void sar_ri(cpu *c, const insn *i)
{
    unsigned n = i->imm & 31;
    int32_t v = (int32_t)c->gpr[i->rm];
    if (!n)
        return;
    uint32_t r = (uint32_t)(v >> n);
    c->gpr[i->rm] = r;
    lf_record_shift(c, 4, r, (v >> (n - 1)) & 1, 0);
}
/* 16-bit forms: ALU, MOV, shifts and rotates by an immediate. */
static insn_fn specialize16(const insn *i, insn_fn generic)
{
    unsigned op = i->op, reg = i->mod == 3;
    if (op < 0x40 && (op & 7) < 4 && (op & 1)) {
        if (op & 2)
            return reg ? alu_rr_g16 : alu_gm16;
        return reg ? alu_rr_e16 : alu_mg16;
    }
    switch (op) {
    case 0x81: case 0x83: return reg ? alu_ri16 : alu_mi16;
    case 0x89: return reg ? mov_rr16 : mov_mg16;
    case 0x8B: return reg ? mov_rr_g16 : mov_gm16;
    case 0xC1:
        if (!reg)
            return generic;
        switch (i->reg) {
        case 0: return rol_ri16;
        case 1: return ror_ri16;
        case 4: return shl_ri16;
        case 5: return shr_ri16;
        case 7: return sar_ri16;
        default: return generic;
        }
    default: break;
    }
    return op >= 0xB8 && op <= 0xBF ? mov_ri16 : generic;
}

insn_fn specialize(const insn *i, insn_fn generic)
{
    if (i->flags & (I_LOCK | I_REP | I_REPNE))
        return generic;
    if (!(i->flags & I_OP32))
        return specialize16(i, generic);
    unsigned op = i->op, reg = i->mod == 3;
    if (op < 0x40 && (op & 7) < 4 && (op & 1)) {
        if (op & 2)
            return reg ? alu_rr_g32 : alu_gm32;
        return reg ? alu_rr_e32 : alu_mg32;
    }
    switch (op) {
    case 0x81: case 0x83: return reg ? alu_ri32 : alu_mi32;
    case 0x85: return reg ? test_rr : generic;
    case 0x89: return reg ? mov_rr : mov_mg;
    case 0x8B: return reg ? mov_rr_g : mov_gm;
    case 0x8D: return lea32;
    case 0xC1:
        if (!reg)
            return generic;
        switch (i->reg) {
        case 0: return rol_ri32;
        case 1: return ror_ri32;
        case 4: return shl_ri;
        case 5: return shr_ri;
        case 7: return sar_ri;
        default: return generic;
        }
    default: break;
    }
    if (op >= 0xB8 && op <= 0xBF)
        return mov_ri;
    if (op >= 0x40 && op <= 0x47)
        return inc_r;
    if (op >= 0x48 && op <= 0x4F)
        return dec_r;
    return generic;
}
