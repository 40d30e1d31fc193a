/* A bare CPU for the CPU tests: 2 MiB of memory, an empty I/O bus and a CPU
 * after reset, each test's own instance. */
#ifndef TWIN86_TESTS_CPU_BOX_H
#define TWIN86_TESTS_CPU_BOX_H

#include <stdio.h>
#include <stdlib.h>
#include "twin86/cpu.h"

struct box {
    memory *mem;
    iobus *io;
    cpu *cpu;
};

static inline struct box make(void)
{
    struct box b;
    const char *err = NULL;
    b.mem = mem_create(1u << 21, &err);
    b.io = io_create();
    b.cpu = b.mem && b.io ? cpu_create(b.mem, b.io) : NULL;
    if (!b.cpu) {
        fprintf(stderr, "cannot create a machine: %s\n", err ? err : "?");
        exit(99);
    }
    return b;
}

static inline void unmake(struct box *b)
{
    cpu_destroy(b->cpu);
    io_destroy(b->io);
    mem_destroy(b->mem);
}

#endif
