/* The master's input journal (internal layout; API in twin86/debug.h). */
#ifndef TWIN86_DEBUG_JOURNAL_H
#define TWIN86_DEBUG_JOURNAL_H

#include "twin86/debug.h"

enum jkind { J_IN, J_OUT, J_INTR };
struct jentry {
    uint64_t icount;
    uint32_t value;
    uint16_t port;
    uint8_t kind, size;
    int8_t a20;          /* A20 after the access: 0/1, or -1 unchanged */
};
struct dbg_journal {
    struct jentry *e;
    size_t n, cap;
};
int journal_add(dbg_journal *j, const struct jentry *e);

#endif
