/* Segment register instructions: MOV to/from Sreg, PUSH/POP Sreg, and the
 * far-pointer loads LES LDS LSS LFS LGS. */
#include "ops.h"
#include "operand.h"
#include "segment.h"

/* 8C: stores the selector; a register destination with 32-bit operand size
 * gets it zero-extended (as Pentium Pro and later do). */
void op_mov_ES(cpu *c, const insn *i)
{
    if (i->reg > SEG_GS)
        cpu_fault(c, EXC_UD);
    uint16_t sel = c->seg[i->reg].sel;
    if (i->mod == 3)
        reg_set(c, i->rm, sel, osize(i));
    else
        wr16(c, i->seg, ea(c, i), sel);
}

/* 8E: MOV CS is invalid. */
void op_mov_SE(cpu *c, const insn *i)
{
    if (i->reg > SEG_GS || i->reg == SEG_CS)
        cpu_fault(c, EXC_UD);
    seg_load(c, i->reg, (uint16_t)e_get(c, i, 2));
    if (i->reg == SEG_SS)
        seg_ss_shadow(c);
}

static unsigned sreg_of(const insn *i)
{
    switch (i->op) {
    case 0x06: case 0x07: return SEG_ES;
    case 0x0E: return SEG_CS;
    case 0x16: case 0x17: return SEG_SS;
    case 0x1E: case 0x1F: return SEG_DS;
    case 0x1A0: case 0x1A1: return SEG_FS;
    default: return SEG_GS;
    }
}

/* A 32-bit push of a segment register writes only the low word on P6-class
 * CPUs; we write the selector zero-extended (docs/cpu.md). */
void op_push_S(cpu *c, const insn *i) { push(c, c->seg[sreg_of(i)].sel, osize(i)); }

void op_pop_S(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint16_t sel = (uint16_t)stack_peek(c, 0, size);
    seg_load(c, sreg_of(i), sel);
    sp_set(c, sp_get(c) + size);
    if (sreg_of(i) == SEG_SS)
        seg_ss_shadow(c);
}

/* C4 LES, C5 LDS, 0F B2 LSS, 0F B4 LFS, 0F B5 LGS: reg = offset, Sreg = selector. */
void op_load_far(cpu *c, const insn *i)
{
    unsigned size = osize(i), seg;
    switch (i->op) {
    case 0xC4: seg = SEG_ES; break;
    case 0xC5: seg = SEG_DS; break;
    case 0x1B2: seg = SEG_SS; break;
    case 0x1B4: seg = SEG_FS; break;
    default: seg = SEG_GS; break;
    }
    uint32_t off = ea(c, i);
    uint32_t v = mem_rd(c, i->seg, off, size);
    uint16_t sel = rd16(c, i->seg, (off + size) & amask(i));
    seg_load(c, seg, sel);
    reg_set(c, i->reg, v, size);
}
