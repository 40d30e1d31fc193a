/* PIIX3 function 0: PIRQ routing and the reset control register (see
 * piix3.h). */
#include "piix3.h"

#include <stdlib.h>

#define ROUTE_DISABLE 0x80
#define RCR_SRST 0x02
#define RCR_RCPU 0x04
/* ISA IRQs a PIRQ may be routed to: 3-7, 9-12, 14, 15. */
#define ROUTABLE 0xDEF8u

struct piix3 {
    pci_dev *dev;
    pci_bus *bus;
    irq_line isa[16];
    int level[16]; /* what we drive on each ISA line */
    uint8_t rcr;
    piix3_reset_fn reset;
    void *reset_opaque;
};

/* The ISA IRQ PIRQ n goes to, or -1. */
static int route(piix3 *p, int n) {
    uint8_t r = pci_config(p->dev)[PIIX3_PIRQRC + n];
    if (r & ROUTE_DISABLE || !(ROUTABLE >> (r & 15) & 1))
        return -1;
    return r & 15;
}

/* Recomputes every ISA line from the PIRQ levels and routes; drives changes. */
static void update(piix3 *p) {
    int want[16] = {0};
    for (int n = 0; n < 4; n++) {
        int irq = route(p, n);
        if (irq >= 0 && pci_pirq_level(p->bus, n))
            want[irq] = 1;
    }
    for (int i = 0; i < 16; i++)
        if (want[i] != p->level[i]) {
            p->level[i] = want[i];
            irq_set(&p->isa[i], want[i]);
        }
}

static void pirq_changed(void *opaque, int pirq, int level) {
    (void)pirq;
    (void)level;
    update(opaque);
}

static void config_written(void *opaque, pci_dev *d, unsigned reg, unsigned size) {
    (void)d;
    if (reg < PIIX3_PIRQRC + 4 && PIIX3_PIRQRC < reg + size)
        update(opaque);
}

static uint8_t rcr_read(void *opaque) { return ((piix3 *)opaque)->rcr; }

static void rcr_write(void *opaque, uint8_t value) {
    piix3 *p = opaque;
    int go = (value & RCR_RCPU) && !(p->rcr & RCR_RCPU);
    p->rcr = value & (RCR_SRST | RCR_RCPU);
    if (go && p->reset)
        p->reset(p->reset_opaque, (value & RCR_SRST) != 0);
}

void piix3_set_reset(piix3 *p, piix3_reset_fn fn, void *opaque) {
    p->reset = fn;
    p->reset_opaque = opaque;
}

/* Datasheet reset values of the bridge registers. */
static const struct {
    uint8_t reg, value;
} defaults[] = {
    {0x4C, 0x4D}, {0x4E, 0x03}, {0x60, 0x80}, {0x61, 0x80}, {0x62, 0x80},
    {0x63, 0x80}, {0x69, 0x02}, {0x70, 0x80}, {0x71, 0x80}, {0x76, 0x0C},
    {0x77, 0x0C}, {0x78, 0x02}, {0xA0, 0x08}, {0xA8, 0x0F},
};

void piix3_reset(piix3 *p) {
    uint8_t *cfg = pci_config(p->dev), *wmask = pci_wmask(p->dev);
    pci_dev_reset(p->dev);
    cfg[PCI_COMMAND] = 0x07;    /* I/O, memory, bus master */
    cfg[PCI_STATUS + 1] = 0x02; /* medium DEVSEL timing */
    for (unsigned r = 0x4C; r < 0xB0; r++)
        cfg[r] = 0, wmask[r] = 0xFF;
    for (unsigned r = PIIX3_PIRQRC; r < PIIX3_PIRQRC + 4; r++)
        wmask[r] = 0x8F; /* bits 6:4 reserved */
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
        cfg[defaults[i].reg] = defaults[i].value;
    p->rcr = 0;
    update(p);
}

piix3 *piix3_create(pci_bus *bus, const irq_line isa[16], const char **err) {
    piix3 *p = calloc(1, sizeof *p);
    if (!p) {
        *err = "out of memory for the PIIX3";
        return NULL;
    }
    p->bus = bus;
    for (int i = 0; i < 16; i++)
        p->isa[i] = isa[i];
    p->dev = pci_add(bus, PIIX3_SLOT, 0, PIIX3_VENDOR, PIIX3_DEVICE, 0x06010000, config_written, p,
                     "piix3", err);
    if (!p->dev) {
        free(p);
        return NULL;
    }
    pci_config(p->dev)[PCI_HEADER_TYPE] |= PCI_HEADER_MULTI_FUNCTION;
    pci_set_pirq_router(bus, pirq_changed, p);
    pci_set_cf9(bus, rcr_read, rcr_write, p);
    piix3_reset(p);
    return p;
}

void piix3_destroy(piix3 *p) { free(p); }
