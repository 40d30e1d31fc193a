/* The redirector's file service driven through crafted argument blocks, the
 * way the resident driver forwards INT 2Fh AH=11h: mounting, every call DOS
 * makes on files and directories, searches, attributes, locks. Expected
 * values follow the DOS interface (RBIL INT 2Fh AH=11h; the DOS 4+ SDA, SFT
 * and CDS layouts FreeDOS shares), not the implementation. The security
 * properties are in test_redir_security.c. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <time.h>

#include "redir_harness.h"

static void test_mount(struct t *t) {
    char msg[1024];
    uint16_t action;
    /* E: for the first share, H: (the last drive) for the second */
    CHECK_EQ(command(t, " I:", msg, 0, &action), 0);
    CHECK_EQ(action, HOSTAPI_ACT_EXIT);
    CHECK(strstr(msg, "beyond LASTDRIVE (H:)") != NULL);
    CHECK_EQ(command(t, " C:", msg, 0, &action), 0);
    CHECK(strstr(msg, "already in use") != NULL && action == HOSTAPI_ACT_EXIT);
    CHECK_EQ(command(t, " /X", msg, 0, &action), 0);
    CHECK(strstr(msg, "unknown argument /X") != NULL);
    CHECK_EQ(command(t, " /?", msg, 0, &action), 0);
    CHECK(strstr(msg, "/RO") != NULL && action == HOSTAPI_ACT_EXIT);
    CHECK_EQ(command(t, " /U", msg, 0, &action), 0);
    CHECK(strstr(msg, "not loaded") != NULL);
    CHECK_EQ(command(t, " e:", msg, 0, &action), 0);
    CHECK_EQ(action, HOSTAPI_ACT_INSTALL);
    CHECK(strstr(msg, "E: = ") && strstr(msg, "H: = ") && strstr(msg, "(read-only)"));
    CHECK(strstr(msg, "480 bytes resident") != NULL);
    uint8_t e[CDS_SIZE];
    peek(t->m, LIN(SEG_CDS) + 4 * CDS_SIZE, e, sizeof e);
    CHECK(memcmp(e, "E:\\\0", 4) == 0);
    CHECK_EQ(get16(e + 0x43), 0xC000);
    CHECK_EQ(get16(e + 0x4F), 2);
    CHECK_EQ(peek16(t->m, LIN(SEG_CDS) + 7 * CDS_SIZE + 0x43), 0xC000);
    CHECK_EQ(peek16(t->m, LIN(SEG_CDS) + 3 * CDS_SIZE + 0x43), 0); /* D: untouched */
    /* A second copy finds the first. */
    CHECK_EQ(command(t, "", msg, 0x1234, &action), 0);
    CHECK(strstr(msg, "already loaded") != NULL && action == HOSTAPI_ACT_EXIT);
}

static void test_install_check(struct t *t) {
    struct regs r = {0};
    call2f(t, 0x11F0, &r, 0);
    CHECK_EQ(r.status, 0);
    CHECK_EQ(r.bx, HOSTAPI_RESIDENT_MAGIC);
    CHECK_EQ(r.es, 0x9000); /* the resident driver's own segment */
}

static void test_chain(struct t *t) {
    struct regs r = {0};
    set_name(t->m, FN1, "C:\\AUTOEXEC.BAT");
    call2f(t, 0x1116, &r, 0); /* a local drive: the previous handler's */
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    CHECK(r.cf && r.ax == 0x1116); /* untouched */
    set_name(t->m, FN1, "D:\\X");
    call2f(t, 0x1116, &r, 0);
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    call2f(t, 0x1223, &r, 0); /* not AH=11h */
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    call2f(t, 0x1123, &r, 0); /* qualify name: left to DOS */
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    call2f(t, 0x1100, &r, 0);
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    /* an SFT of a local file */
    poke16(t->m, SFT + 5, 0x0002);
    call2f(t, 0x1108, &r, 0);
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
}

static void test_create_write_close(struct t *t) {
    struct regs r = {0};
    uint8_t zero[0x3B] = {0};
    poke(t->m, SFT, zero, sizeof zero);
    set_name(t->m, FN1, "E:\\NEW.TXT");
    ok(t, 0x1117, &r, 0x0000);                   /* create, attribute 0 */
    CHECK_EQ(peek16(t->m, SFT + 5), 0x8040 | 4); /* remote, not written, drive E */
    CHECK_EQ(peek32(t->m, SFT + 0x11), 0);
    CHECK_EQ(peek32(t->m, SFT + 0x15), 0);
    CHECK_EQ(peek16(t->m, SFT + 2) & 0xFF, 2);
    uint8_t name[11];
    peek(t->m, SFT + 0x20, name, 11);
    CHECK(memcmp(name, "NEW     TXT", 11) == 0);
    CHECK_EQ(mem_read(t->m, SFT + 4, 1), 0x20); /* archive */
    poke16(t->m, SFT, 1);
    poke(t->m, DTA, "Hello, DOS!", 11);
    r.cx = 11;
    ok(t, 0x1109, &r, 0);
    CHECK_EQ(r.cx, 11);
    CHECK_EQ(peek32(t->m, SFT + 0x15), 11);
    CHECK_EQ(peek32(t->m, SFT + 0x11), 11);
    CHECK_EQ(peek16(t->m, SFT + 5) & 0x40, 0); /* written */
    /* The guest sets the date and time (INT 21h AX=5701h): 2001-02-03 04:05:06. */
    poke16(t->m, SFT + 0x0D, 4 << 11 | 5 << 5 | 3);
    poke16(t->m, SFT + 0x0F, 21 << 9 | 2 << 5 | 3);
    poke16(t->m, SFT + 5, (uint16_t)(peek16(t->m, SFT + 5) | 0x4000));
    r.cx = 0;
    ok(t, 0x1107, &r, 0); /* commit */
    close_file(t, SEG_SFT);
    CHECK_EQ(peek16(t->m, SFT), 0);
    char buf[64];
    CHECK_EQ(host_read(t->dir, "new.txt", buf, sizeof buf), 11);
    CHECK(strcmp(buf, "Hello, DOS!") == 0);
    struct stat st;
    char p[512];
    snprintf(p, sizeof p, "%s/new.txt", t->dir);
    stat(p, &st);
    struct tm tm;
    localtime_r(&st.st_mtime, &tm);
    CHECK(tm.tm_year == 101 && tm.tm_mon == 1 && tm.tm_mday == 3 && tm.tm_hour == 4 &&
          tm.tm_min == 5 && tm.tm_sec == 6);
    /* The closed SFT no longer reaches the file. */
    FAILS(t, 0x1108, &r, 0, 6);
    /* create over an existing file truncates; "create new" (5Bh) refuses */
    set_name(t->m, FN1, "E:\\NEW.TXT");
    FAILS(t, 0x1117, &r, 0x0100, 0x50);
    ok(t, 0x1117, &r, 0x0000);
    poke16(t->m, SFT, 1);
    close_file(t, SEG_SFT);
    CHECK_EQ(host_read(t->dir, "new.txt", buf, sizeof buf), 0);
    /* volume labels and directories are not created as files */
    set_name(t->m, FN1, "E:\\LABEL");
    FAILS(t, 0x1117, &r, 0x0008, 5);
}

static void test_open_read_seek(struct t *t) {
    host_file(t->dir, "data.bin", "0123456789abcdefghij");
    struct regs r = {0};
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\DATA.BIN", 0x40), 0);
    CHECK_EQ(peek32(t->m, SFT + 0x11), 20);
    r.cx = 8;
    ok(t, 0x1108, &r, 0);
    CHECK_EQ(r.cx, 8);
    char buf[32] = {0};
    peek(t->m, DTA, buf, 8);
    CHECK(memcmp(buf, "01234567", 8) == 0);
    CHECK_EQ(peek32(t->m, SFT + 0x15), 8);
    r.cx = 100;
    ok(t, 0x1108, &r, 0);
    CHECK_EQ(r.cx, 12);
    CHECK_EQ(peek32(t->m, SFT + 0x15), 20);
    r.cx = 5;
    ok(t, 0x1108, &r, 0);
    CHECK_EQ(r.cx, 0); /* end of file */
    /* seek from the end: CX:DX = -4 */
    r.cx = 0xFFFF;
    r.dx = 0xFFFC;
    ok(t, 0x1121, &r, 0);
    CHECK_EQ(r.ax, 16);
    CHECK_EQ(r.dx, 0);
    CHECK_EQ(peek32(t->m, SFT + 0x15), 16);
    r.cx = 4;
    ok(t, 0x1108, &r, 0);
    peek(t->m, DTA, buf, 4);
    CHECK(memcmp(buf, "ghij", 4) == 0);
    /* opened for reading: writes are refused */
    r.cx = 1;
    FAILS(t, 0x1109, &r, 0, 5);
    close_file(t, SEG_SFT);
    /* missing files and directories */
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\NOPE.TXT", 0), 2);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\NODIR\\X.TXT", 0), 3);
    mkdir("/tmp", 0755);
    char p[512];
    snprintf(p, sizeof p, "%s/adir", t->dir);
    mkdir(p, 0755);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\ADIR", 0), 5);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\DATA.BIN", 3), 0x0C); /* access code 3 */
    /* a write-only open cannot read */
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\DATA.BIN", 1), 0);
    r.cx = 1;
    FAILS(t, 0x1108, &r, 0, 5);
    close_file(t, SEG_SFT);
}

static void test_write_truncate_and_dup(struct t *t) {
    host_file(t->dir, "trunc.txt", "ABCDEFGHIJ");
    struct regs r = {0};
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\TRUNC.TXT", 2), 0);
    poke32(t->m, SFT + 0x15, 4);
    r.cx = 0; /* a zero-length write truncates at the position */
    ok(t, 0x1109, &r, 0);
    CHECK_EQ(peek32(t->m, SFT + 0x11), 4);
    char buf[32];
    CHECK_EQ(host_read(t->dir, "trunc.txt", buf, sizeof buf), 4);
    poke32(t->m, SFT + 0x15, 8);
    ok(t, 0x1109, &r, 0); /* ...and extends too */
    CHECK_EQ(host_read(t->dir, "trunc.txt", buf, sizeof buf), 8);
    /* two handles on one SFT (DUP): the first close keeps the file open */
    poke16(t->m, SFT, 2);
    close_file(t, SEG_SFT);
    CHECK_EQ(peek16(t->m, SFT), 1);
    r.cx = 2;
    ok(t, 0x1108, &r, 0); /* still readable */
    close_file(t, SEG_SFT);
    FAILS(t, 0x1108, &r, 0, 6);
}

static void test_extended_open(struct t *t) {
    struct regs r = {0};
    uint8_t zero[0x3B] = {0};
    set_name(t->m, FN1, "E:\\EXT.DAT");
    poke(t->m, SFT, zero, sizeof zero);
    /* action 10h (create if missing, fail if there), mode read/write */
    poke16(t->m, EXT, 0x10);
    poke16(t->m, EXT + 2, 0x00);
    poke16(t->m, EXT + 4, 0x02);
    ok(t, 0x112E, &r, 0);
    CHECK_EQ(r.cx, 2); /* created */
    poke16(t->m, SFT, 1);
    poke(t->m, DTA, "xyz", 3);
    r.cx = 3;
    ok(t, 0x1109, &r, 0);
    close_file(t, SEG_SFT);
    FAILS(t, 0x112E, &r, 0, 0x50); /* now it exists */
    poke16(t->m, EXT, 0x01);       /* open if there */
    poke16(t->m, EXT + 4, 0x00);
    poke(t->m, SFT, zero, sizeof zero);
    ok(t, 0x112E, &r, 0);
    CHECK_EQ(r.cx, 1);
    CHECK_EQ(peek32(t->m, SFT + 0x11), 3);
    poke16(t->m, SFT, 1);
    close_file(t, SEG_SFT);
    poke16(t->m, EXT, 0x02); /* replace */
    poke16(t->m, EXT + 4, 0x02);
    poke(t->m, SFT, zero, sizeof zero);
    ok(t, 0x112E, &r, 0);
    CHECK_EQ(r.cx, 3);
    CHECK_EQ(peek32(t->m, SFT + 0x11), 0);
    poke16(t->m, SFT, 1);
    close_file(t, SEG_SFT);
    set_name(t->m, FN1, "E:\\MISSING.DAT");
    poke16(t->m, EXT, 0x01); /* open, fail if missing */
    FAILS(t, 0x112E, &r, 0, 2);
}

static void test_attributes(struct t *t) {
    host_file(t->dir, "attr.txt", "12345");
    struct regs r = {0};
    set_name(t->m, FN1, "E:\\ATTR.TXT");
    ok(t, 0x110F, &r, 0);
    CHECK_EQ(r.ax, 0x20);
    CHECK_EQ(r.bx, 0);
    CHECK_EQ(r.di, 5);
    struct stat st;
    char p[512];
    snprintf(p, sizeof p, "%s/attr.txt", t->dir);
    stat(p, &st);
    struct tm tm;
    localtime_r(&st.st_mtime, &tm);
    CHECK_EQ(r.dx, (uint16_t)((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 | tm.tm_mday));
    CHECK_EQ(r.cx, (uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec / 2));
    ok(t, 0x110E, &r, 0x01 | 0x02); /* read-only, hidden */
    stat(p, &st);
    CHECK((st.st_mode & 0222) == 0);
    ok(t, 0x110F, &r, 0);
    uint8_t stored;
    int have_xattr = getxattr(p, "user.twin86.dosattr", &stored, 1) == 1;
    CHECK_EQ(r.ax, have_xattr ? 0x03 : 0x01);
    if (have_xattr)
        CHECK_EQ(stored, 0x02);
    /* a read-only file refuses opens for writing and deletion */
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\ATTR.TXT", 2), 5);
    set_name(t->m, FN1, "E:\\ATTR.TXT");
    FAILS(t, 0x1113, &r, 0, 5);
    ok(t, 0x110E, &r, 0x20);
    stat(p, &st);
    CHECK(st.st_mode & 0200);
    ok(t, 0x110F, &r, 0);
    CHECK_EQ(r.ax, 0x20);
    FAILS(t, 0x110E, &r, 0x08, 5); /* no volume labels */
    set_name(t->m, FN1, "E:\\NONE.TXT");
    FAILS(t, 0x110F, &r, 0, 2);
}

static void test_rename_delete(struct t *t) {
    struct regs r = {0};
    host_file(t->dir, "a1.tmp", "1");
    host_file(t->dir, "a2.tmp", "2");
    host_file(t->dir, "b1.tmp", "3");
    host_file(t->dir, "keep.txt", "4");
    set_name(t->m, FN1, "E:\\KEEP.TXT");
    set_name(t->m, FN2, "E:\\KEPT.TXT");
    ok(t, 0x1111, &r, 0);
    CHECK(!host_exists(t->dir, "keep.txt") && host_exists(t->dir, "kept.txt"));
    set_name(t->m, FN1, "E:\\KEPT.TXT");
    set_name(t->m, FN2, "E:\\A1.TMP");
    FAILS(t, 0x1111, &r, 0, 5); /* the new name is taken */
    set_name(t->m, FN2, "C:\\KEPT.TXT");
    FAILS(t, 0x1111, &r, 0, 0x11); /* another drive */
    set_name(t->m, FN1, "E:\\GONE.TXT");
    set_name(t->m, FN2, "E:\\NEW.TXT");
    FAILS(t, 0x1111, &r, 0, 2);
    /* wildcards: A?.TMP -> A?.BAK */
    set_name(t->m, FN1, "E:\\A?.TMP");
    set_name(t->m, FN2, "E:\\A?.BAK");
    ok(t, 0x1111, &r, 0);
    CHECK(host_exists(t->dir, "a1.bak") && host_exists(t->dir, "a2.bak") &&
          host_exists(t->dir, "b1.tmp"));
    /* into a subdirectory */
    char p[512];
    snprintf(p, sizeof p, "%s/sub", t->dir);
    mkdir(p, 0755);
    set_name(t->m, FN1, "E:\\B1.TMP");
    set_name(t->m, FN2, "E:\\SUB\\B2.TMP");
    ok(t, 0x1111, &r, 0);
    CHECK(host_exists(t->dir, "sub/b2.tmp"));
    /* delete with wildcards: *.BAK */
    set_name(t->m, FN1, "E:\\*.BAK");
    ok(t, 0x1113, &r, 0);
    CHECK(!host_exists(t->dir, "a1.bak") && !host_exists(t->dir, "a2.bak") &&
          host_exists(t->dir, "kept.txt"));
    FAILS(t, 0x1113, &r, 0, 2); /* nothing left to match */
    set_name(t->m, FN1, "E:\\SUB");
    FAILS(t, 0x1113, &r, 0, 5); /* a directory is not a file */
    set_name(t->m, FN1, "E:\\SUB\\B2.TMP");
    ok(t, 0x1113, &r, 0);
    CHECK(!host_exists(t->dir, "sub/b2.tmp"));
}

static void test_directories(struct t *t) {
    struct regs r = {0};
    set_name(t->m, FN1, "E:\\NEWDIR");
    ok(t, 0x1103, &r, 0);
    CHECK(host_exists(t->dir, "newdir"));
    FAILS(t, 0x1103, &r, 0, 5); /* exists */
    ok(t, 0x1105, &r, 0);
    set_name(t->m, FN1, "E:\\NEWDIR\\DEEPER");
    ok(t, 0x1103, &r, 0);
    set_name(t->m, FN1, "E:\\NO\\DEEPER");
    FAILS(t, 0x1103, &r, 0, 3);
    FAILS(t, 0x1105, &r, 0, 3);
    set_name(t->m, FN1, "E:\\NEWDIR");
    FAILS(t, 0x1101, &r, 0, 5); /* not empty */
    /* the current directory cannot go */
    uint32_t cds = LIN(SEG_CDS) + 4 * CDS_SIZE;
    set_name(t->m, cds, "E:\\NEWDIR\\DEEPER");
    set_name(t->m, FN1, "E:\\NEWDIR\\DEEPER");
    FAILS(t, 0x1101, &r, 0, 0x10);
    set_name(t->m, cds, "E:\\");
    ok(t, 0x1101, &r, 0);
    set_name(t->m, FN1, "E:\\NEWDIR");
    ok(t, 0x1101, &r, 0);
    CHECK(!host_exists(t->dir, "newdir"));
    host_file(t->dir, "plain.txt", "");
    set_name(t->m, FN1, "E:\\PLAIN.TXT");
    FAILS(t, 0x1105, &r, 0, 3); /* a file is no directory */
    FAILS(t, 0x1101, &r, 0, 3);
}

/* Runs a whole search; returns the names found, "NAME.EXT" joined by spaces. */
static void test_find(struct t *t) {
    char *d = temp_dir("find");
    char got[1024];
    host_file(d, "zeta.txt", "z");
    host_file(d, "alpha.txt", "a");
    host_file(d, ".hidden", "h");
    host_file(d, "A Long Name.Text", "l");
    char p[512];
    snprintf(p, sizeof p, "%s/folder", d);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/folder/inner.c", d);
    host_file(d, "folder/inner.c", "i");
    /* mount d as G: on a fresh guest */
    hostapi *old = t->h;
    struct hostapi_config cfg = {1, 1, {{d, 0, 'G'}}, NULL, 0};
    char err[256];
    t->h = hostapi_create(t->m, &cfg, err, sizeof err);
    setup_dos(t->m);
    uint16_t action;
    CHECK_EQ(command(t, "", NULL, 0, &action), 0);
    CHECK_EQ(action, HOSTAPI_ACT_INSTALL);
    /* Patterns, in the host's name order, with aliases for non-8.3 names. */
    struct regs r = {0};
    set_name(t->m, FN1, "G:\\*.*");
    mem_write(t->m, SATTR, 0, 1);
    call2f(t, 0x111B, &r, 0);
    CHECK(!r.cf);
    uint8_t sdb[21];
    peek(t->m, DTA, sdb, sizeof sdb);
    CHECK_EQ(sdb[0], 0x80 | 6);
    CHECK(memcmp(sdb + 1, "???????????", 11) == 0);
    /* normal files only: no directory, no hidden dot file */
    char want[64];
    uint8_t alias[11], aname[13];
    dos_alias("A Long Name.Text", 0, alias);
    dos_from_fcb(alias, aname);
    snprintf(want, sizeof want, "%s ALPHA.TXT ZETA.TXT", (char *)aname);
    /* search() checks the drive byte for E:; redo its loop for G: inline */
    got[0] = '\0';
    for (int guard = 0; !r.cf && guard < 20; guard++) {
        uint8_t e[32], name[13];
        peek(t->m, FOUND, e, sizeof e);
        dos_from_fcb(e, name);
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", got[0] ? " " : "",
                 (char *)name);
        peek(t->m, DTA, sdb, sizeof sdb);
        poke(t->m, SDB, sdb, sizeof sdb);
        memset(&r, 0, sizeof r);
        r.es = SEG_SDA;
        r.di = 0x19E;
        call2f(t, 0x111C, &r, 0);
        peek(t->m, SDB, sdb, sizeof sdb);
        poke(t->m, DTA, sdb, sizeof sdb);
    }
    CHECK(strcmp(got, want) == 0);
    if (strcmp(got, want))
        fprintf(stderr, "  found '%s', want '%s'\n", got, want);
    CHECK_EQ(r.ax, 0x12);
    /* the found entry: size and attribute */
    set_name(t->m, FN1, "G:\\ZETA.TXT");
    call2f(t, 0x111B, &r, 0);
    uint8_t e[32];
    peek(t->m, FOUND, e, sizeof e);
    CHECK(memcmp(e, "ZETA    TXT", 11) == 0 && e[11] == 0x20 && get32(e + 0x1C) == 1);
    /* directories and hidden files with attribute 12h */
    set_name(t->m, FN1, "G:\\*.*");
    mem_write(t->m, SATTR, 0x12, 1);
    call2f(t, 0x111B, &r, 0);
    int dirs = 0, hidden = 0;
    for (int guard = 0; !r.cf && guard < 20; guard++) {
        peek(t->m, FOUND, e, sizeof e);
        dirs += e[11] == 0x10;
        hidden += (e[11] & 2) != 0;
        peek(t->m, DTA, sdb, sizeof sdb);
        poke(t->m, SDB, sdb, sizeof sdb);
        r.es = SEG_SDA;
        r.di = 0x19E;
        call2f(t, 0x111C, &r, 0);
        peek(t->m, SDB, sdb, sizeof sdb);
        poke(t->m, DTA, sdb, sizeof sdb);
    }
    CHECK_EQ(dirs, 1);
    CHECK_EQ(hidden, 1);
    /* "." and ".." in a subdirectory */
    set_name(t->m, FN1, "G:\\FOLDER\\*.*");
    mem_write(t->m, SATTR, 0x10, 1);
    call2f(t, 0x111B, &r, 0);
    peek(t->m, FOUND, e, sizeof e);
    CHECK(memcmp(e, ".          ", 11) == 0 && e[11] == 0x10);
    /* the volume label */
    set_name(t->m, FN1, "G:\\*.*");
    mem_write(t->m, SATTR, 0x08, 1);
    call2f(t, 0x111B, &r, 0);
    CHECK(!r.cf);
    peek(t->m, FOUND, e, sizeof e);
    CHECK(e[11] == 0x08 && e[0] == 'T');
    /* no match, missing directory */
    set_name(t->m, FN1, "G:\\*.XYZ");
    mem_write(t->m, SATTR, 0, 1);
    call2f(t, 0x111B, &r, 0);
    CHECK(r.cf && r.ax == 0x12);
    set_name(t->m, FN1, "G:\\NODIR\\*.*");
    call2f(t, 0x111B, &r, 0);
    CHECK(r.cf && r.ax == 3);
    /* A cursor whose search slot was taken by newer searches is stale: 32
     * newer searches reuse every slot, and find-next says "no more files"
     * instead of reading another directory. */
    set_name(t->m, FN1, "G:\\*.TXT");
    call2f(t, 0x111B, &r, 0);
    uint8_t first[21];
    peek(t->m, DTA, first, sizeof first);
    for (int i = 0; i < REDIR_MAX_SEARCHES; i++) {
        set_name(t->m, FN1, "G:\\FOLDER\\*.*");
        mem_write(t->m, SATTR, 0x10, 1);
        call2f(t, 0x111B, &r, 0);
    }
    poke(t->m, SDB, first, sizeof first);
    memset(&r, 0, sizeof r);
    r.es = SEG_SDA;
    r.di = 0x19E;
    call2f(t, 0x111C, &r, 0);
    CHECK(r.cf && r.ax == 0x12);
    /* a forged slot number or generation finds nothing either */
    put16(first + 15, 999);
    poke(t->m, SDB, first, sizeof first);
    call2f(t, 0x111C, &r, 0);
    CHECK(r.cf && r.ax == 0x12);
    hostapi_destroy(t->h);
    t->h = old;
    setup_dos(t->m);
    CHECK_EQ(command(t, " E:", NULL, 0, &action), 0);
    remove_tree(d);
}

static void test_space(struct t *t) {
    struct regs r = {0};
    r.es = SEG_CDS;
    r.di = 4 * CDS_SIZE;
    ok(t, 0x110C, &r, 0);
    CHECK_EQ(r.ax & 0xFF, 64);
    CHECK_EQ(r.cx, 512);
    CHECK(r.bx > 0 && r.dx <= r.bx);
    r.es = SEG_CDS;
    r.di = 4 * CDS_SIZE;
    ok(t, 0x11A3, &r, 0);
    CHECK_EQ(r.si, 512);
    uint32_t total = (uint32_t)r.ax << 16 | r.bx, avail = (uint32_t)r.cx << 16 | r.dx;
    CHECK(total > 0 && avail <= total);
}

static void test_locks(struct t *t) {
    host_file(t->dir, "lock.dat", "0123456789");
    struct regs r = {0};
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\LOCK.DAT", 0x42), 0);
    CHECK_EQ(open_file(t, SEG_SFT2, "E:\\LOCK.DAT", 0x42), 0);
    /* lock bytes 2-5 through the first handle (DS:DX -> offset, length) */
    poke32(t->m, LIN(SEG_BUF), 2);
    poke32(t->m, LIN(SEG_BUF) + 4, 4);
    r.ds = SEG_BUF;
    r.dx = 0;
    r.cx = 1;
    r.bx = 0;
    ok(t, 0x110A, &r, 0);
    /* the other handle (another open file description) conflicts */
    poke32(t->m, LIN(SEG_BUF), 4);
    r.es = SEG_SFT2;
    r.bx = 0;
    r.cx = 1;
    FAILS(t, 0x110A, &r, 0, 0x21);
    /* unlocking what is not locked fails; unlocking the lock frees the range */
    r.es = 0;
    r.bx = 1;
    r.cx = 1;
    FAILS(t, 0x110A, &r, 0, 0x21);
    poke32(t->m, LIN(SEG_BUF), 2);
    r.bx = 1;
    r.cx = 1;
    ok(t, 0x110A, &r, 0);
    poke32(t->m, LIN(SEG_BUF), 4);
    r.es = SEG_SFT2;
    r.bx = 0;
    r.cx = 1;
    ok(t, 0x110A, &r, 0);
    /* process termination releases the locks of that PSP */
    call2f(t, 0x1122, &r, 0);
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN); /* other redirectors hear it too */
    call2f(t, 0x111D, &r, 0);             /* DOS 3's "close all of a process" */
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    call2f(t, 0x1120, &r, 0); /* flush all */
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    poke32(t->m, LIN(SEG_BUF), 2);
    r.es = 0;
    r.bx = 0;
    r.cx = 1;
    ok(t, 0x110A, &r, 0);
    close_file(t, SEG_SFT);
    close_file(t, SEG_SFT2);
}

int main(void) {
    struct t t;
    if (redir_setup(&t) < 0)
        return 99;
    test_mount(&t);
    test_install_check(&t);
    test_chain(&t);
    test_create_write_close(&t);
    test_open_read_seek(&t);
    test_write_truncate_and_dup(&t);
    test_extended_open(&t);
    test_attributes(&t);
    test_rename_delete(&t);
    test_directories(&t);
    test_find(&t);
    test_space(&t);
    test_locks(&t);
    /* /U releases the drives */
    uint16_t action;
    char msg[1024];
    CHECK_EQ(command(&t, " /U", msg, 0x1234, &action), 0);
    CHECK_EQ(action, HOSTAPI_ACT_UNLOAD);
    CHECK_EQ(peek16(t.m, LIN(SEG_CDS) + 4 * CDS_SIZE + 0x43), 0);
    struct regs r = {0};
    set_name(t.m, FN1, "E:\\DATA.BIN");
    call2f(&t, 0x1116, &r, 0);
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN);
    redir_teardown(&t);
    return check_done();
}
