/* x87 FPU state, embedded in struct cpu. Owned by the fpu*.c files. */
#ifndef TWIN86_FPU_STATE_H
#define TWIN86_FPU_STATE_H

#include <stdint.h>

/* An 80-bit extended-precision value as the x87 stores it. */
typedef struct {
    uint64_t mant; /* explicit integer bit at bit 63 */
    uint16_t se;   /* sign (bit 15) and biased exponent */
} fpu_reg;

struct fpu {
    fpu_reg st[8];   /* physical registers R0..R7 */
    uint16_t cw, sw; /* control word; status word (TOP in bits 11-13) */
    uint16_t tw;     /* tag word, 2 bits per physical register, kept current */
    uint16_t fop;    /* last non-control opcode (11 bits) */
    uint32_t fip,
        fdp; /* last instruction / operand pointer (offsets; linear in real-mode images) */
    uint16_t fcs, fds; /* and their selectors */
    uint8_t ferr_line; /* FERR# is asserted (CR0.NE=0 error reporting) */
};

#endif
