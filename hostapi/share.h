/* A host folder shared with the guest. Every path is resolved beneath the
 * share's directory handle with openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS)
 * (or, on kernels without it, a component walk that refuses every symlink),
 * so no guest name can reach outside: there is no "..", no absolute path,
 * and a symlink pointing out of the share neither resolves nor shows up.
 * Guest names are matched against the directory's DOS names (dirlist.h), so
 * only names the host actually has are ever opened. */
#ifndef TWIN86_HOSTAPI_SHARE_H
#define TWIN86_HOSTAPI_SHARE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "hostapi/dirlist.h"

typedef struct share share;

#define SHARE_REL_MAX 4096 /* host path below the share */
#define SHARE_CACHE 8      /* directory listings kept for lookups */

share *share_open(const char *path, int readonly, char *err, size_t errsz);
void share_close(share *s);

int share_readonly(const share *s);
const char *share_path(const share *s);
/* An 11-byte volume label made from the folder's name. */
const uint8_t *share_label(const share *s);
/* Forgets cached listings (machine reset, our own changes). */
void share_flush(share *s);

/* Where a DOS path leads on the host. */
struct share_path {
    char rel[SHARE_REL_MAX]; /* "." for the root, else "dir/sub/name" */
    size_t parent_len;       /* rel[0..parent_len) is the parent ("" = root) */
    uint8_t fcb[FCB_LEN];    /* the last component's DOS name */
    int exists;              /* the last component exists... */
    int kind;                /* ...and is a DL_FILE, DL_DIR or DL_SPECIAL */
};

/* Resolves n DOS path components (FCB form; n = 0 is the root). Every
 * component but the last must be an existing directory; the last may be
 * missing (exists = 0, rel ends with the name DOS would create). Returns 0,
 * or a DOS error code: 3 (path not found), 2, 5. */
int share_resolve(share *s, const uint8_t (*comps)[FCB_LEN], int n, struct share_path *p);

/* A counted reference to the listing of the directory at rel (dirlist_put
 * it), or NULL with *doserr set. */
struct dirlist *share_list(share *s, const char *rel, int *doserr);

/* openat2 beneath the share root (flags as for open; O_CLOEXEC added).
 * Returns a descriptor or -errno. */
int share_openat(share *s, const char *rel, int flags, mode_t mode);

/* Opens an existing regular file for DOS: refuses anything else without ever
 * opening it (devices, FIFOs). Returns a descriptor or a negative DOS error. */
int share_open_file(share *s, const char *rel, int accmode);

/* The parent directory of p, opened; *name is the last host name in p->rel.
 * Returns a descriptor or -errno. */
int share_parent(share *s, const struct share_path *p, const char **name);

/* stat of rel through openat2 (symlinks inside the share followed). 0 or -errno. */
int share_stat(share *s, const char *rel, struct stat *st);

/* Drops the cached listing of the directory at rel (after a change). */
void share_invalidate(share *s, const char *rel);

/* errno to the nearest DOS error code. */
int share_doserr(int err);

#endif
