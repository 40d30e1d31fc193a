/* Exceptions and interrupts. Faults unwind to the run loop with longjmp; the
 * loop rewinds EIP to the faulting instruction and delivers the vector through
 * the real-mode interrupt vector table (IDTR base/limit). A fault while
 * delivering a contributory fault becomes #DF; a fault while delivering #DF
 * is a triple fault, which resets the CPU. */
#include <stdio.h>
#include "access.h"
#include "flags.h"
#include "segment.h"

_Noreturn void cpu_fault_err(cpu *c, int vector, uint32_t error)
{
    c->exc_vector = vector;
    c->exc_error = error;
    c->exc_has_error = 1;
    longjmp(c->fault_jmp, 1);
}

_Noreturn void cpu_fault(cpu *c, int vector)
{
    c->exc_vector = vector;
    c->exc_error = 0;
    c->exc_has_error = 0;
    longjmp(c->fault_jmp, 1);
}

void cpu_stop_unsupported(cpu *c, const char *what)
{
    snprintf(c->stop_detail, sizeof c->stop_detail, "%s (at %04X:%08X)", what,
             c->seg[SEG_CS].sel, c->insn_eip);
    c->stop_reason = CPU_STOP_UNSUPPORTED;
    c->async |= ASYNC_STOP;
}

/* Real-mode delivery: push FLAGS, CS, IP; clear IF, TF, AC; load CS:IP from
 * the vector table. Error codes do not exist in real mode. */
void cpu_deliver_interrupt(cpu *c, unsigned vector, int software)
{
    (void)software;
    if (vector * 4 + 3 > c->idtr.limit)
        cpu_fault_err(c, EXC_GP, vector * 8 + 2);
    uint32_t entry = lin_read(c, c->idtr.base + vector * 4, 4);
    uint32_t m = sp_mask(c), sp = sp_get(c);
    mem_wr(c, SEG_SS, (sp - 2) & m, flags_get(c), 2);
    mem_wr(c, SEG_SS, (sp - 4) & m, c->seg[SEG_CS].sel, 2);
    mem_wr(c, SEG_SS, (sp - 6) & m, c->eip, 2);
    seg_load_cs_eip(c, (uint16_t)(entry >> 16), entry & 0xFFFF);
    sp_set(c, sp - 6);
    c->eflags &= ~(F_IF | F_TF | F_AC | F_RF);
    c->trap_suppress = 1;     /* no single-step trap into the handler */
    c->halted = 0;
    cpu_update_async(c);
}

static int contributory(int v)
{
    return v == EXC_DE || v == EXC_TS || v == EXC_NP || v == EXC_SS || v == EXC_GP;
}

/* Called by the run loop after a fault unwound to it. Returns 0, or 1 when
 * the CPU shut down (triple fault) and was reset. */
int cpu_handle_fault(cpu *c)
{
    int vector = c->exc_vector;
    if (c->exc_depth > 0) {
        int prev = c->exc_depth_vector;
        if (prev == EXC_DF) {
            snprintf(c->stop_detail, sizeof c->stop_detail,
                     "triple fault at %04X:%08X; the CPU was reset", c->seg[SEG_CS].sel,
                     c->insn_eip);
            c->exc_depth = 0;
            cpu_reset(c);
            c->stop_reason = CPU_STOP_SHUTDOWN;
            return 1;
        }
        if ((contributory(prev) && contributory(vector)) ||
            (prev == EXC_PF && (vector == EXC_PF || contributory(vector))))
            vector = EXC_DF;
    }
    c->eip = c->insn_eip;
    c->exc_depth++;
    c->exc_depth_vector = vector;
    cpu_deliver_interrupt(c, (unsigned)vector, 0);
    c->exc_depth = 0;
    return 0;
}
