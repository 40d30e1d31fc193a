/* Port I/O through the debugger's hook when one is armed (cpu_debug.c). */
#ifndef TWIN86_CPU_DEBUG_H
#define TWIN86_CPU_DEBUG_H

#include "cpu_state.h"

static inline uint32_t cpu_io_read(cpu *c, uint16_t port, unsigned size)
{
    if (unlikely(c->hooks.io != NULL))
        return c->hooks.io(c->hooks.opaque, c, port, size, 0, 0);
    return io_read(c->io, port, size);
}

static inline void cpu_io_write(cpu *c, uint16_t port, uint32_t value, unsigned size)
{
    if (unlikely(c->hooks.io != NULL))
        c->hooks.io(c->hooks.opaque, c, port, size, 1, value);
    else
        io_write(c->io, port, value, size);
}

#endif
