/* IDE controller with two channels in legacy (compatibility) mode: primary
 * at ports 0x1F0-0x1F7 and 0x3F6 on IRQ14, secondary at 0x170-0x177 and 0x376
 * on IRQ15 (0x3F7/0x377 are left to the floppy controller). Each channel takes
 * a master and a slave: ATA hard disks (LBA28/LBA48, PIO single and multiple,
 * DMA) or ATAPI CD-ROM drives (2048-byte sectors, PIO and DMA).
 *
 * As the PIIX3's IDE function (00:01.1, 8086:7010, class 0101 prog-if 80)
 * it adds the bus-master DMA block at BAR4 (16 I/O ports: command, status and
 * PRD table pointer per channel) and the IDE timing registers 0x40-0x44. The
 * legacy ports stay decoded whatever the PCI command register says, so a BIOS
 * that never programs PCI still finds its disks.
 *
 * Timing is virtual: a command, each PIO block and each DMA transfer take
 * IDE_DELAY_NS (10 us) of BSY before DRQ or completion. Interrupts are levels
 * on the given lines (the PIC sees the rising edge); reading the status
 * register or writing a command lowers them.
 *
 * Wiring (machine):
 *   ide_create(io, sched, mem, pic_irq_line(pic, 14), pic_irq_line(pic, 15))
 *   ide_attach_disk / ide_attach_cdrom for each drive (blockdevs stay the
 *     caller's: close them after ide_destroy)
 *   with a PCI bus: ide_attach_pci(ide, bus, PIIX3_SLOT, 1) after piix3_create
 *   ide_reset on every system reset; ide_destroy with the iobus and sched. */
#ifndef TWIN86_IDE_H
#define TWIN86_IDE_H

#include "twin86/blockdev.h"
#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/memory.h"
#include "twin86/pci.h"
#include "twin86/sched.h"

#define IDE_PRIMARY_PORT 0x1F0
#define IDE_PRIMARY_CTL 0x3F6
#define IDE_SECONDARY_PORT 0x170
#define IDE_SECONDARY_CTL 0x376
#define IDE_PCI_VENDOR 0x8086
#define IDE_PCI_DEVICE 0x7010

typedef struct ide ide;

/* Claims the legacy ports of both channels. mem is where bus-master DMA reads
 * and writes. Returns NULL with *err set on failure. */
ide *ide_create(iobus *io, sched *s, memory *mem, irq_line irq14, irq_line irq15, const char **err);
/* Disarms its timers; the bus and scheduler must go with it. */
void ide_destroy(ide *d);
/* Hardware reset: every drive back to its power-on state (signature in the
 * task file, multiple mode off, default geometry), interrupts low, the
 * bus-master engines stopped and the PCI function's registers reset. */
void ide_reset(ide *d);

/* An ATA hard disk on channel 0/1, master (slave 0) or slave (1). Its
 * geometry comes from the image size (16 heads, 63 sectors per track, up to
 * 16383 cylinders) unless ide_set_geometry overrides it. A read-only image
 * refuses writes with ABRT. Returns 0, or -1 with *err set. */
int ide_attach_disk(ide *d, int channel, int slave, blockdev *blk, const char **err);
int ide_set_geometry(ide *d, int channel, int slave, unsigned cyls, unsigned heads, unsigned secs,
                     const char **err);

/* An ATAPI CD-ROM drive holding blk (an ISO image; its size is cut to whole
 * 2048-byte sectors) or, with blk NULL, no disc. */
int ide_attach_cdrom(ide *d, int channel, int slave, blockdev *blk, const char **err);
/* Changes the disc (NULL ejects it): the guest sees a unit attention and a
 * media event. */
int ide_cdrom_change(ide *d, int channel, int slave, blockdev *blk, const char **err);

/* Registers the PIIX3 IDE function at slot.fn (1.1 on a PIIX3 machine).
 * Returns 0, or -1 with *err set. */
int ide_attach_pci(ide *d, pci_bus *bus, unsigned slot, unsigned fn, const char **err);

#endif
