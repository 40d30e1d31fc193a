/* The VGA as PCI function 1234:1111 (the ID the Bochs/QEMU "stdvga" BIOSes
 * look for): BAR0 is the linear frame buffer, and wherever the guest puts it
 * (with memory decoding on) is where the frame buffer appears. The video
 * BIOS can sit behind the expansion ROM BAR, where SeaBIOS looks for it. */
#include <stdlib.h>
#include <string.h>

#include "vga_state.h"

#define VGA_PCI_REVISION 0x02
#define VGA_PCI_ROM_BAR 0x30

static uint32_t rom_read(void *opaque, uint32_t offset, unsigned size) {
    const vga *v = opaque;
    uint32_t value = 0;
    for (unsigned i = 0; i < size; i++)
        value |= (uint32_t)v->rom[offset + i] << (8 * i);
    return value;
}

static void rom_write(void *opaque, uint32_t offset, uint32_t value, unsigned size) {
    (void)opaque, (void)offset, (void)value, (void)size; /* read-only */
}

static void place_rom(vga *v, uint32_t base) {
    const char *err;
    if (base == v->rom_base)
        return;
    if (v->rom_base)
        mem_unmap(v->mem, v->rom_base);
    v->rom_base = 0;
    if (base &&
        mem_map_mmio(v->mem, base, v->rom_size, rom_read, rom_write, v, "vga rom", &err) == 0)
        v->rom_base = base;
}

static inline int touches(unsigned reg, unsigned size, unsigned first, unsigned len) {
    return reg < first + len && reg + size > first;
}

static void vga_pci_written(void *opaque, pci_dev *d, unsigned reg, unsigned size) {
    vga *v = opaque;
    const char *err;
    int cmd = touches(reg, size, PCI_COMMAND, 2);
    /* A BAR that overlaps something else simply leaves its window unmapped. */
    if (cmd || touches(reg, size, PCI_BAR0, 4))
        (void)vga_set_lfb_base(v, pci_bar_address(d, 0), &err);
    if (v->rom && (cmd || touches(reg, size, VGA_PCI_ROM_BAR, 4)))
        place_rom(v, pci_rom_address(d));
}

int vga_attach_pci(vga *v, pci_bus *bus, unsigned dev, const uint8_t *rom, size_t rom_len,
                   const char **err) {
    if (rom) {
        uint32_t size = 4096; /* at least a page: memory windows are page-granular */
        while (size < rom_len && size < (16u << 20))
            size <<= 1;
        if (rom_len > size || !(v->rom = malloc(size))) {
            *err =
                rom_len > size ? "video BIOS larger than 16 MiB" : "out of memory for the VGA ROM";
            return -1;
        }
        memset(v->rom, 0xFF, size);
        memcpy(v->rom, rom, rom_len);
        v->rom_size = size;
    }
    pci_dev *d =
        pci_add(bus, dev, 0, VGA_PCI_VENDOR, VGA_PCI_DEVICE,
                (uint32_t)VGA_PCI_CLASS << 8 | VGA_PCI_REVISION, vga_pci_written, v, "vga", err);
    if (!d) {
        free(v->rom);
        v->rom = NULL;
        return -1;
    }
    pci_set_bar(d, 0, VGA_VRAM_SIZE, PCI_BAR_MEM_PREFETCH);
    if (v->rom)
        pci_set_rom_bar(d, v->rom_size);
    v->pci = d;
    return 0;
}
