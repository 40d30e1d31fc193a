/* Threaded execution inside a trace: a handler's last act is a jump to the
 * next record's handler, so a trace runs without a central loop and each
 * handler's indirect jump is predicted on its own. While it runs, c->cur
 * is the position (insn.h, cpu_pos_*): no per-instruction stores of EIP or
 * the tick count. A record whose operation may branch, fault in its own
 * way or read the position runs through exec_generic, which makes the
 * position explicit around it. */
#ifndef TWIN86_CHAIN_H
#define TWIN86_CHAIN_H

#include "insn.h"

/* Leaves the trace after record i completed (async work is pending). */
void exec_leave(cpu *c, const insn *i);
/* The end record of every trace: the position becomes explicit. */
void exec_trace_end(cpu *c, const insn *i);
/* The operation of a generic record with the position explicit, then on to
 * the next record if it neither branched nor raised async work. */
void exec_generic(cpu *c, const insn *i);

/* After a trace exit with the position explicit: on to the next trace
 * through the exit's link when it is valid, else back to the run loop,
 * which fills the link. `slot` is a LINK_* of the trace of record i. */
void exec_link(cpu *c, const insn *i, unsigned slot);
/* What an EIP maps to may have changed: links made before are stale. */
static inline void links_stale(cpu *c)
{
    if (++c->link_epoch == 0)   /* 0 marks empty links */
        c->link_epoch = 1;
}

/* On from record i (completed) to the next one. */
static ALWAYS_INLINE void exec_next(cpu *c, const insn *i)
{
    if (unlikely(c->async)) {
        exec_leave(c, i);
        return;
    }
    const insn *n = i + 1;
    c->cur = n;
    n->exec(c, n);
}

#endif
