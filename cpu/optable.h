/* The decode table: the single source of truth for which opcodes exist, which
 * take a ModRM byte and which immediates, and which handler runs them. */
#ifndef TWIN86_OPTABLE_H
#define TWIN86_OPTABLE_H

#include "insn.h"

/* Immediate kinds. */
enum {
    IMM_NONE, IMM_B, IMM_BS, IMM_W, IMM_Z, IMM_ZS_JUMP, IMM_FAR, IMM_MOFFS, IMM_ENTER,
};

/* Form bits. */
enum {
    D_MODRM = 1u << 0,
    D_LOCK = 1u << 1,     /* LOCK allowed (memory destination only) */
    D_MEMONLY = 1u << 2,  /* register form (mod=3) is #UD */
    D_GROUP = 1u << 3,    /* handler chosen by ModRM.reg from group table `group` */
    D_REGONLY = 1u << 4,  /* ModRM always names registers (MOV CRn/DRn ignore mod) */
    D_END = 1u << 5,      /* ends a trace: transfers control, changes modes or the memory map */
};

struct opdesc {
    insn_fn fn;
    uint8_t form;
    uint8_t imm;
    uint8_t group;
};

extern const struct opdesc optable[512];
/* Sets the record's handlers: a faster one for its exact form when there is
 * one, else `generic` (ops_fast.c). */
void specialize(insn *i, insn_fn generic);
extern const struct opdesc grouptable[][8];

#endif
