/* Unit tests for iodev/port92.c (fast A20 seen through the 1 MiB wrap, fast
 * reset) and iodev/debugexit.c (QEMU's exit status (v << 1) | 1). */
#include "check.h"
#include "iodev/debugexit.h"
#include "iodev/port92.h"

static void count_reset(void *opaque) { ++*(int *)opaque; }

static void test_port92(void) {
    const char *err = NULL;
    iobus *io = io_create();
    memory *mem = mem_create(2u << 20, &err);
    CHECK(mem != NULL);
    int resets = 0;
    port92 *p = port92_create(io, mem, count_reset, &resets, &err);
    CHECK(p != NULL);

    mem_write(mem, 0x000000, 0x11, 1);
    mem_write(mem, 0x100000, 0x22, 1);
    CHECK_EQ(io_read(io, 0x92, 1) & 0x02, 0x02); /* memory starts with A20 open */

    io_write(io, 0x92, 0x00, 1);
    CHECK(!mem_a20(mem));
    CHECK_EQ(mem_read(mem, 0x100000, 1), 0x11); /* 1 MiB wraps to 0 */
    CHECK_EQ(mem_read(mem, 0x10FFF0, 1), mem_read(mem, 0x00FFF0, 1));
    CHECK_EQ(io_read(io, 0x92, 1) & 0x02, 0x00);

    io_write(io, 0x92, 0x02, 1);
    CHECK(mem_a20(mem));
    CHECK_EQ(mem_read(mem, 0x100000, 1), 0x22);
    CHECK_EQ(io_read(io, 0x92, 1), 0x02);
    CHECK_EQ(resets, 0);

    /* Bit 0 resets; it reads back as 0; other bits are kept. */
    io_write(io, 0x92, 0xC3, 1);
    CHECK_EQ(resets, 1);
    CHECK_EQ(io_read(io, 0x92, 1), 0xC2);
    io_write(io, 0x92, 0xC3, 1);
    CHECK_EQ(resets, 2);

    /* The gate's real state shows even when someone else moved it. */
    mem_set_a20(mem, 0);
    CHECK_EQ(io_read(io, 0x92, 1), 0xC0);
    port92_reset(p);
    CHECK_EQ(io_read(io, 0x92, 1), 0x00);

    CHECK(port92_create(io, mem, NULL, NULL, &err) == NULL && err);
    port92_destroy(p);
    mem_destroy(mem);
    io_destroy(io);
}

struct exit_req {
    int n;
    int status;
};

static void on_exit_req(void *opaque, int status) {
    struct exit_req *e = opaque;
    e->n++;
    e->status = status;
}

static void test_debugexit(void) {
    const char *err = NULL;
    iobus *io = io_create();
    struct exit_req e = {0, 0};
    debugexit *d = debugexit_create(io, 0xF4, 4, on_exit_req, &e, &err);
    CHECK(d != NULL);
    io_write(io, 0xF4, 0x31, 1);
    CHECK(e.n == 1 && e.status == 0x63); /* the usual "success" of QEMU tests */
    io_write(io, 0xF4, 0x00, 1);
    CHECK(e.n == 2 && e.status == 1); /* never 0 */
    io_write(io, 0xF7, 0x05, 1);
    CHECK(e.n == 3 && e.status == 11);
    io_write(io, 0xF4, 0x1234, 2);
    CHECK(e.n == 4 && e.status == 0x2469); /* one request for a word */
    io_write(io, 0xF4, 0x01020304, 4);
    CHECK(e.n == 5 && e.status == 0x02040609);
    io_write(io, 0xF8, 0x01, 1); /* past iosize */
    CHECK(e.n == 5);
    CHECK_EQ(io_read(io, 0xF4, 1), 0xFF);

    CHECK(debugexit_create(io, 0x400, 0, on_exit_req, &e, &err) == NULL && err);
    CHECK(debugexit_create(io, 0xF6, 1, on_exit_req, &e, &err) == NULL);
    /* QEMU's defaults: 0x501, two ports. */
    debugexit *d2 =
        debugexit_create(io, DEBUGEXIT_DEFAULT_BASE, DEBUGEXIT_DEFAULT_SIZE, on_exit_req, &e, &err);
    CHECK(d2 != NULL);
    io_write(io, 0x502, 0x7F, 1);
    CHECK(e.n == 6 && e.status == 0xFF);
    io_write(io, 0x503, 0x01, 1);
    CHECK(e.n == 6);
    debugexit_destroy(d2);
    debugexit_destroy(d);
    io_destroy(io);
}

int main(void) {
    test_port92();
    test_debugexit();
    return check_done();
}
