/* The PC/AT's two 8237 DMA controllers: channels 0-3 move bytes (ports
 * 0x00-0x0F), channels 4-7 move 16-bit words (ports 0xC0-0xDF, one register
 * every other port; odd ports alias the even ones below them). Channel 4 is
 * the cascade input of the first controller: channels 0-3 work only while it
 * is unmasked, as on the real board. The page registers are ports 0x80-0x8F
 * (channel 0: 0x87, 1: 0x83, 2: 0x81, 3: 0x82, 4: 0x8F, 5: 0x8B, 6: 0x89,
 * 7: 0x8A); the others, 0x80 among them, just hold what was written there.
 *
 * Devices pull their data: a floppy controller reading a sector calls
 * isadma_transfer(d, 2, sector, 512, 1). Transfers happen at once, in the
 * caller's time; single, block and demand modes therefore behave alike.
 * The direction is the caller's; a channel in verify mode counts without
 * touching memory (nor buf). */
#ifndef TWIN86_ISADMA_H
#define TWIN86_ISADMA_H

#include <stdint.h>

#include "twin86/iobus.h"
#include "twin86/memory.h"

typedef struct isadma isadma;

/* Claims ports 0x00-0x0F, 0x80-0x8F and 0xC0-0xDF, in the power-on state
 * (every channel masked). Returns NULL and sets *err on failure. */
isadma *isadma_create(iobus *io, memory *mem, const char **err);
/* The bus keeps pointing at the controllers: destroy them with (or after) it. */
void isadma_destroy(isadma *d);
void isadma_reset(isadma *d); /* master clear of both controllers */

/* Moves up to len bytes between buf and guest memory (to_memory: device ->
 * memory), stopping at terminal count. Returns the bytes moved (a 16-bit
 * channel moves whole words, so an odd last byte stays), or -1 if the channel
 * cannot transfer (masked, in cascade mode, its controller disabled, channel
 * 4, or above 7). At terminal count the channel's status bit is set and it
 * either reloads (auto-initialize) or masks itself. */
int isadma_transfer(isadma *d, unsigned channel, void *buf, unsigned len, int to_memory);

/* Whether the channel's last transfer reached terminal count (the TC signal
 * a device sees, e.g. to end a floppy command). */
int isadma_tc(const isadma *d, unsigned channel);
/* Whether isadma_transfer would move data now. */
int isadma_ready(const isadma *d, unsigned channel);
/* Bytes left before terminal count. */
unsigned isadma_remaining(const isadma *d, unsigned channel);
/* A device's DREQ line, shown in the status register's request bits. */
void isadma_set_dreq(isadma *d, unsigned channel, int level);
/* The byte last written to page register port 0x80 + index (index 0 is the
 * POST code port 0x80). */
uint8_t isadma_page_port(const isadma *d, unsigned index);

#endif
