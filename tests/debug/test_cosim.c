/* Cosimulation through the callback table: two bare twin86 simulators in
 * lockstep agree on a small program, and divergences planted in sim2 only
 * (one code byte, one register) are reported at the exact instruction with
 * the differing values. Also guards: icount, breakpoints, watchpoints. */
#include <stdlib.h>
#include <string.h>
#include "../unit/check.h"
#include "twin86/debug.h"

/* At 0000:1000 (16-bit real mode), the offsets the checks name:
 * 1000 mov ax,1  1003 mov cx,2  1006 mov dx,100h
 * 1009 add ax,cx 100B dec dx  100C jnz 1009
 * 100E mov [si+500h],ax  1012 add bx,ax  1014 hlt */
static const uint8_t prog[] = {
    0xB8, 0x01, 0x00, 0xB9, 0x02, 0x00, 0xBA, 0x00, 0x01,
    0x01, 0xC8, 0x4A, 0x75, 0xFB,
    0x89, 0x84, 0x00, 0x05, 0x01, 0xC3, 0xF4,
};

static dbg_sim *master(void)
{
    const char *err;
    dbg_sim *s = dbg_twin86_create_bare(1u << 20, NULL, 0, "sim1", &err);
    if (!s)
        return NULL;
    s->cb->setphymem(s->self, 0x1000, sizeof prog, prog);
    s->cb->set_reg(s->self, REG_CS, 0);
    s->cb->set_reg(s->self, REG_EIP, 0x1000);
    return s;
}

static const char *run_pair(void (*plant)(dbg_sim *s2), int *diverged, FILE *out)
{
    static char text[8192];
    const char *err;
    dbg_sim *s1 = master(), *s2 = s1 ? dbg_twin86_create_ref(s1, 0, "sim2", &err) : NULL;
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    if (!d)
        return "";
    if (plant)
        plant(s2);
    dbg_ctl_set_sync(d, 1000);
    *diverged = dbg_ctl_continue(d);
    snprintf(text, sizeof text, "%s", dbg_ctl_last_divergence(d));
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
    return text;
}

static void plant_code(dbg_sim *s2)
{
    uint8_t three = 3;   /* mov cx,2 becomes mov cx,3 */
    s2->cb->setphymem(s2->self, 0x1004, 1, &three);
}

static void plant_reg(dbg_sim *s2) { s2->cb->set_reg(s2->self, REG_ESI, 4); }

static void test_agree(FILE *out)
{
    int div = -1;
    run_pair(NULL, &div, out);
    CHECK_EQ(div, 0);
}

static void test_planted_code(FILE *out)
{
    int div = 0;
    const char *t = run_pair(plant_code, &div, out);
    CHECK_EQ(div, 1);
    CHECK(strstr(t, "first divergent instruction at icount 1:") != NULL);
    CHECK(strstr(t, "0000:00001003") != NULL);
    CHECK(strstr(t, "ecx          sim1=2 sim2=3") != NULL);
    CHECK(strstr(t, "mem 00001004    sim1=02 sim2=03") != NULL);   /* the planted byte */
}

static void test_planted_reg(FILE *out)
{
    int div = 0;
    const char *t = run_pair(plant_reg, &div, out);
    CHECK_EQ(div, 1);
    /* 3 moves + 256 * (add, dec, jnz) = 771 instructions before the store */
    CHECK(strstr(t, "first divergent instruction at icount 771:") != NULL);
    CHECK(strstr(t, "0000:0000100E") != NULL);
    CHECK(strstr(t, "esi          sim1=0 sim2=4") != NULL);
    /* ax = 1 + 256 * 2 = 0x201, stored at 500h in sim1 and 504h in sim2 */
    CHECK(strstr(t, "mem 00000500    sim1=01 sim2=00") != NULL);
    CHECK(strstr(t, "mem 00000504    sim1=00 sim2=01") != NULL);
}

static void test_guards(FILE *out)
{
    const char *err;
    dbg_sim *s = master();
    dbg_ctl *d = dbg_ctl_create(s, NULL, out, &err);
    CHECK(d != NULL);
    if (!d)
        return;
    cpu *c = dbg_twin86_cpu(s);
    dbg_ctl_command(d, "s 5");
    CHECK_EQ(cpu_icount(c), 5);
    dbg_ctl_command(d, "vb 0:0x100e");
    dbg_ctl_command(d, "c");
    CHECK_EQ(cpu_get_reg(c, REG_EIP), 0x100E);
    CHECK_EQ(cpu_icount(c), 771);
    dbg_ctl_command(d, "d 0");
    dbg_ctl_command(d, "watch w 0x501");
    dbg_ctl_command(d, "c");
    CHECK_EQ(cpu_get_reg(c, REG_EIP), 0x1012);   /* stops after the storing instruction */
    dbg_ctl_command(d, "set $eax = 0x1234");
    CHECK_EQ(cpu_get_reg(c, REG_EAX), 0x1234);
    dbg_ctl_command(d, "setpmem 0x600 2 0xBEEF");
    uint8_t b[2];
    s->cb->getphymem(s->self, 0x600, 2, b);
    CHECK_EQ(b[0] | b[1] << 8, 0xBEEF);
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    st.gpr[7] = 77;
    s->cb->set_cpu(s->self, &st);
    CHECK_EQ(cpu_get_reg(c, REG_EDI), 77);
    CHECK_EQ(dbg_ctl_command(d, "q"), 1);
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s);
}

int main(void)
{
    FILE *out = fopen("/dev/null", "w");
    if (getenv("VERBOSE"))
        out = stdout;
    test_agree(out);
    test_planted_code(out);
    test_planted_reg(out);
    test_guards(out);
    return check_done();
}
