/* Protected-mode far JMP, CALL, RETF and IRET, following the checks in the
 * manuals' pseudo-code. Every read and write that can fault happens before
 * the CPU state is changed, so a fault leaves the instruction restartable. */
#include "access.h"
#include "farxfer.h"
#include "flags.h"
#include "stack_switch.h"
#include "task.h"

_Noreturn static void gp_sel(cpu *c, uint16_t sel) { cpu_fault_err(c, EXC_GP, sel & 0xFFFC); }

/* Checks a code-segment target for JMP/CALL (direct or through a gate).
 * `via_gate` allows a non-conforming DPL below CPL (CALL only). */
static void check_code(cpu *c, uint16_t sel, struct desc d, int direct)
{
    if (!desc_is_code(d))
        gp_sel(c, sel);
    if (desc_conforming(d)) {
        if (desc_dpl(d) > c->cpl)
            gp_sel(c, sel);
    } else if (direct) {
        if ((sel & 3) > c->cpl || desc_dpl(d) != c->cpl)
            gp_sel(c, sel);
    } else if (desc_dpl(d) > c->cpl) {
        gp_sel(c, sel);
    }
    if (!desc_present(d))
        cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
}

/* Resolves a call gate: checks it and returns the target code descriptor. */
static struct desc through_gate(cpu *c, uint16_t gsel, struct desc gate, uint16_t *tsel)
{
    if (desc_dpl(gate) < c->cpl || desc_dpl(gate) < (gsel & 3u))
        gp_sel(c, gsel);
    if (!desc_present(gate))
        cpu_fault_err(c, EXC_NP, gsel & 0xFFFC);
    *tsel = gate_selector(gate);
    if ((*tsel & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    struct desc t = desc_fetch_or(c, *tsel, EXC_GP);
    check_code(c, *tsel, t, 0);
    return t;
}

static uint32_t mask_ip(uint32_t ip, int op32) { return op32 ? ip : ip & 0xFFFF; }

static int task_target(cpu *c, uint16_t sel, struct desc d, enum task_source src)
{
    unsigned t = desc_type(d);
    if (t == SYS_TASK || t == SYS_TSS16_AVAIL || t == SYS_TSS32_AVAIL) {
        if (desc_dpl(d) < c->cpl || desc_dpl(d) < (sel & 3u))
            gp_sel(c, sel);
        if (t == SYS_TASK)
            task_gate(c, d, src, 0, 0, 0);
        else
            task_switch(c, sel, d, src, 0, 0);
        return 1;
    }
    return 0;
}

void pm_far_jump(cpu *c, uint16_t sel, uint32_t off, int op32)
{
    if ((sel & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    struct desc d = desc_fetch_or(c, sel, EXC_GP);
    if (desc_s(d)) {
        check_code(c, sel, d, 1);
        seg_load_cs_desc(c, sel, d, c->cpl, mask_ip(off, op32));
        return;
    }
    if (task_target(c, sel, d, TASK_JMP))
        return;
    unsigned t = desc_type(d);
    if (t != SYS_CALL16 && t != SYS_CALL32)
        gp_sel(c, sel);
    uint16_t tsel;
    struct desc target = through_gate(c, sel, d, &tsel);
    /* JMP through a gate never changes privilege. */
    if (!desc_conforming(target) && desc_dpl(target) != c->cpl)
        gp_sel(c, tsel);
    seg_load_cs_desc(c, tsel, target, c->cpl, gate_offset(d, t == SYS_CALL32));
}

void pm_far_call(cpu *c, uint16_t sel, uint32_t off, int op32)
{
    if ((sel & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    struct desc d = desc_fetch_or(c, sel, EXC_GP);
    uint16_t ret_cs = c->seg[SEG_CS].sel;
    uint32_t ret_eip = c->eip;
    struct new_stack ns;
    if (desc_s(d)) {
        check_code(c, sel, d, 1);
        unsigned size = op32 ? 4 : 2;
        current_stack(c, &ns);
        ns_push(c, &ns, ret_cs, size);
        ns_push(c, &ns, ret_eip, size);
        uint32_t target = mask_ip(off, op32);
        if (target > desc_limit(d))
            cpu_fault_err(c, EXC_GP, 0);
        seg_load_cs_desc(c, sel, d, c->cpl, target);
        ns_commit(c, &ns);
        return;
    }
    if (task_target(c, sel, d, TASK_CALL))
        return;
    unsigned t = desc_type(d);
    if (t != SYS_CALL16 && t != SYS_CALL32)
        gp_sel(c, sel);
    uint16_t tsel;
    struct desc target = through_gate(c, sel, d, &tsel);
    int gate32 = t == SYS_CALL32;
    unsigned size = gate32 ? 4 : 2;
    uint32_t eip = gate_offset(d, gate32);
    if (eip > desc_limit(target))
        cpu_fault_err(c, EXC_GP, 0);
    unsigned dpl = desc_dpl(target);
    if (!desc_conforming(target) && dpl < c->cpl) {
        /* More privileged: switch to the inner stack and copy parameters. */
        unsigned count = d.hi & 0x1F;
        uint32_t params[31];
        uint32_t old_esp = c->gpr[R_ESP], m = sp_mask(c);
        for (unsigned k = 0; k < count; k++)
            params[k] = mem_rd(c, SEG_SS, (old_esp + k * size) & m, size);
        tss_inner_stack(c, dpl, 0, &ns);
        ns_push(c, &ns, c->seg[SEG_SS].sel, size);
        ns_push(c, &ns, old_esp, size);
        for (unsigned k = count; k-- > 0;)
            ns_push(c, &ns, params[k], size);
        ns_push(c, &ns, ret_cs, size);
        ns_push(c, &ns, ret_eip, size);
    } else {
        dpl = c->cpl;
        current_stack(c, &ns);
        ns_push(c, &ns, ret_cs, size);
        ns_push(c, &ns, ret_eip, size);
    }
    ns_commit(c, &ns);
    seg_load_cs_desc(c, tsel, target, dpl, eip);
}

/* Checks the code segment of a return (RETF or IRET to protected mode). */
static struct desc check_return_cs(cpu *c, uint16_t sel)
{
    if ((sel & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, 0);
    struct desc d = desc_fetch_or(c, sel, EXC_GP);
    unsigned rpl = sel & 3;
    if (!desc_is_code(d) || rpl < c->cpl)
        gp_sel(c, sel);
    if (desc_conforming(d) ? desc_dpl(d) > rpl : desc_dpl(d) != rpl)
        gp_sel(c, sel);
    if (!desc_present(d))
        cpu_fault_err(c, EXC_NP, sel & 0xFFFC);
    return d;
}

void pm_far_return(cpu *c, int op32, uint16_t pop_bytes)
{
    unsigned size = op32 ? 4 : 2;
    uint32_t eip = stack_peek(c, 0, size);
    uint16_t sel = (uint16_t)stack_peek(c, size, 2);
    struct desc d = check_return_cs(c, sel);
    unsigned rpl = sel & 3;
    eip = mask_ip(eip, op32);
    if (rpl == c->cpl) {
        seg_load_cs_desc(c, sel, d, rpl, eip);
        sp_set(c, sp_get(c) + 2 * size + pop_bytes);
        return;
    }
    /* Return to an outer level: the outer SS:ESP follow the parameters. */
    uint32_t skip = 2 * size + pop_bytes;
    uint32_t new_esp = stack_peek(c, skip, size);
    uint16_t ss_sel = (uint16_t)stack_peek(c, skip + size, 2);
    struct desc ssd = check_outer_ss(c, ss_sel, rpl);
    seg_load_cs_desc(c, sel, d, rpl, eip);
    seg_cache_load(&c->seg[SEG_SS], ss_sel, ssd);
    if (c->seg[SEG_SS].attr & SEG_ATTR_DB)
        c->gpr[R_ESP] = new_esp + pop_bytes;
    else
        *reg16p(c, R_ESP) = (uint16_t)(new_esp + pop_bytes);
    seg_validate_outer(c);
}

/* EFLAGS bits an IRET/POPF may change at this privilege. */
static uint32_t iret_flag_mask(const cpu *c, int op32)
{
    uint32_t mask = F_ARITH | F_TF | F_DF | F_NT | F_RF | F_AC | F_ID;
    if (c->cpl == 0)
        mask |= F_IOPL | F_VIF | F_VIP;
    if (c->cpl <= ((c->eflags & F_IOPL) >> 12))
        mask |= F_IF;
    if (!op32)
        mask &= 0xFFFF;
    return mask;
}

static void iret_to_v86(cpu *c)
{
    uint32_t eip = stack_peek(c, 0, 4);
    uint16_t cs = (uint16_t)stack_peek(c, 4, 2);
    uint32_t fl = stack_peek(c, 8, 4);
    uint32_t esp = stack_peek(c, 12, 4);
    uint16_t ss = (uint16_t)stack_peek(c, 16, 2);
    uint16_t es = (uint16_t)stack_peek(c, 20, 2), ds = (uint16_t)stack_peek(c, 24, 2);
    uint16_t fs = (uint16_t)stack_peek(c, 28, 2), gs = (uint16_t)stack_peek(c, 32, 2);
    flags_set(c, fl, F_WRITABLE | F_VM | F_VIF | F_VIP);
    cpu_mode_changed(c);
    seg_load_real(c, SEG_CS, cs);
    seg_load_real(c, SEG_SS, ss);
    seg_load_real(c, SEG_ES, es);
    seg_load_real(c, SEG_DS, ds);
    seg_load_real(c, SEG_FS, fs);
    seg_load_real(c, SEG_GS, gs);
    c->gpr[R_ESP] = esp;
    c->eip = eip & 0xFFFF;
}

void pm_iret(cpu *c, int op32)
{
    if (c->eflags & F_NT) {
        uint16_t back = (uint16_t)lin_read_sys(c, c->tr.base, 2);
        if (back & 4)
            cpu_fault_err(c, EXC_TS, back & 0xFFFC);
        struct desc d;
        if (desc_fetch(c, back, &d) < 0)
            cpu_fault_err(c, EXC_TS, back & 0xFFFC);
        unsigned t = desc_type(d);
        if (desc_s(d) || (t != SYS_TSS16_BUSY && t != SYS_TSS32_BUSY))
            cpu_fault_err(c, EXC_TS, back & 0xFFFC);
        if (!desc_present(d))
            cpu_fault_err(c, EXC_NP, back & 0xFFFC);
        task_switch(c, back, d, TASK_IRET, 0, 0);
        return;
    }
    unsigned size = op32 ? 4 : 2;
    uint32_t eip = stack_peek(c, 0, size);
    uint16_t sel = (uint16_t)stack_peek(c, size, 2);
    uint32_t fl = stack_peek(c, 2 * size, size);
    if (op32 && (fl & F_VM) && c->cpl == 0) {
        iret_to_v86(c);
        return;
    }
    struct desc d = check_return_cs(c, sel);
    unsigned rpl = sel & 3;
    eip = mask_ip(eip, op32);
    uint32_t mask = iret_flag_mask(c, op32);
    if (rpl == c->cpl) {
        seg_load_cs_desc(c, sel, d, rpl, eip);
        sp_set(c, sp_get(c) + 3 * size);
        flags_set(c, fl, mask);
        cpu_mode_changed(c);
        return;
    }
    uint32_t new_esp = stack_peek(c, 3 * size, size);
    uint16_t ss_sel = (uint16_t)stack_peek(c, 4 * size, 2);
    struct desc ssd = check_outer_ss(c, ss_sel, rpl);
    seg_load_cs_desc(c, sel, d, rpl, eip);
    seg_cache_load(&c->seg[SEG_SS], ss_sel, ssd);
    if (c->seg[SEG_SS].attr & SEG_ATTR_DB)
        c->gpr[R_ESP] = new_esp;
    else
        *reg16p(c, R_ESP) = (uint16_t)new_esp;
    flags_set(c, fl, mask);
    cpu_mode_changed(c);
    seg_validate_outer(c);
}
