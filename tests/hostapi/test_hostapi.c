/* hostapi dispatch without a guest CPU: header validation (every field),
 * the core service, guest buffers translated page by page through a fake
 * paging (scattered physical pages, a hole) and bounded by the RAM, the
 * doorbell ports through the I/O bus, and the trace hook. */
#include "harness.h"

#define RAM (4u << 20)
#define BLK 0x10000u

/* Fake paging: linear 0x40000000 + n*4K maps to physical 0x200000 + (n^5)*4K
 * for n < 16 (neighbours land apart), page 9 is unmapped; below 0x40000000
 * linear is physical. */
#define VBASE 0x40000000u
static int fake_translate(void *opaque, uint32_t linear, uint32_t *phys) {
    (void)opaque;
    if (linear < VBASE) {
        *phys = linear;
        return 0;
    }
    uint32_t n = (linear - VBASE) >> 12;
    if (n >= 16 || n == 9)
        return -1;
    *phys = 0x200000u + ((n ^ 5) << 12) + (linear & 0xFFF);
    return 0;
}

static uint16_t call(hostapi *h, memory *m, uint32_t at) {
    CHECK(hostapi_call(h, at, HOSTAPI_VIA_HOST) == 0);
    return status_at(m, at);
}

static void test_header(hostapi *h, memory *m) {
    /* not a block at all: the escape would raise #UD */
    uint8_t zero[64] = {0};
    poke(m, BLK, zero, sizeof zero);
    CHECK(hostapi_call(h, BLK, HOSTAPI_VIA_HOST) < 0);
    block(m, BLK, 0x42, 0, 64, 0, 0); /* unknown service */
    CHECK(hostapi_call(h, BLK, HOSTAPI_VIA_HOST) < 0);
    block(m, BLK, HOSTAPI_SVC_REDIR, 0, 64, 0, 0); /* no shares: no redirector */
    CHECK(hostapi_call(h, BLK, HOSTAPI_VIA_HOST) < 0);
    CHECK(hostapi_call(h, RAM - 16, HOSTAPI_VIA_HOST) < 0); /* header past the RAM */
    CHECK(hostapi_call(h, 0xFFFFFFF0u, HOSTAPI_VIA_HOST) < 0);
    /* wrong version or header size */
    block(m, BLK, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    poke16(m, BLK + HA_VERSION, 2);
    poke32(m, BLK + HA_RESULT, 0x55555555);
    CHECK_EQ(call(h, m, BLK), HOSTAPI_ST_BAD_VERSION);
    CHECK_EQ(peek32(m, BLK + HA_RESULT), 0x55555555); /* only the status answers */
    block(m, BLK, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    poke16(m, BLK + HA_HDR_SIZE, 16);
    CHECK_EQ(call(h, m, BLK), HOSTAPI_ST_BAD_VERSION);
    /* sizes, flags, reserved, buffer table */
    static const struct {
        uint16_t total, flags, reserved, nbufs, off;
    } bad[] = {
        {31, 0, 0, 0, 0},
        {HOSTAPI_MAX_BLOCK + 1, 0, 0, 0, 0},
        {56, 1, 0, 0, 0},
        {56, 0, 7, 0, 0},
        {200, 0, 0, HOSTAPI_MAX_BUFS + 1, 32},
        {56, 0, 0, 1, 16},
        {56, 0, 0, 2, 48},
        {56, 0, 0, 1, 52},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        block(m, BLK, 0, HOSTAPI_CORE_PROBE, bad[i].total, bad[i].nbufs, bad[i].off);
        poke16(m, BLK + HA_FLAGS, bad[i].flags);
        poke16(m, BLK + HA_RESERVED, bad[i].reserved);
        if (!CHECK_EQ(call(h, m, BLK), HOSTAPI_ST_BAD_BLOCK))
            fprintf(stderr, "  case %zu\n", i);
    }
    /* a block whose parameters run past the end of RAM */
    block(m, RAM - 40, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    CHECK_EQ(call(h, m, RAM - 40), HOSTAPI_ST_BAD_BUFFER);
    /* too short for the probe's answer */
    block(m, BLK, 0, HOSTAPI_CORE_PROBE, 40, 0, 0);
    CHECK_EQ(call(h, m, BLK), HOSTAPI_ST_BAD_BLOCK);
    block(m, BLK, 0, 99, 56, 0, 0);
    CHECK_EQ(call(h, m, BLK), HOSTAPI_ST_BAD_REQUEST);
}

static void test_probe(hostapi *h, memory *m) {
    block(m, BLK, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    CHECK_EQ(call(h, m, BLK), 0);
    CHECK_EQ(peek16(m, BLK + 32), HOSTAPI_VERSION);
    CHECK_EQ(peek16(m, BLK + 34), HOSTAPI_MAX_BLOCK);
    CHECK_EQ(peek32(m, BLK + 36), HOSTAPI_FEAT_DOORBELL);
    CHECK_EQ(peek32(m, BLK + 40), RAM);
    CHECK_EQ(peek16(m, BLK + 44), HOSTAPI_MAX_BUFS);
    CHECK_EQ(peek16(m, BLK + 46), HOSTAPI_PORT);
    CHECK_EQ(peek32(m, BLK + 48), HOSTAPI_MAX_BUF_LEN);
    CHECK_EQ(peek16(m, BLK + 52), 0);
    /* the header's other fields are the guest's: tag, service, request kept */
    CHECK_EQ(peek32(m, BLK + HA_TAG), 0x1234ABCD);
    CHECK_EQ(peek16(m, BLK + HA_SERVICE), 0);
    CHECK_EQ(peek32(m, BLK + HA_MAGIC), HOSTAPI_MAGIC);
}

/* COPY buffer 0 -> buffer 1, both given as {linear, length}. */
static uint16_t copy(hostapi *h, memory *m, uint32_t src, uint32_t slen, uint32_t dst,
                     uint32_t dlen) {
    block(m, BLK, 0, HOSTAPI_CORE_COPY, 64, 2, 40);
    poke32(m, BLK + 40, src);
    poke32(m, BLK + 44, slen);
    poke32(m, BLK + 48, dst);
    poke32(m, BLK + 52, dlen);
    return call(h, m, BLK);
}

static void test_buffers(hostapi *h, memory *m) {
    hostapi_set_translate(h, fake_translate, NULL);
    /* 10000 bytes from physical 0x100000 to linear VBASE+0x800: pages 0-2 of
     * the fake mapping, i.e. physical pages 5, 4, 7 */
    uint8_t src[10000], got[10000];
    for (size_t i = 0; i < sizeof src; i++)
        src[i] = (uint8_t)(i * 7 + 1);
    poke(m, 0x100000, src, sizeof src);
    CHECK_EQ(copy(h, m, 0x100000, 10000, VBASE + 0x800, 20000), 0);
    CHECK_EQ(peek32(m, BLK + HA_RESULT), 10000);
    peek(m, 0x205800, got, 0x800);
    CHECK(memcmp(got, src, 0x800) == 0);
    peek(m, 0x204000, got, 0x1000);
    CHECK(memcmp(got, src + 0x800, 0x1000) == 0);
    peek(m, 0x207000, got, 10000 - 0x1800);
    CHECK(memcmp(got, src + 0x1800, 10000 - 0x1800) == 0);
    /* a buffer over the unmapped page 9: refused, nothing written */
    uint8_t before[16], after[16];
    peek(m, 0x200000 + (8u ^ 5) * 4096 + 4000, before, 16);
    CHECK_EQ(copy(h, m, 0x100000, 200, VBASE + 9 * 4096 - 100, 200), HOSTAPI_ST_BAD_BUFFER);
    peek(m, 0x200000 + (8u ^ 5) * 4096 + 4000, after, 16);
    CHECK(memcmp(before, after, 16) == 0);
    /* crossing the end of RAM, wrapping 4 GiB, over-long */
    CHECK_EQ(copy(h, m, RAM - 8, 16, 0x100000, 16), HOSTAPI_ST_BAD_BUFFER);
    CHECK_EQ(copy(h, m, 0x100000, 16, RAM - 8, 16), HOSTAPI_ST_BAD_BUFFER);
    CHECK_EQ(copy(h, m, RAM - 8, 8, 0x100000, 8), 0); /* the last bytes are fine */
    CHECK_EQ(copy(h, m, 0xFFFFFFF8u, 16, 0x100000, 16), HOSTAPI_ST_BAD_BUFFER);
    CHECK_EQ(copy(h, m, 0x100000, HOSTAPI_MAX_BUF_LEN + 1, 0x200000, 16), HOSTAPI_ST_BAD_BUFFER);
    CHECK_EQ(copy(h, m, 0x100000, 0, 0x200000, 0), 0); /* empty buffers are fine */
    CHECK_EQ(peek32(m, BLK + HA_RESULT), 0);
    hostapi_set_translate(h, NULL, NULL);
}

struct trace_log {
    int n;
    struct hostapi_event ev[4];
};

static void on_trace(void *opaque, const struct hostapi_event *ev) {
    struct trace_log *l = opaque;
    if (l->n < 4)
        l->ev[l->n] = *ev;
    l->n++;
}

static void test_doorbell_and_trace(hostapi *h, memory *m, iobus *io) {
    CHECK_EQ(io_read(io, HOSTAPI_PORT, 4), HOSTAPI_MAGIC);
    CHECK_EQ(io_read(io, HOSTAPI_PORT + 4, 4), HOSTAPI_VERSION);
    CHECK_EQ(io_read(io, HOSTAPI_PORT, 1), 'T');
    CHECK_EQ(io_read(io, HOSTAPI_PORT + 2, 2), 0x4836); /* "6H" */
    struct trace_log log = {0};
    hostapi_set_trace(h, on_trace, &log);
    uint64_t calls = hostapi_calls(h);
    block(m, BLK, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    io_write(io, HOSTAPI_PORT, BLK, 4);
    CHECK_EQ(status_at(m, BLK), 0);
    CHECK_EQ(hostapi_calls(h), calls + 1);
    CHECK_EQ(log.n, 2);
    CHECK(log.ev[0].done == 0 && log.ev[1].done == 1);
    CHECK(log.ev[0].via == HOSTAPI_VIA_DOORBELL && log.ev[1].linear == BLK);
    CHECK(log.ev[1].tag == 0x1234ABCD && log.ev[1].status == 0 && log.ev[1].service == 0);
    /* 16-bit code: low half, then the high half rings */
    block(m, 0x12340, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    io_write(io, HOSTAPI_PORT, 0x2340, 2);
    CHECK_EQ(status_at(m, 0x12340), HOSTAPI_ST_PENDING); /* not yet */
    io_write(io, HOSTAPI_PORT + 2, 0x0001, 2);
    CHECK_EQ(status_at(m, 0x12340), 0);
    /* a doorbell on garbage does nothing (there is no #UD to raise) */
    log.n = 0;
    io_write(io, HOSTAPI_PORT, 0x300000, 4);
    CHECK_EQ(log.n, 0);
    hostapi_set_trace(h, NULL, NULL);
}

static void test_share_option(void) {
    struct hostapi_config c = {0};
    char err[256];
    CHECK(hostapi_parse_share(&c, "/srv/dos", err, sizeof err) == 0);
    CHECK(c.enabled && c.n_shares == 1 && strcmp(c.shares[0].path, "/srv/dos") == 0);
    CHECK(!c.shares[0].readonly && c.shares[0].drive == 0);
    CHECK(hostapi_parse_share(&c, "/srv/ro,ro,drive=h", err, sizeof err) == 0);
    CHECK(c.shares[1].readonly && c.shares[1].drive == 'H' && strcmp(c.shares[1].path, "/srv/ro") == 0);
    CHECK(hostapi_parse_share(&c, "/x,drive=H", err, sizeof err) < 0 && strstr(err, "already"));
    CHECK(hostapi_parse_share(&c, "/x,rx", err, sizeof err) < 0 && strstr(err, "'rx'"));
    CHECK(hostapi_parse_share(&c, "/x,drive=1", err, sizeof err) < 0);
    CHECK(hostapi_parse_share(&c, "/x,drive=AB", err, sizeof err) < 0);
    CHECK(hostapi_parse_share(&c, ",ro", err, sizeof err) < 0);
    CHECK(c.n_shares == 2);
    while (c.n_shares < HOSTAPI_MAX_SHARES)
        CHECK(hostapi_parse_share(&c, "/more", err, sizeof err) == 0);
    CHECK(hostapi_parse_share(&c, "/one-too-many", err, sizeof err) < 0);
    for (int i = 0; i < c.n_shares; i++)
        free((char *)c.shares[i].path);
}

int main(void) {
    test_share_option();
    const char *e = NULL;
    memory *m = mem_create(RAM, &e);
    iobus *io = io_create();
    struct hostapi_config cfg = {0};
    cfg.enabled = 1;
    char err[256];
    hostapi *h = hostapi_create(m, &cfg, err, sizeof err);
    if (!m || !io || !h) {
        fprintf(stderr, "setup failed\n");
        return 99;
    }
    CHECK(hostapi_attach_doorbell(h, io, HOSTAPI_PORT, &e) == 0);
    CHECK(hostapi_attach_doorbell(h, io, HOSTAPI_PORT, &e) < 0); /* ports taken */
    test_header(h, m);
    test_probe(h, m);
    test_buffers(h, m);
    test_doorbell_and_trace(h, m, io);
    hostapi_destroy(h);
    CHECK(io_owner(io, HOSTAPI_PORT) == NULL); /* the ports are released */
    io_destroy(io);
    mem_destroy(m);
    return check_done();
}
