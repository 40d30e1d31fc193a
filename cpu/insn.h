/* The decoded-instruction record: everything the handler needs, resolved once
 * by the decoder so that execution never looks at instruction bytes again. */
#ifndef TWIN86_INSN_H
#define TWIN86_INSN_H

#include <stdint.h>
#include "cpu_state.h"

typedef struct insn insn;
typedef void (*insn_fn)(cpu *c, const insn *i);

/* insn.flags */
enum {
    I_OP32 = 1u << 0,    /* operand size 32 */
    I_AD32 = 1u << 1,    /* address size 32 */
    I_REP = 1u << 2,     /* F3 prefix (REP / REPE) */
    I_REPNE = 1u << 3,   /* F2 prefix */
    I_LOCK = 1u << 4,
    I_SEGOVR = 1u << 5,  /* an explicit segment override prefix is present */
    I_END = 1u << 6,     /* nothing after it belongs in the same trace */
};

/* Ordered so that it packs into 48 bytes (records are walked in order). */
struct insn {
    insn_fn fn;          /* the operation */
    insn_fn exec;        /* in a trace: the operation, then on to the next record */
    uint32_t eip, next_eip;  /* in a trace: where it starts and where it ends */
    uint32_t disp;       /* displacement; moffs for A0-A3 */
    uint32_t imm;        /* first immediate (sign-extended where the opcode says so) */
    uint16_t imm2;       /* second immediate: far selector, ENTER nesting level */
    uint16_t op;         /* opcode: 0x000-0x0FF one byte, 0x100-0x1FF after 0F */
    uint8_t len;
    uint8_t flags;
    uint8_t idx;         /* in a trace: position (ticks since the trace began) */
    uint8_t mod, reg, rm;
    uint8_t seg;         /* segment of the memory operand (default or override) */
    uint8_t base, index, scale;  /* EA = base + (index << scale) + disp; R_ZERO if absent */
};

/* Where the CPU is, also while a trace runs threaded (c->cur set): the
 * current instruction's EIP, the next EIP and the exact tick count. */
static inline uint32_t cpu_pos_insn_eip(const cpu *c) { return c->cur ? c->cur->eip : c->insn_eip; }
static inline uint32_t cpu_pos_eip(const cpu *c) { return c->cur ? c->cur->next_eip : c->eip; }
static inline uint64_t cpu_pos_icount(const cpu *c) { return c->icount + (c->cur ? c->cur->idx : 0); }
/* Leaves the threaded position for the explicit one (fault unwinding). */
static inline void cpu_pos_sync(cpu *c)
{
    if (c->cur) {
        c->icount += c->cur->idx;
        c->insn_eip = c->cur->eip;
        c->eip = c->cur->next_eip;
        c->cur = NULL;
    }
}

static inline unsigned osize(const insn *i) { return (i->flags & I_OP32) ? 4 : 2; }

/* Decodes the instruction at bytes[0..avail). Returns the length, or a
 * negative value: DECODE_UD (invalid encoding), DECODE_SHORT (needs bytes past
 * avail), DECODE_LONG (longer than 15 bytes). */
enum { DECODE_UD = -1, DECODE_SHORT = -2, DECODE_LONG = -3 };
int decode(insn *i, const uint8_t *bytes, int avail, int code32);
/* The same with the generic handler (decode() picks a specialised one
 * where there is one): what a CPU with its fast paths off runs. */
int decode_plain(insn *i, const uint8_t *bytes, int avail, int code32);

#endif
