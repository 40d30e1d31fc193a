/* QEMU's isa-debug-exit: a guest write of value v to any of its ports asks the
 * emulator to exit with status (v << 1) | 1, so a test can never exit 0 by
 * accident. QEMU's defaults are iobase=0x501, iosize=2; tests often choose
 * iobase=0xf4, iosize=0x04. Reads return all ones.
 *
 * Wiring: debugexit_create(io, 0xF4, 4, cb, opaque) for
 * "-device isa-debug-exit,iobase=0xf4,iosize=0x04". The callback runs inside
 * the guest's OUT: it should record the status and stop the run loop; the
 * status is a full int, and exit() keeps only its low 8 bits. */
#ifndef TWIN86_DEBUGEXIT_H
#define TWIN86_DEBUGEXIT_H

#include <stdint.h>

#include "twin86/iobus.h"

#define DEBUGEXIT_DEFAULT_BASE 0x501
#define DEBUGEXIT_DEFAULT_SIZE 2

typedef struct debugexit debugexit;

/* Claims ports [base, base+size), size 1..256. Returns NULL and sets *err on
 * failure. */
debugexit *debugexit_create(iobus *io, uint16_t base, unsigned size,
                            void (*request_exit)(void *opaque, int status), void *opaque,
                            const char **err);

/* The bus keeps pointing at the device: destroy it only with its bus. */
void debugexit_destroy(debugexit *d);

#endif
