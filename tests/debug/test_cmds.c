/* The prompt's commands on bare simulators, through dbg_ctl_command with
 * the output captured: `p` over CALL (also a recursive one), INT n, REP
 * STOSB and a plain instruction; `trace on` listing the executed
 * instructions in order (a breakpoint, an exception, lockstep, Ctrl-C,
 * a mode change); `print-stack`; and on cmds.rom (a guest that builds its
 * own page tables, GDT and LDT) `info tab`, `info ldt` and `info gdt`
 * line by line, with `info tab` also checked against the translation of
 * every page. Tab completion's word lists last. */
#include "../unit/check.h"
#include "config.h"
#include "debug/cmds.h"
#include <stdlib.h>
#include <string.h>

struct con {
    FILE *f;
    char *buf;
    size_t len;
    int verbose;
};

/* Runs one command line; returns what it printed (valid until the next). */
static const char *cmd(dbg_ctl *d, struct con *c, const char *line) {
    fflush(c->f);
    size_t mark = c->len;
    dbg_ctl_command(d, line);
    fflush(c->f);
    if (c->verbose)
        printf("> %s\n%s", line, c->buf + mark);
    return c->buf + mark;
}

/* Real mode at 0000:1000, the offsets the checks name:
 * 1000 call 1010          1003 mov cx,3        1006 xor bx,bx
 * 1008 call 1020          100B int 30h         100D jmp 1040
 * 1010 mov ax,1234h       1013 mov [600h],ax   1016 ret
 * 1020 dec cx   1021 jz 1026   1023 call 1020   1026 inc bx   1027 ret
 * 1040 mov cx,5  1043 mov di,700h  1046 mov al,0AAh  1048 rep stosb  104A nop
 * 104B mov ax,5  104E add ax,ax  1050 xor bx,bx  1052 div bx  1054 hlt
 * 1100 mov byte [650h],77h  1105 iret           (INT 30h)
 * 1200 nop  1201 hlt                            (#DE) */
static const uint8_t main_code[] = {
    0xE8, 0x0D, 0x00, 0xB9, 0x03, 0x00, 0x31, 0xDB, 0xE8, 0x15, 0x00, 0xCD, 0x30, 0xEB, 0x31,
};
static const uint8_t callee[] = {0xB8, 0x34, 0x12, 0xA3, 0x00, 0x06, 0xC3};
static const uint8_t rec[] = {0x49, 0x74, 0x03, 0xE8, 0xFA, 0xFF, 0x43, 0xC3};
static const uint8_t tail[] = {
    0xB9, 0x05, 0x00, 0xBF, 0x00, 0x07, 0xB0, 0xAA, 0xF3, 0xAA, 0x90,
    0xB8, 0x05, 0x00, 0x01, 0xC0, 0x31, 0xDB, 0xF7, 0xF3, 0xF4,
};
static const uint8_t int30[] = {0xC6, 0x06, 0x50, 0x06, 0x77, 0xCF};
static const uint8_t de[] = {0x90, 0xF4};
static const uint8_t ivt30[] = {0x00, 0x11, 0x00, 0x00}, ivt0[] = {0x00, 0x12, 0x00, 0x00};

static dbg_sim *real_mode_sim(const char *name) {
    const char *err;
    dbg_sim *s = dbg_twin86_create_bare(1u << 20, NULL, 0, name, &err);
    if (!s)
        return NULL;
    const struct dbg_callbacks *cb = s->cb;
    cb->setphymem(s->self, 0x1000, sizeof main_code, main_code);
    cb->setphymem(s->self, 0x1010, sizeof callee, callee);
    cb->setphymem(s->self, 0x1020, sizeof rec, rec);
    cb->setphymem(s->self, 0x1040, sizeof tail, tail);
    cb->setphymem(s->self, 0x1100, sizeof int30, int30);
    cb->setphymem(s->self, 0x1200, sizeof de, de);
    cb->setphymem(s->self, 0x30 * 4, 4, ivt30);
    cb->setphymem(s->self, 0, 4, ivt0);
    static const enum cpu_reg zero[] = {REG_CS, REG_DS, REG_ES, REG_SS};
    for (unsigned i = 0; i < 4; i++)
        cb->set_reg(s->self, zero[i], 0);
    cb->set_reg(s->self, REG_ESP, 0x2000);
    cb->set_reg(s->self, REG_EIP, 0x1000);
    return s;
}

static uint32_t reg(dbg_sim *s, enum cpu_reg r) { return s->cb->get_reg(s->self, r); }
static uint64_t ticks(dbg_sim *s) { return cpu_icount(dbg_twin86_cpu(s)); }

static uint32_t phys32(dbg_sim *s, uint32_t a) {
    uint8_t b[4];
    s->cb->getphymem(s->self, a, 4, b);
    return b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24;
}

static void test_step_over(struct con *c) {
    const char *err, *o;
    dbg_sim *s = real_mode_sim("sim1");
    dbg_ctl *d = s ? dbg_ctl_create(s, NULL, c->f, &err) : NULL;
    if (!CHECK(d != NULL))
        return;
    /* CALL: the callee ran (AX, the store), back at 1003 at the same SP. */
    o = cmd(d, c, "p");
    CHECK_EQ(reg(s, REG_EIP), 0x1003);
    CHECK_EQ(ticks(s), 4);
    CHECK_EQ(reg(s, REG_EAX) & 0xFFFF, 0x1234);
    CHECK_EQ(phys32(s, 0x600) & 0xFFFF, 0x1234);
    CHECK_EQ(reg(s, REG_ESP), 0x2000);
    CHECK(strstr(o, "stepped over at icount 4, 0000:00001003") != NULL);
    CHECK(strstr(o, "0000:00001003  B90300") != NULL);
    /* Into rec at depth 1 and up to its own CALL, then over it: the deeper
     * calls come back to 1026 twice before the depth-1 one does. */
    cmd(d, c, "s 5");
    CHECK_EQ(reg(s, REG_EIP), 0x1023);
    CHECK_EQ(reg(s, REG_ESP), 0x1FFE);
    cmd(d, c, "p");
    CHECK_EQ(reg(s, REG_EIP), 0x1026);
    CHECK_EQ(reg(s, REG_ESP), 0x1FFE);
    CHECK_EQ(reg(s, REG_EBX) & 0xFFFF, 2);
    CHECK_EQ(reg(s, REG_ECX) & 0xFFFF, 0);
    CHECK_EQ(ticks(s), 9 + 10);
    /* INT 30h: the handler's store is done, back after the INT. */
    cmd(d, c, "s 2");
    CHECK_EQ(reg(s, REG_EIP), 0x100B);
    cmd(d, c, "p");
    CHECK_EQ(reg(s, REG_EIP), 0x100D);
    CHECK_EQ(ticks(s), 21 + 3);
    CHECK_EQ(phys32(s, 0x650) & 0xFF, 0x77);
    /* REP STOSB: all five iterations in one p. */
    cmd(d, c, "s 4");
    CHECK_EQ(reg(s, REG_EIP), 0x1048);
    cmd(d, c, "p");
    CHECK_EQ(reg(s, REG_EIP), 0x104A);
    CHECK_EQ(ticks(s), 28 + 5);
    CHECK_EQ(reg(s, REG_ECX) & 0xFFFF, 0);
    CHECK_EQ(reg(s, REG_EDI) & 0xFFFF, 0x705);
    CHECK_EQ(phys32(s, 0x700), 0xAAAAAAAA);
    CHECK_EQ(phys32(s, 0x704) & 0xFFFF, 0x00AA);
    /* Anything else is one step. */
    cmd(d, c, "p");
    CHECK_EQ(reg(s, REG_EIP), 0x104B);
    CHECK_EQ(ticks(s), 34);
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s);
}

/* A breakpoint inside the callee ends `p` there; print-stack shows the
 * return address the CALL pushed. */
static void test_step_over_breakpoint(struct con *c) {
    const char *err, *o;
    dbg_sim *s = real_mode_sim("sim1");
    dbg_ctl *d = s ? dbg_ctl_create(s, NULL, c->f, &err) : NULL;
    if (!CHECK(d != NULL))
        return;
    cmd(d, c, "vb 0:0x1013");
    o = cmd(d, c, "p");
    CHECK(strstr(o, "(sim1) breakpoint 0 at icount 2, 0000:00001013") != NULL);
    CHECK(strstr(o, "stepped over") == NULL);
    CHECK_EQ(reg(s, REG_EIP), 0x1013);
    o = cmd(d, c, "print-stack 2");
    CHECK(strcmp(o, "stack at 0000:1FFE, 16-bit:\n  1FFE: 1003\n  2000: 0000\n") == 0);
    o = cmd(d, c, "print-stack 0");
    CHECK(strstr(o, "print-stack [n]") != NULL);
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s);
}

/* Checks that the lines name the CS:EIPs in this order, one line each. */
static void check_order(const char *o, const char *const *want, unsigned n) {
    const char *p = o;
    for (unsigned i = 0; i < n; i++) {
        const char *q = strstr(p, want[i]);
        if (!CHECK(q != NULL)) {
            fprintf(stderr, "  missing in order: %s\n  in:\n%s", want[i], o);
            return;
        }
        p = q + strlen(want[i]);
    }
}

static unsigned count(const char *o, const char *what) {
    unsigned n = 0;
    for (const char *p = o; (p = strstr(p, what)) != NULL; p += strlen(what))
        n++;
    return n;
}

static void test_trace(struct con *c) {
    const char *err, *o;
    dbg_sim *s = real_mode_sim("sim1");
    dbg_ctl *d = s ? dbg_ctl_create(s, NULL, c->f, &err) : NULL;
    if (!CHECK(d != NULL))
        return;
    CHECK(strcmp(cmd(d, c, "trace"), "trace off\n") == 0);
    CHECK(strcmp(cmd(d, c, "trace on"), "trace on\n") == 0);
    /* `p` under trace shows the callee's instructions, then where it stops. */
    o = cmd(d, c, "p");
    static const char *const call[] = {
        "(sim1) 0: 0000:00001000  E80D00", "(sim1) 1: 0000:00001010  B83412",
        "(sim1) 2: 0000:00001013  A30006", "(sim1) 3: 0000:00001016  C3",
        "\n0000:00001003  B90300",
    };
    check_order(o, call, 5);
    CHECK_EQ(count(o, "(sim1) "), 4);
#ifdef HAVE_CAPSTONE
    CHECK(strstr(o, "B83412  mov ax, 0x1234\n") != NULL);
#endif
    /* A breakpoint stops a traced run before its instruction. */
    cmd(d, c, "lb 0x1026");
    o = cmd(d, c, "c");
    CHECK(strstr(o, "(sim1) breakpoint 0 at icount 15, 0000:00001026") != NULL);
    CHECK(strstr(o, "0000:00001026  43") == NULL);
    CHECK_EQ(count(o, "(sim1) "), 12); /* 11 instructions and the report */
    cmd(d, c, "d 0");
    /* INT 30h and an exception: the tick that delivers a vector says so. */
    o = cmd(d, c, "s 8");
    static const char *const intr[] = {
        "(sim1) 19: 0000:00001026  43",         "(sim1) 20: 0000:00001027  C3",
        "(sim1) 21: 0000:0000100B  CD30  ",     "  => vector 30\n",
        "(sim1) 22: 0000:00001100  C606500677",
    };
    check_order(o, intr, 5);
    CHECK_EQ(count(o, "(sim1) "), 8);
    cmd(d, c, "trace off");
    cmd(d, c, "lb 0x104b");
    cmd(d, c, "c");
    cmd(d, c, "d 0");
    CHECK_EQ(reg(s, REG_EIP), 0x104B);
    CHECK_EQ(ticks(s), 34);
    cmd(d, c, "trace on");
    o = cmd(d, c, "s 5");
    static const char *const fault[] = {
        "(sim1) 34: 0000:0000104B  B80500",
        "(sim1) 35: 0000:0000104E  01C0",
        "(sim1) 36: 0000:00001050  31DB",
        "(sim1) 37: 0000:00001052  F7F3  ",
        "  => vector 00\n",
        "(sim1) 38: 0000:00001200  90",
    };
    check_order(o, fault, 6);
#ifdef HAVE_CAPSTONE
    CHECK(strstr(o, "F7F3  div bx  => vector 00\n") != NULL);
#endif
    CHECK_EQ(reg(s, REG_EIP), 0x1201);
    /* The HLT runs, then the guest has stopped: its report is shown. */
    o = cmd(d, c, "c");
    CHECK(strstr(o, "(sim1) 39: 0000:00001201  F4") != NULL);
    CHECK(strstr(o, "CPU halted") != NULL);
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s);
}

/* Under cosimulation the trace shows the addressed simulator only; in
 * lockstep both move, with lockstep off only the addressed one. */
static void test_trace_cosim(struct con *c) {
    const char *err, *o;
    dbg_sim *s1 = real_mode_sim("sim1");
    dbg_sim *s2 = s1 ? dbg_twin86_create_ref(s1, 0, "sim2", &err) : NULL;
    dbg_ctl *d = s2 ? dbg_ctl_create(s1, s2, c->f, &err) : NULL;
    if (!CHECK(d != NULL))
        return;
    cmd(d, c, "trace on");
    o = cmd(d, c, "s 3");
    CHECK_EQ(count(o, "(sim1) "), 3);
    CHECK_EQ(count(o, "(sim2) "), 0);
    CHECK(strstr(o, "(sim1) 2: 0000:00001013") != NULL);
    CHECK_EQ(ticks(s1), 3);
    CHECK_EQ(ticks(s2), 3);
    o = cmd(d, c, "sim2 p");
    CHECK(strstr(o, "(sim2) 3: 0000:00001016  C3") != NULL);
    CHECK_EQ(count(o, "(sim1) "), 0);
    CHECK_EQ(ticks(s1), 4);
    CHECK_EQ(ticks(s2), 4);
    CHECK(strstr(o, "diverg") == NULL);
    cmd(d, c, "lockstep off");
    o = cmd(d, c, "sim2 s 2");
    CHECK_EQ(count(o, "(sim2) "), 2);
    CHECK_EQ(ticks(s1), 4);
    CHECK_EQ(ticks(s2), 6);
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s2);
    dbg_twin86_destroy(s1);
}

/* A real SIGINT (sent by a child process after 300 ms) stops an endless
 * loop, traced and untraced, and the emulator goes on. */
int sigint_after_ms(unsigned ms);
void sigint_reap(int pid);
void sigint_default(void);
void test_deadline(unsigned seconds);

static void test_ctrl_c(struct con *c) {
    const char *err, *o;
    dbg_sim *s = real_mode_sim("sim1");
    dbg_ctl *d = s ? dbg_ctl_create(s, NULL, c->f, &err) : NULL;
    if (!CHECK(d != NULL))
        return;
    static const uint8_t loop[] = {0xEB, 0xFE}; /* jmp $ */
    s->cb->setphymem(s->self, 0x1000, sizeof loop, loop);
    dbg_ctl_catch_sigint(d);
    for (int traced = 1; traced >= 0; traced--) {
        cmd(d, c, traced ? "trace on" : "trace off");
        uint64_t t0 = ticks(s);
        int pid = sigint_after_ms(300);
        o = cmd(d, c, "c");
        CHECK(strstr(o, "(sim1) interrupted (Ctrl-C) at icount ") != NULL);
        CHECK(strstr(o, ", 0000:00001000 (linear 00001000, 16-bit)") != NULL);
        CHECK(ticks(s) > t0);
        if (traced) /* one line per tick, then the report */
            CHECK_EQ(count(o, "0000:00001000  EBFE"), ticks(s) - t0);
        sigint_reap(pid);
    }
    CHECK_EQ(reg(s, REG_EIP), 0x1000);
    sigint_default();
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s);
}

/* ---- the guest with page tables (cmds.rom) ---- */

static uint8_t *read_rom(size_t *len) {
    FILE *f = fopen("cmds.rom", "rb");
    if (!f)
        return NULL;
    uint8_t *b = malloc(4096);
    *len = b ? fread(b, 1, 4096, f) : 0;
    fclose(f);
    return b;
}

static const char tab_want[] = "cr3=00010000 (4 MiB pages enabled)\n"
                               "00000000-0000FFFF -> 00000000-0000FFFF rw user\n"
                               "00020000-00021FFF -> 00050000-00051FFF ro super\n"
                               "00022000-00022FFF -> 00052000-00052FFF rw super\n"
                               "00030000-00030FFF -> 00053000-00053FFF rw user\n"
                               "000FF000-000FFFFF -> 000FF000-000FFFFF ro super\n"
                               "00400000-007FFFFF -> 00C00000-00FFFFFF rw user\n"
                               "C0000000-C0001FFF -> 00060000-00061FFF ro user\n";

/* Every page of the first 8 MiB and of C0000000-C03FFFFF translates as the
 * listed ranges say, and is unmapped outside them. */
static void check_tab_against_xlate(dbg_sim *s, const char *o) {
    uint32_t lo[16], hi[16], ph[16];
    unsigned n = 0;
    for (const char *p = strchr(o, '\n'); p && n < 16; p = strchr(p + 1, '\n')) {
        unsigned a, b, x;
        if (sscanf(p + 1, "%8X-%8X -> %8X-", &a, &b, &x) == 3)
            lo[n] = a, hi[n] = b, ph[n++] = x;
    }
    CHECK_EQ(n, 7);
    unsigned bad = 0;
    for (uint64_t lin = 0; lin < 0x100000000ull; lin += 4096) {
        if (lin == 0x800000)
            lin = 0xC0000000u;
        if (lin >= 0xC0400000u)
            break;
        uint32_t pa, want = 0;
        int mapped = s->cb->xlate_linear2phy(s->self, (uint32_t)lin, &pa) == 0, listed = 0;
        for (unsigned i = 0; i < n; i++)
            if (lin >= lo[i] && lin <= hi[i]) {
                listed = 1;
                want = ph[i] + (uint32_t)(lin - lo[i]);
            }
        if (mapped != listed || (mapped && pa != want))
            bad++;
    }
    CHECK_EQ(bad, 0);
}

static void test_rom(struct con *c) {
    const char *err, *o;
    size_t len = 0;
    uint8_t *rom = read_rom(&len);
    if (!CHECK(rom != NULL && len == 4096))
        return;
    dbg_sim *s = dbg_twin86_create_bare(2u << 20, rom, len, "sim1", &err);
    dbg_ctl *d = s ? dbg_ctl_create(s, NULL, c->f, &err) : NULL;
    if (!CHECK(d != NULL))
        return;
    CHECK(strcmp(cmd(d, c, "info tab"), "paging off (CR0.PG=0): linear addresses are physical\n") ==
          0);
    CHECK(strcmp(cmd(d, c, "info ldt"), "no LDT (LDTR selector 0000)\n") == 0);
    /* The mode guard stops a traced run right after MOV CR0 sets PE. */
    cmd(d, c, "mode");
    cmd(d, c, "trace on");
    o = cmd(d, c, "c");
    CHECK(strstr(o, "(sim1) CPU mode changed at icount 6,") != NULL);
#ifdef HAVE_CAPSTONE
    CHECK(strstr(o, "0F22C0  mov cr0, eax\n(sim1) CPU mode changed") != NULL);
#endif
    CHECK_EQ(reg(s, REG_CR0) & 1, 1);
    cmd(d, c, "mode");
    cmd(d, c, "trace off");
    cmd(d, c, "lb 0xff800");
    o = cmd(d, c, "c");
    CHECK(strstr(o, "breakpoint 0 at icount") != NULL);
    CHECK_EQ(reg(s, REG_EIP), 0xFF800);
    o = cmd(d, c, "print-stack 3");
    CHECK(strcmp(o, "stack at 0010:00008FF4, 32-bit:\n  00008FF4: 33333333\n"
                    "  00008FF8: 22222222\n  00008FFC: 11111111\n") == 0);
    uint64_t t0 = ticks(s);
    cmd(d, c, "p");
    CHECK_EQ(reg(s, REG_EIP), 0xFF805);
    CHECK_EQ(reg(s, REG_ESP), 0x8FF4);
    CHECK_EQ(ticks(s), t0 + 3);
    CHECK_EQ(phys32(s, 0x8000), 0xCAFEBABE);
    o = cmd(d, c, "info tab");
    if (!CHECK(strcmp(o, tab_want) == 0))
        fprintf(stderr, "info tab printed:\n%s", o);
    check_tab_against_xlate(s, o);
    o = cmd(d, c, "info ldt");
    CHECK(strcmp(o, "LDT[00] 0000F301 23400FFF  data16 rw base=00012340 limit=00000FFF dpl=3\n"
                    "LDT[01] 00CFFB40 0000FFFF  code32 er base=00400000 limit=FFFFFFFF dpl=3\n"
                    "LDT[02] 00001200 00000000  data16 rw base=00000000 limit=00000000 dpl=0"
                    " not-present\n") == 0);
    o = cmd(d, c, "info gdt");
    struct cpu_state st;
    s->cb->get_cpu(s->self, &st);
    char ldt_line[96];
    snprintf(ldt_line, sizeof ldt_line,
             "GDT[03] %08X %04X0017  ldt base=%08X limit=00000017 dpl=0\n",
             (unsigned)(0x8200 | (st.ldtr.base >> 16)), (unsigned)(st.ldtr.base & 0xFFFF),
             (unsigned)st.ldtr.base);
    CHECK(strstr(o, "GDT[00]") == NULL);
    CHECK(strstr(o, "GDT[01] 00CF9B00 0000FFFF  code32 er base=00000000 limit=FFFFFFFF dpl=0\n"));
    CHECK(strstr(o, "GDT[02] 00CF9300 0000FFFF  data32 rw base=00000000 limit=FFFFFFFF dpl=0\n"));
    CHECK(strstr(o, ldt_line) != NULL);
    CHECK(strstr(o, "GDT[04] 00008900 30000067  tss32 base=00003000 limit=00000067 dpl=0\n"));
    CHECK(strstr(o, "GDT[05] 0000EC00 00081234  call-gate32 0008:00001234 dpl=3\n"));
    o = cmd(d, c, "info nonsense");
    CHECK(strstr(o, "unknown or incomplete command") != NULL);
    o = cmd(d, c, "c");
    CHECK(strstr(o, "CPU halted") != NULL);
    CHECK_EQ(reg(s, REG_EBX), 0x5A5A5A5A);
    dbg_ctl_destroy(d);
    dbg_twin86_destroy(s);
    free(rom);
}

static int has(const char *const *w, const char *word) {
    for (; *w; w++)
        if (!strcmp(*w, word))
            return 1;
    return 0;
}

static void test_completion(void) {
    int files;
    const char *const *w = dbg_complete_words("", 0, &files);
    CHECK(has(w, "p") && has(w, "print-stack") && has(w, "trace") && has(w, "info"));
    CHECK(has(w, "sim2") && !has(w, "ldt"));
    CHECK_EQ(files, 0);
    w = dbg_complete_words("info ", 5, &files);
    CHECK(has(w, "gdt") && has(w, "idt") && has(w, "ldt") && has(w, "tss") && has(w, "tab"));
    CHECK(!has(w, "info"));
    w = dbg_complete_words("sim2  info t", 11, &files);
    CHECK(has(w, "tab"));
    w = dbg_complete_words("set $e", 4, &files);
    CHECK(has(w, "$eax") && has(w, "$eip") && has(w, "$cr3") && !has(w, "eax"));
    w = dbg_complete_words("trace ", 6, &files);
    CHECK(has(w, "on") && has(w, "off"));
    w = dbg_complete_words("loader ", 7, &files);
    CHECK_EQ(files, 1);
    w = dbg_complete_words("x /4b ", 6, &files);
    CHECK(w[0] == NULL);
    CHECK_EQ(files, 0);
}

int main(void) {
    struct con c = {0};
    c.f = open_memstream(&c.buf, &c.len);
    c.verbose = getenv("VERBOSE") != NULL;
    if (!c.f)
        return 99;
    test_step_over(&c);
    test_step_over_breakpoint(&c);
    test_trace(&c);
    test_trace_cosim(&c);
    test_deadline(60);
    test_ctrl_c(&c);
    test_rom(&c);
    test_completion();
    fclose(c.f);
    free(c.buf);
    return check_done();
}
