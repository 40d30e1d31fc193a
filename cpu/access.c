/* Slow path of guest memory accesses: translation-cache misses (which walk
 * the page tables), accesses that straddle a page, and pages that are not
 * plain host memory (ROM, MMIO). Both pages of a straddling access are
 * translated before any byte moves, so a fault leaves memory untouched. */
#include "access.h"
#include "chain.h"
#include "debugreg.h"
#include "paging.h"

static void tlb_clear(struct tlb_entry *e) { e->tag[0] = e->tag[1] = e->tag[2] = e->tag[3] = 1; }

void tlb_flush(cpu *c)
{
    links_stale(c);
    for (unsigned i = 0; i < TLB_SIZE; i++)
        tlb_clear(&c->tlb[i]);
    c->map_gen = mem_map_generation(c->mem);
    c->a20_mask = mem_a20_mask(c->mem);
}

void tlb_flush_nonglobal(cpu *c)
{
    links_stale(c);
    for (unsigned i = 0; i < TLB_SIZE; i++)
        if (!c->tlb[i].global)
            tlb_clear(&c->tlb[i]);
}

void tlb_flush_page(cpu *c, uint32_t lin)
{
    links_stale(c);
    tlb_clear(&c->tlb[(lin >> 12) & (TLB_SIZE - 1)]);
}

_Noreturn void seg_check_fault(cpu *c, unsigned seg)
{
    cpu_fault_err(c, seg == SEG_SS ? EXC_SS : EXC_GP, 0);
}

_Noreturn void alignment_fault(cpu *c) { cpu_fault_err(c, EXC_AC, 0); }

uint32_t lin_read_slow(cpu *c, uint32_t lin, unsigned size, unsigned kind)
{
    map_check(c);
    if (c->dbg_data)
        dbg_check_data(c, lin, size, 0);
    if (unlikely(c->hooks.mem != NULL))   /* debugger watchpoints (cpu_debug.c) */
        c->hooks.mem(c->hooks.opaque, c, lin, size, 0, 0);   /* fetches do not come here */
    unsigned first = 0x1000 - (lin & 0xFFF);
    uint32_t phys = page_translate(c, lin, kind);
    if (first >= size)
        return mem_read(c->mem, phys, size);
    uint32_t phys2 = page_translate(c, lin + first, kind);
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= mem_read(c->mem, i < first ? phys + i : phys2 + (i - first), 1) << (8 * i);
    return v;
}

void code_written(cpu *c, uint32_t page)
{
    mem_ram_written(c->mem, page, 1);
    if (page == c->trace_page)
        c->async |= ASYNC_SMC;
}

void lin_write_slow(cpu *c, uint32_t lin, uint32_t value, unsigned size, unsigned kind)
{
    map_check(c);
    if (c->dbg_data)
        dbg_check_data(c, lin, size, 1);
    if (unlikely(c->hooks.mem != NULL))
        c->hooks.mem(c->hooks.opaque, c, lin, size, 1, 0);
    unsigned first = 0x1000 - (lin & 0xFFF);
    uint32_t phys = page_translate(c, lin, kind);
    if (first >= size) {
        mem_write(c->mem, phys, value, size);
    } else {
        uint32_t phys2 = page_translate(c, lin + first, kind);
        for (unsigned i = 0; i < size; i++)
            mem_write(c->mem, i < first ? phys + i : phys2 + (i - first), (value >> (8 * i)) & 0xFF, 1);
        if ((phys2 & ~0xFFFu) == c->trace_page)
            c->async |= ASYNC_SMC;
    }
    if ((phys & ~0xFFFu) == c->trace_page)
        c->async |= ASYNC_SMC;
    /* An MMIO write may have changed the physical map. */
    map_check(c);
}

void lin_probe_write(cpu *c, uint32_t lin, unsigned size)
{
    unsigned kind = c->tlb_user + 1;
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (e->tag[kind] == (lin & ~0xFFFu) && (lin & 0xFFF) <= 0x1000 - size)
        return;
    page_translate(c, lin, kind);
    unsigned first = 0x1000 - (lin & 0xFFF);
    if (first < size)
        page_translate(c, lin + first, kind);
}
