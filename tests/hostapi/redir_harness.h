/* The redirector tests' fake DOS: an SDA, a list of lists with a CDS array
 * (A: to H:, A:-C: physical), SFTs, a DTA and the caller's stack, laid out
 * as MS-DOS 4+ and FreeDOS keep them, and the calls the resident driver
 * makes: INT 2Fh AH=11h forwarded with the caller's registers, and the
 * command line. Shared by test_redir.c and test_redir_security.c. */
#ifndef TWIN86_TESTS_HOSTAPI_REDIR_HARNESS_H
#define TWIN86_TESTS_HOSTAPI_REDIR_HARNESS_H

#include <time.h>

#include "harness.h"
#include "hostapi/dosname.h"
#include "hostapi/redir.h"

#define SDA LIN(SEG_SDA)
#define FN1 (SDA + 0x9E)
#define FN2 (SDA + 0x11E)
#define SDB (SDA + 0x19E)
#define FOUND (SDA + 0x1B3)
#define SATTR (SDA + 0x24D)
#define EXT (SDA + 0x2DD)
#define SFT LIN(SEG_SFT)
#define SFT2 LIN(SEG_SFT2)
#define DTA LIN(SEG_DTA)
#define BLK LIN(SEG_BLOCK)
#define CDS_SIZE 0x58
#define LASTDRIVE 8 /* A: to H: */

struct t {
    memory *m;
    hostapi *h;
    char *dir;   /* share of drive E: (read-write) */
    char *rodir; /* share of drive F: (read-only) */
};

struct regs {
    uint16_t ax, bx, cx, dx, si, di, ds, es;
    int cf;
    uint16_t status;
};

static inline void setup_dos(memory *m) {
    uint8_t zero[0x400] = {0};
    poke(m, SDA, zero, sizeof zero);
    poke32(m, LIN(SEG_LOL) + 0x16, (uint32_t)SEG_CDS << 16);
    uint8_t last = LASTDRIVE;
    poke(m, LIN(SEG_LOL) + 0x21, &last, 1);
    for (int d = 0; d < LASTDRIVE; d++) {
        uint8_t e[CDS_SIZE] = {0};
        e[0] = (uint8_t)('A' + d);
        e[1] = ':';
        e[2] = '\\';
        put16(e + 0x43, d < 3 ? 0x4000 : 0); /* A:-C: physical */
        put16(e + 0x4F, 2);
        poke(m, LIN(SEG_CDS) + (uint32_t)d * CDS_SIZE, e, sizeof e);
    }
    poke32(m, SDA + 0x0C, (uint32_t)SEG_DTA << 16);
    poke16(m, SDA + 0x10, PSP);
    poke32(m, SDA + 0x282, (uint32_t)SEG_CDS << 16 | 4 * CDS_SIZE); /* current CDS: E: */
}

static inline uint16_t command(struct t *t, const char *tail, char *msg, uint16_t resident,
                               uint16_t *action) {
    memory *m = t->m;
    block(m, BLK, HOSTAPI_SVC_REDIR, HOSTAPI_REDIR_COMMAND, HC_END + 16, 2, HC_END);
    uint8_t p[HC_END - HOSTAPI_HDR_SIZE] = {0};
    put16(p + HC_PSP - 32, PSP);
    put16(p + HC_RESIDENT - 32, resident);
    put16(p + HC_DOSVER - 32, 0x0A07); /* FreeDOS reports 7.10 */
    p[HC_OEM - 32] = 0xFD;
    put32(p + HC_SDA - 32, SDA);
    put32(p + HC_LOL - 32, LIN(SEG_LOL));
    put16(p + HC_RESSIZE - 32, 480);
    poke(m, BLK + 32, p, sizeof p);
    poke(m, LIN(SEG_BUF), tail, strlen(tail));
    poke32(m, BLK + HC_END, LIN(SEG_BUF));
    poke32(m, BLK + HC_END + 4, (uint32_t)strlen(tail));
    poke32(m, BLK + HC_END + 8, LIN(SEG_BUF) + 0x200);
    poke32(m, BLK + HC_END + 12, 0x400);
    CHECK(hostapi_call(t->h, BLK, HOSTAPI_VIA_HOST) == 0);
    uint32_t n = peek32(m, BLK + HA_RESULT);
    if (msg) {
        peek(m, LIN(SEG_BUF) + 0x200, msg, n < 0x3FF ? n : 0x3FF);
        msg[n < 0x3FF ? n : 0x3FF] = '\0';
    }
    *action = peek16(m, BLK + HC_ACTION);
    return status_at(m, BLK);
}

static inline void set_name(memory *m, uint32_t at, const char *s) {
    poke(m, at, s, strlen(s) + 1);
}

/* One forwarded INT 2Fh call: AX and the registers in r, ES:DI = SFT unless
 * r->es is set, `word` pushed before the INT. */
static inline void call2f(struct t *t, uint16_t ax, struct regs *r, uint16_t word) {
    memory *m = t->m;
    uint32_t stack = LIN(SEG_STACK) + STACK_SP;
    poke16(m, stack + 4, 0x0203); /* FLAGS with CF set, as FreeDOS calls (stc) */
    poke16(m, stack + 6, word);
    block(m, BLK, HOSTAPI_SVC_REDIR, HOSTAPI_REDIR_INT2F, HR_END, 0, 0);
    uint16_t regs[12] = {
        ax,        r->bx,    r->cx, r->dx, r->si, r->di, 0x5555, r->ds, r->es ? r->es : SEG_SFT,
        SEG_STACK, STACK_SP, 0x9000};
    for (int i = 0; i < 12; i++)
        poke16(m, BLK + HR_AX + 2 * i, regs[i]);
    CHECK(hostapi_call(t->h, BLK, HOSTAPI_VIA_HOST) == 0);
    r->status = status_at(m, BLK);
    r->ax = peek16(m, BLK + HR_AX);
    r->bx = peek16(m, BLK + HR_BX);
    r->cx = peek16(m, BLK + HR_CX);
    r->dx = peek16(m, BLK + HR_DX);
    r->si = peek16(m, BLK + HR_SI);
    r->di = peek16(m, BLK + HR_DI);
    r->es = peek16(m, BLK + HR_ES);
    r->cf = peek16(m, stack + 4) & 1;
    CHECK_EQ(peek16(m, BLK + HR_BP), 0x5555); /* never changes what it need not */
    CHECK_EQ(peek16(m, BLK + HR_SS), SEG_STACK);
}

/* A call that should fail with DOS error err (CF set, AX = err). */
#define FAILS(t_, fn_, r_, word_, err_)                                                            \
    do {                                                                                           \
        call2f(t_, fn_, r_, word_);                                                                \
        CHECK((r_)->status != HOSTAPI_ST_CHAIN && (r_)->cf);                                       \
        CHECK_EQ((r_)->ax, err_);                                                                  \
    } while (0)

static inline void ok(struct t *t, uint16_t ax, struct regs *r, uint16_t word) {
    call2f(t, ax, r, word);
    if (!CHECK(r->status == 0 && !r->cf))
        fprintf(stderr, "  call %04X failed: status %04X AX %04X\n", ax, r->status, r->ax);
}

/* Opens fn1 into the SFT at seg (mode), as DOS does before and after. */
static inline int open_file(struct t *t, uint16_t seg, const char *name, uint16_t mode) {
    uint8_t zero[0x3B] = {0};
    poke(t->m, LIN(seg), zero, sizeof zero);
    poke16(t->m, LIN(seg) + 2, mode);
    set_name(t->m, FN1, name);
    struct regs r = {0};
    r.es = seg;
    call2f(t, 0x1116, &r, mode);
    if (r.cf)
        return r.ax;
    poke16(t->m, LIN(seg), 1); /* DOS counts the handle */
    return 0;
}

static inline void close_file(struct t *t, uint16_t seg) {
    struct regs r = {0};
    r.es = seg;
    ok(t, 0x1106, &r, 0);
}

static inline int host_exists(const char *dir, const char *name) {
    char p[512];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return lstat(p, &st) == 0;
}

/* A whole search on E: as DOS runs it (find first, then find next with the
 * search block copied between the caller's DTA and the SDA); the names
 * found, "NAME.EXT" separated by spaces, go to out. */
static inline void search(struct t *t, const char *pattern, uint8_t attr, char *out, size_t n) {
    struct regs r = {0};
    out[0] = '\0';
    set_name(t->m, FN1, pattern);
    mem_write(t->m, SATTR, attr, 1);
    call2f(t, 0x111B, &r, 0);
    for (int guard = 0; !r.cf && guard < 1000; guard++) {
        uint8_t e[32], name[13];
        peek(t->m, FOUND, e, sizeof e);
        dos_from_fcb(e, name);
        snprintf(out + strlen(out), n - strlen(out), "%s%s", out[0] ? " " : "", (char *)name);
        /* DOS copies the search block from the DTA and passes it in ES:DI */
        uint8_t sdb[21];
        peek(t->m, DTA, sdb, sizeof sdb);
        CHECK(sdb[0] == (0x80 | 4));
        poke(t->m, SDB, sdb, sizeof sdb);
        memset(&r, 0, sizeof r);
        r.es = SEG_SDA;
        r.di = 0x19E;
        call2f(t, 0x111C, &r, 0);
        uint8_t back[21];
        peek(t->m, SDB, back, sizeof back);
        poke(t->m, DTA, back, sizeof back);
    }
    CHECK_EQ(r.ax, 0x12);
}

/* Two shares: a read-write one (E: once mounted with " E:") and a
 * read-only one that asks for H:. Returns 0, or -1. */
static inline int redir_setup(struct t *t) {
    const char *e = NULL;
    setenv("TZ", "UTC", 1);
    tzset();
    *t = (struct t){mem_create(8 << 20, &e), NULL, temp_dir("rw"), temp_dir("ro")};
    struct hostapi_config cfg = {1, 2, {{t->dir, 0, 0}, {t->rodir, 1, 'H'}}, NULL, 0};
    char err[256];
    if (!t->m || !(t->h = hostapi_create(t->m, &cfg, err, sizeof err))) {
        fprintf(stderr, "setup: %s\n", t->m ? err : e);
        return -1;
    }
    setup_dos(t->m);
    return 0;
}

static inline void redir_teardown(struct t *t) {
    hostapi_destroy(t->h);
    mem_destroy(t->m);
    remove_tree(t->dir);
    remove_tree(t->rodir);
}

#endif
