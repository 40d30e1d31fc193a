/* Unit tests for iodev/iobus.c and iodev/debugcon.c: registration, overlap
 * rejection, width splitting, unclaimed ports, the 0xE9 console. */
#include <string.h>

#include "check.h"
#include "iodev/debugcon.h"
#include "twin86/iobus.h"

/* A device that logs each access as (port, size) and reads back port-derived bytes. */
struct dev {
    int n;
    uint16_t port[8];
    unsigned size[8];
    uint32_t value[8];
};

static uint32_t dev_read(void *opaque, uint16_t port, unsigned size) {
    struct dev *d = opaque;
    if (d->n < 8)
        d->port[d->n] = port, d->size[d->n] = size;
    d->n++;
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint32_t)((port + i) & 0xFF) << (8 * i);
    return v;
}

static void dev_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    struct dev *d = opaque;
    if (d->n < 8)
        d->port[d->n] = port, d->size[d->n] = size, d->value[d->n] = value;
    d->n++;
}

static void test_register(iobus *b, struct dev *a) {
    const char *err = NULL;
    CHECK(io_register(b, 0x60, 5, IO_W8, dev_read, dev_write, a, "kbd", &err) == 0);
    CHECK(io_register(b, 0x63, 4, IO_W8, dev_read, dev_write, a, "x", &err) < 0 && err);
    CHECK(io_register(b, 0x5F, 2, IO_W8, dev_read, dev_write, a, "x", &err) < 0);
    CHECK(io_register(b, 0xFFFF, 2, IO_W8, dev_read, dev_write, a, "x", &err) < 0);
    CHECK(io_register(b, 0x10, 0, IO_W8, dev_read, dev_write, a, "x", &err) < 0);
    CHECK(io_register(b, 0xFFFF, 1, IO_W8, dev_read, dev_write, a, "last", &err) == 0);
    CHECK(strcmp(io_owner(b, 0x64), "kbd") == 0);
    CHECK(io_owner(b, 0x65) == NULL && io_owner(b, 0x5F) == NULL);
    CHECK(strcmp(io_owner(b, 0xFFFF), "last") == 0);
}

static void test_widths(iobus *b) {
    const char *err = NULL;
    struct dev bytes = {0}, wide = {0}, w16 = {0};
    CHECK(io_register(b, 0x100, 4, IO_W8, dev_read, dev_write, &bytes, "bytes", &err) == 0);
    CHECK(io_register(b, 0x1F0, 8, IO_W8 | IO_W16 | IO_W32, dev_read, dev_write, &wide, "wide",
                      &err) == 0);
    CHECK(io_register(b, 0x200, 4, IO_W16, dev_read, dev_write, &w16, "w16", &err) == 0);

    /* A byte-only device sees a dword read as four byte reads, little-endian. */
    CHECK_EQ(io_read(b, 0x100, 4), 0x03020100);
    CHECK(bytes.n == 4 && bytes.port[3] == 0x103 && bytes.size[3] == 1);
    bytes.n = 0;
    io_write(b, 0x101, 0xBBAA, 2);
    CHECK(bytes.n == 2 && bytes.port[0] == 0x101 && bytes.value[0] == 0xAA);
    CHECK(bytes.port[1] == 0x102 && bytes.value[1] == 0xBB && bytes.size[1] == 1);

    /* A device taking dwords gets them whole. */
    CHECK_EQ(io_read(b, 0x1F0, 4), 0xF3F2F1F0);
    CHECK(wide.n == 1 && wide.size[0] == 4);
    io_write(b, 0x1F0, 0x12345678, 4);
    CHECK(wide.n == 2 && wide.size[1] == 4 && wide.value[1] == 0x12345678);
    /* ... but not past its last port: 0x1F7 is its, 0x1F8 unclaimed. */
    CHECK_EQ(io_read(b, 0x1F7, 2), 0xFFF7);

    /* A 16-bit device gets a dword as two words. */
    CHECK_EQ(io_read(b, 0x200, 4), 0x03020100);
    CHECK(w16.n == 2 && w16.size[0] == 2 && w16.port[1] == 0x202 && w16.size[1] == 2);
    /* Its last port cannot take a word: byte there, unclaimed byte after. */
    w16.n = 0;
    CHECK_EQ(io_read(b, 0x203, 2), 0xFF03);
    CHECK(w16.n == 1 && w16.size[0] == 1);

    /* Port numbers wrap at 64 Ki: 0xFFFF is "last" (registered above), then 0. */
    struct dev zero = {0};
    CHECK(io_register(b, 0, 1, IO_W8, dev_read, dev_write, &zero, "zero", &err) == 0);
    CHECK_EQ(io_read(b, 0xFFFF, 2), 0x00FF);
    CHECK(zero.n == 1 && zero.port[0] == 0);
}

static void test_unclaimed(iobus *b) {
    CHECK_EQ(io_read(b, 0x300, 1), 0xFF);
    CHECK_EQ(io_read(b, 0x300, 2), 0xFFFF);
    CHECK_EQ(io_read(b, 0x300, 4), 0xFFFFFFFF);
    io_write(b, 0x300, 0, 4); /* dropped, must not crash */
    CHECK_EQ(io_read(b, 0x300, 4), 0xFFFFFFFF);
}

/* Ports that move (a PCI I/O BAR): release, claim elsewhere, reuse the entry. */
static void test_unregister(void) {
    iobus *b = io_create();
    const char *err = NULL;
    struct dev d = {0}, e = {0};
    if (!CHECK(b))
        return;
    CHECK(io_register(b, 0xC000, 16, IO_W8, dev_read, dev_write, &d, "bm", &err) == 0);
    CHECK(io_unregister(b, 0xC000, 8) < 0);  /* not the whole registration */
    CHECK(io_unregister(b, 0xC001, 15) < 0); /* nor starting elsewhere */
    CHECK(io_unregister(b, 0xD000, 16) < 0); /* nothing there */
    CHECK(io_owner(b, 0xC00F) != NULL);
    CHECK(io_unregister(b, 0xC000, 16) == 0);
    CHECK(io_owner(b, 0xC000) == NULL && io_owner(b, 0xC00F) == NULL);
    CHECK_EQ(io_read(b, 0xC004, 4), 0xFFFFFFFF);
    CHECK(d.n == 0);
    CHECK(io_unregister(b, 0xC000, 16) < 0); /* already released */
    /* The range is free again, for this device or another. */
    CHECK(io_register(b, 0xC008, 16, IO_W8, dev_read, dev_write, &d, "bm", &err) == 0);
    CHECK(io_register(b, 0xC000, 8, IO_W8, dev_read, dev_write, &e, "other", &err) == 0);
    CHECK_EQ(io_read(b, 0xC00A, 1), 0x0A);
    CHECK(d.n == 1 && e.n == 0);
    CHECK_EQ(io_read(b, 0xC007, 1), 0x07);
    CHECK(e.n == 1);
    /* Many moves must not exhaust the handler table. */
    for (unsigned i = 0; i < 70000; i++) {
        uint16_t at = (uint16_t)(0xC008 + 0x30 * (i & 1));
        CHECK(io_unregister(b, at, 16) == 0);
        if (!CHECK(io_register(b, (uint16_t)(at ^ 0x30), 16, IO_W8, dev_read, dev_write, &d, "bm",
                               &err) == 0))
            break;
    }
    io_destroy(b);
}

static void test_debugcon(void) {
    iobus *b = io_create();
    const char *err = NULL;
    FILE *f = tmpfile();
    char out[16] = {0};
    if (!CHECK(b && f))
        return;
    debugcon *d = debugcon_create(b, f, &err);
    CHECK(d != NULL);
    CHECK(debugcon_create(b, f, &err) == NULL && err); /* port already taken */
    CHECK_EQ(io_read(b, DEBUGCON_PORT, 1), 0xE9);
    io_write(b, DEBUGCON_PORT, 'h', 1);
    io_write(b, DEBUGCON_PORT, 0x100 | 'i', 1);
    io_write(b, DEBUGCON_PORT, 0x4221, 2); /* '!' to 0xE9, 'B' to the unclaimed 0xEA */
    io_write(b, DEBUGCON_PORT, '\n', 1);
    rewind(f);
    CHECK(fread(out, 1, sizeof out - 1, f) == 4);
    CHECK(strcmp(out, "hi!\n") == 0);
    fclose(f);
    debugcon_destroy(d);
    io_destroy(b);
}

int main(void) {
    iobus *b = io_create(), *other = io_create();
    struct dev a = {0};
    if (!CHECK(b && other))
        return check_done();
    test_register(b, &a);
    test_widths(b);
    test_unclaimed(b);
    CHECK(io_owner(other, 0x60) == NULL); /* buses are independent */
    CHECK_EQ(io_read(other, 0x60, 1), 0xFF);
    test_unregister();
    test_debugcon();
    io_destroy(b);
    io_destroy(other);
    return check_done();
}
