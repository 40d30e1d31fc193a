/* A host directory as DOS sees it: every entry with its 8.3 name (plain or
 * alias, unique in the directory), read in one go and never kept open. A
 * listing is reference-counted: a directory search keeps the snapshot it
 * started with while lookups move on to fresher ones. */
#ifndef TWIN86_HOSTAPI_DIRLIST_H
#define TWIN86_HOSTAPI_DIRLIST_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "hostapi/dosname.h"

/* Caps per directory: entries beyond are not shown. */
#define DL_MAX_ENTRIES 16384
#define DL_MAX_POOL (2u << 20)

enum dl_kind {
    DL_HIDE = 0, /* not shown at all (a symlink leading out of the share) */
    DL_FILE = 1,
    DL_DIR = 2,
    DL_SPECIAL = 3, /* device, FIFO, socket: listed nowhere, refused by name */
};

struct dl_entry {
    uint8_t fcb[FCB_LEN];
    uint8_t kind;
    uint32_t name; /* offset of the host name in the pool */
};

struct dirlist {
    int refs;
    dev_t dev;
    ino_t ino;
    struct timespec mtime, ctime; /* of the directory when read */
    uint32_t n;
    struct dl_entry *e;
    char *pool;
    size_t pool_len;
};

/* Classifies an entry that readdir could not (symlinks, unknown types). */
typedef int (*dl_classify_fn)(void *ctx, int dirfd, const char *name);

/* Reads the directory open at dirfd (which it does not close) in host name
 * order, with aliases assigned. Returns NULL on failure (errno set). */
struct dirlist *dirlist_read(int dirfd, dl_classify_fn classify, void *ctx);

static inline void dirlist_get(struct dirlist *d) { d->refs++; }
void dirlist_put(struct dirlist *d);

static inline const char *dl_name(const struct dirlist *d, const struct dl_entry *e) {
    return d->pool + e->name;
}

/* The entry with that DOS name (upper-cased FCB form), or NULL. */
const struct dl_entry *dirlist_find(const struct dirlist *d, const uint8_t fcb[FCB_LEN]);

#endif
