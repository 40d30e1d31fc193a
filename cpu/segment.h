/* Segment register loads. Real mode: base = selector << 4, and the cached
 * limit and attributes stay as they were (which is what makes "unreal" mode). */
#ifndef TWIN86_SEGMENT_H
#define TWIN86_SEGMENT_H

#include "cpu_state.h"

void seg_load(cpu *c, unsigned seg, uint16_t sel);
/* CS:EIP for far JMP/CALL/RET/IRET and interrupts. */
void seg_load_cs_eip(cpu *c, uint16_t sel, uint32_t eip);

#endif
