/* isa-debug-exit (see debugexit.h). */
#include "debugexit.h"

#include <stdlib.h>

struct debugexit {
    void (*request_exit)(void *opaque, int status);
    void *opaque;
};

static uint32_t debugexit_read(void *opaque, uint16_t port, unsigned size) {
    (void)opaque;
    (void)port;
    return size >= 4 ? 0xFFFFFFFFu : (1u << (8 * size)) - 1;
}

static void debugexit_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    debugexit *d = opaque;
    (void)port;
    (void)size;
    /* Computed unsigned, so a 32-bit value cannot overflow a signed shift. */
    d->request_exit(d->opaque, (int)(((value << 1) | 1) & 0x7FFFFFFFu));
}

debugexit *debugexit_create(iobus *io, uint16_t base, unsigned size,
                            void (*request_exit)(void *opaque, int status), void *opaque,
                            const char **err) {
    if (size < 1 || size > 256 || !request_exit) {
        *err = "isa-debug-exit needs iosize 1..256 and an exit callback";
        return NULL;
    }
    debugexit *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for isa-debug-exit";
        return NULL;
    }
    d->request_exit = request_exit;
    d->opaque = opaque;
    if (io_register(io, base, size, IO_W8 | IO_W16 | IO_W32, debugexit_read, debugexit_write, d,
                    "isa-debug-exit", err) < 0) {
        free(d);
        return NULL;
    }
    return d;
}

void debugexit_destroy(debugexit *d) { free(d); }
