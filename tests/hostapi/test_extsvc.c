/* The external-service socket: the example program (hostapi/example-service)
 * registers a service and works on guest buffers in the shared RAM file;
 * registrations that must fail (number taken, outside the external range),
 * and services whose program went away. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>

#include "harness.h"
#include "hostapi/extsvc_proto.h"

#define RAM (2u << 20)
#define BLK 0x10000u

extern char **environ;

static uint16_t call(hostapi *h, memory *m) {
    CHECK(hostapi_call(h, BLK, HOSTAPI_VIA_HOST) == 0);
    return status_at(m, BLK);
}

/* The registered services (CORE_SERVICES), which also accepts newcomers. */
static int services(hostapi *h, memory *m, uint16_t *list) {
    block(m, BLK, 0, HOSTAPI_CORE_SERVICES, 48, 1, 32);
    poke32(m, BLK + 32, 0x20000);
    poke32(m, BLK + 36, 32);
    if (call(h, m) != 0)
        return -1;
    int n = (int)peek32(m, BLK + HA_RESULT);
    for (int i = 0; i < n && i < 16; i++)
        list[i] = peek16(m, 0x20000 + 2 * (uint32_t)i);
    return n;
}

static int wait_for(hostapi *h, memory *m, uint16_t svc) {
    for (int tries = 0; tries < 500; tries++) {
        uint16_t list[16];
        int n = services(h, m, list);
        for (int i = 0; i < n && i < 16; i++)
            if (list[i] == svc)
                return 1;
        nanosleep(&(struct timespec){0, 10000000}, NULL);
    }
    return 0;
}

static int raw_client(const char *path, uint16_t service) {
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
    int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&sa, sizeof sa) < 0)
        return -1;
    uint8_t m[EXT_HDR + 4] = {0};
    put32(m + EXT_H_MAGIC, EXT_MAGIC);
    put16(m + EXT_H_TYPE, EXT_REGISTER);
    put16(m + EXT_H_VERSION, EXT_VERSION);
    put32(m + EXT_H_LEN, 4);
    put16(m + EXT_HDR, service);
    send(s, m, sizeof m, 0);
    return s;
}

/* The REGISTERED answer's status (after the host has polled), or -1. */
static int registered(int s, int *fd) {
    uint8_t m[EXT_HDR + 8];
    struct iovec iov = {m, sizeof m};
    union {
        struct cmsghdr h;
        char buf[CMSG_SPACE(sizeof(int))];
    } ctl;
    struct msghdr mh = {
        .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = sizeof ctl.buf};
    struct pollfd p = {s, POLLIN, 0};
    if (poll(&p, 1, 2000) <= 0 || recvmsg(s, &mh, MSG_CMSG_CLOEXEC) != (ssize_t)sizeof m)
        return -1;
    struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
    *fd = -1;
    if (cm && cm->cmsg_type == SCM_RIGHTS)
        memcpy(fd, CMSG_DATA(cm), sizeof *fd);
    return get16(m + EXT_HDR + 2);
}

int main(void) {
    char *dir = temp_dir("ext");
    char path[256];
    snprintf(path, sizeof path, "%s/sock", dir);
    const char *e = NULL;
    memory *m = mem_create(RAM, &e);
    struct hostapi_config cfg = {0};
    cfg.enabled = 1;
    cfg.socket_path = path;
    char err[256];
    hostapi *h = hostapi_create(m, &cfg, err, sizeof err);
    if (!m || !h || mem_fd(m) < 0) {
        fprintf(stderr, "setup: %s\n", h ? "no memory file" : err);
        return 99;
    }
    hostapi *again = hostapi_create(m, &cfg, err, sizeof err);
    CHECK(again == NULL && strstr(err, "in use") != NULL); /* the socket path is taken */
    pid_t pid;
    char *argv[] = {(char *)EXAMPLE_SERVICE, path, (char *)"0x100", NULL};
    if (posix_spawn(&pid, EXAMPLE_SERVICE, NULL, NULL, argv, environ) != 0) {
        fprintf(stderr, "cannot start %s\n", EXAMPLE_SERVICE);
        return 99;
    }
    CHECK(wait_for(h, m, 0x100));
    block(m, BLK, 0, HOSTAPI_CORE_PROBE, 56, 0, 0);
    CHECK_EQ(call(h, m), 0);
    CHECK(peek32(m, BLK + 36) & HOSTAPI_FEAT_EXTERNAL);

    /* request 0: upper-case a buffer that straddles a page boundary */
    const char *text = "hello, world";
    poke(m, 0x12FF8, text, 12);
    uint8_t *dirty = mem_dirty_table(m);
    memset(dirty, 0, mem_dirty_pages(m));
    block(m, BLK, 0x100, 0, 48, 1, 40);
    poke32(m, BLK + 32, 0xCAFEF00D); /* parameters come back as the program left them */
    poke32(m, BLK + 40, 0x12FF8);
    poke32(m, BLK + 44, 12);
    CHECK_EQ(call(h, m), 0);
    CHECK_EQ(peek32(m, BLK + HA_RESULT), 12);
    char got[16] = {0};
    peek(m, 0x12FF8, got, 12);
    CHECK(strcmp(got, "HELLO, WORLD") == 0);
    CHECK(dirty[0x12] && dirty[0x13]); /* the program's writes count as guest writes */
    CHECK_EQ(peek32(m, BLK + 32), 0xCAFEF00D);
    /* request 1: the sum of two buffers' bytes */
    poke(m, 0x30000, "\x01\x02\x03", 3);
    poke(m, 0x31000, "\x10\x20", 2);
    block(m, BLK, 0x100, 1, 56, 2, 40);
    poke32(m, BLK + 40, 0x30000);
    poke32(m, BLK + 44, 3);
    poke32(m, BLK + 48, 0x31000);
    poke32(m, BLK + 52, 2);
    CHECK_EQ(call(h, m), 0);
    CHECK_EQ(peek32(m, BLK + HA_RESULT), 0x36);
    block(m, BLK, 0x100, 7, 48, 0, 0);
    CHECK_EQ(call(h, m), HOSTAPI_ST_BAD_REQUEST);
    /* a buffer outside RAM never reaches the program */
    block(m, BLK, 0x100, 0, 48, 1, 40);
    poke32(m, BLK + 40, RAM - 4);
    poke32(m, BLK + 44, 12);
    CHECK_EQ(call(h, m), HOSTAPI_ST_BAD_BUFFER);

    /* registrations that fail */
    int fd;
    int taken = raw_client(path, 0x100), bad = raw_client(path, 0x50);
    uint16_t list[16];
    services(h, m, list);
    CHECK_EQ(registered(taken, &fd), EXT_TAKEN);
    CHECK_EQ(registered(bad, &fd), EXT_BAD_SERVICE);
    close(taken);
    close(bad);
    /* a program that registers and goes away */
    int gone = raw_client(path, 0x200);
    services(h, m, list);
    CHECK_EQ(registered(gone, &fd), EXT_OK);
    CHECK(fd >= 0);
    close(fd);
    close(gone);
    block(m, BLK, 0x200, 0, 48, 0, 0);
    uint16_t st = status_at(m, BLK);
    int r = hostapi_call(h, BLK, HOSTAPI_VIA_HOST);
    st = status_at(m, BLK);
    CHECK(r < 0 || st == HOSTAPI_ST_UNAVAILABLE);
    CHECK(hostapi_call(h, BLK, HOSTAPI_VIA_HOST) < 0); /* its number is free again */
    /* the example program stopping */
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    block(m, BLK, 0x100, 0, 48, 0, 0);
    r = hostapi_call(h, BLK, HOSTAPI_VIA_HOST);
    CHECK(r < 0 || status_at(m, BLK) == HOSTAPI_ST_UNAVAILABLE);
    CHECK(hostapi_call(h, BLK, HOSTAPI_VIA_HOST) < 0);
    hostapi_destroy(h);
    CHECK(access(path, F_OK) != 0); /* the socket file is removed */
    mem_destroy(m);
    remove_tree(dir);
    return check_done();
}
