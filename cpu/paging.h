/* Linear-to-physical translation: two-level page tables with 4 KiB pages and
 * 4 MiB PSE pages, accessed/dirty bits, U/S and R/W with CR0.WP, #PF. */
#ifndef TWIN86_PAGING_H
#define TWIN86_PAGING_H

#include "cpu_state.h"

/* kind: TLB_SR, TLB_SW, TLB_UR or TLB_UW. Raises #PF on failure; on success
 * returns the physical address (A20 applied) and fills the TLB entry. */
uint32_t page_translate(cpu *c, uint32_t lin, unsigned kind);

/* Side-effect-free walk for debuggers: returns 0 and sets *phys, or -1. */
int page_lookup(cpu *c, uint32_t lin, uint32_t *phys);

#define PF_P 1u
#define PF_W 2u
#define PF_U 4u
#define PF_RSVD 8u

#endif
