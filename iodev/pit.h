/* The 8254 programmable interval timer at ports 0x40-0x43, and system control
 * port B at 0x61 (channel 2's gate and the speaker data bit, OUT2 and the
 * refresh toggle read back).
 *
 * The input clock is 1.193182 MHz of virtual time: a counter read computes its
 * value from sched_now() at the moment of the read, so it is exact even in the
 * middle of a CPU slice. All six modes, binary and BCD counting, LSB/MSB/both
 * access, counter latch and read-back (count and status) are implemented.
 * Channel 0's OUT drives IRQ0; one scheduler timer is armed only for the next
 * rising edge of OUT0 (not for every tick). Channels 0 and 1 have their gates
 * tied high as on the PC; channel 1's OUT goes nowhere. Port 0x61 bit 4 toggles
 * every 18 PIT clocks (15.085 µs), like DRAM refresh requests.
 *
 * Wiring: pit_create(io, sched, pic_irq_line(pic, 0)) after the PIC;
 * pit_reset() on a system reset. */
#ifndef TWIN86_PIT_H
#define TWIN86_PIT_H

#include <stdint.h>

#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/sched.h"

#define PIT_PORT 0x40
#define PIT_PORT_B 0x61
#define PIT_HZ 1193182u

typedef struct pit pit;

/* Claims ports 0x40-0x43 and 0x61 and one scheduler timer. irq0 is driven
 * with channel 0's OUT (high at power-on). Returns NULL and sets *err on
 * failure. */
pit *pit_create(iobus *io, sched *s, irq_line irq0, const char **err);

/* The bus and scheduler keep pointers to the PIT: destroy it only with them. */
void pit_destroy(pit *p);

/* Power-on state: every counter in mode 3 awaiting a count with OUT high,
 * channel 2's gate and the speaker off. */
void pit_reset(pit *p);

/* Level of channel `ch`'s OUT pin now (0-2). */
int pit_out(pit *p, int ch);

/* The speaker's input now: OUT2 gated by port 0x61 bit 1. */
int pit_speaker(pit *p);

#endif
