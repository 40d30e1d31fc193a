/* The hostapi escape (see include/twin86/cpu.h): UD1 with reg=7 and a
 * displacement-only memory operand. Intel guarantees UD1 raises #UD on every
 * IA-32 CPU, so guest code can probe for the escape safely: where no host
 * answers, the guest gets the #UD it would get on real hardware. */
#include "ops.h"
#include "operand.h"

/* 0F B9 */
void op_ud1(cpu *c, const insn *i)
{
    int disp_only = i->mod == 0 && ((i->flags & I_AD32) ? i->rm == 5 : i->rm == 6);
    if (!c->hostapi || i->reg != 7 || !disp_only)
        cpu_fault(c, EXC_UD);
    uint32_t linear = seg_lin_r(c, i->seg, i->disp, 1);
    if (c->hostapi(c->hostapi_opaque, c, linear) < 0)
        cpu_fault(c, EXC_UD);
}
