/* Host ends of character devices (serial ports), named as QEMU names them:
 *   none, null   output dropped, no input
 *   stdio        output to stdout; input from stdin when it is a terminal
 *                (switched to unbuffered, no-echo input while open; Ctrl-C
 *                still interrupts) or a pipe
 *   file:PATH    output written to PATH (created or truncated), no input
 *   pty          a new pseudo-terminal; its name is printed on stderr
 *   buffer       in memory, for tests: bytes injected become input, output
 *                collects until taken
 * Nothing here blocks: output that the host cannot take at once is dropped,
 * and input is polled. */
#ifndef TWIN86_CHARDEV_H
#define TWIN86_CHARDEV_H

#include <stddef.h>
#include <stdint.h>

typedef struct chardev chardev;

/* Returns NULL and sets *err for an unknown spec or a host failure. */
chardev *chardev_open(const char *spec, const char **err);
/* Restores the terminal for stdio and closes what was opened. NULL is ignored. */
void chardev_close(chardev *c);

void chardev_write(chardev *c, const uint8_t *buf, size_t len);

/* One input byte if one is waiting: returns 1 and sets *byte, 0 when none
 * is waiting now, -1 when no input will ever come (no input side, end of file). */
int chardev_read(chardev *c, uint8_t *byte);

/* Whether input may still come (so a UART keeps polling). */
int chardev_has_input(const chardev *c);

/* The pty's device name (e.g. /dev/pts/3), or NULL for other kinds. */
const char *chardev_pty_name(const chardev *c);

/* Buffer kind only: queue input bytes (returns 0, or -1 when out of memory
 * or not a buffer), and take up to len bytes of the output collected so far
 * (returns how many). */
int chardev_buffer_inject(chardev *c, const void *buf, size_t len);
size_t chardev_buffer_take(chardev *c, void *buf, size_t len);

#endif
