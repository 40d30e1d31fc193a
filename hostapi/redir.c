/* The redirector service (see redir.h): which forwarded INT 2Fh calls are
 * ours, the call context, and the answer in registers and carry flag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hostapi/cp437.h"
#include "hostapi/redir_int.h"

/* SDA offsets: MS-DOS/PC DOS 4.0-7.x and FreeDOS agree; DOS 3.1-3.3 differ. */
const struct dos_layout redir_dos4 = {0x9E, 0x11E, 0x19E, 0x1B3, 0x24D, 0x282, 0x2DD, 0x58};
const struct dos_layout redir_dos3 = {0x92, 0x112, 0x192, 0x1A7, 0x23A, 0x26C, 0, 0x51};

redir *redir_create(const struct guestmem *gm, char *err, size_t errsz) {
    redir *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, errsz, "hostapi: out of memory");
        return NULL;
    }
    r->gm = gm;
    for (int i = 0; i < REDIR_MAX_FILES; i++)
        r->files[i].fd = -1;
    memset(r->mount, -1, sizeof r->mount);
    return r;
}

void redir_destroy(redir *r) {
    if (!r)
        return;
    redir_reset(r);
    for (int i = 0; i < r->n_shares; i++)
        share_close(r->shares[i]);
    free(r);
}

int redir_add_share(redir *r, const char *path, int readonly, char drive, char *err, size_t errsz) {
    if (r->n_shares == HOSTAPI_MAX_SHARES) {
        snprintf(err, errsz, "-share %s: too many shares", path);
        return -1;
    }
    share *s = share_open(path, readonly, err, errsz);
    if (!s)
        return -1;
    r->pref[r->n_shares] = drive;
    r->shares[r->n_shares++] = s;
    return 0;
}

int redir_shares(const redir *r) { return r->n_shares; }

void redir_reset(redir *r) {
    for (int i = 0; i < REDIR_MAX_FILES; i++)
        redir_close_file(r, i);
    redir_drop_searches(r);
    memset(r->locks, 0, sizeof r->locks);
    memset(r->mount, -1, sizeof r->mount);
    memset(r->guest_ro, 0, sizeof r->guest_ro);
    for (int i = 0; i < r->n_shares; i++)
        share_flush(r->shares[i]);
    r->installed = 0;
}

int rc_read(struct rcall *c, uint32_t lin, void *buf, uint32_t n) {
    if (gm_read(c->r->gm, lin, buf, n) == 0)
        return 0;
    memset(buf, 0, n);
    c->bad = 1;
    return -1;
}

int rc_write(struct rcall *c, uint32_t lin, const void *buf, uint32_t n) {
    if (gm_write(c->r->gm, lin, buf, n) == 0)
        return 0;
    c->bad = 1;
    return -1;
}

uint16_t rc_get16(struct rcall *c, uint32_t lin) {
    uint8_t b[2];
    rc_read(c, lin, b, 2);
    return get16(b);
}

uint32_t rc_get32(struct rcall *c, uint32_t lin) {
    uint8_t b[4];
    rc_read(c, lin, b, 4);
    return get32(b);
}

void rc_put16(struct rcall *c, uint32_t lin, uint16_t v) {
    uint8_t b[2];
    put16(b, v);
    rc_write(c, lin, b, 2);
}

void rc_put32(struct rcall *c, uint32_t lin, uint32_t v) {
    uint8_t b[4];
    put32(b, v);
    rc_write(c, lin, b, 4);
}

uint16_t rc_stack_word(struct rcall *c) {
    return rc_get16(c, seg_off(c->reg[R_SS], (uint16_t)(c->reg[R_SP] + 6)));
}

int rc_path(struct rcall *c, uint16_t sda_off, uint8_t comps[][FCB_LEN], int last_wild) {
    if (rc_read(c, c->r->sda + sda_off, c->path, sizeof c->path) < 0)
        return -5;
    const uint8_t *p = c->path;
    const uint8_t *end = memchr(p, 0, sizeof c->path);
    if (!end || end - p < 3 || cp437_upper(p[0]) != 'A' + c->drive || p[1] != ':' || p[2] != '\\')
        return -3;
    int n = 0;
    for (const uint8_t *s = p + 3; s < end;) {
        const uint8_t *sep = memchr(s, '\\', (size_t)(end - s));
        const uint8_t *stop = sep ? sep : end;
        uint8_t up[16];
        size_t len = (size_t)(stop - s);
        if (len == 0 || len > 12 || n == MAX_DEPTH)
            return -3; /* empty or over-long component, or too deep */
        for (size_t i = 0; i < len; i++)
            up[i] = cp437_upper(s[i]);
        int wild = last_wild && !sep;
        if (dos_to_fcb(up, len, comps[n], wild) < 0)
            return sep ? -3 : -2; /* ".", "..", "a/b", "x.y.z": never a name here */
        n++;
        s = sep ? sep + 1 : end;
        if (sep && s == end)
            return -3;
    }
    return n;
}

struct rfile *rc_file(struct rcall *c, uint32_t sft) {
    uint8_t b[SFT_BYTES];
    if (rc_read(c, sft, b, sizeof b) < 0)
        return NULL;
    uint16_t flags = get16(b + SFT_FLAGS), h = get16(b + SFT_HANDLE);
    if (!(flags & SFT_F_REMOTE) || (flags & 0x3F) != c->drive || h == 0 || h > REDIR_MAX_FILES)
        return NULL;
    struct rfile *f = &c->r->files[h - 1];
    if (f->fd < 0 || f->gen != get16(b + SFT_GEN) || f->drive != c->drive)
        return NULL;
    return f;
}

/* The drive a call is about, or -1 when it names none of ours. */
static int call_drive(struct rcall *c, uint8_t al) {
    redir *r = c->r;
    int d = -1;
    switch (al) {
    case 0x06:
    case 0x07:
    case 0x08:
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x21: {
        uint16_t flags = rc_get16(c, rc_esdi(c) + SFT_FLAGS);
        if (flags & SFT_F_REMOTE)
            d = flags & 0x3F;
        break;
    }
    case 0x01:
    case 0x03:
    case 0x05:
    case 0x0E:
    case 0x0F:
    case 0x11:
    case 0x13:
    case 0x16:
    case 0x17:
    case 0x1B:
    case 0x2E: {
        uint8_t b[2];
        rc_read(c, r->sda + r->lay->sda_fn1, b, 2);
        if (b[1] == ':')
            d = cp437_upper(b[0]) - 'A';
        break;
    }
    case 0x1C: { /* the search data block DOS passes */
        uint8_t drv = 0;
        rc_read(c, rc_esdi(c), &drv, 1);
        if (drv & 0x80)
            d = drv & 0x1F;
        break;
    }
    case 0x0C:
    case 0xA3: { /* a CDS */
        uint8_t b[2];
        rc_read(c, rc_esdi(c), b, 2);
        if (b[1] == ':')
            d = cp437_upper(b[0]) - 'A';
        break;
    }
    default:
        break;
    }
    if (c->bad || d < 0 || d >= 26 || r->mount[d] < 0)
        return -1;
    return d;
}

/* Calls every redirector hears; we act and still pass them on. */
static int broadcast(struct rcall *c, uint8_t al) {
    redir *r = c->r;
    switch (al) {
    case 0x1D: /* close all remote files of a process (DOS 3) */
    case 0x22: /* process termination */
        redir_end_process(r, rc_get16(c, r->sda + SDA_PSP));
        return 1;
    case 0x20: /* flush all */
        redir_flush_all(r);
        return 1;
    default:
        return 0;
    }
}

static int dispatch(struct rcall *c, uint8_t al) {
    switch (al) {
    case 0x01:
        return redir_rmdir(c);
    case 0x03:
        return redir_mkdir(c);
    case 0x05:
        return redir_chdir(c);
    case 0x06:
        return redir_close(c);
    case 0x07:
        return redir_commit(c);
    case 0x08:
        return redir_read(c);
    case 0x09:
        return redir_write(c);
    case 0x0A:
        return redir_lock(c);
    case 0x0B:
        return 1; /* DOS 3 unlock: not supported */
    case 0x0C:
        return redir_space(c, 0);
    case 0x0E:
        return redir_setattr(c);
    case 0x0F:
        return redir_getattr(c);
    case 0x11:
        return redir_rename(c);
    case 0x13:
        return redir_delete(c);
    case 0x16:
        return redir_open(c, OPEN_EXISTING);
    case 0x17:
        return redir_open(c, OPEN_CREATE);
    case 0x1B:
        return redir_findfirst(c);
    case 0x1C:
        return redir_findnext(c);
    case 0x21:
        return redir_seek_end(c);
    case 0x2E:
        return redir_open(c, OPEN_EXTENDED);
    case 0xA3:
        return redir_space(c, 1);
    default:
        return 1;
    }
}

static const char *call_name(uint8_t al) {
    switch (al) {
    case 0x01:
        return "rmdir";
    case 0x03:
        return "mkdir";
    case 0x05:
        return "chdir";
    case 0x06:
        return "close";
    case 0x07:
        return "commit";
    case 0x08:
        return "read";
    case 0x09:
        return "write";
    case 0x0A:
        return "lock";
    case 0x0C:
    case 0xA3:
        return "space";
    case 0x0E:
        return "setattr";
    case 0x0F:
        return "getattr";
    case 0x11:
        return "rename";
    case 0x13:
        return "delete";
    case 0x16:
        return "open";
    case 0x17:
        return "create";
    case 0x1B:
        return "findfirst";
    case 0x1C:
        return "findnext";
    case 0x21:
        return "seek-end";
    case 0x2E:
        return "extopen";
    default:
        return "?";
    }
}

static void int2f(redir *r, struct hostapi_req *q) {
    struct rcall call = {r, q, {0}, -1, NULL, 0, 0, {0}};
    struct rcall *c = &call;
    if (q->total < HR_END) {
        q->status = HOSTAPI_ST_BAD_BLOCK;
        return;
    }
    for (int i = 0; i < R_COUNT; i++)
        c->reg[i] = get16(q->blk + HR_AX + 2 * i);
    uint8_t al = (uint8_t)c->reg[R_AX];
    q->status = HOSTAPI_ST_CHAIN;
    if ((c->reg[R_AX] >> 8) != 0x11)
        return;
    if (al == HOSTAPI_REDIR_CHECK && c->reg[R_BX] == 0) {
        put16(q->blk + HR_BX, HOSTAPI_RESIDENT_MAGIC);
        put16(q->blk + HR_ES, c->reg[R_CS]);
        q->status = HOSTAPI_ST_OK;
        return;
    }
    if (!r->installed || broadcast(c, al))
        return;
    int d = call_drive(c, al);
    if (d < 0)
        return; /* not ours: the previous handler's */
    c->drive = d;
    c->sh = r->shares[r->mount[d]];
    c->ro = share_readonly(c->sh) || r->guest_ro[d];
    int err = dispatch(c, al);
    if (c->bad && !err)
        err = 5;
    snprintf(q->detail, sizeof q->detail, "11%02X %s %c: -> %d%s", al, call_name(al), 'A' + d, err,
             c->bad ? " (guest buffer refused)" : "");
    if (err)
        c->reg[R_AX] = (uint16_t)err;
    for (int i = 0; i < R_COUNT; i++)
        put16(q->blk + HR_AX + 2 * i, c->reg[i]);
    /* The carry flag the caller sees is in the FLAGS word INT pushed. */
    uint32_t fl = seg_off(c->reg[R_SS], (uint16_t)(c->reg[R_SP] + 4));
    uint16_t flags = rc_get16(c, fl);
    rc_put16(c, fl, (uint16_t)(err ? flags | 1 : flags & ~1));
    q->status = c->bad ? HOSTAPI_ST_BAD_BUFFER : (uint16_t)err;
}

void redir_serve(redir *r, struct hostapi_req *q) {
    switch (q->request) {
    case HOSTAPI_REDIR_INT2F:
        int2f(r, q);
        break;
    case HOSTAPI_REDIR_COMMAND:
        redir_command(r, q);
        break;
    default:
        q->status = HOSTAPI_ST_BAD_REQUEST;
        break;
    }
}
