/* Results the manuals (Intel SDM vol. 2, AMD APM vol. 3) leave undefined,
 * per instruction class: the KVM slave's comparison with its reference
 * ignores them and then copies the reference's values into the vCPU, so a
 * later PUSHF, Jcc or ADC sees the master's bits and one masked difference
 * does not cascade. docs/cosim.md has the same table.
 *
 *   class                            opcodes                  undefined
 *   AND OR XOR TEST                  08-0D 20-25 30-35 84 85  AF
 *                                    A8 A9 80-83/1,4,6 F6-F7/0,1
 *   MUL IMUL                         F6-F7/4,5 0FAF 69 6B     SF ZF AF PF
 *   DIV IDIV                         F6-F7/6,7                CF OF SF ZF AF PF
 *   SHL SHR SAL SAR (count c != 0)   C0 C1 D0-D3 /4-7         AF; OF if c > 1;
 *                                                             CF if SHL/SHR and c >= width
 *   ROL ROR RCL RCR (count c != 0)   C0 C1 D0-D3 /0-3         OF if c != 1
 *   SHLD SHRD (count c != 0)         0FA4 0FA5 0FAC 0FAD      AF; OF if c > 1; if c > width
 *                                                             all six and the result
 *   BT BTS BTR BTC                   0FA3 0FAB 0FB3 0FBB      OF SF AF PF
 *                                    0FBA/4-7
 *   BSF BSR                          0FBC 0FBD                CF OF SF AF PF; the
 *                                                             destination if the source is 0
 *   AAA AAS                          37 3F                    OF SF ZF PF
 *   AAM AAD                          D4 D5                    OF AF CF
 *   DAA DAS                          27 2F                    OF
 *   PUSH Sreg, 32-bit operand        06 0E 16 1E 0FA0 0FA8    the upper half of the
 *                                                             pushed dword (a CPU may
 *                                                             zero it or leave it)
 *
 * Counts are masked to 5 bits first, as every IA-32 CPU since the 80286 does. */
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

enum { CF = 0x001, PF = 0x004, AF = 0x010, ZF = 0x040, SF = 0x080, OF = 0x800,
       ARITH = CF | PF | AF | ZF | SF | OF };

static unsigned shift_count(const struct kinsn *i, const struct cpu_state *pre)
{
    unsigned c;
    switch (i->op) {
    case 0xD0: case 0xD1: c = 1; break;
    case 0xC0: case 0xC1: case 0x1A4: case 0x1AC: c = (unsigned)i->imm8; break;
    default: c = pre->gpr[1] & 0xFF; break;   /* CL */
    }
    return c & 0x1F;
}

static int byte_op(unsigned op) { return op == 0xC0 || op == 0xD0 || op == 0xD2; }

static void shifts(const struct kinsn *i, unsigned c, struct undef *u)
{
    unsigned width = byte_op(i->op) ? 8 : i->osize * 8u, r = kinsn_reg(i);
    if (c == 0)
        return;
    if (r >= 4) {   /* SHL SHR SAL SAR */
        u->flags = AF | (c > 1 ? OF : 0);
        if (r != 7 && c >= width)
            u->flags |= CF;
    } else if (c != 1) {
        u->flags = OF;
    }
}

static void double_shifts(const struct kinsn *i, unsigned c, struct undef *u)
{
    if (c == 0)
        return;
    u->flags = AF | (c > 1 ? OF : 0);
    if (c > i->osize * 8u) {
        u->flags = ARITH;
        if ((i->modrm >> 6) == 3)
            u->reg = i->modrm & 7;
        else
            u->mem = 1;
    }
}

void undef_of(const struct kinsn *i, const struct cpu_state *pre, const struct cpu_state *post,
              struct undef *u)
{
    unsigned op = i->op, r = kinsn_reg(i);
    u->flags = 0;
    u->reg = -1;
    u->mem = 0;
    if ((op <= 0x35 && ((op & 0xF8) == 0x08 || (op & 0xF8) == 0x20 || (op & 0xF8) == 0x30) &&
         (op & 7) <= 5) ||
        op == 0x84 || op == 0x85 || op == 0xA8 || op == 0xA9) {
        u->flags = AF;
        return;
    }
    switch (op) {
    case 0x80: case 0x81: case 0x82: case 0x83:
        if (r == 1 || r == 4 || r == 6)
            u->flags = AF;
        break;
    case 0xF6: case 0xF7:
        u->flags = r <= 1 ? AF : r == 4 || r == 5 ? SF | ZF | AF | PF : r >= 6 ? ARITH : 0;
        break;
    case 0x1AF: case 0x69: case 0x6B: u->flags = SF | ZF | AF | PF; break;
    case 0xC0: case 0xC1: case 0xD0: case 0xD1: case 0xD2: case 0xD3:
        shifts(i, shift_count(i, pre), u);
        break;
    case 0x1A4: case 0x1A5: case 0x1AC: case 0x1AD:
        double_shifts(i, shift_count(i, pre), u);
        break;
    case 0x1A3: case 0x1AB: case 0x1B3: case 0x1BB: u->flags = OF | SF | AF | PF; break;
    case 0x1BA:
        if (r >= 4)
            u->flags = OF | SF | AF | PF;
        break;
    case 0x1BC: case 0x1BD:
        u->flags = CF | OF | SF | AF | PF;
        if (post->eflags & ZF)
            u->reg = r;
        break;
    case 0x37: case 0x3F: u->flags = OF | SF | ZF | PF; break;
    case 0xD4: case 0xD5: u->flags = OF | AF | CF; break;
    case 0x27: case 0x2F: u->flags = OF; break;
    case 0x06: case 0x0E: case 0x16: case 0x1E: case 0x1A0: case 0x1A8:
        u->mem = i->osize == 4;
        break;
    default: break;
    }
}
#endif
