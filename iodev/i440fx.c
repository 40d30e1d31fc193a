/* i440FX host bridge: PAM shadowing, DRAM row boundaries, minimal SMRAM
 * (see i440fx.h). */
#include "i440fx.h"

#include <stdlib.h>

#define PAM_REGS 7
#define DRB_FIRST 0x60
#define DRB_COUNT 8
enum {
    SMRAM_D_OPEN = 0x40,
    SMRAM_D_CLS = 0x20,
    SMRAM_D_LCK = 0x10,
    SMRAM_G_SMRAME = 0x08,
    SMRAM_C_BASE_SEG = 0x02
};

struct i440fx {
    pci_dev *dev;
    memory *mem;
};

/* Applies one PAM nibble (bit 0 RE, bit 1 WE) to its segment. */
static void pam_segment(i440fx *h, uint32_t base, uint32_t len, unsigned nibble) {
    mem_set_shadow(h->mem, base, len, nibble & 1, nibble & 2);
}

static void pam_apply(i440fx *h) {
    const uint8_t *cfg = pci_config(h->dev);
    pam_segment(h, 0xF0000, 0x10000, cfg[I440FX_PAM0] >> 4);
    for (unsigned i = 1; i < PAM_REGS; i++) {
        uint32_t base = 0xC0000 + (i - 1) * 0x8000;
        pam_segment(h, base, 0x4000, cfg[I440FX_PAM0 + i] & 0xF);
        pam_segment(h, base + 0x4000, 0x4000, cfg[I440FX_PAM0 + i] >> 4);
    }
}

static inline int touches(unsigned reg, unsigned size, unsigned first, unsigned count) {
    return reg < first + count && first < reg + size;
}

/* Once locked, SMRAM stays closed and its lock and enable bits stay put. */
static void smram_lock(i440fx *h) {
    uint8_t *cfg = pci_config(h->dev), *wmask = pci_wmask(h->dev);
    if (cfg[I440FX_SMRAM] & SMRAM_D_LCK) {
        cfg[I440FX_SMRAM] &= (uint8_t)~SMRAM_D_OPEN;
        wmask[I440FX_SMRAM] = SMRAM_D_CLS;
    }
}

static void config_written(void *opaque, pci_dev *d, unsigned reg, unsigned size) {
    i440fx *h = opaque;
    (void)d;
    if (touches(reg, size, I440FX_PAM0, PAM_REGS))
        pam_apply(h);
    if (touches(reg, size, I440FX_SMRAM, 1))
        smram_lock(h);
}

void i440fx_reset(i440fx *h) {
    uint8_t *cfg = pci_config(h->dev), *wmask = pci_wmask(h->dev);
    pci_dev_reset(h->dev);
    cfg[PCI_COMMAND] = 0x06;               /* memory access and bus master on */
    cfg[PCI_STATUS] = 0x80;                /* fast back-to-back capable */
    cfg[PCI_STATUS + 1] = 0x02;            /* medium DEVSEL timing */
    for (unsigned r = 0x50; r < 0x59; r++) /* chipset configuration: plain storage */
        cfg[r] = 0, wmask[r] = 0xFF;
    cfg[0x53] = 0x80;
    cfg[0x57] = 0x01;
    cfg[0x58] = 0x10;
    wmask[I440FX_PAM0] = 0x70;
    cfg[I440FX_PAM0] = 0;
    for (unsigned i = 1; i < PAM_REGS; i++)
        cfg[I440FX_PAM0 + i] = 0, wmask[I440FX_PAM0 + i] = 0x77;
    /* All RAM in row 0: every cumulative boundary is the total, in 8 MiB units. */
    uint32_t rows = (mem_size(h->mem) + (8u << 20) - 1) >> 23;
    for (unsigned i = 0; i < DRB_COUNT; i++)
        cfg[DRB_FIRST + i] = (uint8_t)(rows > 255 ? 255 : rows), wmask[DRB_FIRST + i] = 0xFF;
    for (unsigned r = 0x68; r < 0x72; r++)
        cfg[r] = 0, wmask[r] = 0xFF;
    cfg[0x70] = 0x20;
    cfg[0x71] = 0x10;
    cfg[I440FX_SMRAM] = SMRAM_C_BASE_SEG;
    wmask[I440FX_SMRAM] = SMRAM_D_OPEN | SMRAM_D_CLS | SMRAM_D_LCK | SMRAM_G_SMRAME;
    for (unsigned r = 0x90; r < 0x94; r++)
        cfg[r] = 0, wmask[r] = 0xFF;
    pam_apply(h);
}

i440fx *i440fx_create(pci_bus *bus, memory *mem, const char **err) {
    i440fx *h = calloc(1, sizeof *h);
    if (!h) {
        *err = "out of memory for the host bridge";
        return NULL;
    }
    h->mem = mem;
    h->dev = pci_add(bus, 0, 0, I440FX_VENDOR, I440FX_DEVICE, 0x06000002, config_written, h,
                     "i440fx", err);
    if (!h->dev) {
        free(h);
        return NULL;
    }
    i440fx_reset(h);
    return h;
}

void i440fx_destroy(i440fx *h) { free(h); }
