/* A shared host folder (see share.h): opening beneath its root, resolving
 * DOS paths through directory listings, and the listing cache. */
#define _GNU_SOURCE
#include "hostapi/share.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "hostapi/cp437.h"

struct cached {
    char *rel;
    struct dirlist *list;
    uint64_t used; /* for LRU replacement */
};

struct share {
    int root; /* O_PATH descriptor of the folder */
    char *path;
    int readonly;
    int no_openat2; /* the kernel lacks it: walk components, refuse symlinks */
    uint8_t label[FCB_LEN];
    struct cached cache[SHARE_CACHE];
    uint64_t clock;
};

int share_doserr(int err) {
    switch (err) {
    case ENOENT:
        return 2;
    case ENOTDIR:
    case ENAMETOOLONG:
    case ELOOP:
    case EXDEV: /* the path left the share */
        return 3;
    case EMFILE:
    case ENFILE:
        return 4;
    case ENOSPC:
    case EDQUOT:
        return 0x27; /* insufficient disk space */
    case EROFS:
        return 0x13; /* write-protected */
    default:
        return 5; /* access denied */
    }
}

/* The component walk for kernels without openat2: O_NOFOLLOW at every step. */
static int walk_open(int root, const char *rel, int flags, mode_t mode) {
    char buf[SHARE_REL_MAX];
    if (strlen(rel) >= sizeof buf)
        return -ENAMETOOLONG;
    strcpy(buf, rel);
    int dir = openat(root, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
    char *save = NULL, *c = strtok_r(buf, "/", &save);
    if (strcmp(rel, ".") == 0) {
        int fd = dir >= 0 ? openat(dir, ".", flags | O_CLOEXEC, mode) : -1;
        int e = errno;
        if (dir >= 0)
            close(dir);
        return fd >= 0 ? fd : -e;
    }
    while (dir >= 0 && c) {
        char *next = strtok_r(NULL, "/", &save);
        if (strcmp(c, ".") == 0 || strcmp(c, "..") == 0) {
            close(dir);
            return -EXDEV;
        }
        int fd = next ? openat(dir, c, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                      : openat(dir, c, flags | O_NOFOLLOW | O_CLOEXEC, mode);
        int e = errno;
        close(dir);
        if (fd < 0)
            return -e;
        if (!next)
            return fd;
        dir = fd;
        c = next;
    }
    return -errno;
}

int share_openat(share *s, const char *rel, int flags, mode_t mode) {
    if (rel[0] == '/' || strlen(rel) >= SHARE_REL_MAX)
        return -EXDEV;
    if (!s->no_openat2) {
        struct open_how how = {0};
        how.flags = (uint64_t)(flags | O_CLOEXEC);
        how.mode = (flags & O_CREAT) ? mode : 0;
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
        long fd = syscall(SYS_openat2, s->root, rel, &how, sizeof how);
        if (fd >= 0)
            return (int)fd;
        if (errno != ENOSYS)
            return -errno;
        s->no_openat2 = 1;
    }
    return walk_open(s->root, rel, flags, mode);
}

int share_stat(share *s, const char *rel, struct stat *st) {
    int fd = share_openat(s, rel, O_PATH, 0);
    if (fd < 0)
        return fd;
    int r = fstat(fd, st) < 0 ? -errno : 0;
    close(fd);
    return r;
}

int share_open_file(share *s, const char *rel, int accmode) {
    struct stat pre, st;
    int r = share_stat(s, rel, &pre);
    if (r < 0)
        return -share_doserr(-r);
    if (!S_ISREG(pre.st_mode))
        return -5; /* never opened: devices and FIFOs may act on open */
    /* O_NONBLOCK: should the name have been swapped for a FIFO meanwhile, the
     * open does not hang, and the checks below refuse it. */
    int fd = share_openat(s, rel, accmode | O_NONBLOCK | O_NOCTTY, 0);
    if (fd < 0)
        return -share_doserr(-fd);
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_dev != pre.st_dev ||
        st.st_ino != pre.st_ino) {
        close(fd);
        return -5;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

static void make_label(share *s) {
    const char *base = strrchr(s->path, '/');
    base = base && base[1] ? base + 1 : s->path;
    uint8_t cp[64];
    int lossy = 0;
    size_t n = utf8_to_cp437(base, cp, sizeof cp, &lossy), o = 0;
    memset(s->label, ' ', FCB_LEN);
    for (size_t i = 0; i < n && o < FCB_LEN; i++) {
        uint8_t c = cp437_upper(cp[i]);
        if (dos_name_char(c))
            s->label[o++] = c;
    }
    if (o == 0)
        memcpy(s->label, "HOST", 4);
}

share *share_open(const char *path, int readonly, char *err, size_t errsz) {
    share *s = calloc(1, sizeof *s);
    if (!s || !(s->path = realpath(path, NULL))) {
        snprintf(err, errsz, "-share %s: %s", path, s ? strerror(errno) : "out of memory");
        free(s);
        return NULL;
    }
    s->root = open(s->path, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (s->root < 0) {
        snprintf(err, errsz, "-share %s: %s", path, strerror(errno));
        free(s->path);
        free(s);
        return NULL;
    }
    s->readonly = readonly;
    make_label(s);
    return s;
}

void share_flush(share *s) {
    for (int i = 0; i < SHARE_CACHE; i++) {
        free(s->cache[i].rel);
        dirlist_put(s->cache[i].list);
        s->cache[i] = (struct cached){0};
    }
}

void share_close(share *s) {
    if (!s)
        return;
    share_flush(s);
    close(s->root);
    free(s->path);
    free(s);
}

int share_readonly(const share *s) { return s->readonly; }
const char *share_path(const share *s) { return s->path; }
const uint8_t *share_label(const share *s) { return s->label; }

void share_invalidate(share *s, const char *rel) {
    for (int i = 0; i < SHARE_CACHE; i++)
        if (s->cache[i].rel && strcmp(s->cache[i].rel, rel) == 0) {
            free(s->cache[i].rel);
            dirlist_put(s->cache[i].list);
            s->cache[i] = (struct cached){0};
        }
}

/* Joins dir and name into out ("." is the root). */
static int join(char *out, size_t n, const char *dir, const char *name) {
    int len = strcmp(dir, ".") == 0 || !dir[0] ? snprintf(out, n, "%s", name)
                                               : snprintf(out, n, "%s/%s", dir, name);
    return len < 0 || (size_t)len >= n ? -1 : 0;
}

struct classify_ctx {
    share *s;
    const char *dir;
};

/* Symlinks and unknown types: what they lead to, beneath the share. */
static int classify(void *opaque, int dirfd, const char *name) {
    (void)dirfd;
    struct classify_ctx *c = opaque;
    char rel[SHARE_REL_MAX];
    struct stat st;
    if (join(rel, sizeof rel, c->dir, name) < 0 || share_stat(c->s, rel, &st) < 0)
        return DL_HIDE; /* leads outside the share, or nowhere */
    return S_ISREG(st.st_mode) ? DL_FILE : S_ISDIR(st.st_mode) ? DL_DIR : DL_SPECIAL;
}

static int same_dir(const struct dirlist *d, const struct stat *st) {
    return d->dev == st->st_dev && d->ino == st->st_ino && d->mtime.tv_sec == st->st_mtim.tv_sec &&
           d->mtime.tv_nsec == st->st_mtim.tv_nsec && d->ctime.tv_sec == st->st_ctim.tv_sec &&
           d->ctime.tv_nsec == st->st_ctim.tv_nsec;
}

struct dirlist *share_list(share *s, const char *rel, int *doserr) {
    const char *dir = rel[0] ? rel : ".";
    int fd = share_openat(s, dir, O_RDONLY | O_DIRECTORY, 0);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        *doserr = fd < 0 ? (fd == -ENOENT ? 3 : share_doserr(-fd)) : 5;
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    struct cached *slot = &s->cache[0];
    for (int i = 0; i < SHARE_CACHE; i++) {
        struct cached *c = &s->cache[i];
        if (c->rel && strcmp(c->rel, dir) == 0) {
            if (same_dir(c->list, &st)) {
                close(fd);
                c->used = ++s->clock;
                dirlist_get(c->list);
                return c->list;
            }
            slot = c;
            break;
        }
        if (c->used < slot->used)
            slot = c;
    }
    struct classify_ctx ctx = {s, dir};
    struct dirlist *d = dirlist_read(fd, classify, &ctx);
    close(fd);
    if (!d) {
        *doserr = share_doserr(errno);
        return NULL;
    }
    char *copy = strdup(dir);
    if (copy) {
        free(slot->rel);
        dirlist_put(slot->list);
        *slot = (struct cached){copy, d, ++s->clock};
        dirlist_get(d);
    }
    return d;
}

int share_resolve(share *s, const uint8_t (*comps)[FCB_LEN], int n, struct share_path *p) {
    strcpy(p->rel, ".");
    p->parent_len = 0;
    p->exists = 1;
    p->kind = DL_DIR;
    memset(p->fcb, ' ', FCB_LEN);
    size_t len = 0; /* of rel, which is "" until the first component */
    for (int i = 0; i < n; i++) {
        int err;
        struct dirlist *d = share_list(s, len ? p->rel : ".", &err);
        if (!d)
            return err == 2 ? 3 : err;
        const struct dl_entry *e = dirlist_find(d, comps[i]);
        char created[64];
        const char *name = e ? dl_name(d, e) : created;
        if (!e && (i < n - 1 || dos_host_name(comps[i], created, sizeof created) < 0)) {
            dirlist_put(d);
            return 3;
        }
        if (e && i < n - 1 && e->kind != DL_DIR) {
            dirlist_put(d);
            return 3;
        }
        p->parent_len = len;
        int w = len ? snprintf(p->rel + len, sizeof p->rel - len, "/%s", name)
                    : snprintf(p->rel, sizeof p->rel, "%s", name);
        p->exists = e != NULL;
        p->kind = e ? e->kind : 0;
        dirlist_put(d);
        if (w < 0 || (size_t)w >= sizeof p->rel - len)
            return 3;
        len += (size_t)w;
        memcpy(p->fcb, comps[i], FCB_LEN);
    }
    return 0;
}

int share_parent(share *s, const struct share_path *p, const char **name) {
    char dir[SHARE_REL_MAX];
    if (p->parent_len == 0) {
        strcpy(dir, ".");
        *name = p->rel;
    } else {
        memcpy(dir, p->rel, p->parent_len);
        dir[p->parent_len] = '\0';
        *name = p->rel + p->parent_len + 1;
    }
    return share_openat(s, dir, O_RDONLY | O_DIRECTORY, 0);
}
