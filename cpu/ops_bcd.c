/* Decimal adjust instructions DAA DAS AAA AAS AAM AAD, following the
 * manuals' pseudo-code. Undefined flags: see docs/cpu.md. */
#include "flags.h"
#include "ops.h"

static inline uint8_t *al(cpu *c) { return reg8p(c, 0); }
static inline uint8_t *ah(cpu *c) { return reg8p(c, 4); }

/* 27 DAA, 2F DAS. OF is undefined; we report the signed overflow of the
 * adjustment, as Intel hardware does. */
void op_daa_das(cpu *c, const insn *i)
{
    int sub = i->op == 0x2F;
    uint8_t old = *al(c), v = old;
    int cf = flag_cf(c), af = flag_af(c);
    int newcf = 0, newaf = 0;
    if ((old & 0x0F) > 9 || af) {
        v = sub ? (uint8_t)(v - 6) : (uint8_t)(v + 6);
        newaf = 1;
        if (sub && old < 6)   /* DAS keeps the borrow of this step (DAA's carry is subsumed below) */
            newcf = 1;
    }
    if (old > 0x99 || cf) {
        v = sub ? (uint8_t)(v - 0x60) : (uint8_t)(v + 0x60);
        newcf = 1;
    }
    *al(c) = v;
    uint32_t f = flags_szp(v, 1);
    if (newcf) f |= F_CF;
    if (newaf) f |= F_AF;
    if (sub ? ((old ^ v) & old & 0x80) : ((old ^ v) & v & 0x80))
        f |= F_OF;
    flags_set_arith(c, f);
}

/* 37 AAA, 3F AAS. SF ZF PF OF are undefined; we set them from AL after the
 * adjustment (OF = 0). */
void op_aaa_aas(cpu *c, const insn *i)
{
    int sub = i->op == 0x3F;
    uint32_t f = 0;
    if ((*al(c) & 0x0F) > 9 || flag_af(c)) {
        if (sub) {
            *reg16p(c, R_EAX) = (uint16_t)(*reg16p(c, R_EAX) - 6);
            *ah(c) = (uint8_t)(*ah(c) - 1);
        } else {
            *reg16p(c, R_EAX) = (uint16_t)(*reg16p(c, R_EAX) + 0x106);
        }
        f = F_AF | F_CF;
    }
    *al(c) &= 0x0F;
    flags_set_arith(c, f | flags_szp(*al(c), 1));
}

/* D4 ib: AAM. Base 0 raises #DE. */
void op_aam(cpu *c, const insn *i)
{
    uint8_t base = (uint8_t)i->imm;
    if (base == 0)
        cpu_fault(c, EXC_DE);
    uint8_t v = *al(c);
    *ah(c) = v / base;
    *al(c) = v % base;
    flags_set_arith(c, flags_szp(*al(c), 1));
}

/* D5 ib: AAD. */
void op_aad(cpu *c, const insn *i)
{
    uint8_t v = (uint8_t)(*al(c) + *ah(c) * (uint8_t)i->imm);
    *reg16p(c, R_EAX) = v;
    flags_set_arith(c, flags_szp(v, 1));
}
