/* Port I/O bus: a 64 Ki-entry table maps each port to a handler slot, so a
 * port access is one table load and one indirect call. Every handler must
 * accept byte accesses; the widths it declares are the wider sizes it also
 * handles itself. Other accesses are split in halves (32 -> 2x16 -> 4x8),
 * which is what an ISA bus does to a 16-bit device, and which also splits an
 * access that runs past a device's last port. */
#include "twin86/iobus.h"

#include <stdlib.h>

struct io_handler {
    /* count == 0 marks a released entry that io_register may reuse. */
    io_read_fn rd;
    io_write_fn wr;
    void *opaque;
    const char *name;
    unsigned widths;
    uint16_t first;
    unsigned count;
};

struct iobus {
    struct io_handler *handlers;
    size_t n_handlers;
    uint16_t slot[0x10000]; /* 0 = unclaimed, else handler index + 1 */
};

static inline uint32_t all_ones(unsigned size) {
    return size >= 4 ? 0xFFFFFFFFu : (1u << (size * 8)) - 1;
}

iobus *io_create(void) { return calloc(1, sizeof(iobus)); }

void io_destroy(iobus *b) {
    if (!b)
        return;
    free(b->handlers);
    free(b);
}

int io_register(iobus *b, uint16_t first, unsigned count, unsigned widths, io_read_fn rd,
                io_write_fn wr, void *opaque, const char *name, const char **err) {
    if (count == 0 || count > 0x10000u - first) {
        *err = "I/O port range is empty or leaves the 64 KiB port space";
        return -1;
    }
    for (unsigned i = 0; i < count; i++)
        if (b->slot[first + i]) {
            *err = "I/O port already claimed by another device";
            return -1;
        }
    /* A device that moves its ports re-registers often: reuse released entries. */
    size_t h = 0;
    while (h < b->n_handlers && b->handlers[h].count)
        h++;
    if (h == b->n_handlers) {
        if (b->n_handlers >= 0xFFFF) {
            *err = "too many I/O devices";
            return -1;
        }
        struct io_handler *grown = realloc(b->handlers, (b->n_handlers + 1) * sizeof *grown);
        if (!grown) {
            *err = "out of memory for the I/O handler list";
            return -1;
        }
        b->handlers = grown;
        b->n_handlers++;
    }
    b->handlers[h] =
        (struct io_handler){rd, wr, opaque, name ? name : "?", widths | IO_W8, first, count};
    for (unsigned i = 0; i < count; i++)
        b->slot[first + i] = (uint16_t)(h + 1);
    return 0;
}

int io_unregister(iobus *b, uint16_t first, unsigned count) {
    uint16_t s = b->slot[first];
    if (!s || b->handlers[s - 1].first != first || b->handlers[s - 1].count != count)
        return -1;
    for (unsigned i = 0; i < count; i++)
        b->slot[first + i] = 0;
    b->handlers[s - 1].count = 0;
    return 0;
}

/* The handler that can take this access whole, or NULL when it must be split. */
static inline struct io_handler *whole(iobus *b, uint16_t port, unsigned size) {
    uint16_t s = b->slot[port];
    if (!s)
        return NULL;
    struct io_handler *h = &b->handlers[s - 1];
    if (size == 1 || ((h->widths & size) && port - h->first + size <= h->count))
        return h;
    return NULL;
}

uint32_t io_read(iobus *b, uint16_t port, unsigned size) {
    struct io_handler *h = whole(b, port, size);
    if (h)
        return h->rd ? h->rd(h->opaque, port, size) & all_ones(size) : all_ones(size);
    if (size == 1)
        return 0xFF;
    unsigned half = size / 2;
    uint32_t lo = io_read(b, port, half);
    return lo | io_read(b, (uint16_t)(port + half), half) << (8 * half);
}

void io_write(iobus *b, uint16_t port, uint32_t value, unsigned size) {
    struct io_handler *h = whole(b, port, size);
    if (h) {
        if (h->wr)
            h->wr(h->opaque, port, value & all_ones(size), size);
        return;
    }
    if (size == 1)
        return;
    unsigned half = size / 2;
    io_write(b, port, value, half);
    io_write(b, (uint16_t)(port + half), value >> (8 * half), half);
}

const char *io_owner(const iobus *b, uint16_t port) {
    uint16_t s = b->slot[port];
    return s ? b->handlers[s - 1].name : NULL;
}
