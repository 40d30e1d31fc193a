/* Traces: runs of decoded instructions from one host page, looked up by the
 * host address of their first byte and the code size, and executed back to
 * back. A trace keeps a copy of its bytes and is used only while memory
 * still holds them, so no write path needs to know about traces; a store
 * into the trace that is running ends it after the storing instruction
 * (see the trace range check in access.h). */
#ifndef TWIN86_TRACE_H
#define TWIN86_TRACE_H

#include "insn.h"

#define TRACE_MAX_INSNS 32
#define TRACE_MAX_BYTES 128
#define TRACE_SLOTS 2048

struct trace {
    uintptr_t key;               /* host address << 1 | code32; 0 = empty */
    uint32_t eip;                /* EIP of the first instruction */
    uint16_t nbytes;
    uint8_t n;
    insn ins[TRACE_MAX_INSNS + 1];   /* the records, then the end record */
    uint8_t bytes[TRACE_MAX_BYTES + 16];
};

struct trace_cache {
    struct trace slot[TRACE_SLOTS];
};

/* The trace starting at host address p and at `eip` (in_page bytes to the
 * end of the host page, limit_left bytes to the end of the CS limit): cached
 * if its bytes are unchanged, else decoded now. NULL if not even one
 * instruction decodes there (the caller then takes the precise single-step
 * path). The records know their EIPs, so a trace is for one EIP. */
const struct trace *trace_get(struct trace_cache *tc, const uint8_t *p, uint32_t in_page,
                              uint32_t limit_left, int code32, uint32_t eip);

#endif
