/* Comparing two simulators field by field and page by page: the CPU state,
 * and RAM pages straight from the simulators' memory where they lend it. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "ctl.h"

#define PG 4096u

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

void sim_ram_written(dbg_sim *s, uint32_t addr, size_t len)
{
    if (s->cb->ram_written)
        s->cb->ram_written(s->self, addr, len);
}

uint8_t *sim_ram(dbg_sim *s, size_t *bytes)
{
    *bytes = 0;
    return s->cb->ram ? s->cb->ram(s->self, bytes) : NULL;
}

void diff_state(const struct cpu_state *a, const struct cpu_state *b, struct diff *df)
{
    memset(df, 0, sizeof *df);
    if (memcmp(a, b, sizeof *a) == 0)
        return;
    unsigned n;
    const struct state_field *f = state_fields(&n);
    for (unsigned i = 0; i < n; i++)
        if (state_field_get(a, &f[i]) != state_field_get(b, &f[i])) {
            df->reg[i] = 1;
            df->nregs++;
        }
}

void diff_cpu(dbg_sim *x, dbg_sim *y, struct diff *df)
{
    struct cpu_state a, b;
    memset(&a, 0, sizeof a);   /* padding compares equal */
    memset(&b, 0, sizeof b);
    x->cb->get_cpu(x->self, &a);
    y->cb->get_cpu(y->self, &b);
    diff_state(&a, &b, df);
}

static void add_bytes(struct diff *df, uint32_t addr, const uint8_t *a, const uint8_t *b, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        if (a[i] != b[i])
            add_byte(df, addr + i, a[i], b[i]);
}

/* Page p of y against x's bytes of it (xp: the page's first byte). */
void diff_bytes(const uint8_t *xp, dbg_sim *y, size_t p, enum diff_ad ad, struct diff *df)
{
    size_t ny;
    uint8_t *ry = sim_ram(y, &ny), by[PG];
    size_t off = p * PG;
    int own_y = ry && off + PG <= ny;   /* ry is y's RAM itself */
    if (own_y)
        ry += off;
    else {
        y->cb->getphymem(y->self, (uint32_t)off, PG, by);
        ry = by;
    }
    if (memcmp(xp, ry, PG) == 0)
        return;
    for (size_t i = 0; i < PG; i += 4) {
        uint32_t a, b;
        memcpy(&a, xp + i, 4);
        memcpy(&b, ry + i, 4);
        if (a == b)
            continue;
        if (ad != DIFF_AD_STRICT && ((a ^ b) & ~0x60u) == 0 && (a & b & 1)) {
            df->ad_bits++;
            if (ad == DIFF_AD_TAKE && own_y) {
                memcpy(ry + i, xp + i, 4);
                sim_ram_written(y, (uint32_t)(off + i), 4);
            }
            else if (ad == DIFF_AD_TAKE)
                y->cb->setphymem(y->self, (uint32_t)(off + i), 4, xp + i);
            continue;
        }
        add_bytes(df, (uint32_t)(off + i), xp + i, ry + i, 4);
    }
}

/* Straight from both RAMs when the simulators lend them, else copied. */
void diff_page(dbg_sim *x, dbg_sim *y, size_t p, enum diff_ad ad, struct diff *df)
{
    size_t nx;
    const uint8_t *rx = sim_ram(x, &nx);
    uint8_t bx[PG];
    if (rx && (p + 1) * PG <= nx)
        rx += p * PG;
    else {
        x->cb->getphymem(x->self, (uint32_t)(p * PG), PG, bx);
        rx = bx;
    }
    diff_bytes(rx, y, p, ad, df);
}

static inline uint64_t load8(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* Dirty tables are mostly zero: skip them 64 bytes at a time. */
size_t dirty_next(const uint8_t *a, const uint8_t *b, size_t pages, size_t p)
{
    while (p < pages) {
        if ((p & 63) == 0 && p + 64 <= pages) {
            uint64_t acc = 0;
            for (size_t k = 0; k < 64; k += 8)
                acc |= load8(a + p + k) | load8(b + p + k);
            if (!acc) {
                p += 64;
                continue;
            }
        }
        if (a[p] | b[p])
            return p;
        p++;
    }
    return pages;
}

void diff_sims(dbg_sim *x, dbg_sim *y, int all, enum diff_ad ad, struct diff *df)
{
    diff_cpu(x, y, df);
    size_t px, py;
    const uint8_t *dx = x->cb->dirty_page_tbl(x->self, &px), *dy = y->cb->dirty_page_tbl(y->self, &py);
    size_t pages = px < py ? px : py;
    for (size_t p = 0; p < pages; p++)
        if (all || dx[p] || dy[p])
            diff_page(x, y, p, ad, df);
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

