/* A look at the instruction the vCPU is about to run: prefixes, opcode,
 * ModRM and the count byte of the shifts with one. Enough to know which
 * instructions are answered from the reference, which repeat, which need a
 * mode the slave may not follow, and which flags the manuals leave undefined. */
#include <string.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

/* Bytes taken by ModRM, SIB and displacement; -1 when cut short. */
static int modrm_len(const uint8_t *b, unsigned n, unsigned asize)
{
    if (n < 1)
        return -1;
    unsigned mod = b[0] >> 6, rm = b[0] & 7;
    int len = 1;
    if (mod == 3)
        return len;
    if (asize == 2) {
        len += mod == 1 ? 1 : mod == 2 ? 2 : rm == 6 ? 2 : 0;
    } else {
        if (rm == 4) {
            if (n < 2)
                return -1;
            len++;
            if (mod == 0 && (b[1] & 7) == 5)
                len += 4;
        }
        len += mod == 1 ? 1 : mod == 2 ? 4 : rm == 5 ? 4 : 0;
    }
    return (unsigned)len <= n ? len : -1;
}

int kinsn_decode(struct kinsn *i, const uint8_t *b, unsigned n, int code32)
{
    memset(i, 0, sizeof *i);
    i->imm8 = -1;
    int o16 = 0, a16 = 0;
    unsigned p = 0;
    for (; p < n && p < 14; p++) {
        uint8_t c = b[p];
        if (c == 0x66)
            o16 = 1;
        else if (c == 0x67)
            a16 = 1;
        else if (c == 0xF2 || c == 0xF3)
            i->rep = c;
        else if (c != 0x26 && c != 0x2E && c != 0x36 && c != 0x3E && c != 0x64 && c != 0x65 &&
                 c != 0xF0)
            break;
    }
    if (p >= n)
        return -1;
    i->osize = (uint8_t)((code32 != 0) != o16 ? 4 : 2);
    i->asize = (uint8_t)((code32 != 0) != a16 ? 4 : 2);
    if (b[p] == 0x0F) {
        if (p + 1 >= n)
            return -1;
        i->op = 0x100u | b[p + 1];
        p += 2;
    } else {
        i->op = b[p++];
    }
    i->len = (uint8_t)p;
    if (p < n)
        i->modrm = b[p];
    if (i->op == 0xC0 || i->op == 0xC1 || i->op == 0x1A4 || i->op == 0x1AC) {
        int ml = modrm_len(b + p, n - p, i->asize);
        if (ml < 0 || p + (unsigned)ml >= n)
            return -1;
        i->imm8 = b[p + (unsigned)ml];
    }
    return 0;
}

int kinsn_is_string(const struct kinsn *i)
{
    return (i->op >= 0xA4 && i->op <= 0xA7) || (i->op >= 0xAA && i->op <= 0xAF) ||
           (i->op >= 0x6C && i->op <= 0x6F);
}

int kinsn_is_x87(const struct kinsn *i) { return i->op >= 0xD8 && i->op <= 0xDF; }

int kinsn_is_pm_event(const struct kinsn *i)
{
    switch (i->op) {
    case 0xCC: case 0xCD: case 0xCE: case 0xCF: case 0xF1: case 0x134: case 0x135:
        return 1;
    default:
        return 0;
    }
}

int kinsn_is_answered(const struct kinsn *i)
{
    switch (i->op) {
    case 0x1A2:   /* CPUID: the master's model, not the host's */
    case 0x131:   /* RDTSC: virtual time */
    case 0x130: case 0x132: case 0x133:   /* WRMSR RDMSR RDPMC */
    case 0xF4:    /* HLT: the slave waits for the master's next interrupt */
    case 0x121: case 0x123:   /* MOV DRx: the slave's DRs are the single-stepper's */
        return 1;
    default:
        return 0;
    }
}

int kinsn_is_escape(const struct kinsn *i)
{
    return i->op == 0x1B9 && i->modrm == (i->asize == 2 ? 0x3E : 0x3D);
}
#endif
