/* Protected-mode system instructions: SLDT STR LLDT LTR (0F 00), LAR LSL,
 * VERR VERW, ARPL, SYSENTER and SYSEXIT. The descriptor-table ones are #UD
 * in real-address and virtual-8086 mode. */
#include "flags.h"
#include "ops.h"
#include "operand.h"
#include "segment.h"

static void require_pmode(cpu *c)
{
    if (!cpu_pmode(c))
        cpu_fault(c, EXC_UD);
}

static void set_zf(cpu *c, int z)
{
    flags_materialize(c);
    c->eflags = z ? (c->eflags | F_ZF) : (c->eflags & ~F_ZF);
}

/* A register destination of SLDT/STR takes the selector zero-extended. */
static void store_selector(cpu *c, const insn *i, uint16_t sel)
{
    if (i->mod == 3)
        reg_set(c, i->rm, sel, osize(i));
    else
        wr16(c, i->seg, ea(c, i), sel);
}

static void lldt(cpu *c, uint16_t sel)
{
    require_cpl0(c);
    if ((sel & ~3u) == 0) {
        seg_cache_null(&c->ldtr, sel);
        return;
    }
    if (sel & 4)
        cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
    struct desc d = desc_fetch_or(c, sel, EXC_GP);
    if (desc_s(d) || desc_type(d) != SYS_LDT)
        cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    seg_cache_load(&c->ldtr, sel, d);
}

static void ltr(cpu *c, uint16_t sel)
{
    require_cpl0(c);
    if ((sel & ~3u) == 0 || (sel & 4))
        cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
    struct desc d = desc_fetch_or(c, sel, EXC_GP);
    unsigned t = desc_type(d);
    if (desc_s(d) || (t != SYS_TSS16_AVAIL && t != SYS_TSS32_AVAIL))
        cpu_fault_err(c, EXC_GP, sel & 0xFFFC);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    d.hi |= 0x200;   /* busy */
    desc_write_hi(c, sel, d.hi);
    seg_cache_load(&c->tr, sel, d);
}

/* Can the current privilege see this code/data descriptor (VERR, VERW, LAR, LSL)? */
static int visible(const cpu *c, uint16_t sel, struct desc d)
{
    if (desc_conforming(d))
        return 1;
    return desc_dpl(d) >= c->cpl && desc_dpl(d) >= (sel & 3u);
}

static void verr_verw(cpu *c, uint16_t sel, int write)
{
    struct desc d;
    int ok = (sel & ~3u) != 0 && desc_fetch(c, sel, &d) == 0 && desc_s(d) && visible(c, sel, d);
    if (ok)
        ok = write ? desc_writable_data(d) : desc_readable(d);
    set_zf(c, ok);
}

/* 0F 00 /0-/5 */
void op_grp6(cpu *c, const insn *i)
{
    require_pmode(c);
    switch (i->reg) {
    case 0: store_selector(c, i, c->ldtr.sel); break;
    case 1: store_selector(c, i, c->tr.sel); break;
    case 2: lldt(c, (uint16_t)e_get(c, i, 2)); break;
    case 3: ltr(c, (uint16_t)e_get(c, i, 2)); break;
    case 4: verr_verw(c, (uint16_t)e_get(c, i, 2), 0); break;
    default: verr_verw(c, (uint16_t)e_get(c, i, 2), 1); break;
    }
}

/* 0F 02 LAR, 0F 03 LSL. */
void op_lar_lsl(cpu *c, const insn *i)
{
    require_pmode(c);
    uint16_t sel = (uint16_t)e_get(c, i, 2);
    int lsl = i->op == 0x103;
    struct desc d;
    int ok = (sel & ~3u) != 0 && desc_fetch(c, sel, &d) == 0;
    if (ok && !desc_s(d)) {
        unsigned t = desc_type(d);
        ok = t == 1 || t == 2 || t == 3 || t == 9 || t == 11 ||
             (!lsl && (t == SYS_CALL16 || t == SYS_TASK || t == SYS_CALL32));
        ok = ok && desc_dpl(d) >= c->cpl && desc_dpl(d) >= (sel & 3u);
    } else if (ok) {
        ok = visible(c, sel, d);
    }
    set_zf(c, ok);
    if (!ok)
        return;
    uint32_t v = lsl ? desc_limit(d) : (d.hi & 0x00F0FF00u);
    reg_set(c, i->reg, v, osize(i));
}

/* 63: ARPL r/m16, r16 */
void op_arpl(cpu *c, const insn *i)
{
    require_pmode(c);
    uint32_t off = 0, dst = e_read(c, i, 2, &off);
    uint32_t src = reg_get(c, i->reg, 2);
    if ((dst & 3) < (src & 3)) {
        e_write_at(c, i, off, (dst & ~3u) | (src & 3), 2);
        set_zf(c, 1);
    } else {
        set_zf(c, 0);
    }
}

static void flat(struct segreg *s, uint16_t sel, uint16_t attr)
{
    s->sel = sel;
    s->base = 0;
    s->limit = 0xFFFFFFFFu;
    s->attr = attr;
    seg_set_ranges(s, 0);
}

/* 0F 34: SYSENTER to the flat ring-0 code and stack the MSRs describe. */
void op_sysenter(cpu *c, const insn *i)
{
    (void)i;
    uint16_t cs = (uint16_t)c->sysenter_cs;
    if (!cpu_protected(c) || (cs & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    c->eflags &= ~(F_VM | F_IF | F_RF);
    flat(&c->seg[SEG_CS], cs & 0xFFFC, 0xC09B);
    flat(&c->seg[SEG_SS], (uint16_t)((cs & 0xFFFC) + 8), 0xC093);
    c->cpl = 0;
    c->gpr[R_ESP] = c->sysenter_esp;
    c->eip = c->sysenter_eip;
    cpu_mode_changed(c);
    cpu_update_async(c);
}

/* 0F 35: SYSEXIT to flat ring-3 code at EDX with the stack at ECX. */
void op_sysexit(cpu *c, const insn *i)
{
    (void)i;
    uint16_t cs = (uint16_t)c->sysenter_cs;
    if (!cpu_pmode(c) || c->cpl != 0 || (cs & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    flat(&c->seg[SEG_CS], (uint16_t)((cs + 16) | 3), 0xC0FB);
    flat(&c->seg[SEG_SS], (uint16_t)((cs + 24) | 3), 0xC0F3);
    c->cpl = 3;
    c->gpr[R_ESP] = c->gpr[R_ECX];
    c->eip = c->gpr[R_EDX];
    cpu_mode_changed(c);
}
