/* The redirector's security properties, through the same crafted calls as
 * test_redir.c: no name leads out of the share ("..", absolute paths, bad
 * components, symlinks pointing out), device files and FIFOs are never
 * opened, read-only shares refuse every change, guest buffers outside RAM
 * are refused before anything moves, and open files and searches are capped
 * (and all closed by a machine reset). */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "redir_harness.h"

static void test_traversal(struct t *t) {
    char *outside = temp_dir("outside");
    host_file(outside, "secret.txt", "secret");
    struct regs r = {0};
    static const char *const bad[] = {
        "E:\\..\\etc\\passwd",
        "E:\\..",
        "E:\\SUB\\..\\..\\X",
        "E:\\.",
        "E:\\A/B",
        "E:\\/ETC/PASSWD",
        "E:\\\\X",
        "E:X",
        "E:\\TOOLONGNAME.TXT",
        "E:\\A.B.C",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        set_name(t->m, FN1, bad[i]);
        call2f(t, 0x1116, &r, 0);
        if (!CHECK(r.cf && (r.ax == 2 || r.ax == 3)))
            fprintf(stderr, "  %s: AX %04X\n", bad[i], r.ax);
        call2f(t, 0x1103, &r, 0);
        CHECK(r.cf);
        call2f(t, 0x1113, &r, 0);
        CHECK(r.cf);
    }
    /* a name buffer without its NUL */
    uint8_t full[128];
    memset(full, 'A', sizeof full);
    full[0] = 'E', full[1] = ':', full[2] = '\\';
    poke(t->m, FN1, full, sizeof full);
    call2f(t, 0x110F, &r, 0);
    CHECK(r.cf && r.ax == 3);
    /* symlinks out of the share: not shown, not followed */
    char link[512], target[512];
    snprintf(link, sizeof link, "%s/out", t->dir);
    CHECK(symlink(outside, link) == 0);
    snprintf(link, sizeof link, "%s/pw.txt", t->dir);
    snprintf(target, sizeof target, "%s/secret.txt", outside);
    CHECK(symlink(target, link) == 0);
    snprintf(link, sizeof link, "%s/rel.txt", t->dir);
    CHECK(symlink("../../../../../../../../etc/passwd", link) == 0);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\PW.TXT", 0), 2);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\REL.TXT", 0), 2);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\OUT\\SECRET.TXT", 0), 3);
    set_name(t->m, FN1, "E:\\OUT\\NEW.TXT");
    FAILS(t, 0x1117, &r, 0, 3);
    set_name(t->m, FN1, "E:\\OUT\\DIR");
    FAILS(t, 0x1103, &r, 0, 3);
    char got[1024];
    search(t, "E:\\*.*", 0x16, got, sizeof got);
    CHECK(strstr(got, "OUT") == NULL && strstr(got, "PW.TXT") == NULL &&
          strstr(got, "REL.TXT") == NULL);
    /* writing "through" a dangling or escaping name creates nothing outside */
    set_name(t->m, FN1, "E:\\PW.TXT");
    FAILS(t, 0x1113, &r, 0, 2);
    char buf[32];
    CHECK_EQ(host_read(outside, "secret.txt", buf, sizeof buf), 6);
    /* a symlink that stays inside the share works */
    host_file(t->dir, "real.txt", "inside");
    snprintf(link, sizeof link, "%s/alias.txt", t->dir);
    CHECK(symlink("real.txt", link) == 0);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\ALIAS.TXT", 0), 0);
    r.cx = 6;
    r.es = 0;
    ok(t, 0x1108, &r, 0);
    peek(t->m, DTA, buf, 6);
    CHECK(memcmp(buf, "inside", 6) == 0);
    close_file(t, SEG_SFT);
    remove_tree(outside);
}

static void test_devices(struct t *t) {
    char p[512];
    struct regs r = {0};
    snprintf(p, sizeof p, "%s/fifo", t->dir);
    CHECK(mkfifo(p, 0666) == 0);
    /* would hang forever if the FIFO were opened for reading */
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\FIFO", 0), 5);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\FIFO", 2), 5);
    set_name(t->m, FN1, "E:\\FIFO");
    FAILS(t, 0x1117, &r, 0, 5); /* create over it */
    poke16(t->m, EXT, 0x12);
    FAILS(t, 0x112E, &r, 0, 5);
    FAILS(t, 0x110F, &r, 0, 5);
    snprintf(p, sizeof p, "%s/null", t->dir);
    if (mknod(p, S_IFCHR | 0666, makedev(1, 3)) == 0) {
        CHECK_EQ(open_file(t, SEG_SFT, "E:\\NULL", 2), 5);
        set_name(t->m, FN1, "E:\\NULL");
        FAILS(t, 0x1117, &r, 0, 5);
    } else
        fprintf(stderr, "  (no mknod permission: character device case skipped)\n");
    char got[1024];
    search(t, "E:\\*.*", 0x16, got, sizeof got);
    CHECK(strstr(got, "FIFO") == NULL && strstr(got, "NULL") == NULL);
    unlink(p);
}

static void test_readonly(struct t *t) {
    host_file(t->rodir, "ro.txt", "read only");
    struct regs r = {0};
    CHECK_EQ(open_file(t, SEG_SFT, "H:\\RO.TXT", 0), 0);
    r.cx = 9;
    r.es = 0;
    ok(t, 0x1108, &r, 0);
    r.cx = 1;
    FAILS(t, 0x1109, &r, 0, 5);
    close_file(t, SEG_SFT);
    CHECK_EQ(open_file(t, SEG_SFT, "H:\\RO.TXT", 2), 5);
    CHECK_EQ(open_file(t, SEG_SFT, "H:\\RO.TXT", 1), 5);
    set_name(t->m, FN1, "H:\\NEW.TXT");
    FAILS(t, 0x1117, &r, 0, 5);
    poke16(t->m, EXT, 0x10);
    poke16(t->m, EXT + 4, 0);
    FAILS(t, 0x112E, &r, 0, 5);
    poke16(t->m, EXT, 0x02);
    set_name(t->m, FN1, "H:\\RO.TXT");
    FAILS(t, 0x112E, &r, 0, 5);
    FAILS(t, 0x1113, &r, 0, 5);
    FAILS(t, 0x110E, &r, 0x01, 5);
    set_name(t->m, FN2, "H:\\RO2.TXT");
    FAILS(t, 0x1111, &r, 0, 5);
    set_name(t->m, FN1, "H:\\DIR");
    FAILS(t, 0x1103, &r, 0, 5);
    char buf[32];
    CHECK_EQ(host_read(t->rodir, "ro.txt", buf, sizeof buf), 9);
    CHECK(!host_exists(t->rodir, "new.txt") && !host_exists(t->rodir, "dir"));
    /* /RO on a read-write share */
    hostapi *old = t->h;
    struct hostapi_config cfg = {1, 1, {{t->dir, 0, 'E'}}, NULL, 0};
    char err[256];
    uint16_t action;
    t->h = hostapi_create(t->m, &cfg, err, sizeof err);
    setup_dos(t->m);
    CHECK_EQ(command(t, " /RO", NULL, 0, &action), 0);
    set_name(t->m, FN1, "E:\\GUESTRO.TXT");
    FAILS(t, 0x1117, &r, 0, 5);
    CHECK(!host_exists(t->dir, "guestro.txt"));
    hostapi_destroy(t->h);
    t->h = old;
    setup_dos(t->m);
    CHECK_EQ(command(t, " E:", NULL, 0, &action), 0);
}

static int open_fds(void) {
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    if (!d)
        return -1;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

static void test_exhaustion_and_reset(struct t *t) {
    host_file(t->dir, "many.txt", "m");
    int before = open_fds();
    uint16_t segs[REDIR_MAX_FILES];
    for (int i = 0; i < REDIR_MAX_FILES; i++) {
        segs[i] = (uint16_t)(0x9000 + i * 4);
        CHECK_EQ(open_file(t, segs[i], "E:\\MANY.TXT", 0), 0);
    }
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\MANY.TXT", 0), 4); /* too many open files */
    set_name(t->m, FN1, "E:\\MORE.TXT");
    struct regs r = {0};
    FAILS(t, 0x1117, &r, 0, 4);
    CHECK(!host_exists(t->dir, "more.txt"));
    close_file(t, segs[0]);
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\MANY.TXT", 0), 0);
    /* a machine reset closes everything and forgets the drives */
    CHECK(open_fds() >= before + REDIR_MAX_FILES);
    hostapi_reset(t->h);
    CHECK_EQ(open_fds(), before);
    r.es = segs[1];
    call2f(t, 0x1108, &r, 0);
    CHECK_EQ(r.status, HOSTAPI_ST_CHAIN); /* no drive is ours any more */
    setup_dos(t->m);
    uint16_t action;
    CHECK_EQ(command(t, " E:", NULL, 0, &action), 0);
    /* a forged SFT handle (index or generation) reaches nothing */
    CHECK_EQ(open_file(t, SEG_SFT, "E:\\MANY.TXT", 0), 0);
    poke16(t->m, SFT + 0x1D, (uint16_t)(peek16(t->m, SFT + 0x1D) + 1));
    r.cx = 1;
    r.es = 0;
    FAILS(t, 0x1108, &r, 0, 6);
    poke16(t->m, SFT + 0x0B, 999);
    FAILS(t, 0x1108, &r, 0, 6);
}

static void test_guest_buffers(void) {
    /* 1 MiB of RAM: the DTA FFFF:0010 is the first byte past its end. */
    char *d = temp_dir("ram");
    host_file(d, "f.txt", "0123456789");
    struct t t = {mem_create(1 << 20, &(const char *){NULL}), NULL, d, NULL};
    struct hostapi_config cfg = {1, 1, {{d, 0, 'E'}}, NULL, 0};
    char err[256];
    t.h = hostapi_create(t.m, &cfg, err, sizeof err);
    setup_dos(t.m);
    uint16_t action;
    CHECK_EQ(command(&t, "", NULL, 0, &action), 0);
    CHECK_EQ(open_file(&t, SEG_SFT, "E:\\F.TXT", 2), 0);
    struct regs r = {0};
    poke32(t.m, SDA + 0x0C, 0xFFFF0010u);
    r.cx = 4;
    call2f(&t, 0x1108, &r, 0);
    CHECK(r.cf && r.ax == 5 && r.status == HOSTAPI_ST_BAD_BUFFER);
    CHECK_EQ(peek32(t.m, SFT + 0x15), 0); /* nothing was read */
    /* a buffer that starts inside RAM and runs past its end */
    poke32(t.m, SDA + 0x0C, 0xFFFF0000u);
    r.cx = 32;
    call2f(&t, 0x1109, &r, 0);
    CHECK(r.cf && r.ax == 5 && r.status == HOSTAPI_ST_BAD_BUFFER);
    char buf[32];
    CHECK_EQ(host_read(d, "f.txt", buf, sizeof buf), 10);
    CHECK(strcmp(buf, "0123456789") == 0);
    /* the last 16 bytes of RAM are fine */
    r.cx = 16;
    poke32(t.m, SDA + 0x0C, 0xF000FFF0u);
    ok(&t, 0x1108, &r, 0);
    CHECK_EQ(r.cx, 10);
    close_file(&t, SEG_SFT);
    hostapi_destroy(t.h);
    mem_destroy(t.m);
    remove_tree(d);
}

int main(void) {
    struct t t;
    uint16_t action;
    if (redir_setup(&t) < 0)
        return 99;
    CHECK_EQ(command(&t, " E:", NULL, 0, &action), 0);
    CHECK_EQ(action, HOSTAPI_ACT_INSTALL);
    test_traversal(&t);
    test_devices(&t);
    test_readonly(&t);
    test_exhaustion_and_reset(&t);
    test_guest_buffers();
    redir_teardown(&t);
    return check_done();
}
