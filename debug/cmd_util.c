/* Helpers the commands share: numbers, guest memory by linear address and
 * the instruction at CS:EIP, all through the simulator's callback table. */
#include "cmds.h"
#include "cpu/insn.h"
#include <stdlib.h>
#include <string.h>

int cmd_parse_num(const char *s, uint32_t *v) {
    char *e;
    if (!s || !*s)
        return -1;
    unsigned long x = strtoul(s, &e, 0);
    if (*e)
        return -1;
    *v = (uint32_t)x;
    return 0;
}

unsigned cmd_read_lin(dbg_sim *s, uint32_t lin, uint8_t *buf, unsigned n) {
    unsigned done = 0;
    while (done < n) {
        uint32_t a = lin + done, pa;
        unsigned chunk = 4096 - (a & 4095);
        if (chunk > n - done)
            chunk = n - done;
        if (s->cb->xlate_linear2phy(s->self, a, &pa) < 0 ||
            s->cb->getphymem(s->self, pa, chunk, buf + done) < 0)
            break;
        done += chunk;
    }
    return done;
}

void cmd_insn_at(dbg_sim *s, const struct cpu_state *st, struct cmd_insn *ci) {
    memset(ci, 0, sizeof *ci);
    ci->lin = st->seg[1].base + st->eip;
    ci->code32 = (st->seg[1].attr & 0x4000) != 0 && !(st->eflags & 0x20000);
    ci->avail = cmd_read_lin(s, ci->lin, ci->bytes, 15);
    if (!ci->avail) {
        snprintf(ci->text, sizeof ci->text, "(not mapped)");
        return;
    }
    insn i;
    int len = decode(&i, ci->bytes, (int)ci->avail, ci->code32);
    ci->len = len > 0 ? len : 0;
    int dl = dbg_disasm(ci->bytes, ci->avail, st->eip, ci->code32, ci->text, sizeof ci->text);
    size_t tl = strlen(ci->text);
    while (tl && ci->text[tl - 1] == ' ') /* "nop " has no operands */
        ci->text[--tl] = '\0';
    if (!ci->len)
        ci->len = dl;
}

void cmd_insn_format(const struct cpu_state *st, const struct cmd_insn *ci, char *out,
                     size_t outsz) {
    char hex[40] = "";
    int shown = ci->len ? ci->len : (ci->avail ? 1 : 0);
    for (int k = 0; k < shown; k++)
        snprintf(hex + 2 * k, sizeof hex - 2 * (size_t)k, "%02X", ci->bytes[k]);
    snprintf(out, outsz, "%04X:%08X  %s  %s", st->seg[1].sel, (unsigned)st->eip, hex, ci->text);
}

void cmd_report_here(dbg_ctl *d, const char *what) {
    struct cpu_state st;
    dbg_sim *s = cmd_sim(d);
    s->cb->get_cpu(s->self, &st);
    int code32 = (st.seg[1].attr & 0x4000) != 0 && !(st.eflags & 0x20000);
    fprintf(d->out, "(%s) %s at icount %llu, %04X:%08X (linear %08X, %d-bit)\n", s->name, what,
            (unsigned long long)st.icount, st.seg[1].sel, (unsigned)st.eip,
            (unsigned)(st.seg[1].base + st.eip), code32 ? 32 : 16);
}

void cmd_show_next(dbg_ctl *d) {
    dbg_sim *s = cmd_sim(d);
    struct cpu_state st;
    struct cmd_insn ci;
    char line[256];
    s->cb->get_cpu(s->self, &st);
    cmd_insn_at(s, &st, &ci);
    cmd_insn_format(&st, &ci, line, sizeof line);
    fprintf(d->out, "%s\n", line);
}
