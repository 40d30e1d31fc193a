/* Debug console on port 0xE9, or another port (see debugcon.h). */
#include "debugcon.h"

#include <stdlib.h>

struct debugcon {
    FILE *out;
};

static uint32_t debugcon_read(void *opaque, uint16_t port, unsigned size) {
    (void)opaque;
    (void)port;
    (void)size;
    return 0xE9;   /* QEMU's read-back value at any port; SeaBIOS checks it before logging */
}

static void debugcon_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    struct debugcon *d = opaque;
    (void)port;
    (void)size;
    fputc((int)(value & 0xFF), d->out);
    /* Whole lines reach the terminal promptly and interleave sanely with stderr. */
    if ((value & 0xFF) == '\n')
        fflush(d->out);
}

debugcon *debugcon_create(iobus *bus, FILE *out, const char **err) {
    return debugcon_create_at(bus, DEBUGCON_PORT, out, err);
}

debugcon *debugcon_create_at(iobus *bus, uint16_t port, FILE *out, const char **err) {
    debugcon *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for the debug console";
        return NULL;
    }
    d->out = out;
    if (io_register(bus, port, 1, IO_W8, debugcon_read, debugcon_write, d, "debugcon",
                    err) < 0) {
        free(d);
        return NULL;
    }
    return d;
}

void debugcon_destroy(debugcon *d) { free(d); }
