/* Debug-register breakpoint matching (see debugreg.h). */
#include "access.h"
#include "debugreg.h"

static unsigned bp_enabled(const cpu *c, unsigned n) { return (c->dr[7] >> (2 * n)) & 3; }
static unsigned bp_rw(const cpu *c, unsigned n) { return (c->dr[7] >> (16 + 4 * n)) & 3; }
static unsigned bp_len(const cpu *c, unsigned n)
{
    static const unsigned len[4] = {1, 2, 8, 4};
    return len[(c->dr[7] >> (18 + 4 * n)) & 3];
}

void dbg_update(cpu *c)
{
    int exec = 0, data = 0;
    for (unsigned n = 0; n < 4; n++) {
        if (!bp_enabled(c, n))
            continue;
        if (bp_rw(c, n) == 0)
            exec = 1;
        else if (bp_rw(c, n) != 2)
            data = 1;
    }
    int was = c->dbg_data;
    c->dbg_exec = (uint8_t)exec;
    c->dbg_data = (uint8_t)data;
    if (was != data)
        tlb_flush(c);
    cpu_update_async(c);
}

uint32_t dbg_match_exec(const cpu *c, uint32_t lin)
{
    uint32_t hits = 0;
    for (unsigned n = 0; n < 4; n++)
        if (bp_enabled(c, n) && bp_rw(c, n) == 0 && c->dr[n] == lin)
            hits |= 1u << n;
    return hits;
}

void dbg_check_data(cpu *c, uint32_t lin, unsigned size, int write)
{
    for (unsigned n = 0; n < 4; n++) {
        unsigned rw = bp_rw(c, n);
        if (!bp_enabled(c, n) || rw == 0 || rw == 2 || (rw == 1 && !write))
            continue;
        unsigned len = bp_len(c, n);
        uint32_t start = c->dr[n] & ~(len - 1);
        if (lin <= start + len - 1 && start <= lin + size - 1)
            c->dbg_hits |= 1u << n;
    }
}
