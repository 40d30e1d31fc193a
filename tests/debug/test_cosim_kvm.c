/* The `-cosim kvm` slave (debug/sim_kvm.c) in lockstep with a twin86
 * master: it agrees on a small program; divergences planted in it through
 * the interface (one register, one code byte) are found at their exact
 * instruction; a difference that arises in the vCPU itself is reported at
 * its instruction by the slave's own per-tick comparison; it follows a
 * master with devices through every journal entry kind (minipc); where the
 * backend cannot follow a mode it says so and the run goes on without a
 * divergence; the undefined-flags table answers as the manuals say.
 * Skips (77) without a usable /dev/kvm. */
#include <stdlib.h>
#include <string.h>
#include "../unit/check.h"
#include "twin86/debug.h"
#include "../../debug/ctl.h"
#include "../../debug/sim_kvm.h"
#include "debug/kvm_selftest_bin.h"
#include "minipc.h"
#include "journal_prog.h"

/* At 0000:1000, as in test_cosim.c: 1000 mov ax,1  1003 mov cx,2
 * 1006 mov dx,100h  1009 add ax,cx  100B dec dx  100C jnz 1009
 * 100E mov [si+500h],ax  1012 add bx,ax  1014 hlt */
static const uint8_t prog[] = {
    0xB8, 0x01, 0x00, 0xB9, 0x02, 0x00, 0xBA, 0x00, 0x01,
    0x01, 0xC8, 0x4A, 0x75, 0xFB,
    0x89, 0x84, 0x00, 0x05, 0x01, 0xC3, 0xF4,
};

/* 1000 mov ax,000Ah  1003 aam  1005 pushf  1006 pop bx  1007 hlt: AAM
 * leaves AL = 0, AH = 1, so ZF (set from AL) is 1. */
static const uint8_t aam_prog[] = {0xB8, 0x0A, 0x00, 0xD4, 0x0A, 0x9C, 0x5B, 0xF4};

static char out_text[65536];

/* Everything printed to out since the last call. */
static const char *drain(FILE *out)
{
    fflush(out);
    long n = ftell(out);
    rewind(out);
    size_t got = fread(out_text, 1, n > 0 && (size_t)n < sizeof out_text ? (size_t)n : sizeof out_text - 1, out);
    out_text[got] = '\0';
    rewind(out);
    if (getenv("VERBOSE"))
        fputs(out_text, stderr);
    return out_text;
}

static dbg_sim *bare(const uint8_t *code, size_t len, uint32_t eip)
{
    const char *err;
    dbg_sim *s = dbg_twin86_create_bare(1u << 20, NULL, 0, "sim1", &err);
    if (!s)
        return NULL;
    s->cb->setphymem(s->self, 0x1000, (unsigned)len, code);
    static const enum cpu_reg zero[] = {REG_CS, REG_SS, REG_DS, REG_ES};
    for (unsigned i = 0; i < sizeof zero / sizeof zero[0]; i++)
        s->cb->set_reg(s->self, zero[i], 0);
    s->cb->set_reg(s->self, REG_ESP, 0x8000);
    s->cb->set_reg(s->self, REG_EIP, eip);
    return s;
}

/* Lockstep of master s1 and a KVM slave; plant changes the slave first. */
static const char *run_kvm(dbg_sim *s1, void (*plant)(dbg_sim *s2), int *diverged, FILE *out,
                           struct cpu_state *end1, struct cpu_state *end2)
{
    static char text[8192];
    const char *err = NULL;
    text[0] = '\0';
    *diverged = -1;
    dbg_sim *s2 = s1 ? dbg_kvm_create(s1, "sim2", out, &err) : NULL;
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    CHECK(d != NULL);
    if (!d && err)
        fprintf(stderr, "%s\n", err);
    if (d) {
        if (plant)
            plant(s2);
        dbg_ctl_set_sync(d, 1000);
        *diverged = dbg_ctl_continue(d);
        snprintf(text, sizeof text, "%s", dbg_ctl_last_divergence(d));
        if (end1)
            s1->cb->get_cpu(s1->self, end1);
        if (end2)
            s2->cb->get_cpu(s2->self, end2);
        dbg_ctl_exit(d);
    }
    dbg_ctl_destroy(d);
    dbg_kvm_destroy(s2);
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
    int div;
    struct cpu_state a, b;
    dbg_sim *s1 = bare(prog, sizeof prog, 0x1000);
    run_kvm(s1, NULL, &div, out, &a, &b);
    const char *t = drain(out);
    CHECK_EQ(div, 0);
    CHECK_EQ(b.icount, 774);   /* 3 + 256 * 3 + mov + add + hlt */
    CHECK_EQ(b.gpr[0], 0x201);
    CHECK_EQ(b.halted, 1);
    CHECK(strstr(t, "slave cannot follow") == NULL);
    /* every tick ran on the vCPU, and the rate was reported */
    CHECK(strstr(t, "sim2: 774 instructions single-stepped on KVM") != NULL);
    CHECK(strstr(t, "instructions per second") != NULL);
    dbg_twin86_destroy(s1);
}

static void test_planted_code(FILE *out)
{
    int div;
    dbg_sim *s1 = bare(prog, sizeof prog, 0x1000);
    const char *t = run_kvm(s1, plant_code, &div, out, NULL, NULL);
    drain(out);
    CHECK_EQ(div, 1);
    CHECK(strstr(t, "first divergent instruction at icount 1:") != NULL);
    CHECK(strstr(t, "0000:00001003") != NULL);
    CHECK(strstr(t, "ecx          sim1=2 sim2=3") != NULL);
    CHECK(strstr(t, "mem 00001004    sim1=02 sim2=03") != NULL);
    dbg_twin86_destroy(s1);
}

static void test_planted_reg(FILE *out)
{
    int div;
    dbg_sim *s1 = bare(prog, sizeof prog, 0x1000);
    const char *t = run_kvm(s1, plant_reg, &div, out, NULL, NULL);
    drain(out);
    CHECK_EQ(div, 1);
    CHECK(strstr(t, "first divergent instruction at icount 771:") != NULL);
    CHECK(strstr(t, "0000:0000100E") != NULL);
    CHECK(strstr(t, "esi          sim1=0 sim2=4") != NULL);
    CHECK(strstr(t, "mem 00000504    sim1=00 sim2=01") != NULL);
    dbg_twin86_destroy(s1);
}

/* With the backend's AAM quirk not answered, the vCPU's own flags go to the
 * comparison: where the backend gets AAM wrong (KVM's emulator sets ZF from
 * AX), the slave names the instruction; where it gets it right, they agree. */
static void test_vcpu_difference(FILE *out)
{
    const char *err = NULL;
    dbg_sim *s1 = bare(aam_prog, sizeof aam_prog, 0x1000);
    dbg_sim *s2 = s1 ? dbg_kvm_create(s1, "sim2", out, &err) : NULL;
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    CHECK(d != NULL);
    if (d) {
        struct kslave *k = s2->self;
        int quirky = k->quirk[0xD4];
        k->quirk[0xD4] = 0;
        int div = dbg_ctl_continue(d);
        const char *t = dbg_ctl_last_divergence(d);
        CHECK_EQ(div, quirky);
        if (quirky) {
            CHECK(strstr(t, "kvm differs after icount 1 at 0000:00001003") != NULL);
            CHECK(strstr(t, "eflags kvm=") != NULL);
            /* no replay search: twin86 replicas cannot make the vCPU's difference */
            CHECK(strstr(t, "sim2 named the instruction itself") != NULL);
        } else {
            CHECK_EQ(s2->cb->get_reg(s2->self, REG_EBX) & 0x40, 0x40);
        }
        drain(out);
    }
    dbg_ctl_destroy(d);
    dbg_kvm_destroy(s2);
    dbg_twin86_destroy(s1);
}

/* The minipc master: device window, port answers, DMA during and after an
 * OUT, PAM, a window move, A20, interrupts (one waking a HLT), NMI, the
 * hostapi escape and doorbell, and a reset. */
static void test_journal(FILE *out)
{
    const char *err = NULL;
    struct minipc *p = minipc_create(journal_prog, sizeof journal_prog, &err);
    dbg_sim *s1 = p ? dbg_twin86_create(p->c, NULL, 0, minipc_run, p, "sim1", &err) : NULL;
    CHECK(s1 != NULL);
    if (!s1)
        return;
    dbg_twin86_set_hostapi(s1, p->h, NULL);
    int div;
    struct cpu_state a, b;
    run_kvm(s1, NULL, &div, out, &a, &b);
    const char *t = drain(out);
    CHECK_EQ(div, 0);
    /* the reset is the one thing the KVM slave does not follow */
    CHECK(strstr(t, "slave cannot follow: the machine was reset") != NULL);
    CHECK(strstr(t, "slave cannot follow") == strstr(t, "slave cannot follow: the machine was reset"));
    /* two interrupts and the NMI went through the vCPU */
    CHECK(strstr(t, " 3 interrupts delivered") != NULL);
    CHECK_EQ(b.icount, a.icount);
    CHECK_EQ(b.gpr[0], a.gpr[0]);
    CHECK_EQ(a.gpr[0], 3);   /* irq40 + nmi + irq41 each counted once */
    dbg_twin86_destroy(s1);
    minipc_destroy(p);
}

/* Programs of the self-test that need protected-mode events and paging:
 * followed where the backend can, else "cannot follow", never a divergence. */
static void test_modes(FILE *out)
{
    static const struct {
        unsigned entry;
        const char *mode, *why;
    } t[] = {
        {2, "protected-mode INT/IRET and exceptions", "INT, IRET or SYSENTER in protected mode"},
        {3, "paging", "slave cannot follow: paging"},
    };
    for (unsigned i = 0; i < sizeof t / sizeof t[0]; i++) {
        unsigned e = kvm_selftest_bin[2 * t[i].entry] | kvm_selftest_bin[2 * t[i].entry + 1] << 8;
        dbg_sim *s1 = bare(kvm_selftest_bin, kvm_selftest_bin_len, e);
        int div;
        struct cpu_state a, b;
        run_kvm(s1, NULL, &div, out, &a, &b);
        const char *txt = drain(out);
        char not[128];
        snprintf(not, sizeof not, "%s not followed", t[i].mode);
        int can = strstr(txt, not) == NULL;
        CHECK_EQ(div, 0);
        CHECK_EQ(strstr(txt, t[i].why) != NULL, !can);
        CHECK_EQ(b.icount, a.icount);
        CHECK_EQ(b.gpr[3], a.gpr[3]);
        dbg_twin86_destroy(s1);
    }
}

static void test_undef_table(void)
{
    enum { CF = 1, PF = 4, AF = 0x10, ZF = 0x40, SF = 0x80, OF = 0x800 };
    struct cpu_state pre, post;
    struct kinsn in;
    struct undef u;
    memset(&pre, 0, sizeof pre);
    memset(&post, 0, sizeof post);
    static const uint8_t and_[] = {0x21, 0xD8}, mul[] = {0xF7, 0xE3}, div_[] = {0xF7, 0xF3},
                         shl1[] = {0xD1, 0xE0}, shl3[] = {0xC1, 0xE0, 0x03},
                         shlcl[] = {0xD3, 0xE0}, rcr2[] = {0xC1, 0xD8, 0x02},
                         bsf[] = {0x0F, 0xBC, 0xCB}, push_ds32[] = {0x66, 0x1E},
                         add[] = {0x01, 0xD8}, shl_imm_mem[] = {0xC1, 0x67, 0x10, 0x02};
    kinsn_decode(&in, and_, sizeof and_, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, AF);
    kinsn_decode(&in, mul, sizeof mul, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, SF | ZF | AF | PF);
    kinsn_decode(&in, div_, sizeof div_, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, CF | PF | AF | ZF | SF | OF);
    kinsn_decode(&in, shl1, sizeof shl1, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, AF);                      /* OF is defined for 1-bit shifts */
    kinsn_decode(&in, shl3, sizeof shl3, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, AF | OF);
    kinsn_decode(&in, shl_imm_mem, sizeof shl_imm_mem, 0);   /* shl word [bx+10h],2 */
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(in.imm8, 2);
    CHECK_EQ(u.flags, AF | OF);
    pre.gpr[1] = 0x20;                          /* CL = 32: masked to 0, nothing changes */
    kinsn_decode(&in, shlcl, sizeof shlcl, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, 0);
    pre.gpr[1] = 17;                            /* a 16-bit SHL by 17: CF undefined too */
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, AF | OF | CF);
    kinsn_decode(&in, rcr2, sizeof rcr2, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, OF);
    kinsn_decode(&in, bsf, sizeof bsf, 0);      /* bsf cx,bx */
    post.eflags = ZF;                           /* source 0: ECX undefined */
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, CF | OF | SF | AF | PF);
    CHECK_EQ(u.reg, 1);
    post.eflags = 0;
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.reg, -1);
    kinsn_decode(&in, push_ds32, sizeof push_ds32, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.mem, 1);
    kinsn_decode(&in, add, sizeof add, 0);
    undef_of(&in, &pre, &post, &u);
    CHECK_EQ(u.flags, 0);
}

int main(void)
{
    const char *why;
    if (!dbg_kvm_usable(&why)) {
        printf("SKIP: %s\n", why);
        return 77;
    }
    FILE *out = tmpfile();
    if (!out)
        return 99;
    test_undef_table();
    test_agree(out);
    test_planted_code(out);
    test_planted_reg(out);
    test_vcpu_difference(out);
    test_journal(out);
    test_modes(out);
    return check_done();
}
