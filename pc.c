/* The PC platform (see pc.h): an i440FX/PIIX3 board with the legacy ISA
 * devices at their usual ports and IRQs:
 *   PIT 0x40 IRQ0, keyboard 0x60/0x64 IRQ1 and mouse IRQ12, PIC pair with
 *   the cascade on IRQ2, COM2 0x2F8 IRQ3, COM1 0x3F8 IRQ4, floppy 0x3F0 IRQ6
 *   DMA2, RTC 0x70 IRQ8, FPU error IRQ13, IDE 0x1F0 IRQ14 and 0x170 IRQ15,
 *   VGA 0x3C0 and the VBE ports, PCI 0xCF8 with the host bridge at 00.0,
 *   the ISA bridge at 01.0, IDE at 01.1 and the VGA at 02.0. */
#include "pc.h"

#include <stdlib.h>
#include <string.h>

#include "iodev/cmos.h"
#include "iodev/chardev.h"
#include "iodev/debugexit.h"
#include "iodev/fdc.h"
#include "iodev/i440fx.h"
#include "iodev/ide.h"
#include "iodev/isadma.h"
#include "iodev/kbc.h"
#include "iodev/pic.h"
#include "iodev/piix3.h"
#include "iodev/pit.h"
#include "iodev/port92.h"
#include "iodev/uart.h"
#include "iodev/vga.h"
#include "hostapi/hostapi.h"
#include "twin86/blockdev.h"
#include "twin86/pci.h"

struct pc {
    memory *mem;
    cpu *cpu;
    pic *pic;
    pit *pit;
    cmos *cmos;
    port92 *p92;
    kbc *kbc;
    isadma *dma;
    fdc *fdc;
    pci_bus *pci;
    i440fx *host;
    piix3 *isa;
    ide *ide;
    vga *vga;
    chardev *chr[2];
    uart *com[2];
    debugexit *dexit;
    hostapi *hapi;        /* -hostapi: the escape, the doorbell at HOSTAPI_PORT, the shares */
    blockdev *disks[5];   /* fda, fdb, hda, hdb, cdrom */
    struct pc_requests req;
    const char *type_text;
};

/* The -type-at timer: the keyboard controller paces the key events itself. */
static void type_now(void *opaque, uint64_t now) {
    (void)now;
    pc *p = opaque;
    kbc_type_string(p->kbc, p->type_text);
}

static void pic_to_cpu(void *opaque, int n, int level) {
    (void)n;
    cpu_set_intr(opaque, level);
}
static uint8_t cpu_iack(void *opaque) { return pic_iack(opaque); }
static void ferr_to_irq13(void *opaque, int level) { pic_set_irq(opaque, 13, level); }

/* Device requests end the running slice so the machine acts at once. */
static void request_reset(void *opaque) {
    pc *p = opaque;
    p->req.reset = 1;
    cpu_shorten_run(p->cpu, 0);
}
static void piix3_reset_request(void *opaque, int hard) {
    (void)hard;
    request_reset(opaque);
}
static void request_exit(void *opaque, int status) {
    pc *p = opaque;
    p->req.exit = 1;
    p->req.exit_status = status;
    cpu_shorten_run(p->cpu, 0);
}

static int open_disk(pc *p, int slot, const char *path, int snapshot, char *err, size_t n) {
    const char *e = NULL;
    if (!path)
        return 0;
    p->disks[slot] = blk_open(path, snapshot ? BLK_SNAPSHOT : BLK_READWRITE, &e);
    if (!p->disks[slot] && !snapshot && slot == 4)   /* CD-ROMs are read-only anyway */
        p->disks[slot] = blk_open(path, BLK_READONLY, &e);
    if (!p->disks[slot]) {
        static const char *const opt[] = {"-fda", "-fdb", "-hda", "-hdb", "-cdrom"};
        snprintf(err, n, "%s %s: %s", opt[slot], path, e);
        return -1;
    }
    return 0;
}

static int serial_ports(pc *p, iobus *io, sched *s, const struct pc_config *cfg, const char **e) {
    static const uint16_t base[2] = {0x3F8, 0x2F8};
    static const int irq[2] = {4, 3};
    for (int i = 0; i < 2; i++) {
        const char *spec = cfg->serial[i] ? cfg->serial[i] : (i == 0 ? "none" : NULL);
        if (!spec)
            continue;
        if (!(p->chr[i] = chardev_open(spec, e)))
            return -1;
        if (!(p->com[i] = uart_create(io, s, base[i], pic_irq_line(p->pic, irq[i]), p->chr[i], e)))
            return -1;
    }
    return 0;
}

static void fill_cmos(pc *p, const struct pc_config *cfg) {
    cmos_set_memory_size(p->cmos, mem_size(p->mem));
    cmos_set_fpu(p->cmos, 1);
    cmos_set_floppies(p->cmos, (int)fdc_cmos_type(p->fdc, 0), (int)fdc_cmos_type(p->fdc, 1));
    const char *e;
    const char *order = cfg->boot_order && cfg->boot_order[0] ? cfg->boot_order
                        : cfg->cdrom && !cfg->hda && !cfg->fda ? "dc"
                        : cfg->fda && !cfg->hda ? "ac" : "cad";
    cmos_set_boot_order(p->cmos, order, 1, &e);
    cmos_update_checksum(p->cmos);
}

pc *pc_create(memory *mem, iobus *io, sched *s, cpu *c, const struct pc_config *cfg, char *err,
              size_t errsz) {
    pc *p = calloc(1, sizeof *p);
    const char *e = "out of memory";
    if (!p)
        goto fail;
    p->mem = mem;
    p->cpu = c;
    if (!(p->pic = pic_create(io, (irq_line){pic_to_cpu, c, 0}, &e)))
        goto fail;
    cpu_set_iack(c, cpu_iack, p->pic);
    cpu_set_ferr(c, ferr_to_irq13, p->pic);
    if (!(p->pit = pit_create(io, s, pic_irq_line(p->pic, 0), &e)) ||
        !(p->cmos = cmos_create(io, s, pic_irq_line(p->pic, 8), 946684800, cfg->rtc_host, &e)) ||
        !(p->p92 = port92_create(io, mem, request_reset, p, &e)) ||
        !(p->kbc = kbc_create(io, s, mem, pic_irq_line(p->pic, 1), pic_irq_line(p->pic, 12), &e)) ||
        !(p->dma = isadma_create(io, mem, &e)) ||
        !(p->fdc = fdc_create(io, s, pic_irq_line(p->pic, 6), p->dma, &e)) ||
        !(p->pci = pci_bus_create(io, &e)) || !(p->host = i440fx_create(p->pci, mem, &e)))
        goto fail;
    kbc_set_reset_handler(p->kbc, request_reset, p);
    irq_line isa[16];
    for (int i = 0; i < 16; i++)
        isa[i] = pic_irq_line(p->pic, i);
    if (!(p->isa = piix3_create(p->pci, isa, &e)))
        goto fail;
    piix3_set_reset(p->isa, piix3_reset_request, p);
    if (!(p->ide = ide_create(io, s, mem, isa[14], isa[15], &e)) ||
        ide_attach_pci(p->ide, p->pci, 1, 1, &e) < 0 || !(p->vga = vga_create(io, mem, s, &e)) ||
        vga_attach_pci(p->vga, p->pci, 2, cfg->vgabios_at_c0000 ? NULL : cfg->vgabios,
                       cfg->vgabios_len, &e) < 0 || serial_ports(p, io, s, cfg, &e) < 0)
        goto fail;
    if (cfg->debug_exit &&
        !(p->dexit = debugexit_create(io, cfg->debug_exit_base, cfg->debug_exit_size, request_exit,
                                      p, &e)))
        goto fail;
    if (cfg->vgabios && cfg->vgabios_at_c0000 && mem_load_option_rom(mem, 0xC0000, cfg->vgabios, cfg->vgabios_len, &e) < 0)
        goto fail;
    const char *paths[5] = {cfg->fda, cfg->fdb, cfg->hda, cfg->hdb, cfg->cdrom};
    for (int i = 0; i < 5; i++)
        if (open_disk(p, i, paths[i], cfg->snapshot, err, errsz) < 0)
            goto fail_msg;
    if ((p->disks[0] && fdc_insert(p->fdc, 0, p->disks[0], &e) < 0) ||
        (p->disks[1] && fdc_insert(p->fdc, 1, p->disks[1], &e) < 0) ||
        (p->disks[2] && ide_attach_disk(p->ide, 0, 0, p->disks[2], &e) < 0) ||
        (p->disks[3] && ide_attach_disk(p->ide, 0, 1, p->disks[3], &e) < 0) ||
        (p->disks[4] && ide_attach_cdrom(p->ide, 1, 0, p->disks[4], &e) < 0))
        goto fail;
    if (cfg->hostapi && cfg->hostapi->enabled) {
        if (!(p->hapi = hostapi_create(mem, cfg->hostapi, err, errsz)))
            goto fail_msg;
        hostapi_attach_cpu(p->hapi, c);
        if (hostapi_attach_doorbell(p->hapi, io, HOSTAPI_PORT, &e) < 0)
            goto fail;
    }
    fill_cmos(p, cfg);
    if (cfg->type_text) {
        int t = sched_timer_new(s, type_now, p, "type-at");
        if (t < 0) {
            e = "out of timers";
            goto fail;
        }
        p->type_text = cfg->type_text;
        sched_timer_arm(s, t, sched_ns_to_ticks(s, cfg->type_at_ms * 1000000ull));
    }
    return p;
fail:
    snprintf(err, errsz, "%s", e);
fail_msg:
    pc_destroy(p);
    return NULL;
}

void pc_destroy(pc *p) {
    if (!p)
        return;
    for (int i = 0; i < 2; i++) {
        uart_destroy(p->com[i]);
        chardev_close(p->chr[i]);
    }
    hostapi_destroy(p->hapi);   /* closes guest files on the shares */
    debugexit_destroy(p->dexit);
    vga_destroy(p->vga);
    ide_destroy(p->ide);
    piix3_destroy(p->isa);
    i440fx_destroy(p->host);
    pci_bus_destroy(p->pci);
    fdc_destroy(p->fdc);
    isadma_destroy(p->dma);
    kbc_destroy(p->kbc);
    port92_destroy(p->p92);
    cmos_destroy(p->cmos);
    pit_destroy(p->pit);
    pic_destroy(p->pic);
    for (int i = 0; i < 5; i++)
        blk_close(p->disks[i]);   /* flushes guest writes to the image files */
    free(p);
}

void pc_reset(pc *p) {
    mem_note_reset(p->mem); /* the cosimulation journal records resets */
    pic_reset(p->pic);
    pit_reset(p->pit);
    cmos_reset(p->cmos);
    port92_reset(p->p92);
    kbc_reset(p->kbc);
    isadma_reset(p->dma);
    fdc_reset(p->fdc);
    pci_bus_reset(p->pci);
    i440fx_reset(p->host);
    piix3_reset(p->isa);
    ide_reset(p->ide);
    vga_reset(p->vga);
    for (int i = 0; i < 2; i++)
        if (p->com[i])
            uart_reset(p->com[i]);
    mem_set_a20(p->mem, 1);
    if (p->hapi)
        hostapi_reset(p->hapi);
    p->req.reset = 0;
}

struct pc_requests *pc_requests(pc *p) { return &p->req; }

const uint32_t *pc_screen(pc *p, int *w, int *h, int *pitch) {
    vga_render(p->vga);
    return vga_pixels(p->vga, w, h, pitch);
}

int pc_text_dump(pc *p, FILE *f) { return vga_text_dump(p->vga, f); }

int pc_type(pc *p, const char *text) { return kbc_type_string(p->kbc, text); }

void pc_disk_activity(void *opaque, uint64_t *floppy, uint64_t *disk) {
    pc *p = opaque;
    *floppy = blk_activity(p->disks[0]) + blk_activity(p->disks[1]);
    *disk = blk_activity(p->disks[2]) + blk_activity(p->disks[3]) + blk_activity(p->disks[4]);
}

kbc *pc_kbc(pc *p) { return p->kbc; }
vga *pc_vga(pc *p) { return p->vga; }
cpu *pc_cpu(pc *p) { return p->cpu; }
hostapi *pc_hostapi(pc *p) { return p->hapi; }
memory *pc_memory(pc *p) { return p->mem; }
