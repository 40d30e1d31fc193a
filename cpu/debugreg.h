/* Debug registers DR0-DR3/DR6/DR7: instruction breakpoints (faults, checked
 * at the instruction boundary unless EFLAGS.RF) and data breakpoints (traps
 * after the instruction; while armed every access takes the slow path, which
 * calls dbg_check_data). I/O breakpoints need CR4.DE, which the model lacks. */
#ifndef TWIN86_DEBUGREG_H
#define TWIN86_DEBUGREG_H

#include "cpu_state.h"

/* Re-derives dbg_exec/dbg_data after DR7 changes. */
void dbg_update(cpu *c);
/* Instruction breakpoints matching linear address lin, as DR6 B bits. */
uint32_t dbg_match_exec(const cpu *c, uint32_t lin);
/* Records data breakpoints an access of size bytes at lin hits. */
void dbg_check_data(cpu *c, uint32_t lin, unsigned size, int write);

#endif
