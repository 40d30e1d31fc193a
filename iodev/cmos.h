/* MC146818 real-time clock with 128 bytes of CMOS RAM, at ports 0x70 (index;
 * bit 7 masks NMI) and 0x71 (data).
 *
 * The clock starts at a given time (deterministic default 2000-01-01 00:00:00)
 * or at the host's UTC time, and then advances with virtual time only. The
 * first update is one second after creation; an update is announced by UIP
 * 244 µs ahead, the time registers change as the update cycle starts and the
 * update-ended flag rises 1984 µs later. Registers A-D: divider control (the
 * 32.768 kHz, 1.048576 MHz and 4.194304 MHz settings all keep time; 11x holds
 * the divider in reset, and the first update comes 500 ms after release), the
 * periodic rate, SET, BCD/binary, 12/24 hours, periodic/alarm/update-ended
 * interrupts with "don't care" alarm values, and flags cleared by reading C.
 * IRQ8 is held high while an enabled flag is set (read C to release it).
 * Timers are armed only for an enabled interrupt that can still change IRQ8.
 * Not modelled: daylight saving (DSE), the square-wave pin.
 *
 * CMOS RAM layout the helpers below fill in, as SeaBIOS (src/hw/rtc.h,
 * src/boot.c, src/fw/paravirt.c) and the Bochs BIOS (bios/rombios.c) read it:
 *   0x0F        shutdown status (written by the BIOS)
 *   0x10        floppy types: drive A in bits 7-4, B in bits 3-0 (CMOS_FLOPPY_*)
 *   0x12        hard disk types: 0xF0 = disk 0 uses 0x19, 0x0F = disk 1 uses 0x1A
 *   0x14        equipment: bits 7-6 floppies - 1, bit 1 FPU, bit 0 floppy present
 *   0x15-0x16   base memory in KiB (640)
 *   0x17-0x18   extended memory above 1 MiB in KiB (at most 0xFFFF)
 *   0x19, 0x1A  extended types of disks 0 and 1 (47 = user-defined parameters)
 *   0x1B-0x23   disk 0: cylinders (2), heads, precomp (2, 0xFFFF), control
 *               (0xC0 | 8 if more than 8 heads), landing zone (2), sectors
 *   0x24-0x2C   disk 1, same layout
 *   0x2D        bit 5: boot A: before C: (Bochs BIOS without El Torito)
 *   0x2E-0x2F   checksum of 0x10-0x2D, high byte first
 *   0x30-0x31   extended memory above 1 MiB in KiB again (at most 0xFFFF)
 *   0x32        century (a clock register here, in register B's format)
 *   0x34-0x35   memory above 16 MiB in 64 KiB units (SeaBIOS, Bochs BIOS)
 *   0x38        bits 7-4: third boot device; bit 0: skip the floppy 0xAA55 check
 *   0x39-0x3A   ATA translation, 2 bits per disk (CMOS_TRANSLATE_*), disk i at
 *               0x39 + i/4, bits 2*(i%4)
 *   0x3D        bits 3-0: first boot device, bits 7-4: second (CMOS_BOOT_*)
 *   0x3F        bit 0: Bochs BIOS "fastboot" (no F12 prompt)
 *   0x5B-0x5D   memory above 4 GiB in 64 KiB units
 *   0x5F        number of CPUs - 1 (SeaBIOS)
 * A guest write does not update the checksum (the BIOS does that itself);
 * every helper here does.
 *
 * Wiring: cmos_create(io, sched, pic_irq_line(pic, 8), start, host, &err);
 * the machine fills RAM with the helpers, calls cmos_reset() on a system reset
 * and consults cmos_nmi_masked() before delivering an NMI. */
#ifndef TWIN86_CMOS_H
#define TWIN86_CMOS_H

#include <stdint.h>

#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/sched.h"

#define CMOS_PORT 0x70
#define CMOS_SIZE 128
#define CMOS_DEFAULT_TIME 946684800 /* 2000-01-01 00:00:00 UTC, in Unix seconds */

enum {
    CMOS_FLOPPY_NONE,
    CMOS_FLOPPY_360K,
    CMOS_FLOPPY_1200K,
    CMOS_FLOPPY_720K,
    CMOS_FLOPPY_1440K,
    CMOS_FLOPPY_2880K
};
enum { CMOS_BOOT_NONE, CMOS_BOOT_FLOPPY, CMOS_BOOT_DISK, CMOS_BOOT_CDROM, CMOS_BOOT_NETWORK };
enum { CMOS_TRANSLATE_NONE, CMOS_TRANSLATE_LBA, CMOS_TRANSLATE_LARGE, CMOS_TRANSLATE_RECHS };

typedef struct cmos cmos;

/* Claims ports 0x70-0x71 and one scheduler timer. The clock starts at
 * `start` (Unix seconds, UTC) or, if host_clock is set, at the host's current
 * UTC time. Returns NULL and sets *err on failure. */
cmos *cmos_create(iobus *io, sched *s, irq_line irq8, int64_t start, int host_clock,
                  const char **err);

/* The bus and scheduler keep pointers to the RTC: destroy it only with them. */
void cmos_destroy(cmos *c);

/* What the RESET pin does: interrupt enables and flags off, IRQ8 released.
 * Time and RAM are kept. */
void cmos_reset(cmos *c);

/* Bit 7 of the last index written to port 0x70. */
int cmos_nmi_masked(const cmos *c);

/* Byte `index` (0-127) as the guest would read it through port 0x71, but
 * without side effects (reading C here does not clear it). */
uint8_t cmos_get(cmos *c, unsigned index);

/* Writes byte `index` (0-127) as the guest would (clock registers included). */
void cmos_set(cmos *c, unsigned index, uint8_t v);

/* NVRAM helpers (cmos_nvram.c); each one refreshes the checksum. */
void cmos_update_checksum(cmos *c);
void cmos_set_memory_size(cmos *c, uint64_t ram_bytes);
/* Types CMOS_FLOPPY_*, also updating the equipment byte's floppy bits. */
void cmos_set_floppies(cmos *c, int type_a, int type_b);
void cmos_set_fpu(cmos *c, int present);
/* Disk 0 or 1 as type 47 with the given geometry; cylinders 0 removes it. */
void cmos_set_hard_disk(cmos *c, int disk, unsigned cylinders, unsigned heads, unsigned sectors);
/* ATA disk 0-7 (channel * 2 + unit) translation, CMOS_TRANSLATE_*. */
void cmos_set_translation(cmos *c, int disk, int mode);
/* Up to three devices as letters, QEMU style: 'a' floppy, 'c' disk, 'd' CD-ROM,
 * 'n' network. Returns 0, or -1 with *err set for a bad string. */
int cmos_set_boot_order(cmos *c, const char *order, int check_floppy_signature, const char **err);
void cmos_set_cpu_count(cmos *c, unsigned cpus);

#endif
