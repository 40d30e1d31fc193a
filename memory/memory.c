/* Guest physical memory: one mmap'd RAM block with an attribute byte per page,
 * the BIOS image in its own buffer at the top of the 4 GiB space, and a short
 * list of MMIO windows. The hot path (an access inside one plain RAM page) is a
 * bounds check, an attribute check and a load; everything else goes through
 * the slow paths below.
 *
 * The legacy ROM area 0xC0000-0xFFFFF is shadowed: the ROM images there (the
 * BIOS's low alias, read straight from the BIOS buffer, and option ROMs in a
 * buffer of their own) sit beside the RAM underneath, and per 4 KiB page a
 * chipset (the i440FX's PAM registers) picks where reads come from and whether
 * writes reach the RAM. Until it does, a page holding ROM reads the ROM and
 * drops writes, and any other page is plain RAM. */
#define _GNU_SOURCE /* memfd_create, MAP_ANONYMOUS and MAP_NORESERVE */
#include "twin86/memory.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE_MASK (MEM_PAGE_SIZE - 1)
#define BIOS_ALIAS_MAX (128u << 10)
#define BIOS_ALIAS_END 0x100000u
/* The low BIOS alias ends at 1 MiB and the top image at 4 GiB, so an aliased byte
 * sits at the same distance from both ends: top = low + this (mod 2^32). */
#define BIOS_ALIAS_DELTA (0u - BIOS_ALIAS_END)
#define OPTROM_START 0xC0000u
#define OPTROM_END 0xE0000u
#define SHADOW_START 0xC0000u
#define SHADOW_END 0x100000u
#define SHADOW_PAGES ((SHADOW_END - SHADOW_START) >> MEM_PAGE_SHIFT)

/* Per-page attribute of the RAM range; MMIO pages hide the RAM underneath.
 * PAGE_SHADOW is a legacy-area page whose reads or writes do not both go to
 * RAM: the slow paths ask its shadow byte. */
enum { PAGE_RAM = 0, PAGE_SHADOW = 1, PAGE_MMIO = 2 };

/* Shadow byte of a legacy page: reads from RAM, writes to RAM, the two set
 * explicitly (else defaults apply), a ROM image covers the page. */
enum { SH_RD = 1, SH_WR = 2, SH_SET = 4, SH_ROM = 8 };

struct mmio_window {
    uint32_t base;
    uint32_t len;
    mmio_read_fn rd;
    mmio_write_fn wr;
    void *opaque;
    const char *name;
    uint8_t *host;  /* RAM-backed window (mem_map_ram): host memory, no handlers */
    uint8_t *dirty; /* its dirty bytes, one per 4 KiB */
};

struct memory {
    uint8_t *ram;
    uint32_t ram_size;
    uint32_t a20_mask;
    uint8_t *attr;  /* one PAGE_* per RAM page */
    uint8_t *dirty; /* one byte per RAM page */
    uint8_t *bios;  /* BIOS image, visible at bios_base..4G-1 */
    uint32_t bios_base;
    uint32_t bios_len; /* 0 until mem_load_bios */
    uint8_t *optrom;   /* option ROM images for OPTROM_START..END, or NULL */
    uint8_t shadow[SHADOW_PAGES];
    struct mmio_window *mmio;
    size_t n_mmio;
    uint32_t generation;
    uint8_t dirty_sink; /* mem_dirty_byte's answer for pages nobody tracks */
    /* Code pages (mem_code_mark): a RAM page whose bytes a CPU has decoded,
     * and each RAM page's write generation, bumped by the first write after
     * marking; one generation for all ROM bytes. */
    uint8_t *code;
    uint32_t *code_gen;
    uint32_t rom_gen;
    uint8_t code_sink;
    int fd;             /* the memory file holding the RAM, or -1 */
    struct mem_observer obs; /* the debugger's view (all NULL: none) */
};

static inline uint32_t all_ones(unsigned size) {
    return size >= 4 ? 0xFFFFFFFFu : (1u << (size * 8)) - 1;
}

/* Written byte-wise so any host works; compilers merge these into one load/store. */
static inline uint32_t load_le(const uint8_t *p, unsigned size) {
    switch (size) {
    case 1:
        return p[0];
    case 2:
        return (uint32_t)p[0] | (uint32_t)p[1] << 8;
    default:
        return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    }
}

static inline void store_le(uint8_t *p, uint32_t v, unsigned size) {
    switch (size) {
    case 1:
        p[0] = (uint8_t)v;
        break;
    case 2:
        p[0] = (uint8_t)v;
        p[1] = (uint8_t)(v >> 8);
        break;
    default:
        p[0] = (uint8_t)v;
        p[1] = (uint8_t)(v >> 8);
        p[2] = (uint8_t)(v >> 16);
        p[3] = (uint8_t)(v >> 24);
        break;
    }
}

static inline int in_bios(const memory *m, uint32_t paddr) {
    return m->bios_len && paddr >= m->bios_base;
}

static inline uint32_t bios_alias_len(const memory *m) {
    return m->bios_len < BIOS_ALIAS_MAX ? m->bios_len : BIOS_ALIAS_MAX;
}

static inline uint8_t *shadow_of(memory *m, uint32_t paddr) {
    return &m->shadow[(paddr - SHADOW_START) >> MEM_PAGE_SHIFT];
}

/* The SH_RD/SH_WR modes in force: explicit ones, or the chipset-less default
 * (ROM pages read ROM and drop writes, other pages are RAM). */
static inline unsigned shadow_mode(uint8_t sh) {
    if (sh & SH_SET)
        return sh & (SH_RD | SH_WR);
    return sh & SH_ROM ? 0 : SH_RD | SH_WR;
}

/* Recomputes a legacy page's attribute from its shadow byte (MMIO stays). */
static void shadow_refresh(memory *m, uint32_t paddr) {
    uint8_t *a = &m->attr[paddr >> MEM_PAGE_SHIFT];
    if (*a != PAGE_MMIO)
        *a = shadow_mode(*shadow_of(m, paddr)) == (SH_RD | SH_WR) ? PAGE_RAM : PAGE_SHADOW;
}

/* The ROM byte at legacy address paddr, or NULL where no image is. */
static uint8_t *rom_at(memory *m, uint32_t paddr) {
    if (m->bios_len && paddr >= BIOS_ALIAS_END - bios_alias_len(m))
        return m->bios + (paddr + BIOS_ALIAS_DELTA - m->bios_base);
    if (m->optrom && paddr < OPTROM_END && (*shadow_of(m, paddr) & SH_ROM))
        return m->optrom + (paddr - OPTROM_START);
    return NULL;
}

/* Where reads of a PAGE_SHADOW byte come from, or NULL (all ones). */
static uint8_t *shadow_read_ptr(memory *m, uint32_t paddr) {
    return shadow_mode(*shadow_of(m, paddr)) & SH_RD ? m->ram + paddr : rom_at(m, paddr);
}

static void mark_rom_pages(memory *m, uint32_t start, uint32_t len) {
    for (uint32_t a = start & ~PAGE_MASK; a < start + len; a += MEM_PAGE_SIZE) {
        *shadow_of(m, a) |= SH_ROM;
        shadow_refresh(m, a);
    }
}

/* Inclusive-end comparison so a range ending exactly at 4 GiB does not overflow. */
static inline int ranges_overlap(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen) {
    return a < b + blen && b < a + alen;
}

/* Guest RAM lives in a memory file, so a host program handed its descriptor
 * (hostapi's external services) sees the guest's physical memory. Where
 * memfd_create is missing, anonymous memory does (and *fd stays -1).
 * MAP_NORESERVE: a large guest RAM costs host memory only where touched. */
static uint8_t *map_ram(uint64_t size, int *fd) {
    *fd = -1;
#ifdef MFD_CLOEXEC
    int f = memfd_create("twin86-ram", MFD_CLOEXEC);
    if (f >= 0 && ftruncate(f, (off_t)size) == 0) {
        void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, f, 0);
        if (p != MAP_FAILED) {
            *fd = f;
            return p;
        }
    }
    if (f >= 0)
        close(f);
#endif
    return mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
}

memory *mem_create(uint64_t size, const char **err) {
    if (size < MEM_MIN_SIZE || size > MEM_MAX_SIZE || (size & PAGE_MASK)) {
        *err = "memory size must be 1 MiB to 3.5 GiB and a multiple of 4 KiB";
        return NULL;
    }
    memory *m = calloc(1, sizeof *m);
    size_t pages = (size_t)(size >> MEM_PAGE_SHIFT);
    if (m) {
        m->fd = -1;
        m->ram_size = (uint32_t)size;
        m->attr = calloc(pages, 1);
        m->dirty = calloc(pages, 1);
        m->code = calloc(pages, 1);
        m->code_gen = calloc(pages, sizeof *m->code_gen);
        m->ram = map_ram(size, &m->fd);
    }
    if (!m || !m->attr || !m->dirty || !m->code || !m->code_gen || m->ram == MAP_FAILED) {
        if (m && m->ram == MAP_FAILED)
            m->ram = NULL;
        mem_destroy(m);
        *err = "cannot allocate guest memory";
        return NULL;
    }
    m->a20_mask = 0xFFFFFFFFu;
    return m;
}

void mem_destroy(memory *m) {
    if (!m)
        return;
    if (m->ram)
        munmap(m->ram, m->ram_size);
    if (m->fd >= 0)
        close(m->fd);
    free(m->attr);
    free(m->dirty);
    free(m->code);
    free(m->code_gen);
    free(m->bios);
    free(m->optrom);
    free(m->mmio);
    free(m);
}

uint32_t mem_size(const memory *m) { return m->ram_size; }
int mem_fd(const memory *m) { return m->fd; }

static void notify_map(memory *m, enum mem_map_kind kind, uint32_t base, uint32_t len, int rd,
                       int wr, const uint8_t *host, const char *name) {
    if (m->obs.map) {
        struct mem_map_event ev = {kind, base, len, rd, wr, host, name};
        m->obs.map(m->obs.opaque, &ev);
    }
}

void mem_set_a20(memory *m, int enabled) {
    uint32_t mask = enabled ? 0xFFFFFFFFu : MEM_A20_MASK_OFF;
    if (mask != m->a20_mask) {
        m->a20_mask = mask;
        m->generation++;
        notify_map(m, MEM_MAP_A20, 0, 0, enabled != 0, 0, NULL, NULL);
    }
}

int mem_a20(const memory *m) { return m->a20_mask == 0xFFFFFFFFu; }
uint32_t mem_a20_mask(const memory *m) { return m->a20_mask; }
uint32_t mem_map_generation(const memory *m) { return m->generation; }
uint8_t *mem_dirty_table(memory *m) { return m->dirty; }
size_t mem_dirty_pages(const memory *m) { return m->ram_size >> MEM_PAGE_SHIFT; }

/* Window holding paddr, or NULL. The list is short (a handful of devices). */
static struct mmio_window *find_window(memory *m, uint32_t paddr) {
    for (size_t i = 0; i < m->n_mmio; i++) {
        struct mmio_window *w = &m->mmio[i];
        if (paddr - w->base < w->len)
            return w;
    }
    return NULL;
}

static int ram_range_has(const memory *m, uint32_t start, uint32_t len, int attr) {
    for (uint32_t p = start >> MEM_PAGE_SHIFT; p <= (start + len - 1) >> MEM_PAGE_SHIFT; p++)
        if (m->attr[p] == attr)
            return 1;
    return 0;
}

static void set_ram_attr(memory *m, uint32_t start, uint32_t len, int attr) {
    for (uint32_t p = start >> MEM_PAGE_SHIFT; p <= (start + len - 1) >> MEM_PAGE_SHIFT; p++)
        m->attr[p] = (uint8_t)attr;
}

/* Every write to a RAM page ends here: dirty, and a code page's cached
 * decodings are stale. */
static inline void ram_written(memory *m, uint32_t page) {
    m->dirty[page] = 1;
    if (m->code[page]) {
        m->code[page] = 0;
        m->code_gen[page]++;
    }
}

static void copy_to_ram(memory *m, uint32_t start, const uint8_t *src, size_t len) {
    memcpy(m->ram + start, src, len);
    for (uint32_t p = start >> MEM_PAGE_SHIFT; p <= (start + len - 1) >> MEM_PAGE_SHIFT; p++)
        ram_written(m, p);
}

void mem_ram_written(memory *m, uint32_t paddr, size_t len) {
    if (!len || paddr >= m->ram_size)
        return;
    uint64_t end = (uint64_t)paddr + len - 1;
    if (end >= m->ram_size)
        end = m->ram_size - 1;
    for (uint32_t p = paddr >> MEM_PAGE_SHIFT; p <= end >> MEM_PAGE_SHIFT; p++)
        ram_written(m, p);
}

const uint32_t *mem_code_mark(memory *m, const uint8_t *host) {
    if (host >= m->ram && host < m->ram + m->ram_size) {
        size_t page = (size_t)(host - m->ram) >> MEM_PAGE_SHIFT;
        m->code[page] = 1;
        return &m->code_gen[page];
    }
    if ((m->bios && host >= m->bios && host < m->bios + m->bios_len) ||
        (m->optrom && host >= m->optrom && host < m->optrom + (OPTROM_END - OPTROM_START)))
        return &m->rom_gen;
    return NULL;
}

uint8_t *mem_code_byte(memory *m, uint32_t paddr) {
    return paddr < m->ram_size ? &m->code[paddr >> MEM_PAGE_SHIFT] : &m->code_sink;
}

/* Whether a ROM image covers any legacy page of [start, start+len). */
static int range_has_rom(memory *m, uint64_t start, uint64_t len) {
    uint64_t lo = start > SHADOW_START ? start : SHADOW_START;
    uint64_t hi = start + len < SHADOW_END ? start + len : SHADOW_END;
    for (uint64_t a = lo & ~(uint64_t)PAGE_MASK; a < hi; a += MEM_PAGE_SIZE)
        if (*shadow_of(m, (uint32_t)a) & SH_ROM)
            return 1;
    return 0;
}

int mem_load_bios(memory *m, const uint8_t *image, size_t len, const char **err) {
    uint32_t alias = len < BIOS_ALIAS_MAX ? (uint32_t)len : BIOS_ALIAS_MAX;
    uint32_t base = (uint32_t)(0x100000000ull - len);
    if (len < MEM_PAGE_SIZE || len > MEM_BIOS_MAX || (len & PAGE_MASK)) {
        *err = "BIOS image must be 4 KiB to 16 MiB and a multiple of 4 KiB";
        return -1;
    }
    if (m->bios_len) {
        *err = "a BIOS image is already loaded";
        return -1;
    }
    for (size_t i = 0; i < m->n_mmio; i++)
        if (ranges_overlap(base, len, m->mmio[i].base, m->mmio[i].len)) {
            *err = "BIOS image overlaps a memory-mapped device";
            return -1;
        }
    if (ram_range_has(m, BIOS_ALIAS_END - alias, alias, PAGE_MMIO)) {
        *err = "BIOS alias below 1 MiB overlaps a memory-mapped device";
        return -1;
    }
    if (!(m->bios = malloc(len))) {
        *err = "out of memory for the BIOS image";
        return -1;
    }
    memcpy(m->bios, image, len);
    m->bios_len = (uint32_t)len;
    m->bios_base = base;
    mark_rom_pages(m, BIOS_ALIAS_END - alias, alias);
    m->generation++;
    m->rom_gen++;
    return 0;
}

int mem_load_option_rom(memory *m, uint32_t addr, const uint8_t *image, size_t len,
                        const char **err) {
    if (addr < OPTROM_START || addr >= OPTROM_END || (addr & 0x7FF) || len == 0 ||
        len > OPTROM_END - addr) {
        *err = "option ROM must lie in 0xC0000..0xDFFFF and start on a 2 KiB boundary";
        return -1;
    }
    if (ram_range_has(m, addr, (uint32_t)len, PAGE_MMIO)) {
        *err = "option ROM overlaps a memory-mapped device";
        return -1;
    }
    if (!m->optrom) {
        if (!(m->optrom = malloc(OPTROM_END - OPTROM_START))) {
            *err = "out of memory for option ROMs";
            return -1;
        }
        memset(m->optrom, 0xFF, OPTROM_END - OPTROM_START); /* no ROM: the bus floats */
    }
    memcpy(m->optrom + (addr - OPTROM_START), image, len);
    mark_rom_pages(m, addr, (uint32_t)len);
    m->generation++;
    m->rom_gen++;
    return 0;
}

static int map_window(memory *m, uint32_t base, uint32_t len, mmio_read_fn rd, mmio_write_fn wr,
                      void *opaque, const char *name, const char **err) {
    if ((base & PAGE_MASK) || (len & PAGE_MASK) || len == 0 ||
        (uint64_t)base + len > 0x100000000ull) {
        *err = "MMIO window must be 4 KiB aligned, non-empty and below 4 GiB";
        return -1;
    }
    for (size_t i = 0; i < m->n_mmio; i++)
        if (ranges_overlap(base, len, m->mmio[i].base, m->mmio[i].len)) {
            *err = "MMIO window overlaps another device";
            return -1;
        }
    if ((m->bios_len && ranges_overlap(base, len, m->bios_base, m->bios_len)) ||
        range_has_rom(m, base, len)) {
        *err = "MMIO window overlaps ROM";
        return -1;
    }
    struct mmio_window *grown = realloc(m->mmio, (m->n_mmio + 1) * sizeof *grown);
    if (!grown) {
        *err = "out of memory for the MMIO window list";
        return -1;
    }
    m->mmio = grown;
    m->mmio[m->n_mmio++] = (struct mmio_window){base, len, rd, wr, opaque, name, NULL, NULL};
    if (base < m->ram_size)
        set_ram_attr(m, base, len < m->ram_size - base ? len : m->ram_size - base, PAGE_MMIO);
    m->generation++;
    return 0;
}

int mem_map_mmio(memory *m, uint32_t base, uint32_t len, mmio_read_fn rd, mmio_write_fn wr,
                 void *opaque, const char *name, const char **err) {
    if (map_window(m, base, len, rd, wr, opaque, name, err) < 0)
        return -1;
    notify_map(m, MEM_MAP_MMIO, base, len, 0, 0, NULL, name);
    return 0;
}

int mem_set_shadow(memory *m, uint32_t base, uint32_t len, int read_ram, int write_ram) {
    if ((base & PAGE_MASK) || (len & PAGE_MASK) || !len || base < SHADOW_START ||
        len > SHADOW_END - base)
        return -1;
    int changed = 0;
    for (uint32_t a = base; a < base + len; a += MEM_PAGE_SIZE) {
        uint8_t *sh = shadow_of(m, a);
        uint8_t v =
            (uint8_t)((*sh & SH_ROM) | SH_SET | (read_ram ? SH_RD : 0) | (write_ram ? SH_WR : 0));
        if (v != *sh) {
            *sh = v;
            shadow_refresh(m, a);
            changed = 1;
        }
    }
    if (changed) {
        m->generation++;
        notify_map(m, MEM_MAP_SHADOW, base, len, read_ram != 0, write_ram != 0, NULL, NULL);
    }
    return 0;
}

uint8_t *mem_page_ptr(memory *m, uint32_t paddr, int for_write) {
    uint32_t page = paddr & ~PAGE_MASK;
    if (paddr < m->ram_size) {
        int a = m->attr[paddr >> MEM_PAGE_SHIFT];
        if (a == PAGE_RAM)
            return m->ram + page;
        return a == PAGE_SHADOW && !for_write ? shadow_read_ptr(m, page) : NULL;
    }
    if (!for_write && in_bios(m, paddr))
        return m->bios + (page - m->bios_base);
    struct mmio_window *w = find_window(m, paddr);
    return w && w->host ? w->host + (page - w->base) : NULL;
}

/* An access inside one page that is not plain RAM (A20 already applied);
 * cpu: a CPU access, which the observer sees when a handler serves it. */
static uint32_t read_slow(memory *m, uint32_t paddr, unsigned size, int cpu) {
    if (paddr < m->ram_size && m->attr[paddr >> MEM_PAGE_SHIFT] == PAGE_RAM)
        return load_le(m->ram + paddr, size);
    if (paddr < m->ram_size && m->attr[paddr >> MEM_PAGE_SHIFT] == PAGE_SHADOW) {
        const uint8_t *p = shadow_read_ptr(m, paddr);
        return p ? load_le(p, size) : all_ones(size);
    }
    if (in_bios(m, paddr))
        return load_le(m->bios + (paddr - m->bios_base), size);
    struct mmio_window *w = find_window(m, paddr);
    if (w && w->host)
        return load_le(w->host + (paddr - w->base), size);
    if (w && w->rd) {
        uint32_t v = w->rd(w->opaque, paddr - w->base, size) & all_ones(size);
        if (cpu && m->obs.mmio)
            m->obs.mmio(m->obs.opaque, paddr, size, 0, v);
        return v;
    }
    return all_ones(size);
}

static void write_slow(memory *m, uint32_t paddr, uint32_t value, unsigned size, int cpu) {
    if (paddr < m->ram_size && m->attr[paddr >> MEM_PAGE_SHIFT] == PAGE_SHADOW) {
        if (shadow_mode(*shadow_of(m, paddr)) & SH_WR) { /* ROM read, RAM written */
            store_le(m->ram + paddr, value, size);
            ram_written(m, paddr >> MEM_PAGE_SHIFT);
        }
        return; /* else dropped, as by a ROM */
    }
    struct mmio_window *w = find_window(m, paddr);
    if (w && w->host) {
        store_le(w->host + (paddr - w->base), value, size);
        w->dirty[(paddr - w->base) >> MEM_PAGE_SHIFT] = 1;
    } else if (w && w->wr) {
        if (cpu && m->obs.mmio)
            m->obs.mmio(m->obs.opaque, paddr, size, 1, value & all_ones(size));
        w->wr(w->opaque, paddr - w->base, value & all_ones(size), size);
    }
}

uint32_t mem_read(memory *m, uint32_t paddr, unsigned size) {
    paddr &= m->a20_mask;
    if ((paddr & PAGE_MASK) + size > MEM_PAGE_SIZE) {
        /* Straddles a page, hence possibly a mapping: byte by byte, each masked. */
        uint32_t v = 0;
        for (unsigned i = 0; i < size; i++)
            v |= mem_read(m, paddr + i, 1) << (8 * i);
        return v;
    }
    if (paddr < m->ram_size && m->attr[paddr >> MEM_PAGE_SHIFT] == PAGE_RAM)
        return load_le(m->ram + paddr, size);
    return read_slow(m, paddr, size, 1);
}

void mem_write(memory *m, uint32_t paddr, uint32_t value, unsigned size) {
    paddr &= m->a20_mask;
    if ((paddr & PAGE_MASK) + size > MEM_PAGE_SIZE) {
        for (unsigned i = 0; i < size; i++)
            mem_write(m, paddr + i, value >> (8 * i), 1);
        return;
    }
    if (paddr < m->ram_size && m->attr[paddr >> MEM_PAGE_SHIFT] == PAGE_RAM) {
        store_le(m->ram + paddr, value, size);
        ram_written(m, paddr >> MEM_PAGE_SHIFT);
        return;
    }
    write_slow(m, paddr, value, size, 1);
}

/* Bytes from paddr to the end of its page, capped at len. */
static inline size_t chunk_len(uint32_t paddr, size_t len) {
    size_t n = MEM_PAGE_SIZE - (paddr & PAGE_MASK);
    return n < len ? n : len;
}

void mem_read_block(memory *m, uint32_t paddr, void *buf, size_t len) {
    uint8_t *out = buf;
    while (len) {
        /* Chunks never cross a page, and bit 20 is above the page offset, so
         * masking the chunk start masks every byte in it. */
        uint32_t a = paddr & m->a20_mask;
        size_t n = chunk_len(a, len);
        const uint8_t *src = mem_page_ptr(m, a, 0);
        if (src)
            memcpy(out, src + (a & PAGE_MASK), n);
        else
            for (size_t i = 0; i < n; i++)
                out[i] = (uint8_t)read_slow(m, a + (uint32_t)i, 1, 0);
        out += n;
        paddr += (uint32_t)n;
        len -= n;
    }
}

/* A block write to a PAGE_SHADOW chunk. Unforced, it goes where CPU writes
 * go. Forced (a loader or debugger patching), it changes what reads see: the
 * RAM or the ROM image (the BIOS buffer, so both BIOS aliases agree); with
 * neither readable it lands in the RAM. */
static void shadow_write_block(memory *m, uint32_t a, const uint8_t *src, size_t n, int force) {
    unsigned mode = shadow_mode(*shadow_of(m, a));
    uint8_t *rom = rom_at(m, a);
    if (!force) {
        if (mode & SH_WR)
            copy_to_ram(m, a, src, n);
    } else if (!(mode & SH_RD) && rom) {
        memcpy(rom, src, n);
        m->dirty[a >> MEM_PAGE_SHIFT] = 1;
        m->rom_gen++;
    } else
        copy_to_ram(m, a, src, n);
}

void mem_write_block(memory *m, uint32_t paddr, const void *buf, size_t len, int force) {
    const uint8_t *in = buf;
    if (!force && len && m->obs.dma_write)
        m->obs.dma_write(m->obs.opaque, paddr, buf, len);
    while (len) {
        uint32_t a = paddr & m->a20_mask;
        size_t n = chunk_len(a, len);
        int attr = a < m->ram_size ? m->attr[a >> MEM_PAGE_SHIFT] : -1;
        if (attr == PAGE_RAM)
            copy_to_ram(m, a, in, n);
        else if (attr == PAGE_SHADOW)
            shadow_write_block(m, a, in, n, force);
        else if (in_bios(m, a)) {
            if (force) {
                memcpy(m->bios + (a - m->bios_base), in, n);
                m->rom_gen++;
            }
        } else
            for (size_t i = 0; i < n; i++)
                write_slow(m, a + (uint32_t)i, in[i], 1, 0);
        in += n;
        paddr += (uint32_t)n;
        len -= n;
    }
}

/* RAM-backed windows (device frame buffers) share the MMIO window list, so
 * overlap checks and lookups cover both. */
int mem_map_ram(memory *m, uint32_t base, uint32_t len, uint8_t *host, uint8_t *dirty,
                const char *name, const char **err) {
    if (base < m->ram_size) {
        *err = "RAM-backed window must lie above the guest RAM";
        return -1;
    }
    if (map_window(m, base, len, NULL, NULL, NULL, name, err) < 0)
        return -1;
    m->mmio[m->n_mmio - 1].host = host;
    m->mmio[m->n_mmio - 1].dirty = dirty;
    notify_map(m, MEM_MAP_RAM, base, len, 0, 0, host, name);
    return 0;
}

int mem_unmap(memory *m, uint32_t base) {
    for (size_t i = 0; i < m->n_mmio; i++) {
        struct mmio_window w = m->mmio[i];
        if (w.base != base)
            continue;
        m->mmio[i] = m->mmio[--m->n_mmio];
        /* The RAM under a window comes back as it was (a plain or shadow page). */
        for (uint32_t a = base; a < m->ram_size && a - base < w.len; a += MEM_PAGE_SIZE) {
            m->attr[a >> MEM_PAGE_SHIFT] = PAGE_RAM;
            if (a >= SHADOW_START && a < SHADOW_END)
                shadow_refresh(m, a);
        }
        m->generation++;
        notify_map(m, MEM_MAP_UNMAP, base, w.len, 0, 0, w.host, w.name);
        return 0;
    }
    return -1;
}

uint8_t *mem_dirty_byte(memory *m, uint32_t paddr) {
    if (paddr < m->ram_size)
        return &m->dirty[paddr >> MEM_PAGE_SHIFT];
    struct mmio_window *w = find_window(m, paddr);
    if (w && w->host)
        return &w->dirty[(paddr - w->base) >> MEM_PAGE_SHIFT];
    return &m->dirty_sink;
}

/* ---- Observation and mirroring ---- */

void mem_set_observer(memory *m, const struct mem_observer *o) {
    if (o)
        m->obs = *o;
    else
        memset(&m->obs, 0, sizeof m->obs);
}

void mem_note_reset(memory *m) {
    if (m->obs.reset)
        m->obs.reset(m->obs.opaque);
}

uint8_t *mem_ram(memory *m) { return m->ram; }

size_t mem_windows(const memory *m, struct mem_window_info *out, size_t max) {
    for (size_t i = 0; i < m->n_mmio && i < max; i++)
        out[i] = (struct mem_window_info){m->mmio[i].base, m->mmio[i].len, m->mmio[i].host,
                                          m->mmio[i].name};
    return m->n_mmio;
}

int mem_get_shadow(const memory *m, uint32_t addr, int *read_ram, int *write_ram) {
    if (addr < SHADOW_START || addr >= SHADOW_END)
        return -1;
    unsigned mode = shadow_mode(m->shadow[(addr - SHADOW_START) >> MEM_PAGE_SHIFT]);
    *read_ram = (mode & SH_RD) != 0;
    *write_ram = (mode & SH_WR) != 0;
    return 0;
}

int mem_clone_roms(memory *dst, const memory *src, const char **err) {
    if (dst->bios_len || dst->ram_size != src->ram_size) {
        *err = "the copy must have the same RAM size and no BIOS yet";
        return -1;
    }
    if (src->bios_len && mem_load_bios(dst, src->bios, src->bios_len, err) < 0)
        return -1;
    if (src->optrom) {
        if (!(dst->optrom = malloc(OPTROM_END - OPTROM_START))) {
            *err = "out of memory for option ROMs";
            return -1;
        }
        memcpy(dst->optrom, src->optrom, OPTROM_END - OPTROM_START);
        for (uint32_t a = OPTROM_START; a < OPTROM_END; a += MEM_PAGE_SIZE)
            if (src->shadow[(a - SHADOW_START) >> MEM_PAGE_SHIFT] & SH_ROM)
                mark_rom_pages(dst, a, MEM_PAGE_SIZE);
        dst->generation++;
    }
    return 0;
}
