/* x87 data movement: FLD/FST/FSTP of every memory format (32/64/80-bit
 * reals, 16/32/64-bit integers, packed BCD) and of registers, FXCH and the
 * constant loads. Memory is written before the status word and the stack
 * change, so a faulting store can be restarted. */
#include "access.h"
#include "fpu_ops.h"

/* Pushes a loaded value: stack overflow first, then the conversion's
 * exceptions (an unmasked IE leaves the stack alone). */
static void push_loaded(struct fpu *f, fpu_reg v, const struct f80_ctx *x) {
    if (!fpu_empty(f, 7)) {
        if (!fpu_overflow(f))
            fpu_push(f, F80_INDEFINITE);
        return;
    }
    fpu_raise(f, x);
    if (!(f80_unmasked(x) & FSW_IE))
        fpu_push(f, v);
}

static void load_mem(cpu *c, const insn *i, uint32_t off) {
    struct fpu *f = &c->fpu;
    struct f80_ctx x = fpu_ctx(f);
    uint8_t b[10];
    fpu_reg v;
    switch (i->op) {
    case 0xD9:
        v = f80_from_f32(&x, rd32(c, i->seg, off));
        break; /* FLD m32 */
    case 0xDD:
        v = f80_from_f64(&x, fpu_read64(c, i->seg, off));
        break; /* FLD m64 */
    case 0xDB:
        if (i->reg == 0)
            v = f80_from_int((int32_t)rd32(c, i->seg, off)); /* FILD m32 */
        else
            v = fpu_read80(c, i->seg, off); /* FLD m80 */
        break;
    default:
        if (i->reg == 0) {
            v = f80_from_int((int16_t)rd16(c, i->seg, off)); /* FILD m16 */
        } else if (i->reg == 5) {
            v = f80_from_int((int64_t)fpu_read64(c, i->seg, off)); /* FILD m64 */
        } else {
            fpu_read(c, i->seg, off, b, 10); /* FBLD */
            v = f80_from_bcd(b);
        }
        break;
    }
    push_loaded(f, v, &x);
}

/* The bytes a store writes, and its size; returns 0 if nothing is stored. */
static int store_image(struct fpu *f, const insn *i, struct f80_ctx *x, uint8_t *b, unsigned *len) {
    int empty = fpu_empty(f, 0);
    fpu_reg v = empty ? F80_INDEFINITE : fpu_st(f, 0);
    int64_t n;
    int ok = 1;
    if (empty)
        x->cw |= FSW_EXC; /* the masked response: store the indefinite */
    switch ((i->op << 4) | i->reg) {
    case 0xD92:
    case 0xD93: {
        uint32_t w;
        ok = f80_to_f32(x, v, &w);
        memcpy(b, &w, 4);
        *len = 4;
        break;
    }
    case 0xDD2:
    case 0xDD3: {
        uint64_t w;
        ok = f80_to_f64(x, v, &w);
        memcpy(b, &w, 8);
        *len = 8;
        break;
    }
    case 0xDB7:
        memcpy(b, &v.mant, 8);
        memcpy(b + 8, &v.se, 2);
        *len = 10;
        break;
    case 0xDF6:
        ok = f80_to_bcd(x, v, b);
        *len = 10;
        break;
    default: {
        int bits = i->op == 0xDB ? 32 : i->reg == 7 ? 64 : 16;
        ok = f80_to_int(x, v, bits, &n);
        memcpy(b, &n, (size_t)bits / 8);
        *len = (unsigned)bits / 8;
        break;
    }
    }
    return ok;
}

static void store_mem(cpu *c, const insn *i, uint32_t off) {
    struct fpu *f = &c->fpu;
    struct f80_ctx x = fpu_ctx(f);
    uint8_t b[10];
    unsigned len = 0;
    int pop = i->reg == 3 || i->reg >= 6;   /* FSTP/FISTP, FSTP m80, FBSTP, FISTP m64 */
    if (fpu_empty(f, 0)) {
        if (fpu_underflow(f))
            return;
        store_image(f, i, &x, b, &len);
        fpu_write(c, i->seg, off, b, len);
    } else {
        int ok = store_image(f, i, &x, b, &len);
        if (ok)
            fpu_write(c, i->seg, off, b, len);
        fpu_raise(f, &x);
        if (!ok)
            return;
    }
    if (pop)
        fpu_pop(f);
}

/* D9 /0 /2 /3, DB /0 /2 /3 /5 /7, DD /0 /2 /3, DF /0 /2 /3 /4 /5 /6 /7. */
void fpu_load_store_mem(cpu *c, const insn *i, uint32_t off) {
    if (i->reg == 0 || i->reg == 4 || i->reg == 5)
        load_mem(c, i, off);
    else
        store_mem(c, i, off);
}

void fpu_fld_reg(cpu *c, unsigned src) {
    struct fpu *f = &c->fpu;
    fpu_reg v = fpu_st(f, src);
    if (fpu_empty(f, src)) {
        if (fpu_underflow(f))
            return;
        v = F80_INDEFINITE;
    } else {
        f->sw &= (uint16_t)~FSW_C1;
    }
    fpu_push_checked(f, v);
}

void fpu_fst_reg(cpu *c, unsigned dst, int pop) {
    struct fpu *f = &c->fpu;
    fpu_reg v = fpu_st(f, 0);
    if (fpu_empty(f, 0)) {
        if (fpu_underflow(f))
            return;
        v = F80_INDEFINITE;
    } else {
        f->sw &= (uint16_t)~FSW_C1;
    }
    fpu_st_set(f, dst, v);
    if (pop)
        fpu_pop(f);
}

void fpu_fxch(cpu *c, unsigned src) {
    struct fpu *f = &c->fpu;
    fpu_reg a = fpu_st(f, 0), b = fpu_st(f, src);
    if (fpu_empty(f, 0) || fpu_empty(f, src)) {
        if (fpu_underflow(f))
            return;
        if (fpu_empty(f, 0))
            a = F80_INDEFINITE;
        if (fpu_empty(f, src))
            b = F80_INDEFINITE;
    } else {
        f->sw &= (uint16_t)~FSW_C1;
    }
    fpu_st_set(f, 0, b);
    fpu_st_set(f, src, a);
}

void fpu_fld_const(cpu *c, enum f80_const k) {
    struct fpu *f = &c->fpu;
    f->sw &= (uint16_t)~FSW_C1;
    fpu_push_checked(f, f80_constant((f->cw >> 10) & 3, k));
}
