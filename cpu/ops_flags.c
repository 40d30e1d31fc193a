/* Single-flag instructions: CLC STC CMC CLI STI CLD STD. CLI and STI are
 * IOPL-sensitive; with CR4.VME (virtual-8086) or CR4.PVI (CPL 3) they change
 * the virtual interrupt flag instead of faulting. */
#include "flags.h"
#include "ops.h"

void op_clc(cpu *c, const insn *i) { (void)i; flags_set(c, 0, F_CF); }
void op_stc(cpu *c, const insn *i) { (void)i; flags_set(c, F_CF, F_CF); }
void op_cmc(cpu *c, const insn *i) { (void)i; flags_set(c, flag_cf(c) ? 0 : F_CF, F_CF); }
void op_cld(cpu *c, const insn *i) { (void)i; c->eflags &= ~F_DF; }
void op_std(cpu *c, const insn *i) { (void)i; c->eflags |= F_DF; }

/* Returns 1 if IF itself may change, 0 if VIF is to change instead. */
static int if_access(cpu *c)
{
    unsigned iopl = (c->eflags & F_IOPL) >> 12;
    if (!cpu_protected(c) || c->cpl <= iopl)
        return 1;
    if (cpu_v86(c) ? (c->cr4 & 1u) : (c->cpl == 3 && (c->cr4 & 2u)))
        return 0;
    cpu_fault_err(c, EXC_GP, 0);
}

void op_cli(cpu *c, const insn *i)
{
    (void)i;
    c->eflags &= if_access(c) ? ~F_IF : ~F_VIF;
    cpu_update_async(c);
}

/* STI enables interrupts after the next instruction (only when IF was 0). */
void op_sti(cpu *c, const insn *i)
{
    (void)i;
    if (!if_access(c)) {
        if (c->eflags & F_VIP)
            cpu_fault_err(c, EXC_GP, 0);
        c->eflags |= F_VIF;
        return;
    }
    if (!(c->eflags & F_IF)) {
        c->eflags |= F_IF;
        if (!c->inhibit)
            c->inhibit = 1;
        c->async |= ASYNC_INHIBIT;
        cpu_update_async(c);
    }
}
