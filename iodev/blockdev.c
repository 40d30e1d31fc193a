/* Raw disk images (see include/twin86/blockdev.h).
 *
 * Read-write images are written through with pwrite, so every guest write is
 * in the host's page cache at once (a second open sees it) and blk_flush or
 * blk_close pushes it to stable storage. Snapshot images keep changed blocks
 * in an in-memory overlay: a two-level table of BLK_OVL_SIZE-byte copies,
 * filled from the file on the first write to a block, so reads see the
 * guest's writes and the file is opened read-only and never touched. */
#include "twin86/blockdev.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    BLK_OVL_SHIFT = 12, /* overlay block: 4 KiB */
    BLK_OVL_SIZE = 1 << BLK_OVL_SHIFT,
    BLK_DIR_SHIFT = 12, /* blocks per second-level table: 4096 (16 MiB of image) */
    BLK_DIR_SIZE = 1 << BLK_DIR_SHIFT,
};

struct blockdev {
    uint64_t activity;   /* reads and writes so far, for activity lamps */
    int fd;
    enum blk_mode mode;
    uint64_t size;
    char *path;
    /* Snapshot overlay: top[i][j] is block (i << BLK_DIR_SHIFT) + j, or NULL. */
    uint8_t ***top;
    size_t ntop;
};

/* pread/pwrite until done: regular files may still return short counts on signals. */
static int read_full(int fd, uint64_t off, void *buf, size_t len) {
    uint8_t *p = buf;
    while (len) {
        ssize_t n = pread(fd, p, len, (off_t)off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n, off += (uint64_t)n, len -= (size_t)n;
    }
    return 0;
}

static int write_full(int fd, uint64_t off, const void *buf, size_t len) {
    const uint8_t *p = buf;
    while (len) {
        ssize_t n = pwrite(fd, p, len, (off_t)off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n, off += (uint64_t)n, len -= (size_t)n;
    }
    return 0;
}

static const char *open_error(int e, enum blk_mode mode) {
    switch (e) {
    case ENOENT:
    case ENOTDIR:
        return "disk image not found";
    case EISDIR:
        return "disk image is a directory, not a file";
    case EACCES:
    case EPERM:
    case EROFS:
    case ETXTBSY:
        if (mode == BLK_READWRITE)
            return "disk image cannot be opened for writing (use -snapshot to keep writes in "
                   "memory, or open the image read-only)";
        return "disk image cannot be opened: permission denied";
    case ENOMEM:
        return "out of memory opening the disk image";
    default:
        return "disk image cannot be opened";
    }
}

blockdev *blk_open(const char *path, enum blk_mode mode, const char **err) {
    if (!path || !*path) {
        *err = "no disk image file name given";
        return NULL;
    }
    /* Refuse directories before open(): O_RDONLY would accept one. */
    struct stat st;
    if (stat(path, &st) < 0) {
        *err = open_error(errno, mode);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        *err = open_error(EISDIR, mode);
        return NULL;
    }
    if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode)) {
        *err = "disk image is neither a regular file nor a block device";
        return NULL;
    }
    int fd = open(path, (mode == BLK_READWRITE ? O_RDWR : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        *err = open_error(errno, mode);
        return NULL;
    }
    /* lseek also sizes block devices, whose st_size is 0. */
    off_t end = lseek(fd, 0, SEEK_END);
    if (end < 0) {
        close(fd);
        *err = "disk image size cannot be determined";
        return NULL;
    }
    if (end == 0) {
        close(fd);
        *err = "disk image is empty";
        return NULL;
    }
    blockdev *b = calloc(1, sizeof *b);
    char *copy = strdup(path);
    if (!b || !copy) {
        free(b);
        free(copy);
        close(fd);
        *err = "out of memory opening the disk image";
        return NULL;
    }
    b->fd = fd;
    b->mode = mode;
    b->size = (uint64_t)end;
    b->path = copy;
    return b;
}

static void overlay_free(blockdev *b) {
    for (size_t i = 0; i < b->ntop; i++) {
        if (!b->top[i])
            continue;
        for (size_t j = 0; j < BLK_DIR_SIZE; j++)
            free(b->top[i][j]);
        free(b->top[i]);
    }
    free(b->top);
    b->top = NULL;
    b->ntop = 0;
}

void blk_close(blockdev *b) {
    if (!b)
        return;
    blk_flush(b);
    close(b->fd);
    overlay_free(b);
    free(b->path);
    free(b);
}

uint64_t blk_size(const blockdev *b) { return b->size; }

int blk_readonly(const blockdev *b) { return b->mode == BLK_READONLY; }

const char *blk_path(const blockdev *b) { return b->path; }

uint64_t blk_activity(const blockdev *b) { return b ? b->activity : 0; }

/* Whether [offset, offset+len) lies inside the image, without overflow. */
static int in_range(const blockdev *b, uint64_t offset, size_t len) {
    return offset <= b->size && len <= b->size - offset;
}

/* The overlay copy of block `blk`, or NULL when the guest never wrote it. */
static uint8_t *overlay_get(const blockdev *b, uint64_t blk) {
    uint64_t i = blk >> BLK_DIR_SHIFT;
    if (i >= b->ntop || !b->top[i])
        return NULL;
    return b->top[i][blk & (BLK_DIR_SIZE - 1)];
}

/* The overlay copy of block `blk`, made from the file on first use. */
static uint8_t *overlay_make(blockdev *b, uint64_t blk) {
    uint64_t i = blk >> BLK_DIR_SHIFT;
    if (!b->top) {
        size_t n = (size_t)(((b->size + BLK_OVL_SIZE - 1) >> BLK_OVL_SHIFT) + BLK_DIR_SIZE - 1) >>
                   BLK_DIR_SHIFT;
        b->top = calloc(n, sizeof *b->top);
        if (!b->top)
            return NULL;
        b->ntop = n;
    }
    if (!b->top[i] && !(b->top[i] = calloc(BLK_DIR_SIZE, sizeof **b->top)))
        return NULL;
    uint8_t **slot = &b->top[i][blk & (BLK_DIR_SIZE - 1)];
    if (*slot)
        return *slot;
    uint8_t *data = calloc(1, BLK_OVL_SIZE);
    if (!data)
        return NULL;
    /* The image's last block may be short: the rest stays zero and is never exposed. */
    uint64_t start = blk << BLK_OVL_SHIFT;
    size_t n = b->size - start < BLK_OVL_SIZE ? (size_t)(b->size - start) : BLK_OVL_SIZE;
    if (read_full(b->fd, start, data, n) < 0) {
        free(data);
        return NULL;
    }
    return *slot = data;
}

int blk_read(blockdev *b, uint64_t offset, void *buf, size_t len) {
    if (!in_range(b, offset, len))
        return -1;
    b->activity++;
    if (!b->top)
        return read_full(b->fd, offset, buf, len);
    uint8_t *p = buf;
    while (len) {
        uint64_t blk = offset >> BLK_OVL_SHIFT;
        size_t in = (size_t)(offset & (BLK_OVL_SIZE - 1));
        size_t n = BLK_OVL_SIZE - in < len ? BLK_OVL_SIZE - in : len;
        const uint8_t *ovl = overlay_get(b, blk);
        if (ovl)
            memcpy(p, ovl + in, n);
        else if (read_full(b->fd, offset, p, n) < 0)
            return -1;
        p += n, offset += n, len -= n;
    }
    return 0;
}

int blk_write(blockdev *b, uint64_t offset, const void *buf, size_t len) {
    if (b->mode == BLK_READONLY || !in_range(b, offset, len))
        return -1;
    b->activity++;
    if (b->mode == BLK_READWRITE)
        return write_full(b->fd, offset, buf, len);
    const uint8_t *p = buf;
    while (len) {
        uint64_t blk = offset >> BLK_OVL_SHIFT;
        size_t in = (size_t)(offset & (BLK_OVL_SIZE - 1));
        size_t n = BLK_OVL_SIZE - in < len ? BLK_OVL_SIZE - in : len;
        uint8_t *ovl = overlay_make(b, blk);
        if (!ovl)
            return -1;
        memcpy(ovl + in, p, n);
        p += n, offset += n, len -= n;
    }
    return 0;
}

int blk_flush(blockdev *b) {
    if (b->mode != BLK_READWRITE)
        return 0;
    /* Block devices and some file systems refuse fdatasync: that is not a lost write. */
    if (fdatasync(b->fd) < 0 && errno != EINVAL && errno != EROFS)
        return -1;
    return 0;
}
