/* A tiny machine for the journal tests: a CPU on 1 MiB of RAM with a 64 KiB
 * ROM, a device window, a few ports whose writes ask for what a PC's
 * devices do (DMA now or at the next boundary, a PAM change, a window
 * move, NMI, a reset, an interrupt, an A20 change) and a hostapi instance.
 * Its run loop is a platform for dbg_twin86_create, so a -cosim ref slave
 * must follow it from the journal alone. */
#ifndef TWIN86_TESTS_MINIPC_H
#define TWIN86_TESTS_MINIPC_H

#include "twin86/cpu.h"
#include "twin86/debug.h"
#include "hostapi/hostapi.h"

/* Ports (OUT unless said). */
enum {
    MP_DMA_NOW = 0x80,   /* 16 bytes (AL + i) at 0x3000 during the OUT */
    MP_PAM = 0x81,       /* F0000-FFFFF: bit 0 reads RAM, bit 1 writes RAM */
    MP_DMA_LATER = 0x82, /* 4 bytes (AL ^ 0x5A) at 0x3100 after the OUT */
    MP_NMI = 0x83,       /* NMI after the OUT */
    MP_RESET = 0x84,     /* machine reset after the OUT */
    MP_COUNTER = 0x85,   /* IN: a counter the slave cannot know */
    MP_MOVE = 0x86,      /* the device window moves from A0000 to B0000 */
    MP_IRQ = 0x87,       /* an interrupt (vector AL) after the OUT */
    MP_A20 = 0x88,       /* A20 = bit 0 of AL, after the OUT */
    MP_IRQ_IDLE = 0x89,  /* an interrupt (vector AL) once the CPU halts, after 5000 idle ticks */
};
#define MP_WINDOW 0xA0000u
#define MP_WINDOW_MOVED 0xB0000u

struct minipc {
    memory *mem;
    iobus *io;
    cpu *c;
    hostapi *h;
    uint32_t counter;
    int dma_later, nmi, reset, irq, a20, irq_idle;
    uint8_t dma_value, vector, idle_vector;
    uint32_t window;
    /* Called at the end of each master run (the journal is complete). */
    void (*after_run)(void *opaque);
    void *after_opaque;
};

/* Builds it with `prog` at 0000:1000 and the CPU there; the ROM's reset
 * vector jumps to 0000:1100. */
struct minipc *minipc_create(const uint8_t *prog, size_t len, const char **err);
void minipc_destroy(struct minipc *p);
/* The platform run function for dbg_twin86_create (opaque: the minipc). */
int minipc_run(void *opaque, char *msg, size_t n);

#endif
