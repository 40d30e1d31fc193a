/* VGA adapter lifetime and wiring: ports, the legacy window, the linear
 * frame buffer and the PCI function (see vga.h). */
#include <stdlib.h>
#include <string.h>

#include "vga_state.h"

#define VGA_WINDOW_BASE 0xA0000u
#define VGA_WINDOW_LEN 0x20000u
#define VBE_PORT_INDEX 0x1CE

/* Port ranges: 0x3BC-0x3BF belong to a parallel port on PCs with MDA. */
static const struct {
    uint16_t first;
    uint16_t count;
} vga_ports[] = {{0x3B0, 12}, {0x3C0, 16}, {0x3D0, 16}};

void vga_reset(vga *v) {
    v->latch = 0;
    v->misc = v->feature = v->enable_3c3 = 0;
    v->seq_index = v->gc_index = v->crtc_index = v->attr_index = 0;
    memset(v->seq, 0, sizeof v->seq);
    memset(v->gc, 0, sizeof v->gc);
    memset(v->crtc, 0, sizeof v->crtc);
    memset(v->attr, 0, sizeof v->attr);
    v->attr_data_next = 0;
    v->dac_mask = 0xFF;
    v->dac_write_index = v->dac_read_index = v->dac_sub = v->dac_reading = 0;
    vga_vbe_reset(v);
    v->redraw = v->palette_changed = 1;
}

vga *vga_create(iobus *io, memory *mem, sched *s, const char **err) {
    vga *v = calloc(1, sizeof *v);
    if (v) {
        v->vram = calloc(VGA_VRAM_SIZE, 1);
        v->dirty = calloc(VGA_VRAM_PAGES, 1);
    }
    if (!v || !v->vram || !v->dirty) {
        *err = "out of memory for the VGA";
        goto fail;
    }
    v->io = io;
    v->mem = mem;
    v->sched = s;
    vga_reset(v);
    for (size_t i = 0; i < sizeof vga_ports / sizeof vga_ports[0]; i++)
        if (io_register(io, vga_ports[i].first, vga_ports[i].count, IO_W8, vga_port_read,
                        vga_port_write, v, "vga", err) < 0)
            goto fail;
    /* 0x1CF-0x1D0 is the 16-bit data register, so a word access at 0x1CF fits. */
    if (io_register(io, VBE_PORT_INDEX, 3, IO_W8 | IO_W16, vga_vbe_read, vga_vbe_write, v,
                    "vga dispi", err) < 0)
        goto fail;
    if (mem_map_mmio(mem, VGA_WINDOW_BASE, VGA_WINDOW_LEN, vga_mem_read, vga_mem_write, v, "vga",
                     err) < 0)
        goto fail;
    return v;
fail:
    /* Ports already claimed keep pointing here: creation failing is fatal to
     * the machine, which then tears the bus down as well. */
    vga_destroy(v);
    return NULL;
}

void vga_destroy(vga *v) {
    if (!v)
        return;
    if (v->lfb_base)
        mem_unmap(v->mem, v->lfb_base);
    if (v->rom_base)
        mem_unmap(v->mem, v->rom_base);
    free(v->rom);
    free(v->vram);
    free(v->dirty);
    free(v->fb);
    free(v->line);
    free(v);
}

int vga_set_lfb_base(vga *v, uint32_t base, const char **err) {
    if (base == v->lfb_base)
        return 0;
    if (v->lfb_base)
        mem_unmap(v->mem, v->lfb_base);
    v->lfb_base = 0;
    if (!base)
        return 0;
    if (mem_map_ram(v->mem, base, VGA_VRAM_SIZE, v->vram, v->dirty, "vga lfb", err) < 0)
        return -1;
    v->lfb_base = base;
    return 0;
}

uint32_t vga_lfb_base(const vga *v) { return v->lfb_base; }
