/* Interrupt request lines between devices: a line is a setter, its owner and
 * a line number, so a device raises "its IRQ" without knowing who listens
 * (the PIC, an I/O APIC later, or a test). */
#ifndef TWIN86_IRQ_H
#define TWIN86_IRQ_H

typedef struct {
    void (*set)(void *opaque, int n, int level);
    void *opaque;
    int n;
} irq_line;

static inline void irq_set(const irq_line *l, int level)
{
    if (l->set)
        l->set(l->opaque, l->n, level);
}

/* A short pulse for edge-triggered inputs. */
static inline void irq_pulse(const irq_line *l)
{
    irq_set(l, 1);
    irq_set(l, 0);
}

#endif
