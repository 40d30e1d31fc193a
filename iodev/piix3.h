/* Intel 82371SB PIIX3, function 0: the PCI-to-ISA bridge, as PCI function
 * 00:01.0 (8086:7000, class 0601, multi-function).
 *
 * Implemented: the PIRQ route control registers 0x60-0x63 (PIRQA-D; bit 7
 * set disables the route, bits 3:0 name the ISA IRQ, of which 3-7, 9-12, 14
 * and 15 are valid): the PCI bus's PIRQ levels are ORed per ISA IRQ and
 * driven on the machine's ISA lines, as levels (the guest programs the PIC's
 * ELCR for them; 0x4D0/0x4D1 belong to the PIC). The reset control register
 * at port 0xCF9: a 0 -> 1 transition of bit 2 (RCPU) asks the machine to
 * reset, bit 1 (SRST) saying hard (system) or soft (CPU only). Other
 * configuration registers (0x4C-0xAF: ISA timing, XBCS, top of memory,
 * motherboard IRQ/DMA routing, APIC base, SMI) keep their reset values and
 * take writes without effect. Function 1, the IDE controller, is ide.h's
 * ide_attach_pci.
 *
 * Wiring: piix3_create(bus, isa) with isa[n] the PIC input for IRQ n (an ISA
 * device wired to the same IRQ needs an OR in front: the PIIX3 only drives the
 * levels of its PIRQs); piix3_set_reset to receive 0xCF9 resets;
 * piix3_reset on every system reset. */
#ifndef TWIN86_PIIX3_H
#define TWIN86_PIIX3_H

#include "twin86/irq.h"
#include "twin86/pci.h"

#define PIIX3_VENDOR 0x8086
#define PIIX3_DEVICE 0x7000
#define PIIX3_SLOT 1
#define PIIX3_PIRQRC 0x60

typedef struct piix3 piix3;

/* `hard` is 1 for a system reset (SRST set), 0 for a CPU-only (INIT) reset. */
typedef void (*piix3_reset_fn)(void *opaque, int hard);

/* Adds 00:01.0, becomes the bus's PIRQ router and owner of port 0xCF9.
 * Returns NULL with *err set on failure. */
piix3 *piix3_create(pci_bus *bus, const irq_line isa[16], const char **err);
void piix3_destroy(piix3 *p);
void piix3_reset(piix3 *p);
void piix3_set_reset(piix3 *p, piix3_reset_fn fn, void *opaque);

#endif
