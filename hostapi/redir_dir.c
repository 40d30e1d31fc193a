/* Redirector calls on names: directories, attributes, rename, delete and
 * the free space. Mutations are refused on read-only shares before anything
 * touches the host. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "hostapi/cp437.h"
#include "hostapi/redir_int.h"
#include "hostapi/share_meta.h"

enum {
    DOS_ERR_NOT_FOUND = 2,
    DOS_ERR_PATH = 3,
    DOS_ERR_DENIED = 5,
    DOS_ERR_CURDIR = 0x10,
    DOS_ERR_SAME_DEVICE = 0x11,
};

/* Resolves the name in SDA buffer `off` (no wildcards). */
static int resolve(struct rcall *c, uint16_t off, struct share_path *p) {
    uint8_t comps[MAX_DEPTH][FCB_LEN];
    int n = rc_path(c, off, comps, 0);
    if (n < 0)
        return -n;
    return share_resolve(c->sh, comps, n, p);
}

static void parent_of(const struct share_path *p, char *out) {
    if (p->parent_len == 0)
        strcpy(out, ".");
    else {
        memcpy(out, p->rel, p->parent_len);
        out[p->parent_len] = '\0';
    }
}

int redir_mkdir(struct rcall *c) {
    struct share_path p;
    int err = resolve(c, c->r->lay->sda_fn1, &p);
    if (err)
        return err;
    if (c->ro || p.exists || strcmp(p.rel, ".") == 0)
        return DOS_ERR_DENIED;
    const char *name;
    int dir = share_parent(c->sh, &p, &name);
    if (dir < 0)
        return share_doserr(-dir);
    int r = mkdirat(dir, name, 0777);
    int e = errno;
    close(dir);
    char parent[SHARE_REL_MAX];
    parent_of(&p, parent);
    share_invalidate(c->sh, parent);
    return r < 0 ? share_doserr(e) : 0;
}

int redir_rmdir(struct rcall *c) {
    redir *r = c->r;
    struct share_path p;
    int err = resolve(c, r->lay->sda_fn1, &p);
    if (err)
        return err;
    if (!p.exists || p.kind != DL_DIR)
        return DOS_ERR_PATH;
    if (c->ro || strcmp(p.rel, ".") == 0)
        return DOS_ERR_DENIED;
    /* Not the drive's current directory (DOS leaves this check to us). */
    uint8_t cur[67];
    uint32_t cds = far_ptr(rc_get32(c, r->sda + r->lay->sda_cds));
    if (rc_read(c, cds, cur, sizeof cur) == 0 && memchr(cur, 0, sizeof cur)) {
        size_t i = 0;
        while (c->path[i] && cp437_upper(c->path[i]) == cp437_upper(cur[i]))
            i++;
        if (!c->path[i] && !cur[i])
            return DOS_ERR_CURDIR;
    }
    const char *name;
    int dir = share_parent(c->sh, &p, &name);
    if (dir < 0)
        return share_doserr(-dir);
    int rc = unlinkat(dir, name, AT_REMOVEDIR);
    int e = errno;
    close(dir);
    char parent[SHARE_REL_MAX];
    parent_of(&p, parent);
    share_invalidate(c->sh, parent);
    share_invalidate(c->sh, p.rel);
    if (rc < 0)
        return e == ENOENT ? DOS_ERR_PATH : DOS_ERR_DENIED; /* not empty: "access denied" */
    return 0;
}

int redir_chdir(struct rcall *c) {
    struct share_path p;
    int err = resolve(c, c->r->lay->sda_fn1, &p);
    if (err)
        return err;
    return p.exists && p.kind == DL_DIR ? 0 : DOS_ERR_PATH;
}

/* Opens an existing entry just to read or set its metadata. */
static int open_entry(struct rcall *c, const struct share_path *p) {
    if (p->kind == DL_DIR)
        return share_openat(c->sh, p->rel, O_RDONLY | O_DIRECTORY, 0);
    int fd = share_open_file(c->sh, p->rel, O_RDONLY);
    return fd < 0 ? -EACCES : fd;
}

int redir_getattr(struct rcall *c) {
    struct share_path p;
    int err = resolve(c, c->r->lay->sda_fn1, &p);
    if (err)
        return err;
    if (!p.exists)
        return DOS_ERR_NOT_FOUND;
    if (p.kind == DL_SPECIAL)
        return DOS_ERR_DENIED;
    int fd = open_entry(c, &p);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        if (fd >= 0)
            close(fd);
        return DOS_ERR_DENIED;
    }
    struct dos_meta m;
    const char *base = strrchr(p.rel, '/');
    meta_from_fd(fd, &st, base ? base + 1 : p.rel, &m);
    close(fd);
    c->reg[R_AX] = m.attr;
    c->reg[R_CX] = m.time;
    c->reg[R_DX] = m.date;
    c->reg[R_BX] = (uint16_t)(m.size >> 16);
    c->reg[R_DI] = (uint16_t)m.size;
    return 0;
}

int redir_setattr(struct rcall *c) {
    struct share_path p;
    int err = resolve(c, c->r->lay->sda_fn1, &p);
    if (err)
        return err;
    uint8_t attr = (uint8_t)rc_stack_word(c);
    if (!p.exists)
        return DOS_ERR_NOT_FOUND;
    if (c->ro || p.kind == DL_SPECIAL || (attr & DOS_VOLUME) ||
        ((attr & DOS_DIR) && p.kind != DL_DIR))
        return DOS_ERR_DENIED;
    int fd = open_entry(c, &p);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        if (fd >= 0)
            close(fd);
        return DOS_ERR_DENIED;
    }
    int rc = meta_set_attr(fd, &st, attr);
    close(fd);
    char parent[SHARE_REL_MAX];
    parent_of(&p, parent);
    share_invalidate(c->sh, parent);
    return rc < 0 ? share_doserr(-rc) : 0;
}

/* DOS rename pattern: '?' in the new name keeps the old name's character. */
static void apply_pattern(const uint8_t *pat, const uint8_t *old, uint8_t *out) {
    for (int i = 0; i < FCB_LEN; i++)
        out[i] = pat[i] == '?' ? old[i] : pat[i];
    /* a kept character may leave a space inside a field; DOS squeezes it out */
    for (int f = 0; f < 2; f++) {
        uint8_t *s = out + (f ? 8 : 0), tmp[8];
        int w = f ? 3 : 8, o = 0;
        for (int i = 0; i < w; i++)
            if (s[i] != ' ')
                tmp[o++] = s[i];
        memset(s, ' ', (size_t)w);
        memcpy(s, tmp, (size_t)o);
    }
}

/* Splits an SDA name into its directory (resolved) and last component. */
static int split(struct rcall *c, uint16_t off, struct share_path *dir, uint8_t last[FCB_LEN],
                 int wild) {
    uint8_t comps[MAX_DEPTH][FCB_LEN];
    int n = rc_path(c, off, comps, wild);
    if (n < 0)
        return -n;
    if (n == 0)
        return DOS_ERR_DENIED; /* the root itself */
    memcpy(last, comps[n - 1], FCB_LEN);
    int err = share_resolve(c->sh, comps, n - 1, dir);
    if (err)
        return err;
    return dir->exists && dir->kind == DL_DIR ? 0 : DOS_ERR_PATH;
}

int redir_rename(struct rcall *c) {
    redir *r = c->r;
    struct share_path from, to;
    uint8_t pat[FCB_LEN], newpat[FCB_LEN];
    uint8_t d2[2];
    rc_read(c, r->sda + r->lay->sda_fn2, d2, 2);
    if (cp437_upper(d2[0]) != 'A' + c->drive || d2[1] != ':')
        return DOS_ERR_SAME_DEVICE;
    int err = split(c, r->lay->sda_fn1, &from, pat, 1);
    if (!err)
        err = split(c, r->lay->sda_fn2, &to, newpat, 1);
    if (err)
        return err;
    if (c->ro)
        return DOS_ERR_DENIED;
    struct dirlist *src = share_list(c->sh, from.rel, &err);
    if (!src)
        return err;
    int fromfd = share_openat(c->sh, from.rel, O_RDONLY | O_DIRECTORY, 0);
    int tofd = share_openat(c->sh, to.rel, O_RDONLY | O_DIRECTORY, 0);
    int matched = 0, renamed = 0, failure = 0;
    for (uint32_t i = 0; fromfd >= 0 && tofd >= 0 && i < src->n; i++) {
        const struct dl_entry *e = &src->e[i];
        if (e->kind == DL_SPECIAL || !dos_fcb_match(pat, e->fcb))
            continue;
        matched++;
        uint8_t fcb[FCB_LEN];
        char host[64];
        apply_pattern(newpat, e->fcb, fcb);
        int dst_err = 0;
        struct dirlist *dst = share_list(c->sh, to.rel, &dst_err);
        int exists = dst && dirlist_find(dst, fcb);
        dirlist_put(dst);
        if (exists || fcb[0] == ' ' || dos_host_name(fcb, host, sizeof host) < 0) {
            failure = DOS_ERR_DENIED; /* the new name is taken, or no name */
            continue;
        }
        if (renameat2(fromfd, dl_name(src, e), tofd, host, RENAME_NOREPLACE) < 0) {
            failure = share_doserr(errno);
            continue;
        }
        renamed++;
        share_invalidate(c->sh, from.rel);
        share_invalidate(c->sh, to.rel);
    }
    if (fromfd >= 0)
        close(fromfd);
    if (tofd >= 0)
        close(tofd);
    dirlist_put(src);
    if (!matched)
        return DOS_ERR_NOT_FOUND;
    return renamed ? 0 : failure ? failure : DOS_ERR_DENIED;
}

int redir_delete(struct rcall *c) {
    struct share_path dir;
    uint8_t pat[FCB_LEN];
    int err = split(c, c->r->lay->sda_fn1, &dir, pat, 1);
    if (err)
        return err;
    if (c->ro)
        return DOS_ERR_DENIED;
    struct dirlist *l = share_list(c->sh, dir.rel, &err);
    if (!l)
        return err;
    int dfd = share_openat(c->sh, dir.rel, O_RDONLY | O_DIRECTORY, 0);
    int wild = dos_fcb_has_wild(pat), matched = 0, deleted = 0;
    for (uint32_t i = 0; dfd >= 0 && i < l->n; i++) {
        const struct dl_entry *e = &l->e[i];
        if (!dos_fcb_match(pat, e->fcb))
            continue;
        if (e->kind != DL_FILE) {
            if (!wild)
                matched++; /* a directory or device by name: refused below */
            continue;
        }
        struct stat st;
        struct dos_meta m = {0};
        if (fstatat(dfd, dl_name(l, e), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISLNK(st.st_mode)) {
            int fd = openat(dfd, dl_name(l, e), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
            if (fd >= 0) {
                meta_from_fd(fd, &st, dl_name(l, e), &m);
                close(fd);
            }
        }
        /* A wildcard skips hidden and system files, as DOS's own search does. */
        if (wild && (m.attr & (DOS_HIDDEN | DOS_SYSTEM)))
            continue;
        matched++;
        if (m.attr & DOS_RDONLY)
            continue;
        if (unlinkat(dfd, dl_name(l, e), 0) == 0)
            deleted++;
    }
    if (dfd >= 0)
        close(dfd);
    dirlist_put(l);
    share_invalidate(c->sh, dir.rel);
    if (!matched)
        return DOS_ERR_NOT_FOUND;
    return deleted ? 0 : DOS_ERR_DENIED;
}

int redir_space(struct rcall *c, int large) {
    struct statvfs vfs;
    int fd = share_openat(c->sh, ".", O_RDONLY | O_DIRECTORY, 0);
    int ok = fd >= 0 && fstatvfs(fd, &vfs) == 0;
    if (fd >= 0)
        close(fd);
    if (!ok)
        return DOS_ERR_DENIED;
    uint64_t total = (uint64_t)vfs.f_blocks * vfs.f_frsize;
    uint64_t avail = (uint64_t)vfs.f_bavail * vfs.f_frsize;
    if (large) { /* FreeDOS AX=11A3h: sectors in AX:BX and CX:DX, sector size in SI */
        uint64_t ts = total / 512, fs = avail / 512;
        ts = ts > 0xFFFFFFFFu ? 0xFFFFFFFFu : ts;
        fs = fs > 0xFFFFFFFFu ? 0xFFFFFFFFu : fs;
        c->reg[R_AX] = (uint16_t)(ts >> 16);
        c->reg[R_BX] = (uint16_t)ts;
        c->reg[R_CX] = (uint16_t)(fs >> 16);
        c->reg[R_DX] = (uint16_t)fs;
        c->reg[R_SI] = 512;
        return 0;
    }
    /* 32 KiB clusters of 512-byte sectors: up to 2 GiB shows in 16 bits. */
    uint64_t tc = total / 32768, fc = avail / 32768;
    c->reg[R_AX] = 0xF800 | 64;
    c->reg[R_BX] = (uint16_t)(tc > 0xFFFF ? 0xFFFF : tc);
    c->reg[R_CX] = 512;
    c->reg[R_DX] = (uint16_t)(fc > 0xFFFF ? 0xFFFF : fc);
    return 0;
}
