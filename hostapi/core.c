/* The core service: what the host offers (probe), a buffer copy that guest
 * tests use to exercise address translation, and the external services. */
#include <string.h>

#include "hostapi/service.h"

/* Bounce buffer size for COPY: the copy goes piecewise, never all at once. */
#define COPY_CHUNK 4096

static void probe(const struct core_view *v, struct hostapi_req *r) {
    if (r->total < HOSTAPI_HDR_SIZE + HOSTAPI_PROBE_SIZE) {
        r->status = HOSTAPI_ST_BAD_BLOCK;
        return;
    }
    uint8_t *p = r->blk + HOSTAPI_HDR_SIZE;
    put16(p + 0, HOSTAPI_VERSION);
    put16(p + 2, HOSTAPI_MAX_BLOCK);
    put32(p + 4, v->features);
    put32(p + 8, v->ram_size);
    put16(p + 12, HOSTAPI_MAX_BUFS);
    put16(p + 14, v->doorbell_port);
    put32(p + 16, HOSTAPI_MAX_BUF_LEN);
    put16(p + 20, v->shares);
    put16(p + 22, 0);
    r->status = HOSTAPI_ST_OK;
}

static void copy(struct hostapi_req *r) {
    if (r->nbufs < 2) {
        r->status = HOSTAPI_ST_BAD_BLOCK;
        return;
    }
    uint8_t tmp[COPY_CHUNK];
    uint32_t n = r->bufs[0].len < r->bufs[1].len ? r->bufs[0].len : r->bufs[1].len;
    for (uint32_t done = 0; done < n;) {
        uint32_t k = n - done < COPY_CHUNK ? n - done : COPY_CHUNK;
        if (gm_read(r->gm, r->bufs[0].linear + done, tmp, k) < 0 ||
            gm_write(r->gm, r->bufs[1].linear + done, tmp, k) < 0) {
            r->status = HOSTAPI_ST_BAD_BUFFER; /* the guest changed its page tables? */
            return;
        }
        done += k;
    }
    r->result = n;
    r->status = HOSTAPI_ST_OK;
}

static void services(const struct core_view *v, struct hostapi_req *r) {
    if (r->nbufs < 1) {
        r->status = HOSTAPI_ST_BAD_BLOCK;
        return;
    }
    uint32_t room = r->bufs[0].len / 2;
    for (int i = 0; i < v->n_services && (uint32_t)i < room; i++) {
        uint8_t b[2];
        put16(b, v->services[i]);
        if (gm_write(r->gm, r->bufs[0].linear + 2u * (uint32_t)i, b, 2) < 0) {
            r->status = HOSTAPI_ST_BAD_BUFFER;
            return;
        }
    }
    r->result = (uint32_t)v->n_services;
    r->status = HOSTAPI_ST_OK;
}

void core_serve(const struct core_view *v, struct hostapi_req *r) {
    switch (r->request) {
    case HOSTAPI_CORE_PROBE:
        probe(v, r);
        break;
    case HOSTAPI_CORE_COPY:
        copy(r);
        break;
    case HOSTAPI_CORE_SERVICES:
        services(v, r);
        break;
    default:
        r->status = HOSTAPI_ST_BAD_REQUEST;
        break;
    }
}
