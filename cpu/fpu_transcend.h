/* x87 transcendental functions on 80-bit values (fpu_transcend.c). */
#ifndef TWIN86_FPU_TRANSCEND_H
#define TWIN86_FPU_TRANSCEND_H

#include "fpu_float80.h"

int f80_trig_out_of_range(fpu_reg a);
fpu_reg f80_sin(struct f80_ctx *x, fpu_reg a);
fpu_reg f80_cos(struct f80_ctx *x, fpu_reg a);
fpu_reg f80_tan(struct f80_ctx *x, fpu_reg a);
fpu_reg f80_2xm1(struct f80_ctx *x, fpu_reg a);
fpu_reg f80_yl2x(struct f80_ctx *x, fpu_reg st0, fpu_reg st1);
fpu_reg f80_yl2xp1(struct f80_ctx *x, fpu_reg st0, fpu_reg st1);
fpu_reg f80_patan(struct f80_ctx *x, fpu_reg st0, fpu_reg st1);

#endif
