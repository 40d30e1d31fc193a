/* The master's input journal: a growing array the slaves read with their
 * own cursors, cleared by the controller at each agreeing sync. */
#include <stdlib.h>
#include "journal.h"

dbg_journal *dbg_journal_create(void) { return calloc(1, sizeof(dbg_journal)); }

void dbg_journal_destroy(dbg_journal *j)
{
    if (j)
        free(j->e);
    free(j);
}

void dbg_journal_clear(dbg_journal *j) { j->n = 0; }
size_t dbg_journal_len(const dbg_journal *j) { return j->n; }

int journal_add(dbg_journal *j, const struct jentry *e)
{
    if (j->n == j->cap) {
        size_t cap = j->cap ? j->cap * 2 : 256;
        struct jentry *p = realloc(j->e, cap * sizeof *p);
        if (!p)
            return -1;
        j->e = p;
        j->cap = cap;
    }
    j->e[j->n++] = *e;
    return 0;
}
