/* Guest memory as the host services see it: linear addresses translated
 * through the guest's current paging state page by page, bounded by the
 * guest RAM. Nothing outside [0, RAM size) is ever read or written, and a
 * range is checked whole before the first byte moves. */
#ifndef TWIN86_HOSTAPI_GUESTMEM_H
#define TWIN86_HOSTAPI_GUESTMEM_H

#include <stddef.h>
#include <stdint.h>

#include "twin86/memory.h"

/* Linear to physical for the running guest; 0, or -1 when unmapped. */
typedef int (*hostapi_translate_fn)(void *opaque, uint32_t linear, uint32_t *phys);

struct guestmem {
    memory *mem;
    hostapi_translate_fn translate; /* NULL: linear = physical */
    void *opaque;
};

/* One physical piece of a guest buffer. */
struct gm_range {
    uint32_t phys;
    uint32_t len;
};

/* Checks that [linear, linear+len) is mapped, inside RAM and does not wrap
 * around 4 GiB. Returns 0 or -1. A zero length is always fine. */
int gm_check(const struct guestmem *g, uint32_t linear, uint32_t len);

/* Copies between guest and host after checking the whole range; 0 or -1
 * (nothing copied). Writes set the dirty bits. */
int gm_read(const struct guestmem *g, uint32_t linear, void *buf, uint32_t len);
int gm_write(const struct guestmem *g, uint32_t linear, const void *buf, uint32_t len);

/* The physical ranges of a buffer, neighbouring pages merged, into out[max].
 * Returns how many, or -1 (unmapped, outside RAM, or more than max). */
int gm_ranges(const struct guestmem *g, uint32_t linear, uint32_t len, struct gm_range *out,
              int max);

/* Little-endian helpers for host copies of guest structures. */
static inline uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t get32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline void put16(uint8_t *p, uint16_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static inline void put32(uint8_t *p, uint32_t v) {
    put16(p, (uint16_t)v);
    put16(p + 2, (uint16_t)(v >> 16));
}

/* A real-mode (or V86) far pointer as a linear address. */
static inline uint32_t seg_off(uint16_t seg, uint16_t off) { return ((uint32_t)seg << 4) + off; }
static inline uint32_t far_ptr(uint32_t segoff) {
    return seg_off((uint16_t)(segoff >> 16), (uint16_t)segoff);
}

#endif
