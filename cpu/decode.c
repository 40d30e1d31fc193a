/* Instruction decoder: prefixes, opcode, ModRM/SIB, displacement and
 * immediates into an insn record (see insn.h). It knows nothing of the CPU
 * state except the default operand/address size, so a record can be cached. */
#include "optable.h"

struct cursor {
    const uint8_t *p;
    int pos, avail;
};

static inline int take(struct cursor *k, unsigned n, uint32_t *out)
{
    if (k->pos + (int)n > k->avail)
        return 0;
    const uint8_t *p = k->p + k->pos;
    /* Little-endian bytes as one value; n is a constant at most call sites. */
    *out = n == 1 ? p[0] : n == 2 ? (uint32_t)(p[0] | p[1] << 8)
                                  : (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                                        (uint32_t)p[3] << 24;
    k->pos += n;
    return 1;
}

/* The prefix bytes, for the common case of none: one load and a test. */
static const uint8_t is_prefix[256] = {
    [0x26] = 1, [0x2E] = 1, [0x36] = 1, [0x3E] = 1, [0x64] = 1, [0x65] = 1,
    [0x66] = 1, [0x67] = 1, [0xF0] = 1, [0xF2] = 1, [0xF3] = 1,
};

static const uint8_t base16[8] = {R_EBX, R_EBX, R_EBP, R_EBP, R_ESI, R_EDI, R_EBP, R_EBX};
static const uint8_t index16[8] = {R_ESI, R_EDI, R_ESI, R_EDI, R_ZERO, R_ZERO, R_ZERO, R_ZERO};

static int modrm16(insn *i, struct cursor *k)
{
    uint32_t d = 0;
    i->base = base16[i->rm];
    i->index = index16[i->rm];
    i->scale = 0;
    if (i->mod == 0 && i->rm == 6) {
        i->base = R_ZERO;
        if (!take(k, 2, &d))
            return 0;
    } else if (i->mod == 1) {
        if (!take(k, 1, &d))
            return 0;
        d = (uint32_t)(int8_t)d;
    } else if (i->mod == 2 && !take(k, 2, &d)) {
        return 0;
    }
    i->disp = d;
    if (!(i->flags & I_SEGOVR))
        i->seg = (i->base == R_EBP) ? SEG_SS : SEG_DS;
    return 1;
}

static int modrm32(insn *i, struct cursor *k)
{
    uint32_t d = 0, sib;
    i->base = i->rm;
    i->index = R_ZERO;
    i->scale = 0;
    if (i->rm == 4) {
        if (!take(k, 1, &sib))
            return 0;
        i->base = sib & 7;
        i->index = ((sib >> 3) & 7) == 4 ? R_ZERO : (sib >> 3) & 7;
        i->scale = sib >> 6;
        if (i->base == R_EBP && i->mod == 0) {
            i->base = R_ZERO;
            if (!take(k, 4, &d))
                return 0;
        }
    } else if (i->rm == 5 && i->mod == 0) {
        i->base = R_ZERO;
        if (!take(k, 4, &d))
            return 0;
    }
    if (i->mod == 1) {
        if (!take(k, 1, &d))
            return 0;
        d = (uint32_t)(int8_t)d;
    } else if (i->mod == 2 && !take(k, 4, &d)) {
        return 0;
    }
    i->disp = d;
    if (!(i->flags & I_SEGOVR))
        i->seg = (i->base == R_EBP || i->base == R_ESP) ? SEG_SS : SEG_DS;
    return 1;
}

static int immediates(insn *i, struct cursor *k, unsigned kind)
{
    uint32_t v = 0, w = 0;
    unsigned z = (i->flags & I_OP32) ? 4 : 2;
    switch (kind) {
    case IMM_NONE: return 1;
    case IMM_B: if (!take(k, 1, &v)) return 0; break;
    case IMM_BS: if (!take(k, 1, &v)) return 0; v = (uint32_t)(int8_t)v; break;
    case IMM_W: if (!take(k, 2, &v)) return 0; break;
    case IMM_Z: if (!take(k, z, &v)) return 0; break;
    case IMM_ZS_JUMP:
        if (!take(k, z, &v)) return 0;
        if (z == 2) v = (uint32_t)(int16_t)v;
        break;
    case IMM_FAR:
        if (!take(k, z, &v) || !take(k, 2, &w)) return 0;
        i->imm2 = (uint16_t)w;
        break;
    case IMM_MOFFS:
        if (!take(k, (i->flags & I_AD32) ? 4 : 2, &v)) return 0;
        i->disp = v;
        return 1;
    case IMM_ENTER:
        if (!take(k, 2, &v) || !take(k, 1, &w)) return 0;
        i->imm2 = (uint16_t)w;
        break;
    }
    i->imm = v;
    return 1;
}

static int prefix_flag(insn *i, uint8_t b, int code32)
{
    switch (b) {
    case 0x26: i->seg = SEG_ES; break;
    case 0x2E: i->seg = SEG_CS; break;
    case 0x36: i->seg = SEG_SS; break;
    case 0x3E: i->seg = SEG_DS; break;
    case 0x64: i->seg = SEG_FS; break;
    case 0x65: i->seg = SEG_GS; break;
    case 0x66: i->flags = (i->flags & ~I_OP32) | (code32 ? 0 : I_OP32); return 1;
    case 0x67: i->flags = (i->flags & ~I_AD32) | (code32 ? 0 : I_AD32); return 1;
    case 0xF0: i->flags |= I_LOCK; return 1;
    case 0xF2: i->flags = (i->flags & ~I_REP) | I_REPNE; return 1;
    case 0xF3: i->flags = (i->flags & ~I_REPNE) | I_REP; return 1;
    default: return 0;
    }
    i->flags |= I_SEGOVR;
    return 1;
}

static int decode_as(insn *i, const uint8_t *bytes, int avail, int code32, int plain)
{
    struct cursor k = {bytes, 0, avail < 15 ? avail : 15};
    i->flags = code32 ? (I_OP32 | I_AD32) : 0;
    i->seg = SEG_DS;
    i->disp = i->imm = 0;
    i->imm2 = 0;
    i->mod = 3;
    i->reg = i->rm = 0;
    i->base = i->index = R_ZERO;
    i->scale = 0;

    uint32_t b;
    for (;;) {
        if (!take(&k, 1, &b))
            return avail >= 15 ? DECODE_LONG : DECODE_SHORT;
        if (likely(!is_prefix[b]))
            break;
        prefix_flag(i, (uint8_t)b, code32);
    }
    if (b == 0x0F) {
        if (!take(&k, 1, &b))
            return avail >= 15 ? DECODE_LONG : DECODE_SHORT;
        b |= 0x100;
    }
    i->op = (uint16_t)b;
    const struct opdesc *d = &optable[b];
    unsigned form = d->form;

    if (form & D_MODRM) {
        uint32_t m;
        if (!take(&k, 1, &m))
            return avail >= 15 ? DECODE_LONG : DECODE_SHORT;
        i->mod = m >> 6;
        i->reg = (m >> 3) & 7;
        i->rm = m & 7;
        if (form & D_REGONLY)
            i->mod = 3;
        if (i->mod != 3) {
            int ok = (i->flags & I_AD32) ? modrm32(i, &k) : modrm16(i, &k);
            if (!ok)
                return avail >= 15 ? DECODE_LONG : DECODE_SHORT;
        }
        if (form & D_GROUP) {
            d = &grouptable[d->group][i->reg];
            form |= d->form;
        }
    }
    if (!d->fn)
        return DECODE_UD;
    if ((form & D_MEMONLY) && i->mod == 3)
        return DECODE_UD;
    if ((i->flags & I_LOCK) && (!(form & D_LOCK) || i->mod == 3))
        return DECODE_UD;
    if (!immediates(i, &k, d->imm))
        return avail >= 15 ? DECODE_LONG : DECODE_SHORT;
    if (form & D_END)
        i->flags |= I_END;
    if (plain)
        i->fn = d->fn;
    else
        specialize(i, d->fn);
    i->len = (uint8_t)k.pos;
    return k.pos;
}

int decode(insn *i, const uint8_t *bytes, int avail, int code32)
{
    return decode_as(i, bytes, avail, code32, 0);
}

int decode_plain(insn *i, const uint8_t *bytes, int avail, int code32)
{
    return decode_as(i, bytes, avail, code32, 1);
}
