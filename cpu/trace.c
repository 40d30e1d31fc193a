/* Trace building and lookup (see trace.h). */
#include <string.h>
#include "chain.h"
#include "trace.h"

static void build(struct trace *t, const uint8_t *p, uint32_t in_page, uint32_t limit_left,
                  int code32, uint32_t eip)
{
    uint32_t mask = code32 ? 0xFFFFFFFFu : 0xFFFFu;
    uint32_t end = in_page < limit_left ? in_page : limit_left;
    uint32_t pos = 0;
    unsigned n = 0;
    while (n < TRACE_MAX_INSNS && pos < TRACE_MAX_BYTES && pos < end) {
        uint32_t avail = end - pos;
        insn *i = &t->ins[n];
        int len = decode(i, p + pos, avail > 15 ? 15 : (int)avail, code32);
        if (len <= 0)
            break;
        i->eip = (eip + pos) & mask;
        pos += (uint32_t)len;
        i->next_eip = (eip + pos) & mask;
        i->idx = (uint8_t)n;
        if (t->ins[n++].flags & I_END)
            break;
    }
    insn *stop = &t->ins[n];
    memset(stop, 0, sizeof *stop);
    stop->exec = exec_trace_end;
    stop->eip = stop->next_eip = (eip + pos) & mask;
    stop->idx = (uint8_t)n;
    memset(t->link, 0, sizeof t->link);
    t->n = (uint8_t)n;
    t->eip = eip;
    t->nbytes = (uint16_t)pos;
    memcpy(t->bytes, p, pos);
    t->key = n ? ((uintptr_t)p << 1 | (uintptr_t)code32) : 0;
}

/* memcmp for short runs without the call: 8 bytes at a time, the tail
 * masked. Reads stay inside the trace's own bytes in the page (the last
 * word is read ending at the last byte). */
static inline int same_bytes(const uint8_t *a, const uint8_t *b, unsigned n)
{
    uint64_t x, y;
    unsigned k = 0;
    for (; k + 8 <= n; k += 8) {
        memcpy(&x, a + k, 8);
        memcpy(&y, b + k, 8);
        if (x != y)
            return 0;
    }
    if (k == n)
        return 1;
    if (n >= 8) {
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    for (; k < n; k++)
        if (a[k] != b[k])
            return 0;
    return 1;
}

const struct trace *trace_refresh(struct trace_cache *tc, memory *mem, const uint8_t *p,
                                  uint32_t in_page, uint32_t limit_left, int code32, uint32_t eip)
{
    struct trace *t = trace_slot(tc, p);
    if (t->key == ((uintptr_t)p << 1 | (uintptr_t)code32) && t->eip == eip &&
        t->nbytes <= limit_left && same_bytes(t->bytes, p, t->nbytes)) {
        t->genp = mem_code_mark(mem, p);
        t->gen = *t->genp;
        return t;
    }
    const uint32_t *genp = mem_code_mark(mem, p);
    if (!genp)
        return NULL;   /* not RAM or ROM: no caching */
    build(t, p, in_page, limit_left, code32, eip);
    t->serial = ++tc->serial;
    t->genp = genp;
    t->gen = *genp;
    return t->n ? t : NULL;
}
