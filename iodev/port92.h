/* System control port A at 0x92 ("fast A20" and "fast reset"): bit 1 opens
 * the A20 gate of the machine's memory, a 0 -> 1 transition of bit 0 asks for
 * a system reset. Reading returns bit 1 as the gate's actual state and the
 * other bits as last written (bit 0 reads 0).
 *
 * The keyboard controller may set A20 through the same memory instance; the
 * last writer wins, where real chipsets OR the two sources.
 *
 * Wiring: port92_create(io, mem, reset_cb, opaque). The callback runs inside
 * the guest's OUT instruction: it should request the reset, and the machine
 * perform it once the instruction is done. port92_reset() on a system reset. */
#ifndef TWIN86_PORT92_H
#define TWIN86_PORT92_H

#include "twin86/iobus.h"
#include "twin86/memory.h"

#define PORT92_PORT 0x92

typedef struct port92 port92;

/* Returns NULL and sets *err on failure. */
port92 *port92_create(iobus *io, memory *mem, void (*reset)(void *opaque), void *opaque,
                      const char **err);

/* The bus keeps pointing at the port: destroy it only with its bus. */
void port92_destroy(port92 *p);

/* Clears the latched bits; the A20 gate is the memory's own business. */
void port92_reset(port92 *p);

#endif
