/* one-step.c: using the installed libtwin86 from another program.
 *
 * Creates a bare simulator (RAM, an empty I/O bus, a CPU after reset),
 * loads two instructions and the registers they use, and executes them one
 * at a time through the callback table with an instruction-count guard of
 * one, reading back the result after each:
 *
 *   0000:1000  66 01 D8      add eax, ebx
 *   0000:1003  66 89 47 10   mov [bx+10h], eax
 *
 * Build it against the installed header and library:
 *
 *   cc -o one-step one-step.c $(pkg-config --cflags --libs --static twin86)
 *
 * It prints what it found and exits 0 when every value is the one the
 * Intel SDM gives, 1 otherwise. */
#include <stdio.h>
#include <string.h>
#include <twin86/debug.h>

static int failures;

static void expect(const char *what, uint32_t got, uint32_t want) {
    printf("%-22s %08X%s\n", what, (unsigned)got, got == want ? "" : "  (wrong)");
    if (got != want) {
        printf("  expected %08X\n", (unsigned)want);
        failures++;
    }
}

/* Runs exactly one instruction: the guard stops at the next tick. */
static int step(dbg_sim *s) {
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    struct dbg_guard g;
    memset(&g, 0, sizeof g);
    g.guard_for = DBG_GUARD_ICOUNT;
    g.icount = st.icount + 1;
    g.resume_icount = UINT64_MAX;
    struct dbg_guard_found f;
    if (s->cb->execute(s->self, &g, &f) != DBG_EXEC_GUARD || f.guard_found != DBG_GUARD_ICOUNT) {
        fprintf(stderr, "one-step: the simulator stopped: %s\n", f.text);
        return -1;
    }
    return 0;
}

int main(void) {
    const char *err;
    dbg_sim *s = dbg_twin86_create_bare(1u << 20, NULL, 0, "example", &err);
    if (!s) {
        fprintf(stderr, "one-step: %s\n", err);
        return 1;
    }
    static const uint8_t code[] = {0x66, 0x01, 0xD8, 0x66, 0x89, 0x47, 0x10};
    s->cb->setphymem(s->self, 0x1000, sizeof code, code);

    /* Real mode, CS:IP = 0000:1000, DS = 0; the rest of the state as reset left it. */
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    uint64_t start = st.icount;
    s->cb->set_reg(s->self, REG_CS, 0);
    s->cb->set_reg(s->self, REG_DS, 0);
    s->cb->set_reg(s->self, REG_EIP, 0x1000);
    s->cb->set_reg(s->self, REG_EAX, 0x7FFFFFFF);
    s->cb->set_reg(s->self, REG_EBX, 0x00000500);

    if (step(s) < 0)
        return 1;
    s->cb->get_cpu(s->self, &st);
    expect("eax after add", st.gpr[0], 0x800004FF);
    expect("eip after add", st.eip, 0x1003);
    /* OF (signed overflow), SF, PF (low byte FF: eight ones); no CF, ZF, AF. */
    expect("OF SF ZF AF PF CF", st.eflags & 0x8D5, 0x884);
    expect("instructions run", (uint32_t)(st.icount - start), 1);

    if (step(s) < 0)
        return 1;
    uint8_t b[4];
    s->cb->getphymem(s->self, 0x510, 4, b);
    expect("dword at 0000:0510", b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24, 0x800004FF);
    s->cb->get_cpu(s->self, &st);
    expect("eip after mov", st.eip, 0x1007);
    expect("instructions run", (uint32_t)(st.icount - start), 2);

    dbg_twin86_destroy(s);
    printf("%s\n", failures ? "FAILED" : "all as expected");
    return failures ? 1 : 0;
}
