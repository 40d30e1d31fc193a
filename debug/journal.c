/* The master's input journal: a growing array the slaves read with their
 * own cursors, and a byte store for DMA payloads; cleared by the controller
 * at each checkpoint. */
#include <stdlib.h>
#include <string.h>
#include "journal.h"

dbg_journal *dbg_journal_create(void) { return calloc(1, sizeof(dbg_journal)); }

void dbg_journal_destroy(dbg_journal *j)
{
    if (j) {
        free(j->e);
        free(j->bytes);
    }
    free(j);
}

void dbg_journal_clear(dbg_journal *j)
{
    j->n = 0;
    j->nbytes = 0;
    j->oom = 0;
}

size_t dbg_journal_len(const dbg_journal *j) { return j->n; }

/* A bound on one journal (a run between two syncs that never ends): past
 * it entries are lost and the journal says so (oom), which the controller
 * reports as a divergence rather than let the host run out of memory. */
#define JOURNAL_MAX_ENTRIES (1u << 24)
#define JOURNAL_MAX_BYTES (1u << 30)

int journal_add(dbg_journal *j, const struct jentry *e)
{
    if (j->n >= JOURNAL_MAX_ENTRIES) {
        j->oom = 1;
        return -1;
    }
    if (j->n == j->cap) {
        size_t cap = j->cap ? j->cap * 2 : 256;
        struct jentry *p = realloc(j->e, cap * sizeof *p);
        if (!p) {
            j->oom = 1;
            return -1;
        }
        j->e = p;
        j->cap = cap;
    }
    j->e[j->n++] = *e;
    return 0;
}

int journal_add_bytes(dbg_journal *j, const struct jentry *e, const void *buf, size_t len)
{
    if (j->nbytes + len > JOURNAL_MAX_BYTES) {
        j->oom = 1;
        return -1;
    }
    if (j->nbytes + len > j->capbytes) {
        size_t cap = j->capbytes ? j->capbytes : 65536;
        while (cap < j->nbytes + len)
            cap *= 2;
        uint8_t *p = realloc(j->bytes, cap);
        if (!p) {
            j->oom = 1;
            return -1;
        }
        j->bytes = p;
        j->capbytes = cap;
    }
    struct jentry x = *e;
    x.data = j->nbytes;
    x.nbytes = (uint32_t)len;
    if (journal_add(j, &x) < 0)
        return -1;
    memcpy(j->bytes + j->nbytes, buf, len);
    j->nbytes += len;
    return 0;
}
