/* The eight ALU operations of opcodes 00-3F and group 1, shared by the
 * generic handlers (ops_alu.c) and the specialised ones (ops_fast.c). */
#ifndef TWIN86_ALU_H
#define TWIN86_ALU_H

#include "flags.h"

enum { ALU_ADD, ALU_OR, ALU_ADC, ALU_SBB, ALU_AND, ALU_SUB, ALU_XOR, ALU_CMP };

/* Computes a op b, records the flags, returns the result (unmasked). */
static ALWAYS_INLINE uint32_t alu(cpu *c, unsigned op, uint32_t a, uint32_t b, unsigned size)
{
    uint32_t r;
    uint8_t cin;
    switch (op) {
    case ALU_ADD: r = a + b; lf_record(c, LF_ADD, size, a, b, r); return r;
    case ALU_OR: r = a | b; lf_record_logic(c, size, r); return r;
    case ALU_ADC:
        cin = (uint8_t)flag_cf(c);
        r = a + b + cin;
        lf_record(c, LF_ADC, size, a, b, r);
        c->lf.cf_in = cin;
        return r;
    case ALU_SBB:
        cin = (uint8_t)flag_cf(c);
        r = a - b - cin;
        lf_record(c, LF_SBB, size, a, b, r);
        c->lf.cf_in = cin;
        return r;
    case ALU_AND: r = a & b; lf_record_logic(c, size, r); return r;
    case ALU_XOR: r = a ^ b; lf_record_logic(c, size, r); return r;
    default: r = a - b; lf_record(c, LF_SUB, size, a, b, r); return r; /* SUB, CMP */
    }
}

#endif
