/* The hostapi doorbell ports (see doorbell.c); created through
 * hostapi_attach_doorbell. */
#ifndef TWIN86_HOSTAPI_DOORBELL_H
#define TWIN86_HOSTAPI_DOORBELL_H

#include "hostapi/hostapi.h"

struct doorbell;
int doorbell_create(hostapi *h, iobus *io, uint16_t port, struct doorbell **out, const char **err);
void doorbell_destroy(struct doorbell *d);

#endif
