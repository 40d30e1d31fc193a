/* What the prompt's command files share (internal to debug/): the addressed
 * simulator, reading guest code and memory through the callback table, the
 * runner behind c/s/p and trace, the table and stack dumps, completion. */
#ifndef TWIN86_DEBUG_CMDS_H
#define TWIN86_DEBUG_CMDS_H

#include "ctl.h"

/* The simulator the inspection and run commands address (sim1/sim2). */
static inline dbg_sim *cmd_sim(dbg_ctl *d) { return d->sim[d->cur]; }

/* A number in C syntax (0x.., 0.., decimal); 0 or -1 when not one. */
int cmd_parse_num(const char *s, uint32_t *v);

/* Reads n bytes at a linear address page by page; returns how many could
 * be read before an unmapped page. */
unsigned cmd_read_lin(dbg_sim *s, uint32_t lin, uint8_t *buf, unsigned n);

/* The instruction at CS:EIP of a state: its bytes, length (twin86's
 * decoder; 0 when the bytes are unreadable or invalid) and disassembly. */
struct cmd_insn {
    uint32_t lin;
    int code32;
    uint8_t bytes[16];
    unsigned avail; /* bytes readable */
    int len;
    char text[128];
};
void cmd_insn_at(dbg_sim *s, const struct cpu_state *st, struct cmd_insn *ci);
/* "0000:00001003  01C0  add ax, ax" into out. */
void cmd_insn_format(const struct cpu_state *st, const struct cmd_insn *ci, char *out,
                     size_t outsz);
/* The next instruction of the addressed simulator, formatted, on a line. */
void cmd_show_next(dbg_ctl *d);
/* "(sim1) WHAT at icount N, CS:EIP (linear L, NN-bit)", as the controller
 * reports its stops. */
void cmd_report_here(dbg_ctl *d, const char *what);

/* ---- running (cmd_run.c) ---- */

/* Where a step over a call ends: CS:EIP reached with SS:ESP back at or
 * above sp (16-bit compare when the stack is 16-bit). */
struct run_until {
    uint16_t cs;
    uint32_t eip;
    uint32_t sp;
    int sp32;
};
enum run_result {
    RUN_STOPPED,    /* a user's guard, Ctrl-C, the guest's end (reported) */
    RUN_TICKS_DONE, /* the requested ticks ran */
    RUN_REACHED,    /* the run_until point was reached */
    RUN_DIVERGED,   /* the simulators diverged (reported) */
};
/* Runs the addressed simulator (both in lockstep) for `ticks` (UINT64_MAX:
 * no limit) or until `u` (may be NULL). With d->trace every tick is
 * printed; without it the run goes through the controller in one piece. */
enum run_result cmd_run(dbg_ctl *d, uint64_t ticks, const struct run_until *u);
/* `p`: steps over CALL, INT n/INTO/INT3 and REP string instructions. */
void cmd_step_over(dbg_ctl *d);

/* Holds SIGINT back (returns whether it was already held) and lets it in
 * again, so a Ctrl-C during a traced step is seen after the step (sigblock.c). */
int dbg_sigint_hold(void);
void dbg_sigint_release(int was_held);

/* ---- inspection ---- */

/* info gdt|idt|ldt|tss (cmd_tables.c); -1 for an unknown table. */
int cmd_info_table(dbg_ctl *d, const char *which);
/* info tab: the present mappings of the current page tables (cmd_pagetab.c). */
void cmd_info_tab(dbg_ctl *d);
/* print-stack [n]: n stack words at SS:ESP (cmd_stack.c). */
void cmd_print_stack(dbg_ctl *d, unsigned n);

/* ---- names, for `set` and completion (complete.c) ---- */

/* The register names `set $reg = v` takes, indexed by enum cpu_reg. */
extern const char *const cmd_reg_names[REG_COUNT];
/* The words that may stand at offset `start` of `line` (the words before it
 * decide), NULL-terminated; *files is set when a file name goes there. */
const char *const *dbg_complete_words(const char *line, int start, int *files);

#endif
