/* Unit tests for iodev/pic.c, driven through its ports like a BIOS or OS
 * would: initialisation words, priorities, EOI kinds, rotation, masking,
 * special mask and special fully nested modes, cascade vectors, edge versus
 * level inputs, spurious IRQ7/IRQ15 and polling. Expected values follow the
 * Intel 8259A data sheet. */
#include "check.h"
#include "iodev/pic.h"

struct cpu_pin {
    int level;
    int changes;
};

static void pin_set(void *opaque, int n, int level) {
    struct cpu_pin *c = opaque;
    (void)n;
    c->level = level;
    c->changes++;
}

struct rig {
    iobus *io;
    pic *p;
    struct cpu_pin intr;
};

static void out8(struct rig *r, uint16_t port, uint8_t v) { io_write(r->io, port, v, 1); }
static uint8_t in8(struct rig *r, uint16_t port) { return (uint8_t)io_read(r->io, port, 1); }

/* The PC BIOS setup: master at vector 0x08, slave at 0x70 on IR2. */
static void init_pc(struct rig *r, uint8_t master_icw4, uint8_t slave_icw4) {
    out8(r, 0x20, 0x11);
    out8(r, 0x21, 0x08);
    out8(r, 0x21, 0x04);
    out8(r, 0x21, master_icw4);
    out8(r, 0xA0, 0x11);
    out8(r, 0xA1, 0x70);
    out8(r, 0xA1, 0x02);
    out8(r, 0xA1, slave_icw4);
}

static void rig_open(struct rig *r) {
    const char *err = NULL;
    r->io = io_create();
    r->intr = (struct cpu_pin){0};
    r->p = pic_create(r->io, (irq_line){pin_set, &r->intr, 0}, &err);
    CHECK(r->p != NULL);
    init_pc(r, 0x01, 0x01);
}

static void rig_close(struct rig *r) {
    pic_destroy(r->p);
    io_destroy(r->io);
}

static uint8_t isr(struct rig *r, uint16_t base) {
    out8(r, base, 0x0B);
    uint8_t v = in8(r, base);
    out8(r, base, 0x0A);
    return v;
}

static void pulse(struct rig *r, int irq) {
    pic_set_irq(r->p, irq, 1);
    pic_set_irq(r->p, irq, 0);
}

static void test_init_and_basic(void) {
    struct rig r;
    rig_open(&r);
    CHECK_EQ(in8(&r, 0x21), 0x00); /* ICW1 clears the mask */
    CHECK_EQ(in8(&r, 0x20), 0x00);
    CHECK(!r.intr.level && !pic_intr(r.p));
    out8(&r, 0x21, 0xA5);
    CHECK_EQ(in8(&r, 0x21), 0xA5);
    out8(&r, 0x21, 0x00);

    pulse(&r, 1); /* an edge latches IRR even after the line drops */
    CHECK(r.intr.level);
    CHECK_EQ(in8(&r, 0x20), 0x02);
    CHECK_EQ(pic_iack(r.p), 0x09);
    CHECK(!r.intr.level);
    CHECK_EQ(in8(&r, 0x20), 0x00);
    CHECK_EQ(isr(&r, 0x20), 0x02);
    out8(&r, 0x20, 0x20);
    CHECK_EQ(isr(&r, 0x20), 0x00);

    /* The line a device gets is the same input. */
    irq_line l = pic_irq_line(r.p, 6);
    irq_pulse(&l);
    CHECK_EQ(pic_iack(r.p), 0x0E);
    out8(&r, 0x20, 0x20);

    /* A new ICW1 forgets everything and needs a new edge. */
    pulse(&r, 4);
    out8(&r, 0x21, 0xFF);
    init_pc(&r, 0x01, 0x01);
    CHECK_EQ(in8(&r, 0x20), 0x00);
    CHECK_EQ(in8(&r, 0x21), 0x00);
    pic_set_irq(r.p, 3, 1);
    out8(&r, 0x20, 0x11); /* line 3 stays high through the re-initialisation */
    out8(&r, 0x21, 0x20);
    out8(&r, 0x21, 0x04);
    out8(&r, 0x21, 0x01);
    CHECK(!r.intr.level);
    pic_set_irq(r.p, 3, 0);
    pic_set_irq(r.p, 3, 1);
    CHECK_EQ(pic_iack(r.p), 0x23); /* and ICW2 moved the vectors */
    rig_close(&r);
}

static void test_priority_and_eoi(void) {
    struct rig r;
    rig_open(&r);
    pulse(&r, 5);
    pulse(&r, 3);
    CHECK_EQ(pic_iack(r.p), 0x0B); /* IR3 beats IR5 */
    CHECK(!r.intr.level);          /* IR5 waits behind IR3 in service */
    pulse(&r, 1);
    CHECK(r.intr.level); /* but IR1 nests */
    CHECK_EQ(pic_iack(r.p), 0x09);
    CHECK_EQ(isr(&r, 0x20), 0x0A);
    out8(&r, 0x20, 0x20); /* non-specific EOI ends the highest: IR1 */
    CHECK_EQ(isr(&r, 0x20), 0x08);
    CHECK(!r.intr.level);
    out8(&r, 0x20, 0x63); /* specific EOI of IR3 */
    CHECK_EQ(isr(&r, 0x20), 0x00);
    CHECK(r.intr.level);
    CHECK_EQ(pic_iack(r.p), 0x0D);
    out8(&r, 0x20, 0x65);
    out8(&r, 0x20, 0x40); /* no-operation command */
    CHECK_EQ(isr(&r, 0x20), 0x00);

    /* Masked requests stay visible in IRR but do not interrupt. */
    out8(&r, 0x21, 0x10);
    pulse(&r, 4);
    CHECK(!r.intr.level);
    CHECK_EQ(in8(&r, 0x20), 0x10);
    out8(&r, 0x21, 0x00);
    CHECK(r.intr.level);
    CHECK_EQ(pic_iack(r.p), 0x0C);
    out8(&r, 0x20, 0x20);
    rig_close(&r);
}

static void test_rotation(void) {
    struct rig r;
    rig_open(&r);
    /* Set priority: IR4 lowest, so IR5 is highest. */
    out8(&r, 0x20, 0xC4);
    pulse(&r, 3);
    pulse(&r, 6);
    CHECK_EQ(pic_iack(r.p), 0x0E);
    CHECK(!r.intr.level); /* IR3 is now below IR6 */
    /* Rotate on specific EOI of IR6: IR6 lowest, IR7 highest. */
    out8(&r, 0x20, 0xE6);
    CHECK_EQ(pic_iack(r.p), 0x0B);
    pulse(&r, 7);
    CHECK(r.intr.level); /* IR7 outranks the IR3 in service */
    CHECK_EQ(pic_iack(r.p), 0x0F);
    /* Rotate on non-specific EOI ends IR7 (highest in service), IR7 lowest. */
    out8(&r, 0x20, 0xA0);
    CHECK_EQ(isr(&r, 0x20), 0x08);
    out8(&r, 0x20, 0xA0); /* ends IR3; IR3 lowest, IR4 highest */
    pulse(&r, 3);
    pulse(&r, 2 + 2); /* IR4 */
    pulse(&r, 0);
    CHECK_EQ(pic_iack(r.p), 0x0C);
    out8(&r, 0x20, 0x20);
    CHECK_EQ(pic_iack(r.p), 0x08);
    out8(&r, 0x20, 0x20);
    CHECK_EQ(pic_iack(r.p), 0x0B);
    out8(&r, 0x20, 0x20);

    /* Automatic rotation with auto-EOI: each acknowledged line becomes lowest. */
    init_pc(&r, 0x03, 0x01);
    out8(&r, 0x20, 0x80);
    pulse(&r, 4);
    CHECK_EQ(pic_iack(r.p), 0x0C);
    CHECK_EQ(isr(&r, 0x20), 0x00); /* auto-EOI leaves nothing in service */
    pulse(&r, 3);
    pulse(&r, 5);
    CHECK_EQ(pic_iack(r.p), 0x0D); /* IR4 lowest, so IR5 is highest */
    pulse(&r, 1);
    CHECK_EQ(pic_iack(r.p), 0x09); /* IR5 lowest: IR1 before IR3 */
    out8(&r, 0x20, 0x00);          /* clear rotate in auto-EOI */
    CHECK_EQ(pic_iack(r.p), 0x0B);
    pulse(&r, 0);
    pulse(&r, 7);
    CHECK_EQ(pic_iack(r.p), 0x0F); /* IR1 still lowest: IR7 outranks IR0 */
    pulse(&r, 7);
    CHECK_EQ(pic_iack(r.p), 0x0F); /* no rotation any more: IR7 still first */
    CHECK_EQ(pic_iack(r.p), 0x08);
    rig_close(&r);
}

static void test_special_mask(void) {
    struct rig r;
    rig_open(&r);
    pulse(&r, 3);
    CHECK_EQ(pic_iack(r.p), 0x0B);
    pulse(&r, 5);
    CHECK(!r.intr.level);
    /* The IR3 handler masks itself and enters special mask mode. */
    out8(&r, 0x21, 0x08);
    out8(&r, 0x20, 0x68);
    CHECK(r.intr.level);
    CHECK_EQ(pic_iack(r.p), 0x0D);
    CHECK_EQ(isr(&r, 0x20), 0x28);
    /* A non-specific EOI skips the masked IR3. */
    out8(&r, 0x20, 0x20);
    CHECK_EQ(isr(&r, 0x20), 0x08);
    out8(&r, 0x20, 0x48); /* leave special mask mode */
    out8(&r, 0x21, 0x00);
    out8(&r, 0x20, 0x20);
    CHECK_EQ(isr(&r, 0x20), 0x00);
    rig_close(&r);
}

static void test_cascade(void) {
    struct rig r;
    rig_open(&r);
    pulse(&r, 10);
    CHECK(r.intr.level);
    CHECK_EQ(in8(&r, 0xA0), 0x04);
    CHECK_EQ(in8(&r, 0x20), 0x04);
    CHECK_EQ(pic_iack(r.p), 0x72);
    CHECK_EQ(isr(&r, 0x20), 0x04);
    CHECK_EQ(isr(&r, 0xA0), 0x04);
    /* Fully nested: a higher slave request waits for the master's IR2. */
    pulse(&r, 9);
    CHECK(!r.intr.level);
    out8(&r, 0xA0, 0x20);
    CHECK(!r.intr.level); /* the slave requests, but master IR2 is in service */
    out8(&r, 0x20, 0x20);
    CHECK_EQ(pic_iack(r.p), 0x71);
    out8(&r, 0xA0, 0x20);
    out8(&r, 0x20, 0x20);
    /* A slave line beats lower master lines: IRQ8-15 rank at IR2's place. */
    pulse(&r, 3);
    pulse(&r, 15);
    CHECK_EQ(pic_iack(r.p), 0x77);
    CHECK_EQ(isr(&r, 0xA0), 0x80); /* a real IRQ15, not a spurious one */
    out8(&r, 0xA0, 0x20);
    out8(&r, 0x20, 0x20);
    CHECK_EQ(pic_iack(r.p), 0x0B);
    out8(&r, 0x20, 0x20);

    /* Special fully nested mode on the master lets the slave nest. */
    init_pc(&r, 0x11, 0x01);
    pulse(&r, 12);
    CHECK_EQ(pic_iack(r.p), 0x74);
    pulse(&r, 9);
    CHECK(r.intr.level);
    CHECK_EQ(pic_iack(r.p), 0x71);
    CHECK_EQ(isr(&r, 0xA0), 0x12);
    pulse(&r, 14); /* lower than the slave's IR1 and IR4 in service */
    CHECK(!r.intr.level);

    /* ISA IRQ2 arrives as IRQ9. */
    init_pc(&r, 0x01, 0x01);
    pulse(&r, 2);
    CHECK_EQ(pic_iack(r.p), 0x71);
    out8(&r, 0xA0, 0x20);
    /* Single mode: no slave, IR2 is an ordinary line of the master. */
    out8(&r, 0x20, 0x13);
    out8(&r, 0x21, 0x40);
    out8(&r, 0x21, 0x01);
    pulse(&r, 12);
    CHECK_EQ(pic_iack(r.p), 0x42);
    rig_close(&r);
}

static void test_level_and_elcr(void) {
    struct rig r;
    rig_open(&r);
    /* PIIX: IRQ0-2, 8 and 13 cannot be level-triggered. */
    out8(&r, 0x4D0, 0xFF);
    out8(&r, 0x4D1, 0xFF);
    CHECK_EQ(in8(&r, 0x4D0), 0xF8);
    CHECK_EQ(in8(&r, 0x4D1), 0xDE);
    out8(&r, 0x4D0, 0x00);
    out8(&r, 0x4D1, 0x04); /* IRQ10 level */

    pic_set_irq(r.p, 10, 1);
    CHECK_EQ(pic_iack(r.p), 0x72);
    out8(&r, 0xA0, 0x20);
    out8(&r, 0x20, 0x20);
    CHECK(r.intr.level); /* still asserted: requests again */
    CHECK_EQ(pic_iack(r.p), 0x72);
    pic_set_irq(r.p, 10, 0);
    out8(&r, 0xA0, 0x20);
    out8(&r, 0x20, 0x20);
    CHECK(!r.intr.level);

    /* The same with an edge input: one interrupt per rising edge. */
    pic_set_irq(r.p, 11, 1);
    CHECK_EQ(pic_iack(r.p), 0x73);
    out8(&r, 0xA0, 0x20);
    out8(&r, 0x20, 0x20);
    CHECK(!r.intr.level);
    pic_set_irq(r.p, 11, 1); /* same level again: no edge */
    CHECK(!r.intr.level);
    pic_set_irq(r.p, 11, 0);

    /* ICW1's LTIM makes every input of that chip level-triggered. */
    out8(&r, 0x20, 0x19);
    out8(&r, 0x21, 0x08);
    out8(&r, 0x21, 0x04);
    out8(&r, 0x21, 0x01);
    pic_set_irq(r.p, 6, 1);
    CHECK_EQ(in8(&r, 0x20), 0x40);
    pic_set_irq(r.p, 6, 0);
    CHECK_EQ(in8(&r, 0x20), 0x00); /* IRR follows a level input */
    CHECK(!r.intr.level);
    rig_close(&r);
}

static void test_spurious(void) {
    struct rig r;
    rig_open(&r);
    /* Level request withdrawn before the acknowledge: IRQ7, nothing in service. */
    out8(&r, 0x4D0, 0x20);
    pic_set_irq(r.p, 5, 1);
    CHECK(r.intr.level);
    pic_set_irq(r.p, 5, 0);
    CHECK_EQ(pic_iack(r.p), 0x0F);
    CHECK_EQ(isr(&r, 0x20), 0x00);

    /* Masked between INTR and INTA: also IRQ7. */
    pulse(&r, 4);
    out8(&r, 0x21, 0x10);
    CHECK_EQ(pic_iack(r.p), 0x0F);
    CHECK_EQ(isr(&r, 0x20), 0x00);
    out8(&r, 0x21, 0x00);
    CHECK_EQ(pic_iack(r.p), 0x0C); /* the latched edge is still there */
    out8(&r, 0x20, 0x20);

    /* On the slave: IRQ15, with the master's cascade line left in service. */
    out8(&r, 0x4D1, 0x08);
    pic_set_irq(r.p, 11, 1);
    pic_set_irq(r.p, 11, 0);
    CHECK(r.intr.level); /* the master latched the slave's INT edge */
    CHECK_EQ(pic_iack(r.p), 0x77);
    CHECK_EQ(isr(&r, 0xA0), 0x00);
    CHECK_EQ(isr(&r, 0x20), 0x04);
    out8(&r, 0x20, 0x20);
    rig_close(&r);
}

static void test_poll(void) {
    struct rig r;
    rig_open(&r);
    out8(&r, 0x20, 0x0C);
    CHECK_EQ(in8(&r, 0x20), 0x00); /* nothing requesting */
    CHECK_EQ(in8(&r, 0x21), 0x00); /* the poll is over: IMR again */
    out8(&r, 0x21, 0xFF);          /* polling works with INTR masked off entirely */
    out8(&r, 0x21, 0x00);
    pulse(&r, 6);
    pulse(&r, 2 + 1);
    out8(&r, 0x20, 0x0C);
    CHECK_EQ(in8(&r, 0x20), 0x83); /* acts as the acknowledge of IR3 */
    CHECK_EQ(isr(&r, 0x20), 0x08);
    out8(&r, 0x20, 0x20);
    out8(&r, 0x20, 0x0C);
    CHECK_EQ(in8(&r, 0x21), 0x86); /* either port answers a poll */
    out8(&r, 0x20, 0x20);
    CHECK(!r.intr.level);

    /* The slave answers its own poll. */
    pulse(&r, 13);
    out8(&r, 0xA0, 0x0C);
    CHECK_EQ(in8(&r, 0xA0), 0x85);
    CHECK_EQ(isr(&r, 0xA0), 0x20);
    rig_close(&r);
}

static void test_reset(void) {
    struct rig r;
    rig_open(&r);
    pulse(&r, 1);
    CHECK(r.intr.level);
    pic_reset(r.p);
    CHECK(!r.intr.level);
    CHECK_EQ(in8(&r, 0x20), 0x00);

    const char *err = NULL;
    CHECK(pic_create(r.io, (irq_line){0}, &err) == NULL && err != NULL);
    rig_close(&r);
}

int main(void) {
    test_init_and_basic();
    test_priority_and_eoi();
    test_rotation();
    test_special_mask();
    test_cascade();
    test_level_and_elcr();
    test_spurious();
    test_poll();
    test_reset();
    return check_done();
}
