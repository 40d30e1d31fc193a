/* Test harness for hostapi: a guest memory, argument blocks built in it, and
 * a fake DOS (SDA, list of lists, CDS array, SFT, DTA, stack) laid out the
 * way MS-DOS 5 / FreeDOS keep them, so the redirector can be driven exactly
 * as the resident driver drives it, without a guest CPU. */
#ifndef TWIN86_TESTS_HOSTAPI_HARNESS_H
#define TWIN86_TESTS_HOSTAPI_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "hostapi/hostapi.h"

/* Real-mode segments of the fake DOS (linear = seg * 16). */
enum {
    SEG_SDA = 0x1000,
    SEG_LOL = 0x2000,
    SEG_CDS = 0x3000,
    SEG_SFT = 0x4000,
    SEG_SFT2 = 0x4100,
    SEG_DTA = 0x5000,
    SEG_STACK = 0x6000,
    SEG_BLOCK = 0x7000,
    SEG_BUF = 0x8000,
    STACK_SP = 0x100,
    PSP = 0x0BAD,
};
#define LIN(seg) ((uint32_t)(seg) << 4)

static inline void poke(memory *m, uint32_t a, const void *p, size_t n) {
    mem_write_block(m, a, p, n, 1);
}
static inline void peek(memory *m, uint32_t a, void *p, size_t n) { mem_read_block(m, a, p, n); }
static inline void poke16(memory *m, uint32_t a, uint16_t v) { mem_write(m, a, v, 2); }
static inline void poke32(memory *m, uint32_t a, uint32_t v) { mem_write(m, a, v, 4); }
static inline uint16_t peek16(memory *m, uint32_t a) { return (uint16_t)mem_read(m, a, 2); }
static inline uint32_t peek32(memory *m, uint32_t a) { return mem_read(m, a, 4); }

/* Writes a block header at a (service, request, total, nbufs, bufs_off). */
static inline void block(memory *m, uint32_t a, uint16_t svc, uint16_t req, uint16_t total,
                         uint16_t nbufs, uint16_t bufs_off) {
    uint8_t h[HOSTAPI_HDR_SIZE] = {0};
    put32(h + HA_MAGIC, HOSTAPI_MAGIC);
    put16(h + HA_VERSION, HOSTAPI_VERSION);
    put16(h + HA_HDR_SIZE, HOSTAPI_HDR_SIZE);
    put16(h + HA_TOTAL_SIZE, total);
    put16(h + HA_SERVICE, svc);
    put16(h + HA_REQUEST, req);
    put16(h + HA_STATUS, HOSTAPI_ST_PENDING);
    put16(h + HA_NBUFS, nbufs);
    put16(h + HA_BUFS_OFF, bufs_off);
    put32(h + HA_TAG, 0x1234ABCD);
    poke(m, a, h, sizeof h);
}

static inline uint16_t status_at(memory *m, uint32_t a) { return peek16(m, a + HA_STATUS); }

/* A temporary folder for a share (malloc'd name; remove_tree frees it). */
static inline char *temp_dir(const char *tag) {
    char *p = malloc(128);
    snprintf(p, 128, "/tmp/t86-%s-XXXXXX", tag);
    if (!mkdtemp(p)) {
        perror("mkdtemp");
        exit(99);
    }
    return p;
}

/* Removes a temp_dir folder and frees its name. */
static inline void remove_tree(char *p) {
    char cmd[320];
    snprintf(cmd, sizeof cmd, "chmod -R u+w '%s' 2>/dev/null; rm -rf '%s'", p, p);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", p);
    free(p);
}

/* Writes a host file with contents s. */
static inline void host_file(const char *dir, const char *name, const char *s) {
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (!f) {
        perror(p);
        exit(99);
    }
    fputs(s, f);
    fclose(f);
}

/* Reads a host file into buf (NUL-terminated); returns its length or -1. */
static inline long host_read(const char *dir, const char *name, char *buf, size_t n) {
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "r");
    if (!f)
        return -1;
    size_t k = fread(buf, 1, n - 1, f);
    buf[k] = '\0';
    fclose(f);
    return (long)k;
}

#endif
