/* Unit tests for iodev/blockdev.c: round trips in each mode, the snapshot
 * overlay never touching the file, range refusal, flush visibility to a
 * second open, and the open errors. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "twin86/blockdev.h"

enum { IMG_SIZE = 3 * 4096 + 1536 }; /* not a multiple of the overlay block */

/* Byte i of a fresh image. */
static uint8_t pattern(uint64_t i) { return (uint8_t)(i * 7 + (i >> 8)); }

/* Makes a temporary image of `size` pattern bytes in `dir`; returns its path (malloc). */
static char *make_image(const char *dir, const char *name, size_t size) {
    char *path = malloc(strlen(dir) + strlen(name) + 2);
    strcpy(path, dir);
    strcat(path, "/");
    strcat(path, name);
    FILE *f = fopen(path, "wb");
    for (size_t i = 0; i < size; i++)
        fputc(pattern(i), f);
    fclose(f);
    return path;
}

/* Whole-file contents, for comparing what reached the disk. */
static uint8_t *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    *size = (size_t)ftell(f);
    rewind(f);
    uint8_t *buf = malloc(*size ? *size : 1);
    *size = fread(buf, 1, *size, f);
    fclose(f);
    return buf;
}

static int all_pattern(const uint8_t *buf, uint64_t from, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (buf[i] != pattern(from + i))
            return 0;
    return 1;
}

static void test_errors(const char *dir) {
    const char *err = NULL;
    char missing[512];
    snprintf(missing, sizeof missing, "%s/nope.img", dir);
    CHECK(!blk_open(missing, BLK_READONLY, &err) && err && strstr(err, "not found"));
    err = NULL;
    CHECK(!blk_open(dir, BLK_READONLY, &err) && err && strstr(err, "directory"));
    err = NULL;
    CHECK(!blk_open("", BLK_READONLY, &err) && err);
    char *empty = make_image(dir, "empty.img", 0);
    err = NULL;
    CHECK(!blk_open(empty, BLK_READWRITE, &err) && err && strstr(err, "empty"));
    err = NULL;
    CHECK(!blk_open(empty, BLK_SNAPSHOT, &err) && err && strstr(err, "empty"));

    /* A file we may read but not write: read-write fails and says what to do
     * instead; read-only and snapshot open it. Root ignores mode bits, so it
     * tries a read-only sysfs attribute instead (open for write is refused). */
    char *ro = make_image(dir, "ro.img", 1024);
    chmod(ro, 0444);
    const char *target = ro;
    if (geteuid() == 0)
        target = access("/sys/devices/system/cpu/online", R_OK) == 0
                     ? "/sys/devices/system/cpu/online"
                     : NULL;
    if (target) {
        err = NULL;
        CHECK(!blk_open(target, BLK_READWRITE, &err) && err && strstr(err, "-snapshot") &&
              strstr(err, "read-only"));
    }
    blockdev *b = blk_open(ro, BLK_READONLY, &err);
    CHECK(b && blk_readonly(b) && blk_size(b) == 1024);
    blk_close(b);
    b = blk_open(ro, BLK_SNAPSHOT, &err);
    CHECK(b && !blk_readonly(b));
    uint8_t x = 0x5A, y = 0;
    CHECK(b && blk_write(b, 10, &x, 1) == 0 && blk_read(b, 10, &y, 1) == 0 && y == 0x5A);
    /* Activity counts the transfers done, not refused ones. */
    CHECK(blk_read(b, 1024, &y, 1) < 0);
    CHECK_EQ(blk_activity(b), 2);
    CHECK_EQ(blk_activity(NULL), 0);
    blk_close(b);
    blk_close(NULL);
    unlink(ro);
    unlink(empty);
    free(ro);
    free(empty);
}

static void test_readwrite(const char *dir) {
    const char *err = NULL;
    char *path = make_image(dir, "rw.img", IMG_SIZE);
    blockdev *b = blk_open(path, BLK_READWRITE, &err);
    if (!CHECK(b))
        return;
    CHECK_EQ(blk_size(b), IMG_SIZE);
    CHECK(!blk_readonly(b) && strcmp(blk_path(b), path) == 0);

    uint8_t buf[5000];
    CHECK(blk_read(b, 4000, buf, sizeof buf) == 0 && all_pattern(buf, 4000, sizeof buf));
    memset(buf, 0xC3, sizeof buf);
    CHECK(blk_write(b, 4000, buf, sizeof buf) == 0);
    uint8_t back[5000] = {0};
    CHECK(blk_read(b, 4000, back, sizeof back) == 0 && memcmp(back, buf, sizeof buf) == 0);

    /* Ranges that leave the image fail and change nothing, even near 2^64. */
    CHECK(blk_read(b, IMG_SIZE - 1, buf, 2) < 0);
    CHECK(blk_write(b, IMG_SIZE - 1, buf, 2) < 0);
    CHECK(blk_write(b, IMG_SIZE, buf, 1) < 0);
    CHECK(blk_write(b, UINT64_MAX, buf, 2) < 0);
    CHECK(blk_read(b, UINT64_MAX - 1, buf, 4) < 0);
    CHECK(blk_read(b, IMG_SIZE, buf, 0) == 0); /* empty range at the end is inside */
    uint8_t last = 0xEE;
    CHECK(blk_write(b, IMG_SIZE - 1, &last, 1) == 0);

    /* After a flush, a second, independent open sees the data. */
    CHECK(blk_flush(b) == 0);
    blockdev *other = blk_open(path, BLK_READONLY, &err);
    CHECK(other && blk_read(other, 4000, back, sizeof back) == 0 &&
          memcmp(back, buf, sizeof buf) == 0);
    blk_close(other);
    blk_close(b);

    size_t size;
    uint8_t *file = slurp(path, &size);
    CHECK_EQ(size, IMG_SIZE); /* never grown */
    CHECK(all_pattern(file, 0, 4000));
    CHECK(file[4000] == 0xC3 && file[8999] == 0xC3);
    CHECK(all_pattern(file + 9000, 9000, IMG_SIZE - 9000 - 1));
    CHECK(file[IMG_SIZE - 1] == 0xEE);
    free(file);
    unlink(path);
    free(path);
}

static void test_readonly(const char *dir) {
    const char *err = NULL;
    char *path = make_image(dir, "ro2.img", IMG_SIZE);
    blockdev *b = blk_open(path, BLK_READONLY, &err);
    if (!CHECK(b))
        return;
    uint8_t buf[512];
    CHECK(blk_read(b, 512, buf, sizeof buf) == 0 && all_pattern(buf, 512, sizeof buf));
    memset(buf, 0, sizeof buf);
    CHECK(blk_write(b, 512, buf, sizeof buf) < 0);
    CHECK(blk_read(b, 512, buf, sizeof buf) == 0 && all_pattern(buf, 512, sizeof buf));
    CHECK(blk_flush(b) == 0);
    blk_close(b);
    unlink(path);
    free(path);
}

static void test_snapshot(const char *dir) {
    const char *err = NULL;
    char *path = make_image(dir, "snap.img", IMG_SIZE);
    /* An mtime in the past, so a write within this second would still show. */
    struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
    utimensat(AT_FDCWD, path, times, 0);
    struct stat before;
    stat(path, &before);

    blockdev *b = blk_open(path, BLK_SNAPSHOT, &err);
    if (!CHECK(b))
        return;
    CHECK(!blk_readonly(b));
    /* A write straddling three overlay blocks, one partly. */
    uint8_t buf[6000];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)~pattern(i);
    CHECK(blk_write(b, 3000, buf, sizeof buf) == 0);
    /* A read wider than the write sees old bytes around new ones. */
    uint8_t back[IMG_SIZE];
    CHECK(blk_read(b, 0, back, IMG_SIZE) == 0);
    CHECK(all_pattern(back, 0, 3000));
    CHECK(memcmp(back + 3000, buf, sizeof buf) == 0);
    CHECK(all_pattern(back + 9000, 9000, IMG_SIZE - 9000));
    /* The short last block of the image: written and read back whole. */
    uint8_t tail[1536];
    memset(tail, 0x11, sizeof tail);
    CHECK(blk_write(b, IMG_SIZE - sizeof tail, tail, sizeof tail) == 0);
    CHECK(blk_read(b, IMG_SIZE - 2000, back, 2000) == 0);
    CHECK(all_pattern(back, IMG_SIZE - 2000, 464) && back[464] == 0x11 && back[1999] == 0x11);
    CHECK(blk_write(b, IMG_SIZE - 1, tail, 2) < 0);
    /* A rewrite of an overlaid block replaces it. */
    uint8_t z = 0;
    CHECK(blk_write(b, 3000, &z, 1) == 0 && blk_read(b, 2999, back, 2) == 0);
    CHECK(back[0] == pattern(2999) && back[1] == 0);
    CHECK(blk_flush(b) == 0);

    /* Another open of the file, meanwhile, sees the original bytes. */
    blockdev *other = blk_open(path, BLK_READONLY, &err);
    CHECK(other && blk_read(other, 3000, back, 100) == 0 && all_pattern(back, 3000, 100));
    blk_close(other);
    blk_close(b);

    size_t size;
    uint8_t *file = slurp(path, &size);
    CHECK(size == IMG_SIZE && all_pattern(file, 0, IMG_SIZE));
    free(file);
    struct stat after;
    stat(path, &after);
    CHECK(after.st_mtim.tv_sec == before.st_mtim.tv_sec &&
          after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
    CHECK_EQ(after.st_size, before.st_size);

    /* A fresh snapshot open starts from the file again. */
    b = blk_open(path, BLK_SNAPSHOT, &err);
    CHECK(b && blk_read(b, 3000, back, 100) == 0 && all_pattern(back, 3000, 100));
    blk_close(b);
    unlink(path);
    free(path);
}

int main(void) {
    char dir[] = "/tmp/twin86-blockdev-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 99;
    }
    test_errors(dir);
    test_readwrite(dir);
    test_readonly(dir);
    test_snapshot(dir);
    rmdir(dir);
    return check_done();
}
