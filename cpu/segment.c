/* Segment register loads and descriptor-table accesses. Error codes follow
 * the manuals: the selector with RPL cleared for #GP/#NP/#SS/#TS on a
 * descriptor, 0 for a null selector or a limit violation. */
#include "access.h"
#include "chain.h"
#include "segment.h"

int desc_fetch(cpu *c, uint16_t sel, struct desc *d)
{
    uint32_t base, limit;
    if (sel & 4) {
        if (!(c->ldtr.attr & SEG_ATTR_P) || (c->ldtr.sel & ~3u) == 0)
            return -1;
        base = c->ldtr.base;
        limit = c->ldtr.limit;
    } else {
        base = c->gdtr.base;
        limit = c->gdtr.limit;
    }
    uint32_t off = sel & ~7u;
    if (off + 7 > limit)
        return -1;
    d->lo = lin_read_sys(c, base + off, 4);
    d->hi = lin_read_sys(c, base + off + 4, 4);
    return 0;
}

struct desc desc_fetch_or(cpu *c, uint16_t sel, int vector)
{
    struct desc d;
    if (desc_fetch(c, sel, &d) < 0)
        cpu_fault_err(c, vector, sel & 0xFFFC);
    return d;
}

static uint32_t desc_addr(cpu *c, uint16_t sel)
{
    return ((sel & 4) ? c->ldtr.base : c->gdtr.base) + (sel & ~7u);
}

void desc_write_hi(cpu *c, uint16_t sel, uint32_t hi) { lin_write_sys(c, desc_addr(c, sel) + 4, hi, 4); }

void desc_set_accessed(cpu *c, uint16_t sel, struct desc *d)
{
    if (d->hi & 0x100)
        return;
    d->hi |= 0x100;
    lin_write_sys(c, desc_addr(c, sel) + 5, (d->hi >> 8) & 0xFF, 1);
}

void seg_set_ranges(struct segreg *s, int real)
{
    uint32_t top = (s->attr & SEG_ATTR_DB) ? 0xFFFFFFFFu : 0xFFFFu;
    int code = (s->attr & 0x18) == 0x18, data = (s->attr & 0x18) == 0x10;
    s->rlo = s->wlo = 1;
    s->rhi = s->whi = 0;
    if (real) {
        s->rlo = s->wlo = 0;
        s->rhi = s->whi = s->limit;
        return;
    }
    if (!(s->attr & SEG_ATTR_P) || (!code && !data))
        return;
    if (code) {
        if (s->attr & 2) {
            s->rlo = 0;
            s->rhi = s->limit;
        }
        return;
    }
    uint32_t lo = 0, hi = s->limit;
    if (s->attr & 4) {   /* expand-down */
        lo = s->limit + 1;
        hi = top;
    }
    s->rlo = lo;
    s->rhi = hi;
    if (s->attr & 2) {
        s->wlo = lo;
        s->whi = hi;
    }
}

void seg_cache_load(struct segreg *s, uint16_t sel, struct desc d)
{
    s->sel = sel;
    s->base = desc_base(d);
    s->limit = desc_limit(d);
    s->attr = desc_attr(d);
    seg_set_ranges(s, 0);
}

void seg_cache_null(struct segreg *s, uint16_t sel)
{
    s->sel = sel;
    s->base = 0;
    s->limit = 0;
    s->attr = 0;
    seg_set_ranges(s, 0);
}

void seg_ss_shadow(cpu *c)
{
    c->inhibit = 2;
    c->async |= ASYNC_INHIBIT;
}

void seg_load_real(cpu *c, unsigned seg, uint16_t sel)
{
    struct segreg *s = &c->seg[seg];
    if (seg == SEG_CS)
        links_stale(c);   /* what an EIP maps to follows CS */
    s->sel = sel;
    s->base = (uint32_t)sel << 4;
    if (cpu_v86(c)) {
        s->limit = 0xFFFF;
        s->attr = (seg == SEG_CS) ? 0x00FB : 0x00F3;
    }
    seg_set_ranges(s, 1);
}

void seg_load(cpu *c, unsigned seg, uint16_t sel)
{
    if (!cpu_pmode(c)) {
        seg_load_real(c, seg, sel);
        return;
    }
    unsigned rpl = sel & 3, cpl = c->cpl;
    if ((sel & ~3u) == 0) {
        if (seg == SEG_SS)
            cpu_fault_err(c, EXC_GP, 0);
        seg_cache_null(&c->seg[seg], sel);
        return;
    }
    struct desc d = desc_fetch_or(c, sel, EXC_GP);
    if (seg == SEG_SS) {
        if (rpl != cpl || !desc_writable_data(d) || desc_dpl(d) != cpl)
            cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
        if (!desc_present(d))
            cpu_fault_err(c, EXC_SS, sel & 0xFFFC);
    } else {
        if (!desc_readable(d) || !desc_s(d))
            cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
        if (!desc_conforming(d) && (desc_dpl(d) < rpl || desc_dpl(d) < cpl))
            cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
        if (!desc_present(d))
            cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    }
    desc_set_accessed(c, sel, &d);
    seg_cache_load(&c->seg[seg], sel, d);
}

void seg_load_cs_eip(cpu *c, uint16_t sel, uint32_t eip)
{
    struct segreg *cs = &c->seg[SEG_CS];
    if (eip > cs->limit)
        cpu_fault_err(c, EXC_GP, 0);
    seg_load_real(c, SEG_CS, sel);
    c->eip = eip;
}

void seg_load_cs_desc(cpu *c, uint16_t sel, struct desc d, unsigned cpl, uint32_t eip)
{
    if (eip > desc_limit(d))
        cpu_fault_err(c, EXC_GP, 0);
    desc_set_accessed(c, sel, &d);
    seg_cache_load(&c->seg[SEG_CS], (uint16_t)((sel & ~3u) | cpl), d);
    links_stale(c);
    c->eip = eip;
    if (cpl != c->cpl) {
        c->cpl = cpl;
        cpu_mode_changed(c);
    }
}

void cpu_mode_changed(cpu *c)
{
    links_stale(c);   /* CPL and mode decide which code translations apply */
    if (cpu_v86(c))
        c->cpl = 3;
    else if (!cpu_protected(c))
        c->cpl = 0;
    c->tlb_user = c->cpl == 3 ? TLB_UR : TLB_SR;
    c->ac_mask = ((c->cr0 & (1u << 18)) && (c->eflags & F_AC) && c->cpl == 3) ? ~0u : 0;
}

void seg_validate_outer(cpu *c)
{
    static const unsigned segs[4] = {SEG_ES, SEG_DS, SEG_FS, SEG_GS};
    for (unsigned k = 0; k < 4; k++) {
        struct segreg *s = &c->seg[segs[k]];
        int conforming_code = (s->attr & 0x1C) == 0x1C;
        if ((s->attr & SEG_ATTR_S) && !conforming_code && seg_dpl(s) < c->cpl)
            seg_cache_null(s, 0);
    }
}
