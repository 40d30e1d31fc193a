/* Port I/O bus: devices claim port ranges with handlers; unclaimed reads return
 * all ones and unclaimed writes are dropped. One instance per machine. */
#ifndef TWIN86_IOBUS_H
#define TWIN86_IOBUS_H

#include <stdint.h>

typedef struct iobus iobus;

/* port is the absolute port number; size is 1, 2 or 4. */
typedef uint32_t (*io_read_fn)(void *opaque, uint16_t port, unsigned size);
typedef void (*io_write_fn)(void *opaque, uint16_t port, uint32_t value, unsigned size);

/* Width flags for io_register: which access sizes the handler implements itself.
 * Accesses of other sizes are split into (or, for narrower ones, served by)
 * byte accesses to consecutive ports. */
enum { IO_W8 = 1, IO_W16 = 2, IO_W32 = 4 };

iobus *io_create(void);
void io_destroy(iobus *b);

/* Claims ports [first, first+count). Returns 0, or -1 with *err set when a port
 * is already claimed or the range leaves the 64 KiB port space. */
int io_register(iobus *b, uint16_t first, unsigned count, unsigned widths, io_read_fn rd,
                io_write_fn wr, void *opaque, const char *name, const char **err);

/* Releases a range claimed by io_register (same first and count), for devices
 * whose ports move (PCI I/O BARs). Returns 0, or -1 when [first, first+count)
 * is not exactly one registration. */
int io_unregister(iobus *b, uint16_t first, unsigned count);

uint32_t io_read(iobus *b, uint16_t port, unsigned size);
void io_write(iobus *b, uint16_t port, uint32_t value, unsigned size);

/* Name of the device owning a port, or NULL. For logs and the debugger. */
const char *io_owner(const iobus *b, uint16_t port);

#endif
