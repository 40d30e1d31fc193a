/* Directory listings with DOS names (see dirlist.h). Aliases are assigned in
 * a fixed order, so the same directory always gives the same names: host
 * names that are already 8.3 keep them (the first in byte order wins when
 * two differ only in case), the rest get hash aliases, re-salted on the rare
 * collision. */
#define _GNU_SOURCE
#include "hostapi/dirlist.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void dirlist_put(struct dirlist *d) {
    if (!d || --d->refs > 0)
        return;
    free(d->e);
    free(d->pool);
    free(d);
}

static int add_name(struct dirlist *d, size_t *cap, const char *name, int kind) {
    size_t len = strlen(name) + 1;
    if (d->n == DL_MAX_ENTRIES || d->pool_len + len > DL_MAX_POOL)
        return 0; /* capped: the rest of the directory stays invisible */
    if (d->n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        struct dl_entry *e = realloc(d->e, nc * sizeof *e);
        if (!e)
            return -1;
        d->e = e;
        *cap = nc;
    }
    char *pool = realloc(d->pool, d->pool_len + len);
    if (!pool)
        return -1;
    d->pool = pool;
    memcpy(pool + d->pool_len, name, len);
    d->e[d->n++] = (struct dl_entry){{0}, (uint8_t)kind, (uint32_t)d->pool_len};
    d->pool_len += len;
    return 0;
}

static int kind_of(int d_type) {
    switch (d_type) {
    case DT_REG:
        return DL_FILE;
    case DT_DIR:
        return DL_DIR;
    case DT_CHR:
    case DT_BLK:
    case DT_FIFO:
    case DT_SOCK:
        return DL_SPECIAL;
    default:
        return -1; /* symlink or unknown: ask */
    }
}

static int by_name(const void *a, const void *b, void *ctx) {
    const struct dl_entry *x = a, *y = b;
    const char *pool = ctx;
    return strcmp(pool + x->name, pool + y->name);
}

/* Open-addressing set of the DOS names handed out so far. */
struct name_set {
    uint32_t *slot; /* entry index + 1, or 0 */
    uint32_t mask;
    const struct dl_entry *e;
};

static uint32_t fcb_hash(const uint8_t *f) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < FCB_LEN; i++)
        h = (h ^ f[i]) * 16777619u;
    return h;
}

/* Claims name for entry i; 0 on success, -1 when another entry has it. */
static int claim(struct name_set *s, const uint8_t *name, uint32_t i) {
    for (uint32_t h = fcb_hash(name) & s->mask;; h = (h + 1) & s->mask) {
        if (!s->slot[h]) {
            s->slot[h] = i + 1;
            return 0;
        }
        if (memcmp(s->e[s->slot[h] - 1].fcb, name, FCB_LEN) == 0)
            return -1;
    }
}

static int assign_names(struct dirlist *d) {
    uint32_t size = 16;
    while (size < 2 * d->n)
        size *= 2;
    struct name_set s = {calloc(size, sizeof(uint32_t)), size - 1, d->e};
    uint8_t *pending = calloc(d->n ? d->n : 1, 1);
    if (!s.slot || !pending) {
        free(s.slot);
        free(pending);
        return -1;
    }
    for (uint32_t i = 0; i < d->n; i++) {
        uint8_t f[FCB_LEN];
        pending[i] = !dos_plain_name(dl_name(d, &d->e[i]), f);
        if (!pending[i]) {
            memcpy(d->e[i].fcb, f, FCB_LEN);
            pending[i] = claim(&s, f, i) < 0;
        }
    }
    for (uint32_t i = 0; i < d->n; i++)
        for (unsigned salt = 0; pending[i]; salt++) {
            dos_alias(dl_name(d, &d->e[i]), salt, d->e[i].fcb);
            pending[i] = claim(&s, d->e[i].fcb, i) < 0;
        }
    free(s.slot);
    free(pending);
    return 0;
}

struct dirlist *dirlist_read(int dirfd, dl_classify_fn classify, void *ctx) {
    struct dirlist *d = calloc(1, sizeof *d);
    struct stat st;
    int fd = dirfd >= 0 ? openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
    DIR *dir = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d || !dir || fstat(dirfd, &st) < 0) {
        int e = errno;
        if (dir)
            closedir(dir);
        else if (fd >= 0)
            close(fd);
        free(d);
        errno = e ? e : ENOMEM;
        return NULL;
    }
    d->refs = 1;
    d->dev = st.st_dev;
    d->ino = st.st_ino;
    d->mtime = st.st_mtim;
    d->ctime = st.st_ctim;
    size_t cap = 0;
    int ok = 0;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(dir))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        int kind = kind_of(de->d_type);
        if (kind < 0)
            kind = classify(ctx, dirfd, de->d_name);
        if (kind != DL_HIDE && add_name(d, &cap, de->d_name, kind) < 0) {
            ok = -1;
            break;
        }
    }
    closedir(dir);
    if (ok == 0) {
        if (d->n)
            qsort_r(d->e, d->n, sizeof *d->e, by_name, d->pool);
        ok = assign_names(d);
    }
    if (ok < 0) {
        dirlist_put(d);
        errno = ENOMEM;
        return NULL;
    }
    return d;
}

const struct dl_entry *dirlist_find(const struct dirlist *d, const uint8_t fcb[FCB_LEN]) {
    for (uint32_t i = 0; i < d->n; i++)
        if (memcmp(d->e[i].fcb, fcb, FCB_LEN) == 0)
            return &d->e[i];
    return NULL;
}
