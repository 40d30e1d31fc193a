/* Segment registers and descriptors: loading selectors in real, virtual-8086
 * and protected mode with the manuals' checks, and the descriptor-table
 * accesses that far transfers, interrupts and task switches share. */
#ifndef TWIN86_SEGMENT_H
#define TWIN86_SEGMENT_H

#include "cpu_state.h"

/* A descriptor as two 32-bit words (low, high), in memory order. */
struct desc {
    uint32_t lo, hi;
};

static inline uint32_t desc_base(struct desc d) { return (d.lo >> 16) | ((d.hi & 0xFF) << 16) | (d.hi & 0xFF000000u); }
static inline uint32_t desc_limit(struct desc d)
{
    uint32_t l = (d.lo & 0xFFFF) | (d.hi & 0x000F0000u);
    return (d.hi & 0x00800000u) ? (l << 12) | 0xFFF : l;
}
static inline unsigned desc_type(struct desc d) { return (d.hi >> 8) & 0xF; }
static inline int desc_s(struct desc d) { return (d.hi >> 12) & 1; }        /* code/data */
static inline unsigned desc_dpl(struct desc d) { return (d.hi >> 13) & 3; }
static inline int desc_present(struct desc d) { return (d.hi >> 15) & 1; }
static inline uint16_t desc_attr(struct desc d) { return (uint16_t)(((d.hi >> 8) & 0xFF) | ((d.hi >> 8) & 0xF000)); }
static inline int desc_is_code(struct desc d) { return desc_s(d) && (d.hi & 0x800); }
static inline int desc_is_data(struct desc d) { return desc_s(d) && !(d.hi & 0x800); }
static inline int desc_conforming(struct desc d) { return desc_is_code(d) && (d.hi & 0x400); }
static inline int desc_readable(struct desc d) { return desc_is_data(d) || (desc_is_code(d) && (d.hi & 0x200)); }
static inline int desc_writable_data(struct desc d) { return desc_is_data(d) && (d.hi & 0x200); }
/* Gate fields. */
static inline uint16_t gate_selector(struct desc d) { return (uint16_t)(d.lo >> 16); }
static inline uint32_t gate_offset(struct desc d, int gate32)
{
    return gate32 ? (d.lo & 0xFFFF) | (d.hi & 0xFFFF0000u) : (d.lo & 0xFFFF);
}

enum {
    SYS_TSS16_AVAIL = 1, SYS_LDT = 2, SYS_TSS16_BUSY = 3, SYS_CALL16 = 4, SYS_TASK = 5,
    SYS_INT16 = 6, SYS_TRAP16 = 7, SYS_TSS32_AVAIL = 9, SYS_TSS32_BUSY = 11, SYS_CALL32 = 12,
    SYS_INT32 = 14, SYS_TRAP32 = 15,
};

/* Reads the descriptor a selector names (GDT or LDT). Returns 0, or -1 when
 * the selector is outside the table. */
int desc_fetch(cpu *c, uint16_t sel, struct desc *d);
/* Raises `vector` with the selector's error code unless the fetch succeeds. */
struct desc desc_fetch_or(cpu *c, uint16_t sel, int vector);
void desc_set_accessed(cpu *c, uint16_t sel, struct desc *d);
void desc_write_hi(cpu *c, uint16_t sel, uint32_t hi);

/* Fills a descriptor cache and its access ranges. */
void seg_cache_load(struct segreg *s, uint16_t sel, struct desc d);
void seg_cache_null(struct segreg *s, uint16_t sel);
void seg_set_ranges(struct segreg *s, int real);
/* Real-address and virtual-8086 style loads (base = sel << 4). */
void seg_load_real(cpu *c, unsigned seg, uint16_t sel);

/* MOV/POP/LxS to a data or stack segment register, with every check. */
/* After MOV SS and POP SS (not LSS): interrupts and debug traps wait until
 * the next instruction has run, so SS:ESP can be loaded in two steps. */
void seg_ss_shadow(cpu *c);
void seg_load(cpu *c, unsigned seg, uint16_t sel);

/* CS:EIP for a transfer that stays at the current privilege and needs no
 * descriptor checks (real and virtual-8086 mode). */
void seg_load_cs_eip(cpu *c, uint16_t sel, uint32_t eip);
/* Loads CS from a checked code descriptor at privilege `cpl`. */
void seg_load_cs_desc(cpu *c, uint16_t sel, struct desc d, unsigned cpl, uint32_t eip);


/* After a return to an outer level: data segments the new CPL may not use
 * become null. */
void seg_validate_outer(cpu *c);

#endif
