/* Handlers for the hot instruction forms, each in two versions: alone (a
 * single step, the tail of a run's budget) and threaded to the next record
 * of its trace (chain.h). specialize() (ops_fast.c) picks them per record. */
#ifndef TWIN86_FAST_H
#define TWIN86_FAST_H

#include "access.h"
#include "chain.h"

struct fast {
    insn_fn fn, exec;
};

/* Defines name_1 and name_x around the inline body `name`, and the pair
 * name_f. A macro only because it defines functions. */
#define FAST(name)                                                              \
    static void name##_1(cpu *c, const insn *i) { name(c, i); }                 \
    static void name##_x(cpu *c, const insn *i) { name(c, i); exec_next(c, i); } \
    static const struct fast name##_f = {name##_1, name##_x};

/* The same for a handler with a fast try, name_fast, that either does the
 * whole instruction on cached state or returns 0 having changed nothing:
 * then the full path runs, out of line so the try needs no stack frame. */
#define FASTMEM(name)                                                               \
    static void name##_1(cpu *c, const insn *i) { name(c, i); }                     \
    static __attribute__((noinline)) void name##_s(cpu *c, const insn *i)           \
    {                                                                               \
        name(c, i);                                                                 \
        exec_next(c, i);                                                            \
    }                                                                               \
    static void name##_x(cpu *c, const insn *i)                                     \
    {                                                                               \
        if (likely(name##_fast(c, i)))                                              \
            exec_next(c, i);                                                        \
        else                                                                        \
            name##_s(c, i);                                                         \
    }                                                                               \
    static const struct fast name##_f = {name##_1, name##_x};

/* A 32-bit push through a cached translation, or 0 with nothing changed. */
static ALWAYS_INLINE int try_push32(cpu *c, uint32_t v)
{
    uint32_t sp = (sp_get(c) - 4) & sp_mask(c);
    const struct tlb_entry *e;
    uint8_t *h;
    if (!fast_ptr(c, SEG_SS, sp, 4, 1, &h, &e))
        return 0;
    host_store(h, v, 4);
    *e->dirty = 1;
    sp_set(c, sp);
    return 1;
}
/* Near branches, calls and returns (ops_fast_branch.c); NULL if not one. */
const struct fast *pick_branch(const insn *i);
/* PUSH/POP of registers and immediates, MOVZX/MOVSX (ops_fast_stack.c). */
const struct fast *pick_stack(const insn *i);
/* Whether a generic handler may run threaded without an explicit position:
 * it neither reads nor changes EIP or the tick count, and all it may raise
 * is a fault (ops_fast.c). */
int plain_op(const insn *i);
/* The threaded form of such a handler. */
void exec_plain(cpu *c, const insn *i);

#endif
