/* Decoded-instruction cache: decode once, execute many times. Entries are
 * keyed by the host address of the instruction's first byte and the code
 * size, and keep the instruction's bytes: a hit requires the bytes in memory
 * to be unchanged, so self-modifying code, DMA and debugger writes need no
 * bookkeeping on any write path. Comparing 16 bytes costs far less than
 * decoding them again. */
#ifndef TWIN86_ICACHE_H
#define TWIN86_ICACHE_H

#include <string.h>
#include "insn.h"

#define ICACHE_BITS 13
#define ICACHE_SIZE (1u << ICACHE_BITS)

struct icache_entry {
    uintptr_t key;            /* host address << 1 | code32; 0 = empty */
    uint64_t bytes[2], mask[2];
    insn ins;
};

struct icache {
    struct icache_entry e[ICACHE_SIZE];
};

static inline struct icache_entry *icache_slot(struct icache *ic, const uint8_t *p)
{
    return &ic->e[((uintptr_t)p ^ ((uintptr_t)p >> ICACHE_BITS)) & (ICACHE_SIZE - 1)];
}

/* The record for the 16 bytes at p (all inside one host page), or NULL. */
static inline const insn *icache_find(struct icache *ic, const uint8_t *p, int code32)
{
    const struct icache_entry *e = icache_slot(ic, p);
    uint64_t w[2];
    memcpy(w, p, 16);
    if (e->key == ((uintptr_t)p << 1 | (uintptr_t)code32) && ((w[0] ^ e->bytes[0]) & e->mask[0]) == 0 &&
        ((w[1] ^ e->bytes[1]) & e->mask[1]) == 0)
        return &e->ins;
    return NULL;
}

static inline const insn *icache_store(struct icache *ic, const uint8_t *p, int code32, const insn *i)
{
    struct icache_entry *e = icache_slot(ic, p);
    unsigned len = i->len;
    e->mask[0] = len >= 8 ? ~0ull : (1ull << (8 * len)) - 1;
    e->mask[1] = len <= 8 ? 0 : len >= 16 ? ~0ull : (1ull << (8 * (len - 8))) - 1;
    memcpy(e->bytes, p, 16);
    e->bytes[0] &= e->mask[0];
    e->bytes[1] &= e->mask[1];
    e->key = (uintptr_t)p << 1 | (uintptr_t)code32;
    e->ins = *i;
    return &e->ins;
}

#endif
