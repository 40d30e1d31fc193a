/* The x87 register stack seen by the instruction handlers: TOP, ST(i), the
 * tag word, pushes and pops with their stack-fault responses, and folding an
 * operation's flags into the status word. */
#ifndef TWIN86_FPU_REGS_H
#define TWIN86_FPU_REGS_H

#include "cpu_state.h"
#include "fpu_float80.h"

enum { TAG_VALID, TAG_ZERO, TAG_SPECIAL, TAG_EMPTY };

static inline unsigned fpu_top(const struct fpu *f) { return (f->sw >> 11) & 7; }
static inline void fpu_set_top(struct fpu *f, unsigned t) {
    f->sw = (uint16_t)((f->sw & ~FSW_TOP) | ((t & 7) << 11));
}
static inline unsigned fpu_phys(const struct fpu *f, unsigned i) { return (fpu_top(f) + i) & 7; }
static inline unsigned fpu_tag(const struct fpu *f, unsigned phys) {
    return (f->tw >> (2 * phys)) & 3;
}
static inline void fpu_set_tag(struct fpu *f, unsigned phys, unsigned tag) {
    f->tw = (uint16_t)((f->tw & ~(3u << (2 * phys))) | (tag << (2 * phys)));
}

/* The tag a value earns: valid, zero, or special (NaN, infinity, denormal,
 * unsupported). */
static inline unsigned fpu_tag_of(fpu_reg v) {
    switch (f80_classify(v)) {
    case FC_NORMAL:
        return TAG_VALID;
    case FC_ZERO:
        return TAG_ZERO;
    default:
        return TAG_SPECIAL;
    }
}

static inline int fpu_empty(const struct fpu *f, unsigned i) {
    return fpu_tag(f, fpu_phys(f, i)) == TAG_EMPTY;
}
static inline fpu_reg fpu_st(const struct fpu *f, unsigned i) { return f->st[fpu_phys(f, i)]; }
static inline void fpu_st_set(struct fpu *f, unsigned i, fpu_reg v) {
    unsigned p = fpu_phys(f, i);
    f->st[p] = v;
    fpu_set_tag(f, p, fpu_tag_of(v));
}
static inline void fpu_pop(struct fpu *f) {
    fpu_set_tag(f, fpu_phys(f, 0), TAG_EMPTY);
    fpu_set_top(f, fpu_top(f) + 1);
}
static inline void fpu_push(struct fpu *f, fpu_reg v) {
    fpu_set_top(f, fpu_top(f) - 1);
    fpu_st_set(f, 0, v);
}

/* The control word keeps bits 0-5 and 8-12; bit 6 reads as one. */
static inline uint16_t fpu_cw_value(uint32_t v) { return (uint16_t)((v & 0x1F3F) | 0x0040); }

/* ES and B follow the unmasked exception flags. */
static inline void fpu_update_es(struct fpu *f) {
    if (f->sw & ~f->cw & FSW_EXC)
        f->sw |= FSW_ES | FSW_B;
    else
        f->sw &= (uint16_t) ~(FSW_ES | FSW_B);
}

/* Folds an operation's exception flags and C1 into the status word. */
static inline void fpu_raise(struct fpu *f, const struct f80_ctx *x) {
    f->sw = (uint16_t)((f->sw & ~FSW_C1) | (x->flags & (FSW_EXC | FSW_C1)));
    if (f80_unmasked(x))
        f->sw |= FSW_ES | FSW_B;
}

/* The operation must leave destination and stack alone: an unmasked
 * invalid-operation, denormal or zero-divide exception. */
static inline int fpu_blocked(const struct f80_ctx *x) { return f80_suppressed(x); }

/* Stack underflow (an empty source register) and overflow (a push onto a
 * full register): invalid operation with SF, C1 = 0 / 1. Return nonzero when
 * the exception is unmasked and the instruction must do nothing more. */
static inline int fpu_underflow(struct fpu *f) {
    f->sw = (uint16_t)((f->sw & ~FSW_C1) | FSW_IE | FSW_SF);
    if (!(f->cw & FSW_IE)) {
        f->sw |= FSW_ES | FSW_B;
        return 1;
    }
    return 0;
}
static inline int fpu_overflow(struct fpu *f) {
    f->sw |= FSW_IE | FSW_SF | FSW_C1;
    if (!(f->cw & FSW_IE)) {
        f->sw |= FSW_ES | FSW_B;
        return 1;
    }
    return 0;
}

/* Pushes v, or handles the overflow when ST(7) is in use (masked: pushes
 * the indefinite). Returns 0 when nothing was pushed. */
static inline int fpu_push_checked(struct fpu *f, fpu_reg v) {
    if (!fpu_empty(f, 7)) {
        if (fpu_overflow(f))
            return 0;
        v = F80_INDEFINITE;
    }
    fpu_push(f, v);
    return 1;
}

static inline struct f80_ctx fpu_ctx(const struct fpu *f) { return f80_ctx_make(f->cw); }

#endif
