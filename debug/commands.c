/* The Bochs-style command set. Inspection and run commands address the
 * current simulator (`sim1`/`sim2` switch, or prefix one command); in
 * lockstep a run moves both. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "cmds.h"

static dbg_sim *S(dbg_ctl *d) { return cmd_sim(d); }

static void update_guard_for(struct dbg_guard *g)
{
    unsigned keep = g->guard_for & ~(DBG_GUARD_IADDR_VIR | DBG_GUARD_IADDR_LIN |
                                     DBG_GUARD_IADDR_PHY | DBG_GUARD_WATCH | DBG_GUARD_IO);
    if (g->nvir) keep |= DBG_GUARD_IADDR_VIR;
    if (g->nlin) keep |= DBG_GUARD_IADDR_LIN;
    if (g->nphy) keep |= DBG_GUARD_IADDR_PHY;
    if (g->nwatch) keep |= DBG_GUARD_WATCH;
    if (g->nio) keep |= DBG_GUARD_IO;
    g->guard_for = keep;
}

/* Breakpoints are numbered across kinds: vir, lin, phy, watch, io. */
static uint8_t *bp_enabled(struct dbg_guard *g, unsigned n)
{
    if (n < g->nvir) return &g->vir[n].enabled;
    n -= g->nvir;
    if (n < g->nlin) return &g->lin[n].enabled;
    n -= g->nlin;
    if (n < g->nphy) return &g->phy[n].enabled;
    n -= g->nphy;
    if (n < g->nwatch) return &g->watch[n].enabled;
    n -= g->nwatch;
    if (n < g->nio) return &g->io[n].enabled;
    return NULL;
}

static void info_break(dbg_ctl *d)
{
    struct dbg_guard *g = &d->guard;
    unsigned n = 0;
    fprintf(d->out, "Num Type     Enb Address\n");
    for (unsigned i = 0; i < g->nvir; i++)
        fprintf(d->out, "%3u vbreak   %c   %04X:%08X\n", n++, g->vir[i].enabled ? 'y' : 'n',
                g->vir[i].cs, (unsigned)g->vir[i].addr);
    for (unsigned i = 0; i < g->nlin; i++)
        fprintf(d->out, "%3u lbreak   %c   %08X\n", n++, g->lin[i].enabled ? 'y' : 'n', (unsigned)g->lin[i].addr);
    for (unsigned i = 0; i < g->nphy; i++)
        fprintf(d->out, "%3u pbreak   %c   %08X\n", n++, g->phy[i].enabled ? 'y' : 'n', (unsigned)g->phy[i].addr);
    for (unsigned i = 0; i < g->nwatch; i++)
        fprintf(d->out, "%3u watch %s%s %c   %s %08X-%08X\n", n++, g->watch[i].rw & DBG_WATCH_READ ? "r" : "",
                g->watch[i].rw & DBG_WATCH_WRITE ? "w" : "", g->watch[i].enabled ? 'y' : 'n',
                g->watch[i].phys ? "phys" : "lin", (unsigned)g->watch[i].lo, (unsigned)g->watch[i].hi);
    for (unsigned i = 0; i < g->nio; i++)
        fprintf(d->out, "%3u iowatch  %c   %04X-%04X\n", n++, g->io[i].enabled ? 'y' : 'n', g->io[i].lo, g->io[i].hi);
}

static void delete_bp(struct dbg_guard *g, unsigned n)
{
#define DROP(arr, cnt) do { if (n < g->cnt) { memmove(&g->arr[n], &g->arr[n + 1], (g->cnt - n - 1) * sizeof g->arr[0]); g->cnt--; return; } n -= g->cnt; } while (0)
    DROP(vir, nvir);
    DROP(lin, nlin);
    DROP(phy, nphy);
    DROP(watch, nwatch);
    DROP(io, nio);
#undef DROP
}

static void show_regs(dbg_ctl *d)
{
    struct cpu_state s;
    S(d)->cb->get_cpu(S(d)->self, &s);
    static const char *n[8] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    for (int i = 0; i < 8; i++)
        fprintf(d->out, "%s: 0x%08X%s", n[i], (unsigned)s.gpr[i], i % 4 == 3 ? "\n" : "  ");
    fprintf(d->out, "eip: 0x%08X  eflags: 0x%08X  icount: %llu\n", (unsigned)s.eip,
            (unsigned)s.eflags, (unsigned long long)s.icount);
}

static void show_sregs(dbg_ctl *d)
{
    struct cpu_state s;
    S(d)->cb->get_cpu(S(d)->self, &s);
    static const char *n[6] = {"es", "cs", "ss", "ds", "fs", "gs"};
    for (int i = 0; i < 6; i++)
        fprintf(d->out, "%s: 0x%04X base=0x%08X limit=0x%08X attr=0x%04X\n", n[i], s.seg[i].sel,
                (unsigned)s.seg[i].base, (unsigned)s.seg[i].limit, s.seg[i].attr);
    fprintf(d->out, "ldtr: 0x%04X base=0x%08X limit=0x%08X\ntr: 0x%04X base=0x%08X limit=0x%08X\n",
            s.ldtr.sel, (unsigned)s.ldtr.base, (unsigned)s.ldtr.limit, s.tr.sel,
            (unsigned)s.tr.base, (unsigned)s.tr.limit);
    fprintf(d->out, "gdtr: base=0x%08X limit=0x%04X\nidtr: base=0x%08X limit=0x%04X\n",
            (unsigned)s.gdtr_base, s.gdtr_limit, (unsigned)s.idtr_base, s.idtr_limit);
}

/* x /nuf addr: n units of u (b h w g) in f (x d u c). */
static void examine(dbg_ctl *d, const char *fmt, const char *addr_s, int phys)
{
    unsigned n = 1, unit = 4;
    char f = 'x';
    const char *p = fmt;
    if (p && *p == '/') {
        p++;
        n = (unsigned)strtoul(p, (char **)&p, 10);
        if (!n)
            n = 1;
        for (; *p; p++) {
            if (*p == 'b') unit = 1;
            else if (*p == 'h') unit = 2;
            else if (*p == 'w') unit = 4;
            else if (*p == 'g') unit = 8;
            else f = *p;
        }
    } else {
        addr_s = fmt;
    }
    uint32_t a;
    if (cmd_parse_num(addr_s, &a) < 0) {
        fprintf(d->out, "x: bad address\n");
        return;
    }
    for (unsigned i = 0; i < n; i++) {
        uint32_t lin = a + i * unit, pa = lin;
        uint8_t b[8] = {0};
        if (!phys && S(d)->cb->xlate_linear2phy(S(d)->self, lin, &pa) < 0) {
            fprintf(d->out, "%08X: (not mapped)\n", (unsigned)lin);
            return;
        }
        S(d)->cb->getphymem(S(d)->self, pa, unit, b);
        uint64_t v = 0;
        memcpy(&v, b, unit);
        if (i % (16 / unit) == 0)
            fprintf(d->out, "%s0x%08X:", i ? "\n" : "", (unsigned)lin);
        if (f == 'd') fprintf(d->out, " %lld", (long long)v);
        else if (f == 'u') fprintf(d->out, " %llu", (unsigned long long)v);
        else if (f == 'c') fprintf(d->out, " %c", isprint((int)b[0]) ? b[0] : '.');
        else fprintf(d->out, " 0x%0*llX", (int)unit * 2, (unsigned long long)v);
    }
    fprintf(d->out, "\n");
}

static void unassemble(dbg_ctl *d, unsigned n, int have_addr, uint32_t lin)
{
    struct cpu_state s;
    S(d)->cb->get_cpu(S(d)->self, &s);
    if (!have_addr)
        lin = s.seg[1].base + s.eip;
    int code32 = (s.seg[1].attr & 0x4000) != 0 && !(s.eflags & 0x20000);
    for (unsigned i = 0; i < n; i++) {
        uint8_t b[16];
        char text[128];
        unsigned got = cmd_read_lin(S(d), lin, b, 15);
        if (!got) {
            fprintf(d->out, "%08X: (not mapped)\n", (unsigned)lin);
            return;
        }
        int len = dbg_disasm(b, got, lin - s.seg[1].base, code32, text, sizeof text);
        fprintf(d->out, "%08X: ", (unsigned)lin);
        for (int k = 0; k < (len ? len : 1); k++)
            fprintf(d->out, "%02X", b[k]);
        fprintf(d->out, "  %s\n", text);
        lin += len ? (uint32_t)len : 1;
    }
}

static void page_walk(dbg_ctl *d, uint32_t lin)
{
    uint32_t pa;
    if (S(d)->cb->xlate_linear2phy(S(d)->self, lin, &pa) < 0)
        fprintf(d->out, "linear %08X: not mapped\n", (unsigned)lin);
    else
        fprintf(d->out, "linear %08X -> physical %08X\n", (unsigned)lin, (unsigned)pa);
}

static int set_reg(dbg_ctl *d, const char *name, const char *val)
{
    uint32_t v;
    if (*name == '$')
        name++;
    if (cmd_parse_num(val, &v) < 0)
        return -1;
    for (unsigned r = 0; r < REG_COUNT; r++)
        if (!strcmp(name, cmd_reg_names[r]))
            return S(d)->cb->set_reg(S(d)->self, (enum cpu_reg)r, v);
    return -1;
}

static void step(dbg_ctl *d, uint64_t n)
{
    if (cmd_run(d, n, NULL) != RUN_DIVERGED)
        cmd_show_next(d);
}

static const char help_text[] =
    "c                     continue (both simulators in lockstep under -cosim)\n"
    "s [n]                 step n instructions\n"
    "p | n                 step over a CALL, INT n/INT3/INTO or REP string instruction\n"
    "vb CS:EIP | lb LIN | pb PHYS   instruction breakpoints\n"
    "watch r|w [phys] ADDR [LEN]    read/write watchpoint (linear unless phys)\n"
    "iowatch PORT [LAST]   break on port I/O\n"
    "vector N | mode       break on an interrupt/exception vector | a CPU mode change\n"
    "hostapi break | hostapi trace on|off   stop at / log hostapi calls (with -hostapi)\n"
    "info break | d N | bpe N | bpd N\n"
    "r | sreg | creg | dreg | fp\n"
    "x /nuf LIN | xp /nuf PHYS   examine memory (u: b h w g, f: x d u c)\n"
    "setpmem PHYS SIZE VAL | set $reg = VAL | u [/n] [LIN] | page LIN\n"
    "info gdt|idt|ldt|tss|tab | print-stack [n] | ptime\n"
    "trace on|off          print every instruction executed (c, s, p)\n"
    "instrument start|stop|reset|print | loader PATH [PHYS]\n"
    "sim1 | sim2 [CMD]     address a simulator\n"
    "compare | diverge | sync N|guards | lockstep on|off   cosimulation\n"
    "help | q\n";

static int command(dbg_ctl *d, char **w, int n)
{
    const char *c = w[0];
    uint32_t a = 0, b = 0;
    struct dbg_guard *g = &d->guard;
    if (!strcmp(c, "q") || !strcmp(c, "quit") || !strcmp(c, "exit"))
        return 1;
    if (!strcmp(c, "c") || !strcmp(c, "cont")) {
        cmd_run(d, UINT64_MAX, NULL);
    } else if (!strcmp(c, "s") || !strcmp(c, "step")) {
        step(d, n > 1 && cmd_parse_num(w[1], &a) == 0 ? a : 1);
    } else if (!strcmp(c, "p") || !strcmp(c, "n") || !strcmp(c, "next")) {
        cmd_step_over(d);
    } else if (!strcmp(c, "vb") && n > 1 && g->nvir < DBG_MAX_BP) {
        char *colon = strchr(w[1], ':');
        if (!colon) { fprintf(d->out, "vb CS:EIP\n"); return 0; }
        *colon = '\0';
        if (cmd_parse_num(w[1], &a) < 0 || cmd_parse_num(colon + 1, &b) < 0) { fprintf(d->out, "vb: bad address\n"); return 0; }
        g->vir[g->nvir++] = (struct dbg_bp){(uint16_t)a, b, 1};
    } else if ((!strcmp(c, "lb") || !strcmp(c, "pb")) && n > 1 && cmd_parse_num(w[1], &a) == 0) {
        if (c[0] == 'l' && g->nlin < DBG_MAX_BP) g->lin[g->nlin++] = (struct dbg_bp){0, a, 1};
        if (c[0] == 'p' && g->nphy < DBG_MAX_BP) g->phy[g->nphy++] = (struct dbg_bp){0, a, 1};
    } else if (!strcmp(c, "watch") && n > 2 && g->nwatch < DBG_MAX_WATCH) {
        int k = 2, phys = 0;
        if (!strcmp(w[k], "phys")) { phys = 1; k++; }
        uint32_t len = 1;
        if (k >= n || cmd_parse_num(w[k], &a) < 0 || (k + 1 < n && cmd_parse_num(w[k + 1], &len) < 0) || !len) {
            fprintf(d->out, "watch r|w [phys] ADDR [LEN]\n");
            return 0;
        }
        g->watch[g->nwatch++] = (struct dbg_watch){a, a + len - 1, (uint8_t)phys,
                                                   (uint8_t)(w[1][0] == 'r' ? DBG_WATCH_READ : DBG_WATCH_WRITE), 1};
    } else if (!strcmp(c, "iowatch") && n > 1 && cmd_parse_num(w[1], &a) == 0 && g->nio < DBG_MAX_IO) {
        b = n > 2 && cmd_parse_num(w[2], &b) == 0 ? b : a;
        g->io[g->nio++] = (struct dbg_ioguard){(uint16_t)a, (uint16_t)b, 1};
    } else if (!strcmp(c, "vector") && n > 1 && cmd_parse_num(w[1], &a) == 0 && a < 256) {
        g->vector[a >> 3] |= (uint8_t)(1u << (a & 7));
        g->guard_for |= DBG_GUARD_VECTOR;
    } else if (!strcmp(c, "hostapi") && n > 1 && !strcmp(w[1], "break")) {
        g->guard_for ^= DBG_GUARD_HOSTAPI;
        fprintf(d->out, "break on hostapi calls %s\n", g->guard_for & DBG_GUARD_HOSTAPI ? "on" : "off");
    } else if (!strcmp(c, "hostapi") && n > 2 && !strcmp(w[1], "trace")) {
        dbg_twin86_trace_hostapi(d->sim[0], !strcmp(w[2], "on"));
        fprintf(d->out, "hostapi trace %s\n", !strcmp(w[2], "on") ? "on" : "off");
    } else if (!strcmp(c, "mode")) {
        g->guard_for ^= DBG_GUARD_MODE;
        fprintf(d->out, "break on mode switch %s\n", g->guard_for & DBG_GUARD_MODE ? "on" : "off");
    } else if (!strcmp(c, "info") && n > 1 && !strcmp(w[1], "break")) {
        info_break(d);
    } else if (!strcmp(c, "info") && n > 1 && !strcmp(w[1], "tab")) {
        cmd_info_tab(d);
    } else if (!strcmp(c, "info") && n > 1 && cmd_info_table(d, w[1]) == 0) {
        /* listed */
    } else if (!strcmp(c, "print-stack")) {
        a = 16;
        if (n > 1 && (cmd_parse_num(w[1], &a) < 0 || a == 0 || a > 4096)) {
            fprintf(d->out, "print-stack [n]: n from 1 to 4096\n");
            return 0;
        }
        cmd_print_stack(d, a);
    } else if ((!strcmp(c, "d") || !strcmp(c, "del")) && n > 1 && cmd_parse_num(w[1], &a) == 0) {
        delete_bp(g, a);
    } else if ((!strcmp(c, "bpe") || !strcmp(c, "bpd")) && n > 1 && cmd_parse_num(w[1], &a) == 0) {
        uint8_t *e = bp_enabled(g, a);
        if (e) *e = c[2] == 'e';
    } else if (!strcmp(c, "r") || !strcmp(c, "regs")) {
        show_regs(d);
    } else if (!strcmp(c, "sreg")) {
        show_sregs(d);
    } else if (!strcmp(c, "creg") || !strcmp(c, "dreg") || !strcmp(c, "fp")) {
        struct cpu_state s;
        S(d)->cb->get_cpu(S(d)->self, &s);
        if (c[0] == 'c')
            fprintf(d->out, "cr0=0x%08X cr2=0x%08X cr3=0x%08X cr4=0x%08X\n", (unsigned)s.cr0,
                    (unsigned)s.cr2, (unsigned)s.cr3, (unsigned)s.cr4);
        else if (c[0] == 'd')
            for (int i = 0; i < 8; i++)
                fprintf(d->out, "dr%d=0x%08X%s", i, (unsigned)s.dr[i], i % 4 == 3 ? "\n" : " ");
        else {
            fprintf(d->out, "fcw=%04X fsw=%04X ftw=%04X\n", s.fpu.cw, s.fpu.sw, s.fpu.tw);
            for (int i = 0; i < 8; i++)
                fprintf(d->out, "R%d: %04X %016llX\n", i, s.fpu.se[i], (unsigned long long)s.fpu.mant[i]);
        }
    } else if (!strcmp(c, "x") || !strcmp(c, "xp")) {
        examine(d, n > 1 ? w[1] : NULL, n > 2 ? w[2] : NULL, c[1] == 'p');
    } else if (!strcmp(c, "setpmem") && n > 3 && cmd_parse_num(w[1], &a) == 0 && cmd_parse_num(w[2], &b) == 0 && b && b <= 4) {
        uint32_t v;
        if (cmd_parse_num(w[3], &v) == 0) {
            uint8_t buf[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
            S(d)->cb->setphymem(S(d)->self, a, b, buf);
        }
    } else if (!strcmp(c, "set") && n > 3 && !strcmp(w[2], "=")) {
        if (set_reg(d, w[1], w[3]) < 0)
            fprintf(d->out, "set: unknown register or bad value\n");
    } else if (!strcmp(c, "u") || !strcmp(c, "disasm")) {
        unsigned cnt = 1;
        int k = 1;
        if (n > 1 && w[1][0] == '/') { cnt = (unsigned)strtoul(w[1] + 1, NULL, 0); k = 2; }
        int have = k < n && cmd_parse_num(w[k], &a) == 0;
        unassemble(d, cnt ? cnt : 1, have, a);
    } else if (!strcmp(c, "page") && n > 1 && cmd_parse_num(w[1], &a) == 0) {
        page_walk(d, a);
    } else if (!strcmp(c, "trace") && (n == 1 || !strcmp(w[1], "on") || !strcmp(w[1], "off"))) {
        if (n > 1)
            d->trace = !strcmp(w[1], "on");
        fprintf(d->out, "trace %s\n", d->trace ? "on" : "off");
    } else if (!strcmp(c, "ptime")) {
        struct cpu_state s;
        S(d)->cb->get_cpu(S(d)->self, &s);
        fprintf(d->out, "ptime: %llu\n", (unsigned long long)s.icount);
    } else if (!strcmp(c, "instrument") && n > 1) {
        const struct dbg_callbacks *cb = S(d)->cb;
        if (!strcmp(w[1], "start")) cb->instr_start(S(d)->self);
        else if (!strcmp(w[1], "stop")) cb->instr_stop(S(d)->self);
        else if (!strcmp(w[1], "reset")) cb->instr_reset(S(d)->self);
        else cb->instr_print(S(d)->self, d->out);
    } else if (!strcmp(c, "loader") && n > 1) {
        const char *err;
        if (n > 2) cmd_parse_num(w[2], &a);
        if (S(d)->cb->loader(S(d)->self, w[1], a, &err) < 0)
            fprintf(d->out, "loader: %s: %s\n", w[1], err);
    } else if (!strcmp(c, "compare")) {
        dbg_ctl_compare(d);
    } else if (!strcmp(c, "diverge")) {
        fprintf(d->out, "%s", d->last_div[0] ? d->last_div : "no divergence\n");
    } else if (!strcmp(c, "sync") && n > 1) {
        if (!strcmp(w[1], "guards")) d->sync = 0;
        else if (cmd_parse_num(w[1], &a) == 0) d->sync = a;
        fprintf(d->out, "sync every %llu instructions%s\n", (unsigned long long)d->sync, d->sync ? "" : " (at guards only)");
    } else if (!strcmp(c, "lockstep") && n > 1) {
        d->lockstep = d->nsim == 2 && !strcmp(w[1], "on");
        fprintf(d->out, "lockstep %s\n", d->lockstep ? "on" : "off");
    } else if (!strcmp(c, "help") || !strcmp(c, "h")) {
        fputs(help_text, d->out);
    } else {
        fprintf(d->out, "unknown or incomplete command '%s' (try help)\n", c);
        return 0;
    }
    update_guard_for(g);
    return 0;
}

int dbg_ctl_command(dbg_ctl *d, const char *line)
{
    char buf[1024], *w[16];
    int n = 0;
    snprintf(buf, sizeof buf, "%s", line);
    for (char *p = strtok(buf, " \t"); p && n < 16; p = strtok(NULL, " \t"))
        w[n++] = p;
    if (n == 0 || w[0][0] == '#')
        return 0;
    if (!strcmp(w[0], "sim1") || !strcmp(w[0], "sim2")) {
        int want = w[0][3] - '1';
        if (want >= d->nsim) {
            fprintf(d->out, "%s: no such simulator\n", w[0]);
            return 0;
        }
        if (n == 1) {
            d->cur = want;
            return 0;
        }
        int saved = d->cur;
        d->cur = want;
        int r = command(d, w + 1, n - 1);
        d->cur = saved;
        return r;
    }
    return command(d, w, n);
}
