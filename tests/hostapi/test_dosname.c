/* DOS names: code page 437 <-> UTF-8 (checked against the VGA text dump's
 * independent table), the DOS file-name upper-case table, 8.3 parsing and
 * wildcards, and the aliases of host names that are not 8.3: deterministic,
 * unique in their directory, plain 8.3 names kept. */
#include <fcntl.h>
#include <sys/stat.h>

#include "harness.h"
#include "hostapi/cp437.h"
#include "hostapi/dirlist.h"
#include "hostapi/dosname.h"
#include "iodev/vga_cp437.h"

static void test_cp437(void) {
    /* the high half agrees with the VGA dump's table (0xFF differs on purpose:
     * a no-break space there, a plain space in screen dumps) */
    for (int c = 0x80; c < 0xFF; c++) {
        uint8_t in = (uint8_t)c;
        char mine[8], vga[4];
        int n = cp437_to_utf8(&in, 1, mine, sizeof mine);
        int k = vga_cp437_utf8(in, vga);
        if (!CHECK(n == k && memcmp(mine, vga, (size_t)k) == 0))
            fprintf(stderr, "  byte %02X differs\n", c);
        uint8_t back[4];
        int lossy = 0;
        CHECK(utf8_to_cp437(mine, back, sizeof back, &lossy) == 1 && back[0] == c && !lossy);
    }
    uint8_t ctl = 0x07;
    char out[8];
    CHECK(cp437_to_utf8(&ctl, 1, out, sizeof out) < 0); /* no control characters in names */
    uint8_t small[2] = {0x82, 0x82};
    CHECK(cp437_to_utf8(small, 2, out, 4) < 0); /* does not fit */
    uint8_t b[16];
    int lossy = 0;
    CHECK(utf8_to_cp437("\xE6\x97\xA5.txt", b, sizeof b, &lossy) == 5 && lossy && b[0] == '_');
    lossy = 0;
    CHECK(utf8_to_cp437("a\xFFz", b, sizeof b, &lossy) == 3 && lossy && b[1] == '_');
    lossy = 0;
    CHECK(utf8_to_cp437("\xC0\xAF", b, sizeof b, &lossy) == 2 && lossy); /* overlong '/' */
    lossy = 0;
    utf8_to_cp437("x\xC2\xA0y", b, sizeof b, &lossy);
    CHECK(lossy && b[1] == '_');
    /* DOS's file-name upper case for code page 437 */
    CHECK_EQ(cp437_upper('a'), 'A');
    CHECK_EQ(cp437_upper(0x81), 0x9A); /* u umlaut */
    CHECK_EQ(cp437_upper(0x82), 'E');  /* e acute: no capital in 437 */
    CHECK_EQ(cp437_upper(0x87), 0x80); /* c cedilla */
    CHECK_EQ(cp437_upper(0xA4), 0xA5); /* n tilde */
    CHECK_EQ(cp437_upper(0xE1), 0xE1); /* sharp s stays */
    CHECK_EQ(cp437_upper('{'), '{');
}

static int fcb_is(const char *name, int wild, const char *want) {
    uint8_t f[FCB_LEN];
    int r = dos_to_fcb((const uint8_t *)name, strlen(name), f, wild);
    if (!want)
        return r < 0;
    return r == 0 && memcmp(f, want, FCB_LEN) == 0;
}

static void test_fcb(void) {
    CHECK(fcb_is("README.TXT", 0, "README  TXT"));
    CHECK(fcb_is("A", 0, "A          "));
    CHECK(fcb_is("ABCDEFGH.ABC", 0, "ABCDEFGHABC"));
    CHECK(fcb_is("FOO.", 0, "FOO        "));
    CHECK(fcb_is("ABCDEFGHI", 0, NULL));
    CHECK(fcb_is("A.ABCD", 0, NULL));
    CHECK(fcb_is(".X", 0, NULL));
    CHECK(fcb_is(".", 0, NULL));
    CHECK(fcb_is("..", 0, NULL));
    CHECK(fcb_is("A.B.C", 0, NULL));
    CHECK(fcb_is("A B", 0, NULL));
    CHECK(fcb_is("A/B", 0, NULL));
    CHECK(fcb_is("A:B", 0, NULL));
    CHECK(fcb_is("abc", 0, NULL)); /* callers upper-case first */
    CHECK(fcb_is("A?B", 0, NULL));
    CHECK(fcb_is("*.*", 1, "???????????"));
    CHECK(fcb_is("FOO*.T?T", 1, "FOO?????T?T"));
    CHECK(fcb_is("*", 1, "????????   "));
    CHECK(fcb_is("*X", 1, NULL));
    CHECK(fcb_is("\xE5X", 0, NULL)); /* the deleted-entry marker */
    uint8_t out[13];
    CHECK(dos_from_fcb((const uint8_t *)"README  TXT", out) == 10 &&
          strcmp((char *)out, "README.TXT") == 0);
    CHECK(dos_from_fcb((const uint8_t *)"MAKEFILE   ", out) == 8 &&
          strcmp((char *)out, "MAKEFILE") == 0);
    const uint8_t *name = (const uint8_t *)"README  TXT";
    CHECK(dos_fcb_match((const uint8_t *)"???????????", name));
    CHECK(dos_fcb_match((const uint8_t *)"R???????TXT", name));
    CHECK(!dos_fcb_match((const uint8_t *)"????????   ", name)); /* "*" is "*." */
    CHECK(!dos_fcb_match((const uint8_t *)"READ    TXT", name));
    CHECK(dos_fcb_has_wild((const uint8_t *)"A?         ") && !dos_fcb_has_wild(name));
    char host[64];
    CHECK(dos_host_name((const uint8_t *)"NEW     TXT", host, sizeof host) == 0 &&
          strcmp(host, "new.txt") == 0);
    CHECK(dos_host_name((const uint8_t *)"\x90T\xE1     TXT", host, sizeof host) == 0 &&
          strcmp(host, "\xC3\x89t\xC3\x9F.txt") == 0);
}

static int plain_is(const char *host, const char *want) {
    uint8_t f[FCB_LEN];
    int r = dos_plain_name(host, f);
    return want ? r == 1 && memcmp(f, want, FCB_LEN) == 0 : r == 0;
}

static void test_aliases(void) {
    CHECK(plain_is("readme.txt", "README  TXT"));
    CHECK(plain_is("Makefile", "MAKEFILE   "));
    CHECK(plain_is("caf\xC3\xA9.txt", "CAFE    TXT"));
    CHECK(plain_is("Long File Name.html", NULL));
    CHECK(plain_is(".bashrc", NULL));
    CHECK(plain_is("a b.txt", NULL));
    CHECK(plain_is("foo.", NULL));
    CHECK(plain_is("archive.tar.gz", NULL));
    CHECK(plain_is("\xE6\x97\xA5.txt", NULL));
    CHECK(plain_is("toolongname.c", NULL));
    uint8_t a[FCB_LEN], b[FCB_LEN];
    dos_alias("Long File Name.html", 0, a);
    dos_alias("Long File Name.html", 0, b);
    CHECK(memcmp(a, b, FCB_LEN) == 0); /* deterministic */
    CHECK(memcmp(a, "LONG~", 5) == 0 && memcmp(a + 8, "HTM", 3) == 0);
    for (int i = 5; i < 8; i++)
        CHECK((a[i] >= '0' && a[i] <= '9') || (a[i] >= 'A' && a[i] <= 'V'));
    dos_alias("Long File Name.html", 1, b);
    CHECK(memcmp(a, b, FCB_LEN) != 0); /* another salt, another name */
    dos_alias("Long File Name.htm", 0, b);
    CHECK(memcmp(a, b, FCB_LEN) != 0);
    dos_alias(".bashrc", 0, a);
    CHECK(memcmp(a, "BASH~", 5) == 0 && memcmp(a + 8, "   ", 3) == 0);
    dos_alias("...", 0, a);
    CHECK(a[0] == '_' && a[1] == '~');
    dos_alias("\xE6\x97\xA5\xE6\x9C\xAC.txt", 0, a);
    CHECK(memcmp(a, "__~", 3) == 0 && memcmp(a + 8, "TXT", 3) == 0); /* one '_' per character */
    /* every alias is itself a valid 8.3 name */
    static const char *const names[] = {
        "Long File Name.html", ".bashrc", "a b.txt", "x.y.z", "\xE6\x97\xA5.c", "----.----",
        "over.long.extension"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        uint8_t name[13];
        dos_alias(names[i], 0, a);
        size_t n = dos_from_fcb(a, name);
        CHECK(dos_to_fcb(name, n, b, 0) == 0 && memcmp(a, b, FCB_LEN) == 0);
    }
}

static int cmp_fcb(const void *x, const void *y) { return memcmp(x, y, FCB_LEN); }

static int classify_none(void *ctx, int dirfd, const char *name) {
    (void)ctx, (void)dirfd, (void)name;
    return DL_FILE;
}

static void test_dirlist(void) {
    char *d = temp_dir("names");
    static const char *const files[] = {
        "FOO.TXT",   "foo.txt", "Foo.Txt", "Long File Name.html", "Long File Name.htm",
        "readme.md", "zz.c"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        host_file(d, files[i], "");
    /* a host file literally named like another name's alias keeps it */
    uint8_t al[FCB_LEN], an[13];
    dos_alias("Long File Name.html", 0, al);
    dos_from_fcb(al, an);
    for (int i = 0; an[i]; i++)
        an[i] = (uint8_t)(an[i] >= 'A' && an[i] <= 'Z' ? an[i] + 32 : an[i]);
    host_file(d, (char *)an, "");
    char sub[512];
    snprintf(sub, sizeof sub, "%s/Sub Dir", d);
    mkdir(sub, 0755);
    int fd = open(d, O_RDONLY | O_DIRECTORY);
    struct dirlist *l1 = dirlist_read(fd, classify_none, NULL);
    struct dirlist *l2 = dirlist_read(fd, classify_none, NULL);
    close(fd);
    CHECK(l1 && l2 && l1->n == 9 && l2->n == 9);
    uint8_t all[16][FCB_LEN];
    for (uint32_t i = 0; i < l1->n; i++) {
        CHECK(memcmp(l1->e[i].fcb, l2->e[i].fcb, FCB_LEN) == 0); /* same names every time */
        memcpy(all[i], l1->e[i].fcb, FCB_LEN);
        if (i)
            CHECK(strcmp(dl_name(l1, &l1->e[i - 1]), dl_name(l1, &l1->e[i])) < 0); /* host order */
    }
    qsort(all, l1->n, FCB_LEN, cmp_fcb);
    for (uint32_t i = 1; i < l1->n; i++)
        CHECK(memcmp(all[i - 1], all[i], FCB_LEN) != 0); /* unique */
    const struct dl_entry *e = dirlist_find(l1, (const uint8_t *)"FOO     TXT");
    CHECK(e && strcmp(dl_name(l1, e), "FOO.TXT") == 0); /* the first in byte order */
    e = dirlist_find(l1, al);
    CHECK(e && strcmp(dl_name(l1, e), (char *)an) == 0); /* the plain name wins */
    e = dirlist_find(l1, (const uint8_t *)"README  MD ");
    CHECK(e && strcmp(dl_name(l1, e), "readme.md") == 0);
    for (uint32_t i = 0; i < l1->n; i++)
        if (strcmp(dl_name(l1, &l1->e[i]), "Sub Dir") == 0)
            CHECK(l1->e[i].kind == DL_DIR && memcmp(l1->e[i].fcb, "SUBD~", 5) == 0);
    dirlist_put(l1);
    dirlist_put(l2);
    remove_tree(d);
}

int main(void) {
    test_cp437();
    test_fcb();
    test_aliases();
    test_dirlist();
    return check_done();
}
