/* print-stack [n]: n words from SS:ESP up, 16- or 32-bit as SS.B says. */
#include "cmds.h"

void cmd_print_stack(dbg_ctl *d, unsigned n) {
    dbg_sim *s = cmd_sim(d);
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    int b32 = (st.seg[2].attr & 0x4000) != 0;
    unsigned w = b32 ? 4 : 2, digits = b32 ? 8 : 4;
    uint32_t sp = b32 ? st.gpr[4] : st.gpr[4] & 0xFFFF;
    fprintf(d->out, "stack at %04X:%0*X, %d-bit:\n", st.seg[2].sel, (int)digits, (unsigned)sp,
            b32 ? 32 : 16);
    for (unsigned i = 0; i < n; i++) {
        uint32_t off = b32 ? sp + i * 4 : (sp + i * 2) & 0xFFFF;
        uint8_t b[4] = {0};
        fprintf(d->out, "  %0*X: ", (int)digits, (unsigned)off);
        if (cmd_read_lin(s, st.seg[2].base + off, b, w) < w) {
            fprintf(d->out, "(not mapped)\n");
            continue;
        }
        uint32_t v = b[0] | b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
        fprintf(d->out, "%0*X\n", (int)digits, (unsigned)v);
    }
}
