/* Directory searches. Find-first takes a snapshot of the directory listing
 * and keeps it in one of REDIR_MAX_SEARCHES slots; the cursor (slot, its
 * generation, the next entry) lives in the search data block DOS hands back
 * on find-next, so no host directory handle is ever held open, a search that
 * ran dry frees its slot, and an abandoned one is simply replaced later. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hostapi/redir_int.h"
#include "hostapi/share_meta.h"

enum { DOS_ERR_PATH = 3, DOS_ERR_NO_MORE = 0x12 };

/* Search data block (21 bytes) as the redirector fills it. */
enum {
    SDB_DRIVE = 0,   /* drive number | 0x80: a network drive's search */
    SDB_PATTERN = 1, /* 11-byte FCB template */
    SDB_ATTR = 12,
    SDB_ENTRY = 13, /* u16: next entry to look at */
    SDB_SLOT = 15,  /* u16: our search slot + 1 */
    SDB_GEN = 17,   /* u32: the slot's generation */
    SDB_BYTES = 21,
};

static void free_search(struct rsearch *s) {
    dirlist_put(s->list);
    free(s->rel);
    s->list = NULL;
    s->rel = NULL;
}

void redir_drop_searches(redir *r) {
    for (int i = 0; i < REDIR_MAX_SEARCHES; i++)
        free_search(&r->searches[i]);
}

/* A free slot, or the least recently used one. */
static int new_search(redir *r) {
    int best = 0;
    for (int i = 0; i < REDIR_MAX_SEARCHES; i++) {
        if (!r->searches[i].list)
            return i;
        if (r->searches[i].used < r->searches[best].used)
            best = i;
    }
    free_search(&r->searches[best]);
    return best;
}

/* Writes the 32-byte directory entry DOS copies into the caller's DTA. */
static void found(struct rcall *c, const uint8_t *fcb, const struct dos_meta *m) {
    uint8_t e[32] = {0};
    memcpy(e, fcb, FCB_LEN);
    e[11] = m->attr;
    put16(e + 0x16, m->time);
    put16(e + 0x18, m->date);
    put32(e + 0x1C, m->size);
    rc_write(c, c->r->sda + c->r->lay->sda_found, e, sizeof e);
}

/* Metadata of entry name in the search's directory; 0, or -1 if it vanished. */
static int entry_meta(struct rcall *c, const struct rsearch *s, const char *name,
                      struct dos_meta *m) {
    char rel[SHARE_REL_MAX];
    size_t n = strcmp(s->rel, ".") == 0 ? (size_t)snprintf(rel, sizeof rel, "%s", name)
                                        : (size_t)snprintf(rel, sizeof rel, "%s/%s", s->rel, name);
    if (n >= sizeof rel)
        return -1;
    struct stat st;
    int fd = share_openat(c->sh, rel, O_PATH, 0);
    if (fd < 0 || fstat(fd, &st) < 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    close(fd);
    /* xattrs need a real descriptor: reopen what is known to be a file or folder */
    fd = share_openat(
        c->sh, rel, O_RDONLY | O_NONBLOCK | O_NOCTTY | (S_ISDIR(st.st_mode) ? O_DIRECTORY : 0), 0);
    meta_from_fd(fd, &st, name, m);
    if (fd >= 0)
        close(fd);
    return 0;
}

/* Whether an entry with these attributes shows in a search for `want`:
 * hidden, system and directory entries only when asked for. */
static int attr_ok(uint8_t attr, uint8_t want) {
    return (attr & (DOS_HIDDEN | DOS_SYSTEM | DOS_DIR) & ~want) == 0;
}

/* Looks for the next match from index `next` (0 and 1 are "." and ".." below
 * the root; listing entries follow). Returns 0 and fills DOS's structures,
 * or DOS_ERR_NO_MORE. */
static int scan(struct rcall *c, int slot, uint8_t *sdb) {
    redir *r = c->r;
    struct rsearch *s = &r->searches[slot];
    const uint8_t *pat = sdb + SDB_PATTERN;
    uint8_t want = sdb[SDB_ATTR];
    uint32_t skip = s->root ? 0 : 2;
    s->used = ++r->clock;
    for (uint32_t i = get16(sdb + SDB_ENTRY); i < skip + s->list->n; i++) {
        struct dos_meta m;
        uint8_t fcb[FCB_LEN];
        if (i < skip) {
            memcpy(fcb, i == 0 ? ".          " : "..         ", FCB_LEN);
            if (!(want & DOS_DIR) || !dos_fcb_match(pat, fcb) ||
                entry_meta(c, s, i == 0 ? "." : "..", &m) < 0)
                continue;
            m.attr = DOS_DIR;
        } else {
            const struct dl_entry *e = &s->list->e[i - skip];
            if (e->kind == DL_SPECIAL || !dos_fcb_match(pat, e->fcb))
                continue;
            memcpy(fcb, e->fcb, FCB_LEN);
            if (entry_meta(c, s, dl_name(s->list, e), &m) < 0 || !attr_ok(m.attr, want))
                continue;
        }
        put16(sdb + SDB_ENTRY, (uint16_t)(i + 1));
        found(c, fcb, &m);
        return 0;
    }
    free_search(s); /* ran dry: the slot is free again */
    return DOS_ERR_NO_MORE;
}

/* The volume label: the only answer to a search for attribute 08h. */
static int label(struct rcall *c, uint8_t *sdb, uint32_t where) {
    const uint8_t *name = share_label(c->sh);
    struct dos_meta m = {DOS_VOLUME, 0, 0x21, 0};
    struct stat st;
    if (!dos_fcb_match(sdb + SDB_PATTERN, name))
        return DOS_ERR_NO_MORE;
    if (share_stat(c->sh, ".", &st) == 0)
        dos_time_from_unix(st.st_mtime, &m.time, &m.date);
    put16(sdb + SDB_ENTRY, 0xFFFF);
    put16(sdb + SDB_SLOT, 0);
    rc_write(c, where, sdb, SDB_BYTES);
    found(c, name, &m);
    return 0;
}

int redir_findfirst(struct rcall *c) {
    redir *r = c->r;
    uint8_t comps[MAX_DEPTH][FCB_LEN];
    int n = rc_path(c, r->lay->sda_fn1, comps, 1);
    if (n < 0)
        return -n;
    uint8_t sdb[SDB_BYTES] = {0};
    uint32_t where = far_ptr(rc_get32(c, r->sda + SDA_DTA));
    uint8_t want = 0;
    rc_read(c, r->sda + r->lay->sda_attr, &want, 1);
    sdb[SDB_DRIVE] = (uint8_t)(0x80 | c->drive);
    if (n == 0)
        memset(sdb + SDB_PATTERN, '?', FCB_LEN); /* "X:\" alone */
    else
        memcpy(sdb + SDB_PATTERN, comps[n - 1], FCB_LEN);
    sdb[SDB_ATTR] = want;
    if (want & DOS_VOLUME)
        return n <= 1 ? label(c, sdb, where) : DOS_ERR_NO_MORE;
    struct share_path dir;
    int err = share_resolve(c->sh, comps, n ? n - 1 : 0, &dir);
    if (err)
        return err;
    if (!dir.exists || dir.kind != DL_DIR)
        return DOS_ERR_PATH;
    struct dirlist *l = share_list(c->sh, dir.rel, &err);
    if (!l)
        return err;
    int slot = new_search(r);
    struct rsearch *s = &r->searches[slot];
    if (!(s->rel = strdup(dir.rel))) {
        dirlist_put(l);
        return 8; /* insufficient memory */
    }
    s->list = l;
    s->share = (uint8_t)r->mount[c->drive];
    s->root = strcmp(dir.rel, ".") == 0;
    s->gen = ++r->gen;
    put16(sdb + SDB_ENTRY, 0);
    put16(sdb + SDB_SLOT, (uint16_t)(slot + 1));
    put32(sdb + SDB_GEN, s->gen);
    err = scan(c, slot, sdb);
    rc_write(c, where, sdb, SDB_BYTES);
    return err;
}

int redir_findnext(struct rcall *c) {
    redir *r = c->r;
    uint32_t where = rc_esdi(c);
    uint8_t sdb[SDB_BYTES];
    if (rc_read(c, where, sdb, sizeof sdb) < 0)
        return DOS_ERR_NO_MORE;
    unsigned slot = get16(sdb + SDB_SLOT);
    if (slot == 0 || slot > REDIR_MAX_SEARCHES)
        return DOS_ERR_NO_MORE; /* a label search, or a finished one */
    struct rsearch *s = &r->searches[slot - 1];
    if (!s->list || s->gen != get32(sdb + SDB_GEN) || s->share != r->mount[c->drive])
        return DOS_ERR_NO_MORE; /* replaced by newer searches meanwhile */
    int err = scan(c, (int)slot - 1, sdb);
    rc_write(c, where, sdb, SDB_BYTES);
    return err;
}
