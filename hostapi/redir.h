/* The DOS redirector's host side (service HOSTAPI_SVC_REDIR): the guest
 * driver forwards every INT 2Fh AH=11h call with the caller's registers; the
 * host reads and writes the DOS structures (SDA, SFT, CDS) itself and serves
 * the shared folders as network drives. */
#ifndef TWIN86_HOSTAPI_REDIR_H
#define TWIN86_HOSTAPI_REDIR_H

#include <stddef.h>

#include "hostapi/guestmem.h"
#include "hostapi/service.h"

typedef struct redir redir;

/* Caps per guest: open files, directory searches, byte-range locks. */
#define REDIR_MAX_FILES 64
#define REDIR_MAX_SEARCHES 32
#define REDIR_MAX_LOCKS 64

redir *redir_create(const struct guestmem *gm, char *err, size_t errsz);
void redir_destroy(redir *r);

/* Adds a shared folder; drive is its preferred letter or 0. */
int redir_add_share(redir *r, const char *path, int readonly, char drive, char *err, size_t errsz);
int redir_shares(const redir *r);

/* Closes every file and forgets the mounted drives (machine reset). */
void redir_reset(redir *r);

void redir_serve(redir *r, struct hostapi_req *q);

#endif
