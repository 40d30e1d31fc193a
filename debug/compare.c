/* Comparing two simulators field by field and page by page, and the
 * snapshots the first-divergence search restarts from. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "ctl.h"

#define F(n, m) {n, offsetof(struct cpu_state, m), sizeof(((struct cpu_state *)0)->m)}
#define SEGF(n, i) F(n, seg[i].sel), F(n ".base", seg[i].base), F(n ".limit", seg[i].limit), \
    F(n ".attr", seg[i].attr)
static const struct state_field fields[] = {
    F("eax", gpr[0]), F("ecx", gpr[1]), F("edx", gpr[2]), F("ebx", gpr[3]),
    F("esp", gpr[4]), F("ebp", gpr[5]), F("esi", gpr[6]), F("edi", gpr[7]),
    F("eip", eip), F("eflags", eflags),
    SEGF("es", 0), SEGF("cs", 1), SEGF("ss", 2), SEGF("ds", 3), SEGF("fs", 4), SEGF("gs", 5),
    F("ldtr", ldtr.sel), F("ldtr.base", ldtr.base), F("ldtr.limit", ldtr.limit),
    F("tr", tr.sel), F("tr.base", tr.base), F("tr.limit", tr.limit), F("tr.attr", tr.attr),
    F("gdtr.base", gdtr_base), F("gdtr.limit", gdtr_limit),
    F("idtr.base", idtr_base), F("idtr.limit", idtr_limit),
    F("cr0", cr0), F("cr2", cr2), F("cr3", cr3), F("cr4", cr4),
    F("dr0", dr[0]), F("dr1", dr[1]), F("dr2", dr[2]), F("dr3", dr[3]),
    F("dr6", dr[6]), F("dr7", dr[7]), F("tsc", tsc),
    F("sysenter_cs", sysenter_cs), F("sysenter_esp", sysenter_esp), F("sysenter_eip", sysenter_eip),
    F("st0.mant", fpu.mant[0]), F("st1.mant", fpu.mant[1]), F("st2.mant", fpu.mant[2]),
    F("st3.mant", fpu.mant[3]), F("st4.mant", fpu.mant[4]), F("st5.mant", fpu.mant[5]),
    F("st6.mant", fpu.mant[6]), F("st7.mant", fpu.mant[7]),
    F("st0.se", fpu.se[0]), F("st1.se", fpu.se[1]), F("st2.se", fpu.se[2]), F("st3.se", fpu.se[3]),
    F("st4.se", fpu.se[4]), F("st5.se", fpu.se[5]), F("st6.se", fpu.se[6]), F("st7.se", fpu.se[7]),
    F("fcw", fpu.cw), F("fsw", fpu.sw), F("ftw", fpu.tw), F("fop", fpu.fop),
    F("fcs", fpu.fcs), F("fip", fpu.fip), F("fds", fpu.fds), F("fdp", fpu.fdp),
    F("halted", halted), F("inhibit", inhibit), F("nmi_blocked", nmi_blocked),
    F("icount", icount),
};

const struct state_field *state_fields(unsigned *n)
{
    *n = sizeof fields / sizeof fields[0];
    return fields;
}

uint64_t state_field_get(const struct cpu_state *s, const struct state_field *f)
{
    const uint8_t *p = (const uint8_t *)s + f->off;
    uint64_t v = 0;
    memcpy(&v, p, f->size);   /* little-endian host (cpu_state.h insists) */
    return v;
}

static void add_byte(struct diff *df, uint32_t addr, uint8_t a, uint8_t b)
{
    if (df->nbytes < DIFF_MAX_BYTES) {
        df->addr[df->nbytes] = addr;
        df->a[df->nbytes] = a;
        df->b[df->nbytes] = b;
        df->nbytes++;
    } else {
        df->more_bytes = 1;
    }
}

void diff_sims(dbg_sim *x, dbg_sim *y, int all, struct diff *df)
{
    memset(df, 0, sizeof *df);
    struct cpu_state a, b;
    x->cb->get_cpu(x->self, &a);
    y->cb->get_cpu(y->self, &b);
    unsigned n;
    const struct state_field *f = state_fields(&n);
    for (unsigned i = 0; i < n; i++)
        if (state_field_get(&a, &f[i]) != state_field_get(&b, &f[i])) {
            df->reg[i] = 1;
            df->nregs++;
        }
    size_t px, py;
    const uint8_t *dx = x->cb->dirty_page_tbl(x->self, &px), *dy = y->cb->dirty_page_tbl(y->self, &py);
    size_t pages = px < py ? px : py;
    static const size_t PG = 4096;
    uint8_t *ba = malloc(2 * PG);
    if (!ba)
        return;
    for (size_t p = 0; p < pages; p++) {
        if (!all && !dx[p] && !dy[p])
            continue;
        x->cb->getphymem(x->self, (uint32_t)(p * PG), PG, ba);
        y->cb->getphymem(y->self, (uint32_t)(p * PG), PG, ba + PG);
        if (memcmp(ba, ba + PG, PG) == 0)
            continue;
        for (size_t i = 0; i < PG; i++)
            if (ba[i] != ba[PG + i])
                add_byte(df, (uint32_t)(p * PG + i), ba[i], ba[PG + i]);
    }
    free(ba);
}

int diff_empty(const struct diff *df) { return df->nregs == 0 && df->nbytes == 0; }

void diff_print(FILE *out, const struct diff *df, const struct cpu_state *a,
                const struct cpu_state *b, const char *an, const char *bn, char *buf, size_t bufsz)
{
    unsigned n;
    const struct state_field *f = state_fields(&n);
    size_t used = buf ? strlen(buf) : 0;
    char line[160];
    for (unsigned i = 0; i < n + df->nbytes; i++) {
        if (i < n && !df->reg[i])
            continue;
        if (i < n)
            snprintf(line, sizeof line, "  %-12s %s=%llX %s=%llX\n", f[i].name, an,
                     (unsigned long long)state_field_get(a, &f[i]), bn,
                     (unsigned long long)state_field_get(b, &f[i]));
        else
            snprintf(line, sizeof line, "  mem %08X    %s=%02X %s=%02X\n", df->addr[i - n], an,
                     df->a[i - n], bn, df->b[i - n]);
        fputs(line, out);
        if (buf && used + strlen(line) < bufsz) {
            strcpy(buf + used, line);
            used += strlen(line);
        }
    }
    if (df->more_bytes)
        fprintf(out, "  (more memory differences)\n");
}

int snap_take(struct snap *s, dbg_sim *sim)
{
    size_t pages;
    uint8_t *dirty = sim->cb->dirty_page_tbl(sim->self, &pages);
    if (!s->ram) {
        if (!(s->ram = malloc(pages * 4096)))
            return -1;
        s->pages = pages;
        sim->cb->getphymem(sim->self, 0, (unsigned)(pages * 4096), s->ram);
    } else {
        for (size_t p = 0; p < pages && p < s->pages; p++)
            if (dirty[p])
                sim->cb->getphymem(sim->self, (uint32_t)(p * 4096), 4096, s->ram + p * 4096);
    }
    memset(dirty, 0, pages);
    sim->cb->get_cpu(sim->self, &s->st);
    s->a20 = sim->cb->get_A20(sim->self);
    return 0;
}

/* Brings a replay copy back to the snapshot: only pages it dirtied change. */
void snap_restore(const struct snap *s, dbg_sim *sim)
{
    size_t pages;
    uint8_t *dirty = sim->cb->dirty_page_tbl(sim->self, &pages);
    for (size_t p = 0; p < pages && p < s->pages; p++)
        if (dirty[p])
            sim->cb->setphymem(sim->self, (uint32_t)(p * 4096), 4096, s->ram + p * 4096);
    memset(dirty, 0, pages);
    sim->cb->set_A20(sim->self, s->a20);
    sim->cb->set_cpu(sim->self, &s->st);
}

void snap_free(struct snap *s)
{
    free(s->ram);
    s->ram = NULL;
}
