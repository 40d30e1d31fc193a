/* Inside hostapi: one request being served, as the services see it. The
 * dispatcher (hostapi.c) has copied and checked the block; services read
 * their parameters from blk, reach guest buffers only through gm, and answer
 * in status, result and blk's parameter bytes. */
#ifndef TWIN86_HOSTAPI_SERVICE_H
#define TWIN86_HOSTAPI_SERVICE_H

#include <stdint.h>

#include "hostapi/abi.h"
#include "hostapi/guestmem.h"

struct hostapi_buf {
    uint32_t linear;
    uint32_t len;
};

struct hostapi_req {
    const struct guestmem *gm;
    uint32_t linear; /* of the block */
    uint16_t service, request, total, nbufs;
    uint32_t tag;
    struct hostapi_buf bufs[HOSTAPI_MAX_BUFS]; /* checked: mapped, inside RAM */
    uint8_t blk[HOSTAPI_MAX_BLOCK];            /* the host's copy; total bytes valid */
    uint16_t status;
    uint32_t result;
    char detail[160]; /* for the trace */
};

/* The core service (core.c). */
struct core_view {
    uint32_t features;
    uint32_t ram_size;
    uint16_t doorbell_port;
    uint16_t shares;
    const uint16_t *services; /* registered external service numbers */
    int n_services;
};
void core_serve(const struct core_view *v, struct hostapi_req *r);

#endif
