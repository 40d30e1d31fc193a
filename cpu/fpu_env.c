/* The x87 environment and state images: FLDENV/FNSTENV (14 or 28 bytes) and
 * FRSTOR/FNSAVE (94 or 108 bytes), in the 16- and 32-bit layouts of
 * protected mode (selector:offset pointers) and of real and virtual-8086
 * mode (20/32-bit linear pointers packed with the opcode). Reserved bits are
 * stored as ones, as Intel and AMD processors do. */
#include "access.h"
#include "fpu_ops.h"

static void put16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static void put32(uint8_t *p, uint32_t v) {
    put16(p, v);
    put16(p + 2, v >> 16);
}
static uint32_t get16(const uint8_t *p) { return p[0] | (uint32_t)p[1] << 8; }
static uint32_t get32(const uint8_t *p) { return get16(p) | get16(p + 2) << 16; }

static unsigned env_size(const insn *i) { return (i->flags & I_OP32) ? 28 : 14; }

/* Builds the environment image; returns its size. */
static unsigned env_image(cpu *c, const insn *i, uint8_t *b) {
    const struct fpu *f = &c->fpu;
    int pm = cpu_pmode(c);
    uint32_t ip = pm ? f->fip : ((uint32_t)f->fcs << 4) + f->fip;
    uint32_t dp = pm ? f->fdp : ((uint32_t)f->fds << 4) + f->fdp;
    if (!(i->flags & I_OP32)) {
        put16(b, f->cw);
        put16(b + 2, f->sw);
        put16(b + 4, f->tw);
        put16(b + 6, ip);
        if (pm) {
            put16(b + 8, f->fcs);
            put16(b + 10, dp);
            put16(b + 12, f->fds);
        } else {
            put16(b + 8, ((ip >> 4) & 0xF000) | (f->fop & 0x7FF));
            put16(b + 10, dp);
            put16(b + 12, (dp >> 4) & 0xF000);
        }
        return 14;
    }
    put32(b, 0xFFFF0000u | f->cw);
    put32(b + 4, 0xFFFF0000u | f->sw);
    put32(b + 8, 0xFFFF0000u | f->tw);
    if (pm) {
        put32(b + 12, ip);
        put32(b + 16, f->fcs | (uint32_t)(f->fop & 0x7FF) << 16);
        put32(b + 20, dp);
        put32(b + 24, 0xFFFF0000u | f->fds);
    } else {
        put32(b + 12, 0xFFFF0000u | (ip & 0xFFFF));
        put32(b + 16, ((ip >> 4) & 0x0FFFF000u) | (f->fop & 0x7FF));
        put32(b + 20, 0xFFFF0000u | (dp & 0xFFFF));
        put32(b + 24, (dp >> 4) & 0x0FFFF000u);
    }
    return 28;
}

/* Non-empty tags are recomputed from the register contents, as the
 * processor does when it loads a tag word. */
static void load_tags(struct fpu *f, uint16_t tw) {
    for (unsigned r = 0; r < 8; r++) {
        unsigned t = (tw >> (2 * r)) & 3;
        fpu_set_tag(f, r, t == TAG_EMPTY ? TAG_EMPTY : fpu_tag_of(f->st[r]));
    }
}

static void env_load(cpu *c, const insn *i, const uint8_t *b) {
    struct fpu *f = &c->fpu;
    int pm = cpu_pmode(c);
    uint16_t tw;
    if (!(i->flags & I_OP32)) {
        f->cw = fpu_cw_value(get16(b));
        f->sw = (uint16_t)get16(b + 2);
        tw = (uint16_t)get16(b + 4);
        if (pm) {
            f->fip = get16(b + 6);
            f->fcs = (uint16_t)get16(b + 8);
            f->fdp = get16(b + 10);
            f->fds = (uint16_t)get16(b + 12);
        } else {
            f->fip = get16(b + 6) | (get16(b + 8) & 0xF000) << 4;
            f->fop = (uint16_t)(get16(b + 8) & 0x7FF);
            f->fdp = get16(b + 10) | (get16(b + 12) & 0xF000) << 4;
            f->fcs = f->fds = 0;
        }
    } else {
        f->cw = fpu_cw_value(get32(b));
        f->sw = (uint16_t)get32(b + 4);
        tw = (uint16_t)get32(b + 8);
        if (pm) {
            f->fip = get32(b + 12);
            f->fcs = (uint16_t)get32(b + 16);
            f->fop = (uint16_t)((get32(b + 16) >> 16) & 0x7FF);
            f->fdp = get32(b + 20);
            f->fds = (uint16_t)get32(b + 24);
        } else {
            f->fip = (get32(b + 12) & 0xFFFF) | (get32(b + 16) & 0x0FFFF000u) << 4;
            f->fop = (uint16_t)(get32(b + 16) & 0x7FF);
            f->fdp = (get32(b + 20) & 0xFFFF) | (get32(b + 24) & 0x0FFFF000u) << 4;
            f->fcs = f->fds = 0;
        }
    }
    load_tags(f, tw);
    fpu_update_es(f);
}

void fpu_ldenv(cpu *c, const insn *i, uint32_t off) {
    uint8_t b[28];
    fpu_read(c, i->seg, off, b, env_size(i));
    env_load(c, i, b);
}

/* FNSTENV: stores, then masks all exceptions. */
void fpu_stenv(cpu *c, const insn *i, uint32_t off) {
    uint8_t b[28];
    unsigned n = env_image(c, i, b);
    fpu_write(c, i->seg, off, b, n);
    c->fpu.cw |= FSW_EXC;
    fpu_update_es(&c->fpu);
}

/* FNSAVE: environment and ST(0)..ST(7), then FNINIT. */
void fpu_save(cpu *c, const insn *i, uint32_t off) {
    struct fpu *f = &c->fpu;
    uint8_t b[108];
    unsigned n = env_image(c, i, b);
    for (unsigned k = 0; k < 8; k++) {
        fpu_reg v = fpu_st(f, k);
        memcpy(b + n + 10 * k, &v.mant, 8);
        memcpy(b + n + 10 * k + 8, &v.se, 2);
    }
    fpu_write(c, i->seg, off, b, n + 80);
    fpu_init(f);
}

void fpu_rstor(cpu *c, const insn *i, uint32_t off) {
    struct fpu *f = &c->fpu;
    uint8_t b[108];
    unsigned n = env_size(i);
    fpu_read(c, i->seg, off, b, n + 80);
    unsigned top = (get16(b + (n == 14 ? 2 : 4)) >> 11) & 7;
    for (unsigned k = 0; k < 8; k++) {
        fpu_reg *r = &f->st[(top + k) & 7];
        memcpy(&r->mant, b + n + 10 * k, 8);
        memcpy(&r->se, b + n + 10 * k + 8, 2);
    }
    env_load(c, i, b);
}
