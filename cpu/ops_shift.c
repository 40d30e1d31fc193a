/* Shifts and rotates (group 2: ROL ROR RCL RCR SHL SHR SAL SAR) and
 * SHLD/SHRD. Counts are masked to 5 bits; a masked count of 0 changes no
 * flags. Flags the manuals leave undefined are set as docs/cpu.md
 * describes: OF for counts > 1 as for a single step of the last bit, AF = 0. */
#include "flags.h"
#include "ops.h"
#include "operand.h"

enum { SH_ROL, SH_ROR, SH_RCL, SH_RCR, SH_SHL, SH_SHR, SH_SAL, SH_SAR };

static unsigned shift_count(cpu *c, const insn *i)
{
    switch (i->op) {
    case 0xD0: case 0xD1: return 1;
    case 0xD2: case 0xD3: return c->gpr[R_ECX] & 0x1F;
    default: return i->imm & 0x1F;
    }
}

/* Rotates change only CF and OF. */
static uint32_t with_cf_of(cpu *c, uint32_t res, int cf, int of)
{
    flags_materialize(c);
    uint32_t f = c->eflags & ~(F_CF | F_OF);
    if (cf) f |= F_CF;
    if (of) f |= F_OF;
    flags_set_arith(c, f);
    return res;
}

static uint32_t with_all(cpu *c, uint32_t res, unsigned size, int cf, int of)
{
    lf_record_shift(c, size, res, cf, of);
    return res;
}

/* Performs one group-2 operation on a value of `size` bytes. */
static uint32_t shift(cpu *c, unsigned op, uint32_t v, unsigned n, unsigned size)
{
    unsigned bits = size * 8;
    uint32_t m = size_mask(size), sb = sign_bit(size);
    uint32_t r;
    int cf;
    v &= m;
    switch (op) {
    case SH_ROL:
        n %= bits;
        r = n ? ((v << n) | (v >> (bits - n))) & m : v;
        cf = r & 1;
        return with_cf_of(c, r, cf, !!(r & sb) ^ cf);
    case SH_ROR:
        n %= bits;
        r = n ? ((v >> n) | (v << (bits - n))) & m : v;
        return with_cf_of(c, r, !!(r & sb), !!((r ^ (r << 1)) & sb));
    case SH_RCL:
    case SH_RCR: {
        n %= bits + 1;
        uint64_t wide = v | ((uint64_t)flag_cf(c) << bits);   /* bits+1 wide */
        uint64_t wm = ((uint64_t)1 << (bits + 1)) - 1;
        if (op == SH_RCR)
            n = (bits + 1 - n) % (bits + 1);
        if (n)
            wide = ((wide << n) | (wide >> (bits + 1 - n))) & wm;
        r = (uint32_t)wide & m;
        cf = (int)(wide >> bits) & 1;
        if (op == SH_RCL)
            return with_cf_of(c, r, cf, !!(r & sb) ^ cf);
        return with_cf_of(c, r, cf, !!((r ^ (r << 1)) & sb));
    }
    case SH_SHL:
    case SH_SAL:
        r = n >= 32 ? 0 : (v << n) & m;
        cf = n > bits ? 0 : (int)((v >> (bits - n)) & 1);
        return with_all(c, r, size, cf, !!(r & sb) ^ cf);
    case SH_SHR:
        r = n >= 32 ? 0 : v >> n;
        cf = n > bits ? 0 : (int)((v >> (n - 1)) & 1);
        return with_all(c, r, size, cf, n == 1 ? !!(v & sb) : 0);
    default: { /* SAR */
        int32_t s = (int32_t)sext(v, size);
        unsigned k = n >= bits ? bits - 1 : n;
        r = (uint32_t)(s >> k) & m;
        cf = n >= bits ? (s < 0) : (int)((s >> (n - 1)) & 1);
        return with_all(c, r, size, cf, 0);
    }
    }
}

/* C0 C1 D0 D1 D2 D3 */
void op_shift(cpu *c, const insn *i)
{
    unsigned size = size_bv(i), n = shift_count(c, i);
    uint32_t off = 0, v = e_read(c, i, size, &off);
    if (n == 0)
        return;
    e_write_at(c, i, off, shift(c, i->reg, v, n, size), size);
}

/* 0F A4/A5 SHLD, 0F AC/AD SHRD: shift dest, filling from src. A count above
 * the operand size (16-bit only) gives an undefined result; we shift through
 * the 32-bit concatenation dest:src:dest like P6-class CPUs. */
void op_shxd(cpu *c, const insn *i)
{
    unsigned size = osize(i);
    unsigned n = ((i->op & 1) ? c->gpr[R_ECX] : i->imm) & 0x1F;
    int left = i->op < 0x1AC;
    uint32_t off = 0, d = e_read(c, i, size, &off);
    uint32_t s = reg_get(c, i->reg, size);
    if (n == 0)
        return;
    uint64_t cat, r;
    int cf;
    if (size == 2) {
        /* 48-bit dest:src:dest (left) or dest:src:dest read from the low end (right). */
        cat = ((uint64_t)d << 32) | ((uint64_t)s << 16) | d;
        if (left) {
            r = cat >> (32 - n);
            cf = (int)((cat >> (48 - n)) & 1);
        } else {
            r = cat >> n;
            cf = (int)((cat >> (n - 1)) & 1);
        }
    } else if (left) {
        cat = ((uint64_t)d << 32) | s;
        r = cat >> (32 - n);
        cf = (int)((d >> (32 - n)) & 1);
    } else {
        cat = ((uint64_t)s << 32) | d;
        r = cat >> n;
        cf = (int)((d >> (n - 1)) & 1);
    }
    uint32_t res = (uint32_t)r & size_mask(size);
    uint32_t sb = sign_bit(size);
    int of = !!((res ^ d) & sb);   /* defined for count 1: sign changed */
    e_write_at(c, i, off, with_all(c, res, size, cf, of), size);
}
