/* Bus-master IDE (SFF-8038i, as in the PIIX3): per channel a command
 * register (start, direction), a status register (active, error and
 * interrupt write-one-to-clear, the two drive-DMA-capable bits) and the PRD
 * table pointer, at BAR4 + 0 (primary) and + 8 (secondary); and the PIIX3 IDE
 * PCI function that carries them. PRD entries are 8 bytes: a word-aligned
 * region address, a byte count in bits 15:1 (0 = 64 KiB) and end-of-table in
 * bit 31. */
#include "ide.h"

#include "ata.h"

#define PRD_EOT 0x80000000u
#define BM_BLOCK 16

int bm_running(const struct ide_channel *c) {
    const ide *d = c->ide;
    if (!(c->bm_cmd & BM_CMD_START))
        return 0;
    /* A PCI function moves data only with bus mastering enabled. */
    return !d->pci || (pci_config(d->pci)[PCI_COMMAND] & PCI_CMD_MASTER);
}

uint32_t bm_move(struct ide_channel *c, uint8_t *buf, uint32_t len, int to_memory) {
    memory *mem = c->ide->mem;
    struct prd_cursor *p = &c->prd;
    uint32_t moved = 0;
    while (moved < len) {
        if (!p->left) {
            if (p->eot)
                break; /* the table ran out */
            uint32_t count = mem_read(mem, p->next + 4, 4);
            p->addr = mem_read(mem, p->next, 4) & ~1u;
            p->left = count & 0xFFFE ? count & 0xFFFE : 0x10000;
            p->eot = (count & PRD_EOT) != 0;
            p->next += 8;
        }
        uint32_t n = len - moved < p->left ? len - moved : p->left;
        if (to_memory)
            mem_write_block(mem, p->addr, buf + moved, n, 0);
        else
            mem_read_block(mem, p->addr, buf + moved, n);
        p->addr += n;
        p->left -= n;
        moved += n;
    }
    return moved;
}

/* The engine stays active when the device finished before the table did
 * (the driver stops it); it goes idle when the table was used up. */
void bm_end(struct ide_channel *c, int done) {
    if (!done || (c->prd.eot && !c->prd.left))
        c->bm_status &= (uint8_t)~BM_ST_ACTIVE;
}

void bm_reset(struct ide_channel *c) {
    c->bm_cmd = c->bm_status = 0;
    c->bm_prd = 0;
    c->prd = (struct prd_cursor){0};
}

uint32_t bm_read(struct ide_channel *c, unsigned reg) {
    switch (reg) {
    case 0:
        return c->bm_cmd;
    case 2:
        return c->bm_status;
    case 4:
    case 5:
    case 6:
    case 7:
        return (c->bm_prd >> (8 * (reg - 4))) & 0xFF;
    default:
        return 0;
    }
}

void bm_write(struct ide_channel *c, unsigned reg, uint8_t value) {
    switch (reg) {
    case 0: {
        uint8_t old = c->bm_cmd;
        c->bm_cmd = value & (BM_CMD_START | BM_CMD_TO_MEMORY);
        if ((value & BM_CMD_START) && !(old & BM_CMD_START)) {
            c->bm_status |= BM_ST_ACTIVE;
            c->prd = (struct prd_cursor){.next = c->bm_prd};
            if (bm_running(c))
                ide_bm_started(c);
        } else if (!(value & BM_CMD_START) && (old & BM_CMD_START)) {
            c->bm_status &= (uint8_t)~BM_ST_ACTIVE;
            ide_bm_stopped(c);
        }
        break;
    }
    case 2:
        c->bm_status =
            (uint8_t)((c->bm_status & ~(BM_ST_CAPABLE | (value & 0x06))) | (value & BM_ST_CAPABLE));
        break;
    case 4:
    case 5:
    case 6:
    case 7: {
        unsigned shift = 8 * (reg - 4);
        c->bm_prd = (c->bm_prd & ~(0xFFu << shift)) | (uint32_t)value << shift;
        c->bm_prd &= ~3u; /* dword aligned */
        break;
    }
    default:
        break;
    }
}

static uint32_t port_read(void *opaque, uint16_t port, unsigned size) {
    ide *d = opaque;
    unsigned off = (unsigned)(port - d->bm_base);
    (void)size;
    return bm_read(&d->ch[off >> 3], off & 7);
}

static void port_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    ide *d = opaque;
    unsigned off = (unsigned)(port - d->bm_base);
    (void)size;
    bm_write(&d->ch[off >> 3], off & 7, (uint8_t)value);
}

/* Follows BAR4 and the command register: the block is where the guest put
 * it while I/O decoding is on, nowhere otherwise. */
static void remap(ide *d) {
    const char *err;
    uint16_t want = (uint16_t)pci_bar_address(d->pci, 4);
    if (want == d->bm_base)
        return;
    if (d->bm_base)
        io_unregister(d->io, d->bm_base, BM_BLOCK);
    d->bm_base = 0;
    /* A clash with another device leaves the block unreachable, as on a bus. */
    if (want &&
        io_register(d->io, want, BM_BLOCK, IO_W8, port_read, port_write, d, "ide-bm", &err) == 0)
        d->bm_base = want;
}

static void config_written(void *opaque, pci_dev *p, unsigned reg, unsigned size) {
    ide *d = opaque;
    (void)p;
    (void)reg;
    (void)size;
    remap(d);
    for (int i = 0; i < 2; i++) /* bus mastering may just have been allowed */
        if (bm_running(&d->ch[i]))
            ide_bm_started(&d->ch[i]);
}

void bm_pci_reset(ide *d) {
    uint8_t *cfg = pci_config(d->pci), *wmask = pci_wmask(d->pci);
    pci_dev_reset(d->pci);
    cfg[PCI_STATUS] = 0x80;                /* fast back-to-back capable */
    cfg[PCI_STATUS + 1] = 0x02;            /* medium DEVSEL timing */
    for (unsigned r = 0x40; r < 0x45; r++) /* IDE timing: stored, no effect */
        cfg[r] = 0, wmask[r] = 0xFF;
    remap(d);
}

int ide_attach_pci(ide *d, pci_bus *bus, unsigned slot, unsigned fn, const char **err) {
    if (d->pci) {
        *err = "the IDE controller is already on a PCI bus";
        return -1;
    }
    d->pci = pci_add(bus, slot, fn, IDE_PCI_VENDOR, IDE_PCI_DEVICE, 0x01018000, config_written, d,
                     "piix3-ide", err);
    if (!d->pci)
        return -1;
    uint8_t *wmask = pci_wmask(d->pci);
    wmask[PCI_COMMAND] = PCI_CMD_IO | PCI_CMD_MASTER;
    wmask[PCI_COMMAND + 1] = 0;
    wmask[PCI_INTERRUPT_LINE] = 0; /* legacy mode: IRQ14/15, no INTx */
    pci_set_bar(d->pci, 4, BM_BLOCK, PCI_BAR_IO);
    bm_pci_reset(d);
    return 0;
}
