/* CPU instances: creation, reset state, pins, and register access for the
 * machine, tests and (later) the debugger. */
#include <stdlib.h>
#include <string.h>
#include "access.h"
#include "chain.h"
#include "insn.h"
#include "flags.h"
#include "icache.h"
#include "trace.h"
#include "model.h"
#include "paging.h"
#include "segment.h"

cpu *cpu_create(memory *mem, iobus *io)
{
    cpu *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->icache = calloc(1, sizeof *c->icache);
    c->traces = calloc(1, sizeof *c->traces);
    if (c) {
        c->trace_page = 1;
        c->link_epoch = 1;   /* links with epoch 0 are empty */
    }
    if (!c->icache || !c->traces) {
        free(c->icache);
        free(c->traces);
        free(c);
        return NULL;
    }
    c->mem = mem;
    c->io = io;
    c->fast_paths = 1;
    cpu_reset(c);
    return c;
}

void cpu_destroy(cpu *c)
{
    if (!c)
        return;
    free(c->icache);
    free(c->traces);
    free(c);
}

static void seg_reset(struct segreg *s, uint16_t sel, uint32_t base)
{
    s->sel = sel;
    s->base = base;
    s->limit = 0xFFFF;
    s->attr = SEG_ATTR_REALMODE_DATA;
    seg_set_ranges(s, 1);
}

/* Power-on state (Intel SDM vol. 3, "Processor State after Reset"). */
void cpu_reset(cpu *c)
{
    memset(c->gpr, 0, sizeof c->gpr);
    c->gpr[R_EDX] = MODEL_SIGNATURE;
    c->eflags = F_FIXED1;
    c->lf.op = LF_NONE;
    for (int s = 0; s < 6; s++)
        seg_reset(&c->seg[s], 0, 0);
    seg_reset(&c->seg[SEG_CS], 0xF000, 0xFFFF0000u);
    c->seg[SEG_CS].attr = 0x009B;   /* present, readable, accessed code */
    seg_reset(&c->ldtr, 0, 0);
    c->ldtr.attr = 0x0082;
    seg_reset(&c->tr, 0, 0);
    c->tr.attr = 0x008B;
    c->gdtr.base = c->idtr.base = 0;
    c->gdtr.limit = c->idtr.limit = 0xFFFF;
    c->eip = 0xFFF0;
    c->cr0 = 0x60000010u;
    c->cr2 = c->cr3 = c->cr4 = 0;
    memset(c->dr, 0, sizeof c->dr);
    c->dr[6] = 0xFFFF0FF0u;
    c->dr[7] = 0x00000400u;
    c->tsc_base = cpu_clock(c);
    c->sysenter_cs = c->sysenter_esp = c->sysenter_eip = 0;
    c->cpl = 0;
    fpu_reset(c);
    c->halted = 0;
    c->inhibit = 0;
    c->nmi_pending = c->nmi_blocked = 0;
    c->exc_depth = 0;
    c->async = 0;
    cpu_mode_changed(c);
    cpu_update_async(c);
    tlb_flush(c);
}

uint64_t cpu_icount(const cpu *c) { return cpu_pos_icount(c); }

void cpu_idle_ticks(cpu *c, uint64_t ticks) { c->idle_ticks += ticks; }

void cpu_shorten_run(cpu *c, uint64_t ticks)
{
    uint64_t now = cpu_pos_icount(c);
    uint64_t end = ticks > UINT64_MAX - now ? UINT64_MAX : now + ticks;
    if (end < c->run_end) {
        c->run_end = end;
        c->async |= ASYNC_SLICE;   /* a running trace checked the old end */
    }
}

void cpu_set_iack(cpu *c, cpu_iack_fn fn, void *opaque)
{
    c->iack = fn;
    c->iack_opaque = opaque;
}

void cpu_set_ferr(cpu *c, void (*fn)(void *opaque, int level), void *opaque)
{
    c->ferr = fn;
    c->ferr_opaque = opaque;
}

void cpu_set_hostapi(cpu *c, cpu_hostapi_fn fn, void *opaque)
{
    c->hostapi = fn;
    c->hostapi_opaque = opaque;
}

int cpu_translate(cpu *c, uint32_t linear, uint32_t *phys) { return page_lookup(c, linear, phys); }

void cpu_set_intr(cpu *c, int level)
{
    c->intr_line = level != 0;
    cpu_update_async(c);
}

/* NMI is edge-triggered: a rising edge makes it pending. */
void cpu_set_nmi(cpu *c, int level)
{
    if (level && !c->nmi_line)
        c->nmi_pending = 1;
    c->nmi_line = level != 0;
    cpu_update_async(c);
}

int cpu_halted(const cpu *c) { return c->halted; }
int cpu_interrupts_enabled(const cpu *c) { return (c->eflags & F_IF) != 0; }

void cpu_request_stop(cpu *c)
{
    c->stop_reason = CPU_STOP_REQUEST;
    c->async |= ASYNC_STOP;
}

const char *cpu_stop_detail(const cpu *c) { return c->stop_detail; }

void cpu_set_fast_paths(cpu *c, int on)
{
    c->fast_paths = on != 0;
    tlb_flush(c);
}

uint32_t cpu_get_reg(cpu *c, enum cpu_reg r)
{
    switch (r) {
    case REG_EAX: case REG_ECX: case REG_EDX: case REG_EBX:
    case REG_ESP: case REG_EBP: case REG_ESI: case REG_EDI: return c->gpr[r - REG_EAX];
    case REG_EIP: return cpu_pos_eip(c);
    case REG_EFLAGS: return flags_get(c);
    case REG_ES: case REG_CS: case REG_SS: case REG_DS: case REG_FS: case REG_GS:
        return c->seg[r - REG_ES].sel;
    case REG_CR0: return c->cr0;
    case REG_CR2: return c->cr2;
    case REG_CR3: return c->cr3;
    case REG_CR4: return c->cr4;
    default: return 0;
    }
}

void cpu_set_reg(cpu *c, enum cpu_reg r, uint32_t v)
{
    links_stale(c);   /* a new CS or EIP from outside */
    switch (r) {
    case REG_EAX: case REG_ECX: case REG_EDX: case REG_EBX:
    case REG_ESP: case REG_EBP: case REG_ESI: case REG_EDI: c->gpr[r - REG_EAX] = v; break;
    case REG_EIP: c->eip = v; c->halted = 0; break;   /* a new EIP resumes a halted CPU */
    case REG_EFLAGS: flags_set(c, v, F_WRITABLE | F_VM | F_VIF | F_VIP); break;
    case REG_ES: case REG_CS: case REG_SS: case REG_DS: case REG_FS: case REG_GS: {
        seg_load_real(c, r - REG_ES, (uint16_t)v);   /* real-mode meaning */
        break;
    }
    case REG_CR0:
        c->cr0 = v;
        for (unsigned s = 0; s < 6; s++)
            seg_set_ranges(&c->seg[s], !(v & 1));
        cpu_mode_changed(c);
        tlb_flush(c);
        break;
    case REG_CR2: c->cr2 = v; break;
    case REG_CR3: c->cr3 = v; tlb_flush(c); break;
    case REG_CR4: c->cr4 = v; tlb_flush(c); break;
    default: break;
    }
}
