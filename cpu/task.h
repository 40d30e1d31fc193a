/* Hardware task switching through TSS descriptors and task gates. */
#ifndef TWIN86_TASK_H
#define TWIN86_TASK_H

#include "segment.h"

enum task_source { TASK_JMP, TASK_CALL, TASK_IRET, TASK_INT };

/* Switches to the task whose TSS descriptor `d` the selector names. For
 * TASK_INT with has_error, the error code is pushed on the new task's stack. */
void task_switch(cpu *c, uint16_t sel, struct desc d, enum task_source src, int has_error,
                 uint32_t error);

/* A task gate (from JMP, CALL or the IDT): resolves it to its TSS and switches. */
void task_gate(cpu *c, struct desc gate, enum task_source src, int has_error, uint32_t error,
               uint32_t ext);

#endif
