/* The twin86 simulator instance behind its callback table (internal). */
#ifndef TWIN86_DEBUG_SIM_TWIN86_H
#define TWIN86_DEBUG_SIM_TWIN86_H

#include <stdio.h>
#include "journal.h"

struct t86 {
    dbg_sim base;
    cpu *c;
    memory *mem;
    iobus *io;
    int owns;                    /* created mem/io/cpu itself */
    const uint8_t *rom;
    size_t rom_len;
    dbg_platform_run run;
    void *run_opaque;
    /* While executing: the guard and where to record what was found. */
    const struct dbg_guard *g;
    struct dbg_guard_found *f;
    unsigned mode;               /* last seen PE | VM<<1 | PG<<2 */
    /* Cosimulation. */
    enum dbg_role role;
    dbg_journal *j;
    size_t io_cursor, int_cursor;
    int vector_pending;
    uint8_t vector;
    int replay_error;
    /* hostapi calls: printed when traced, a guard when DBG_GUARD_HOSTAPI. */
    int hostapi_trace;
    FILE *trace_out;
    /* Instrumentation. */
    int instr_on;
    uint64_t op_count[512];      /* one-byte opcodes, then 0F xx */
    uint64_t vec_count[256];
    uint64_t instr_insns;
};

#endif
