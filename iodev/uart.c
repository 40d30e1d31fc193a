/* 16550A UART (see uart.h). */
#include "uart.h"

#include <stdlib.h>

#define FIFO_SIZE 16

enum { /* register offsets */
       R_DATA,
       R_IER,
       R_IIR,
       R_LCR,
       R_MCR,
       R_LSR,
       R_MSR,
       R_SCR,
};
enum {
    IER_RDA = 1,
    IER_THRE = 2,
    IER_RLS = 4,
    IER_MS = 8,
    IIR_NONE = 0x01,
    IIR_MS = 0x00,
    IIR_THRE = 0x02,
    IIR_RDA = 0x04,
    IIR_RLS = 0x06,
    IIR_TIMEOUT = 0x0C,
    IIR_FIFO = 0xC0,
    FCR_ENABLE = 1,
    FCR_CLEAR_RX = 2,
    FCR_CLEAR_TX = 4,
    LCR_STOP2 = 0x04,
    LCR_PARITY = 0x08,
    LCR_DLAB = 0x80,
    MCR_DTR = 1,
    MCR_RTS = 2,
    MCR_OUT1 = 4,
    MCR_OUT2 = 8,
    MCR_LOOP = 0x10,
    LSR_DR = 1,
    LSR_OE = 2,
    LSR_PE = 4,
    LSR_FE = 8,
    LSR_BI = 0x10,
    LSR_THRE = 0x20,
    LSR_TEMT = 0x40,
    LSR_ERRORS = LSR_OE | LSR_PE | LSR_FE | LSR_BI,
    MSR_CTS = 0x10,
    MSR_DSR = 0x20,
    MSR_RI = 0x40,
    MSR_DCD = 0x80,
};

struct fifo {
    uint8_t b[FIFO_SIZE];
    unsigned head, n;
};

struct uart {
    sched *s;
    chardev *be;
    irq_line irq;
    int level;
    uint8_t ier, lcr, mcr, msr, scr, fcr, lsr_err, rbr;
    uint16_t divisor;
    struct fifo rx, tx;
    uint8_t tsr, rsr;       /* transmit / receive shift registers */
    int tsr_busy, rsr_busy; /* a frame is on the line */
    int thre_pending, timeout_pending;
    int tx_timer, rx_timer, to_timer;
    uint64_t tx_end, rx_end; /* when the frame on the line (or the next poll) is due */
};

static inline int fifo_on(const uart *u) { return u->fcr & FCR_ENABLE; }
/* Without FIFOs, RBR and THR are one-byte queues. */
static inline unsigned depth(const uart *u) { return fifo_on(u) ? FIFO_SIZE : 1; }

static void push(struct fifo *f, uint8_t b) { f->b[(f->head + f->n++) % FIFO_SIZE] = b; }

static uint8_t pop(struct fifo *f) {
    uint8_t b = f->b[f->head];
    f->head = (f->head + 1) % FIFO_SIZE;
    f->n--;
    return b;
}

uint64_t uart_frame_ticks(const uart *u) {
    /* In half bits: start, data, parity, and 1, 1.5 (5-bit words) or 2 stop bits. */
    unsigned data = 5 + (u->lcr & 3);
    unsigned halves = 2 * (1 + data) + (u->lcr & LCR_PARITY ? 2 : 0) +
                      (u->lcr & LCR_STOP2 ? (data == 5 ? 3 : 4) : 2);
    uint64_t div = u->divisor ? u->divisor : 0x10000; /* 0 counts as 65536 */
    uint64_t per = 2ull * UART_BASE_BAUD;
    return (halves * div * sched_ips(u->s) + per - 1) / per;
}

static unsigned rx_trigger(const uart *u) {
    static const unsigned level[4] = {1, 4, 8, 14};
    return fifo_on(u) ? level[u->fcr >> 6] : 1;
}

static uint8_t iir(const uart *u) {
    uint8_t id = IIR_NONE;
    if ((u->ier & IER_RLS) && (u->lsr_err & LSR_ERRORS))
        id = IIR_RLS;
    else if ((u->ier & IER_RDA) && u->rx.n >= rx_trigger(u))
        id = IIR_RDA;
    else if ((u->ier & IER_RDA) && u->timeout_pending)
        id = IIR_TIMEOUT;
    else if ((u->ier & IER_THRE) && u->thre_pending)
        id = IIR_THRE;
    else if ((u->ier & IER_MS) && (u->msr & 0x0F))
        id = IIR_MS;
    return (uint8_t)(id | (fifo_on(u) ? IIR_FIFO : 0));
}

static void update_irq(uart *u) {
    int level = !(iir(u) & IIR_NONE) && (u->mcr & MCR_OUT2) && !(u->mcr & MCR_LOOP);
    if (level != u->level)
        irq_set(&u->irq, u->level = level);
}

/* ---- receiver ---- */

static int can_receive(const uart *u) {
    return u->be && !(u->mcr & MCR_LOOP) && u->rx.n < depth(u) && chardev_has_input(u->be);
}

/* Polls the backend at `at` when idle: a waiting byte starts its frame. */
static void rx_schedule_at(uart *u, uint64_t at) {
    uint8_t b;
    if (u->rsr_busy || sched_timer_armed(u->s, u->rx_timer))
        return;
    if (!can_receive(u))
        return;
    int r = chardev_read(u->be, &b);
    if (r > 0) {
        u->rsr = b;
        u->rsr_busy = 1;
        u->rx_end = at + uart_frame_ticks(u);
    } else if (r == 0) {
        u->rx_end = at + sched_ns_to_ticks(u->s, UART_POLL_NS);
    } else {
        return; /* the backend's input has ended */
    }
    sched_timer_arm(u->s, u->rx_timer, u->rx_end);
}

static inline void rx_schedule(uart *u) { rx_schedule_at(u, sched_now(u->s)); }

/* A byte completes its frame at time `at`. */
static void receive(uart *u, uint8_t b, uint64_t at) {
    if (u->rx.n < depth(u))
        push(&u->rx, b);
    else {
        u->lsr_err |= LSR_OE;
        if (!fifo_on(u)) /* the 8250 way: the new byte replaces the unread one */
            u->rx.b[u->rx.head] = b;
    }
    u->timeout_pending = 0;
    if (fifo_on(u))
        sched_timer_arm(u->s, u->to_timer, at + 4 * uart_frame_ticks(u));
    update_irq(u);
}

static void rx_done(void *opaque, uint64_t now) {
    uart *u = opaque;
    (void)now;
    /* Counted from the due time, so coarse clock steps do not stretch frames. */
    if (u->rsr_busy) {
        u->rsr_busy = 0;
        receive(u, u->rsr, u->rx_end);
    }
    rx_schedule_at(u, u->rx_end);
}

static void timeout_done(void *opaque, uint64_t now) {
    uart *u = opaque;
    (void)now;
    if (fifo_on(u) && u->rx.n) {
        u->timeout_pending = 1;
        update_irq(u);
    }
}

static uint8_t read_rbr(uart *u) {
    if (u->rx.n)
        u->rbr = pop(&u->rx);
    u->timeout_pending = 0;
    if (fifo_on(u) && u->rx.n)
        sched_timer_arm(u->s, u->to_timer, sched_now(u->s) + 4 * uart_frame_ticks(u));
    else
        sched_timer_disarm(u->s, u->to_timer);
    update_irq(u);
    rx_schedule(u);
    return u->rbr;
}

/* ---- transmitter ---- */

/* The shift register takes the next byte at `at`; THRE rises if that
 * emptied THR/FIFO. */
static void tx_start(uart *u, uint64_t at) {
    u->tsr = pop(&u->tx);
    u->tsr_busy = 1;
    if (!u->tx.n)
        u->thre_pending = 1;
    u->tx_end = at + uart_frame_ticks(u);
    sched_timer_arm(u->s, u->tx_timer, u->tx_end);
}

static void tx_done(void *opaque, uint64_t now) {
    uart *u = opaque;
    (void)now;
    u->tsr_busy = 0;
    if (u->mcr & MCR_LOOP)
        receive(u, u->tsr, u->tx_end);
    else if (u->be)
        chardev_write(u->be, &u->tsr, 1);
    if (u->tx.n)
        tx_start(u, u->tx_end);
    update_irq(u);
}

static void write_thr(uart *u, uint8_t v) {
    if (u->tx.n < depth(u))
        push(&u->tx, v);
    u->thre_pending = 0;
    if (!u->tsr_busy)
        tx_start(u, sched_now(u->s));
    update_irq(u);
}

/* ---- control registers ---- */

static void write_ier(uart *u, uint8_t v) {
    /* Enabling the THRE interrupt while THR is empty raises it at once. */
    if ((v & IER_THRE) && !(u->ier & IER_THRE) && !u->tx.n)
        u->thre_pending = 1;
    u->ier = v & 0x0F;
    update_irq(u);
}

static void clear_rx(uart *u) {
    u->rx.head = u->rx.n = 0;
    u->timeout_pending = 0;
    sched_timer_disarm(u->s, u->to_timer);
}

static void clear_tx(uart *u) {
    if (u->tx.n)
        u->thre_pending = 1;
    u->tx.head = u->tx.n = 0;
}

static void write_fcr(uart *u, uint8_t v) {
    /* Switching the FIFOs on or off empties them; the other bits need bit 0. */
    if ((v ^ u->fcr) & FCR_ENABLE) {
        clear_rx(u);
        clear_tx(u);
    }
    if (v & FCR_ENABLE) {
        if (v & FCR_CLEAR_RX)
            clear_rx(u);
        if (v & FCR_CLEAR_TX)
            clear_tx(u);
        u->fcr = v & 0xC9;
    } else {
        u->fcr = 0;
    }
    update_irq(u);
    rx_schedule(u);
}

/* Modem status inputs: in loopback the outputs, else a connected, ready peer. */
static void update_msr(uart *u) {
    uint8_t in;
    if (u->mcr & MCR_LOOP)
        in = (uint8_t)((u->mcr & MCR_RTS ? MSR_CTS : 0) | (u->mcr & MCR_DTR ? MSR_DSR : 0) |
                       (u->mcr & MCR_OUT1 ? MSR_RI : 0) | (u->mcr & MCR_OUT2 ? MSR_DCD : 0));
    else
        in = MSR_CTS | MSR_DSR | MSR_DCD;
    uint8_t old = u->msr, changed = (uint8_t)((old ^ in) & 0xF0), delta = old & 0x0F;
    if (changed & MSR_CTS)
        delta |= 1;
    if (changed & MSR_DSR)
        delta |= 2;
    if ((old & MSR_RI) && !(in & MSR_RI)) /* trailing edge of ring */
        delta |= 4;
    if (changed & MSR_DCD)
        delta |= 8;
    u->msr = in | delta;
}

static void write_mcr(uart *u, uint8_t v) {
    u->mcr = v & 0x1F;
    update_msr(u);
    update_irq(u);
    rx_schedule(u);
}

static uint8_t lsr(const uart *u) {
    return (uint8_t)((u->rx.n ? LSR_DR : 0) | u->lsr_err | (u->tx.n ? 0 : LSR_THRE) |
                     (u->tx.n || u->tsr_busy ? 0 : LSR_TEMT));
}

static uint32_t uart_read(void *opaque, uint16_t port, unsigned size) {
    uart *u = opaque;
    uint8_t v;
    (void)size;
    switch (port & 7) {
    case R_DATA:
        return u->lcr & LCR_DLAB ? (uint8_t)u->divisor : read_rbr(u);
    case R_IER:
        return u->lcr & LCR_DLAB ? (uint8_t)(u->divisor >> 8) : u->ier;
    case R_IIR:
        v = iir(u);
        if ((v & 0x0F) == IIR_THRE) /* reading IIR acknowledges THRE */
            u->thre_pending = 0;
        update_irq(u);
        return v;
    case R_LCR:
        return u->lcr;
    case R_MCR:
        return u->mcr;
    case R_LSR:
        v = lsr(u);
        u->lsr_err = 0;
        update_irq(u);
        return v;
    case R_MSR:
        v = u->msr;
        u->msr &= 0xF0;
        update_irq(u);
        return v;
    default:
        return u->scr;
    }
}

static void uart_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    uart *u = opaque;
    uint8_t v = (uint8_t)value;
    (void)size;
    switch (port & 7) {
    case R_DATA:
        if (u->lcr & LCR_DLAB)
            u->divisor = (uint16_t)((u->divisor & 0xFF00) | v);
        else
            write_thr(u, v);
        break;
    case R_IER:
        if (u->lcr & LCR_DLAB)
            u->divisor = (uint16_t)((u->divisor & 0x00FF) | v << 8);
        else
            write_ier(u, v);
        break;
    case R_IIR:
        write_fcr(u, v);
        break;
    case R_LCR:
        u->lcr = v;
        break;
    case R_MCR:
        write_mcr(u, v);
        break;
    case R_SCR:
        u->scr = v;
        break;
    default:
        break; /* LSR and MSR writes are for factory testing */
    }
}

void uart_reset(uart *u) {
    u->ier = u->lcr = u->mcr = u->scr = u->fcr = u->lsr_err = u->rbr = 0;
    u->divisor = 12; /* 9600 baud until the guest programs it */
    u->rx.head = u->rx.n = u->tx.head = u->tx.n = 0;
    u->tsr_busy = u->rsr_busy = 0;
    u->thre_pending = u->timeout_pending = 0;
    sched_timer_disarm(u->s, u->tx_timer);
    sched_timer_disarm(u->s, u->rx_timer);
    sched_timer_disarm(u->s, u->to_timer);
    update_msr(u);
    u->msr &= 0xF0;
    update_irq(u);
    rx_schedule(u);
}

uart *uart_create(iobus *io, sched *s, uint16_t base, irq_line irq, chardev *backend,
                  const char **err) {
    uart *u = calloc(1, sizeof *u);
    if (!u) {
        *err = "out of memory for a serial port";
        return NULL;
    }
    u->s = s;
    u->be = backend;
    u->irq = irq;
    u->tx_timer = sched_timer_new(s, tx_done, u, "uart tx");
    u->rx_timer = sched_timer_new(s, rx_done, u, "uart rx");
    u->to_timer = sched_timer_new(s, timeout_done, u, "uart timeout");
    if (u->tx_timer < 0 || u->rx_timer < 0 || u->to_timer < 0) {
        *err = "no scheduler timer left for a serial port";
        free(u);
        return NULL;
    }
    if (io_register(io, base, 8, IO_W8, uart_read, uart_write, u, "uart", err) < 0) {
        free(u);
        return NULL;
    }
    uart_reset(u);
    return u;
}

void uart_destroy(uart *u) {
    if (!u)
        return;
    /* The scheduler keeps the timers; they must never fire again. */
    sched_timer_disarm(u->s, u->tx_timer);
    sched_timer_disarm(u->s, u->rx_timer);
    sched_timer_disarm(u->s, u->to_timer);
    free(u);
}
