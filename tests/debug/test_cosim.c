/* Cosimulation through the callback table: two bare twin86 simulators in
 * lockstep agree on a small program, and divergences planted in sim2 only
 * (one code byte, one register) are reported at the exact instruction with
 * the differing values. Also guards: icount, breakpoints, watchpoints.
 *
 * The journal: a -cosim ref slave follows a master with devices (minipc)
 * through one of each journal entry kind (journal_prog.asm), and a master
 * input changed in the journal before the slave replays it (one test per
 * kind) is reported as a divergence naming what differs. */
#include <stdlib.h>
#include <string.h>
#include "../unit/check.h"
#include "twin86/debug.h"
#include "../../debug/ctl.h"
#include "minipc.h"
#include "journal_prog.h"

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

/* A divergence after several checkpoints: the search replays from the
 * last one and still names the instruction. 66 B9 (mov ecx,150000),
 * 66 49 (dec ecx), 75 FC (jnz), then at 100A a load of the byte planted
 * in sim2's memory (not compared until the CPU uses it), and HLT. */
static const uint8_t long_prog[] = {
    0x66, 0xB9, 0xF0, 0x49, 0x02, 0x00, 0x66, 0x49, 0x75, 0xFC, 0xA1, 0x00, 0x20, 0xF4,
};

static void test_planted_late(FILE *out)
{
    const char *err;
    dbg_sim *s1 = dbg_twin86_create_bare(1u << 20, NULL, 0, "sim1", &err);
    CHECK(s1 != NULL);
    if (!s1)
        return;
    s1->cb->setphymem(s1->self, 0x1000, sizeof long_prog, long_prog);
    s1->cb->set_reg(s1->self, REG_CS, 0);
    s1->cb->set_reg(s1->self, REG_EIP, 0x1000);
    dbg_sim *s2 = dbg_twin86_create_ref(s1, 0, "sim2", &err);
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    CHECK(d != NULL);
    if (d) {
        uint8_t b = 0x34;
        s2->cb->setphymem(s2->self, 0x2000, 1, &b);
        CHECK_EQ(dbg_ctl_continue(d), 1);
        const char *t = dbg_ctl_last_divergence(d);
        /* 1 + 2 * 150000 instructions before the load */
        CHECK(strstr(t, "first divergent instruction at icount 300001:") != NULL);
        CHECK(strstr(t, "0000:0000100A") != NULL);
        CHECK(strstr(t, "eax          sim1=0 sim2=34") != NULL);
        CHECK(strstr(t, "mem 00002000    sim1=00 sim2=34") != NULL);   /* there since the start */
        CHECK(d->snap[0].st.icount >= 200000);   /* it did take checkpoints */
    }
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
}

/* The debugger's pins on a master are requests taken at its next boundary
 * and journaled, so the slave takes them at the same tick: NMI, A20, RESET.
 * 0000:1000 jmp $; the NMI handler at 1100 counts at 3000h; the ROM's reset
 * vector jumps to 0000:1000. */
static void test_pins(FILE *out)
{
    const char *err;
    uint8_t *rom = calloc(1, 65536);
    CHECK(rom != NULL);
    if (!rom)
        return;
    memcpy(rom + 0xFFF0, "\xEA\x00\x10\x00\x00", 5);
    dbg_sim *s1 = dbg_twin86_create_bare(1u << 20, rom, 65536, "sim1", &err);
    free(rom);   /* the memory keeps its own copy; a reference copy clones it */
    CHECK(s1 != NULL);
    if (!s1)
        return;
    static const uint8_t loop[] = {0xEB, 0xFE}, handler[] = {0xFF, 0x06, 0x00, 0x30, 0xCF};
    static const uint8_t ivt2[] = {0x00, 0x11, 0x00, 0x00};
    s1->cb->setphymem(s1->self, 0x1000, sizeof loop, loop);
    s1->cb->setphymem(s1->self, 0x1100, sizeof handler, handler);
    s1->cb->setphymem(s1->self, 8, sizeof ivt2, ivt2);
    s1->cb->set_reg(s1->self, REG_CS, 0);
    s1->cb->set_reg(s1->self, REG_EIP, 0x1000);
    dbg_sim *s2 = dbg_twin86_create_ref(s1, 0, "sim2", &err);
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    CHECK(d != NULL);
    if (d) {
        uint8_t c1[2], c2[2];
        dbg_ctl_command(d, "s 100");
        s1->cb->set_NMI(s1->self, 1);
        s1->cb->set_NMI(s1->self, 0);
        dbg_ctl_command(d, "s 100");
        s1->cb->getphymem(s1->self, 0x3000, 2, c1);
        s2->cb->getphymem(s2->self, 0x3000, 2, c2);
        CHECK_EQ(c1[0], 1);
        CHECK_EQ(c2[0], 1);
        s1->cb->set_A20(s1->self, 0);
        dbg_ctl_command(d, "s 10");
        CHECK_EQ(s1->cb->get_A20(s1->self), 0);
        CHECK_EQ(s2->cb->get_A20(s2->self), 0);
        s1->cb->set_A20(s1->self, 1);   /* else the reset vector is not the ROM's */
        s1->cb->set_RESET(s1->self, 1);
        dbg_ctl_command(d, "s 3");
        CHECK_EQ(s2->cb->get_reg(s2->self, REG_EIP), 0x1000);   /* through the reset vector */
        CHECK_EQ(s2->cb->get_reg(s2->self, REG_CR0) & 1, 0);
        CHECK_EQ(dbg_ctl_compare(d), 0);
        CHECK_EQ(dbg_ctl_last_divergence(d)[0], 0);
    }
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
}

/* Accessed/dirty bits of present paging entries: a TLB may skip them, so
 * lockstep hands the slave the master's bits instead of reporting them;
 * any other difference still counts. */
static void test_ad_bits(void)
{
    const char *err;
    dbg_sim *x = dbg_twin86_create_bare(1u << 20, NULL, 0, "x", &err);
    dbg_sim *y = x ? dbg_twin86_create_bare(1u << 20, NULL, 0, "y", &err) : NULL;
    CHECK(y != NULL);
    if (!y) {
        dbg_twin86_destroy(x);
        return;
    }
    static const uint8_t pte_a[4] = {0x03, 0x10, 0, 0}, pte_b[4] = {0x63, 0x10, 0, 0};
    static const uint8_t np_a[4] = {0x02, 0x10, 0, 0}, np_b[4] = {0x22, 0x10, 0, 0};
    x->cb->setphymem(x->self, 0x5000, 4, pte_a);
    y->cb->setphymem(y->self, 0x5000, 4, pte_b);
    struct diff df;
    memset(&df, 0, sizeof df);
    diff_page(x, y, 5, DIFF_AD_STRICT, &df);
    CHECK_EQ(df.nbytes, 1);
    memset(&df, 0, sizeof df);
    diff_page(x, y, 5, DIFF_AD_IGNORE, &df);
    CHECK_EQ(df.nbytes, 0);
    CHECK_EQ(df.ad_bits, 1);
    diff_page(x, y, 5, DIFF_AD_TAKE, &df);
    uint8_t got[4];
    y->cb->getphymem(y->self, 0x5000, 4, got);
    CHECK_EQ(got[0], 0x03);   /* the slave took the master's bits */
    x->cb->setphymem(x->self, 0x5004, 4, np_a);   /* not present: not a live entry */
    y->cb->setphymem(y->self, 0x5004, 4, np_b);
    memset(&df, 0, sizeof df);
    diff_page(x, y, 5, DIFF_AD_TAKE, &df);
    CHECK_EQ(df.nbytes, 1);
    CHECK_EQ(df.addr[0], 0x5004);
    dbg_twin86_destroy(y);
    dbg_twin86_destroy(x);
}

/* ---- The journal ---- */

struct jrun {
    dbg_ctl *d;
    dbg_sim *master;
    int kind;                          /* the kind whose first entry is changed, or -1 */
    void (*tamper)(dbg_journal *j, struct jentry *e);
    unsigned nth;                      /* ... or its nth (from 0) */
    unsigned seen_kind;
    int tampered;
    uint64_t kinds[16];
    uint32_t eax, ebx;                 /* sim2 at the end */
};

/* The master's chunk is done, the slave has not replayed it yet. */
static void after_run(void *opaque)
{
    struct jrun *r = opaque;
    dbg_journal *j = ((struct t86 *)r->master->self)->j;   /* what it recorded into */
    for (size_t i = 0; i < j->n; i++) {
        struct jentry *e = &j->e[i];
        if (!r->tampered && r->tamper && e->kind == r->kind && r->seen_kind++ == r->nth) {
            r->tamper(j, e);
            r->tampered = 1;
        }
    }
}

static const char *run_journal(struct jrun *r, void (*plant)(dbg_sim *s2), int *diverged, FILE *out)
{
    static char text[8192];
    const char *err;
    text[0] = '\0';
    *diverged = -1;
    struct minipc *p = minipc_create(journal_prog, sizeof journal_prog, &err);
    dbg_sim *s1 = p ? dbg_twin86_create(p->c, NULL, 0, minipc_run, p, "sim1", &err) : NULL;
    dbg_sim *s2 = s1 ? dbg_twin86_create_ref(s1, 0, "sim2", &err) : NULL;
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    CHECK(d != NULL);
    if (d) {
        dbg_twin86_set_hostapi(s1, p->h, NULL);
        if (plant)
            plant(s2);
        r->d = d;
        r->master = s1;
        p->after_run = after_run;
        p->after_opaque = r;
        *diverged = dbg_ctl_continue(d);
        snprintf(text, sizeof text, "%s", dbg_ctl_last_divergence(d));
        for (size_t i = 0; i < d->j->n; i++)   /* one chunk: the journal is all there */
            r->kinds[d->j->e[i].kind & 15]++;
        r->eax = s2->cb->get_reg(s2->self, REG_EAX);
        r->ebx = s2->cb->get_reg(s2->self, REG_EBX);
    }
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
    minipc_destroy(p);
    return text;
}

static void test_journal_agrees(FILE *out)
{
    struct jrun r = {.kind = -1};
    int div;
    run_journal(&r, NULL, &div, out);
    CHECK_EQ(div, 0);
    static const int kinds[] = {J_IN, J_OUT, J_INTR, J_MMIO_RD, J_MMIO_WR, J_DMA, J_SHADOW,
                                J_MAP_MMIO, J_UNMAP, J_A20, J_NMI, J_RESET, J_IDLE, J_HOSTAPI};
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        CHECK(r.kinds[kinds[i]] > 0);
    CHECK_EQ(r.kinds[J_INTR], 2);
    CHECK_EQ(r.kinds[J_NMI], 1);
    CHECK_EQ(r.kinds[J_RESET], 1);
    CHECK_EQ(r.kinds[J_HOSTAPI], 2);   /* the escape and the doorbell */
    /* After the reset the slave's CPU sums its three handler runs and the
     * hostapi status words (both served: status 0). */
    CHECK_EQ(r.eax & 0xFFFF, 3);
    CHECK_EQ(r.ebx & 0xFFFF, 0);
}

static void flip_value(dbg_journal *j, struct jentry *e) { (void)j; e->value ^= 1; }
static void flip_word(dbg_journal *j, struct jentry *e) { (void)j; e->value ^= 0x0101; }
static void flip_bytes(dbg_journal *j, struct jentry *e) { j->bytes[e->data] ^= 0xFF; }
static void move_addr(dbg_journal *j, struct jentry *e) { (void)j; e->addr = 0xC0000; }
static void lose_addr(dbg_journal *j, struct jentry *e) { (void)j; e->addr = 0x12345000; }
static void other_vector(dbg_journal *j, struct jentry *e) { (void)j; e->value = 0x41; }
static void later_tsc(dbg_journal *j, struct jentry *e) { (void)j; e->tsc += 777; }
static void other_block(dbg_journal *j, struct jentry *e) { (void)j; e->addr ^= 0x10; }
/* The entry becomes one that changes nothing here (an idle note for a
 * running CPU): the slave never sees the master's event. */
static void drop(dbg_journal *j, struct jentry *e) { (void)j; e->kind = J_IDLE; }

static void expect_tamper(FILE *out, int kind, unsigned nth, void (*tamper)(dbg_journal *, struct jentry *),
                          const char *want1, const char *want2)
{
    struct jrun r = {.kind = kind, .tamper = tamper, .nth = nth};
    int div;
    const char *t = run_journal(&r, NULL, &div, out);
    CHECK(r.tampered);
    CHECK_EQ(div, 1);
    if (!strstr(t, want1) || (want2 && !strstr(t, want2)))
        fprintf(stderr, "kind %d: wanted '%s' and '%s' in:\n%s", kind, want1, want2 ? want2 : "", t);
    CHECK(strstr(t, want1) != NULL);
    CHECK(!want2 || strstr(t, want2) != NULL);
}

static void test_journal_tampered(FILE *out)
{
    /* the IN's value goes out again on port 80h */
    expect_tamper(out, J_IN, 0, flip_value, "OUT port 80: slave wrote", NULL);
    expect_tamper(out, J_OUT, 0, flip_value, "OUT port 80: slave wrote", NULL);
    /* the window's answer is written back to it */
    expect_tamper(out, J_MMIO_RD, 0, flip_word, "MMIO write addr A0020: slave wrote", NULL);
    expect_tamper(out, J_MMIO_WR, 0, flip_value, "MMIO write addr A0020: slave wrote", NULL);
    /* the program saves BP BX CX DX SI DI at 3400h before the reset */
    expect_tamper(out, J_DMA, 0, flip_bytes, "mem 00003000", "mem 00003402");
    expect_tamper(out, J_DMA, 1, flip_bytes, "mem 00003100", "mem 00003404");
    /* reads the ROM where the master read its RAM copy */
    expect_tamper(out, J_SHADOW, 0, flip_value, "mem 00003406", NULL);
    expect_tamper(out, J_MAP_MMIO, 0, move_addr, "the master did MMIO read addr 000B0010", NULL);
    expect_tamper(out, J_UNMAP, 0, lose_addr, "slave did MMIO read addr A0010", NULL);
    /* FFFF:0010 did not wrap in the slave */
    expect_tamper(out, J_A20, 0, flip_value, "mem 00003400", NULL);
    expect_tamper(out, J_INTR, 0, other_vector, "mem 00003200", NULL);
    /* RDTSC after the HLT counts the idle ticks; AL goes out on port 83h */
    expect_tamper(out, J_INTR, 1, later_tsc, "OUT port 83: slave wrote", NULL);
    /* without the NMI handler's run the slave reaches the escape early */
    expect_tamper(out, J_NMI, 0, drop, "the master did DMA addr 0000400E", "the slave did not");
    expect_tamper(out, J_RESET, 0, drop, "slave halted at icount", NULL);
    expect_tamper(out, J_HOSTAPI, 0, other_block,
                  "slave's hostapi escape on block 00004000; the master's on 00004010", NULL);
}

/* J_IDLE comes at the end of the master's run, after the platform's hook:
 * this drives the pair by hand, changing it before the slave replays. */
static void test_journal_idle(FILE *out)
{
    const char *err;
    struct minipc *p = minipc_create(journal_prog, sizeof journal_prog, &err);
    dbg_sim *s1 = p ? dbg_twin86_create(p->c, NULL, 0, minipc_run, p, "sim1", &err) : NULL;
    dbg_sim *s2 = s1 ? dbg_twin86_create_ref(s1, 0, "sim2", &err) : NULL;
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, out, &err) : NULL;
    CHECK(d != NULL);
    if (!d)
        return;
    dbg_twin86_set_hostapi(s1, p->h, NULL);
    for (int tamper = 0; tamper < 2; tamper++) {
        struct dbg_guard g = {.guard_for = DBG_GUARD_ICOUNT, .icount = 100000,
                              .resume_icount = UINT64_MAX};
        struct dbg_guard_found f;
        if (tamper) {   /* again from the start */
            dbg_journal_clear(d->j);
            dbg_twin86_destroy(s1);   /* before the machine it observes */
            dbg_twin86_destroy(s2);
            minipc_destroy(p);
            p = minipc_create(journal_prog, sizeof journal_prog, &err);
            s1 = dbg_twin86_create(p->c, NULL, 0, minipc_run, p, "sim1", &err);
            s2 = dbg_twin86_create_ref(s1, 0, "sim2", &err);
            dbg_twin86_set_hostapi(s1, p->h, NULL);
            d->sim[0] = s1;
            d->sim[1] = s2;
        }
        dbg_twin86_set_role(s1, DBG_MASTER, d->j);
        dbg_twin86_set_role(s2, DBG_SLAVE, d->j);
        CHECK_EQ(s1->cb->execute(s1->self, &g, &f), DBG_EXEC_STOPPED);   /* halted for good */
        struct jentry *idle = &d->j->e[d->j->n - 1];
        CHECK_EQ(idle->kind, J_IDLE);
        CHECK_EQ(idle->value, 1);
        if (tamper)
            idle->tsc += 777;
        g.icount = f.icount;
        s2->cb->execute(s2->self, &g, &f);
        CHECK_EQ(f.guard_found, DBG_GUARD_ICOUNT);
        CHECK_EQ(dbg_ctl_compare(d), tamper);   /* the slave took the master's idle time */
    }
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
    minipc_destroy(p);
}

/* sim2's code reads the window at another offset: found at that instruction. */
static void plant_window_offset(dbg_sim *s2)
{
    uint8_t disp = 0x12;
    s2->cb->setphymem(s2->self, 0x1000 + JP_RD1 + 2, 1, &disp);
}

static void test_journal_planted(FILE *out)
{
    struct jrun r = {.kind = -1};
    int div;
    const char *t = run_journal(&r, plant_window_offset, &div, out);
    CHECK_EQ(div, 1);
    CHECK(strstr(t, "first divergent instruction at icount 12:") != NULL);
    CHECK(strstr(t, "0000:00001032") != NULL);
    CHECK(strstr(t, "slave did MMIO read addr A0012") != NULL);
}

int main(void)
{
    FILE *out = fopen("/dev/null", "w");
    if (getenv("VERBOSE"))
        out = stdout;
    /* Lockstep in turn, then (where there are two CPUs) with the slave in a
     * thread of its own: the same results. */
    for (int threads = 0; threads < 2; threads++) {
        setenv("TWIN86_COSIM_THREADS", threads ? "1" : "0", 1);
        test_agree(out);
        test_planted_code(out);
        test_planted_reg(out);
        test_planted_late(out);
        test_journal_agrees(out);
        test_journal_tampered(out);
        test_journal_planted(out);
    }
    test_guards(out);
    test_pins(out);
    test_ad_bits();
    test_journal_idle(out);
    return check_done();
}
