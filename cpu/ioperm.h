/* I/O privilege: in protected mode with CPL > IOPL, and always in
 * virtual-8086 mode, a port access needs clear bits in the TSS's I/O
 * permission bitmap, or it raises #GP(0). */
#ifndef TWIN86_IOPERM_H
#define TWIN86_IOPERM_H

#include "cpu_state.h"

void io_check_bitmap(cpu *c, uint16_t port, unsigned size);

static inline void io_check(cpu *c, uint16_t port, unsigned size)
{
    if (cpu_protected(c) && (cpu_v86(c) || c->cpl > ((c->eflags & F_IOPL) >> 12)))
        io_check_bitmap(c, port, size);
}

#endif
