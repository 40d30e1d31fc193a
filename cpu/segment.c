/* Loading segment registers and CS:EIP. Protected mode descriptor loads come
 * with the protected-mode work; until then CR0.PE stops the run (system.c). */
#include "access.h"
#include "segment.h"

void seg_load(cpu *c, unsigned seg, uint16_t sel)
{
    struct segreg *s = &c->seg[seg];
    s->sel = sel;
    s->base = (uint32_t)sel << 4;
    if (seg == SEG_SS) {
        /* MOV SS / POP SS / LSS: interrupts and debug traps wait one instruction. */
        c->inhibit = 2;
        c->async |= ASYNC_INHIBIT;
    }
}

void seg_load_cs_eip(cpu *c, uint16_t sel, uint32_t eip)
{
    struct segreg *cs = &c->seg[SEG_CS];
    if (eip > cs->limit)
        cpu_fault_err(c, EXC_GP, 0);
    cs->sel = sel;
    cs->base = (uint32_t)sel << 4;
    c->eip = eip;
}
