/* Traces: runs of decoded instructions from one host page, looked up by the
 * host address of their first byte, the code size and the EIP, and executed
 * threaded (chain.h). A trace is valid while its page's write generation
 * (mem_code_mark) is the one it saw; when the generation moved on, the copy
 * of its bytes it keeps decides (data written next to code need not cost a
 * decode). A store into the page of the running trace ends it after the
 * storing instruction (access.c). */
#ifndef TWIN86_TRACE_H
#define TWIN86_TRACE_H

#include <stddef.h>
#include "insn.h"

#define TRACE_MAX_INSNS 32
#define TRACE_MAX_BYTES 128
#define TRACE_SLOTS 8192

/* A cached answer to "which trace runs next" at one exit of a trace: valid
 * while the CPU's link epoch (bumped by everything that can change what an
 * EIP maps to: translation flushes, CS loads, interrupts, faults) is the one
 * it was made in, and while the trace it names is still that trace. */
struct trace_link {
    const struct trace *to;
    uint32_t serial;             /* the build of `to` it names */
    uint32_t eip, epoch, phys;   /* epoch 0: empty (CPU epochs start at 1) */
};
/* Slot 0: falling off the end; then one per branch, by its position. */
enum { LINK_END, LINK_BRANCHES = 4, LINK_SLOTS = 1 + LINK_BRANCHES };
static inline unsigned link_slot_of(const insn *i) { return 1u + (i->idx & (LINK_BRANCHES - 1)); }

struct trace {
    uintptr_t key;               /* host address << 1 | code32; 0 = empty */
    uint32_t eip;                /* EIP of the first instruction */
    uint32_t serial;             /* which build this is (trace_link) */
    const uint32_t *genp;        /* the page's write generation ... */
    uint32_t gen;                /* ... when the bytes were last known good */
    struct trace_link link[LINK_SLOTS];
    uint16_t nbytes;
    uint8_t n;
    insn ins[TRACE_MAX_INSNS + 1];   /* the records, then the end record */
    uint8_t bytes[TRACE_MAX_BYTES + 16];
};

struct trace_cache {
    struct trace slot[TRACE_SLOTS];
    uint32_t serial;             /* builds so far */
};

/* The trace a record belongs to. */
static inline struct trace *trace_of(const insn *i)
{
    return (struct trace *)((uintptr_t)(i - i->idx) - offsetof(struct trace, ins));
}

static inline struct trace *trace_slot(struct trace_cache *tc, const uint8_t *p)
{
    uintptr_t a = (uintptr_t)p;
    return &tc->slot[(a ^ (a >> 11)) & (TRACE_SLOTS - 1)];
}

/* The slow half of trace_get: revalidates by the bytes, or decodes. */
const struct trace *trace_refresh(struct trace_cache *tc, memory *mem, const uint8_t *p,
                                  uint32_t in_page, uint32_t limit_left, int code32, uint32_t eip);

/* The trace starting at host address p and at `eip` (in_page bytes to the
 * end of the host page, limit_left bytes to the end of the CS limit): cached
 * while valid, else decoded now. NULL if not even one instruction decodes
 * there or the page cannot hold cached code (the caller then takes the
 * precise single-step path). */
static inline const struct trace *trace_get(struct trace_cache *tc, memory *mem, const uint8_t *p,
                                            uint32_t in_page, uint32_t limit_left, int code32,
                                            uint32_t eip)
{
    const struct trace *t = trace_slot(tc, p);
    if (likely(t->key == ((uintptr_t)p << 1 | (uintptr_t)code32) && t->eip == eip &&
               t->nbytes <= limit_left && *t->genp == t->gen))
        return t;
    return trace_refresh(tc, mem, p, in_page, limit_left, code32, eip);
}

#endif
