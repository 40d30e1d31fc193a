/* Slow path of guest memory accesses: translation-cache misses, accesses that
 * straddle a page, and pages that are not plain host memory (ROM, MMIO). */
#include "access.h"

void tlb_flush(cpu *c)
{
    for (unsigned i = 0; i < TLB_SIZE; i++)
        c->tlb[i].rtag = c->tlb[i].wtag = 1;
    c->map_gen = mem_map_generation(c->mem);
    c->a20_mask = mem_a20_mask(c->mem);
}

_Noreturn void seg_limit_fault(cpu *c, unsigned seg)
{
    cpu_fault_err(c, seg == SEG_SS ? EXC_SS : EXC_GP, 0);
}

/* Linear to physical. Paging is not implemented yet: linear = physical. */
static inline uint32_t translate(cpu *c, uint32_t lin) { return lin & c->a20_mask; }

static void tlb_fill(cpu *c, uint32_t lin, uint32_t phys)
{
    if (!c->fast_paths)
        return;
    struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    uint32_t page = phys & ~0xFFFu;
    uint8_t *rp = mem_page_ptr(c->mem, page, 0);
    uint8_t *wp = mem_page_ptr(c->mem, page, 1);
    e->rtag = e->wtag = 1;
    if (!rp)
        return;
    e->addend = (uintptr_t)rp - (lin & ~0xFFFu);
    e->rtag = lin & ~0xFFFu;
    if (wp == rp) {
        e->wtag = e->rtag;
        e->dirty = mem_dirty_table(c->mem) + (page >> 12);
    }
}

static uint32_t read_one_page(cpu *c, uint32_t lin, unsigned size)
{
    uint32_t phys = translate(c, lin);
    uint32_t v = mem_read(c->mem, phys, size);
    tlb_fill(c, lin, phys);
    return v;
}

uint32_t lin_read_slow(cpu *c, uint32_t lin, unsigned size)
{
    map_check(c);
    unsigned first = 0x1000 - (lin & 0xFFF);
    if (first >= size)
        return read_one_page(c, lin, size);
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= read_one_page(c, lin + i, 1) << (8 * i);
    return v;
}

static void write_one_page(cpu *c, uint32_t lin, uint32_t value, unsigned size)
{
    uint32_t phys = translate(c, lin);
    mem_write(c->mem, phys, value, size);
    tlb_fill(c, lin, phys);
}

void lin_write_slow(cpu *c, uint32_t lin, uint32_t value, unsigned size)
{
    map_check(c);
    unsigned first = 0x1000 - (lin & 0xFFF);
    if (first >= size)
        write_one_page(c, lin, value, size);
    else
        for (unsigned i = 0; i < size; i++)
            write_one_page(c, lin + i, (value >> (8 * i)) & 0xFF, 1);
    /* An MMIO write may have changed the physical map. */
    map_check(c);
}
