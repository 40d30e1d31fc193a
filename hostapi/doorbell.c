/* The hostapi doorbell: an I/O-port path to the same service for CPUs that
 * are not ours (a KVM-backed simulator never decodes our escape). A 32-bit
 * IN from the base reads HOSTAPI_MAGIC and from base+4 the ABI version; a
 * 32-bit OUT of a block's linear address to the base serves it. 16-bit code
 * may instead write the low half to base and the high half to base+2, which
 * rings. Narrower reads return the matching bytes of those values. */
#include <stdlib.h>

#include "hostapi/doorbell.h"

struct doorbell {
    hostapi *h;
    iobus *io;
    uint16_t port;
    uint16_t low; /* latched low half of a 16-bit address write */
};

static uint32_t door_read(void *opaque, uint16_t port, unsigned size) {
    struct doorbell *d = opaque;
    uint8_t regs[HOSTAPI_PORT_COUNT];
    put32(regs, HOSTAPI_MAGIC);
    put32(regs + 4, HOSTAPI_VERSION);
    unsigned off = (unsigned)(port - d->port);
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint32_t)(off + i < sizeof regs ? regs[off + i] : 0xFF) << (8 * i);
    return v;
}

static void door_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    struct doorbell *d = opaque;
    unsigned off = (unsigned)(port - d->port);
    if (off == 0 && size == 4)
        hostapi_call(d->h, value, HOSTAPI_VIA_DOORBELL);
    else if (off == 0 && size == 2)
        d->low = (uint16_t)value;
    else if (off == 2 && size == 2)
        hostapi_call(d->h, (uint32_t)d->low | value << 16, HOSTAPI_VIA_DOORBELL);
}

int doorbell_create(hostapi *h, iobus *io, uint16_t port, struct doorbell **out, const char **err) {
    struct doorbell *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory";
        return -1;
    }
    *d = (struct doorbell){h, io, port, 0};
    if (io_register(io, port, HOSTAPI_PORT_COUNT, IO_W8 | IO_W16 | IO_W32, door_read, door_write, d,
                    "hostapi", err) < 0) {
        free(d);
        return -1;
    }
    *out = d;
    return 0;
}

void doorbell_destroy(struct doorbell *d) {
    if (!d)
        return;
    io_unregister(d->io, d->port, HOSTAPI_PORT_COUNT);
    free(d);
}
