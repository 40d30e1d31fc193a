/* Bochs/QEMU-style debug console on port 0xE9: every byte the guest writes
 * there is appended to a host stream. Reading the port returns 0xE9, which is
 * how guests detect that the console exists. */
#ifndef TWIN86_DEBUGCON_H
#define TWIN86_DEBUGCON_H

#include <stdio.h>

#include "twin86/iobus.h"

#define DEBUGCON_PORT 0xE9

typedef struct debugcon debugcon;

/* Claims DEBUGCON_PORT on `bus` and writes guest output to `out` (not closed by
 * the console). Returns NULL and sets *err on failure. */
debugcon *debugcon_create(iobus *bus, FILE *out, const char **err);
/* The same at another port (QEMU's isa-debugcon,iobase=N; SeaBIOS logs to 0x402). */
debugcon *debugcon_create_at(iobus *bus, uint16_t port, FILE *out, const char **err);

/* The bus keeps pointing at the console: destroy it only with (or after) its bus. */
void debugcon_destroy(debugcon *d);

#endif
