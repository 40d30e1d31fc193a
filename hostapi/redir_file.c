/* Redirector file calls: open, create, extended open, close, commit, read,
 * write, seek from the end, byte-range locks. A file's host descriptor hides
 * behind the SFT's starting-cluster word (an index into our table) with a
 * generation number beside it, so a stale or forged SFT finds nothing. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hostapi/redir_int.h"
#include "hostapi/share_meta.h"

enum {
    DOS_ERR_FUNCTION = 1,
    DOS_ERR_NOT_FOUND = 2,
    DOS_ERR_TOO_MANY = 4,
    DOS_ERR_DENIED = 5,
    DOS_ERR_HANDLE = 6,
    DOS_ERR_ACCESS_CODE = 0x0C,
    DOS_ERR_LOCK = 0x21,
    DOS_ERR_SHARE_BUF = 0x24,
    DOS_ERR_EXISTS = 0x50,
};

void redir_close_file(redir *r, int idx) {
    struct rfile *f = &r->files[idx];
    if (f->fd < 0)
        return;
    for (int i = 0; i < REDIR_MAX_LOCKS; i++)
        if (r->locks[i].used && r->locks[i].file == idx)
            r->locks[i].used = 0; /* closing the descriptor drops its locks */
    if (f->dirty)
        fsync(f->fd);
    close(f->fd);
    f->fd = -1;
}

void redir_flush_all(redir *r) {
    for (int i = 0; i < REDIR_MAX_FILES; i++)
        if (r->files[i].fd >= 0 && r->files[i].dirty) {
            fsync(r->files[i].fd);
            r->files[i].dirty = 0;
        }
}

static int set_lock(int fd, short type, uint32_t off, uint32_t len) {
    struct flock fl = {0};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = off;
    fl.l_len = len;
    return fcntl(fd, F_OFD_SETLK, &fl);
}

void redir_end_process(redir *r, uint16_t psp) {
    for (int i = 0; i < REDIR_MAX_LOCKS; i++) {
        struct rlock *l = &r->locks[i];
        if (l->used && l->psp == psp) {
            set_lock(r->files[l->file].fd, F_UNLCK, l->off, l->len);
            l->used = 0;
        }
    }
}

static int file_index(redir *r, const struct rfile *f) { return (int)(f - r->files); }

/* Fills the SFT DOS gave us for a file we opened. */
static void fill_sft(struct rcall *c, int idx, const struct dos_meta *m, const uint8_t *fcb,
                     uint8_t mode) {
    uint32_t sft = rc_esdi(c);
    uint8_t b[SFT_BYTES];
    if (rc_read(c, sft, b, sizeof b) < 0)
        return;
    put16(b + SFT_MODE, (uint16_t)((get16(b + SFT_MODE) & 0xFF00) | mode));
    b[SFT_ATTR] = m->attr;
    put16(b + SFT_FLAGS, (uint16_t)(SFT_F_REMOTE | SFT_F_CLEAN | c->drive));
    put32(b + SFT_DEVPTR, 0);
    put16(b + SFT_HANDLE, (uint16_t)(idx + 1));
    put16(b + SFT_TIME, m->time);
    put16(b + SFT_DATE, m->date);
    put32(b + SFT_SIZE, m->size);
    put32(b + SFT_POS, 0);
    put16(b + 0x19, 0xFFFF);
    put16(b + 0x1B, 0xFFFF);
    put16(b + SFT_GEN, c->r->files[idx].gen);
    b[0x1F] = 0xFF;
    memcpy(b + SFT_NAME, fcb, FCB_LEN);
    rc_write(c, sft, b, sizeof b);
}

static int new_file(redir *r) {
    for (int i = 0; i < REDIR_MAX_FILES; i++)
        if (r->files[i].fd < 0)
            return i;
    return -1;
}

/* Opens an existing file for `mode` (DOS access bits), truncating it when asked. */
static int open_existing(struct rcall *c, const struct share_path *p, uint8_t mode, int trunc,
                         int *fd) {
    if (p->kind != DL_FILE)
        return DOS_ERR_DENIED; /* a directory or a device: never opened */
    unsigned acc = mode & 3;
    if (acc == 3)
        return DOS_ERR_ACCESS_CODE;
    if ((acc != 0 || trunc) && c->ro)
        return DOS_ERR_DENIED;
    int flags = trunc || acc == 2 ? O_RDWR : acc == 1 ? O_WRONLY : O_RDONLY;
    *fd = share_open_file(c->sh, p->rel, flags);
    if (*fd < 0)
        return -*fd;
    struct stat st;
    if ((acc != 0 || trunc) && (fstat(*fd, &st) < 0 || !(st.st_mode & S_IWUSR))) {
        close(*fd); /* the DOS read-only attribute, even where the host would allow it */
        return DOS_ERR_DENIED;
    }
    if (trunc && ftruncate(*fd, 0) < 0) {
        int e = share_doserr(errno);
        close(*fd);
        return e;
    }
    return 0;
}

static int create_new(struct rcall *c, const struct share_path *p, int *fd) {
    if (c->ro)
        return DOS_ERR_DENIED;
    const char *name;
    int dir = share_parent(c->sh, p, &name);
    if (dir < 0)
        return share_doserr(-dir);
    *fd = openat(dir, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    int e = errno;
    close(dir);
    char parent[SHARE_REL_MAX];
    memcpy(parent, p->rel, p->parent_len);
    parent[p->parent_len] = '\0';
    share_invalidate(c->sh, p->parent_len ? parent : ".");
    return *fd < 0 ? share_doserr(e) : 0;
}

int redir_open(struct rcall *c, int how) {
    redir *r = c->r;
    uint8_t comps[MAX_DEPTH][FCB_LEN];
    int n = rc_path(c, r->lay->sda_fn1, comps, 0);
    if (n < 0)
        return -n;
    if (n == 0)
        return DOS_ERR_DENIED;
    struct share_path p;
    int err = share_resolve(c->sh, comps, n, &p);
    if (err)
        return err;
    uint16_t sw = rc_stack_word(c);
    uint8_t mode, attr = 0;
    int fd = -1, created = 0, trunc = 0, result = 1;
    if (how == OPEN_EXTENDED && !r->lay->sda_ext)
        return DOS_ERR_FUNCTION;
    if (how == OPEN_EXISTING) {
        mode = (uint8_t)sw;
        if (!p.exists)
            return DOS_ERR_NOT_FOUND;
    } else if (how == OPEN_CREATE) {
        mode = 2;
        attr = (uint8_t)sw;
        if (p.exists && (sw & 0x100))
            return DOS_ERR_EXISTS; /* "create new" (INT 21h AH=5Bh) */
        created = !p.exists;
        trunc = p.exists;
    } else {
        uint16_t action = rc_get16(c, r->sda + r->lay->sda_ext);
        attr = (uint8_t)rc_get16(c, r->sda + r->lay->sda_ext + 2);
        mode = (uint8_t)rc_get16(c, r->sda + r->lay->sda_ext + 4);
        if (p.exists) {
            if ((action & 15) == 0)
                return DOS_ERR_EXISTS;
            if ((action & 15) > 2)
                return DOS_ERR_FUNCTION;
            trunc = (action & 15) == 2;
            result = trunc ? 3 : 1;
        } else {
            if ((action >> 4) != 1)
                return DOS_ERR_NOT_FOUND;
            created = 1;
            result = 2;
        }
    }
    if ((created || trunc) && (attr & (DOS_VOLUME | DOS_DIR)))
        return DOS_ERR_DENIED;
    int idx = new_file(r);
    if (idx < 0)
        return DOS_ERR_TOO_MANY;
    err = created ? create_new(c, &p, &fd) : open_existing(c, &p, mode, trunc, &fd);
    if (err)
        return err;
    struct stat st;
    struct dos_meta m;
    fstat(fd, &st);
    if (created || trunc) {
        meta_set_attr(fd, &st, (uint8_t)(attr | DOS_ARCHIVE));
        fstat(fd, &st);
    }
    const char *base = strrchr(p.rel, '/');
    meta_from_fd(fd, &st, base ? base + 1 : p.rel, &m);
    int acc = fcntl(fd, F_GETFL) & O_ACCMODE;
    r->files[idx] = (struct rfile){
        fd, (uint16_t)(++r->gen), (uint8_t)c->drive, (uint8_t)r->mount[c->drive], acc != O_RDONLY,
        0};
    fill_sft(c, idx, &m, p.fcb, mode);
    if (how == OPEN_EXTENDED)
        c->reg[R_CX] = (uint16_t)result;
    return 0;
}

int redir_close(struct rcall *c) {
    uint32_t sft = rc_esdi(c);
    struct rfile *f = rc_file(c, sft);
    if (!f)
        return DOS_ERR_HANDLE;
    uint16_t count = rc_get16(c, sft + SFT_COUNT);
    if (count > 0)
        rc_put16(c, sft + SFT_COUNT, --count);
    if (count > 0)
        return 0; /* another handle still refers to it */
    if ((rc_get16(c, sft + SFT_FLAGS) & SFT_F_DATESET) && !c->ro) {
        /* INT 21h AX=5701h during the open: the guest's date wins (COPY keeps dates). */
        time_t t = dos_time_to_unix(rc_get16(c, sft + SFT_TIME), rc_get16(c, sft + SFT_DATE));
        struct timespec ts[2] = {{0, UTIME_OMIT}, {t, 0}};
        futimens(f->fd, ts);
    }
    redir_close_file(c->r, file_index(c->r, f));
    return 0;
}

int redir_commit(struct rcall *c) {
    struct rfile *f = rc_file(c, rc_esdi(c));
    if (!f)
        return DOS_ERR_HANDLE;
    if (f->dirty && fsync(f->fd) < 0)
        return share_doserr(errno);
    f->dirty = 0;
    return 0;
}

static uint32_t dta(struct rcall *c) { return far_ptr(rc_get32(c, c->r->sda + SDA_DTA)); }

int redir_read(struct rcall *c) {
    uint32_t sft = rc_esdi(c);
    struct rfile *f = rc_file(c, sft);
    if (!f)
        return DOS_ERR_HANDLE;
    if ((rc_get16(c, sft + SFT_MODE) & 3) == 1)
        return DOS_ERR_DENIED;
    uint32_t want = c->reg[R_CX], pos = rc_get32(c, sft + SFT_POS), buf = dta(c), got = 0;
    if (gm_check(c->r->gm, buf, want) < 0) {
        c->bad = 1;
        return DOS_ERR_DENIED;
    }
    while (got < want) {
        ssize_t k = pread(f->fd, c->r->buf + got, want - got, (off_t)pos + got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return share_doserr(errno);
        if (k == 0)
            break;
        got += (uint32_t)k;
    }
    rc_write(c, buf, c->r->buf, got);
    rc_put32(c, sft + SFT_POS, pos + got);
    c->reg[R_CX] = (uint16_t)got;
    return 0;
}

int redir_write(struct rcall *c) {
    uint32_t sft = rc_esdi(c);
    struct rfile *f = rc_file(c, sft);
    if (!f)
        return DOS_ERR_HANDLE;
    if ((rc_get16(c, sft + SFT_MODE) & 3) == 0 || !f->writable || c->ro)
        return DOS_ERR_DENIED;
    uint32_t want = c->reg[R_CX], pos = rc_get32(c, sft + SFT_POS), done = 0;
    if (want == 0) { /* a zero-length write sets the size to the position */
        if (ftruncate(f->fd, pos) < 0)
            return share_doserr(errno);
    } else {
        if (rc_read(c, dta(c), c->r->buf, want) < 0)
            return DOS_ERR_DENIED;
        while (done < want) {
            ssize_t k = pwrite(f->fd, c->r->buf + done, want - done, (off_t)pos + done);
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0) {
                if (done == 0 && errno != ENOSPC && errno != EDQUOT)
                    return share_doserr(errno);
                break; /* disk full: DOS sees a short count */
            }
            done += (uint32_t)k;
        }
    }
    struct stat st;
    uint32_t size =
        fstat(f->fd, &st) == 0 && st.st_size <= 0xFFFFFFFFll ? (uint32_t)st.st_size : 0xFFFFFFFFu;
    f->dirty = 1;
    rc_put32(c, sft + SFT_POS, pos + done);
    rc_put32(c, sft + SFT_SIZE, size);
    rc_put16(c, sft + SFT_FLAGS, (uint16_t)(rc_get16(c, sft + SFT_FLAGS) & ~SFT_F_CLEAN));
    c->reg[R_CX] = (uint16_t)done;
    return 0;
}

int redir_seek_end(struct rcall *c) {
    uint32_t sft = rc_esdi(c);
    struct rfile *f = rc_file(c, sft);
    struct stat st;
    if (!f)
        return DOS_ERR_HANDLE;
    if (fstat(f->fd, &st) < 0)
        return share_doserr(errno);
    uint32_t size = st.st_size > 0xFFFFFFFFll ? 0xFFFFFFFFu : (uint32_t)st.st_size;
    uint32_t pos = size + ((uint32_t)c->reg[R_CX] << 16 | c->reg[R_DX]); /* signed, mod 2^32 */
    rc_put32(c, sft + SFT_POS, pos);
    rc_put32(c, sft + SFT_SIZE, size);
    c->reg[R_AX] = (uint16_t)pos;
    c->reg[R_DX] = (uint16_t)(pos >> 16);
    return 0;
}

static int lock_one(struct rcall *c, struct rfile *f, int unlock, uint32_t off, uint32_t len) {
    redir *r = c->r;
    int idx = file_index(r, f);
    if (len == 0)
        return 0; /* POSIX would read 0 as "to the end of the file" */
    if (unlock) {
        for (int i = 0; i < REDIR_MAX_LOCKS; i++) {
            struct rlock *l = &r->locks[i];
            if (l->used && l->file == idx && l->off == off && l->len == len) {
                set_lock(f->fd, F_UNLCK, off, len);
                l->used = 0;
                return 0;
            }
        }
        return DOS_ERR_LOCK;
    }
    int slot = -1;
    for (int i = 0; i < REDIR_MAX_LOCKS && slot < 0; i++)
        if (!r->locks[i].used)
            slot = i;
    if (slot < 0)
        return DOS_ERR_SHARE_BUF;
    /* DOS locks are exclusive; a descriptor open only for reading can hold a
     * shared lock, which still keeps writers out. */
    if (set_lock(f->fd, f->writable ? F_WRLCK : F_RDLCK, off, len) < 0)
        return errno == EAGAIN || errno == EACCES ? DOS_ERR_LOCK : share_doserr(errno);
    r->locks[slot] = (struct rlock){1, (uint16_t)idx, rc_get16(c, r->sda + SDA_PSP), off, len};
    return 0;
}

int redir_lock(struct rcall *c) {
    struct rfile *f = rc_file(c, rc_esdi(c));
    if (!f)
        return DOS_ERR_HANDLE;
    unsigned unlock = c->reg[R_BX] & 0xFF, count = c->reg[R_CX];
    if (c->r->lay != &redir_dos4 || unlock > 1 || count > 16)
        return DOS_ERR_FUNCTION; /* DOS 3's lock calls pass other registers */
    uint32_t params = seg_off(c->reg[R_DS], c->reg[R_DX]);
    for (unsigned i = 0; i < count; i++) {
        uint32_t off = rc_get32(c, params + 8 * i), len = rc_get32(c, params + 8 * i + 4);
        if (c->bad)
            return DOS_ERR_DENIED;
        int err = lock_one(c, f, (int)unlock, off, len);
        if (err)
            return err;
    }
    return 0;
}
