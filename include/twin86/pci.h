/* PCI: configuration mechanism #1 (ports 0xCF8/0xCFC) on bus 0, functions
 * with 256-byte configuration spaces, BARs, and INTx routed through the
 * PIIX3's PIRQ registers to ISA IRQ lines.
 *
 * Configuration writes pass through a per-byte write mask (pci_wmask) and
 * then call the function's hook, which reacts (moves a BAR, reprograms PAM or
 * PIRQ routing). The status register's error bits are write-one-to-clear.
 * Reads of absent functions, of buses other than 0, or with the enable bit
 * (CONFIG_ADDRESS bit 31) clear return all ones. */
#ifndef TWIN86_PCI_H
#define TWIN86_PCI_H

#include "twin86/iobus.h"
#include "twin86/irq.h"
#include <stdint.h>

#define PCI_CONFIG_ADDRESS 0xCF8
#define PCI_CONFIG_DATA 0xCFC

/* Standard header registers and bits used by more than one device. */
enum {
    PCI_VENDOR_ID = 0x00,
    PCI_DEVICE_ID = 0x02,
    PCI_COMMAND = 0x04,
    PCI_STATUS = 0x06,
    PCI_CLASS_REVISION = 0x08,
    PCI_HEADER_TYPE = 0x0E,
    PCI_BAR0 = 0x10,
    PCI_INTERRUPT_LINE = 0x3C,
    PCI_INTERRUPT_PIN = 0x3D,
};
enum {
    PCI_CMD_IO = 0x0001,
    PCI_CMD_MEMORY = 0x0002,
    PCI_CMD_MASTER = 0x0004,
    PCI_CMD_INTX_DISABLE = 0x0400,
    PCI_STATUS_INTERRUPT = 0x0008,
    PCI_HEADER_MULTI_FUNCTION = 0x80,
};

typedef struct pci_bus pci_bus;
typedef struct pci_dev pci_dev;

/* Called after a configuration write was applied (through the write mask):
 * BAR and command-register changes, device-specific registers. reg and size
 * are the bytes the guest wrote (size 1, 2 or 4). */
typedef void (*pci_write_fn)(void *opaque, pci_dev *d, unsigned reg, unsigned size);

/* Claims ports 0xCF8-0xCFF. Returns NULL with *err set on failure. */
pci_bus *pci_bus_create(iobus *io, const char **err);
/* Frees the bus and its functions (not the devices owning them). */
void pci_bus_destroy(pci_bus *b);
/* System reset of the host side: CONFIG_ADDRESS back to 0. Each device resets
 * its own functions (pci_dev_reset). */
void pci_bus_reset(pci_bus *b);

/* Adds function `fn` (0-7) of device `dev` (0-31) with the standard header
 * filled in (vendor, device, class/revision, header type 0; the command,
 * cache line, latency timer and interrupt line registers writable). Adding a
 * function other than 0 sets the multi-function bit of the device's header
 * type. Returns NULL with *err set when the slot is taken or out of range. */
pci_dev *pci_add(pci_bus *b, unsigned dev, unsigned fn, uint16_t vendor, uint16_t device,
                 uint32_t class_rev, pci_write_fn hook, void *opaque, const char *name,
                 const char **err);

/* The function at dev/fn, or NULL. */
pci_dev *pci_get(pci_bus *b, unsigned dev, unsigned fn);
unsigned pci_slot(const pci_dev *d);
const char *pci_name(const pci_dev *d);

uint8_t *pci_config(pci_dev *d); /* the 256 configuration bytes */
uint8_t *pci_wmask(pci_dev *d);  /* which bits guest writes may change */

/* Host-side configuration access (the machine, a debugger), as the guest's
 * through 0xCF8/0xCFC: masked writes, hooks called, absent reads all ones. */
uint32_t pci_config_read(pci_bus *b, unsigned dev, unsigned fn, unsigned reg, unsigned size);
void pci_config_write(pci_bus *b, unsigned dev, unsigned fn, unsigned reg, uint32_t value,
                      unsigned size);

/* BAR kinds for pci_set_bar's `io` argument (0 and 1 read as before). */
enum { PCI_BAR_MEM = 0, PCI_BAR_IO = 1, PCI_BAR_MEM_PREFETCH = 2 };

/* Declares BAR n (0-5): its size (a power of two, at least 4 for I/O and 16
 * for memory) and kind. I/O BARs decode 16 bits (bits 31:16 read 0); memory
 * BARs are 32-bit. Writing all ones and reading back gives ~(size-1) with the
 * type bits, as the guest's sizing expects. */
void pci_set_bar(pci_dev *d, int n, uint32_t size, int io);
/* Current decoded address of BAR n, or 0 when decoding is off (command
 * register) or the BAR is unassigned. */
uint32_t pci_bar_address(pci_dev *d, int n);

/* Expansion ROM BAR (0x30) of `size` bytes (a power of two, at least 2 KiB);
 * without this call it reads 0 (no ROM). pci_rom_address gives its address
 * while the ROM enable bit and memory decoding are on, else 0. */
void pci_set_rom_bar(pci_dev *d, uint32_t size);
uint32_t pci_rom_address(pci_dev *d);

/* Power-on header: command 0, error status bits clear, BARs unassigned,
 * cache line, latency timer and interrupt line 0, INTx deasserted. The hook is
 * called for the command register so the device unmaps its BARs. The device
 * restores its own registers (0x40-0xFF) itself. */
void pci_dev_reset(pci_dev *d);

/* INTx: the device asserts its interrupt pin (config byte 0x3D, 1 = INTA#)
 * unless its command register disables INTx. The bus ORs the devices sharing
 * a PIRQ line (pirq = (slot + pin - 2) & 3: INTA# of slot 1 is PIRQA, as
 * SeaBIOS and QEMU's ACPI tables assume) and tells the router (set by the
 * PIIX3) when a PIRQ line's level changes. */
void pci_set_irq(pci_dev *d, int level);
typedef void (*pci_pirq_fn)(void *opaque, int pirq, int level);
void pci_set_pirq_router(pci_bus *b, pci_pirq_fn fn, void *opaque);
/* Current level of PIRQ line 0-3 (A-D). */
int pci_pirq_level(const pci_bus *b, int pirq);

/* Byte port 0xCF9 shares the CONFIG_ADDRESS dword; only dword accesses reach
 * that register, and the PIIX3 puts its reset control register at 0xCF9. */
typedef uint8_t (*pci_cf9_read_fn)(void *opaque);
typedef void (*pci_cf9_write_fn)(void *opaque, uint8_t value);
void pci_set_cf9(pci_bus *b, pci_cf9_read_fn rd, pci_cf9_write_fn wr, void *opaque);

#endif
