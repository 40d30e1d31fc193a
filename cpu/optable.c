/* The decode table. Rows are opcodes (0F xx at 0x100 + xx); an empty row is an
 * undefined encoding and raises #UD. Groups select by ModRM.reg. */
#include "ops.h"
#include "optable.h"

enum {
    G1_B, G1_Z, G1_BS, G1A, G2, G2_I, G3_B, G3_Z, G4, G5, G11_B, G11_Z, G6, G7, G8, G9,
};

#define M D_MODRM
#define L D_LOCK
#define MO D_MEMONLY

/* LOCK is legal on the memory forms of every ALU operation but CMP (38h). */
#define ALU_ROW(b)                                                \
    [(b) + 0] = {op_alu_EG, (b) == 0x38 ? M : M | L, IMM_NONE, 0}, \
    [(b) + 1] = {op_alu_EG, (b) == 0x38 ? M : M | L, IMM_NONE, 0}, \
    [(b) + 2] = {op_alu_GE, M, IMM_NONE, 0},                     \
    [(b) + 3] = {op_alu_GE, M, IMM_NONE, 0},                     \
    [(b) + 4] = {op_alu_AI, 0, IMM_B, 0},                        \
    [(b) + 5] = {op_alu_AI, 0, IMM_Z, 0}

#define GROUP(g) {NULL, M | D_GROUP, IMM_NONE, g}
#define RANGE8(first, fn, form, imm) \
    [first] = {fn, form, imm, 0}, [first + 1] = {fn, form, imm, 0}, [first + 2] = {fn, form, imm, 0}, \
    [first + 3] = {fn, form, imm, 0}, [first + 4] = {fn, form, imm, 0}, [first + 5] = {fn, form, imm, 0}, \
    [first + 6] = {fn, form, imm, 0}, [first + 7] = {fn, form, imm, 0}

const struct opdesc optable[512] = {
    ALU_ROW(0x00), ALU_ROW(0x08), ALU_ROW(0x10), ALU_ROW(0x18),
    ALU_ROW(0x20), ALU_ROW(0x28), ALU_ROW(0x30), ALU_ROW(0x38),
    [0x06] = {op_push_S, 0, IMM_NONE, 0}, [0x07] = {op_pop_S, 0, IMM_NONE, 0},
    [0x0E] = {op_push_S, 0, IMM_NONE, 0},
    [0x16] = {op_push_S, 0, IMM_NONE, 0}, [0x17] = {op_pop_S, 0, IMM_NONE, 0},
    [0x1E] = {op_push_S, 0, IMM_NONE, 0}, [0x1F] = {op_pop_S, 0, IMM_NONE, 0},
    [0x27] = {op_daa_das, 0, IMM_NONE, 0}, [0x2F] = {op_daa_das, 0, IMM_NONE, 0},
    [0x37] = {op_aaa_aas, 0, IMM_NONE, 0}, [0x3F] = {op_aaa_aas, 0, IMM_NONE, 0},
    RANGE8(0x40, op_incdec_r, 0, IMM_NONE), RANGE8(0x48, op_incdec_r, 0, IMM_NONE),
    RANGE8(0x50, op_push_r, 0, IMM_NONE), RANGE8(0x58, op_pop_r, 0, IMM_NONE),
    [0x60] = {op_pusha, 0, IMM_NONE, 0}, [0x61] = {op_popa, 0, IMM_NONE, 0},
    [0x62] = {op_bound, M | MO, IMM_NONE, 0}, [0x63] = {op_arpl, M, IMM_NONE, 0},
    [0x68] = {op_push_I, 0, IMM_Z, 0}, [0x69] = {op_imul3, M, IMM_Z, 0},
    [0x6A] = {op_push_I, 0, IMM_BS, 0}, [0x6B] = {op_imul3, M, IMM_BS, 0},
    [0x6C] = {op_string, D_END, IMM_NONE, 0}, [0x6D] = {op_string, D_END, IMM_NONE, 0},
    [0x6E] = {op_string, D_END, IMM_NONE, 0}, [0x6F] = {op_string, D_END, IMM_NONE, 0},
    RANGE8(0x70, op_jcc, 0, IMM_BS), RANGE8(0x78, op_jcc, 0, IMM_BS),
    [0x80] = GROUP(G1_B), [0x81] = GROUP(G1_Z), [0x82] = GROUP(G1_B), [0x83] = GROUP(G1_BS),
    [0x84] = {op_test_EG, M, IMM_NONE, 0}, [0x85] = {op_test_EG, M, IMM_NONE, 0},
    [0x86] = {op_xchg_EG, M | L, IMM_NONE, 0}, [0x87] = {op_xchg_EG, M | L, IMM_NONE, 0},
    [0x88] = {op_mov_EG, M, IMM_NONE, 0}, [0x89] = {op_mov_EG, M, IMM_NONE, 0},
    [0x8A] = {op_mov_GE, M, IMM_NONE, 0}, [0x8B] = {op_mov_GE, M, IMM_NONE, 0},
    [0x8C] = {op_mov_ES, M, IMM_NONE, 0}, [0x8D] = {op_lea, M | MO, IMM_NONE, 0},
    [0x8E] = {op_mov_SE, M, IMM_NONE, 0}, [0x8F] = GROUP(G1A),
    [0x90] = {op_nop, 0, IMM_NONE, 0},
    [0x91] = {op_xchg_Ar, 0, IMM_NONE, 0}, [0x92] = {op_xchg_Ar, 0, IMM_NONE, 0},
    [0x93] = {op_xchg_Ar, 0, IMM_NONE, 0}, [0x94] = {op_xchg_Ar, 0, IMM_NONE, 0},
    [0x95] = {op_xchg_Ar, 0, IMM_NONE, 0}, [0x96] = {op_xchg_Ar, 0, IMM_NONE, 0},
    [0x97] = {op_xchg_Ar, 0, IMM_NONE, 0},
    [0x98] = {op_cbw, 0, IMM_NONE, 0}, [0x99] = {op_cwd, 0, IMM_NONE, 0},
    [0x9A] = {op_call_far_I, D_END, IMM_FAR, 0}, [0x9B] = {op_fwait, 0, IMM_NONE, 0},
    [0x9C] = {op_pushf, 0, IMM_NONE, 0}, [0x9D] = {op_popf, 0, IMM_NONE, 0},
    [0x9E] = {op_sahf, 0, IMM_NONE, 0}, [0x9F] = {op_lahf, 0, IMM_NONE, 0},
    [0xA0] = {op_mov_AO, 0, IMM_MOFFS, 0}, [0xA1] = {op_mov_AO, 0, IMM_MOFFS, 0},
    [0xA2] = {op_mov_AO, 0, IMM_MOFFS, 0}, [0xA3] = {op_mov_AO, 0, IMM_MOFFS, 0},
    [0xA4] = {op_string, 0, IMM_NONE, 0}, [0xA5] = {op_string, 0, IMM_NONE, 0},
    [0xA6] = {op_string, 0, IMM_NONE, 0}, [0xA7] = {op_string, 0, IMM_NONE, 0},
    [0xA8] = {op_test_AI, 0, IMM_B, 0}, [0xA9] = {op_test_AI, 0, IMM_Z, 0},
    [0xAA] = {op_string, 0, IMM_NONE, 0}, [0xAB] = {op_string, 0, IMM_NONE, 0},
    [0xAC] = {op_string, 0, IMM_NONE, 0}, [0xAD] = {op_string, 0, IMM_NONE, 0},
    [0xAE] = {op_string, 0, IMM_NONE, 0}, [0xAF] = {op_string, 0, IMM_NONE, 0},
    RANGE8(0xB0, op_mov_rI, 0, IMM_B), RANGE8(0xB8, op_mov_rI, 0, IMM_Z),
    [0xC0] = GROUP(G2_I), [0xC1] = GROUP(G2_I),
    [0xC2] = {op_ret, D_END, IMM_W, 0}, [0xC3] = {op_ret, D_END, IMM_NONE, 0},
    [0xC4] = {op_load_far, M | MO, IMM_NONE, 0}, [0xC5] = {op_load_far, M | MO, IMM_NONE, 0},
    [0xC6] = GROUP(G11_B), [0xC7] = GROUP(G11_Z),
    [0xC8] = {op_enter, 0, IMM_ENTER, 0}, [0xC9] = {op_leave, 0, IMM_NONE, 0},
    [0xCA] = {op_retf, D_END, IMM_W, 0}, [0xCB] = {op_retf, D_END, IMM_NONE, 0},
    [0xCC] = {op_int3, D_END, IMM_NONE, 0}, [0xCD] = {op_int, D_END, IMM_B, 0},
    [0xCE] = {op_into, D_END, IMM_NONE, 0}, [0xCF] = {op_iret, D_END, IMM_NONE, 0},
    [0xD0] = GROUP(G2), [0xD1] = GROUP(G2), [0xD2] = GROUP(G2), [0xD3] = GROUP(G2),
    [0xD4] = {op_aam, 0, IMM_B, 0}, [0xD5] = {op_aad, 0, IMM_B, 0},
    [0xD6] = {op_salc, 0, IMM_NONE, 0}, [0xD7] = {op_xlat, 0, IMM_NONE, 0},
    RANGE8(0xD8, op_fpu, M, IMM_NONE),
    [0xE0] = {op_loop, 0, IMM_BS, 0}, [0xE1] = {op_loop, 0, IMM_BS, 0},
    [0xE2] = {op_loop, 0, IMM_BS, 0}, [0xE3] = {op_loop, 0, IMM_BS, 0},
    [0xE4] = {op_in, D_END, IMM_B, 0}, [0xE5] = {op_in, D_END, IMM_B, 0},
    [0xE6] = {op_out, D_END, IMM_B, 0}, [0xE7] = {op_out, D_END, IMM_B, 0},
    [0xE8] = {op_call_J, D_END, IMM_ZS_JUMP, 0}, [0xE9] = {op_jmp_J, D_END, IMM_ZS_JUMP, 0},
    [0xEA] = {op_jmp_far_I, D_END, IMM_FAR, 0}, [0xEB] = {op_jmp_J, D_END, IMM_BS, 0},
    [0xEC] = {op_in, D_END, IMM_NONE, 0}, [0xED] = {op_in, D_END, IMM_NONE, 0},
    [0xEE] = {op_out, D_END, IMM_NONE, 0}, [0xEF] = {op_out, D_END, IMM_NONE, 0},
    [0xF1] = {op_int1, D_END, IMM_NONE, 0}, [0xF4] = {op_hlt, D_END, IMM_NONE, 0},
    [0xF5] = {op_cmc, 0, IMM_NONE, 0}, [0xF6] = GROUP(G3_B), [0xF7] = GROUP(G3_Z),
    [0xF8] = {op_clc, 0, IMM_NONE, 0}, [0xF9] = {op_stc, 0, IMM_NONE, 0},
    [0xFA] = {op_cli, 0, IMM_NONE, 0}, [0xFB] = {op_sti, 0, IMM_NONE, 0},
    [0xFC] = {op_cld, 0, IMM_NONE, 0}, [0xFD] = {op_std, 0, IMM_NONE, 0},
    [0xFE] = GROUP(G4), [0xFF] = GROUP(G5),

    /* Two-byte opcodes. */
    [0x100] = GROUP(G6), [0x101] = GROUP(G7),
    [0x102] = {op_lar_lsl, M, IMM_NONE, 0}, [0x103] = {op_lar_lsl, M, IMM_NONE, 0},
    [0x106] = {op_clts, 0, IMM_NONE, 0}, [0x108] = {op_cache, 0, IMM_NONE, 0},
    [0x109] = {op_cache, 0, IMM_NONE, 0},
    RANGE8(0x118, op_nop, M, IMM_NONE),
    [0x120] = {op_mov_cr, M | D_REGONLY, IMM_NONE, 0}, [0x121] = {op_mov_dr, M | D_REGONLY, IMM_NONE, 0},
    [0x122] = {op_mov_cr, M | D_REGONLY | D_END, IMM_NONE, 0}, [0x123] = {op_mov_dr, M | D_REGONLY, IMM_NONE, 0},
    [0x130] = {op_wrmsr, D_END, IMM_NONE, 0}, [0x131] = {op_rdtsc, 0, IMM_NONE, 0},
    [0x132] = {op_rdmsr, 0, IMM_NONE, 0}, [0x133] = {op_rdpmc, 0, IMM_NONE, 0},
    [0x134] = {op_sysenter, D_END, IMM_NONE, 0}, [0x135] = {op_sysexit, D_END, IMM_NONE, 0},
    RANGE8(0x140, op_cmov, M, IMM_NONE), RANGE8(0x148, op_cmov, M, IMM_NONE),
    RANGE8(0x180, op_jcc, 0, IMM_ZS_JUMP), RANGE8(0x188, op_jcc, 0, IMM_ZS_JUMP),
    RANGE8(0x190, op_setcc, M, IMM_NONE), RANGE8(0x198, op_setcc, M, IMM_NONE),
    [0x1A0] = {op_push_S, 0, IMM_NONE, 0}, [0x1A1] = {op_pop_S, 0, IMM_NONE, 0},
    [0x1A2] = {op_cpuid, 0, IMM_NONE, 0}, [0x1A3] = {op_bt_EG, M, IMM_NONE, 0},
    [0x1A4] = {op_shxd, M, IMM_B, 0}, [0x1A5] = {op_shxd, M, IMM_NONE, 0},
    [0x1A8] = {op_push_S, 0, IMM_NONE, 0}, [0x1A9] = {op_pop_S, 0, IMM_NONE, 0},
    [0x1AB] = {op_bt_EG, M | L, IMM_NONE, 0},
    [0x1AC] = {op_shxd, M, IMM_B, 0}, [0x1AD] = {op_shxd, M, IMM_NONE, 0},
    [0x1AF] = {op_imul2, M, IMM_NONE, 0},
    [0x1B0] = {op_cmpxchg, M | L, IMM_NONE, 0}, [0x1B1] = {op_cmpxchg, M | L, IMM_NONE, 0},
    [0x1B2] = {op_load_far, M | MO, IMM_NONE, 0}, [0x1B3] = {op_bt_EG, M | L, IMM_NONE, 0},
    [0x1B4] = {op_load_far, M | MO, IMM_NONE, 0}, [0x1B5] = {op_load_far, M | MO, IMM_NONE, 0},
    [0x1B6] = {op_movx, M, IMM_NONE, 0}, [0x1B7] = {op_movx, M, IMM_NONE, 0},
    [0x1BA] = GROUP(G8), [0x1BB] = {op_bt_EG, M | L, IMM_NONE, 0},
    [0x1BC] = {op_bsf_bsr, M, IMM_NONE, 0}, [0x1BD] = {op_bsf_bsr, M, IMM_NONE, 0},
    [0x1BE] = {op_movx, M, IMM_NONE, 0}, [0x1BF] = {op_movx, M, IMM_NONE, 0},
    [0x1C0] = {op_xadd, M | L, IMM_NONE, 0}, [0x1C1] = {op_xadd, M | L, IMM_NONE, 0},
    [0x1B9] = {op_ud1, M | D_END, IMM_NONE, 0},
    [0x1C7] = GROUP(G9),
    RANGE8(0x1C8, op_bswap, 0, IMM_NONE),
};

#define ALU_GROUP(imm, cmp_lock)                                                     \
    {{op_alu_EI, L, imm, 0}, {op_alu_EI, L, imm, 0}, {op_alu_EI, L, imm, 0},          \
     {op_alu_EI, L, imm, 0}, {op_alu_EI, L, imm, 0}, {op_alu_EI, L, imm, 0},          \
     {op_alu_EI, L, imm, 0}, {op_alu_EI, cmp_lock, imm, 0}}
#define SHIFT_GROUP(imm)                                                             \
    {{op_shift, 0, imm, 0}, {op_shift, 0, imm, 0}, {op_shift, 0, imm, 0},             \
     {op_shift, 0, imm, 0}, {op_shift, 0, imm, 0}, {op_shift, 0, imm, 0},             \
     {op_shift, 0, imm, 0}, {op_shift, 0, imm, 0}}
/* F6/F7 /1 is an undocumented alias of TEST on every IA-32 CPU. */
#define UNARY_GROUP(imm)                                                             \
    {{op_test_EI, 0, imm, 0}, {op_test_EI, 0, imm, 0}, {op_not_E, L, IMM_NONE, 0},    \
     {op_neg_E, L, IMM_NONE, 0}, {op_mul, 0, IMM_NONE, 0}, {op_imul1, 0, IMM_NONE, 0},  \
     {op_div, 0, IMM_NONE, 0}, {op_idiv, 0, IMM_NONE, 0}}

const struct opdesc grouptable[][8] = {
    [G1_B] = ALU_GROUP(IMM_B, 0),
    [G1_Z] = ALU_GROUP(IMM_Z, 0),
    [G1_BS] = ALU_GROUP(IMM_BS, 0),
    [G1A] = {{op_pop_E, 0, IMM_NONE, 0}},
    [G2] = SHIFT_GROUP(IMM_NONE),
    [G2_I] = SHIFT_GROUP(IMM_B),
    [G3_B] = UNARY_GROUP(IMM_B),
    [G3_Z] = UNARY_GROUP(IMM_Z),
    [G4] = {{op_incdec_E, L, IMM_NONE, 0}, {op_incdec_E, L, IMM_NONE, 0}},
    [G5] = {{op_incdec_E, L, IMM_NONE, 0}, {op_incdec_E, L, IMM_NONE, 0},
            {op_call_E, D_END, IMM_NONE, 0}, {op_call_far_E, MO | D_END, IMM_NONE, 0},
            {op_jmp_E, D_END, IMM_NONE, 0}, {op_jmp_far_E, MO | D_END, IMM_NONE, 0},
            {op_push_E, 0, IMM_NONE, 0}},
    [G11_B] = {{op_mov_EI, 0, IMM_B, 0}},
    [G11_Z] = {{op_mov_EI, 0, IMM_Z, 0}},
    [G6] = {{op_grp6, 0, IMM_NONE, 0}, {op_grp6, 0, IMM_NONE, 0},
            {op_grp6, 0, IMM_NONE, 0}, {op_grp6, 0, IMM_NONE, 0},
            {op_grp6, 0, IMM_NONE, 0}, {op_grp6, 0, IMM_NONE, 0}},
    [G7] = {{op_sgdt_sidt, MO, IMM_NONE, 0}, {op_sgdt_sidt, MO, IMM_NONE, 0},
            {op_lgdt_lidt, MO, IMM_NONE, 0}, {op_lgdt_lidt, MO, IMM_NONE, 0},
            {op_smsw, 0, IMM_NONE, 0}, {NULL, 0, IMM_NONE, 0},
            {op_lmsw, D_END, IMM_NONE, 0}, {op_invlpg, MO | D_END, IMM_NONE, 0}},
    [G8] = {{NULL, 0, 0, 0}, {NULL, 0, 0, 0}, {NULL, 0, 0, 0}, {NULL, 0, 0, 0},
            {op_bt_EI, 0, IMM_B, 0}, {op_bt_EI, L, IMM_B, 0},
            {op_bt_EI, L, IMM_B, 0}, {op_bt_EI, L, IMM_B, 0}},
    [G9] = {{NULL, 0, 0, 0}, {op_cmpxchg8b, MO | L, IMM_NONE, 0}},
};
