/* example-service: a host program that serves guest hostapi requests over
 * twin86's external-service socket (protocol: extsvc_proto.h).
 *
 *   example-service SOCKET [SERVICE]      (SERVICE defaults to 0x100)
 *
 * It registers the service number, maps the guest RAM it is handed, and
 * answers two requests working on the guest's buffers in place:
 *   request 0  upper-case the ASCII letters of buffer 0; result = its length
 *   request 1  sum of the bytes of every buffer; result = the sum
 * It exits when twin86 closes the connection. Start twin86 with
 * -hostapi-socket SOCKET first, then this program. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "extsvc_proto.h"

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)rd16(p) | (uint32_t)rd16(p + 2) << 16; }
static void wr16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8); }
static void wr32(uint8_t *p, uint32_t v) { wr16(p, (uint16_t)v), wr16(p + 2, (uint16_t)(v >> 16)); }

static void header(uint8_t *m, uint16_t type, uint32_t seq, uint32_t len) {
    wr32(m, EXT_MAGIC);
    wr16(m + 4, type);
    wr16(m + 6, EXT_VERSION);
    wr32(m + 8, seq);
    wr32(m + 12, len);
}

/* Receives REGISTERED and the memory file. Returns the descriptor or -1. */
static int receive_memory(int s, uint32_t *ram_size) {
    uint8_t m[EXT_HDR + 8];
    struct iovec iov = {m, sizeof m};
    union {
        struct cmsghdr h;
        char buf[CMSG_SPACE(sizeof(int))];
    } ctl;
    struct msghdr mh = {
        .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = sizeof ctl.buf};
    ssize_t n = recvmsg(s, &mh, MSG_CMSG_CLOEXEC);
    if (n != (ssize_t)sizeof m || rd16(m + 4) != EXT_REGISTERED) {
        fprintf(stderr, "example-service: no answer to REGISTER\n");
        return -1;
    }
    if (rd16(m + EXT_HDR + 2) != EXT_OK) {
        fprintf(stderr, "example-service: registration refused (status %u)\n",
                rd16(m + EXT_HDR + 2));
        return -1;
    }
    *ram_size = rd32(m + EXT_HDR + 4);
    struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
    int fd = -1;
    if (cm && cm->cmsg_type == SCM_RIGHTS)
        memcpy(&fd, CMSG_DATA(cm), sizeof fd);
    return fd;
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: example-service SOCKET [SERVICE]\n");
        return 2;
    }
    unsigned long service = argc == 3 ? strtoul(argv[2], NULL, 0) : 0x100;
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", argv[1]);
    int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, sizeof sa) < 0) {
        fprintf(stderr, "example-service: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    uint8_t reg[EXT_HDR + 4] = {0};
    header(reg, EXT_REGISTER, 0, 4);
    wr16(reg + EXT_HDR, (uint16_t)service);
    uint32_t ram_size = 0;
    int memfd;
    if (send(s, reg, sizeof reg, 0) != (ssize_t)sizeof reg ||
        (memfd = receive_memory(s, &ram_size)) < 0)
        return 1;
    uint8_t *ram = mmap(NULL, ram_size, PROT_READ | PROT_WRITE, MAP_SHARED, memfd, 0);
    if (ram == MAP_FAILED) {
        fprintf(stderr, "example-service: mmap: %s\n", strerror(errno));
        return 1;
    }
    fprintf(stderr, "example-service: serving 0x%lx (%u MiB of guest RAM)\n", service,
            ram_size >> 20);
    static uint8_t m[EXT_MAX_MSG], reply[EXT_HDR + 8 + 1024];
    for (;;) {
        ssize_t n = recv(s, m, sizeof m, 0);
        if (n <= 0)
            return 0; /* twin86 went away */
        if (n < EXT_HDR + 8 || rd16(m + 4) != EXT_REQUEST)
            continue;
        const uint8_t *p = m + EXT_HDR;
        uint16_t total = rd16(p + 4), nranges = rd16(p + 6);
        const uint8_t *blk = p + 8, *rg = blk + total;
        uint16_t request = rd16(blk + 12), status = 0;
        uint32_t result = 0;
        for (unsigned i = 0; i < nranges; i++, rg += 12) {
            uint32_t phys = rd32(rg), len = rd32(rg + 4);
            if (phys > ram_size || len > ram_size - phys)
                continue; /* never happens: twin86 checked; checked again anyway */
            if (request == 0 && rd16(rg + 8) == 0) {
                for (uint32_t k = 0; k < len; k++)
                    if (ram[phys + k] >= 'a' && ram[phys + k] <= 'z')
                        ram[phys + k] -= 32;
                result += len;
            } else if (request == 1)
                for (uint32_t k = 0; k < len; k++)
                    result += ram[phys + k];
        }
        if (request > 1)
            status = 0xFFFA; /* HOSTAPI_ST_BAD_REQUEST */
        size_t params = total > 32 ? total - 32u : 0;
        header(reply, EXT_REPLY, rd32(m + 8), (uint32_t)(8 + params));
        wr16(reply + EXT_HDR, status);
        wr16(reply + EXT_HDR + 2, 0);
        wr32(reply + EXT_HDR + 4, result);
        memcpy(reply + EXT_HDR + 8, blk + 32, params);
        if (send(s, reply, EXT_HDR + 8 + params, MSG_NOSIGNAL) < 0)
            return 0;
    }
}
