/* Pieces shared by far calls, interrupts and returns that move between
 * privilege levels: the inner stack from the TSS, and pushes onto a stack
 * that is not loaded yet (so nothing changes until every write succeeded). */
#ifndef TWIN86_STACK_SWITCH_H
#define TWIN86_STACK_SWITCH_H

#include "segment.h"

/* A stack being built: its cache, pointer and the privilege of the writes. */
struct new_stack {
    struct segreg ss;
    uint32_t esp;
    unsigned cpl;
};

/* Reads SS:ESP for privilege `dpl` from the current TSS and checks the stack
 * segment as the manuals require (#TS with the selector, #SS if not present).
 * `ext` is the EXT bit for error codes. */
void tss_inner_stack(cpu *c, unsigned dpl, uint32_t ext, struct new_stack *ns);

/* The current stack as a new_stack (same-privilege transfers). */
void current_stack(cpu *c, struct new_stack *ns);

/* Pushes onto a new_stack, with limit checks (#SS(0)). */
void ns_push(cpu *c, struct new_stack *ns, uint32_t v, unsigned size);

/* Makes a new_stack the current SS:ESP. */
void ns_commit(cpu *c, const struct new_stack *ns);

/* Checks a stack selector met on a return to an outer level. */
struct desc check_outer_ss(cpu *c, uint16_t ss_sel, unsigned rpl);

#endif
