/* The IA-32 interpreter as an instance: create it on a memory and an I/O bus,
 * reset it, run it for a budget of instructions. Nothing global: two CPUs with
 * two memories run side by side in one process. */
#ifndef TWIN86_CPU_H
#define TWIN86_CPU_H

#include <stdint.h>
#include "twin86/iobus.h"
#include "twin86/memory.h"

typedef struct cpu cpu;

/* Why cpu_run returned. */
enum cpu_stop {
    CPU_STOP_BUDGET = 0,   /* executed the requested number of instructions */
    CPU_STOP_HALT,         /* HLT; cpu_halted() stays true until an interrupt */
    CPU_STOP_SHUTDOWN,     /* triple fault: the CPU reset itself (logged) */
    CPU_STOP_UNSUPPORTED,  /* the guest asked for something not implemented yet */
    CPU_STOP_REQUEST,      /* cpu_request_stop() was called */
};

/* Register numbers for cpu_get_reg/cpu_set_reg. */
enum cpu_reg {
    REG_EAX, REG_ECX, REG_EDX, REG_EBX, REG_ESP, REG_EBP, REG_ESI, REG_EDI,
    REG_EIP, REG_EFLAGS,
    REG_ES, REG_CS, REG_SS, REG_DS, REG_FS, REG_GS,   /* selectors */
    REG_CR0, REG_CR2, REG_CR3, REG_CR4,
    REG_COUNT
};

/* The interrupt controller's acknowledge cycle: returns the vector to deliver. */
typedef uint8_t (*cpu_iack_fn)(void *opaque);

cpu *cpu_create(memory *mem, iobus *io);
void cpu_destroy(cpu *c);

/* Power-on/RESET state as the manuals give it: CS=F000 base FFFF0000, EIP=FFF0. */
void cpu_reset(cpu *c);

/* Runs at most `budget` instruction ticks (each iteration of a REP string
 * instruction is one tick). Returns why it stopped. */
enum cpu_stop cpu_run(cpu *c, uint64_t budget);
uint64_t cpu_icount(const cpu *c);          /* ticks retired since creation */
/* Virtual time that passed while the CPU was halted (the machine skipped
 * ahead to the next timer): the time-stamp counter keeps counting. */
void cpu_idle_ticks(cpu *c, uint64_t ticks);

/* Ends the running slice after at most `ticks` more (a device armed an
 * earlier timer); safe from a device callback during cpu_run. */
void cpu_shorten_run(cpu *c, uint64_t ticks);

/* Interrupt pins. INTR is level-triggered; when it is delivered the CPU calls
 * the acknowledge callback to get the vector. */
void cpu_set_iack(cpu *c, cpu_iack_fn fn, void *opaque);
/* FERR#: with CR0.NE=0 an unmasked x87 exception raises this line (wired to
 * IRQ13 by the platform) instead of #MF. */
void cpu_set_ferr(cpu *c, void (*fn)(void *opaque, int level), void *opaque);
void cpu_set_intr(cpu *c, int level);
void cpu_set_nmi(cpu *c, int level);

int cpu_halted(const cpu *c);
int cpu_interrupts_enabled(const cpu *c);   /* EFLAGS.IF */
void cpu_request_stop(cpu *c);              /* safe from a device callback */
const char *cpu_stop_detail(const cpu *c);  /* human text for the last stop */

uint32_t cpu_get_reg(cpu *c, enum cpu_reg r);
/* Setting a segment register gives it its real-mode meaning (base = sel << 4).
 * Setting EIP takes a halted CPU out of the halt state. */
void cpu_set_reg(cpu *c, enum cpu_reg r, uint32_t v);

/* Side-effect-free linear-to-physical translation through the current
 * paging state (and A20). Returns 0 and sets *phys, or -1 when unmapped. */
int cpu_translate(cpu *c, uint32_t linear, uint32_t *phys);

/* The hostapi escape: UD1 in its displacement-only memory form with reg=7
 * ([seg] 0F B9 3E disp16, or [seg] 67 0F B9 3D disp32) calls fn with the
 * linear address of seg:disp after the usual limit check; the instruction
 * then completes with no register or flag changed. fn returns 0 when it
 * served the request, or -1 for "not a hostapi call" (unknown service...),
 * which raises #UD. Without fn (the default) every UD1 raises #UD. */
typedef int (*cpu_hostapi_fn)(void *opaque, cpu *c, uint32_t linear);
void cpu_set_hostapi(cpu *c, cpu_hostapi_fn fn, void *opaque);

/* Run-time switch for every fast path (decoded-instruction cache, translation
 * cache, repeat speed-ups): the reference CPU of `-cosim ref` turns them off. */
void cpu_set_fast_paths(cpu *c, int on);

/* ---- Debugger and cosimulation access (cpu_debug.c) ---- */

/* A segment register with its descriptor cache. attr: the descriptor's access
 * byte (bits 0-7) and AVL/L/D-B/G (bits 12-15). */
struct cpu_seg_state {
    uint32_t base, limit;   /* limit is byte-granular */
    uint16_t sel, attr;
};

/* Everything architectural, for get/set and comparison. EFLAGS is complete
 * (lazy flags resolved). halted/inhibit/nmi_blocked are the run state a
 * replay needs to continue exactly where the CPU was. */
struct cpu_state {
    uint32_t gpr[8];        /* EAX ECX EDX EBX ESP EBP ESI EDI */
    uint32_t eip, eflags;
    struct cpu_seg_state seg[6];   /* ES CS SS DS FS GS */
    struct cpu_seg_state ldtr, tr;
    uint32_t gdtr_base, idtr_base;
    uint16_t gdtr_limit, idtr_limit;
    uint32_t cr0, cr2, cr3, cr4;
    uint32_t dr[8];
    uint64_t tsc;
    uint32_t sysenter_cs, sysenter_esp, sysenter_eip;
    struct {
        uint64_t mant[8];   /* physical registers R0..R7 */
        uint16_t se[8];
        uint16_t cw, sw, tw, fop, fcs, fds;
        uint32_t fip, fdp;
    } fpu;
    uint32_t halted, inhibit, nmi_blocked;
    uint64_t icount;
};
void cpu_get_state(cpu *c, struct cpu_state *s);
/* Loads every field (icount too) and recomputes what derives from them. */
void cpu_set_state(cpu *c, const struct cpu_state *s);

/* Hooks a debugger arms on one CPU. Unset ones cost nothing; `insn` moves the
 * CPU to its guarded loop; `mem` turns the translation caches off while set. */
enum cpu_int_kind { CPU_INT_SOFT, CPU_INT_EXTERNAL, CPU_INT_EXCEPTION, CPU_INT_NMI };
struct cpu_debug_hooks {
    void *opaque;
    /* At every instruction boundary (and REP iteration), before it runs.
     * Nonzero stops cpu_run with CPU_STOP_REQUEST before the instruction. */
    int (*insn)(void *opaque, cpu *c);
    /* Guest memory accesses by linear address (fetch: instruction bytes). */
    void (*mem)(void *opaque, cpu *c, uint32_t lin, unsigned size, int write, int fetch);
    /* Port I/O: replaces the bus access. Returns the value read (for IN). */
    uint32_t (*io)(void *opaque, cpu *c, uint16_t port, unsigned size, int write, uint32_t value);
    /* An interrupt or exception starts delivery; icount is the tick count
     * before it (an external one is delivered as the next tick). */
    void (*intr)(void *opaque, cpu *c, unsigned vector, enum cpu_int_kind kind);
};
/* Replaces the hooks (copied); NULL removes them all. */
void cpu_set_debug_hooks(cpu *c, const struct cpu_debug_hooks *h);
/* cpu_run returns CPU_STOP_REQUEST once the tick count reaches `icount`,
 * without per-instruction work; UINT64_MAX disarms. */
void cpu_set_stop_at(cpu *c, uint64_t icount);
/* Segment base, D/B bit and CPU mode for the debugger's addressing. */
int cpu_code32_now(const cpu *c);
/* Memory and bus the CPU was created on. */
memory *cpu_memory(const cpu *c);
iobus *cpu_iobus(const cpu *c);

#endif
