/* 16550A UART (COM1: base 0x3F8, IRQ 4; COM2: 0x2F8, IRQ 3; eight ports).
 *
 * Time is virtual: a character occupies the line for its frame (start bit,
 * 5-8 data bits, parity, 1/1.5/2 stop bits; 10 bit times for 8N1) at
 * 115200 / divisor bits per second. Writing THR while the transmitter is idle
 * moves the byte straight into the shift register (THRE stays 1, TEMT drops);
 * a byte behind it waits, and THRE (with its interrupt) comes back when the
 * shift register takes the last waiting byte. The backend receives each byte
 * when its frame ends. The receiver takes one byte per frame time from the
 * backend, polling it every UART_POLL_NS while it is idle, and only while
 * it can take a byte: input exists, the receive FIFO (or RBR) has room and
 * loopback is off. A full receiver thus holds host input back instead of
 * overrunning. FIFO mode has the character timeout (4 frame times).
 *
 * As on a PC, the interrupt reaches the line only while MCR OUT2 is set and
 * loopback is off (the OUT2 pin is forced inactive in loopback mode). */
#ifndef TWIN86_UART_H
#define TWIN86_UART_H

#include <stdint.h>

#include "iodev/chardev.h"
#include "twin86/iobus.h"
#include "twin86/irq.h"
#include "twin86/sched.h"

#define UART_COM1_BASE 0x3F8
#define UART_COM2_BASE 0x2F8
#define UART_COM1_IRQ 4
#define UART_COM2_IRQ 3
#define UART_BASE_BAUD 115200u  /* 1.8432 MHz / 16 */
#define UART_POLL_NS 1000000ull /* idle receiver polls its backend every 1 ms */

typedef struct uart uart;

/* Claims ports base..base+7. The backend stays the caller's (close it after
 * destroying the UART); NULL behaves as "none". Returns NULL and sets *err on
 * failure. */
uart *uart_create(iobus *io, sched *s, uint16_t base, irq_line irq, chardev *backend,
                  const char **err);
/* The bus and scheduler keep pointing at the UART: destroy it with them. */
void uart_destroy(uart *u);
void uart_reset(uart *u); /* master reset: registers, FIFOs, transmitter idle */

/* Virtual ticks one character frame takes with the current divisor and LCR. */
uint64_t uart_frame_ticks(const uart *u);

#endif
