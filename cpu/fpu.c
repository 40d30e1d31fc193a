/* x87 FPU: entry points from the decode table. Until the FPU is implemented
 * no coprocessor is present (CPUID.FPU=0): CR0.EM or CR0.TS raise #NM, and
 * otherwise the escape does nothing and stores nothing, which is how software
 * probing with FNINIT/FNSTSW sees a missing coprocessor. */
#include "ops.h"

/* D8-DF */
void op_fpu(cpu *c, const insn *i)
{
    (void)i;
    if (c->cr0 & (4u | 8u))
        cpu_fault(c, EXC_NM);
}

/* 9B WAIT/FWAIT: #NM when CR0.MP and CR0.TS are both set. */
void op_fwait(cpu *c, const insn *i)
{
    (void)i;
    if ((c->cr0 & 2u) && (c->cr0 & 8u))
        cpu_fault(c, EXC_NM);
}

/* Power-on and RESET state of the FPU. */
void fpu_reset(cpu *c)
{
    struct fpu *f = &c->fpu;
    for (int r = 0; r < 8; r++) {
        f->st[r].mant = 0;
        f->st[r].se = 0;
    }
    f->cw = 0x0040;
    f->sw = 0;
    f->tw = 0x5555;
    f->fop = 0;
    f->fip = f->fdp = 0;
    f->fcs = f->fds = 0;
}
