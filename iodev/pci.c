/* PCI bus 0 with configuration mechanism #1 (see include/twin86/pci.h). A
 * table of 256 functions indexed by dev << 3 | fn; each holds its
 * configuration bytes, the write mask, its INTx state and its hook. */
#include "twin86/pci.h"

#include <stdlib.h>
#include <string.h>

#define PCI_ROM_BAR 0x30
#define CONFADD_MASK 0x80FFFFFCu /* enable, bus, device, function, register */
#define STATUS_W1C 0xF900u       /* parity, SERR, master/target aborts, master parity */
#define COMMAND_WMASK 0x0547u    /* I/O, memory, master, parity, SERR, INTx disable */

struct pci_dev {
    pci_bus *bus;
    unsigned devfn;
    uint8_t cfg[256];
    uint8_t wmask[256];
    pci_write_fn hook;
    void *opaque;
    const char *name;
    int irq_level; /* the device's INTx request */
    int irq_out;   /* what it drives on its PIRQ line (request unless disabled) */
    int irq_pirq;  /* the PIRQ line irq_out went to */
};

struct pci_bus {
    uint32_t confadd;
    pci_dev *fn[256];
    int pirq_count[4]; /* functions driving each PIRQ line */
    pci_pirq_fn router;
    void *router_opaque;
    pci_cf9_read_fn cf9_rd;
    pci_cf9_write_fn cf9_wr;
    void *cf9_opaque;
};

static inline uint32_t get_le(const uint8_t *p, unsigned size) {
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint32_t)p[i] << (8 * i);
    return v;
}

static inline void put_le(uint8_t *p, uint32_t v, unsigned size) {
    for (unsigned i = 0; i < size; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static inline uint32_t all_ones(unsigned size) {
    return size >= 4 ? 0xFFFFFFFFu : (1u << (size * 8)) - 1;
}

static void update_intx(pci_dev *d) {
    pci_bus *b = d->bus;
    unsigned pin = d->cfg[PCI_INTERRUPT_PIN];
    int out = d->irq_level && pin >= 1 && pin <= 4 &&
              !(get_le(d->cfg + PCI_COMMAND, 2) & PCI_CMD_INTX_DISABLE);
    if (out == d->irq_out)
        return;
    d->irq_out = out;
    if (out)
        d->irq_pirq = (int)(((d->devfn >> 3) + pin - 2) & 3);
    int *count = &b->pirq_count[d->irq_pirq];
    *count += out ? 1 : -1;
    /* A shared line changes level only with its first and last driver. */
    if (*count == (out ? 1 : 0) && b->router)
        b->router(b->router_opaque, d->irq_pirq, out);
}

void pci_set_irq(pci_dev *d, int level) {
    d->irq_level = level != 0;
    if (level)
        d->cfg[PCI_STATUS] |= PCI_STATUS_INTERRUPT;
    else
        d->cfg[PCI_STATUS] &= (uint8_t)~PCI_STATUS_INTERRUPT;
    update_intx(d);
}

void pci_set_pirq_router(pci_bus *b, pci_pirq_fn fn, void *opaque) {
    b->router = fn;
    b->router_opaque = opaque;
}

int pci_pirq_level(const pci_bus *b, int pirq) { return b->pirq_count[pirq & 3] > 0; }

void pci_set_cf9(pci_bus *b, pci_cf9_read_fn rd, pci_cf9_write_fn wr, void *opaque) {
    b->cf9_rd = rd;
    b->cf9_wr = wr;
    b->cf9_opaque = opaque;
}

pci_dev *pci_get(pci_bus *b, unsigned dev, unsigned fn) {
    return dev < 32 && fn < 8 ? b->fn[dev << 3 | fn] : NULL;
}

unsigned pci_slot(const pci_dev *d) { return d->devfn >> 3; }
const char *pci_name(const pci_dev *d) { return d->name; }
uint8_t *pci_config(pci_dev *d) { return d->cfg; }
uint8_t *pci_wmask(pci_dev *d) { return d->wmask; }

uint32_t pci_config_read(pci_bus *b, unsigned dev, unsigned fn, unsigned reg, unsigned size) {
    pci_dev *d = pci_get(b, dev, fn);
    if (!d || reg + size > 256)
        return all_ones(size);
    return get_le(d->cfg + reg, size);
}

void pci_config_write(pci_bus *b, unsigned dev, unsigned fn, unsigned reg, uint32_t value,
                      unsigned size) {
    pci_dev *d = pci_get(b, dev, fn);
    if (!d || reg + size > 256)
        return;
    for (unsigned i = 0; i < size; i++) {
        unsigned r = reg + i;
        uint8_t v = (uint8_t)(value >> (8 * i));
        uint8_t w1c = r - PCI_STATUS < 2 ? (uint8_t)(STATUS_W1C >> (8 * (r - PCI_STATUS))) : 0;
        d->cfg[r] = (uint8_t)((d->cfg[r] & ~d->wmask[r]) | (v & d->wmask[r]));
        d->cfg[r] &= (uint8_t) ~(v & w1c);
    }
    if (reg <= PCI_COMMAND + 1 && reg + size > PCI_COMMAND + 1)
        update_intx(d); /* the INTx disable bit may have changed */
    if (d->hook)
        d->hook(d->opaque, d, reg, size);
}

/* CONFIG_ADDRESS -> (dev, fn) on bus 0 with decoding enabled, else -1. */
static int target(const pci_bus *b, unsigned *dev, unsigned *fn) {
    if (!(b->confadd & 0x80000000u) || (b->confadd >> 16 & 0xFF) != 0)
        return -1;
    *dev = b->confadd >> 11 & 31;
    *fn = b->confadd >> 8 & 7;
    return 0;
}

static uint32_t data_read(void *opaque, uint16_t port, unsigned size) {
    pci_bus *b = opaque;
    unsigned dev, fn;
    if (target(b, &dev, &fn) < 0)
        return all_ones(size);
    return pci_config_read(b, dev, fn, (b->confadd & 0xFC) | (port & 3), size);
}

static void data_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    pci_bus *b = opaque;
    unsigned dev, fn;
    if (target(b, &dev, &fn) == 0)
        pci_config_write(b, dev, fn, (b->confadd & 0xFC) | (port & 3), value, size);
}

/* 0xCF8-0xCFB: dwords at 0xCF8 are CONFIG_ADDRESS; the bus splits anything
 * else into bytes, of which only 0xCF9 has a listener. */
static uint32_t addr_read(void *opaque, uint16_t port, unsigned size) {
    pci_bus *b = opaque;
    if (size == 4)
        return b->confadd;
    if (port == 0xCF9 && b->cf9_rd)
        return b->cf9_rd(b->cf9_opaque);
    return 0xFF;
}

static void addr_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    pci_bus *b = opaque;
    if (size == 4)
        b->confadd = value & CONFADD_MASK;
    else if (port == 0xCF9 && b->cf9_wr)
        b->cf9_wr(b->cf9_opaque, (uint8_t)value);
}

pci_bus *pci_bus_create(iobus *io, const char **err) {
    pci_bus *b = calloc(1, sizeof *b);
    if (!b) {
        *err = "out of memory for the PCI bus";
        return NULL;
    }
    if (io_register(io, PCI_CONFIG_ADDRESS, 4, IO_W32, addr_read, addr_write, b, "pci-addr", err) <
            0 ||
        io_register(io, PCI_CONFIG_DATA, 4, IO_W8 | IO_W16 | IO_W32, data_read, data_write, b,
                    "pci-data", err) < 0) {
        free(b);
        return NULL;
    }
    return b;
}

void pci_bus_destroy(pci_bus *b) {
    if (!b)
        return;
    for (unsigned i = 0; i < 256; i++)
        free(b->fn[i]);
    free(b);
}

void pci_bus_reset(pci_bus *b) { b->confadd = 0; }

pci_dev *pci_add(pci_bus *b, unsigned dev, unsigned fn, uint16_t vendor, uint16_t device,
                 uint32_t class_rev, pci_write_fn hook, void *opaque, const char *name,
                 const char **err) {
    if (dev >= 32 || fn >= 8 || b->fn[dev << 3 | fn]) {
        *err = "PCI slot out of range or already taken";
        return NULL;
    }
    pci_dev *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for a PCI function";
        return NULL;
    }
    d->bus = b;
    d->devfn = dev << 3 | fn;
    d->hook = hook;
    d->opaque = opaque;
    d->name = name ? name : "?";
    put_le(d->cfg + PCI_VENDOR_ID, vendor, 2);
    put_le(d->cfg + PCI_DEVICE_ID, device, 2);
    put_le(d->cfg + PCI_CLASS_REVISION, class_rev, 4);
    put_le(d->wmask + PCI_COMMAND, COMMAND_WMASK, 2);
    d->wmask[0x0C] = d->wmask[0x0D] = d->wmask[PCI_INTERRUPT_LINE] = 0xFF;
    b->fn[d->devfn] = d;
    /* Guests probe functions 1-7 only when function 0 says multi-function. */
    int multi = 0;
    for (unsigned f = 1; f < 8; f++)
        multi |= b->fn[dev << 3 | f] != NULL;
    if (multi)
        for (unsigned f = 0; f < 8; f++)
            if (b->fn[dev << 3 | f])
                b->fn[dev << 3 | f]->cfg[PCI_HEADER_TYPE] |= PCI_HEADER_MULTI_FUNCTION;
    return d;
}

void pci_set_bar(pci_dev *d, int n, uint32_t size, int io) {
    uint32_t type = io == PCI_BAR_IO ? 1 : io == PCI_BAR_MEM_PREFETCH ? 8 : 0;
    /* I/O BARs keep all 32 bits writable, as real devices and QEMU do: firmware
     * sizes a BAR from the bits that stick after writing all ones. */
    uint32_t mask = ~(size - 1) & (io == PCI_BAR_IO ? 0xFFFFFFFCu : 0xFFFFFFF0u);
    put_le(d->cfg + PCI_BAR0 + 4 * n, type, 4);
    put_le(d->wmask + PCI_BAR0 + 4 * n, mask, 4);
}

uint32_t pci_bar_address(pci_dev *d, int n) {
    uint32_t bar = get_le(d->cfg + PCI_BAR0 + 4 * n, 4);
    uint32_t cmd = get_le(d->cfg + PCI_COMMAND, 2);
    if (get_le(d->wmask + PCI_BAR0 + 4 * n, 4) == 0)
        return 0; /* not implemented */
    if (bar & 1)
        return cmd & PCI_CMD_IO ? bar & 0xFFFCu : 0;
    return cmd & PCI_CMD_MEMORY ? bar & 0xFFFFFFF0u : 0;
}

void pci_set_rom_bar(pci_dev *d, uint32_t size) {
    put_le(d->cfg + PCI_ROM_BAR, 0, 4);
    put_le(d->wmask + PCI_ROM_BAR, (~(size - 1) & 0xFFFFF800u) | 1, 4);
}

uint32_t pci_rom_address(pci_dev *d) {
    uint32_t bar = get_le(d->cfg + PCI_ROM_BAR, 4);
    if (!(bar & 1) || !(get_le(d->cfg + PCI_COMMAND, 2) & PCI_CMD_MEMORY))
        return 0;
    return bar & 0xFFFFF800u;
}

void pci_dev_reset(pci_dev *d) {
    put_le(d->cfg + PCI_COMMAND, 0, 2);
    put_le(d->cfg + PCI_STATUS, get_le(d->cfg + PCI_STATUS, 2) & ~STATUS_W1C, 2);
    for (unsigned r = PCI_BAR0; r < PCI_BAR0 + 24; r += 4) /* keep the type bits */
        put_le(d->cfg + r, get_le(d->cfg + r, 4) & ~get_le(d->wmask + r, 4), 4);
    put_le(d->cfg + PCI_ROM_BAR, 0, 4);
    d->cfg[0x0C] = d->cfg[0x0D] = d->cfg[PCI_INTERRUPT_LINE] = 0;
    pci_set_irq(d, 0);
    if (d->hook)
        d->hook(d->opaque, d, PCI_COMMAND, 2);
}
