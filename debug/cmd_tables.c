/* info gdt|idt|ldt|tss: descriptor tables from the cached GDTR, IDTR and
 * LDTR, each entry raw (high dword, low dword) and decoded; the real-mode
 * IVT as CS:IP pairs. Empty (all-zero) entries are left out, and at most
 * TABLE_MAX entries are listed. */
#include "cmds.h"
#include <string.h>

#define TABLE_MAX 256

static const char *const system_type[16] = {
    NULL, "tss16", "ldt", "tss16 busy", "call-gate16", "task-gate", "int-gate16", "trap-gate16",
    NULL, "tss32", NULL,  "tss32 busy", "call-gate32", NULL,        "int-gate32", "trap-gate32",
};

/* The decoded form of one descriptor (Intel SDM vol. 3, 3.4.5 and 6.11). */
static void decode_desc(uint32_t lo, uint32_t hi, char *out, size_t n) {
    unsigned type = (hi >> 8) & 15, s = (hi >> 12) & 1, dpl = (hi >> 13) & 3, p = (hi >> 15) & 1;
    uint32_t base = (lo >> 16) | (hi & 0xFF) << 16 | (hi & 0xFF000000u);
    uint32_t limit = (lo & 0xFFFF) | (hi & 0xF0000);
    if (hi & (1u << 23))
        limit = limit << 12 | 0xFFF;
    const char *np = p ? "" : " not-present";
    if (s) {
        int code = type & 8, bits = hi & (1u << 22) ? 32 : 16;
        const char *rights = code ? (type & 2 ? "er" : "eo") : (type & 2 ? "rw" : "ro");
        const char *more = type & 4 ? (code ? " conforming" : " expand-down") : "";
        snprintf(out, n, "%s%d %s%s base=%08X limit=%08X dpl=%u%s", code ? "code" : "data", bits,
                 rights, more, (unsigned)base, (unsigned)limit, dpl, np);
    } else if (!system_type[type]) {
        snprintf(out, n, "reserved system type %X", type);
    } else if (type == 5) {
        snprintf(out, n, "%s %04X dpl=%u%s", system_type[type], (unsigned)(lo >> 16), dpl, np);
    } else if (type >= 4 && type != 9 && type != 11) {
        uint32_t off = (lo & 0xFFFF) | (type & 8 ? hi & 0xFFFF0000u : 0);
        snprintf(out, n, "%s %04X:%08X dpl=%u%s", system_type[type], (unsigned)(lo >> 16),
                 (unsigned)off, dpl, np);
    } else {
        snprintf(out, n, "%s base=%08X limit=%08X dpl=%u%s", system_type[type], (unsigned)base,
                 (unsigned)limit, dpl, np);
    }
}

static void list(dbg_ctl *d, const char *name, uint32_t base, uint32_t limit, unsigned esz) {
    dbg_sim *s = cmd_sim(d);
    uint32_t entries = (uint32_t)(((uint64_t)limit + 1) / esz), shown = 0, more = 0;
    for (uint32_t k = 0; k < entries && k < 8192; k++) {
        uint8_t b[8] = {0};
        if (cmd_read_lin(s, base + k * esz, b, esz) < esz) {
            fprintf(d->out, "%s[%02X] (not mapped)\n", name, (unsigned)k);
            return;
        }
        uint32_t lo = b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24;
        uint32_t hi = b[4] | b[5] << 8 | b[6] << 16 | (uint32_t)b[7] << 24;
        if (!lo && !hi)
            continue; /* empty slots (the null descriptor, unused vectors) */
        if (shown == TABLE_MAX) {
            more++;
            continue;
        }
        shown++;
        if (esz == 4) {
            fprintf(d->out, "%s[%02X] %04X:%04X\n", name, (unsigned)k, (unsigned)(lo >> 16),
                    (unsigned)(lo & 0xFFFF));
            continue;
        }
        char text[96];
        decode_desc(lo, hi, text, sizeof text);
        fprintf(d->out, "%s[%02X] %08X %08X  %s\n", name, (unsigned)k, (unsigned)hi, (unsigned)lo,
                text);
    }
    if (more)
        fprintf(d->out, "(%u more entries not shown)\n", (unsigned)more);
    else if (!shown)
        fprintf(d->out, "%s: all %u entries empty\n", name, (unsigned)entries);
}

int cmd_info_table(dbg_ctl *d, const char *which) {
    struct cpu_state s;
    cmd_sim(d)->cb->get_cpu(cmd_sim(d)->self, &s);
    int real = !(s.cr0 & 1);
    if (!strcmp(which, "tss")) {
        fprintf(d->out, "tr=0x%04X base=0x%08X limit=0x%08X\n", s.tr.sel, (unsigned)s.tr.base,
                (unsigned)s.tr.limit);
    } else if (!strcmp(which, "gdt")) {
        list(d, "GDT", s.gdtr_base, s.gdtr_limit, 8);
    } else if (!strcmp(which, "idt")) {
        list(d, real ? "IVT" : "IDT", s.idtr_base, s.idtr_limit, real ? 4 : 8);
    } else if (!strcmp(which, "ldt")) {
        if (real || !(s.ldtr.sel & ~3u))
            fprintf(d->out, "no LDT (LDTR selector %04X)\n", s.ldtr.sel);
        else
            list(d, "LDT", s.ldtr.base, s.ldtr.limit, 8);
    } else {
        return -1;
    }
    return 0;
}
