/* Single-flag instructions: CLC STC CMC CLI STI CLD STD. */
#include "flags.h"
#include "ops.h"

void op_clc(cpu *c, const insn *i) { (void)i; flags_set(c, 0, F_CF); }
void op_stc(cpu *c, const insn *i) { (void)i; flags_set(c, F_CF, F_CF); }
void op_cmc(cpu *c, const insn *i) { (void)i; flags_set(c, flag_cf(c) ? 0 : F_CF, F_CF); }
void op_cld(cpu *c, const insn *i) { (void)i; c->eflags &= ~F_DF; }
void op_std(cpu *c, const insn *i) { (void)i; c->eflags |= F_DF; }

void op_cli(cpu *c, const insn *i)
{
    (void)i;
    c->eflags &= ~F_IF;
    cpu_update_async(c);
}

/* STI enables interrupts after the next instruction (only when IF was 0). */
void op_sti(cpu *c, const insn *i)
{
    (void)i;
    if (!(c->eflags & F_IF)) {
        c->eflags |= F_IF;
        if (!c->inhibit)
            c->inhibit = 1;
        c->async |= ASYNC_INHIBIT;
        cpu_update_async(c);
    }
}
