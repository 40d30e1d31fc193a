/* info tab: every present mapping of the current two-level page tables
 * (4 KiB pages, and 4 MiB pages with CR4.PSE), linear -> physical with the
 * effective rights (R/W and U/S of both levels; G with CR4.PGE), runs of
 * pages that continue each other in both spaces with equal rights joined
 * into one line. The tables are read through the callback table, so the
 * walk sets no accessed bits. */
#include "cmds.h"
#include <stdlib.h>

#define TAB_MAX_LINES 4096

enum { PG_P = 1, PG_W = 2, PG_U = 4, PG_PS = 0x80, PG_G = 0x100 };

struct run {
    int open;
    uint32_t lin, phys; /* first page */
    uint64_t len;
    unsigned attr;
    unsigned lines, dropped;
};

static void flush(dbg_ctl *d, struct run *r) {
    if (!r->open)
        return;
    r->open = 0;
    if (r->lines++ >= TAB_MAX_LINES) {
        r->dropped++;
        return;
    }
    fprintf(d->out, "%08X-%08X -> %08X-%08X %s %s%s\n", (unsigned)r->lin,
            (unsigned)(r->lin + r->len - 1), (unsigned)r->phys, (unsigned)(r->phys + r->len - 1),
            r->attr & PG_W ? "rw" : "ro", r->attr & PG_U ? "user" : "super",
            r->attr & PG_G ? " global" : "");
}

static void add(dbg_ctl *d, struct run *r, uint32_t lin, uint32_t phys, uint32_t len,
                unsigned attr) {
    if (r->open && r->attr == attr && r->lin + r->len == lin && r->phys + r->len == phys) {
        r->len += len;
        return;
    }
    flush(d, r);
    *r = (struct run){1, lin, phys, len, attr, r->lines, r->dropped};
}

static int read_table(dbg_sim *s, uint32_t phys, uint32_t *t) {
    uint8_t b[4096];
    if (s->cb->getphymem(s->self, phys & ~0xFFFu, sizeof b, b) < 0)
        return -1;
    for (int i = 0; i < 1024; i++)
        t[i] = b[4 * i] | b[4 * i + 1] << 8 | b[4 * i + 2] << 16 | (uint32_t)b[4 * i + 3] << 24;
    return 0;
}

void cmd_info_tab(dbg_ctl *d) {
    dbg_sim *s = cmd_sim(d);
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    if (!(st.cr0 & 0x80000000u)) {
        fprintf(d->out, "paging off (CR0.PG=0): linear addresses are physical\n");
        return;
    }
    uint32_t *pd = malloc(2 * 4096), *pt = pd + 1024;
    if (!pd || read_table(s, st.cr3, pd) < 0) {
        fprintf(d->out, "info tab: cannot read the page directory at %08X\n", (unsigned)st.cr3);
        free(pd);
        return;
    }
    int pse = (st.cr4 & 0x10) != 0, pge = (st.cr4 & 0x80) != 0;
    struct run r = {0};
    fprintf(d->out, "cr3=%08X%s\n", (unsigned)st.cr3, pse ? " (4 MiB pages enabled)" : "");
    for (uint32_t i = 0; i < 1024; i++) {
        uint32_t pde = pd[i];
        if (!(pde & PG_P)) {
            flush(d, &r);
            continue;
        }
        if (pse && (pde & PG_PS)) {
            unsigned attr = (pde & (PG_W | PG_U)) | (pge ? pde & PG_G : 0);
            add(d, &r, i << 22, pde & 0xFFC00000u, 1u << 22, attr);
            continue;
        }
        if (read_table(s, pde, pt) < 0) {
            flush(d, &r);
            continue;
        }
        for (uint32_t j = 0; j < 1024; j++) {
            uint32_t pte = pt[j];
            if (!(pte & PG_P)) {
                flush(d, &r);
                continue;
            }
            unsigned attr = (pde & pte & (PG_W | PG_U)) | (pge ? pte & PG_G : 0);
            add(d, &r, i << 22 | j << 12, pte & ~0xFFFu, 4096, attr);
        }
    }
    flush(d, &r);
    if (r.dropped)
        fprintf(d->out, "(%u more ranges not shown)\n", r.dropped);
    free(pd);
}
