/* Data movement: MOV in all forms, LEA, XCHG, MOVZX/MOVSX, CBW/CWD family,
 * XLAT, BSWAP, CMOVcc, SETcc, LAHF/SAHF, SALC. */
#include "flags.h"
#include "ops.h"
#include "operand.h"

void op_mov_EG(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    e_set(c, i, reg_get(c, i->reg, size), size);
}

void op_mov_GE(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    reg_set(c, i->reg, e_get(c, i, size), size);
}

/* C6 /0, C7 /0 */
void op_mov_EI(cpu *c, const insn *i) { e_set(c, i, i->imm, size_bv(i)); }

/* B0-B7 byte registers, B8-BF full size. */
void op_mov_rI(cpu *c, const insn *i)
{
    reg_set(c, i->op & 7, i->imm, (i->op & 8) ? osize(i) : 1);
}

/* A0-A3: accumulator <-> moffs. */
void op_mov_AO(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    if (i->op & 2)
        mem_wr(c, i->seg, i->disp, reg_get(c, R_EAX, size), size);
    else
        reg_set(c, R_EAX, mem_rd(c, i->seg, i->disp, size), size);
}

void op_lea(cpu *c, const insn *i) { reg_set(c, i->reg, ea(c, i), osize(i)); }

void op_xchg_EG(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint32_t off = 0, a = e_read(c, i, size, &off);
    uint32_t b = reg_get(c, i->reg, size);
    e_write_at(c, i, off, b, size);
    reg_set(c, i->reg, a, size);
}

/* 91-97 */
void op_xchg_Ar(cpu *c, const insn *i)
{
    unsigned size = osize(i), r = i->op & 7;
    uint32_t a = reg_get(c, R_EAX, size);
    reg_set(c, R_EAX, reg_get(c, r, size), size);
    reg_set(c, r, a, size);
}

void op_nop(cpu *c, const insn *i) { (void)c; (void)i; }

/* 0F B6/B7 zero-extend, 0F BE/BF sign-extend. */
void op_movx(cpu *c, const insn *i)
{
    unsigned from = (i->op & 1) ? 2 : 1;
    uint32_t v = e_get(c, i, from);
    if (i->op & 8)
        v = sext(v, from);
    reg_set(c, i->reg, v, osize(i));
}

/* 98: CBW / CWDE */
void op_cbw(cpu *c, const insn *i)
{
    if (i->flags & I_OP32)
        c->gpr[R_EAX] = (uint32_t)(int16_t)c->gpr[R_EAX];
    else
        *reg16p(c, R_EAX) = (uint16_t)(int8_t)c->gpr[R_EAX];
}

/* 99: CWD / CDQ */
void op_cwd(cpu *c, const insn *i)
{
    if (i->flags & I_OP32)
        c->gpr[R_EDX] = (c->gpr[R_EAX] & 0x80000000u) ? 0xFFFFFFFFu : 0;
    else
        *reg16p(c, R_EDX) = (c->gpr[R_EAX] & 0x8000) ? 0xFFFF : 0;
}

/* D7: AL = [seg:(E)BX + AL] */
void op_xlat(cpu *c, const insn *i)
{
    uint32_t off = (c->gpr[R_EBX] + (c->gpr[R_EAX] & 0xFF)) & amask(i);
    *reg8p(c, 0) = rd8(c, i->seg, off);
}

/* 0F C8-CF. With a 16-bit operand the result is undefined; we clear the
 * register's low word as several real CPUs do (docs/cpu.md). */
void op_bswap(cpu *c, const insn *i)
{
    unsigned r = i->op & 7;
    if (i->flags & I_OP32)
        c->gpr[r] = __builtin_bswap32(c->gpr[r]);
    else
        *reg16p(c, r) = 0;
}

/* 0F 40-4F. The source is read even when the condition is false. */
void op_cmov(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t v = e_get(c, i, size);
    if (flags_cond(c, i->op & 15))
        reg_set(c, i->reg, v, size);
}

/* 0F 90-9F */
void op_setcc(cpu *c, const insn *i) { e_set(c, i, (uint32_t)flags_cond(c, i->op & 15), 1); }

/* 9F: AH = SF ZF 0 AF 0 PF 1 CF */
void op_lahf(cpu *c, const insn *i)
{
    (void)i;
    *reg8p(c, 4) = (uint8_t)((flags_get(c) & (F_ARITH & 0xFF)) | F_FIXED1);
}

void op_sahf(cpu *c, const insn *i)
{
    (void)i;
    flags_set(c, *reg8p(c, 4), F_CF | F_PF | F_AF | F_ZF | F_SF);
}

/* D6: SALC, undocumented but present on every IA-32 CPU: AL = CF ? FF : 00. */
void op_salc(cpu *c, const insn *i)
{
    (void)i;
    *reg8p(c, 0) = flag_cf(c) ? 0xFF : 0x00;
}
