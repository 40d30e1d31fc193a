/* The cascaded 8259A pair (see pic.h). Behaviour follows Intel's 8259A data
 * sheet; priorities are handled as "line + rotation" modulo 8, where `lowest`
 * is the line currently holding the lowest priority (7 after initialisation). */
#include "pic.h"

#include <stdlib.h>

struct chip {
    uint8_t irr, isr, imr;
    uint8_t lines;     /* current input levels */
    uint8_t elcr;      /* level-triggered inputs by ELCR */
    uint8_t elcr_mask; /* ELCR bits that exist */
    uint8_t base;      /* vector base from ICW2 */
    uint8_t icw3;      /* master: lines with slaves; slave: its id */
    uint8_t lowest;    /* line with the lowest priority */
    uint8_t init_step; /* 0 = operating, else the next ICW expected (2..4) */
    uint8_t icw1, icw4;
    uint8_t read_isr; /* OCW3 RR/RIS: read ISR instead of IRR */
    uint8_t poll;     /* OCW3 P: next read is a poll */
    uint8_t special_mask;
    uint8_t rotate_aeoi;
};

struct pic {
    struct chip c[2]; /* 0 = master, 1 = slave */
    irq_line intr;
    int intr_level;
};

enum { ICW1_IC4 = 0x01, ICW1_SNGL = 0x02, ICW1_LTIM = 0x08 };
enum { ICW4_AEOI = 0x02, ICW4_SFNM = 0x10 };
#define CASCADE_LINE 2

static inline uint8_t level_mode(const struct chip *c) {
    return (c->icw1 & ICW1_LTIM) ? 0xFF : c->elcr;
}

/* Position of `line` in priority order: 0 is the highest. */
static inline int rank(const struct chip *c, int line) { return (line - c->lowest + 7) & 7; }

/* Line with the highest priority among `bits`, or -1. */
static int highest(const struct chip *c, uint8_t bits) {
    for (int i = 0; i < 8; i++) {
        int line = (c->lowest + 1 + i) & 7;
        if (bits & (1u << line))
            return line;
    }
    return -1;
}

/* ISR bits that block lower-priority requests. */
static uint8_t blocking_isr(const struct chip *c, int is_master) {
    uint8_t isr = c->isr;
    /* Special fully nested: the slave may interrupt its own in-service cascade. */
    if (is_master && (c->icw4 & ICW4_SFNM))
        isr &= ~(1u << CASCADE_LINE);
    return isr;
}

/* The line this chip would present on INTA, or -1. */
static int pending(const struct chip *c, int is_master) {
    uint8_t req = c->irr & ~c->imr;
    if (c->special_mask) /* every unmasked level not in service may interrupt */
        return highest(c, req & ~c->isr);
    int line = highest(c, req);
    if (line < 0)
        return -1;
    int busy = highest(c, blocking_isr(c, is_master));
    return (busy < 0 || rank(c, line) < rank(c, busy)) ? line : -1;
}

static void chip_input(struct chip *c, int line, int level) {
    uint8_t bit = 1u << line;
    if (level_mode(c) & bit) {
        c->irr = level ? c->irr | bit : c->irr & ~bit;
    } else if (level && !(c->lines & bit)) {
        c->irr |= bit; /* rising edge: latched until acknowledged */
    }
    c->lines = level ? c->lines | bit : c->lines & ~bit;
}

/* Propagates the slave's INT to the master's cascade input, then the
 * master's INT to the CPU. */
static void update(pic *p) {
    chip_input(&p->c[0], CASCADE_LINE, pending(&p->c[1], 0) >= 0);
    int level = pending(&p->c[0], 1) >= 0;
    if (level != p->intr_level) {
        p->intr_level = level;
        irq_set(&p->intr, level);
    }
}

/* The acknowledge of `line`: IRR to ISR, or an automatic EOI. */
static void acknowledge(struct chip *c, int line) {
    uint8_t bit = 1u << line;
    if (!(level_mode(c) & bit))
        c->irr &= ~bit;
    if (!(c->icw4 & ICW4_AEOI))
        c->isr |= bit;
    else if (c->rotate_aeoi)
        c->lowest = line;
}

static inline int is_cascade(const struct chip *master, int line) {
    return !(master->icw1 & ICW1_SNGL) && (master->icw3 & (1u << line));
}

uint8_t pic_iack(pic *p) {
    struct chip *m = &p->c[0], *s = &p->c[1];
    int line = pending(m, 1);
    uint8_t vector;
    if (line < 0) {
        vector = m->base | 7; /* spurious IRQ7: no ISR bit */
    } else if (is_cascade(m, line)) {
        acknowledge(m, line);
        int sline = pending(s, 0);
        if (sline >= 0) {
            acknowledge(s, sline);
            vector = s->base | sline;
        } else {
            vector = s->base | 7; /* spurious IRQ15: the master's ISR2 stays set */
        }
    } else {
        acknowledge(m, line);
        vector = m->base | line;
    }
    update(p);
    return vector;
}

static uint8_t poll_read(pic *p, struct chip *c) {
    c->poll = 0;
    int line = pending(c, c == &p->c[0]);
    if (line < 0)
        return 0;
    acknowledge(c, line);
    update(p);
    return 0x80 | line;
}

static void init_chip(struct chip *c, uint8_t icw1) {
    c->icw1 = icw1;
    c->icw4 = 0; /* without IC4 every ICW4 function is off */
    c->init_step = 2;
    c->imr = 0;
    c->isr = 0;
    c->irr &= level_mode(c) & c->lines; /* edge sense reset: new edges needed */
    c->lowest = 7;
    c->read_isr = 0;
    c->poll = 0;
    c->special_mask = 0;
    c->rotate_aeoi = 0;
}

static void write_icw(struct chip *c, uint8_t v) {
    switch (c->init_step) {
    case 2:
        c->base = v & 0xF8;
        c->init_step = (c->icw1 & ICW1_SNGL) ? 4 : 3;
        break;
    case 3:
        c->icw3 = v;
        c->init_step = 4;
        break;
    default:
        c->icw4 = v;
        c->init_step = 0;
        return;
    }
    if (c->init_step == 4 && !(c->icw1 & ICW1_IC4))
        c->init_step = 0;
}

static void eoi(struct chip *c, int line, int rotate) {
    if (line < 0)
        return;
    c->isr &= ~(1u << line);
    if (rotate)
        c->lowest = line;
}

static void write_ocw2(struct chip *c, uint8_t v) {
    int level = v & 7;
    /* A non-specific EOI ends the highest level in service; in special mask
     * mode masked levels are left alone. */
    uint8_t isr = c->special_mask ? c->isr & ~c->imr : c->isr;
    switch (v >> 5) {
    case 1:
        eoi(c, highest(c, isr), 0);
        break;
    case 3:
        eoi(c, level, 0);
        break;
    case 5:
        eoi(c, highest(c, isr), 1);
        break;
    case 7:
        eoi(c, level, 1);
        break;
    case 4:
        c->rotate_aeoi = 1;
        break;
    case 0:
        c->rotate_aeoi = 0;
        break;
    case 6:
        c->lowest = level;
        break;
    default:
        break; /* 2: no operation */
    }
}

static void write_ocw3(struct chip *c, uint8_t v) {
    if (v & 0x04)
        c->poll = 1;
    if (v & 0x02)
        c->read_isr = v & 0x01;
    if (v & 0x40)
        c->special_mask = (v >> 5) & 1;
}

static struct chip *chip_of(pic *p, uint16_t port) { return &p->c[(port & 0x80) ? 1 : 0]; }

static uint32_t pic_read(void *opaque, uint16_t port, unsigned size) {
    pic *p = opaque;
    struct chip *c = chip_of(p, port);
    (void)size;
    if (c->poll)
        return poll_read(p, c);
    if (port & 1)
        return c->imr;
    return c->read_isr ? c->isr : c->irr;
}

static void pic_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    pic *p = opaque;
    struct chip *c = chip_of(p, port);
    uint8_t v = value & 0xFF;
    (void)size;
    if (port & 1) {
        if (c->init_step)
            write_icw(c, v);
        else
            c->imr = v;
    } else if (v & 0x10) {
        init_chip(c, v);
    } else if (v & 0x08) {
        write_ocw3(c, v);
    } else {
        write_ocw2(c, v);
    }
    update(p);
}

static uint32_t elcr_read(void *opaque, uint16_t port, unsigned size) {
    pic *p = opaque;
    (void)size;
    return p->c[port & 1].elcr;
}

static void elcr_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    pic *p = opaque;
    struct chip *c = &p->c[port & 1];
    (void)size;
    c->elcr = value & c->elcr_mask;
    /* A line turned level-triggered requests while it is high. */
    c->irr = (c->irr & ~level_mode(c)) | (c->lines & level_mode(c));
    update(p);
}

void pic_reset(pic *p) {
    for (int i = 0; i < 2; i++) {
        struct chip *c = &p->c[i];
        uint8_t lines = c->lines, mask = c->elcr_mask;
        *c = (struct chip){0};
        c->lines = lines;
        c->elcr_mask = mask;
        c->lowest = 7;
    }
    update(p);
}

pic *pic_create(iobus *io, irq_line intr_out, const char **err) {
    pic *p = calloc(1, sizeof *p);
    if (!p) {
        *err = "out of memory for the interrupt controller";
        return NULL;
    }
    p->intr = intr_out;
    /* PIIX: IRQ0-2, IRQ8 and IRQ13 are always edge-triggered. */
    p->c[0].elcr_mask = 0xF8;
    p->c[1].elcr_mask = 0xDE;
    pic_reset(p);
    /* The bus cannot release ports, so claim nothing unless all are free. */
    static const uint16_t ports[] = {PIC_MASTER_PORT, PIC_SLAVE_PORT, PIC_ELCR_PORT};
    for (int i = 0; i < 3; i++) {
        if (io_owner(io, ports[i]) || io_owner(io, ports[i] + 1)) {
            *err = "interrupt controller ports already claimed";
            free(p);
            return NULL;
        }
    }
    io_register(io, PIC_MASTER_PORT, 2, IO_W8, pic_read, pic_write, p, "pic-master", err);
    io_register(io, PIC_SLAVE_PORT, 2, IO_W8, pic_read, pic_write, p, "pic-slave", err);
    io_register(io, PIC_ELCR_PORT, 2, IO_W8, elcr_read, elcr_write, p, "elcr", err);
    return p;
}

void pic_destroy(pic *p) { free(p); }

void pic_set_irq(pic *p, int irq, int level) {
    if (irq < 0 || irq > 15)
        return;
    if (irq == CASCADE_LINE)
        irq = 9; /* the AT bus routes IRQ2 to the slave's IR1 */
    chip_input(&p->c[irq >> 3], irq & 7, level != 0);
    update(p);
}

static void line_set(void *opaque, int n, int level) { pic_set_irq(opaque, n, level); }

irq_line pic_irq_line(pic *p, int irq) { return (irq_line){line_set, p, irq}; }

int pic_intr(const pic *p) { return p->intr_level; }
