/* `p`: step over. A CALL (E8, 9A, FF /2, FF /3), INT n, INT3, INTO or a
 * REP-prefixed string instruction runs until the instruction after it is
 * reached at the same stack depth or above (so a recursive call coming back
 * to the same place deeper down does not end it); anything else is one
 * step. The length and kind come from twin86's decoder. */
#include "cmds.h"
#include "cpu/insn.h"

static int is_string_op(unsigned op) {
    return (op >= 0x6C && op <= 0x6F) || (op >= 0xA4 && op <= 0xA7) || (op >= 0xAA && op <= 0xAF);
}

static int steps_over(const insn *i) {
    switch (i->op) {
    case 0xE8:
    case 0x9A: /* CALL rel, CALL ptr16:16/32 */
    case 0xCC:
    case 0xCD:
    case 0xCE: /* INT3, INT n, INTO */
        return 1;
    case 0xFF: /* CALL r/m, CALL m16:16/32 */
        return i->reg == 2 || i->reg == 3;
    default:
        return (i->flags & (I_REP | I_REPNE)) && is_string_op(i->op);
    }
}

void cmd_step_over(dbg_ctl *d) {
    dbg_sim *s = cmd_sim(d);
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    struct cmd_insn ci;
    cmd_insn_at(s, &st, &ci);
    insn i;
    int len = ci.avail ? decode(&i, ci.bytes, (int)ci.avail, ci.code32) : -1;
    enum run_result r;
    if (len > 0 && steps_over(&i)) {
        int sp32 = (st.seg[2].attr & 0x4000) != 0;
        uint32_t next = st.eip + (uint32_t)len;
        struct run_until u = {st.seg[1].sel, ci.code32 ? next : next & 0xFFFF,
                              sp32 ? st.gpr[4] : st.gpr[4] & 0xFFFF, sp32};
        r = cmd_run(d, UINT64_MAX, &u);
        if (r == RUN_REACHED && !d->trace)
            cmd_report_here(d, "stepped over");
    } else {
        r = cmd_run(d, 1, NULL);
    }
    if (r != RUN_DIVERGED)
        cmd_show_next(d);
}
