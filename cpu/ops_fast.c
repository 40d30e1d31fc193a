/* Specialised handlers for the most frequent instruction forms with 32-bit
 * operands: the decoder (specialize(), below) swaps them in for the generic
 * ones, so the hot path has no operand-size or operand-kind branches. Each
 * is the generic computation with its size and form fixed. */
#include "alu.h"
#include "ops.h"
#include "operand.h"

/* ALU, register destination E (mod=3): rm op= reg. */
static ALWAYS_INLINE void alu_rr_e(cpu *c, const insn *i, unsigned op)
{
    uint32_t r = alu(c, op, c->gpr[i->rm], c->gpr[i->reg], 4);
    if (op != ALU_CMP)
        c->gpr[i->rm] = r;
}
/* ALU, register destination G: reg op= rm (register) or reg op= [mem]. */
static ALWAYS_INLINE void alu_gr(cpu *c, const insn *i, unsigned op, uint32_t src)
{
    uint32_t r = alu(c, op, c->gpr[i->reg], src, 4);
    if (op != ALU_CMP)
        c->gpr[i->reg] = r;
}
static ALWAYS_INLINE void alu_rr_g(cpu *c, const insn *i, unsigned op) { alu_gr(c, i, op, c->gpr[i->rm]); }
static ALWAYS_INLINE void alu_gm(cpu *c, const insn *i, unsigned op) { alu_gr(c, i, op, rd32(c, i->seg, ea(c, i))); }
/* ALU, memory destination: [mem] op= reg or imm. */
static ALWAYS_INLINE void alu_m(cpu *c, const insn *i, unsigned op, uint32_t src)
{
    uint32_t off = ea(c, i);
    uint32_t r = alu(c, op, rd32(c, i->seg, off), src, 4);
    if (op != ALU_CMP)
        wr32(c, i->seg, off, r);
}
static ALWAYS_INLINE void alu_mg(cpu *c, const insn *i, unsigned op) { alu_m(c, i, op, c->gpr[i->reg]); }
static ALWAYS_INLINE void alu_mi(cpu *c, const insn *i, unsigned op) { alu_m(c, i, op, i->imm); }
static ALWAYS_INLINE void alu_ri(cpu *c, const insn *i, unsigned op)
{
    uint32_t r = alu(c, op, c->gpr[i->rm], i->imm, 4);
    if (op != ALU_CMP)
        c->gpr[i->rm] = r;
}

/* The operation comes from opcode bits 3-5 (00-3F) or ModRM.reg (group 1). */
static inline unsigned op_of(const insn *i) { return (i->op >> 3) & 7; }
static void alu_rr_e_any(cpu *c, const insn *i) { alu_rr_e(c, i, op_of(i)); }
static void alu_rr_g_any(cpu *c, const insn *i) { alu_rr_g(c, i, op_of(i)); }
static void alu_gm_any(cpu *c, const insn *i) { alu_gm(c, i, op_of(i)); }
static void alu_mg_any(cpu *c, const insn *i) { alu_mg(c, i, op_of(i)); }
static void alu_mi_any(cpu *c, const insn *i) { alu_mi(c, i, i->reg); }
static void alu_ri_any(cpu *c, const insn *i) { alu_ri(c, i, i->reg); }

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
insn_fn specialize(const insn *i, insn_fn generic)
{
    if (!(i->flags & I_OP32) || (i->flags & (I_LOCK | I_REP | I_REPNE)))
        return generic;
    unsigned op = i->op, reg = i->mod == 3;
    if (op < 0x40 && (op & 7) < 4 && (op & 1)) {
        if (op & 2)
            return reg ? alu_rr_g_any : alu_gm_any;
        return reg ? alu_rr_e_any : alu_mg_any;
    }
    switch (op) {
    case 0x81: case 0x83: return reg ? alu_ri_any : alu_mi_any;
    case 0x85: return reg ? test_rr : generic;
    case 0x89: return reg ? mov_rr : mov_mg;
    case 0x8B: return reg ? mov_rr_g : mov_gm;
    case 0x8D: return lea32;
    case 0xC1:
        if (!reg)
            return generic;
        return i->reg == 4 ? shl_ri : i->reg == 5 ? shr_ri : i->reg == 7 ? sar_ri : generic;
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
