/* External services over a Unix socket (see extsvc.h, extsvc_proto.h). */
#define _GNU_SOURCE
#include "hostapi/extsvc.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "hostapi/extsvc_proto.h"

struct client {
    int fd;           /* -1: free */
    uint16_t service; /* 0 until registered */
};

struct extsvc {
    memory *mem;
    int listen_fd;
    char *path;
    uint32_t seq;
    struct client c[EXT_MAX_CLIENTS];
    uint8_t msg[EXT_MAX_MSG]; /* the message being built or read */
};

extsvc *extsvc_create(memory *mem, const char *path, char *err, size_t errsz) {
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    if (strlen(path) >= sizeof sa.sun_path) {
        snprintf(err, errsz, "-hostapi-socket %s: path too long", path);
        return NULL;
    }
    strcpy(sa.sun_path, path);
    extsvc *x = calloc(1, sizeof *x);
    if (!x || !(x->path = strdup(path))) {
        free(x);
        snprintf(err, errsz, "hostapi: out of memory");
        return NULL;
    }
    x->mem = mem;
    for (int i = 0; i < EXT_MAX_CLIENTS; i++)
        x->c[i].fd = -1;
    x->listen_fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (x->listen_fd < 0 || bind(x->listen_fd, (struct sockaddr *)&sa, sizeof sa) < 0 ||
        listen(x->listen_fd, EXT_MAX_CLIENTS) < 0) {
        snprintf(err, errsz, "-hostapi-socket %s: %s", path, strerror(errno));
        if (x->listen_fd >= 0)
            close(x->listen_fd);
        free(x->path);
        free(x);
        return NULL;
    }
    return x;
}

static void drop(struct client *c) {
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
    c->service = 0;
}

void extsvc_destroy(extsvc *x) {
    if (!x)
        return;
    for (int i = 0; i < EXT_MAX_CLIENTS; i++)
        drop(&x->c[i]);
    close(x->listen_fd);
    unlink(x->path);
    free(x->path);
    free(x);
}

static size_t header(uint8_t *m, uint16_t type, uint32_t seq, uint32_t len) {
    put32(m + EXT_H_MAGIC, EXT_MAGIC);
    put16(m + EXT_H_TYPE, type);
    put16(m + EXT_H_VERSION, EXT_VERSION);
    put32(m + EXT_H_SEQ, seq);
    put32(m + EXT_H_LEN, len);
    return EXT_HDR + len;
}

/* Answers a REGISTER; passes the RAM's memory file along when it is accepted. */
static void registered(extsvc *x, struct client *c, uint16_t service, uint16_t status) {
    uint8_t m[EXT_HDR + 8];
    size_t n = header(m, EXT_REGISTERED, 0, 8);
    put16(m + EXT_HDR, service);
    put16(m + EXT_HDR + 2, status);
    put32(m + EXT_HDR + 4, mem_size(x->mem));
    struct iovec iov = {m, n};
    union {
        struct cmsghdr h;
        char buf[CMSG_SPACE(sizeof(int))];
    } ctl;
    struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1};
    int fd = mem_fd(x->mem);
    if (status == EXT_OK) {
        memset(&ctl, 0, sizeof ctl);
        mh.msg_control = ctl.buf;
        mh.msg_controllen = sizeof ctl.buf;
        struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
        cm->cmsg_level = SOL_SOCKET;
        cm->cmsg_type = SCM_RIGHTS;
        cm->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(cm), &fd, sizeof fd);
    }
    if (sendmsg(c->fd, &mh, MSG_NOSIGNAL) < 0 || status != EXT_OK)
        drop(c);
    else
        c->service = service;
}

static uint16_t check_service(const extsvc *x, uint16_t service) {
    if (service < HOSTAPI_SVC_EXTERNAL_MIN || service > HOSTAPI_SVC_EXTERNAL_MAX)
        return EXT_BAD_SERVICE;
    if (extsvc_has(x, service))
        return EXT_TAKEN;
    return mem_fd(x->mem) < 0 ? EXT_NO_MEMFD : EXT_OK;
}

/* Reads a pending REGISTER from an unregistered client, if one arrived. */
static void read_register(extsvc *x, struct client *c) {
    uint8_t m[EXT_HDR + 4];
    ssize_t n = recv(c->fd, m, sizeof m, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (n != (ssize_t)sizeof m || get32(m + EXT_H_MAGIC) != EXT_MAGIC ||
        get16(m + EXT_H_TYPE) != EXT_REGISTER || get16(m + EXT_H_VERSION) != EXT_VERSION) {
        drop(c);
        return;
    }
    uint16_t service = get16(m + EXT_HDR);
    registered(x, c, service, check_service(x, service));
}

void extsvc_poll(extsvc *x) {
    for (;;) {
        int fd = accept4(x->listen_fd, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0)
            break;
        int slot = -1;
        for (int i = 0; i < EXT_MAX_CLIENTS && slot < 0; i++)
            if (x->c[i].fd < 0)
                slot = i;
        if (slot < 0) {
            close(fd); /* full: the program sees the connection close */
            continue;
        }
        x->c[slot] = (struct client){fd, 0};
    }
    for (int i = 0; i < EXT_MAX_CLIENTS; i++) {
        struct client *c = &x->c[i];
        if (c->fd < 0)
            continue;
        if (!c->service) {
            read_register(x, c);
            continue;
        }
        /* a registered program that went away frees its number */
        struct pollfd p = {c->fd, POLLIN, 0};
        if (poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR)))
            drop(c);
    }
}

int extsvc_has(const extsvc *x, uint16_t service) {
    for (int i = 0; i < EXT_MAX_CLIENTS; i++)
        if (x->c[i].fd >= 0 && x->c[i].service == service)
            return 1;
    return 0;
}

int extsvc_list(const extsvc *x, uint16_t *out, int max) {
    int n = 0;
    for (int i = 0; i < EXT_MAX_CLIENTS && n < max; i++)
        if (x->c[i].fd >= 0 && x->c[i].service)
            out[n++] = x->c[i].service;
    return n;
}

/* Builds the REQUEST: block and the physical ranges of every buffer. */
static ssize_t build_request(extsvc *x, struct hostapi_req *r, uint32_t seq) {
    uint8_t *p = x->msg + EXT_HDR;
    put32(p, r->linear);
    put16(p + 4, r->total);
    memcpy(p + 8, r->blk, r->total);
    uint8_t *rp = p + 8 + r->total;
    int count = 0;
    for (unsigned b = 0; b < r->nbufs; b++) {
        struct gm_range rg[EXT_MAX_RANGES];
        int n = gm_ranges(r->gm, r->bufs[b].linear, r->bufs[b].len, rg, EXT_MAX_RANGES - count);
        if (n < 0)
            return -1;
        for (int i = 0; i < n; i++, count++, rp += 12) {
            put32(rp, rg[i].phys);
            put32(rp + 4, rg[i].len);
            put16(rp + 8, (uint16_t)b);
            put16(rp + 10, 0);
        }
    }
    put16(p + 6, (uint16_t)count);
    return (ssize_t)header(x->msg, EXT_REQUEST, seq, (uint32_t)(rp - p));
}

/* The program may have written any byte of the buffers: their pages are
 * dirty, and any code the CPU decoded there is stale. */
static void mark_dirty(extsvc *x, struct hostapi_req *r) {
    for (unsigned b = 0; b < r->nbufs; b++) {
        struct gm_range rg[EXT_MAX_RANGES];
        int n = gm_ranges(r->gm, r->bufs[b].linear, r->bufs[b].len, rg, EXT_MAX_RANGES);
        for (int i = 0; i < n; i++)
            mem_ram_written(x->mem, rg[i].phys, rg[i].len);
    }
}

void extsvc_serve(extsvc *x, struct hostapi_req *r) {
    struct client *c = NULL;
    for (int i = 0; i < EXT_MAX_CLIENTS && !c; i++)
        if (x->c[i].fd >= 0 && x->c[i].service == r->service)
            c = &x->c[i];
    r->status = HOSTAPI_ST_UNAVAILABLE;
    if (!c)
        return;
    uint32_t seq = ++x->seq;
    ssize_t len = build_request(x, r, seq);
    if (len < 0) {
        r->status = HOSTAPI_ST_BAD_BUFFER;
        return;
    }
    if (send(c->fd, x->msg, (size_t)len, MSG_NOSIGNAL) != len) {
        drop(c);
        return;
    }
    struct pollfd p = {c->fd, POLLIN, 0};
    ssize_t n = -1;
    if (poll(&p, 1, EXT_TIMEOUT_MS) > 0)
        n = recv(c->fd, x->msg, sizeof x->msg, MSG_DONTWAIT);
    mark_dirty(x, r);
    if (n < EXT_HDR + 8 || get32(x->msg + EXT_H_MAGIC) != EXT_MAGIC ||
        get16(x->msg + EXT_H_TYPE) != EXT_REPLY || get32(x->msg + EXT_H_SEQ) != seq ||
        get32(x->msg + EXT_H_LEN) != (uint32_t)(n - EXT_HDR)) {
        drop(c); /* silent, gone or confused: it loses its service number */
        snprintf(r->detail, sizeof r->detail, "external service %u did not answer", r->service);
        return;
    }
    const uint8_t *a = x->msg + EXT_HDR;
    r->status = get16(a);
    r->result = get32(a + 4);
    size_t params = (size_t)n - EXT_HDR - 8, room = r->total - HOSTAPI_HDR_SIZE;
    memcpy(r->blk + HOSTAPI_HDR_SIZE, a + 8, params < room ? params : room);
}
