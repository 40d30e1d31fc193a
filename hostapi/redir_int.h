/* Inside the redirector: its state, the DOS structure layouts and the
 * per-call context shared by redir*.c. */
#ifndef TWIN86_HOSTAPI_REDIR_INT_H
#define TWIN86_HOSTAPI_REDIR_INT_H

#include <stdint.h>

#include "hostapi/config.h"
#include "hostapi/dirlist.h"
#include "hostapi/redir.h"
#include "hostapi/share.h"

/* Where DOS keeps what a redirector needs. "DOS 4" covers MS-DOS and PC DOS
 * 4.0-7.x and FreeDOS; "DOS 3" is 3.1-3.3. Offsets in the swappable data
 * area (SDA, INT 21h AX=5D06h), the current directory structure (CDS) and
 * the system file table entry (SFT). */
struct dos_layout {
    uint16_t sda_fn1, sda_fn2; /* fully qualified names of the current call */
    uint16_t sda_sdb;          /* search data block DOS hands to find calls */
    uint16_t sda_found;        /* directory entry of the file found */
    uint16_t sda_attr;         /* search attributes */
    uint16_t sda_cds;          /* far pointer to the current CDS */
    uint16_t sda_ext;          /* extended open action, attributes, mode (0: none) */
    uint16_t cds_size;
};
extern const struct dos_layout redir_dos4, redir_dos3;

enum {
    SDA_DTA = 0x0C, /* far pointer: the current disk transfer address */
    SDA_PSP = 0x10,
    LOL_CDS = 0x16,       /* far pointer to the CDS array */
    LOL_LASTDRIVE = 0x21, /* number of CDS entries */
    CDS_FLAGS = 0x43,
    CDS_BACKSLASH = 0x4F,
    CDS_NET = 0xC000, /* network + physical: an installable file system */
    SFT_COUNT = 0x00,
    SFT_MODE = 0x02,
    SFT_ATTR = 0x04,
    SFT_FLAGS = 0x05, /* bit 15 remote, 14 date set, 6 not written, 0-5 drive */
    SFT_DEVPTR = 0x07,
    SFT_HANDLE = 0x0B, /* the starting cluster, ours for remote files */
    SFT_TIME = 0x0D,
    SFT_DATE = 0x0F,
    SFT_SIZE = 0x11,
    SFT_POS = 0x15,
    SFT_GEN = 0x1D, /* part of the directory sector, also ours */
    SFT_NAME = 0x20,
    SFT_PSP = 0x31,
    SFT_BYTES = 0x35, /* the part both layouts share */
};
enum { SFT_F_REMOTE = 0x8000, SFT_F_DATESET = 0x4000, SFT_F_CLEAN = 0x0040 };

struct rfile {
    int fd; /* -1: free */
    uint16_t gen;
    uint8_t drive, share;
    uint8_t writable, dirty;
};

struct rlock {
    int used;
    uint16_t file, psp;
    uint32_t off, len;
};

struct rsearch {
    struct dirlist *list; /* NULL: free */
    char *rel;            /* the directory, for stat of entries */
    uint8_t share, root;
    uint32_t gen;
    uint64_t used;
};

struct redir {
    const struct guestmem *gm;
    share *shares[HOSTAPI_MAX_SHARES];
    char pref[HOSTAPI_MAX_SHARES]; /* preferred drive letters */
    int n_shares;
    signed char mount[26]; /* share index of a drive, or -1 */
    uint8_t guest_ro[26];  /* the driver asked for read-only (/RO) */
    int installed;         /* a driver told us where DOS is */
    uint32_t sda, lol;
    const struct dos_layout *lay;
    struct rfile files[REDIR_MAX_FILES];
    struct rlock locks[REDIR_MAX_LOCKS];
    struct rsearch searches[REDIR_MAX_SEARCHES];
    uint32_t gen;
    uint64_t clock;
    uint8_t buf[65536]; /* file data on its way between guest and host */
};

/* Register indexes in rcall.reg, in the block's order (abi.h HR_*). */
enum { R_AX, R_BX, R_CX, R_DX, R_SI, R_DI, R_BP, R_DS, R_ES, R_SS, R_SP, R_CS, R_COUNT };

#define MAX_DEPTH 32 /* path components */

/* One forwarded INT 2Fh call. */
struct rcall {
    redir *r;
    struct hostapi_req *q;
    uint16_t reg[R_COUNT];
    int drive;
    share *sh;
    int ro;  /* the share or the driver refuses changes */
    int bad; /* a guest pointer or length was refused */
    uint8_t path[128];
};

/* Guest memory of the call; failures set c->bad. */
int rc_read(struct rcall *c, uint32_t lin, void *buf, uint32_t n);
int rc_write(struct rcall *c, uint32_t lin, const void *buf, uint32_t n);
uint16_t rc_get16(struct rcall *c, uint32_t lin);
uint32_t rc_get32(struct rcall *c, uint32_t lin);
void rc_put16(struct rcall *c, uint32_t lin, uint16_t v);
void rc_put32(struct rcall *c, uint32_t lin, uint32_t v);
static inline uint32_t rc_esdi(const struct rcall *c) {
    return seg_off(c->reg[R_ES], c->reg[R_DI]);
}
/* The word the caller pushed before INT 2Fh. */
uint16_t rc_stack_word(struct rcall *c);

/* Reads SDA name buffer at off into c->path; its drive must be c->drive.
 * Splits it into FCB components (wildcards allowed in the last when
 * last_wild). Returns the count, or -(DOS error). */
int rc_path(struct rcall *c, uint16_t sda_off, uint8_t comps[][FCB_LEN], int last_wild);

/* The open file an SFT refers to, or NULL. */
struct rfile *rc_file(struct rcall *c, uint32_t sft);

/* Handlers: 0 or a DOS error code. */
int redir_open(struct rcall *c, int mode);
int redir_close(struct rcall *c);
int redir_commit(struct rcall *c);
int redir_read(struct rcall *c);
int redir_write(struct rcall *c);
int redir_seek_end(struct rcall *c);
int redir_lock(struct rcall *c);
int redir_mkdir(struct rcall *c);
int redir_rmdir(struct rcall *c);
int redir_chdir(struct rcall *c);
int redir_getattr(struct rcall *c);
int redir_setattr(struct rcall *c);
int redir_rename(struct rcall *c);
int redir_delete(struct rcall *c);
int redir_space(struct rcall *c, int large);
int redir_findfirst(struct rcall *c);
int redir_findnext(struct rcall *c);
void redir_flush_all(redir *r);
void redir_end_process(redir *r, uint16_t psp);
void redir_close_file(redir *r, int idx);
void redir_drop_searches(redir *r);

/* Open modes of redir_open. */
enum { OPEN_EXISTING, OPEN_CREATE, OPEN_EXTENDED };

/* The driver's command line (redir_cmd.c). */
void redir_command(redir *r, struct hostapi_req *q);
void redir_unmount_all(redir *r);

#endif
