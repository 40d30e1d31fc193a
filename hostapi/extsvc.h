/* External services: host programs connect to a Unix socket, register a
 * service number and get guest requests for it as the argument block plus
 * the physical ranges of its buffers in the guest RAM's memory file
 * (protocol: extsvc_proto.h). No threads: connections are accepted when the
 * guest asks for a service that is not registered yet, or probes. */
#ifndef TWIN86_HOSTAPI_EXTSVC_H
#define TWIN86_HOSTAPI_EXTSVC_H

#include <stddef.h>
#include <stdint.h>

#include "hostapi/service.h"
#include "twin86/memory.h"

typedef struct extsvc extsvc;

#define EXT_MAX_CLIENTS 16

/* Listens on path (which must not exist). NULL with a message on failure. */
extsvc *extsvc_create(memory *mem, const char *path, char *err, size_t errsz);
/* Closes every connection and removes the socket file. */
void extsvc_destroy(extsvc *x);

/* Accepts waiting connections and reads registrations; never blocks. */
void extsvc_poll(extsvc *x);

int extsvc_has(const extsvc *x, uint16_t service);
int extsvc_list(const extsvc *x, uint16_t *out, int max);

/* Forwards a request and waits for the reply. */
void extsvc_serve(extsvc *x, struct hostapi_req *r);

#endif
