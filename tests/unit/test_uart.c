/* Unit tests for iodev/uart.c and iodev/chardev.c: the 16550A's registers
 * through the port bus with a buffer backend and the virtual clock. Timing
 * and register values from the National/TI PC16550D datasheet: a frame is
 * start + data + parity + stop bits at 115200/divisor bits per second. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "iodev/uart.h"

#define NS 1000000000ull /* ips: one tick per nanosecond */
#define BASE UART_COM1_BASE

enum { RBR, IER, IIR, LCR, MCR, LSR, MSR, SCR };

struct rig {
    iobus *io;
    sched *s;
    chardev *be;
    uart *u;
    int level, rises;
};

static void set_irq(void *opaque, int n, int level) {
    struct rig *r = opaque;
    (void)n;
    if (level && !r->level)
        r->rises++;
    r->level = level;
}

static int rig_init(struct rig *r) {
    const char *err = NULL;
    memset(r, 0, sizeof *r);
    r->io = io_create();
    r->s = sched_create(NS);
    r->be = chardev_open("buffer", &err);
    if (!r->io || !r->s || !r->be)
        return -1;
    r->u = uart_create(r->io, r->s, BASE, (irq_line){set_irq, r, UART_COM1_IRQ}, r->be, &err);
    return r->u ? 0 : -1;
}

static void rig_done(struct rig *r) {
    uart_destroy(r->u);
    chardev_close(r->be);
    sched_destroy(r->s);
    io_destroy(r->io);
}

static inline void out(struct rig *r, unsigned reg, uint8_t v) {
    io_write(r->io, BASE + reg, v, 1);
}
static inline unsigned in(struct rig *r, unsigned reg) { return io_read(r->io, BASE + reg, 1); }

static void set_divisor(struct rig *r, uint16_t div, uint8_t lcr) {
    out(r, LCR, 0x80);
    out(r, RBR, div & 0xFF);
    out(r, IER, div >> 8);
    out(r, LCR, lcr);
}

static void test_registers(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    CHECK_EQ(in(&r, IIR), 0x01);
    CHECK_EQ(in(&r, LSR), 0x60);
    CHECK_EQ(in(&r, IER), 0x00);
    CHECK_EQ(in(&r, MCR), 0x00);
    CHECK_EQ(in(&r, MSR), 0xB0); /* CTS, DSR, DCD from the peer, no deltas */
    set_divisor(&r, 0x0180, 0x03);
    out(&r, LCR, 0x83);
    CHECK_EQ(in(&r, RBR), 0x80);
    CHECK_EQ(in(&r, IER), 0x01);
    out(&r, LCR, 0x03);
    CHECK_EQ(in(&r, LCR), 0x03);
    out(&r, IER, 0xFF);
    CHECK_EQ(in(&r, IER), 0x0F);
    out(&r, IER, 0);
    out(&r, SCR, 0x5A);
    CHECK_EQ(in(&r, SCR), 0x5A);
    /* Frame lengths: 8N1 at 9600 is 10 bits of 1/9600 s; 7E2 is 11 bits;
     * 5 bits with "2" stop bits has 1.5. */
    set_divisor(&r, 12, 0x03);
    CHECK_EQ(uart_frame_ticks(r.u), 1041667);
    set_divisor(&r, 12, 0x1E);
    CHECK_EQ(uart_frame_ticks(r.u), 1145834);
    set_divisor(&r, 1, 0x04);
    CHECK_EQ(uart_frame_ticks(r.u), 65105);
    rig_done(&r);
}

static void test_loopback(void) {
    struct rig r;
    uint8_t outbuf[4];
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_divisor(&r, 1, 0x03);
    uint64_t frame = uart_frame_ticks(r.u);
    CHECK_EQ(frame, 86806);
    /* Loopback wires RTS->CTS, DTR->DSR, OUT1->RI, OUT2->DCD. */
    out(&r, MCR, 0x1A);
    CHECK_EQ(in(&r, MSR) & 0xF0, 0x90);
    out(&r, MCR, 0x15);
    CHECK_EQ(in(&r, MSR) & 0xF0, 0x60);
    out(&r, MCR, 0x1B);
    out(&r, IER, 0x01);
    out(&r, RBR, 'A');
    sched_advance(r.s, frame - 1);
    CHECK_EQ(in(&r, LSR) & 0x01, 0);
    sched_advance(r.s, 1);
    CHECK_EQ(in(&r, LSR), 0x61);
    CHECK_EQ(in(&r, IIR), 0x04);
    CHECK(!r.level); /* OUT2 does not reach the PC's IRQ gate in loopback */
    CHECK_EQ(in(&r, RBR), 'A');
    CHECK_EQ(chardev_buffer_take(r.be, outbuf, sizeof outbuf), 0);
    rig_done(&r);
}

static void test_thre_timing(void) {
    struct rig r;
    uint8_t got[4];
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_divisor(&r, 12, 0x03);
    uint64_t frame = uart_frame_ticks(r.u);
    out(&r, MCR, 0x08); /* OUT2: interrupts reach the line */
    out(&r, IER, 0x02); /* enabling with THR empty interrupts at once */
    CHECK_EQ(in(&r, IIR), 0x02);
    CHECK(!r.level); /* reading IIR acknowledged it */
    CHECK_EQ(in(&r, IIR), 0x01);
    out(&r, RBR, 'x'); /* straight into the shift register */
    CHECK_EQ(in(&r, LSR), 0x20);
    CHECK(r.level);
    CHECK_EQ(in(&r, IIR), 0x02);
    out(&r, RBR, 'y'); /* waits in THR */
    CHECK_EQ(in(&r, LSR), 0x00);
    CHECK(!r.level);
    sched_advance(r.s, frame - 1);
    CHECK_EQ(in(&r, LSR), 0x00);
    CHECK_EQ(chardev_buffer_take(r.be, got, 4), 0);
    sched_advance(r.s, 1);
    CHECK_EQ(chardev_buffer_take(r.be, got, 4), 1);
    CHECK_EQ(got[0], 'x');
    CHECK_EQ(in(&r, LSR), 0x20);
    CHECK(r.level);
    CHECK_EQ(in(&r, IIR), 0x02);
    sched_advance(r.s, frame);
    CHECK_EQ(in(&r, LSR), 0x60);
    CHECK_EQ(chardev_buffer_take(r.be, got, 4), 1);
    CHECK_EQ(got[0], 'y');
    /* With the FIFO, 3 bytes leave back to back: THRE rises when the last
     * moves into the shift register, TEMT after its frame. */
    out(&r, IIR, 0x07);
    uint64_t t0 = sched_now(r.s);
    out(&r, RBR, '1'), out(&r, RBR, '2'), out(&r, RBR, '3');
    CHECK_EQ(in(&r, IIR), 0xC1);
    sched_advance(r.s, 2 * frame);
    CHECK(r.level && in(&r, IIR) == 0xC2);
    CHECK_EQ(in(&r, LSR), 0x20);
    sched_advance(r.s, frame);
    CHECK_EQ(in(&r, LSR), 0x60);
    CHECK_EQ(sched_now(r.s) - t0, 3 * frame);
    CHECK_EQ(chardev_buffer_take(r.be, got, 4), 3);
    CHECK(memcmp(got, "123", 3) == 0);
    rig_done(&r);
}

static void test_fifo_receive(void) {
    struct rig r;
    char got[12] = {0};
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_divisor(&r, 1, 0x03);
    uint64_t frame = uart_frame_ticks(r.u);
    out(&r, IIR, 0x81); /* FIFO on, trigger level 8 */
    CHECK_EQ(in(&r, IIR), 0xC1);
    out(&r, IER, 0x01);
    out(&r, MCR, 0x08);
    CHECK(chardev_buffer_inject(r.be, "ABCDEFGHIJ", 10) == 0);
    /* The idle receiver polls every UART_POLL_NS; then one byte per frame. */
    uint64_t poll = sched_ns_to_ticks(r.s, UART_POLL_NS);
    sched_advance(r.s, poll + 7 * frame);
    CHECK_EQ(in(&r, LSR) & 0x01, 1);
    CHECK_EQ(in(&r, IIR), 0xC1); /* 7 bytes: below the trigger level */
    CHECK(!r.level);
    sched_advance(r.s, frame);
    CHECK_EQ(in(&r, IIR), 0xC4);
    CHECK(r.level);
    sched_advance(r.s, 2 * frame);
    for (int i = 0; i < 8; i++)
        got[i] = (char)in(&r, RBR);
    CHECK_EQ(in(&r, IIR), 0xC1); /* 2 left: no data interrupt yet */
    CHECK(!r.level);
    sched_advance(r.s, 4 * frame - 1);
    CHECK_EQ(in(&r, IIR), 0xC1);
    sched_advance(r.s, 1); /* four frames without activity: timeout */
    CHECK_EQ(in(&r, IIR), 0xCC);
    CHECK(r.level);
    got[8] = (char)in(&r, RBR);
    CHECK_EQ(in(&r, IIR), 0xC1);
    sched_advance(r.s, 4 * frame);
    CHECK_EQ(in(&r, IIR), 0xCC);
    got[9] = (char)in(&r, RBR);
    CHECK(strcmp(got, "ABCDEFGHIJ") == 0);
    CHECK_EQ(in(&r, LSR), 0x60);
    CHECK_EQ(in(&r, IIR), 0xC1);
    rig_done(&r);
}

static void test_iir_priorities(void) {
    struct rig r;
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_divisor(&r, 1, 0x03);
    uint64_t frame = uart_frame_ticks(r.u);
    out(&r, IER, 0x0F);
    CHECK_EQ(in(&r, IIR), 0x02); /* acknowledged by this read */
    /* Loopback drops CTS, DSR and DCD: modem status change, lowest priority. */
    out(&r, MCR, 0x10);
    CHECK_EQ(in(&r, IIR), 0x00);
    out(&r, RBR, 0x11); /* THRE comes back at once, above modem status */
    CHECK_EQ(in(&r, IIR), 0x02);
    CHECK_EQ(in(&r, IIR), 0x00);
    sched_advance(r.s, frame); /* received data ranks above modem status */
    CHECK_EQ(in(&r, IIR), 0x04);
    CHECK_EQ(in(&r, MSR), 0x0B); /* DCTS, DDSR, DDCD; reading clears them */
    CHECK_EQ(in(&r, IIR), 0x04);
    /* A second byte into the full RBR: overrun, the top priority. */
    out(&r, RBR, 0x22);
    sched_advance(r.s, frame);
    CHECK_EQ(in(&r, IIR), 0x06);
    CHECK_EQ(in(&r, LSR), 0x63); /* DR, OE, THRE, TEMT; OE clears */
    CHECK_EQ(in(&r, LSR), 0x61);
    CHECK_EQ(in(&r, IIR), 0x04);
    CHECK_EQ(in(&r, RBR), 0x22); /* without FIFOs the new byte replaced the old */
    CHECK_EQ(in(&r, IIR), 0x02); /* THRE from the second write remains */
    CHECK_EQ(in(&r, IIR), 0x01);
    /* FIFO overrun: 17 bytes into 16 places keeps the first 16. */
    out(&r, IIR, 0x07);
    for (int i = 0; i < 17; i++) {
        out(&r, RBR, (uint8_t)i);
        if (i >= 15)
            sched_advance(r.s, frame); /* the transmit FIFO holds 16 */
    }
    sched_advance(r.s, 17 * frame);
    CHECK_EQ(in(&r, IIR), 0xC6);
    CHECK_EQ(in(&r, LSR) & 0x03, 0x03);
    CHECK_EQ(in(&r, IIR), 0xC4);
    int order = 1;
    for (int i = 0; i < 16; i++)
        order &= in(&r, RBR) == (unsigned)i;
    CHECK(order);
    CHECK_EQ(in(&r, LSR) & 0x01, 0);
    rig_done(&r);
}

static void test_backend_and_irq_gate(void) {
    struct rig r;
    uint8_t got[8];
    if (!CHECK(rig_init(&r) == 0))
        return;
    set_divisor(&r, 3, 0x03);
    uint64_t frame = uart_frame_ticks(r.u);
    out(&r, RBR, 'h');
    out(&r, RBR, 'i');
    sched_advance(r.s, 2 * frame);
    CHECK_EQ(chardev_buffer_take(r.be, got, sizeof got), 2);
    CHECK(memcmp(got, "hi", 2) == 0);
    /* Without FIFOs a full RBR holds the host's input back (no overrun). */
    out(&r, IER, 0x01);
    CHECK(chardev_buffer_inject(r.be, "xyz", 3) == 0);
    sched_advance(r.s, sched_ns_to_ticks(r.s, UART_POLL_NS) + 10 * frame);
    CHECK_EQ(in(&r, IIR), 0x04);
    CHECK(!r.level); /* OUT2 clear: the PC's IRQ gate is closed */
    out(&r, MCR, 0x08);
    CHECK(r.level && r.rises == 1);
    CHECK_EQ(in(&r, LSR), 0x61);
    CHECK_EQ(in(&r, RBR), 'x');
    CHECK(!r.level);
    sched_advance(r.s, frame);
    CHECK(r.level);
    CHECK_EQ(in(&r, RBR), 'y');
    sched_advance(r.s, frame);
    CHECK_EQ(in(&r, RBR), 'z');
    CHECK_EQ(in(&r, LSR), 0x60);
    rig_done(&r);
}

static void test_chardev(void) {
    const char *err = NULL;
    uint8_t b = 0;
    CHECK(chardev_open("tcp:1234", &err) == NULL && err);
    chardev *c = chardev_open("none", &err);
    if (CHECK(c != NULL)) {
        chardev_write(c, (const uint8_t *)"x", 1);
        CHECK(chardev_read(c, &b) == -1);
        CHECK(!chardev_has_input(c));
        chardev_close(c);
    }
    char path[] = "/tmp/twin86-uart-XXXXXX", spec[40];
    int fd = mkstemp(path);
    if (CHECK(fd >= 0)) {
        close(fd);
        snprintf(spec, sizeof spec, "file:%s", path);
        c = chardev_open(spec, &err);
        if (CHECK(c != NULL)) {
            chardev_write(c, (const uint8_t *)"log\n", 4);
            CHECK(!chardev_has_input(c));
            chardev_close(c);
        }
        char text[8] = {0};
        fd = open(path, O_RDONLY);
        CHECK(fd >= 0 && read(fd, text, sizeof text - 1) == 4 && !strcmp(text, "log\n"));
        if (fd >= 0)
            close(fd);
        unlink(path);
    }
    /* A pty: what the far end writes is input, and the guest's output reaches it. */
    c = chardev_open("pty", &err);
    if (!c)
        return; /* no pseudo-terminals here */
    const char *name = chardev_pty_name(c);
    CHECK(name && !strncmp(name, "/dev/", 5));
    fd = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    if (CHECK(fd >= 0)) {
        CHECK(write(fd, "q", 1) == 1);
        int r = 0;
        for (int i = 0; i < 1000 && (r = chardev_read(c, &b)) == 0; i++)
            usleep(1000);
        CHECK(r == 1 && b == 'q');
        chardev_write(c, (const uint8_t *)"ok", 2);
        char text[4] = {0};
        CHECK(read(fd, text, 2) == 2 && !strcmp(text, "ok"));
        close(fd);
    }
    chardev_close(c);
}

int main(void) {
    test_registers();
    test_loopback();
    test_thre_timing();
    test_fifo_receive();
    test_iir_priorities();
    test_backend_and_irq_gate();
    test_chardev();
    return check_done();
}
