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

/* The memory file holding the guest RAM (physical address = file offset, for
 * mem_size bytes), for sharing it with host programs, or -1 when the host
 * could not create one. Owned by the memory: dup it to keep it. */
int mem_fd(const memory *m);

/* A20 gate. Closing it clears bit 20 of every physical address. */
void mem_set_a20(memory *m, int enabled);
int mem_a20(const memory *m);
uint32_t mem_a20_mask(const memory *m);

/* Loads the system BIOS image: mapped read-only at the top of the 4 GiB space
 * (4G - len .. 4G-1) and its last min(len,128K) bytes aliased below 1 MiB
 * (ending at 0xFFFFF). len must be a multiple of 4 KiB from 4 KiB to 16 MiB.
 * Returns 0, or -1 with *err set. */
int mem_load_bios(memory *m, const uint8_t *image, size_t len, const char **err);

/* Loads an option ROM at `addr` (0xC0000..0xDFFFF, 2 KiB aligned) into its own
 * image beside the RAM; the pages it covers read that image and drop writes
 * unless mem_set_shadow says otherwise. Returns 0, or -1 with *err set. */
int mem_load_option_rom(memory *m, uint32_t addr, const uint8_t *image, size_t len,
                        const char **err);

/* Shadow RAM in the legacy ROM area 0xC0000-0xFFFFF (the chipset's PAM
 * registers): for the 4 KiB-aligned range [base, base+len), read_ram picks
 * whether reads come from the RAM or from the ROM image there (the BIOS's low
 * alias, an option ROM, else all ones), and write_ram whether writes reach the
 * RAM or are dropped. The ROM images never change. Until first called for a
 * page, a page holding ROM reads it and drops writes and other pages are RAM.
 * Bumps the map generation when anything changed. Returns 0, or -1 for a range
 * outside the area or not page-aligned. */
int mem_set_shadow(memory *m, uint32_t base, uint32_t len, int read_ram, int write_ram);

/* Claims [base, base+len) for a device. base and len must be 4 KiB aligned.
 * Returns 0, or -1 with *err set (overlap, bad range). */
int mem_map_mmio(memory *m, uint32_t base, uint32_t len, mmio_read_fn rd, mmio_write_fn wr,
                 void *opaque, const char *name, const char **err);

/* Claims [base, base+len) (4 KiB aligned, above the guest RAM) as memory the
 * device keeps at `host` (len bytes): a frame buffer. The CPU reaches it
 * through mem_page_ptr like RAM; every write path sets dirty[offset >> 12]
 * (one byte per 4 KiB of the window, cleared by its owner). Returns 0, or -1
 * with *err set (overlap, bad range). */
int mem_map_ram(memory *m, uint32_t base, uint32_t len, uint8_t *host, uint8_t *dirty,
                const char *name, const char **err);

/* Removes the MMIO or RAM-backed window that starts at `base` (a PCI BAR
 * moved); RAM it covered shows again. Returns 0, or -1 when no window starts
 * there. */
int mem_unmap(memory *m, uint32_t base);

/* Byte-exact physical accesses through every mapping (RAM, ROM, MMIO, unmapped
 * reads as all ones). The A20 mask is applied. size is 1, 2 or 4; little-endian. */
uint32_t mem_read(memory *m, uint32_t paddr, unsigned size);
void mem_write(memory *m, uint32_t paddr, uint32_t value, unsigned size);

/* Block copies for debuggers, DMA and loaders. Writes honour ROM protection
 * unless `force` is set: then they change what reads see (the loader/debugger
 * may patch ROM; in a shadowed page reading RAM, the RAM). Set dirty bits. */
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

/* Code pages, so a CPU can keep decoded code without comparing its bytes.
 * mem_code_mark: the write generation of the page holding host address
 * `host` (RAM: marks the page as holding code; ROM: one generation for all
 * ROM images), or NULL when `host` is neither (a device's RAM window: do not
 * cache its code). Every write path bumps a marked page's generation and
 * unmarks it; writers that store through their own pointers (the CPU's fast
 * path when its mem_code_byte is set, other processes) call mem_ram_written. */
const uint32_t *mem_code_mark(memory *m, const uint8_t *host);
uint8_t *mem_code_byte(memory *m, uint32_t paddr);
void mem_ram_written(memory *m, uint32_t paddr, size_t len);

/* The dirty byte a write to paddr must set: the RAM page's, a RAM-backed
 * window's, or (for anything else) a scratch byte nobody reads. Never NULL;
 * the CPU's translation cache keeps it per page. */
uint8_t *mem_dirty_byte(memory *m, uint32_t paddr);

/* ---- Observation and mirroring, for the cosimulation debugger ---- */

/* A change of the physical map, as an observer sees it. */
enum mem_map_kind {
    MEM_MAP_SHADOW,  /* mem_set_shadow changed [base, base+len): read_ram, write_ram */
    MEM_MAP_MMIO,    /* mem_map_mmio claimed [base, base+len) for a device's handlers */
    MEM_MAP_RAM,     /* mem_map_ram claimed [base, base+len) backed by `host` */
    MEM_MAP_UNMAP,   /* mem_unmap removed the window at base */
    MEM_MAP_A20,     /* the A20 gate changed: read_ram holds the new state */
};
struct mem_map_event {
    enum mem_map_kind kind;
    uint32_t base, len;
    int read_ram, write_ram;
    const uint8_t *host;
    const char *name;
};

/* Callbacks that watch what reaches a memory from outside its CPU's plain
 * accesses. Unset ones are not called; the CPU's RAM fast path never calls
 * any of them. */
struct mem_observer {
    void *opaque;
    /* A device wrote len bytes at paddr (mem_write_block without force: DMA,
     * hostapi answers), before the write is done. */
    void (*dma_write)(void *opaque, uint32_t paddr, const void *buf, size_t len);
    /* A CPU access (mem_read/mem_write) reached a handler window: value is
     * what the handler read, or what was written. Block copies do not come
     * here. */
    void (*mmio)(void *opaque, uint32_t paddr, unsigned size, int write, uint32_t value);
    /* The map changed (after the change). */
    void (*map)(void *opaque, const struct mem_map_event *ev);
    /* The platform is resetting the machine (mem_note_reset). */
    void (*reset)(void *opaque);
};
/* Replaces the observer (copied); NULL removes it. */
void mem_set_observer(memory *m, const struct mem_observer *o);
/* The platform calls this at the start of a machine reset (8042, port 0x92,
 * 0xCF9, triple fault), so an observer can note it. */
void mem_note_reset(memory *m);

/* Host pointer to the guest RAM (mem_size bytes, physical address = offset),
 * under any window or shadowing: for comparing and copying whole pages. */
uint8_t *mem_ram(memory *m);

/* One window of the map, as mem_windows lists it. */
struct mem_window_info {
    uint32_t base, len;
    const uint8_t *host; /* RAM-backed window: its memory; NULL for handlers */
    const char *name;
};
/* Fills up to max entries with the mapped windows; returns how many exist. */
size_t mem_windows(const memory *m, struct mem_window_info *out, size_t max);
/* The shadow modes in force for the legacy page holding addr (0xC0000-
 * 0xFFFFF). Returns 0, or -1 outside that area. */
int mem_get_shadow(const memory *m, uint32_t addr, int *read_ram, int *write_ram);
/* Gives dst (no BIOS loaded yet, same RAM size) the BIOS and option ROM
 * images of src, so a reference copy of a machine reads the same ROMs.
 * Returns 0, or -1 with *err set. */
int mem_clone_roms(memory *dst, const memory *src, const char **err);

/* Bumped whenever the physical map changes (A20, ROM load, MMIO mapping, shadow), so a
 * CPU knows its cached translations are stale. */
uint32_t mem_map_generation(const memory *m);

#endif
