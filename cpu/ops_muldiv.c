/* MUL, IMUL (one, two and three operands), DIV, IDIV. CF=OF report a result
 * that does not fit the low half; SF ZF PF follow the low half of the result
 * and AF is 0 (undefined in the manuals; see docs/cpu.md). */
#include "flags.h"
#include "ops.h"
#include "operand.h"

static void mul_flags(cpu *c, uint32_t low, unsigned size, int overflow)
{
    lf_record_shift(c, size, low, overflow, overflow);
}

/* Writes a double-width product to AX, DX:AX or EDX:EAX. */
static void store_wide(cpu *c, uint64_t p, unsigned size)
{
    if (size == 1) {
        *reg16p(c, R_EAX) = (uint16_t)p;
    } else {
        reg_set(c, R_EAX, (uint32_t)p, size);
        reg_set(c, R_EDX, (uint32_t)(p >> (size * 8)), size);
    }
}

/* F6/F7 /4 */
void op_mul(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint64_t p = (uint64_t)reg_get(c, R_EAX, size) * e_get(c, i, size);
    store_wide(c, p, size);
    mul_flags(c, (uint32_t)p, size, (p >> (size * 8)) != 0);
}

/* F6/F7 /5 */
void op_imul1(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    int64_t p = (int64_t)(int32_t)sext(reg_get(c, R_EAX, size), size) *
                (int32_t)sext(e_get(c, i, size), size);
    store_wide(c, (uint64_t)p, size);
    mul_flags(c, (uint32_t)p, size, p != (int32_t)sext((uint32_t)p, size));
}

static void imul_to_reg(cpu *c, const insn *i, uint32_t a, uint32_t b)
{
    unsigned size = osize(i);
    int64_t p = (int64_t)(int32_t)sext(a, size) * (int32_t)sext(b, size);
    reg_set(c, i->reg, (uint32_t)p, size);
    mul_flags(c, (uint32_t)p, size, p != (int32_t)sext((uint32_t)p, size));
}

/* 0F AF: IMUL r, r/m */
void op_imul2(cpu *c, const insn *i) { imul_to_reg(c, i, reg_get(c, i->reg, osize(i)), e_get(c, i, osize(i))); }

/* 69, 6B: IMUL r, r/m, imm */
void op_imul3(cpu *c, const insn *i) { imul_to_reg(c, i, e_get(c, i, osize(i)), i->imm); }

/* Dividend: AX, DX:AX or EDX:EAX. */
static uint64_t dividend(cpu *c, unsigned size)
{
    if (size == 1)
        return *reg16p(c, R_EAX);
    return ((uint64_t)reg_get(c, R_EDX, size) << (size * 8)) | reg_get(c, R_EAX, size);
}

static void store_divide(cpu *c, uint32_t q, uint32_t r, unsigned size)
{
    if (size == 1) {
        *reg8p(c, 0) = (uint8_t)q;
        *reg8p(c, 4) = (uint8_t)r;
    } else {
        reg_set(c, R_EAX, q, size);
        reg_set(c, R_EDX, r, size);
    }
}

/* F6/F7 /6. Flags are undefined and left unchanged. */
void op_div(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint64_t d = e_get(c, i, size);
    uint64_t n = dividend(c, size);
    if (d == 0)
        cpu_fault(c, EXC_DE);
    uint64_t q = n / d;
    if (q > size_mask(size))
        cpu_fault(c, EXC_DE);
    store_divide(c, (uint32_t)q, (uint32_t)(n % d), size);
}

/* F6/F7 /7: the quotient truncates toward zero; the remainder takes the
 * dividend's sign. */
void op_idiv(cpu *c, const insn *i)
{
    unsigned size = size_bv(i), bits = size * 8;
    int64_t d = (int32_t)sext(e_get(c, i, size), size);
    uint64_t raw = dividend(c, size);
    int64_t n = bits == 32 ? (int64_t)raw : (int64_t)(raw << (64 - 2 * bits)) >> (64 - 2 * bits);
    if (d == 0)
        cpu_fault(c, EXC_DE);
    if (n == INT64_MIN && d == -1)
        cpu_fault(c, EXC_DE);
    int64_t q = n / d, r = n % d;
    int64_t qmax = ((int64_t)1 << (bits - 1)) - 1, qmin = -((int64_t)1 << (bits - 1));
    if (q > qmax || q < qmin)
        cpu_fault(c, EXC_DE);
    store_divide(c, (uint32_t)q, (uint32_t)r, size);
}
