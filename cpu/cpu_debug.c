/* What the debugger and the cosimulation controller need from a CPU: the whole
 * architectural state as one structure, the stop-at-icount guard and the
 * hooks. The hooks are checked only on paths that are already slow (the
 * guarded boundary, translation-cache misses, port I/O, interrupt delivery),
 * so a CPU without a debugger runs exactly as before. */
#include <string.h>
#include "access.h"
#include "chain.h"
#include "insn.h"
#include "debugreg.h"
#include "flags.h"
#include "segment.h"

static void seg_out(struct cpu_seg_state *o, const struct segreg *s)
{
    o->base = s->base;
    o->limit = s->limit;
    o->sel = s->sel;
    o->attr = s->attr;
}

static void seg_in(struct segreg *s, const struct cpu_seg_state *o, int real)
{
    s->base = o->base;
    s->limit = o->limit;
    s->sel = o->sel;
    s->attr = o->attr;
    seg_set_ranges(s, real);
}

void cpu_get_state(cpu *c, struct cpu_state *s)
{
    memset(s, 0, sizeof *s);
    memcpy(s->gpr, c->gpr, sizeof s->gpr);
    s->eip = cpu_pos_eip(c);
    s->eflags = flags_get(c);
    for (int i = 0; i < 6; i++)
        seg_out(&s->seg[i], &c->seg[i]);
    seg_out(&s->ldtr, &c->ldtr);
    seg_out(&s->tr, &c->tr);
    s->gdtr_base = c->gdtr.base;
    s->gdtr_limit = c->gdtr.limit;
    s->idtr_base = c->idtr.base;
    s->idtr_limit = c->idtr.limit;
    s->cr0 = c->cr0;
    s->cr2 = c->cr2;
    s->cr3 = c->cr3;
    s->cr4 = c->cr4;
    memcpy(s->dr, c->dr, sizeof s->dr);
    s->tsc = cpu_clock(c) - c->tsc_base;
    s->sysenter_cs = c->sysenter_cs;
    s->sysenter_esp = c->sysenter_esp;
    s->sysenter_eip = c->sysenter_eip;
    for (int i = 0; i < 8; i++) {
        s->fpu.mant[i] = c->fpu.st[i].mant;
        s->fpu.se[i] = c->fpu.st[i].se;
    }
    s->fpu.cw = c->fpu.cw;
    s->fpu.sw = c->fpu.sw;
    s->fpu.tw = c->fpu.tw;
    s->fpu.fop = c->fpu.fop;
    s->fpu.fcs = c->fpu.fcs;
    s->fpu.fds = c->fpu.fds;
    s->fpu.fip = c->fpu.fip;
    s->fpu.fdp = c->fpu.fdp;
    s->halted = (uint32_t)c->halted;
    s->inhibit = (uint32_t)c->inhibit;
    s->nmi_blocked = (uint32_t)c->nmi_blocked;
    s->icount = cpu_pos_icount(c);
}

void cpu_set_state(cpu *c, const struct cpu_state *s)
{
    links_stale(c);
    memcpy(c->gpr, s->gpr, sizeof s->gpr);
    c->eip = s->eip;
    c->lf.op = LF_NONE;
    c->eflags = (s->eflags & (F_WRITABLE | F_VM | F_VIF | F_VIP)) | F_FIXED1;
    c->cr0 = s->cr0;
    c->cr2 = s->cr2;
    c->cr3 = s->cr3;
    c->cr4 = s->cr4;
    int real = !(s->cr0 & 1) || (s->eflags & F_VM);
    for (int i = 0; i < 6; i++)
        seg_in(&c->seg[i], &s->seg[i], real);
    seg_in(&c->ldtr, &s->ldtr, 0);
    seg_in(&c->tr, &s->tr, 0);
    c->gdtr.base = s->gdtr_base;
    c->gdtr.limit = s->gdtr_limit;
    c->idtr.base = s->idtr_base;
    c->idtr.limit = s->idtr_limit;
    memcpy(c->dr, s->dr, sizeof c->dr);
    c->icount = s->icount;
    c->tsc_base = s->icount + c->idle_ticks - s->tsc;
    c->sysenter_cs = s->sysenter_cs;
    c->sysenter_esp = s->sysenter_esp;
    c->sysenter_eip = s->sysenter_eip;
    for (int i = 0; i < 8; i++) {
        c->fpu.st[i].mant = s->fpu.mant[i];
        c->fpu.st[i].se = s->fpu.se[i];
    }
    c->fpu.cw = s->fpu.cw;
    c->fpu.sw = s->fpu.sw;
    c->fpu.tw = s->fpu.tw;
    c->fpu.fop = s->fpu.fop;
    c->fpu.fcs = s->fpu.fcs;
    c->fpu.fds = s->fpu.fds;
    c->fpu.fip = s->fpu.fip;
    c->fpu.fdp = s->fpu.fdp;
    c->halted = (int)s->halted;
    c->inhibit = (int)s->inhibit;
    c->nmi_blocked = (int)s->nmi_blocked;
    c->cpl = (s->cr0 & 1) && !(s->eflags & F_VM) ? (s->seg[SEG_CS].sel & 3u) : 0;
    c->async &= ~(ASYNC_INHIBIT | ASYNC_STOP | ASYNC_SMC);
    if (c->inhibit)
        c->async |= ASYNC_INHIBIT;
    cpu_mode_changed(c);
    dbg_update(c);      /* DR7 may have changed: re-derive the breakpoint state */
    tlb_flush(c);
    cpu_update_async(c);
}

void cpu_set_debug_hooks(cpu *c, const struct cpu_debug_hooks *h)
{
    int had_mem = c->hooks.mem != NULL;
    if (h)
        c->hooks = *h;
    else
        memset(&c->hooks, 0, sizeof c->hooks);
    /* Memory watches see every access only with the translation cache off. */
    if (!had_mem && c->hooks.mem) {
        c->dbg_saved_fast = (uint8_t)c->fast_paths;
        cpu_set_fast_paths(c, 0);
    } else if (had_mem && !c->hooks.mem) {
        cpu_set_fast_paths(c, c->dbg_saved_fast);
    }
    cpu_update_async(c);
}

/* Stored as 0 for "never", so a CPU from calloc starts disarmed. */
void cpu_set_stop_at(cpu *c, uint64_t icount) { c->stop_at = icount == UINT64_MAX ? 0 : icount; }
int cpu_code32_now(const cpu *c) { return cpu_code32(c); }
memory *cpu_memory(const cpu *c) { return c->mem; }
iobus *cpu_iobus(const cpu *c) { return c->io; }
