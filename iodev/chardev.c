/* Host ends of serial ports (see chardev.h). */
#include "config.h"

#include "chardev.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

enum kind { CD_NULL, CD_STDIO, CD_FILE, CD_PTY, CD_BUFFER };

struct bytes { /* a growable byte queue for the buffer kind */
    uint8_t *p;
    size_t head, n, cap;
};

struct chardev {
    enum kind kind;
    int in_fd, out_fd; /* -1 when absent */
    int close_out;     /* out_fd was opened here */
    int pty_slave;     /* kept open so the master works before anyone connects */
    int tty_saved;
    struct termios saved;
    uint8_t inbuf[256];
    size_t in_head, in_n;
    char pty_name[64];
    struct bytes in, out;
};

static int bytes_push(struct bytes *q, const void *buf, size_t len) {
    if (q->head) { /* slide to the front first */
        memmove(q->p, q->p + q->head, q->n);
        q->head = 0;
    }
    if (q->n + len > q->cap) {
        size_t cap = q->cap ? q->cap : 256;
        while (cap < q->n + len)
            cap *= 2;
        uint8_t *p = realloc(q->p, cap);
        if (!p)
            return -1;
        q->p = p;
        q->cap = cap;
    }
    memcpy(q->p + q->n, buf, len);
    q->n += len;
    return 0;
}

static size_t bytes_take(struct bytes *q, void *buf, size_t len) {
    if (len > q->n)
        len = q->n;
    if (!len)
        return 0;
    memcpy(buf, q->p + q->head, len);
    q->head += len;
    q->n -= len;
    return len;
}

/* Unbuffered input without echo; Enter sends CR as a serial terminal does. */
static void stdin_raw(chardev *c) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &c->saved) < 0)
        return;
    t = c->saved;
    t.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ECHONL | IEXTEN);
    t.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IXON);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
        c->tty_saved = 1;
}

static int open_stdio(chardev *c) {
    struct stat st;
    c->out_fd = STDOUT_FILENO;
    if (isatty(STDIN_FILENO)) {
        /* A background job would be stopped by SIGTTIN/SIGTTOU: no input then. */
        if (tcgetpgrp(STDIN_FILENO) != getpgrp())
            return 0;
        c->in_fd = STDIN_FILENO;
        stdin_raw(c);
    } else if (fstat(STDIN_FILENO, &st) == 0 && S_ISFIFO(st.st_mode)) {
        c->in_fd = STDIN_FILENO;
    }
    return 0;
}

static int open_pty(chardev *c, const char **err) {
    int master, slave;
    struct termios t;
    if (openpty(&master, &slave, c->pty_name, NULL, NULL) < 0) {
        *err = "cannot create a pseudo-terminal for the serial port";
        return -1;
    }
    /* A raw line: the guest's bytes pass unchanged both ways. */
    if (tcgetattr(slave, &t) == 0) {
        cfmakeraw(&t);
        tcsetattr(slave, TCSANOW, &t);
    }
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    fcntl(slave, F_SETFD, FD_CLOEXEC);
    c->in_fd = c->out_fd = master;
    c->close_out = 1;
    c->pty_slave = slave;
    fprintf(stderr, "twin86: serial port connected to %s\n", c->pty_name);
    return 0;
}

chardev *chardev_open(const char *spec, const char **err) {
    chardev *c = calloc(1, sizeof *c);
    if (!c) {
        *err = "out of memory for a character device";
        return NULL;
    }
    c->in_fd = c->out_fd = c->pty_slave = -1;
    int rc = 0;
    if (!strcmp(spec, "none") || !strcmp(spec, "null")) {
        c->kind = CD_NULL;
    } else if (!strcmp(spec, "stdio")) {
        c->kind = CD_STDIO;
        rc = open_stdio(c);
    } else if (!strncmp(spec, "file:", 5) && spec[5]) {
        c->kind = CD_FILE;
        c->out_fd = open(spec + 5, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        c->close_out = 1;
        if (c->out_fd < 0) {
            *err = "cannot open the serial port's output file";
            rc = -1;
        }
    } else if (!strcmp(spec, "pty")) {
        c->kind = CD_PTY;
        rc = open_pty(c, err);
    } else if (!strcmp(spec, "buffer")) {
        c->kind = CD_BUFFER;
    } else {
        *err = "unknown character device (use none, null, stdio, file:PATH, pty or buffer)";
        rc = -1;
    }
    if (rc < 0) {
        free(c);
        return NULL;
    }
    return c;
}

void chardev_close(chardev *c) {
    if (!c)
        return;
    if (c->tty_saved)
        tcsetattr(STDIN_FILENO, TCSANOW, &c->saved);
    if (c->close_out && c->out_fd >= 0)
        close(c->out_fd);
    if (c->pty_slave >= 0)
        close(c->pty_slave);
    free(c->in.p);
    free(c->out.p);
    free(c);
}

void chardev_write(chardev *c, const uint8_t *buf, size_t len) {
    if (c->kind == CD_BUFFER) {
        bytes_push(&c->out, buf, len);
        return;
    }
    while (c->out_fd >= 0 && len) {
        ssize_t n = write(c->out_fd, buf, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; /* full (pty nobody reads) or gone: dropped */
        buf += n;
        len -= (size_t)n;
    }
}

/* Refills the input buffer from the host without waiting. */
static void fill(chardev *c) {
    struct pollfd p = {.fd = c->in_fd, .events = POLLIN};
    if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR)))
        return;
    ssize_t n = read(c->in_fd, c->inbuf, sizeof c->inbuf);
    if (n > 0) {
        c->in_head = 0;
        c->in_n = (size_t)n;
    } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        c->in_fd = -1; /* end of input */
    }
}

int chardev_read(chardev *c, uint8_t *byte) {
    if (c->kind == CD_BUFFER)
        return bytes_take(&c->in, byte, 1) ? 1 : 0;
    if (!c->in_n && c->in_fd >= 0)
        fill(c);
    if (c->in_n) {
        *byte = c->inbuf[c->in_head++];
        c->in_n--;
        return 1;
    }
    return c->in_fd >= 0 ? 0 : -1;
}

int chardev_has_input(const chardev *c) { return c->kind == CD_BUFFER || c->in_n || c->in_fd >= 0; }

const char *chardev_pty_name(const chardev *c) { return c->kind == CD_PTY ? c->pty_name : NULL; }

int chardev_buffer_inject(chardev *c, const void *buf, size_t len) {
    return c->kind == CD_BUFFER ? bytes_push(&c->in, buf, len) : -1;
}

size_t chardev_buffer_take(chardev *c, void *buf, size_t len) {
    return c->kind == CD_BUFFER ? bytes_take(&c->out, buf, len) : 0;
}
