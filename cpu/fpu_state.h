/* x87 FPU state, embedded in struct cpu. Owned by the fpu_*.c files. */
#ifndef TWIN86_FPU_STATE_H
#define TWIN86_FPU_STATE_H

#include <stdint.h>

/* An 80-bit extended-precision value as the x87 stores it. */
typedef struct {
    uint64_t mant;      /* explicit integer bit at bit 63 */
    uint16_t se;        /* sign (bit 15) and biased exponent */
} fpu_reg;

struct fpu {
    fpu_reg st[8];      /* physical registers R0..R7 */
    uint16_t cw, sw, tw;/* control, status (TOP in bits 11-13), tag word (2 bits per register) */
    uint16_t fop;       /* last opcode (11 bits) */
    uint32_t fip, fdp;  /* last instruction / operand pointer (offsets) */
    uint16_t fcs, fds;  /* and their selectors */
};

#endif
