/* Stack switching for privilege changes (see stack_switch.h). */
#include "access.h"
#include "stack_switch.h"

static int tss_is32(const cpu *c) { return (c->tr.attr & 0x8) != 0; }

void tss_inner_stack(cpu *c, unsigned dpl, uint32_t ext, struct new_stack *ns)
{
    uint32_t off, esp;
    uint16_t ss_sel;
    uint16_t tr_err = (uint16_t)((c->tr.sel & 0xFFFC) | ext);
    if (tss_is32(c)) {
        off = 4 + 8 * dpl;
        if (off + 7 > c->tr.limit)
            cpu_fault_err(c, EXC_TS, tr_err);
        esp = lin_read_sys(c, c->tr.base + off, 4);
        ss_sel = (uint16_t)lin_read_sys(c, c->tr.base + off + 4, 2);
    } else {
        off = 2 + 4 * dpl;
        if (off + 3 > c->tr.limit)
            cpu_fault_err(c, EXC_TS, tr_err);
        esp = lin_read_sys(c, c->tr.base + off, 2);
        ss_sel = (uint16_t)lin_read_sys(c, c->tr.base + off + 2, 2);
    }
    uint16_t err = (uint16_t)((ss_sel & 0xFFFC) | ext);
    if ((ss_sel & ~3u) == 0)
        cpu_fault_err(c, EXC_TS, ext);
    struct desc d;
    if (desc_fetch(c, ss_sel, &d) < 0)
        cpu_fault_err(c, EXC_TS, err);
    if ((ss_sel & 3) != dpl || desc_dpl(d) != dpl || !desc_writable_data(d))
        cpu_fault_err(c, EXC_TS, err);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_SS, err);
    desc_set_accessed(c, ss_sel, &d);
    seg_cache_load(&ns->ss, ss_sel, d);
    ns->esp = esp;
    ns->cpl = dpl;
}

void current_stack(cpu *c, struct new_stack *ns)
{
    ns->ss = c->seg[SEG_SS];
    ns->esp = c->gpr[R_ESP];
    ns->cpl = c->cpl;
}

void ns_push(cpu *c, struct new_stack *ns, uint32_t v, unsigned size)
{
    int b32 = (ns->ss.attr & SEG_ATTR_DB) != 0;
    uint32_t mask = b32 ? 0xFFFFFFFFu : 0xFFFFu;
    uint32_t sp = (ns->esp - size) & mask;
    if (sp < ns->ss.wlo || (uint64_t)sp + size - 1 > ns->ss.whi)
        cpu_fault_err(c, EXC_SS, (ns->ss.sel == c->seg[SEG_SS].sel) ? 0 : (ns->ss.sel & 0xFFFC));
    lin_write_k(c, ns->ss.base + sp, v, size, ns->cpl == 3 ? TLB_UW : TLB_SW);
    ns->esp = (ns->esp & ~mask) | sp;
}

void ns_commit(cpu *c, const struct new_stack *ns)
{
    c->seg[SEG_SS] = ns->ss;
    c->gpr[R_ESP] = ns->esp;
}

struct desc check_outer_ss(cpu *c, uint16_t ss_sel, unsigned rpl)
{
    if ((ss_sel & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    struct desc d = desc_fetch_or(c, ss_sel, EXC_GP);
    if ((ss_sel & 3) != rpl || desc_dpl(d) != rpl || !desc_writable_data(d))
        cpu_fault_err(c, EXC_GP, ss_sel & 0xFFFC);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_SS, ss_sel & 0xFFFC);
    desc_set_accessed(c, ss_sel, &d);
    return d;
}
