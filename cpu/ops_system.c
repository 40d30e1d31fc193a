/* System instructions usable in real mode: CPUID, RDTSC, RDMSR/WRMSR, MOV to
 * and from control and debug registers, LGDT/LIDT/SGDT/SIDT, SMSW/LMSW, CLTS,
 * INVD/WBINVD/INVLPG, and the protected-mode-only ones that are #UD here. */
#include <string.h>
#include "flags.h"
#include "debugreg.h"
#include "model.h"
#include "ops.h"
#include "operand.h"
#include "segment.h"

static void cpuid_string(const char *s, uint32_t *out, unsigned words)
{
    char buf[48] = {0};
    strncpy(buf, s, sizeof buf);
    for (unsigned w = 0; w < words; w++)
        memcpy(&out[w], buf + 4 * w, 4);
}

/* 0F A2 */
void op_cpuid(cpu *c, const insn *i)
{
    (void)i;
    uint32_t leaf = c->gpr[R_EAX], r[4] = {0, 0, 0, 0};   /* EAX EBX ECX EDX */
    if (leaf >= 0x80000000u && leaf <= 0x80000004u) {
        if (leaf == 0x80000000u) {
            r[0] = 0x80000004u;
        } else if (leaf >= 0x80000002u) {
            uint32_t brand[12];
            cpuid_string(MODEL_BRAND, brand, 12);
            memcpy(r, brand + 4 * (leaf - 0x80000002u), 16);
        }
    } else if (leaf == 0) {
        uint32_t v[3];
        cpuid_string(MODEL_VENDOR, v, 3);
        r[0] = 1;
        r[1] = v[0];
        r[3] = v[1];
        r[2] = v[2];
    } else {
        /* Leaf 1, and (as on Intel CPUs) any leaf past the last one. */
        r[0] = MODEL_SIGNATURE;
        r[3] = MODEL_FEATURES_EDX;
    }
    c->gpr[R_EAX] = r[0];
    c->gpr[R_EBX] = r[1];
    c->gpr[R_ECX] = r[2];
    c->gpr[R_EDX] = r[3];
}

static uint64_t tsc(const cpu *c) { return cpu_clock(c) - c->tsc_base; }

/* 0F 31. The time-stamp counter counts virtual-time ticks. */
void op_rdtsc(cpu *c, const insn *i)
{
    (void)i;
    if ((c->cr4 & CR4_TSD) && c->cpl)
        cpu_fault_err(c, EXC_GP, 0);
    uint64_t t = tsc(c);
    c->gpr[R_EAX] = (uint32_t)t;
    c->gpr[R_EDX] = (uint32_t)(t >> 32);
}

/* 0F 33: RDPMC. No events are counted: counters 0 and 1 read as zero. */
void op_rdpmc(cpu *c, const insn *i)
{
    (void)i;
    if ((c->cpl && !(c->cr4 & CR4_PCE)) || c->gpr[R_ECX] > 1)
        cpu_fault_err(c, EXC_GP, 0);
    c->gpr[R_EAX] = c->gpr[R_EDX] = 0;
}

/* 0F 32 / 0F 30: the model's MSRs are the TSC and the SYSENTER registers. */
void op_rdmsr(cpu *c, const insn *i)
{
    (void)i;
    require_cpl0(c);
    uint64_t v;
    switch (c->gpr[R_ECX]) {
    case MSR_TSC: v = tsc(c); break;
    case MSR_SYSENTER_CS: v = c->sysenter_cs; break;
    case MSR_SYSENTER_ESP: v = c->sysenter_esp; break;
    case MSR_SYSENTER_EIP: v = c->sysenter_eip; break;
    default: cpu_fault_err(c, EXC_GP, 0);
    }
    c->gpr[R_EAX] = (uint32_t)v;
    c->gpr[R_EDX] = (uint32_t)(v >> 32);
}

void op_wrmsr(cpu *c, const insn *i)
{
    (void)i;
    require_cpl0(c);
    uint64_t v = ((uint64_t)c->gpr[R_EDX] << 32) | c->gpr[R_EAX];
    switch (c->gpr[R_ECX]) {
    case MSR_TSC: c->tsc_base = cpu_clock(c) - v; break;
    case MSR_SYSENTER_CS: c->sysenter_cs = (uint32_t)v & 0xFFFF; break;
    case MSR_SYSENTER_ESP: c->sysenter_esp = (uint32_t)v; break;
    case MSR_SYSENTER_EIP: c->sysenter_eip = (uint32_t)v; break;
    default: cpu_fault_err(c, EXC_GP, 0);
    }
}

/* Writes CR0 with the checks the manuals give. ET is hardwired to 1. A
 * change of PE re-derives the segment access ranges and CPL; a change of
 * PE, PG or WP invalidates cached translations. */
static void write_cr0(cpu *c, uint32_t v)
{
    const uint32_t PE = 1, WP = 1u << 16, PG = 1u << 31, NW = 1u << 29, CD = 1u << 30;
    if ((v & PG) && !(v & PE))
        cpu_fault_err(c, EXC_GP, 0);
    if ((v & NW) && !(v & CD))
        cpu_fault_err(c, EXC_GP, 0);
    uint32_t old = c->cr0;
    c->cr0 = (v & 0xE005003Fu) | 0x10u;
    if ((old ^ c->cr0) & PE)
        for (unsigned s = 0; s < 6; s++)
            seg_set_ranges(&c->seg[s], !(c->cr0 & PE));
    if ((old ^ c->cr0) & (PE | PG | WP))
        tlb_flush(c);
    cpu_mode_changed(c);
}

/* 0F 20 / 0F 22 */
void op_mov_cr(cpu *c, const insn *i)
{
    int to_cr = i->op == 0x122;
    require_cpl0(c);
    uint32_t *cr;
    switch (i->reg) {
    case 0: cr = &c->cr0; break;
    case 2: cr = &c->cr2; break;
    case 3: cr = &c->cr3; break;
    case 4: cr = &c->cr4; break;
    default: cpu_fault(c, EXC_UD);
    }
    if (!to_cr) {
        c->gpr[i->rm] = *cr;
        return;
    }
    uint32_t v = c->gpr[i->rm];
    if (i->reg == 0) {
        write_cr0(c, v);
    } else if (i->reg == 4) {
        if (v & ~MODEL_CR4_MASK)
            cpu_fault_err(c, EXC_GP, 0);
        uint32_t old = c->cr4;
        c->cr4 = v;
        if ((old ^ v) & (CR4_PSE | CR4_PGE))
            tlb_flush(c);
    } else {
        *cr = v;
        if (i->reg == 3)
            tlb_flush_nonglobal(c);
    }
}

/* 0F 21 / 0F 23. DR4/DR5 alias DR6/DR7 (CR4.DE is not offered). */
void op_mov_dr(cpu *c, const insn *i)
{
    unsigned n = i->reg;
    require_cpl0(c);
    if (n == 4 || n == 5)
        n += 2;
    if (i->op == 0x121) {
        c->gpr[i->rm] = c->dr[n];
        return;
    }
    uint32_t v = c->gpr[i->rm];
    if (n == 6)
        v = (v & 0x0000E00Fu) | 0xFFFF0FF0u;
    else if (n == 7)
        v = (v & 0xFFFF2BFFu) | 0x400u;
    c->dr[n] = v;
    dbg_update(c);
}

/* 0F 01 /0 /1: SGDT, SIDT store limit and the full 32-bit base. */
void op_sgdt_sidt(cpu *c, const insn *i)
{
    uint32_t off = ea(c, i);
    uint32_t base = i->reg == 0 ? c->gdtr.base : c->idtr.base;
    uint16_t limit = i->reg == 0 ? c->gdtr.limit : c->idtr.limit;
    wr16(c, i->seg, off, limit);
    wr32(c, i->seg, (off + 2) & amask(i), base);
}

/* 0F 01 /2 /3: LGDT, LIDT. A 16-bit operand size loads a 24-bit base. */
void op_lgdt_lidt(cpu *c, const insn *i)
{
    require_cpl0(c);
    uint32_t off = ea(c, i);
    uint16_t limit = rd16(c, i->seg, off);
    uint32_t base = rd32(c, i->seg, (off + 2) & amask(i));
    if (!(i->flags & I_OP32))
        base &= 0x00FFFFFFu;
    if (i->reg == 2) {
        c->gdtr.base = base;
        c->gdtr.limit = limit;
    } else {
        c->idtr.base = base;
        c->idtr.limit = limit;
    }
}

/* 0F 01 /4: SMSW. A register destination receives all of CR0. */
void op_smsw(cpu *c, const insn *i)
{
    if (i->mod == 3)
        reg_set(c, i->rm, c->cr0, osize(i));
    else
        wr16(c, i->seg, ea(c, i), (uint16_t)c->cr0);
}

/* 0F 01 /6: LMSW loads PE MP EM TS; it cannot clear PE. */
void op_lmsw(cpu *c, const insn *i)
{
    require_cpl0(c);
    uint32_t v = e_get(c, i, 2) & 0xF;
    write_cr0(c, (c->cr0 & ~0xEu) | v | (c->cr0 & 1));
}

/* 0F 01 /7 */
void op_invlpg(cpu *c, const insn *i)
{
    require_cpl0(c);
    tlb_flush_page(c, c->seg[i->seg].base + ea(c, i));
}

/* 0F 06 */
void op_clts(cpu *c, const insn *i)
{
    (void)i;
    require_cpl0(c);
    c->cr0 &= ~8u;
}

/* 0F 08 INVD, 0F 09 WBINVD: no caches are modelled. */
void op_cache(cpu *c, const insn *i)
{
    (void)i;
    require_cpl0(c);
}

