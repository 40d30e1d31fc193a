/* hostapi: the door from the guest into the host. A guest builds an argument
 * block (hostapi/abi.h) and executes the escape instruction or rings the
 * doorbell port; the host checks the block, serves it (core probe, the DOS
 * redirector's file service, or an external program's service) and answers
 * in the block. One instance per machine; off unless the user asks for it. */
#ifndef TWIN86_HOSTAPI_H
#define TWIN86_HOSTAPI_H

#include <stddef.h>
#include <stdint.h>

#include "hostapi/abi.h"
#include "hostapi/config.h"
#include "hostapi/guestmem.h"
#include "twin86/iobus.h"
#include "twin86/memory.h"

typedef struct hostapi hostapi;

/* Opens the shares and the external-service socket of cfg. Returns NULL
 * with a one-line message in err on failure (a share that cannot be opened,
 * a socket path in use). */
hostapi *hostapi_create(memory *mem, const struct hostapi_config *cfg, char *err, size_t errsz);
void hostapi_destroy(hostapi *h);

/* Machine reset: closes every guest file, forgets mounted drives. */
void hostapi_reset(hostapi *h);

/* How guest linear addresses become physical (default: identity). */
void hostapi_set_translate(hostapi *h, hostapi_translate_fn fn, void *opaque);

/* Binds the escape of CPU c to h and translates through c's paging. */
struct cpu;
void hostapi_attach_cpu(hostapi *h, struct cpu *c);

/* Claims the doorbell ports [port, port+HOSTAPI_PORT_COUNT) on io. Returns 0,
 * or -1 with *err set. */
int hostapi_attach_doorbell(hostapi *h, iobus *io, uint16_t port, const char **err);

enum hostapi_via { HOSTAPI_VIA_ESCAPE, HOSTAPI_VIA_DOORBELL, HOSTAPI_VIA_HOST };

/* Serves the block at `linear`. Returns 0 when served (the status field says
 * how), or -1 when there is no hostapi block there (unreadable, wrong magic,
 * unknown service): the escape then raises #UD. */
int hostapi_call(hostapi *h, uint32_t linear, enum hostapi_via via);

/* Tracing for the debugger: fn sees every call twice, before (done = 0) and
 * after (done = 1) it is served. The debugger breaks by asking the CPU to
 * stop from inside fn. */
struct hostapi_event {
    enum hostapi_via via;
    int done;
    uint32_t linear;
    uint16_t service, request, status;
    uint32_t tag, result;
    const char *detail; /* what the service did, e.g. "1116 open E:\\X.TXT" ("" if nothing) */
};
typedef void (*hostapi_trace_fn)(void *opaque, const struct hostapi_event *ev);
void hostapi_set_trace(hostapi *h, hostapi_trace_fn fn, void *opaque);

/* Calls served so far (for tests and statistics). */
uint64_t hostapi_calls(const hostapi *h);

#endif
