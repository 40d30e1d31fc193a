/* Hardware task switches (Intel SDM vol. 3, "Task Switching"): save the
 * outgoing state in the current TSS, update busy bits and the back link,
 * load TR, CR3, registers and the LDT from the new TSS, then the segment
 * registers with their checks made in the new task's context (#TS). */
#include "access.h"
#include "flags.h"
#include "segment.h"
#include "chain.h"
#include "task.h"

/* TSS layouts: offsets of the fields twin86 moves. */
struct tss_layout {
    unsigned eip, eflags, gpr, gpr_step, seg[6], ldt, cr3, min_limit, width;
};
static const struct tss_layout TSS32 = {0x20, 0x24, 0x28, 4, {0x48, 0x4C, 0x50, 0x54, 0x58, 0x5C}, 0x60, 0x1C, 0x67, 4};
static const struct tss_layout TSS16 = {0x0E, 0x10, 0x12, 2, {0x22, 0x24, 0x26, 0x28, 0, 0}, 0x2A, 0, 0x2B, 2};

static const struct tss_layout *layout_of(unsigned type) { return (type & 8) ? &TSS32 : &TSS16; }

static void set_busy(cpu *c, uint16_t sel, struct desc *d, int busy)
{
    d->hi = busy ? (d->hi | 0x200) : (d->hi & ~0x200u);
    desc_write_hi(c, sel, d->hi);
}

_Noreturn static void ts_fault(cpu *c, uint16_t sel, uint32_t ext)
{
    cpu_fault_err(c, EXC_TS, (sel & 0xFFFC) | ext);
}

/* Loads a segment register from the new task's selector, with #TS errors. */
static void task_load_seg(cpu *c, unsigned seg, uint16_t sel)
{
    if (cpu_v86(c)) {
        seg_load_real(c, seg, sel);
        return;
    }
    struct segreg *s = &c->seg[seg];
    if ((sel & ~3u) == 0) {
        if (seg == SEG_SS || seg == SEG_CS)
            ts_fault(c, sel, 0);
        seg_cache_null(s, sel);
        return;
    }
    struct desc d;
    if (desc_fetch(c, sel, &d) < 0)
        ts_fault(c, sel, 0);
    unsigned rpl = sel & 3, dpl = desc_dpl(d), cpl = c->cpl;
    if (seg == SEG_CS) {
        if (!desc_is_code(d) || (desc_conforming(d) ? dpl > rpl : dpl != rpl))
            ts_fault(c, sel, 0);
        if (!desc_present(d))
            cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    } else if (seg == SEG_SS) {
        if (!desc_writable_data(d) || rpl != cpl || dpl != cpl)
            ts_fault(c, sel, 0);
        if (!desc_present(d))
            cpu_fault_err(c, EXC_SS, sel & 0xFFFC);
    } else {
        if (!desc_readable(d) || (!desc_conforming(d) && (dpl < rpl || dpl < cpl)))
            ts_fault(c, sel, 0);
        if (!desc_present(d))
            cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    }
    desc_set_accessed(c, sel, &d);
    seg_cache_load(s, sel, d);
}

void task_switch(cpu *c, uint16_t sel, struct desc d, enum task_source src, int has_error,
                 uint32_t error)
{
    const struct tss_layout *nl = layout_of(desc_type(d));
    const struct tss_layout *ol = layout_of(c->tr.attr & 0xF);
    uint32_t nbase = desc_base(d), nlimit = desc_limit(d);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    if (nlimit < nl->min_limit)
        ts_fault(c, sel, 0);
    if (c->tr.limit < ol->min_limit)
        ts_fault(c, c->tr.sel, 0);

    /* Read the whole incoming state first: a fault here changes nothing. */
    unsigned w = nl->width;
    uint32_t n_eip = lin_read_sys(c, nbase + nl->eip, w);
    uint32_t n_fl = lin_read_sys(c, nbase + nl->eflags, w);
    uint32_t n_gpr[8];
    for (unsigned r = 0; r < 8; r++)
        n_gpr[r] = lin_read_sys(c, nbase + nl->gpr + r * nl->gpr_step, w);
    uint16_t n_seg[6] = {0, 0, 0, 0, 0, 0};
    for (unsigned s = 0; s < (w == 4 ? 6u : 4u); s++)
        n_seg[s] = (uint16_t)lin_read_sys(c, nbase + nl->seg[s], 2);
    uint16_t n_ldt = (uint16_t)lin_read_sys(c, nbase + nl->ldt, 2);
    uint32_t n_cr3 = w == 4 ? lin_read_sys(c, nbase + nl->cr3, 4) : c->cr3;
    if (w == 2)
        n_fl = (n_fl & 0xFFFF) | (c->eflags & 0xFFFF0000u & ~(F_VM | F_RF));

    /* Outgoing task: busy bit, saved state. */
    struct desc od;
    uint16_t old_sel = c->tr.sel;
    uint32_t obase = c->tr.base;
    uint32_t o_fl = flags_get(c);
    if (src == TASK_JMP || src == TASK_IRET) {
        if (desc_fetch(c, old_sel, &od) == 0)
            set_busy(c, old_sel, &od, 0);
    }
    if (src == TASK_IRET)
        o_fl &= ~F_NT;
    unsigned ow = ol->width;
    lin_write_sys(c, obase + ol->eip, c->eip, ow);
    lin_write_sys(c, obase + ol->eflags, o_fl, ow);
    for (unsigned r = 0; r < 8; r++)
        lin_write_sys(c, obase + ol->gpr + r * ol->gpr_step, c->gpr[r], ow);
    for (unsigned s = 0; s < (ow == 4 ? 6u : 4u); s++)
        lin_write_sys(c, obase + ol->seg[s], c->seg[s].sel, 2);

    /* Incoming task: back link and NT for nested entries, busy bit. */
    if (src == TASK_CALL || src == TASK_INT) {
        lin_write_sys(c, nbase, old_sel, 2);
        n_fl |= F_NT;
    }
    if (src != TASK_IRET)
        set_busy(c, sel, &d, 1);
    else
        d.hi |= 0x200;
    seg_cache_load(&c->tr, sel, d);
    c->cr0 |= 8;   /* TS */

    if (w == 4 && cpu_paging(c) && n_cr3 != c->cr3) {
        c->cr3 = n_cr3;
        tlb_flush_nonglobal(c);
    } else if (w == 4) {
        c->cr3 = n_cr3;
    }
    c->eip = n_eip;
    for (unsigned r = 0; r < 8; r++)
        c->gpr[r] = n_gpr[r];
    c->lf.op = LF_NONE;
    c->eflags = (n_fl & (F_WRITABLE | F_VM | F_VIF | F_VIP)) | F_FIXED1;
    /* Selectors first (so a fault reports the new task's values), then checks. */
    for (unsigned s = 0; s < 6; s++)
        c->seg[s].sel = n_seg[s];
    c->ldtr.sel = n_ldt;
    c->cpl = cpu_v86(c) ? 3 : (n_seg[SEG_CS] & 3u);
    cpu_mode_changed(c);
    cpu_update_async(c);

    if (n_ldt & ~3u) {
        struct desc ld;
        if ((n_ldt & 4) || desc_fetch(c, n_ldt, &ld) < 0 || desc_s(ld) || desc_type(ld) != SYS_LDT)
            ts_fault(c, n_ldt, 0);
        if (!desc_present(ld))
            ts_fault(c, n_ldt, 0);
        seg_cache_load(&c->ldtr, n_ldt, ld);
    } else {
        seg_cache_null(&c->ldtr, n_ldt);
    }
    task_load_seg(c, SEG_CS, n_seg[SEG_CS]);
    links_stale(c);
    task_load_seg(c, SEG_SS, n_seg[SEG_SS]);
    task_load_seg(c, SEG_ES, n_seg[SEG_ES]);
    task_load_seg(c, SEG_DS, n_seg[SEG_DS]);
    task_load_seg(c, SEG_FS, n_seg[SEG_FS]);
    task_load_seg(c, SEG_GS, n_seg[SEG_GS]);
    c->exc_depth = 0;   /* the switch itself succeeded */

    if (has_error) {
        unsigned size = w;
        if (cpu_v86(c))
            size = 2;
        uint32_t sp = (sp_get(c) - size) & sp_mask(c);
        mem_wr(c, SEG_SS, sp, error, size);
        sp_set(c, sp);
    }
    if (c->eip > c->seg[SEG_CS].limit)
        cpu_fault_err(c, EXC_GP, 0);
}

void task_gate(cpu *c, struct desc gate, enum task_source src, int has_error, uint32_t error,
               uint32_t ext)
{
    uint16_t tsel = gate_selector(gate);
    if (!desc_present(gate))
        cpu_fault_err(c, EXC_NP, ext);
    if (tsel & 4)
        cpu_fault_err(c, EXC_GP, (tsel & 0xFFFC) | ext);
    struct desc d;
    if (desc_fetch(c, tsel, &d) < 0)
        cpu_fault_err(c, EXC_GP, (tsel & 0xFFFC) | ext);
    unsigned t = desc_type(d);
    if (desc_s(d) || (t != SYS_TSS16_AVAIL && t != SYS_TSS32_AVAIL))
        cpu_fault_err(c, EXC_GP, (tsel & 0xFFFC) | ext);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_NP, (tsel & 0xFFFC) | ext);
    task_switch(c, tsel, d, src, has_error, error);
}
