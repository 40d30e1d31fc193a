/* Guest memory accesses from the CPU: segment checks, then the translation
 * cache (linear page -> host pointer, per access kind) for the common case,
 * and access.c's slow path for misses, page walks, page crossings, ROM and
 * MMIO. "sys" accesses (descriptor tables, TSS, IDT) are always supervisor. */
#ifndef TWIN86_ACCESS_H
#define TWIN86_ACCESS_H

#include <string.h>
#include "cpu_state.h"

uint32_t lin_read_slow(cpu *c, uint32_t lin, unsigned size, unsigned kind);
void lin_write_slow(cpu *c, uint32_t lin, uint32_t value, unsigned size, unsigned kind);
void tlb_flush(cpu *c);
/* A fast-path store hit a page holding cached code. */
void code_written(cpu *c, uint32_t page);
void tlb_flush_nonglobal(cpu *c);
void tlb_flush_page(cpu *c, uint32_t lin);
_Noreturn void seg_check_fault(cpu *c, unsigned seg);
_Noreturn void alignment_fault(cpu *c);

/* A port write or MMIO access may have changed the physical map (A20 gate):
 * revalidate the translation cache. */
static inline void map_check(cpu *c)
{
    if (unlikely(c->map_gen != mem_map_generation(c->mem)))
        tlb_flush(c);
}

/* Linear address of seg:off for a read or write of `size` bytes, checking
 * the segment's type and limit (expand-up or expand-down). */
static ALWAYS_INLINE uint32_t seg_lin_r(cpu *c, unsigned seg, uint32_t off, unsigned size)
{
    const struct segreg *s = &c->seg[seg];
    if (unlikely(off < s->rlo || (uint64_t)off + (size - 1) > s->rhi))
        seg_check_fault(c, seg);
    return s->base + off;
}
static ALWAYS_INLINE uint32_t seg_lin_w(cpu *c, unsigned seg, uint32_t off, unsigned size)
{
    const struct segreg *s = &c->seg[seg];
    if (unlikely(off < s->wlo || (uint64_t)off + (size - 1) > s->whi))
        seg_check_fault(c, seg);
    return s->base + off;
}

/* Host loads and stores of 1, 2 or 4 bytes, each a single move. */
static ALWAYS_INLINE uint32_t host_load(const uint8_t *p, unsigned size)
{
    uint16_t w;
    uint32_t d;
    switch (size) {
    case 1: return *p;
    case 2: memcpy(&w, p, 2); return w;
    default: memcpy(&d, p, 4); return d;
    }
}
static ALWAYS_INLINE void host_store(uint8_t *p, uint32_t v, unsigned size)
{
    uint16_t w = (uint16_t)v;
    switch (size) {
    case 1: *p = (uint8_t)v; break;
    case 2: memcpy(p, &w, 2); break;
    default: memcpy(p, &v, 4); break;
    }
}

static ALWAYS_INLINE uint32_t lin_read_k(cpu *c, uint32_t lin, unsigned size, unsigned kind)
{
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (likely(e->tag[kind] == (lin & ~0xFFFu) && (lin & 0xFFF) <= 0x1000 - size))
        return host_load((const uint8_t *)(e->addend + lin), size);
    return lin_read_slow(c, lin, size, kind);
}

static ALWAYS_INLINE void lin_write_k(cpu *c, uint32_t lin, uint32_t value, unsigned size, unsigned kind)
{
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (likely(e->tag[kind] == (lin & ~0xFFFu) && (lin & 0xFFF) <= 0x1000 - size)) {
        uint8_t *h = (uint8_t *)(e->addend + lin);
        *e->dirty = 1;
        host_store(h, value, size);
        if (unlikely(*e->code))
            code_written(c, e->phys);
        return;
    }
    lin_write_slow(c, lin, value, size, kind);
}

/* For handlers split into a fast try and a full path: the host pointer for
 * a `size`-byte access at seg:off when every check passes on cached state
 * (segment limits, alignment check, this kind's translation within one
 * page, and for writes a page without cached code), else NULL, with nothing
 * changed: the caller then runs its full path, which raises any fault.
 * A write through the pointer must set *(*ep)->dirty. */
static ALWAYS_INLINE int fast_ptr(cpu *c, unsigned seg, uint32_t off, unsigned size, int write,
                                   uint8_t **hp, const struct tlb_entry **ep)
{
    const struct segreg *s = &c->seg[seg];
    uint32_t lo = write ? s->wlo : s->rlo, hi = write ? s->whi : s->rhi;
    if (unlikely(off < lo || (uint64_t)off + (size - 1) > hi))
        return 0;
    uint32_t lin = s->base + off;
    const struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    if (unlikely(e->tag[c->tlb_user + (unsigned)write] != (lin & ~0xFFFu)))
        return 0;
    /* A misaligned access may cross the page or need #AC: the full path. */
    if (unlikely((lin & (size - 1)) && ((lin & 0xFFF) > 0x1000 - size || c->ac_mask)))
        return 0;
    if (write && unlikely(*e->code))
        return 0;
    *ep = e;
    *hp = (uint8_t *)(e->addend + lin);
    return 1;
}

/* Accesses at the current privilege, with the alignment check (#AC). */
static ALWAYS_INLINE uint32_t lin_read(cpu *c, uint32_t lin, unsigned size)
{
    if (unlikely(lin & (size - 1) & c->ac_mask))
        alignment_fault(c);
    return lin_read_k(c, lin, size, c->tlb_user);
}
static ALWAYS_INLINE void lin_write(cpu *c, uint32_t lin, uint32_t value, unsigned size)
{
    if (unlikely(lin & (size - 1) & c->ac_mask))
        alignment_fault(c);
    lin_write_k(c, lin, value, size, c->tlb_user + 1);
}
static inline uint32_t lin_read_sys(cpu *c, uint32_t lin, unsigned size) { return lin_read_k(c, lin, size, TLB_SR); }
static inline void lin_write_sys(cpu *c, uint32_t lin, uint32_t v, unsigned size) { lin_write_k(c, lin, v, size, TLB_SW); }

/* Checks that a linear range can be written (page present, writable) without
 * writing it: for instructions that must not fault half-way. */
void lin_probe_write(cpu *c, uint32_t lin, unsigned size);

static ALWAYS_INLINE uint32_t mem_rd(cpu *c, unsigned seg, uint32_t off, unsigned size)
{
    return lin_read(c, seg_lin_r(c, seg, off, size), size);
}
static ALWAYS_INLINE void mem_wr(cpu *c, unsigned seg, uint32_t off, uint32_t v, unsigned size)
{
    lin_write(c, seg_lin_w(c, seg, off, size), v, size);
}
static inline uint8_t rd8(cpu *c, unsigned seg, uint32_t off) { return (uint8_t)mem_rd(c, seg, off, 1); }
static inline uint16_t rd16(cpu *c, unsigned seg, uint32_t off) { return (uint16_t)mem_rd(c, seg, off, 2); }
static inline uint32_t rd32(cpu *c, unsigned seg, uint32_t off) { return mem_rd(c, seg, off, 4); }
static inline void wr8(cpu *c, unsigned seg, uint32_t off, uint8_t v) { mem_wr(c, seg, off, v, 1); }
static inline void wr16(cpu *c, unsigned seg, uint32_t off, uint16_t v) { mem_wr(c, seg, off, v, 2); }
static inline void wr32(cpu *c, unsigned seg, uint32_t off, uint32_t v) { mem_wr(c, seg, off, v, 4); }

/* Stack: SS.B selects SP or ESP. */
static inline uint32_t sp_mask(const cpu *c) { return cpu_stack32(c) ? 0xFFFFFFFFu : 0xFFFFu; }
static inline uint32_t sp_get(const cpu *c) { return c->gpr[R_ESP] & sp_mask(c); }
static inline void sp_set(cpu *c, uint32_t v)
{
    uint32_t m = sp_mask(c);
    c->gpr[R_ESP] = (c->gpr[R_ESP] & ~m) | (v & m);
}
static inline void push(cpu *c, uint32_t v, unsigned size)
{
    uint32_t sp = (sp_get(c) - size) & sp_mask(c);
    mem_wr(c, SEG_SS, sp, v, size);
    sp_set(c, sp);
}
static inline uint32_t pop(cpu *c, unsigned size)
{
    uint32_t sp = sp_get(c);
    uint32_t v = mem_rd(c, SEG_SS, sp, size);
    sp_set(c, sp + size);
    return v;
}
/* Reads the stack `depth` bytes above SP without popping (for atomic far returns). */
static inline uint32_t stack_peek(cpu *c, uint32_t depth, unsigned size)
{
    return mem_rd(c, SEG_SS, (sp_get(c) + depth) & sp_mask(c), size);
}

#endif
