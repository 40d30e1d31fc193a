/* Intel 82077AA floppy disk controller (PC-AT mode) with two drives.
 *
 * Ports FDC_BASE+0..5 and FDC_BASE+7 (0x3F0-0x3F5, 0x3F7; 0x3F6 belongs to
 * the primary IDE channel): SRA, SRB, DOR, TDR, MSR/DSR, FIFO, DIR/CCR.
 * Interrupts on IRQ 6 (gated by the DOR's DMA-gate bit, as on the AT);
 * data moves over ISA DMA channel 2, or through the FIFO when SPECIFY sets
 * the non-DMA bit. Media are raw images (blockdev); the geometry comes from
 * the image size or is given explicitly. Command execution takes a little
 * virtual time (sched), so results and IRQ 6 arrive after a short delay. */
#ifndef TWIN86_FDC_H
#define TWIN86_FDC_H

#include "isadma.h"
#include "twin86/blockdev.h"
#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/sched.h"

#define FDC_BASE 0x3F0
#define FDC_IRQ 6
#define FDC_DMA_CHANNEL 2
#define FDC_DRIVES 2

typedef struct fdc fdc;

/* Drive types; the values are the CMOS register 0x10 nibbles. */
enum fdc_drive_type {
    FDC_DRIVE_NONE = 0,
    FDC_DRIVE_360K = 1,  /* 5.25" 40 tracks */
    FDC_DRIVE_1200K = 2, /* 5.25" 80 tracks; 40-track media are double-stepped */
    FDC_DRIVE_720K = 3,  /* 3.5" DD */
    FDC_DRIVE_1440K = 4, /* 3.5" HD, also reads 720K and 1.68M DMF */
    FDC_DRIVE_2880K = 5, /* 3.5" ED */
};

/* Claims the ports on `io`. `dma` may be NULL (then only non-DMA transfers
 * work). Returns NULL with *err set on failure. Both drives start absent:
 * fdc_insert or fdc_set_drive_type gives them a type. */
fdc *fdc_create(iobus *io, sched *s, irq_line irq6, isadma *dma, const char **err);
/* The bus keeps pointing at the controller: destroy it with (or after) its
 * bus. Inserted images are not closed (the caller owns them). */
void fdc_destroy(fdc *f);
/* Hardware reset (the RESET pin): controller registers to power-on values;
 * drives, media and head positions stay. */
void fdc_reset(fdc *f);

/* Fixes a drive's type (e.g. a 1.44M drive left empty). Fails when the
 * inserted medium would not fit the new type. FDC_DRIVE_NONE removes the
 * drive, which must then be empty. */
int fdc_set_drive_type(fdc *f, int drive, enum fdc_drive_type type, const char **err);
/* Inserts an image, its geometry found from its size: 160K, 180K, 320K,
 * 360K, 720K, 1.2M, 1.44M, 1.68M (DMF), 1.72M or 2.88M. A drive without a
 * type gets the type that suits the medium. Read-only images are
 * write-protected. The image stays owned by the caller and must outlive its
 * insertion (until fdc_eject or fdc_destroy). Raises the disk-change line. */
int fdc_insert(fdc *f, int drive, blockdev *b, const char **err);
/* The same with an explicit geometry: 1-83 cylinders, 1-2 heads, 1-36
 * sectors of 512 bytes per track; the image must be at least that large. */
int fdc_insert_geometry(fdc *f, int drive, blockdev *b, unsigned cylinders, unsigned heads,
                        unsigned sectors, const char **err);
/* Removes the medium (not closed); raises the disk-change line. */
void fdc_eject(fdc *f, int drive);
/* The drive's type as a CMOS 0x10 nibble (0 when absent): drive 0 goes in
 * the high nibble, drive 1 in the low one. */
unsigned fdc_cmos_type(const fdc *f, int drive);

#endif
