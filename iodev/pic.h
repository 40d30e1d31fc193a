/* The PC/AT pair of 8259A programmable interrupt controllers: the master at
 * ports 0x20/0x21 drives the CPU's INTR pin, the slave at 0xA0/0xA1 is cascaded
 * on the master's IR2, and the PIIX-style edge/level control registers (ELCR)
 * sit at 0x4D0 (IRQ0-7) and 0x4D1 (IRQ8-15).
 *
 * Implemented: ICW1-ICW4 (single or cascade, level-triggered mode, auto-EOI,
 * special fully nested mode), OCW1 masking, every OCW2 command (non-specific,
 * specific and rotating EOIs, set priority, rotate in auto-EOI), OCW3 (IRR/ISR
 * read select, poll, special mask mode), rotating priority, and the spurious
 * vectors IRQ7/IRQ15 when a request disappears before the acknowledge.
 *
 * Inputs are edge-triggered unless their ELCR bit (or ICW1's LTIM) says level.
 * An edge input latches its IRR bit on the rising edge and keeps it until it is
 * acknowledged, so irq_pulse() works; a level input's IRR bit follows the line.
 * Vectors are always 8086-style (ICW2 base + line); the 8080 CALL sequence is
 * not modelled.
 *
 * Wiring: pic_create(io, cpu_intr_line); devices get their line from
 * pic_irq_line(pic, n); the CPU calls pic_iack() when it accepts INTR, and
 * the machine calls pic_reset() on a system reset. ISA IRQ2 is wired to the
 * slave's IR1 (IRQ9) as on the AT bus, since the master's IR2 is the cascade. */
#ifndef TWIN86_PIC_H
#define TWIN86_PIC_H

#include <stdint.h>

#include "twin86/iobus.h"
#include "twin86/irq.h"

#define PIC_MASTER_PORT 0x20
#define PIC_SLAVE_PORT 0xA0
#define PIC_ELCR_PORT 0x4D0

typedef struct pic pic;

/* Claims the ports above. intr_out is set to 1 whenever an unmasked request
 * of sufficient priority is pending, and to 0 when none is. Returns NULL and
 * sets *err on failure. */
pic *pic_create(iobus *io, irq_line intr_out, const char **err);

/* The bus keeps pointing at the controller: destroy it only with its bus. */
void pic_destroy(pic *p);

/* Power-on / system reset state: both chips uninitialised, nothing pending,
 * all inputs edge-triggered. Input line levels are kept (they are external). */
void pic_reset(pic *p);

/* Sets input `irq` (0-15) to `level`. */
void pic_set_irq(pic *p, int irq, int level);

/* The line a device raises for `irq` (0-15). */
irq_line pic_irq_line(pic *p, int irq);

/* The CPU's interrupt-acknowledge cycle: returns the vector, moves the request
 * from IRR to ISR (on the slave too for cascaded lines) and re-evaluates INTR.
 * With nothing left to deliver it returns the spurious vector (IR7 of the
 * chip asked) without setting any ISR bit. */
uint8_t pic_iack(pic *p);

/* Current level of the INTR output. */
int pic_intr(const pic *p);

#endif
