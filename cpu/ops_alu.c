/* ADD OR ADC SBB AND SUB XOR CMP TEST, INC DEC NEG NOT: every operand form.
 * The operation is ModRM.reg for group 1 and opcode bits 3-5 otherwise. */
#include "flags.h"
#include "ops.h"
#include "operand.h"

#include "alu.h"

static inline void alu_to_e(cpu *c, const insn *i, unsigned op, uint32_t b, unsigned size)
{
    uint32_t off = 0;
    uint32_t a = e_read(c, i, size, &off);
    uint32_t r = alu(c, op, a, b, size);
    if (op != ALU_CMP)
        e_write_at(c, i, off, r, size);
}

static inline void alu_to_g(cpu *c, const insn *i, unsigned size)
{
    unsigned op = (i->op >> 3) & 7;
    uint32_t r = alu(c, op, reg_get(c, i->reg, size), e_get(c, i, size), size);
    if (op != ALU_CMP)
        reg_set(c, i->reg, r, size);
}

void op_alu_EG(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    alu_to_e(c, i, (i->op >> 3) & 7, reg_get(c, i->reg, size), size);
}

void op_alu_GE(cpu *c, const insn *i) { alu_to_g(c, i, size_bv(i)); }

void op_alu_AI(cpu *c, const insn *i)
{
    unsigned size = size_bv(i), op = (i->op >> 3) & 7;
    uint32_t r = alu(c, op, reg_get(c, R_EAX, size), i->imm, size);
    if (op != ALU_CMP)
        reg_set(c, R_EAX, r, size);
}

/* 80 81 82 83: group 1, E op immediate (83 sign-extends its byte). */
void op_alu_EI(cpu *c, const insn *i)
{
    unsigned size = (i->op == 0x80 || i->op == 0x82) ? 1 : osize(i);
    alu_to_e(c, i, i->reg, i->imm, size);
}

void op_test_EG(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t a = e_get(c, i, size), b = reg_get(c, i->reg, size);
    lf_record_logic(c, size, a & b);
}

void op_test_AI(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t a = reg_get(c, R_EAX, size);
    lf_record_logic(c, size, a & i->imm);
}

void op_test_EI(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t a = e_get(c, i, size);
    lf_record_logic(c, size, a & i->imm);
}

static inline uint32_t incdec(cpu *c, uint32_t a, int dec, unsigned size)
{
    uint8_t cf = (uint8_t)flag_cf(c);
    uint32_t r = dec ? a - 1 : a + 1;
    lf_record(c, dec ? LF_DEC : LF_INC, size, a, 1, r);
    c->lf.cf_in = cf;
    return r;
}

/* 40-4F: INC/DEC r16/r32. */
void op_incdec_r(cpu *c, const insn *i)
{
    unsigned size = osize(i), r = i->op & 7;
    reg_set(c, r, incdec(c, reg_get(c, r, size), i->op & 8, size), size);
}

/* FE /0 /1 and FF /0 /1. */
void op_incdec_E(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t off = 0, a = e_read(c, i, size, &off);
    e_write_at(c, i, off, incdec(c, a, i->reg & 1, size), size);
}

void op_not_E(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t off = 0, a = e_read(c, i, size, &off);
    e_write_at(c, i, off, ~a, size);
}

void op_neg_E(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t off = 0, a = e_read(c, i, size, &off);
    uint32_t r = 0u - a;
    lf_record(c, LF_NEG, size, a, 0, r);
    e_write_at(c, i, off, r, size);
}
