/* Operand access for handlers: effective addresses and the register-or-memory
 * (ModRM "E") and register ("G") operands in 8/16/32-bit sizes. */
#ifndef TWIN86_OPERAND_H
#define TWIN86_OPERAND_H

#include "access.h"
#include "insn.h"

/* One formula for both address sizes (16-bit forms have scale 0), so the
 * size costs a mask rather than a branch. */
static ALWAYS_INLINE uint32_t ea(const cpu *c, const insn *i)
{
    uint32_t mask = (i->flags & I_AD32) ? 0xFFFFFFFFu : 0xFFFFu;
    return (c->gpr[i->base] + (c->gpr[i->index] << i->scale) + i->disp) & mask;
}

/* General register of `size` bytes (1, 2, 4); 8-bit numbering AL..BH.
 * Registers are always written whole, so a later 32-bit read (an effective
 * address, a 32-bit operand) forwards from the store instead of stalling
 * on a narrower one. */
static ALWAYS_INLINE uint32_t reg_get(cpu *c, unsigned r, unsigned size)
{
    if (size == 1)
        return (uint8_t)(c->gpr[r & 3] >> ((r >> 2) * 8));
    if (size == 2)
        return (uint16_t)c->gpr[r];
    return c->gpr[r];
}
static ALWAYS_INLINE void reg_set(cpu *c, unsigned r, uint32_t v, unsigned size)
{
    if (size == 4) {
        c->gpr[r] = v;
        return;
    }
    unsigned w = size == 1 ? r & 3 : r;
    uint32_t old = c->gpr[w];
    /* Opaque to the compiler, which would otherwise turn this merge back
     * into the narrow store it exists to avoid. */
    __asm__("" : "+r"(old));
    if (size == 1) {
        unsigned shift = (r >> 2) * 8;
        c->gpr[w] = (old & ~(0xFFu << shift)) | ((v & 0xFF) << shift);
    } else {
        c->gpr[w] = (old & 0xFFFF0000u) | (v & 0xFFFF);
    }
}

/* The E operand. For read-modify-write, read with e_read (which returns the
 * offset through *off) and write back with e_write_at. */
static ALWAYS_INLINE uint32_t e_read(cpu *c, const insn *i, unsigned size, uint32_t *off)
{
    if (i->mod == 3)
        return reg_get(c, i->rm, size);
    *off = ea(c, i);
    return mem_rd(c, i->seg, *off, size);
}
static ALWAYS_INLINE void e_write_at(cpu *c, const insn *i, uint32_t off, uint32_t v, unsigned size)
{
    if (i->mod == 3)
        reg_set(c, i->rm, v, size);
    else
        mem_wr(c, i->seg, off, v, size);
}
static ALWAYS_INLINE uint32_t e_get(cpu *c, const insn *i, unsigned size)
{
    uint32_t off;
    return e_read(c, i, size, &off);
}
static ALWAYS_INLINE void e_set(cpu *c, const insn *i, uint32_t v, unsigned size)
{
    e_write_at(c, i, i->mod == 3 ? 0 : ea(c, i), v, size);
}

/* Operand size of an opcode whose low bit selects byte (0) or full size (1). */
static inline unsigned size_bv(const insn *i) { return (i->op & 1) ? osize(i) : 1; }

static inline uint32_t sext(uint32_t v, unsigned size)
{
    return size == 1 ? (uint32_t)(int8_t)v : size == 2 ? (uint32_t)(int16_t)v : v;
}

/* Address-size register views for string ops, LOOP and JCXZ. */
static inline uint32_t amask(const insn *i) { return (i->flags & I_AD32) ? 0xFFFFFFFFu : 0xFFFFu; }
static inline uint32_t areg_get(const cpu *c, const insn *i, unsigned r) { return c->gpr[r] & amask(i); }
static inline void areg_set(cpu *c, const insn *i, unsigned r, uint32_t v)
{
    uint32_t m = amask(i);
    c->gpr[r] = (c->gpr[r] & ~m) | (v & m);
}

/* Near branch target: EIP is truncated to the operand size. */
static inline void jump_near(cpu *c, const insn *i, uint32_t target)
{
    if (!(i->flags & I_OP32))
        target &= 0xFFFF;
    if (target > c->seg[SEG_CS].limit)
        cpu_fault_err(c, EXC_GP, 0);
    c->eip = target;
}

#endif
