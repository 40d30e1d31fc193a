/* System control port A (see port92.h). */
#include "port92.h"

#include <stdlib.h>

enum { P92_RESET = 0x01, P92_A20 = 0x02 };

struct port92 {
    memory *mem;
    void (*reset)(void *opaque);
    void *opaque;
    uint8_t value; /* as last written, without the reset bit */
};

static uint32_t port92_read(void *opaque, uint16_t port, unsigned size) {
    port92 *p = opaque;
    (void)port;
    (void)size;
    return (p->value & ~P92_A20) | (mem_a20(p->mem) ? P92_A20 : 0);
}

static void port92_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    port92 *p = opaque;
    (void)port;
    (void)size;
    /* The reset bit is edge-triggered; it reads back as 0 (QEMU and PIIX agree). */
    int reset = (value & P92_RESET) != 0;
    p->value = value & 0xFF & ~P92_RESET;
    mem_set_a20(p->mem, (value & P92_A20) != 0);
    if (reset && p->reset)
        p->reset(p->opaque);
}

port92 *port92_create(iobus *io, memory *mem, void (*reset)(void *opaque), void *opaque,
                      const char **err) {
    port92 *p = calloc(1, sizeof *p);
    if (!p) {
        *err = "out of memory for port 0x92";
        return NULL;
    }
    p->mem = mem;
    p->reset = reset;
    p->opaque = opaque;
    if (io_register(io, PORT92_PORT, 1, IO_W8, port92_read, port92_write, p, "port92", err) < 0) {
        free(p);
        return NULL;
    }
    return p;
}

void port92_destroy(port92 *p) { free(p); }

void port92_reset(port92 *p) { p->value = 0; }
