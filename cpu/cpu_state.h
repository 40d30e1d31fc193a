/* The CPU instance: architectural registers, descriptor caches, lazy flags,
 * translation cache and run state. Internal to cpu/; other folders use the
 * functions in include/twin86/cpu.h. */
#ifndef TWIN86_CPU_STATE_H
#define TWIN86_CPU_STATE_H

#include <setjmp.h>
#include <stdint.h>
#include "fpu_state.h"
#include "twin86/cpu.h"

struct insn;

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "twin86 keeps guest registers in host byte order and needs a little-endian host"
#endif

#define likely(x) __builtin_expect(!!(x), 1)
/* For the few helpers on every instruction's path, where a call would cost
 * more than the work. */
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define unlikely(x) __builtin_expect(!!(x), 0)

enum { SEG_ES, SEG_CS, SEG_SS, SEG_DS, SEG_FS, SEG_GS, SEG_NONE = 7 };
enum { R_EAX, R_ECX, R_EDX, R_EBX, R_ESP, R_EBP, R_ESI, R_EDI, R_ZERO };

/* EFLAGS bits. */
enum {
    F_CF = 1u << 0, F_PF = 1u << 2, F_AF = 1u << 4, F_ZF = 1u << 6, F_SF = 1u << 7,
    F_TF = 1u << 8, F_IF = 1u << 9, F_DF = 1u << 10, F_OF = 1u << 11,
    F_IOPL = 3u << 12, F_NT = 1u << 14, F_RF = 1u << 16, F_VM = 1u << 17,
    F_AC = 1u << 18, F_VIF = 1u << 19, F_VIP = 1u << 20, F_ID = 1u << 21,
};
#define F_ARITH (F_CF | F_PF | F_AF | F_ZF | F_SF | F_OF)
/* Bits software can change on this model (486+ with CPUID: AC and ID). */
#define F_WRITABLE (F_ARITH | F_TF | F_IF | F_DF | F_IOPL | F_NT | F_RF | F_AC | F_ID)
#define F_FIXED1 0x2u

/* Exception vectors. */
enum {
    EXC_DE = 0, EXC_DB = 1, EXC_NMI = 2, EXC_BP = 3, EXC_OF = 4, EXC_BR = 5, EXC_UD = 6,
    EXC_NM = 7, EXC_DF = 8, EXC_TS = 10, EXC_NP = 11, EXC_SS = 12, EXC_GP = 13, EXC_PF = 14,
    EXC_MF = 16, EXC_AC = 17,
};

/* Segment descriptor cache. attr keeps the descriptor's access byte (bits 0-7)
 * and its AVL/L/D-B/G flags (bits 12-15) in the descriptor's own layout. The
 * offsets an access may touch are precomputed from type, limit and expand
 * direction: reads need [rlo, rhi], writes [wlo, whi]; an unusable segment
 * (null, or wrong type) has lo > hi so every access fails the check. */
struct segreg {
    uint32_t base;
    uint32_t limit;     /* byte-granular limit */
    uint32_t rlo, rhi, wlo, whi;
    uint16_t sel;
    uint16_t attr;
    uint32_t pad;       /* 32 bytes: indexing by segment number is a shift */
};
#define SEG_ATTR_DB 0x4000u
#define SEG_ATTR_G 0x8000u
#define SEG_ATTR_P 0x0080u
#define SEG_ATTR_S 0x0010u
#define SEG_ATTR_REALMODE_DATA 0x0093u   /* present, writable, accessed data */
static inline unsigned seg_dpl(const struct segreg *s) { return (s->attr >> 5) & 3; }

/* Lazy arithmetic flags: the last flag-setting ALU operation is recorded as
 * (op, size, operands, result) and CF/PF/AF/ZF/SF/OF are computed only when
 * read. LF_NONE means the arithmetic bits in `eflags` are current.
 * Values are kept masked to `size` bytes. INC/DEC keep the old CF in cf_in;
 * ADC/SBB keep their carry-in there. */
enum lf_op { LF_NONE, LF_ADD, LF_ADC, LF_SUB, LF_SBB, LF_LOGIC, LF_INC, LF_DEC, LF_NEG, LF_SHIFT,
             LF_ROT };
/* LF_SHIFT (shifts, multiplies): SF ZF PF from res, AF 0, CF in cf_in, OF in b.
 * LF_ROT (rotates, which change only CF and OF): SF ZF PF still from the
 * previous operation's res and size, AF in bit 4 of a, CF in cf_in, OF in b. */
struct lazy_flags {
    uint32_t res, a, b;
    uint8_t op, size, cf_in;
};

/* Translation cache entry: linear page -> host pointer. A tag of 1 never
 * matches (real tags are page aligned). addend + linear = host address. */
#define TLB_BITS 10
#define TLB_SIZE (1u << TLB_BITS)
/* tag[] is indexed by access kind: supervisor read/write, user read/write
 * (TLB_SR, TLB_SW, TLB_UR, TLB_UW); a kind whose tag does not match takes the
 * slow path, which checks permissions and sets accessed/dirty bits. */
enum { TLB_SR, TLB_SW, TLB_UR, TLB_UW };
struct tlb_entry {
    uint32_t tag[4];
    uintptr_t addend;
    uint8_t *dirty;     /* dirty-page byte for writes through this entry */
    uint8_t *code;      /* nonzero while the page holds cached code (mem_code_byte) */
    uint32_t phys;      /* physical page */
    uint8_t global;     /* survives CR3 loads (PGE) */
};

/* Reasons to leave the straight-line loop at an instruction boundary. */
enum {
    ASYNC_INTR = 1u << 0,     /* INTR asserted and IF=1 */
    ASYNC_NMI = 1u << 1,
    ASYNC_TRAP = 1u << 2,     /* EFLAGS.TF: single-step trap after next instruction */
    ASYNC_INHIBIT = 1u << 3,  /* interrupt shadow after STI / MOV SS / POP SS */
    ASYNC_STOP = 1u << 4,     /* stop requested or unsupported feature */
    ASYNC_DEBUG = 1u << 5,    /* DR7 instruction breakpoints armed, or EFLAGS.RF set */
    ASYNC_SMC = 1u << 6,      /* the running trace was written to: leave it */
    ASYNC_SLICE = 1u << 8,    /* the slice was shortened: leave the running trace */
    ASYNC_GUARD = 1u << 7,    /* a debugger instruction hook is armed (cpu_debug.c) */
};

struct cpu {
    uint32_t gpr[9];          /* EAX..EDI, then a constant zero for absent EA parts */
    uint32_t eip;
    uint32_t eflags;
    struct lazy_flags lf;
    struct segreg seg[6];
    struct segreg ldtr, tr;
    struct { uint32_t base; uint16_t limit; } gdtr, idtr;
    uint32_t cr0, cr2, cr3, cr4;
    unsigned cpl;
    unsigned tlb_user;        /* TLB_UR when CPL=3, else TLB_SR */
    uint32_t ac_mask;         /* ~0 when alignment checks are on (CR0.AM, EFLAGS.AC, CPL 3) */
    uint32_t dr[8];
    uint8_t dbg_exec;         /* DR7 enables an instruction breakpoint */
    uint8_t dbg_data;         /* DR7 enables a data breakpoint: all accesses take the slow path */
    uint32_t dbg_hits;        /* DR6 B0-B3 bits of data breakpoints hit by this instruction */
    uint64_t tsc_base;        /* TSC = cpu_clock() - tsc_base */
    uint64_t idle_ticks;      /* virtual time that passed while the CPU was halted */
    uint32_t sysenter_cs, sysenter_esp, sysenter_eip;
    struct fpu fpu;
    void (*ferr)(void *opaque, int level);   /* FERR# for the legacy IRQ13 path */
    cpu_hostapi_fn hostapi;   /* the guest-to-host escape (ops_hostapi.c) */
    void *hostapi_opaque;
    void *ferr_opaque;
    /* Debugger hooks (cpu_debug.c); each is NULL unless the debugger armed it. */
    struct cpu_debug_hooks hooks;
    uint64_t stop_at;         /* cpu_run stops when icount reaches it (0: never) */
    uint8_t dbg_saved_fast;   /* fast_paths to restore when the memory hook goes */

    /* Run state. */
    uint64_t icount, run_end;
    uint32_t insn_eip;        /* EIP of the instruction being executed */
    /* While a trace runs threaded (exec.c), the record being executed; then
     * its position stands in for insn_eip and eip, and icount + cur->idx is
     * the tick count. NULL outside (see cpu_pos_*). */
    const struct insn *cur;
    uint32_t async;
    int halted;
    int intr_line, nmi_line, nmi_pending, nmi_blocked;
    int inhibit;              /* 1: this boundary is in an interrupt shadow */
    int trap_suppress;        /* the instruction just run suppresses the TF trap */
    cpu_iack_fn iack;
    void *iack_opaque;
    enum cpu_stop stop_reason;
    char stop_detail[160];

    /* Exceptions: raised with longjmp back to the run loop. */
    jmp_buf fault_jmp;
    int exc_vector, exc_has_error, exc_depth, exc_depth_vector;
    uint32_t exc_error;

    /* Memory. */
    memory *mem;
    iobus *io;
    uint32_t a20_mask;
    uint32_t map_gen;
    int fast_paths;
    struct tlb_entry tlb[TLB_SIZE];
    struct icache *icache;    /* decoded-instruction cache for single steps (icache.h) */
    struct trace_cache *traces;   /* trace.h */
    /* Physical page of the running trace (1 when none): a store into it
     * ends the trace after the storing instruction. */
    uint32_t trace_page;
    /* Trace links (trace.h): the epoch, how many links may be followed
     * before the run loop gets control back, and the exit whose link the
     * next trace lookup fills. */
    uint32_t link_epoch;
    unsigned links_left;
    struct trace *link_from;
    unsigned link_slot;
};

/* Register file views. 8-bit register r: AL CL DL BL AH CH DH BH. */
static inline uint8_t *reg8p(cpu *c, unsigned r) { return (uint8_t *)&c->gpr[r & 3] + (r >> 2); }
static inline uint16_t *reg16p(cpu *c, unsigned r) { return (uint16_t *)&c->gpr[r]; }

/* The CPU's view of virtual time: retired ticks plus time spent halted. */
static inline uint64_t cpu_clock(const cpu *c) { return cpu_icount(c) + c->idle_ticks; }

static inline int cpu_code32(const cpu *c) { return (c->seg[SEG_CS].attr & SEG_ATTR_DB) != 0; }
static inline int cpu_stack32(const cpu *c) { return (c->seg[SEG_SS].attr & SEG_ATTR_DB) != 0; }
static inline int cpu_protected(const cpu *c) { return c->cr0 & 1; }
static inline int cpu_v86(const cpu *c) { return (c->eflags & F_VM) != 0; }
static inline int cpu_paging(const cpu *c) { return (c->cr0 & 0x80000000u) != 0; }
/* Protected mode proper: PE set and not virtual-8086. */
static inline int cpu_pmode(const cpu *c) { return (c->cr0 & 1) && !(c->eflags & F_VM); }

/* Recomputes the async mask after IF, TF, INTR or NMI changed. */
static inline void cpu_update_async(cpu *c)
{
    uint32_t a = c->async & (ASYNC_INHIBIT | ASYNC_STOP | ASYNC_SMC | ASYNC_SLICE);
    if (c->intr_line && (c->eflags & F_IF))
        a |= ASYNC_INTR;
    if (c->nmi_pending && !c->nmi_blocked)
        a |= ASYNC_NMI;
    if (c->eflags & F_TF)
        a |= ASYNC_TRAP;
    if (c->dbg_exec || c->dbg_data || (c->eflags & F_RF))
        a |= ASYNC_DEBUG;
    if (c->hooks.insn)
        a |= ASYNC_GUARD;
    c->async = a;
}

/* Exceptions (interrupt.c). cpu_fault never returns: it unwinds to the run loop,
 * which restores EIP to the faulting instruction and delivers the exception. */
_Noreturn void cpu_fault(cpu *c, int vector);
_Noreturn void cpu_fault_err(cpu *c, int vector, uint32_t error);
/* How an interrupt arose: INT n/INT3/INTO (gate DPL checked, EXT=0), an
 * external interrupt or an exception (EXT=1 in nested error codes). */
enum int_kind { INT_SOFT, INT_HW, INT_EXC, INT_SOFT3, INT_NMI };
void cpu_interrupt(cpu *c, unsigned vector, enum int_kind kind, int has_error, uint32_t error);
void cpu_stop_unsupported(cpu *c, const char *what);
int cpu_handle_fault(cpu *c);
void fpu_reset(cpu *c);
/* Recomputes what depends on CPL, CR0 and EFLAGS.VM/AC (segment.c). */
void cpu_mode_changed(cpu *c);
/* Faults with #GP(0) unless CPL is 0 (privileged instructions). */
static inline void require_cpl0(cpu *c)
{
    if (c->cpl)
        cpu_fault_err(c, EXC_GP, 0);
}

#endif
