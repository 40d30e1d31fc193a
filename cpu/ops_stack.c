/* Stack instructions: PUSH/POP of registers, immediates and memory, PUSHA/POPA,
 * PUSHF/POPF, ENTER/LEAVE. */
#include "flags.h"
#include "ops.h"
#include "operand.h"

void op_push_r(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    push(c, reg_get(c, i->op & 7, size), size);
}

/* POP SP loads the popped value (the increment is overwritten). */
void op_pop_r(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t v = pop(c, size);
    reg_set(c, i->op & 7, v, size);
}

void op_push_I(cpu *c, const insn *i) { push(c, i->imm, osize(i)); }

/* FF /6 */
void op_push_E(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    push(c, e_get(c, i, size), size);
}

/* 8F /0. The address is computed after ESP is incremented, as the manuals
 * specify; on a fault ESP is restored. */
void op_pop_E(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t old = c->gpr[R_ESP];
    uint32_t v = pop(c, size);
    if (i->mod == 3) {
        reg_set(c, i->rm, v, size);
        return;
    }
    uint32_t off = ea(c, i);       /* uses the incremented ESP */
    uint32_t popped = c->gpr[R_ESP];
    c->gpr[R_ESP] = old;           /* as it was, should the write fault */
    mem_wr(c, i->seg, off, v, size);
    c->gpr[R_ESP] = popped;
}

/* 60: PUSHA pushes the SP value from before the instruction. */
void op_pusha(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t m = sp_mask(c), sp = sp_get(c);
    uint32_t orig_sp = reg_get(c, R_ESP, size);
    for (unsigned r = 0; r < 8; r++) {
        sp = (sp - size) & m;
        mem_wr(c, SEG_SS, sp, r == R_ESP ? orig_sp : reg_get(c, r, size), size);
    }
    sp_set(c, sp);
}

/* 61: POPA skips the saved SP. */
void op_popa(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t m = sp_mask(c), sp = sp_get(c);
    uint32_t v[8];
    for (int r = 7; r >= 0; r--) {
        v[r] = mem_rd(c, SEG_SS, sp, size);
        sp = (sp + size) & m;
    }
    for (unsigned r = 0; r < 8; r++)
        if (r != R_ESP)
            reg_set(c, r, v[r], size);
    sp_set(c, sp);
}

/* 9C: VM and RF are never seen in the pushed image. In virtual-8086 mode
 * with IOPL < 3 only VME's 16-bit form works, showing VIF as IF. */
void op_pushf(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t fl = flags_get(c) & ~(F_VM | F_RF);
    if (cpu_v86(c) && (c->eflags & F_IOPL) != F_IOPL) {
        if (!(c->cr4 & 1u) || size == 4)
            cpu_fault_err(c, EXC_GP, 0);
        fl = (fl & ~F_IF) | ((fl & F_VIF) ? F_IF : 0) | F_IOPL;
    }
    push(c, fl, size);
}

/* 9D: IOPL changes only at CPL 0, IF only when CPL <= IOPL; a 16-bit POPF
 * leaves the upper half alone. */
void op_popf(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t mask = F_WRITABLE & ~F_RF;
    unsigned iopl = (c->eflags & F_IOPL) >> 12;
    if (cpu_v86(c) && iopl < 3) {
        if (!(c->cr4 & 1u) || size == 4)
            cpu_fault_err(c, EXC_GP, 0);
        uint32_t v = stack_peek(c, 0, 2);
        if ((v & F_TF) || ((v & F_IF) && (c->eflags & F_VIP)))
            cpu_fault_err(c, EXC_GP, 0);
        pop(c, 2);
        flags_set(c, (v & ~F_IF) | ((v & F_IF) ? F_VIF : 0), (mask & 0xFFFF & ~(F_IF | F_IOPL)) | F_VIF);
        return;
    }
    uint32_t v = pop(c, size);
    if (cpu_protected(c)) {
        if (c->cpl > 0)
            mask &= ~F_IOPL;
        if (c->cpl > iopl)
            mask &= ~F_IF;
    }
    if (size == 2)
        mask &= 0xFFFF;
    flags_set(c, v, mask);
    cpu_mode_changed(c);
}

/* C8: ENTER imm16, level. */
void op_enter(cpu *c, const insn *i)
{
    unsigned size = osize(i), level = i->imm2 & 31;
    uint32_t m = sp_mask(c), sp = sp_get(c);
    uint32_t bp = c->gpr[R_EBP] & m;
    sp = (sp - size) & m;
    mem_wr(c, SEG_SS, sp, reg_get(c, R_EBP, size), size);
    uint32_t frame = sp;
    if (level > 0) {
        for (unsigned l = 1; l < level; l++) {
            bp = (bp - size) & m;
            uint32_t v = mem_rd(c, SEG_SS, bp, size);
            sp = (sp - size) & m;
            mem_wr(c, SEG_SS, sp, v, size);
        }
        sp = (sp - size) & m;
        mem_wr(c, SEG_SS, sp, frame, size);
    }
    sp = (sp - i->imm) & m;
    /* The new stack top must be writable (checked by the processor on 486+). */
    (void)seg_lin_w(c, SEG_SS, sp, 1);
    if (cpu_stack32(c))
        c->gpr[R_EBP] = frame;
    else
        *reg16p(c, R_EBP) = (uint16_t)frame;
    sp_set(c, sp);
}

/* C9: LEAVE. */
void op_leave(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t m = sp_mask(c);
    uint32_t sp = c->gpr[R_EBP] & m;
    uint32_t v = mem_rd(c, SEG_SS, sp, size);
    sp_set(c, sp + size);
    reg_set(c, R_EBP, v, size);
}
