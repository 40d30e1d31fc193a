/* Internal interfaces between the x87 instruction files (fpu*.c). */
#ifndef TWIN86_FPU_OPS_H
#define TWIN86_FPU_OPS_H

#include "fpu_regs.h"
#include "insn.h"

/* fpu_mem.c: operands of 8, 10 and more bytes. Reads check the whole range
 * before reading; writes check the whole range is writable before writing,
 * so a fault leaves memory unchanged. */
void fpu_read(cpu *c, unsigned seg, uint32_t off, uint8_t *buf, unsigned len);
void fpu_write(cpu *c, unsigned seg, uint32_t off, const uint8_t *buf, unsigned len);
uint64_t fpu_read64(cpu *c, unsigned seg, uint32_t off);
fpu_reg fpu_read80(cpu *c, unsigned seg, uint32_t off);

/* fpu_ops_arith.c: D8/DA/DC/DE arithmetic and comparisons, FCOMI, FCMOV. */
void fpu_arith_mem(cpu *c, const insn *i, uint32_t off);
void fpu_arith_reg(cpu *c, const insn *i);
void fpu_compare_regs(cpu *c, unsigned src, int quiet, int pops);
void fpu_comi(cpu *c, const insn *i, int quiet, int pop);
void fpu_fcmov(cpu *c, const insn *i);

/* fpu_ops_move.c: loads, stores, FXCH, FFREE, constants. */
void fpu_load_store_mem(cpu *c, const insn *i, uint32_t off);
void fpu_fld_reg(cpu *c, unsigned src);
void fpu_fst_reg(cpu *c, unsigned dst, int pop);
void fpu_fxch(cpu *c, unsigned src);
void fpu_fld_const(cpu *c, enum f80_const k);

/* fpu_ops_misc.c: D9 E0-FF (sign, test, examine, transcendentals...). */
void fpu_d9_misc(cpu *c, const insn *i);

/* fpu_env.c: FLDENV, FSTENV, FSAVE, FRSTOR. */
void fpu_ldenv(cpu *c, const insn *i, uint32_t off);
void fpu_stenv(cpu *c, const insn *i, uint32_t off);
void fpu_save(cpu *c, const insn *i, uint32_t off);
void fpu_rstor(cpu *c, const insn *i, uint32_t off);

/* fpu.c */
void fpu_init(struct fpu *f);

#endif
