/* Protected-mode far transfers: JMP and CALL to code segments, call gates,
 * task gates and TSSs; RETF and IRET to the same or an outer level. */
#ifndef TWIN86_FARXFER_H
#define TWIN86_FARXFER_H

#include "cpu_state.h"

void pm_far_jump(cpu *c, uint16_t sel, uint32_t off, int op32);
void pm_far_call(cpu *c, uint16_t sel, uint32_t off, int op32);
void pm_far_return(cpu *c, int op32, uint16_t pop_bytes);
void pm_iret(cpu *c, int op32);

#endif
