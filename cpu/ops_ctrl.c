/* Control transfers: Jcc, JMP, CALL, RET (near and far), LOOP family, JCXZ,
 * INT n / INT3 / INTO / INT1, IRET, BOUND, HLT. */
#include "flags.h"
#include "ops.h"
#include "operand.h"
#include "farxfer.h"
#include "segment.h"

/* 70-7F and 0F 80-8F. imm holds the sign-extended displacement. */
void op_jcc(cpu *c, const insn *i)
{
    if (flags_cond(c, i->op & 15))
        jump_near(c, i, c->eip + i->imm);
}

/* EB, E9 */
void op_jmp_J(cpu *c, const insn *i) { jump_near(c, i, c->eip + i->imm); }

/* E8 */
void op_call_J(cpu *c, const insn *i)
{
    uint32_t target = c->eip + i->imm;
    if (!(i->flags & I_OP32))
        target &= 0xFFFF;
    if (target > c->seg[SEG_CS].limit)
        cpu_fault_err(c, EXC_GP, 0);
    push(c, c->eip, osize(i));
    c->eip = target;
}

/* FF /2 */
void op_call_E(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t target = e_get(c, i, size);
    if (target > c->seg[SEG_CS].limit)
        cpu_fault_err(c, EXC_GP, 0);
    push(c, c->eip, size);
    c->eip = target;
}

/* FF /4 */
void op_jmp_E(cpu *c, const insn *i) { jump_near(c, i, e_get(c, i, osize(i))); }

/* C3, C2 imm16 */
void op_ret(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t target = stack_peek(c, 0, size);
    jump_near(c, i, target);
    sp_set(c, sp_get(c) + size + (i->op == 0xC2 ? i->imm : 0));
}

static void far_call(cpu *c, const insn *i, uint16_t sel, uint32_t off)
{
    if (cpu_pmode(c)) {
        pm_far_call(c, sel, off, (i->flags & I_OP32) != 0);
        return;
    }
    unsigned size = osize(i);
    uint32_t m = sp_mask(c), sp = sp_get(c);
    uint16_t old_cs = c->seg[SEG_CS].sel;
    uint32_t old_eip = c->eip;
    /* Write the frame first so a stack fault leaves CS:EIP and SP intact. */
    mem_wr(c, SEG_SS, (sp - size) & m, old_cs, size);
    mem_wr(c, SEG_SS, (sp - 2 * size) & m, old_eip, size);
    seg_load_cs_eip(c, sel, off);
    sp_set(c, sp - 2 * size);
}

/* 9A ptr16:16/32 */
void op_call_far_I(cpu *c, const insn *i) { far_call(c, i, i->imm2, i->imm); }

/* FF /3 m16:16/32 */
void op_call_far_E(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t off = ea(c, i);
    uint32_t target = mem_rd(c, i->seg, off, size);
    uint16_t sel = rd16(c, i->seg, (off + size) & amask(i));
    far_call(c, i, sel, target);
}

static void far_jump(cpu *c, const insn *i, uint16_t sel, uint32_t off)
{
    if (cpu_pmode(c))
        pm_far_jump(c, sel, off, (i->flags & I_OP32) != 0);
    else
        seg_load_cs_eip(c, sel, (i->flags & I_OP32) ? off : off & 0xFFFF);
}

/* EA ptr16:16/32 */
void op_jmp_far_I(cpu *c, const insn *i) { far_jump(c, i, i->imm2, i->imm); }

/* FF /5 */
void op_jmp_far_E(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t off = ea(c, i);
    uint32_t target = mem_rd(c, i->seg, off, size);
    far_jump(c, i, rd16(c, i->seg, (off + size) & amask(i)), target);
}

/* CB, CA imm16 */
void op_retf(cpu *c, const insn *i)
{
    uint16_t pop_bytes = i->op == 0xCA ? (uint16_t)i->imm : 0;
    if (cpu_pmode(c)) {
        pm_far_return(c, (i->flags & I_OP32) != 0, pop_bytes);
        return;
    }
    unsigned size = osize(i);
    uint32_t target = stack_peek(c, 0, size);
    uint16_t sel = (uint16_t)stack_peek(c, size, 2);
    if (size == 2)
        target &= 0xFFFF;
    seg_load_cs_eip(c, sel, target);
    sp_set(c, sp_get(c) + 2 * size + pop_bytes);
}

/* E0 LOOPNE, E1 LOOPE, E2 LOOP, E3 JCXZ/JECXZ: the counter is CX or ECX by
 * address size. */
void op_loop(cpu *c, const insn *i)
{
    uint32_t count = areg_get(c, i, R_ECX);
    int take;
    if (i->op == 0xE3) {
        take = count == 0;
    } else {
        count = (count - 1) & amask(i);
        areg_set(c, i, R_ECX, count);
        take = count != 0;
        if (i->op == 0xE0)
            take = take && !flag_zf(c);
        else if (i->op == 0xE1)
            take = take && flag_zf(c);
    }
    if (take)
        jump_near(c, i, c->eip + i->imm);
}

/* CD imm8 */
void op_int(cpu *c, const insn *i) { cpu_interrupt(c, i->imm & 0xFF, INT_SOFT, 0, 0); }
/* CC: INT3 is not subject to the V86 IOPL check, only to the gate's DPL. */
void op_int3(cpu *c, const insn *i)
{
    (void)i;
    cpu_interrupt(c, EXC_BP, INT_SOFT3, 0, 0);
}
/* F1: INT1 / ICEBP raises #DB as a trap, without the gate DPL check. */
void op_int1(cpu *c, const insn *i) { (void)i; cpu_interrupt(c, EXC_DB, INT_EXC, 0, 0); }
/* CE */
void op_into(cpu *c, const insn *i)
{
    (void)i;
    if (flag_of(c))
        cpu_interrupt(c, EXC_OF, INT_SOFT3, 0, 0);
}

/* CF: real-mode and virtual-8086 IRET pop IP, CS, FLAGS (or the 32-bit
 * forms with 66h); protected mode has its own rules (farxfer.c). */
void op_iret(cpu *c, const insn *i)
{
    int op32 = (i->flags & I_OP32) != 0;
    if (cpu_pmode(c)) {
        pm_iret(c, op32);
    } else {
        unsigned size = op32 ? 4 : 2;
        uint32_t target = stack_peek(c, 0, size);
        uint16_t sel = (uint16_t)stack_peek(c, size, 2);
        uint32_t fl = stack_peek(c, 2 * size, size);
        uint32_t mask = F_WRITABLE;
        if (cpu_v86(c)) {
            unsigned iopl = (c->eflags & F_IOPL) >> 12;
            mask &= ~F_IOPL;
            if (iopl < 3) {
                /* Only VME's 16-bit form, which virtualises IF as VIF. */
                if (!(c->cr4 & 1u) || op32 || (fl & F_TF) || ((fl & F_IF) && (c->eflags & F_VIP)))
                    cpu_fault_err(c, EXC_GP, 0);
                mask &= ~F_IF;
                flags_set(c, (fl & F_IF) ? F_VIF : 0, F_VIF);
            }
        }
        if (size == 2) {
            target &= 0xFFFF;
            mask &= 0xFFFF;
        }
        seg_load_cs_eip(c, sel, target);
        sp_set(c, sp_get(c) + 3 * size);
        flags_set(c, fl, mask);
    }
    if (c->nmi_blocked) {
        c->nmi_blocked = 0;
        cpu_update_async(c);
    }
}

/* 62: BOUND r, m — #BR if the index is outside [lower, upper] (signed). */
void op_bound(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    uint32_t off = ea(c, i);
    int32_t idx = (int32_t)sext(reg_get(c, i->reg, size), size);
    int32_t lo = (int32_t)sext(mem_rd(c, i->seg, off, size), size);
    int32_t hi = (int32_t)sext(mem_rd(c, i->seg, (off + size) & amask(i), size), size);
    if (idx < lo || idx > hi)
        cpu_fault(c, EXC_BR);
}

/* F4 */
void op_hlt(cpu *c, const insn *i)
{
    (void)i;
    if (c->cpl)
        cpu_fault_err(c, EXC_GP, 0);
    c->halted = 1;
    c->async |= ASYNC_STOP;
    c->stop_reason = CPU_STOP_HALT;
}
