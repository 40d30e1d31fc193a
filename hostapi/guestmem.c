/* Guest memory access for the host services (see guestmem.h). */
#include "hostapi/guestmem.h"

static int translate(const struct guestmem *g, uint32_t linear, uint32_t *phys) {
    if (!g->translate) {
        *phys = linear;
        return 0;
    }
    return g->translate(g->opaque, linear, phys);
}

/* Walks [linear, linear+len) page by page, calling fn for each physical piece. */
static int walk(const struct guestmem *g, uint32_t linear, uint32_t len,
                int (*fn)(void *ctx, uint32_t phys, uint32_t n, uint32_t done), void *ctx) {
    if (len && (uint64_t)linear + len > 0x100000000ull)
        return -1;
    uint32_t ram = mem_size(g->mem), done = 0;
    while (done < len) {
        uint32_t lin = linear + done, phys;
        uint32_t n = MEM_PAGE_SIZE - (lin & (MEM_PAGE_SIZE - 1));
        if (n > len - done)
            n = len - done;
        if (translate(g, lin, &phys) < 0 || phys >= ram || ram - phys < n)
            return -1;
        if (fn && fn(ctx, phys, n, done) < 0)
            return -1;
        done += n;
    }
    return 0;
}

int gm_check(const struct guestmem *g, uint32_t linear, uint32_t len) {
    return walk(g, linear, len, NULL, NULL);
}

struct copy_ctx {
    memory *mem;
    uint8_t *buf;
};

static int read_piece(void *ctx, uint32_t phys, uint32_t n, uint32_t done) {
    struct copy_ctx *c = ctx;
    mem_read_block(c->mem, phys, c->buf + done, n);
    return 0;
}

static int write_piece(void *ctx, uint32_t phys, uint32_t n, uint32_t done) {
    struct copy_ctx *c = ctx;
    mem_write_block(c->mem, phys, c->buf + done, n, 0);
    return 0;
}

int gm_read(const struct guestmem *g, uint32_t linear, void *buf, uint32_t len) {
    struct copy_ctx c = {g->mem, buf};
    if (gm_check(g, linear, len) < 0)
        return -1;
    return walk(g, linear, len, read_piece, &c);
}

int gm_write(const struct guestmem *g, uint32_t linear, const void *buf, uint32_t len) {
    struct copy_ctx c = {g->mem, (uint8_t *)buf};
    if (gm_check(g, linear, len) < 0)
        return -1;
    return walk(g, linear, len, write_piece, &c);
}

struct range_ctx {
    struct gm_range *out;
    int max, n;
};

static int add_range(void *ctx, uint32_t phys, uint32_t n, uint32_t done) {
    (void)done;
    struct range_ctx *r = ctx;
    if (r->n && r->out[r->n - 1].phys + r->out[r->n - 1].len == phys) {
        r->out[r->n - 1].len += n;
        return 0;
    }
    if (r->n == r->max)
        return -1;
    r->out[r->n++] = (struct gm_range){phys, n};
    return 0;
}

int gm_ranges(const struct guestmem *g, uint32_t linear, uint32_t len, struct gm_range *out,
              int max) {
    struct range_ctx r = {out, max, 0};
    if (walk(g, linear, len, add_range, &r) < 0)
        return -1;
    return r.n;
}
