/* The driver's command line, served on the host: T86REDIR [d: ...] [/RO]
 * [/U] [/?]. Mounting writes the CDS entries of the chosen drives (network
 * and physical flags, root path), so the resident part of the driver stays a
 * plain forwarder and all knowledge of DOS's tables lives here. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "hostapi/cp437.h"
#include "hostapi/redir_int.h"

struct msg {
    char text[1024];
    size_t len;
};

static void say(struct msg *m, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(m->text + m->len, sizeof m->text - m->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        m->len = m->len + (size_t)n < sizeof m->text ? m->len + (size_t)n : sizeof m->text - 1;
}

static uint32_t cds_entry(redir *r, struct rcall *c, int drive) {
    return far_ptr(rc_get32(c, r->lol + LOL_CDS)) + (uint32_t)drive * r->lay->cds_size;
}

static void set_cds(redir *r, struct rcall *c, int drive, uint16_t flags) {
    uint8_t e[0x51] = {0};
    uint32_t at = cds_entry(r, c, drive);
    if (rc_read(c, at, e, sizeof e) < 0)
        return;
    memset(e, 0, 67);
    e[0] = (uint8_t)('A' + drive);
    e[1] = ':';
    e[2] = '\\';
    put16(e + CDS_FLAGS, flags);
    memset(e + 0x45, 0, 0x4F - 0x45); /* no DPB, no redirector record */
    put16(e + CDS_BACKSLASH, 2);
    rc_write(c, at, e, sizeof e);
}

void redir_unmount_all(redir *r) {
    struct hostapi_req q = {0};
    struct rcall c = {r, &q, {0}, -1, NULL, 0, 0, {0}};
    for (int d = 0; d < 26; d++)
        if (r->mount[d] >= 0 && r->installed)
            set_cds(r, &c, d, 0);
    redir_reset(r);
}

static void help(struct msg *m) {
    say(m, "T86REDIR [d: ...] [/RO] [/U]\r\n"
           "Mounts the folders twin86 shares (-share PATH) as DOS drives.\r\n"
           "  d:   drive letter for the next share (default: the share's drive=,\r\n"
           "       else the first free letter from D:)\r\n"
           "  /RO  refuse changes from DOS even where the share allows them\r\n"
           "  /U   release the drives and unload\r\n");
}

/* Parsed command line. */
struct args {
    int help, unload, ro, n_letters;
    char letters[HOSTAPI_MAX_SHARES];
};

static int parse(const uint8_t *tail, size_t n, struct args *a, struct msg *m) {
    memset(a, 0, sizeof *a);
    for (size_t i = 0; i < n;) {
        while (i < n && (tail[i] == ' ' || tail[i] == '\t'))
            i++;
        size_t j = i;
        while (j < n && tail[j] != ' ' && tail[j] != '\t')
            j++;
        if (j == i)
            break;
        char tok[16] = {0};
        size_t len = j - i < sizeof tok - 1 ? j - i : sizeof tok - 1;
        for (size_t k = 0; k < len; k++)
            tok[k] = (char)cp437_upper(tail[i + k]);
        if (strcmp(tok, "/?") == 0 || strcmp(tok, "/H") == 0)
            a->help = 1;
        else if (strcmp(tok, "/U") == 0)
            a->unload = 1;
        else if (strcmp(tok, "/RO") == 0)
            a->ro = 1;
        else if (len == 2 && tok[1] == ':' && tok[0] >= 'A' && tok[0] <= 'Z' &&
                 a->n_letters < HOSTAPI_MAX_SHARES)
            a->letters[a->n_letters++] = tok[0];
        else {
            say(m, "T86REDIR: unknown argument %.*s (try /?)\r\n", (int)(j - i),
                (const char *)tail + i);
            return -1;
        }
        i = j;
    }
    return 0;
}

static void list_mounts(redir *r, struct msg *m) {
    for (int d = 0; d < 26; d++)
        if (r->mount[d] >= 0) {
            share *s = r->shares[r->mount[d]];
            say(m, "  %c: = %s%s\r\n", 'A' + d, share_path(s),
                share_readonly(s) || r->guest_ro[d] ? " (read-only)" : "");
        }
}

/* Picks and checks the drive of share i. Returns the drive or -1. */
static int choose(redir *r, struct rcall *c, int i, const struct args *a, int lastdrive,
                  struct msg *m) {
    char want = i < a->n_letters ? a->letters[i] : r->pref[i];
    if (want) {
        int d = want - 'A';
        if (d >= lastdrive) {
            say(m,
                "T86REDIR: drive %c: is beyond LASTDRIVE (%c:); add LASTDRIVE=Z to CONFIG.SYS\r\n",
                want, 'A' + lastdrive - 1);
            return -1;
        }
        if (r->mount[d] >= 0 || (rc_get16(c, cds_entry(r, c, d) + CDS_FLAGS) & CDS_NET)) {
            say(m, "T86REDIR: drive %c: is already in use\r\n", want);
            return -1;
        }
        return d;
    }
    for (int d = 3; d < lastdrive; d++)
        if (r->mount[d] < 0 && !(rc_get16(c, cds_entry(r, c, d) + CDS_FLAGS) & CDS_NET))
            return d;
    say(m, "T86REDIR: no free drive letter (LASTDRIVE is %c:); add LASTDRIVE=Z to CONFIG.SYS\r\n",
        'A' + lastdrive - 1);
    return -1;
}

static int install(redir *r, struct rcall *c, const struct args *a, struct msg *m) {
    struct hostapi_req *q = c->q;
    uint16_t ver = get16(q->blk + HC_DOSVER);
    unsigned major = ver & 0xFF, minor = ver >> 8;
    if (major < 3 || (major == 3 && minor < 10)) {
        say(m, "T86REDIR: needs DOS 3.1 or later\r\n");
        return -1;
    }
    redir_reset(r); /* a driver that is not resident holds nothing */
    r->lay = major >= 4 ? &redir_dos4 : &redir_dos3;
    r->sda = get32(q->blk + HC_SDA);
    r->lol = get32(q->blk + HC_LOL);
    uint8_t lastdrive = 0;
    rc_read(c, r->lol + LOL_LASTDRIVE, &lastdrive, 1);
    if (lastdrive > 26)
        lastdrive = 26;
    for (int i = 0; i < r->n_shares; i++) {
        int d = choose(r, c, i, a, lastdrive, m);
        if (d < 0 || c->bad) {
            memset(r->mount, -1, sizeof r->mount);
            return -1;
        }
        r->mount[d] = (signed char)i;
        r->guest_ro[d] = (uint8_t)a->ro;
    }
    for (int d = 0; d < 26; d++)
        if (r->mount[d] >= 0)
            set_cds(r, c, d, CDS_NET);
    r->installed = 1;
    say(m, "T86REDIR: host folders mounted (%u bytes resident):\r\n", get16(q->blk + HC_RESSIZE));
    list_mounts(r, m);
    return 0;
}

void redir_command(redir *r, struct hostapi_req *q) {
    struct rcall call = {r, q, {0}, -1, NULL, 0, 0, {0}};
    struct msg m = {{0}, 0};
    struct args a;
    uint8_t tail[128];
    if (q->total < HC_END || q->nbufs < 2) {
        q->status = HOSTAPI_ST_BAD_BLOCK;
        return;
    }
    uint32_t tl = q->bufs[0].len < sizeof tail ? q->bufs[0].len : sizeof tail;
    rc_read(&call, q->bufs[0].linear, tail, tl);
    uint16_t action = HOSTAPI_ACT_EXIT, code = 0, resident = get16(q->blk + HC_RESIDENT);
    if (parse(tail, tl, &a, &m) < 0)
        code = 1;
    else if (a.help)
        help(&m);
    else if (a.unload) {
        if (!resident) {
            say(&m, "T86REDIR: not loaded\r\n");
            code = 1;
        } else {
            say(&m, "T86REDIR: drives released, driver unloaded\r\n");
            redir_unmount_all(r);
            action = HOSTAPI_ACT_UNLOAD;
        }
    } else if (resident && r->installed) {
        say(&m, "T86REDIR: already loaded:\r\n");
        list_mounts(r, &m);
    } else if (install(r, &call, &a, &m) < 0)
        code = 1;
    else
        action = resident ? HOSTAPI_ACT_EXIT : HOSTAPI_ACT_INSTALL; /* the resident copy serves */
    uint32_t n = m.len < q->bufs[1].len ? (uint32_t)m.len : q->bufs[1].len;
    rc_write(&call, q->bufs[1].linear, m.text, n);
    put16(q->blk + HC_ACTION, action);
    put16(q->blk + HC_EXITCODE, code);
    q->result = n;
    q->status = call.bad ? HOSTAPI_ST_BAD_BUFFER : HOSTAPI_ST_OK;
    snprintf(q->detail, sizeof q->detail, "command -> action %u exit %u", action, code);
}
