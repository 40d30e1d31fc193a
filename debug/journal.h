/* The master's input journal (internal layout; API in twin86/debug.h).
 *
 * Everything the master's CPU saw that did not come from the CPU itself, in
 * the order it happened, stamped with the master's tick count (icount). A
 * slave that replays it to the same icount must reach the same state; it
 * never touches a device. The journal covers the ticks since the last
 * checkpoint (ctl.c), and each slave reads it with its own cursor.
 *
 * Two ways an entry is applied:
 *  - at an access: the slave's CPU does the same access and takes the
 *    master's answer (J_IN, J_OUT, J_MMIO_RD, J_MMIO_WR, and J_HOSTAPI for
 *    the escape instruction); a different access is a divergence;
 *  - at a boundary: before the slave's CPU runs the tick numbered icount, it
 *    applies the entry (J_INTR, J_NMI, J_RESET, J_IDLE, and the memory and
 *    map entries when not JF_NESTED).
 * Entries flagged JF_NESTED happened inside the next access entry (a DMA or
 * a PAM change done while serving an OUT, the memory a hostapi call wrote):
 * they come before it in the journal and are applied when it is replayed.
 *
 * The kinds (fields not named are 0; kinds are only ever added at the end):
 *  J_IN       port read: port, size, value (what the device answered).
 *  J_OUT      port write: port, size, value.
 *             Both: a20 is the A20 gate after the access (0/1), -1 unchanged.
 *  J_INTR     external interrupt delivered as tick icount: value = vector;
 *             tsc = the master's TSC then (it counts idle ticks while halted).
 *  J_MMIO_RD  CPU read of a device window: addr, size, value.
 *  J_MMIO_WR  CPU write to a device window: addr, size, value.
 *  J_DMA      a device wrote guest memory (DMA, hostapi answers): len bytes
 *             at addr, the bytes at data in the journal's byte store; written
 *             like the device did (mem_write_block, no force).
 *  J_SHADOW   the chipset (i440FX PAM) remapped [addr, addr+len) of the
 *             legacy area: value bit 0 reads RAM, bit 1 writes RAM.
 *  J_MAP_MMIO a device window now claims [addr, addr+len); its name is in
 *             the byte store (data, nbytes with the NUL).
 *  J_MAP_RAM  a RAM-backed window (a frame buffer) now claims [addr,
 *             addr+len), named likewise; the slave backs it with memory of
 *             its own, kept by name across moves.
 *  J_UNMAP    the window at addr went away.
 *  J_A20      the A20 gate changed outside a port access: value = 0/1.
 *  J_NMI      NMI delivered as tick icount; tsc as for J_INTR.
 *  J_RESET    the machine reset (8042, port 0x92, 0xCF9, triple fault or
 *             the user): the CPU takes its reset state at icount; the map
 *             entries of the devices' reset follow.
 *  J_IDLE     the master's CPU at icount: value = halted (0/1), tsc = its
 *             TSC; a halted slave takes both (time passed while halted).
 *  J_HOSTAPI  a hostapi call was served: addr = the block's linear address,
 *             port = how (0 escape, 1 doorbell), value = its status. Memory
 *             it wrote is in the J_DMA entries before it. */
#ifndef TWIN86_DEBUG_JOURNAL_H
#define TWIN86_DEBUG_JOURNAL_H

#include "twin86/debug.h"

enum jkind {
    J_IN, J_OUT, J_INTR,
    J_MMIO_RD, J_MMIO_WR, J_DMA, J_SHADOW, J_MAP_MMIO, J_MAP_RAM, J_UNMAP, J_A20,
    J_NMI, J_RESET, J_IDLE, J_HOSTAPI,
};
enum { JF_NESTED = 1 };
struct jentry {
    uint64_t icount;
    uint32_t value;
    uint16_t port;
    uint8_t kind, size;
    int8_t a20;          /* A20 after the access: 0/1, or -1 unchanged */
    uint8_t flags;       /* JF_* */
    uint32_t addr, len;
    uint64_t tsc;
    size_t data;         /* J_DMA, J_MAP_*: offset of its bytes in the byte store */
    uint32_t nbytes;     /* how many (J_MAP_*: the window's name and its NUL) */
};
struct dbg_journal {
    struct jentry *e;
    size_t n, cap;
    uint8_t *bytes;      /* J_DMA payloads, window names */
    size_t nbytes, capbytes;
    int oom;             /* an entry was lost for want of memory */
};
int journal_add(dbg_journal *j, const struct jentry *e);
/* Adds an entry with len bytes copied from buf into the byte store. */
int journal_add_bytes(dbg_journal *j, const struct jentry *e, const void *buf, size_t len);
/* Entries a slave applies at a boundary (not at an access). */
static inline int jentry_is_boundary(const struct jentry *e)
{
    return !(e->flags & JF_NESTED) && e->kind != J_IN && e->kind != J_OUT &&
           e->kind != J_MMIO_RD && e->kind != J_MMIO_WR &&
           !(e->kind == J_HOSTAPI && e->port == 0);
}

#endif
