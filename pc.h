/* The PC platform: which devices a twin86 machine has, where they sit and how
 * they are wired (IRQs, DMA, PCI functions, firmware, CMOS contents). */
#ifndef TWIN86_PC_H
#define TWIN86_PC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "hostapi/config.h"
#include "twin86/cpu.h"
#include "twin86/iobus.h"
#include "twin86/memory.h"
#include "twin86/sched.h"

typedef struct pc pc;

struct pc_config {
    const uint8_t *vgabios;     /* VGA BIOS image, or NULL */
    size_t vgabios_len;
    int vgabios_at_c0000;       /* 1: mapped as an ISA option ROM (Bochs BIOS);
                                   0: behind the VGA's PCI ROM BAR (SeaBIOS) */
    const char *fda, *fdb, *hda, *hdb, *cdrom;
    const char *boot_order;     /* "" for the firmware's default */
    int snapshot;
    const char *serial[2];      /* chardev specs, NULL = none */
    int rtc_host;
    uint64_t type_at_ms;        /* type type_text at this virtual time */
    const char *type_text;
    int debug_exit;
    uint16_t debug_exit_base;
    unsigned debug_exit_size;
    const struct hostapi_config *hostapi; /* NULL or not enabled: no hostapi */
};

/* What devices ask the machine to do, noted during an I/O access and acted
 * on between CPU slices. */
struct pc_requests {
    int reset;        /* a system reset (8042, port 0x92, 0xCF9) */
    int exit;         /* isa-debug-exit: stop with exit_status */
    int exit_status;
};

pc *pc_create(memory *mem, iobus *io, sched *s, cpu *c, const struct pc_config *cfg, char *err,
              size_t errsz);
void pc_destroy(pc *p);

/* Resets every device (after a system reset request or a triple fault). */
void pc_reset(pc *p);

struct pc_requests *pc_requests(pc *p);

/* The screen: renders and returns the current frame (XRGB), or NULL. */
const uint32_t *pc_screen(pc *p, int *w, int *h, int *pitch);
/* Writes the text screen to f; returns -1 when not in a text mode. */
int pc_text_dump(pc *p, FILE *f);

/* Types text on the emulated keyboard (US layout). */
int pc_type(pc *p, const char *text);

/* Running counts of floppy and hard-disk/CD-ROM transfers, for activity
 * lamps (the display's disk_activity hook; opaque is the pc). */
void pc_disk_activity(void *opaque, uint64_t *floppy, uint64_t *disk);

/* The devices frontends and services talk to directly. */
struct kbc;
struct vga;
struct kbc *pc_kbc(pc *p);
struct vga *pc_vga(pc *p);
cpu *pc_cpu(pc *p);
struct hostapi;
struct hostapi *pc_hostapi(pc *p); /* NULL unless -hostapi */
memory *pc_memory(pc *p);

#endif
