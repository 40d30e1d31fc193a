/* Instruction handlers, one file per instruction family (ops_*.c). Each takes
 * the CPU and the decoded record; EIP already points past the instruction. */
#ifndef TWIN86_OPS_H
#define TWIN86_OPS_H

#include "insn.h"

/* ops_alu.c */
void op_alu_EG(cpu *c, const insn *i);
void op_alu_GE(cpu *c, const insn *i);
void op_alu_AI(cpu *c, const insn *i);
void op_alu_EI(cpu *c, const insn *i);
void op_test_EG(cpu *c, const insn *i);
void op_test_AI(cpu *c, const insn *i);
void op_test_EI(cpu *c, const insn *i);
void op_incdec_r(cpu *c, const insn *i);
void op_incdec_E(cpu *c, const insn *i);
void op_not_E(cpu *c, const insn *i);
void op_neg_E(cpu *c, const insn *i);
/* ops_mov.c */
void op_mov_EG(cpu *c, const insn *i);
void op_mov_GE(cpu *c, const insn *i);
void op_mov_EI(cpu *c, const insn *i);
void op_mov_rI(cpu *c, const insn *i);
void op_mov_AO(cpu *c, const insn *i);
void op_lea(cpu *c, const insn *i);
void op_xchg_EG(cpu *c, const insn *i);
void op_xchg_Ar(cpu *c, const insn *i);
void op_nop(cpu *c, const insn *i);
void op_movx(cpu *c, const insn *i);
void op_cbw(cpu *c, const insn *i);
void op_cwd(cpu *c, const insn *i);
void op_xlat(cpu *c, const insn *i);
void op_bswap(cpu *c, const insn *i);
void op_cmov(cpu *c, const insn *i);
void op_setcc(cpu *c, const insn *i);
void op_lahf(cpu *c, const insn *i);
void op_sahf(cpu *c, const insn *i);
void op_salc(cpu *c, const insn *i);
/* ops_stack.c */
void op_push_r(cpu *c, const insn *i);
void op_pop_r(cpu *c, const insn *i);
void op_push_I(cpu *c, const insn *i);
void op_push_E(cpu *c, const insn *i);
void op_pop_E(cpu *c, const insn *i);
void op_pusha(cpu *c, const insn *i);
void op_popa(cpu *c, const insn *i);
void op_pushf(cpu *c, const insn *i);
void op_popf(cpu *c, const insn *i);
void op_enter(cpu *c, const insn *i);
void op_leave(cpu *c, const insn *i);
/* ops_seg.c */
void op_mov_ES(cpu *c, const insn *i);
void op_mov_SE(cpu *c, const insn *i);
void op_push_S(cpu *c, const insn *i);
void op_pop_S(cpu *c, const insn *i);
void op_load_far(cpu *c, const insn *i);
/* ops_ctrl.c */
void op_jcc(cpu *c, const insn *i);
void op_jmp_J(cpu *c, const insn *i);
void op_call_J(cpu *c, const insn *i);
void op_call_E(cpu *c, const insn *i);
void op_jmp_E(cpu *c, const insn *i);
void op_ret(cpu *c, const insn *i);
void op_call_far_I(cpu *c, const insn *i);
void op_call_far_E(cpu *c, const insn *i);
void op_jmp_far_I(cpu *c, const insn *i);
void op_jmp_far_E(cpu *c, const insn *i);
void op_retf(cpu *c, const insn *i);
void op_loop(cpu *c, const insn *i);
void op_int(cpu *c, const insn *i);
void op_int3(cpu *c, const insn *i);
void op_int1(cpu *c, const insn *i);
void op_into(cpu *c, const insn *i);
void op_iret(cpu *c, const insn *i);
void op_bound(cpu *c, const insn *i);
void op_hlt(cpu *c, const insn *i);
/* ops_flags.c */
void op_clc(cpu *c, const insn *i);
void op_stc(cpu *c, const insn *i);
void op_cmc(cpu *c, const insn *i);
void op_cld(cpu *c, const insn *i);
void op_std(cpu *c, const insn *i);
void op_cli(cpu *c, const insn *i);
void op_sti(cpu *c, const insn *i);
/* ops_shift.c */
void op_shift(cpu *c, const insn *i);
void op_shxd(cpu *c, const insn *i);
/* ops_muldiv.c */
void op_mul(cpu *c, const insn *i);
void op_imul1(cpu *c, const insn *i);
void op_imul2(cpu *c, const insn *i);
void op_imul3(cpu *c, const insn *i);
void op_div(cpu *c, const insn *i);
void op_idiv(cpu *c, const insn *i);
/* ops_bcd.c */
void op_daa_das(cpu *c, const insn *i);
void op_aaa_aas(cpu *c, const insn *i);
void op_aam(cpu *c, const insn *i);
void op_aad(cpu *c, const insn *i);
/* ops_bit.c */
void op_bt_EG(cpu *c, const insn *i);
void op_bt_EI(cpu *c, const insn *i);
void op_bsf_bsr(cpu *c, const insn *i);
/* ops_atomic.c */
void op_xadd(cpu *c, const insn *i);
void op_cmpxchg(cpu *c, const insn *i);
void op_cmpxchg8b(cpu *c, const insn *i);
/* ops_string.c */
void op_string(cpu *c, const insn *i);
/* ops_io.c */
void op_in(cpu *c, const insn *i);
void op_out(cpu *c, const insn *i);
/* ops_system.c */
void op_cpuid(cpu *c, const insn *i);
void op_rdtsc(cpu *c, const insn *i);
void op_rdpmc(cpu *c, const insn *i);
void op_rdmsr(cpu *c, const insn *i);
void op_wrmsr(cpu *c, const insn *i);
void op_mov_cr(cpu *c, const insn *i);
void op_mov_dr(cpu *c, const insn *i);
void op_sgdt_sidt(cpu *c, const insn *i);
void op_lgdt_lidt(cpu *c, const insn *i);
void op_smsw(cpu *c, const insn *i);
void op_lmsw(cpu *c, const insn *i);
void op_invlpg(cpu *c, const insn *i);
void op_clts(cpu *c, const insn *i);
void op_cache(cpu *c, const insn *i);
/* ops_pmode.c */
void op_grp6(cpu *c, const insn *i);
void op_lar_lsl(cpu *c, const insn *i);
void op_arpl(cpu *c, const insn *i);
void op_sysenter(cpu *c, const insn *i);
void op_sysexit(cpu *c, const insn *i);
/* ops_hostapi.c */
void op_ud1(cpu *c, const insn *i);
/* fpu.c */
void op_fpu(cpu *c, const insn *i);
void op_fwait(cpu *c, const insn *i);

#endif
