/* Guest physical memory: RAM, ROM regions, memory-mapped I/O windows, the A20
 * gate and the dirty-page table. One instance per simulated machine; nothing here
 * is global, so two machines can live in one process. */
#ifndef TWIN86_MEMORY_H
#define TWIN86_MEMORY_H

#include <stddef.h>
#include <stdint.h>

#define MEM_PAGE_SHIFT 12
#define MEM_PAGE_SIZE (1u << MEM_PAGE_SHIFT)
#define MEM_MIN_SIZE (1u << 20)            /* 1 MiB */
#define MEM_MAX_SIZE (3584ull << 20)       /* 3.5 GiB */
#define MEM_A20_MASK_OFF 0xFFEFFFFFu       /* address mask with the A20 gate closed */
#define MEM_BIOS_MAX (16u << 20)           /* largest image mem_load_bios takes */

typedef struct memory memory;

/* A device's handlers for a memory-mapped window. addr is the offset inside the
 * window; size is 1, 2 or 4 (wider CPU accesses are split by the memory layer). */
typedef uint32_t (*mmio_read_fn)(void *opaque, uint32_t offset, unsigned size);
typedef void (*mmio_write_fn)(void *opaque, uint32_t offset, uint32_t value, unsigned size);

/* Creates a memory of `size` bytes (MEM_MIN_SIZE..MEM_MAX_SIZE, a multiple of
 * 4 KiB), zero-filled, A20 enabled. Returns NULL and sets *err to a static message
 * on failure. */
memory *mem_create(uint64_t size, const char **err);
void mem_destroy(memory *m);

uint32_t mem_size(const memory *m);

/* A20 gate. Closing it clears bit 20 of every physical address. */
void mem_set_a20(memory *m, int enabled);
int mem_a20(const memory *m);
uint32_t mem_a20_mask(const memory *m);

/* Loads the system BIOS image: mapped read-only at the top of the 4 GiB space
 * (4G - len .. 4G-1) and its last min(len,128K) bytes aliased below 1 MiB
 * (ending at 0xFFFFF). len must be a multiple of 4 KiB from 4 KiB to 16 MiB.
 * Returns 0, or -1 with *err set. */
int mem_load_bios(memory *m, const uint8_t *image, size_t len, const char **err);

/* Loads an option ROM at `addr` (0xC0000..0xDFFFF, 2 KiB aligned); the pages it
 * covers become read-only. Returns 0, or -1 with *err set. */
int mem_load_option_rom(memory *m, uint32_t addr, const uint8_t *image, size_t len,
                        const char **err);

/* Claims [base, base+len) for a device. base and len must be 4 KiB aligned.
 * Returns 0, or -1 with *err set (overlap, bad range). */
int mem_map_mmio(memory *m, uint32_t base, uint32_t len, mmio_read_fn rd, mmio_write_fn wr,
                 void *opaque, const char *name, const char **err);

/* Byte-exact physical accesses through every mapping (RAM, ROM, MMIO, unmapped
 * reads as all ones). The A20 mask is applied. size is 1, 2 or 4; little-endian. */
uint32_t mem_read(memory *m, uint32_t paddr, unsigned size);
void mem_write(memory *m, uint32_t paddr, uint32_t value, unsigned size);

/* Block copies for debuggers, DMA and loaders. Writes honour ROM protection
 * unless `force` is set (the loader/debugger may patch ROM). Set dirty bits. */
void mem_read_block(memory *m, uint32_t paddr, void *buf, size_t len);
void mem_write_block(memory *m, uint32_t paddr, const void *buf, size_t len, int force);

/* Fast path for CPUs: host pointer to the start of the 4 KiB page holding the
 * (already A20-masked) physical address, when that page is plain RAM (for
 * writes) or RAM/ROM (for reads). NULL means "use mem_read/mem_write". */
uint8_t *mem_page_ptr(memory *m, uint32_t paddr, int for_write);

/* Dirty-page table: one byte per 4 KiB page of RAM, set to 1 by every write path.
 * Its owner (display, debugger, ...) clears entries it has consumed. */
uint8_t *mem_dirty_table(memory *m);
size_t mem_dirty_pages(const memory *m);
static inline void mem_mark_dirty(uint8_t *dirty, uint32_t paddr) { dirty[paddr >> MEM_PAGE_SHIFT] = 1; }

/* Bumped whenever the physical map changes (A20, ROM load, MMIO mapping), so a
 * CPU knows its cached translations are stale. */
uint32_t mem_map_generation(const memory *m);

#endif
