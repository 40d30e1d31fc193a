/* hostapi dispatch (see hostapi.h): reads a guest's argument block once,
 * checks every header field and buffer, hands the request to its service and
 * writes back only the answer (status, result, parameters). */
#include "hostapi/hostapi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hostapi/doorbell.h"
#include "hostapi/extsvc.h"
#include "hostapi/redir.h"
#include "hostapi/service.h"
#include "twin86/cpu.h"

#define MAX_LISTED_SERVICES 64

struct hostapi {
    memory *mem;
    struct guestmem gm;
    redir *redir; /* NULL without shares */
    extsvc *ext;  /* NULL without the socket */
    struct doorbell *door;
    uint16_t door_port;
    hostapi_trace_fn trace;
    void *trace_opaque;
    int log;  /* -hostapi-trace: one line per call on stderr */
    int busy; /* a call is being served (no re-entry) */
    uint64_t calls;
    struct hostapi_req req; /* the call being served: ~1.2 KiB, kept off the stack */
};

hostapi *hostapi_create(memory *mem, const struct hostapi_config *cfg, char *err, size_t errsz) {
    hostapi *h = calloc(1, sizeof *h);
    if (!h) {
        snprintf(err, errsz, "hostapi: out of memory");
        return NULL;
    }
    h->mem = mem;
    h->gm = (struct guestmem){mem, NULL, NULL};
    h->log = cfg->trace;
    if (cfg->n_shares) {
        if (!(h->redir = redir_create(&h->gm, err, errsz)))
            goto fail;
        for (int i = 0; i < cfg->n_shares; i++) {
            const struct hostapi_share_opt *s = &cfg->shares[i];
            if (redir_add_share(h->redir, s->path, s->readonly, s->drive, err, errsz) < 0)
                goto fail;
        }
    }
    if (cfg->socket_path && !(h->ext = extsvc_create(mem, cfg->socket_path, err, errsz)))
        goto fail;
    return h;
fail:
    hostapi_destroy(h);
    return NULL;
}

void hostapi_destroy(hostapi *h) {
    if (!h)
        return;
    doorbell_destroy(h->door);
    redir_destroy(h->redir);
    extsvc_destroy(h->ext);
    free(h);
}

void hostapi_reset(hostapi *h) {
    if (h->redir)
        redir_reset(h->redir);
}

void hostapi_set_translate(hostapi *h, hostapi_translate_fn fn, void *opaque) {
    h->gm.translate = fn;
    h->gm.opaque = opaque;
}

static int cpu_linear_to_phys(void *opaque, uint32_t linear, uint32_t *phys) {
    return cpu_translate(opaque, linear, phys);
}

static int on_escape(void *opaque, cpu *c, uint32_t linear) {
    (void)c;
    return hostapi_call(opaque, linear, HOSTAPI_VIA_ESCAPE);
}

void hostapi_attach_cpu(hostapi *h, cpu *c) {
    hostapi_set_translate(h, cpu_linear_to_phys, c);
    cpu_set_hostapi(c, on_escape, h);
}

int hostapi_attach_doorbell(hostapi *h, iobus *io, uint16_t port, const char **err) {
    if (doorbell_create(h, io, port, &h->door, err) < 0)
        return -1;
    h->door_port = port;
    return 0;
}

void hostapi_set_trace(hostapi *h, hostapi_trace_fn fn, void *opaque) {
    h->trace = fn;
    h->trace_opaque = opaque;
}

uint64_t hostapi_calls(const hostapi *h) { return h->calls; }

static int service_known(hostapi *h, uint16_t service) {
    if (service == HOSTAPI_SVC_CORE)
        return 1;
    if (service == HOSTAPI_SVC_REDIR)
        return h->redir != NULL;
    if (!h->ext || service < HOSTAPI_SVC_EXTERNAL_MIN || service > HOSTAPI_SVC_EXTERNAL_MAX)
        return 0;
    if (!extsvc_has(h->ext, service))
        extsvc_poll(h->ext); /* a program may have registered since */
    return extsvc_has(h->ext, service);
}

static void emit(hostapi *h, const struct hostapi_req *r, enum hostapi_via via, int done) {
    static const char *const vias[] = {"escape", "doorbell", "host"};
    if (h->log && done)
        fprintf(stderr,
                "twin86: hostapi %s @%08X svc %u req %u tag %08X -> status %04X result %u%s%s\n",
                vias[via], (unsigned)r->linear, r->service, r->request, (unsigned)r->tag, r->status,
                (unsigned)r->result, r->detail[0] ? ": " : "", r->detail);
    if (h->trace) {
        struct hostapi_event ev = {via,       done,   r->linear, r->service, r->request,
                                   r->status, r->tag, r->result, r->detail};
        h->trace(h->trace_opaque, &ev);
    }
}

/* Header fields other than magic and service; sets r->status on error. */
static int check_header(struct hostapi_req *r, const uint8_t *hdr) {
    if (get16(hdr + HA_VERSION) != HOSTAPI_VERSION ||
        get16(hdr + HA_HDR_SIZE) != HOSTAPI_HDR_SIZE) {
        r->status = HOSTAPI_ST_BAD_VERSION;
        return -1;
    }
    r->total = get16(hdr + HA_TOTAL_SIZE);
    r->nbufs = get16(hdr + HA_NBUFS);
    uint32_t off = get16(hdr + HA_BUFS_OFF);
    if (r->total < HOSTAPI_HDR_SIZE || r->total > HOSTAPI_MAX_BLOCK || get16(hdr + HA_FLAGS) ||
        get16(hdr + HA_RESERVED) || r->nbufs > HOSTAPI_MAX_BUFS ||
        (r->nbufs && (off < HOSTAPI_HDR_SIZE || off + 8u * r->nbufs > r->total))) {
        r->status = HOSTAPI_ST_BAD_BLOCK;
        return -1;
    }
    return 0;
}

static int check_buffers(struct hostapi_req *r) {
    uint32_t off = get16(r->blk + HA_BUFS_OFF);
    for (unsigned i = 0; i < r->nbufs; i++) {
        struct hostapi_buf *b = &r->bufs[i];
        b->linear = get32(r->blk + off + 8 * i);
        b->len = get32(r->blk + off + 8 * i + 4);
        if (b->len > HOSTAPI_MAX_BUF_LEN || gm_check(r->gm, b->linear, b->len) < 0) {
            r->status = HOSTAPI_ST_BAD_BUFFER;
            return -1;
        }
    }
    return 0;
}

static void serve(hostapi *h, struct hostapi_req *r) {
    if (r->service == HOSTAPI_SVC_CORE) {
        uint16_t list[MAX_LISTED_SERVICES];
        struct core_view v = {HOSTAPI_FEAT_REDIR * (h->redir != NULL) |
                                  HOSTAPI_FEAT_EXTERNAL * (h->ext != NULL) |
                                  HOSTAPI_FEAT_DOORBELL * (h->door != NULL),
                              mem_size(h->mem),
                              h->door_port,
                              (uint16_t)(h->redir ? redir_shares(h->redir) : 0),
                              list,
                              0};
        if (h->ext) {
            extsvc_poll(h->ext);
            v.n_services = extsvc_list(h->ext, list, MAX_LISTED_SERVICES);
        }
        core_serve(&v, r);
    } else if (r->service == HOSTAPI_SVC_REDIR)
        redir_serve(h->redir, r);
    else
        extsvc_serve(h->ext, r);
}

int hostapi_call(hostapi *h, uint32_t linear, enum hostapi_via via) {
    struct hostapi_req *r = &h->req;
    uint8_t hdr[HOSTAPI_HDR_SIZE];
    if (h->busy || gm_read(&h->gm, linear, hdr, sizeof hdr) < 0 ||
        get32(hdr + HA_MAGIC) != HOSTAPI_MAGIC || !service_known(h, get16(hdr + HA_SERVICE)))
        return -1;
    memset(r, 0, offsetof(struct hostapi_req, blk));
    r->status = HOSTAPI_ST_OK;
    r->result = 0;
    r->detail[0] = '\0';
    r->gm = &h->gm;
    r->linear = linear;
    r->service = get16(hdr + HA_SERVICE);
    r->request = get16(hdr + HA_REQUEST);
    r->tag = get32(hdr + HA_TAG);
    r->status = HOSTAPI_ST_OK;
    h->busy = 1;
    h->calls++;
    emit(h, r, via, 0);
    int ok = check_header(r, hdr) == 0;
    if (ok) {
        memcpy(r->blk, hdr, sizeof hdr);
        /* The parameters, read once: the guest cannot change what was checked. */
        if (gm_read(&h->gm, linear + HOSTAPI_HDR_SIZE, r->blk + HOSTAPI_HDR_SIZE,
                    r->total - HOSTAPI_HDR_SIZE) < 0) {
            r->status = HOSTAPI_ST_BAD_BUFFER;
            ok = 0;
        }
    }
    if (ok && check_buffers(r) == 0)
        serve(h, r);
    uint8_t st[2], res[4];
    put16(st, r->status);
    put32(res, r->result);
    gm_write(&h->gm, linear + HA_STATUS, st, 2);
    if (ok) {
        gm_write(&h->gm, linear + HA_RESULT, res, 4);
        gm_write(&h->gm, linear + HOSTAPI_HDR_SIZE, r->blk + HOSTAPI_HDR_SIZE,
                 r->total - HOSTAPI_HDR_SIZE);
    }
    emit(h, r, via, 1);
    h->busy = 0;
    return 0;
}
