/* Unit tests for iodev/pci.c and iodev/piix3.c through ports 0xCF8/0xCFC:
 * the CONFIG_ADDRESS register, enumeration of a PIIX3 machine (host bridge,
 * multi-function ISA bridge and IDE), absent functions and buses, access
 * widths, write masks, BAR sizing and decoding, the command and status
 * registers, INTx -> PIRQ swizzling -> PIIX3 routing to ISA IRQ lines, and
 * the reset control register at 0xCF9. */
#include <string.h>

#include "check.h"
#include "iodev/i440fx.h"
#include "iodev/ide.h"
#include "iodev/piix3.h"
#include "twin86/pci.h"

struct lines {
    int level[16];
    int changes[16];
};

static void line_set(void *opaque, int n, int level) {
    struct lines *l = opaque;
    if (l->level[n] != level)
        l->changes[n]++;
    l->level[n] = level;
}

struct resets {
    int soft, hard;
};

static void on_reset(void *opaque, int hard) {
    struct resets *r = opaque;
    if (hard)
        r->hard++;
    else
        r->soft++;
}

struct rig {
    iobus *io;
    sched *s;
    memory *mem;
    pci_bus *bus;
    i440fx *host;
    piix3 *isa;
    ide *ide;
    struct lines lines;
    struct resets resets;
};

static uint32_t addr(unsigned bus, unsigned dev, unsigned fn, unsigned reg) {
    return 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (reg & 0xFC);
}

static uint32_t rd(struct rig *r, unsigned dev, unsigned fn, unsigned reg, unsigned size) {
    io_write(r->io, 0xCF8, addr(0, dev, fn, reg), 4);
    return io_read(r->io, (uint16_t)(0xCFC + (reg & 3)), size);
}

static void wr(struct rig *r, unsigned dev, unsigned fn, unsigned reg, uint32_t v, unsigned size) {
    io_write(r->io, 0xCF8, addr(0, dev, fn, reg), 4);
    io_write(r->io, (uint16_t)(0xCFC + (reg & 3)), v, size);
}

static int build(struct rig *r) {
    const char *err = NULL;
    irq_line isa[16];
    memset(r, 0, sizeof *r);
    for (int i = 0; i < 16; i++)
        isa[i] = (irq_line){line_set, &r->lines, i};
    r->io = io_create();
    r->s = sched_create(SCHED_DEFAULT_IPS);
    r->mem = mem_create(1u << 20, &err);
    if (!r->io || !r->s || !r->mem)
        return -1;
    r->bus = pci_bus_create(r->io, &err);
    if (!r->bus)
        return -1;
    r->host = i440fx_create(r->bus, r->mem, &err);
    r->isa = piix3_create(r->bus, isa, &err);
    r->ide = ide_create(r->io, r->s, r->mem, isa[14], isa[15], &err);
    if (!r->host || !r->isa || !r->ide || ide_attach_pci(r->ide, r->bus, 1, 1, &err) < 0) {
        fprintf(stderr, "build: %s\n", err);
        return -1;
    }
    piix3_set_reset(r->isa, on_reset, &r->resets);
    return 0;
}

static void destroy(struct rig *r) {
    ide_destroy(r->ide);
    piix3_destroy(r->isa);
    i440fx_destroy(r->host);
    pci_bus_destroy(r->bus);
    mem_destroy(r->mem);
    sched_destroy(r->s);
    io_destroy(r->io);
}

static void test_config_address(struct rig *r) {
    const char *err = NULL;
    CHECK(pci_bus_create(r->io, &err) == NULL && err); /* ports taken */
    io_write(r->io, 0xCF8, 0x80001234, 4);
    CHECK_EQ(io_read(r->io, 0xCF8, 4), 0x80001234);
    io_write(r->io, 0xCF8, 0x7F00FFFF, 4); /* reserved bits 30:24 and 1:0 read 0 */
    CHECK_EQ(io_read(r->io, 0xCF8, 4), 0x0000FFFC);
    /* Byte and word accesses pass through to the bus (Linux's mechanism probe). */
    io_write(r->io, 0xCF8, 0x80000000, 4);
    io_write(r->io, 0xCFB, 0x01, 1);
    io_write(r->io, 0xCF8, 0x00EF, 2); /* 0xCF9 gets 0: no reset */
    CHECK_EQ(io_read(r->io, 0xCF8, 4), 0x80000000);
    CHECK_EQ(io_read(r->io, 0xCFA, 2), 0xFFFF);
    /* With the enable bit clear, data reads float and writes vanish. */
    io_write(r->io, 0xCF8, 0x00000000, 4);
    CHECK_EQ(io_read(r->io, 0xCFC, 4), 0xFFFFFFFF);
    io_write(r->io, 0xCFC, 0, 4);
    CHECK_EQ(rd(r, 0, 0, 0, 4), 0x12378086);
}

/* A bus scan as a BIOS does it: function 0 of every slot, functions 1-7
 * only where the header type says multi-function. */
static void test_enumeration(struct rig *r) {
    unsigned found = 0;
    for (unsigned dev = 0; dev < 32; dev++) {
        uint32_t id = rd(r, dev, 0, 0, 4);
        if ((id & 0xFFFF) == 0xFFFF)
            continue;
        found++;
        if (!(rd(r, dev, 0, PCI_HEADER_TYPE, 1) & 0x80))
            continue;
        for (unsigned fn = 1; fn < 8; fn++)
            if ((rd(r, dev, fn, 0, 2)) != 0xFFFF)
                found++;
    }
    CHECK_EQ(found, 3);
    CHECK_EQ(rd(r, 1, 0, 0, 4), 0x70008086);
    CHECK_EQ(rd(r, 1, 0, 0x08, 4), 0x06010000);
    CHECK_EQ(rd(r, 1, 0, PCI_HEADER_TYPE, 1), 0x80);
    CHECK_EQ(rd(r, 1, 1, 0, 4), 0x70108086);
    CHECK_EQ(rd(r, 1, 1, 0x08, 4), 0x01018000); /* IDE, legacy mode, bus master */
    CHECK_EQ(rd(r, 1, 1, PCI_HEADER_TYPE, 1), 0x80);
    CHECK_EQ(rd(r, 0, 0, PCI_HEADER_TYPE, 1), 0x00);
    CHECK_EQ(rd(r, 0, 1, 0, 4), 0xFFFFFFFF); /* no function 0.1 */
    CHECK_EQ(rd(r, 5, 0, 0x3C, 4), 0xFFFFFFFF);
    /* Other buses are empty. */
    io_write(r->io, 0xCF8, 0x80010000, 4);
    CHECK_EQ(io_read(r->io, 0xCFC, 4), 0xFFFFFFFF);
    /* Narrow accesses at every offset of the data window. */
    CHECK_EQ(rd(r, 0, 0, 2, 2), 0x1237);
    CHECK_EQ(rd(r, 0, 0, 1, 1), 0x80);
    CHECK_EQ(rd(r, 0, 0, 3, 1), 0x12);
    CHECK_EQ(rd(r, 1, 0, 0x0A, 2), 0x0601);
    /* PIIX3 reset values from its datasheet. */
    CHECK_EQ(rd(r, 1, 0, PCI_COMMAND, 2), 0x0007);
    CHECK_EQ(rd(r, 1, 0, PCI_STATUS, 2), 0x0200);
    CHECK_EQ(rd(r, 1, 0, 0x60, 4), 0x80808080);
    CHECK_EQ(rd(r, 1, 0, 0x4C, 1), 0x4D);
    CHECK_EQ(rd(r, 1, 0, 0x69, 1), 0x02);
    CHECK_EQ(rd(r, 1, 1, PCI_STATUS, 2), 0x0280);
}

static void test_write_masks(struct rig *r) {
    wr(r, 0, 0, 0, 0xFFFFFFFF, 4); /* IDs are read-only */
    CHECK_EQ(rd(r, 0, 0, 0, 4), 0x12378086);
    wr(r, 1, 1, 0x08, 0, 4); /* so are class and revision */
    CHECK_EQ(rd(r, 1, 1, 0x08, 4), 0x01018000);
    wr(r, 1, 1, PCI_COMMAND, 0xFFFF, 2); /* the IDE function: I/O and master only */
    CHECK_EQ(rd(r, 1, 1, PCI_COMMAND, 2), 0x0005);
    wr(r, 1, 1, PCI_COMMAND, 0, 2);
    wr(r, 1, 1, 0x40, 0xA307E307, 4); /* IDE timing registers take writes */
    CHECK_EQ(rd(r, 1, 1, 0x40, 4), 0xA307E307);
    wr(r, 1, 0, 0x60, 0xFFFFFFFF, 4); /* PIRQ routes: bits 6:4 reserved */
    CHECK_EQ(rd(r, 1, 0, 0x60, 4), 0x8F8F8F8F);
    wr(r, 1, 0, 0x60, 0x80808080, 4);
    /* Status: error bits are write-one-to-clear, DEVSEL timing read-only. */
    pci_dev *host = pci_get(r->bus, 0, 0);
    if (!CHECK(host))
        return;
    pci_config(host)[PCI_STATUS + 1] |= 0xF9;
    wr(r, 0, 0, PCI_STATUS, 0x2000, 2);
    CHECK_EQ(rd(r, 0, 0, PCI_STATUS, 2), 0xDB80);
    wr(r, 0, 0, PCI_STATUS, 0xFFFF, 2);
    CHECK_EQ(rd(r, 0, 0, PCI_STATUS, 2), 0x0280);
}

/* BAR4 of the IDE function: 16 I/O ports of bus-master registers. */
static void test_bar(struct rig *r) {
    wr(r, 1, 1, 0x20, 0xFFFFFFFF, 4);
    /* Size 16, I/O; the upper bits stick like the rest (as on QEMU's PIIX3),
     * which is what SeaBIOS's BAR sizing needs. */
    CHECK_EQ(rd(r, 1, 1, 0x20, 4), 0xFFFFFFF1);
    for (unsigned bar = 0x10; bar < 0x20; bar += 4) { /* legacy mode: no BAR0-3 */
        wr(r, 1, 1, bar, 0xFFFFFFFF, 4);
        CHECK_EQ(rd(r, 1, 1, bar, 4), 0);
    }
    wr(r, 1, 1, 0x20, 0xC000, 4);
    CHECK_EQ(rd(r, 1, 1, 0x20, 4), 0xC001);
    /* Not decoded until the command register enables I/O. */
    CHECK(io_owner(r->io, 0xC000) == NULL);
    wr(r, 1, 1, PCI_COMMAND, PCI_CMD_IO, 2);
    CHECK(io_owner(r->io, 0xC000) != NULL && io_owner(r->io, 0xC00F) != NULL);
    CHECK(io_owner(r->io, 0xC010) == NULL);
    io_write(r->io, 0xC004, 0x12345678, 4); /* PRD pointer: dword aligned */
    CHECK_EQ(io_read(r->io, 0xC004, 4), 0x12345678 & ~3u);
    io_write(r->io, 0xC00A, 0x66, 1); /* secondary status: drive DMA capable bits */
    CHECK_EQ(io_read(r->io, 0xC00A, 1), 0x60);
    /* Moving the BAR moves the registers. */
    wr(r, 1, 1, 0x20, 0xD040, 4);
    CHECK(io_owner(r->io, 0xC000) == NULL);
    CHECK_EQ(io_read(r->io, 0xD044, 4), 0x12345678 & ~3u);
    wr(r, 1, 1, PCI_COMMAND, 0, 2);
    CHECK(io_owner(r->io, 0xD040) == NULL);
    CHECK_EQ(io_read(r->io, 0xD044, 4), 0xFFFFFFFF);
}

/* A device of our own for memory BARs, the ROM BAR and INTx. */
static int hook_calls;
static unsigned hook_reg;
static void hook(void *opaque, pci_dev *d, unsigned reg, unsigned size) {
    (void)opaque;
    (void)d;
    (void)size;
    hook_calls++;
    hook_reg = reg;
}

static void test_memory_bar(struct rig *r) {
    const char *err = NULL;
    pci_dev *d = pci_add(r->bus, 3, 0, 0x1234, 0x5678, 0xFF000001, hook, NULL, "test", &err);
    if (!CHECK(d))
        return;
    CHECK(pci_add(r->bus, 3, 0, 0x1234, 0x5678, 0, hook, NULL, "dup", &err) == NULL && err);
    CHECK(pci_add(r->bus, 32, 0, 0x1234, 0x5678, 0, hook, NULL, "bad", &err) == NULL);
    CHECK(pci_get(r->bus, 3, 0) == d && pci_slot(d) == 3);
    pci_set_bar(d, 0, 0x1000, PCI_BAR_MEM);
    pci_set_bar(d, 2, 0x1000000, PCI_BAR_MEM_PREFETCH);
    pci_set_rom_bar(d, 0x10000);
    hook_calls = 0;
    wr(r, 3, 0, 0x10, 0xFFFFFFFF, 4);
    CHECK(hook_calls == 1 && hook_reg == 0x10);
    CHECK_EQ(rd(r, 3, 0, 0x10, 4), 0xFFFFF000);
    wr(r, 3, 0, 0x18, 0xFFFFFFFF, 4);
    CHECK_EQ(rd(r, 3, 0, 0x18, 4), 0xFF000008);
    wr(r, 3, 0, 0x30, 0xFFFFFFFF, 4);
    CHECK_EQ(rd(r, 3, 0, 0x30, 4), 0xFFFF0001);
    wr(r, 3, 0, 0x10, 0xFEBF1234, 4);
    wr(r, 3, 0, 0x30, 0xFEB00001, 4);
    CHECK_EQ(pci_bar_address(d, 0), 0); /* memory decoding off */
    CHECK_EQ(pci_rom_address(d), 0);
    wr(r, 3, 0, PCI_COMMAND, PCI_CMD_MEMORY, 2);
    CHECK_EQ(pci_bar_address(d, 0), 0xFEBF1000);
    CHECK_EQ(pci_rom_address(d), 0xFEB00000);
    CHECK_EQ(pci_bar_address(d, 1), 0); /* not implemented */
    /* The write went through before the hook saw it. */
    CHECK(hook_reg == PCI_COMMAND);
    pci_dev_reset(d);
    CHECK_EQ(rd(r, 3, 0, 0x18, 4), 0x00000008); /* unassigned, type kept */
    CHECK_EQ(rd(r, 3, 0, PCI_COMMAND, 2), 0);
}

/* INTx: slot 3 INTA# swizzles to PIRQC, slot 3 INTB# to PIRQD, slot 4
 * INTA# to PIRQD; PIIX3 register 0x60 + n routes PIRQn. */
static void test_intx(struct rig *r) {
    const char *err = NULL;
    pci_dev *a = pci_get(r->bus, 3, 0);
    pci_dev *b = pci_add(r->bus, 4, 0, 0x1234, 0x0001, 0xFF000000, NULL, NULL, "b", &err);
    pci_dev *c = pci_add(r->bus, 3, 1, 0x1234, 0x0002, 0xFF000000, NULL, NULL, "c", &err);
    if (!CHECK(a && b && c))
        return;
    CHECK_EQ(rd(r, 3, 0, PCI_HEADER_TYPE, 1), 0x80); /* function 1 made it multi */
    pci_config(a)[PCI_INTERRUPT_PIN] = 1;
    pci_config(b)[PCI_INTERRUPT_PIN] = 1;
    pci_config(c)[PCI_INTERRUPT_PIN] = 2;
    struct lines *l = &r->lines;

    pci_set_irq(a, 1); /* PIRQC, not routed yet */
    CHECK(pci_pirq_level(r->bus, 2) && !pci_pirq_level(r->bus, 0));
    for (int i = 0; i < 16; i++)
        CHECK(!l->level[i]);
    CHECK(rd(r, 3, 0, PCI_STATUS, 2) & PCI_STATUS_INTERRUPT);
    wr(r, 1, 0, 0x62, 11, 1); /* PIRQC -> IRQ11 */
    CHECK(l->level[11]);
    pci_set_irq(a, 0);
    CHECK(!l->level[11]);
    CHECK(!(rd(r, 3, 0, PCI_STATUS, 2) & PCI_STATUS_INTERRUPT));

    /* Two functions on one PIRQ line: it stays up until both let go. */
    wr(r, 1, 0, 0x63, 10, 1); /* PIRQD -> IRQ10 */
    pci_set_irq(b, 1);
    pci_set_irq(c, 1);
    CHECK(l->level[10] && l->changes[10] == 1);
    pci_set_irq(b, 0);
    CHECK(l->level[10]);
    pci_set_irq(c, 0);
    CHECK(!l->level[10]);

    /* Two PIRQs routed to one ISA IRQ are ORed too. */
    wr(r, 1, 0, 0x63, 11, 1);
    pci_set_irq(a, 1);
    pci_set_irq(b, 1);
    pci_set_irq(a, 0);
    CHECK(l->level[11]);
    pci_set_irq(b, 0);
    CHECK(!l->level[11]);

    /* Rerouting or disabling a raised line moves or drops it. */
    pci_set_irq(a, 1);
    CHECK(l->level[11]);
    wr(r, 1, 0, 0x62, 5, 1);
    CHECK(!l->level[11] && l->level[5]);
    wr(r, 1, 0, 0x62, 0x85, 1); /* bit 7: disabled */
    CHECK(!l->level[5]);
    wr(r, 1, 0, 0x62, 13, 1); /* IRQ13 (FPU) cannot be a PIRQ target */
    CHECK(!l->level[13]);
    wr(r, 1, 0, 0x62, 9, 1);
    CHECK(l->level[9]);
    /* The INTx disable bit masks the pin but not the status bit. */
    wr(r, 3, 0, PCI_COMMAND, PCI_CMD_INTX_DISABLE, 2);
    CHECK(!l->level[9]);
    CHECK(rd(r, 3, 0, PCI_STATUS, 2) & PCI_STATUS_INTERRUPT);
    wr(r, 3, 0, PCI_COMMAND, 0, 2);
    CHECK(l->level[9]);
    pci_set_irq(a, 0);
    CHECK(!l->level[9]);
    /* A PIIX3 reset disables every route. */
    pci_set_irq(a, 1);
    CHECK(l->level[9]);
    piix3_reset(r->isa);
    CHECK(!l->level[9]);
    CHECK_EQ(rd(r, 1, 0, 0x60, 4), 0x80808080);
    pci_set_irq(a, 0);

    /* Slot 1 INTA# is PIRQA, slot 0 INTA# is PIRQD. */
    pci_dev *s1 = pci_add(r->bus, 1, 5, 0x1234, 3, 0xFF000000, NULL, NULL, "s1", &err);
    pci_dev *s0 = pci_add(r->bus, 0, 5, 0x1234, 4, 0xFF000000, NULL, NULL, "s0", &err);
    if (!CHECK(s1 && s0))
        return;
    pci_config(s1)[PCI_INTERRUPT_PIN] = 1;
    pci_config(s0)[PCI_INTERRUPT_PIN] = 1;
    pci_set_irq(s1, 1);
    CHECK(pci_pirq_level(r->bus, 0));
    pci_set_irq(s0, 1);
    CHECK(pci_pirq_level(r->bus, 3));
}

static void test_reset_control(struct rig *r) {
    io_write(r->io, 0xCF9, 0x02, 1); /* SRST chosen, RCPU not yet */
    CHECK(r->resets.hard == 0 && r->resets.soft == 0);
    CHECK_EQ(io_read(r->io, 0xCF9, 1), 0x02);
    io_write(r->io, 0xCF9, 0x06, 1); /* RCPU 0 -> 1: hard reset */
    CHECK(r->resets.hard == 1 && r->resets.soft == 0);
    io_write(r->io, 0xCF9, 0x06, 1); /* no new transition */
    CHECK(r->resets.hard == 1);
    io_write(r->io, 0xCF9, 0x00, 1);
    io_write(r->io, 0xCF9, 0x04, 1); /* CPU-only reset */
    CHECK(r->resets.soft == 1);
    /* Dwords at 0xCF8 still address configuration space. */
    CHECK_EQ(rd(r, 0, 0, 0, 4), 0x12378086);
}

int main(void) {
    struct rig r;
    if (!CHECK(build(&r) == 0))
        return check_done();
    test_config_address(&r);
    test_enumeration(&r);
    test_write_masks(&r);
    test_bar(&r);
    test_memory_bar(&r);
    test_intx(&r);
    test_reset_control(&r);
    destroy(&r);
    return check_done();
}
