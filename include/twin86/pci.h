/* PCI: configuration mechanism #1 (ports 0xCF8/0xCFC) on bus 0, functions
 * with 256-byte configuration spaces, BARs, and INTx routed through the
 * PIIX3's PIRQ registers to ISA IRQ lines. */
#ifndef TWIN86_PCI_H
#define TWIN86_PCI_H

#include <stdint.h>
#include "twin86/iobus.h"
#include "twin86/irq.h"

typedef struct pci_bus pci_bus;
typedef struct pci_dev pci_dev;

/* Called after a configuration write was applied (through the write mask):
 * BAR and command-register changes, device-specific registers. */
typedef void (*pci_write_fn)(void *opaque, pci_dev *d, unsigned reg, unsigned size);

pci_bus *pci_bus_create(iobus *io, const char **err);
void pci_bus_destroy(pci_bus *b);

/* Adds function `fn` of device `dev` with the standard header filled in
 * (vendor, device, class/revision, header type 0). */
pci_dev *pci_add(pci_bus *b, unsigned dev, unsigned fn, uint16_t vendor, uint16_t device,
                 uint32_t class_rev, pci_write_fn hook, void *opaque, const char *name,
                 const char **err);

uint8_t *pci_config(pci_dev *d);   /* the 256 configuration bytes */
uint8_t *pci_wmask(pci_dev *d);    /* which bits guest writes may change */

/* Declares BAR n (0-5): its size (a power of two) and whether it is I/O. */
void pci_set_bar(pci_dev *d, int n, uint32_t size, int io);
/* Current decoded address of BAR n, or 0 when decoding is off (command
 * register) or the BAR is unassigned. */
uint32_t pci_bar_address(pci_dev *d, int n);

/* INTx: the device asserts its interrupt pin (config byte 0x3D). The bus
 * maps slot and pin to PIRQA-D and the router (set by the PIIX3) to ISA. */
void pci_set_irq(pci_dev *d, int level);
typedef void (*pci_pirq_fn)(void *opaque, int pirq, int level);
void pci_set_pirq_router(pci_bus *b, pci_pirq_fn fn, void *opaque);

#endif
