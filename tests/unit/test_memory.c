/* Unit tests for memory/memory.c: A20, ROM protection and aliases, dirty
 * pages, MMIO dispatch (including accesses that straddle mappings), unmapped
 * reads, size checks and independence of two instances. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "twin86/memory.h"

#define MIB (1u << 20)

static memory *make(uint64_t size) {
    const char *err = NULL;
    memory *m = mem_create(size, &err);
    if (!CHECK(m != NULL))
        fprintf(stderr, "mem_create: %s\n", err);
    return m;
}

/* Records the last MMIO access and answers reads with offset-derived bytes. */
struct probe {
    int reads, writes;
    uint32_t offset, value;
    unsigned size;
    uint32_t log[8]; /* (offset << 8 | byte) of byte writes, in order */
};

static uint32_t probe_read(void *opaque, uint32_t offset, unsigned size) {
    struct probe *p = opaque;
    p->reads++;
    p->offset = offset;
    p->size = size;
    uint32_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (((offset + i) & 0xFF) ^ 0xA0) << (8 * i);
    return v;
}

static void probe_write(void *opaque, uint32_t offset, uint32_t value, unsigned size) {
    struct probe *p = opaque;
    if (size == 1 && p->writes < 8)
        p->log[p->writes] = offset << 8 | value;
    p->writes++;
    p->offset = offset;
    p->value = value;
    p->size = size;
}

static void test_sizes(void) {
    const char *err = NULL;
    uint64_t bad[] = {0, MIB - 4096, MIB + 1, MIB + 2048, MEM_MAX_SIZE + 4096, 1ull << 32};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err = NULL;
        CHECK(mem_create(bad[i], &err) == NULL && err != NULL);
    }
    memory *m = make(MIB);
    CHECK_EQ(mem_size(m), MIB);
    CHECK_EQ(mem_dirty_pages(m), MIB / 4096);
    mem_destroy(m);
}

static void test_a20(void) {
    memory *m = make(2 * MIB);
    uint32_t gen = mem_map_generation(m);
    CHECK(mem_a20(m));
    mem_set_a20(m, 0);
    CHECK(!mem_a20(m));
    CHECK_EQ(mem_a20_mask(m), MEM_A20_MASK_OFF);
    CHECK(mem_map_generation(m) != gen);
    mem_write(m, 0x100000, 0xAB, 1);
    mem_write(m, 0xFFFFF, 0x3412, 2); /* wraps: 0x34 lands at 0x0 */
    mem_set_a20(m, 1);
    CHECK_EQ(mem_read(m, 0x0, 1), 0x34);
    CHECK_EQ(mem_read(m, 0xFFFFF, 1), 0x12);
    CHECK_EQ(mem_read(m, 0x100000, 1), 0);
    gen = mem_map_generation(m);
    mem_set_a20(m, 1); /* no change, no bump */
    CHECK_EQ(mem_map_generation(m), gen);
    mem_destroy(m);
}

static void test_bios(void) {
    memory *m = make(2 * MIB);
    size_t len = 256 * 1024;
    uint8_t *img = malloc(len), *low = malloc(128 * 1024), *top = malloc(128 * 1024);
    for (size_t i = 0; i < len; i++)
        img[i] = (uint8_t)(i * 7 + (i >> 12));
    const char *err = NULL;
    uint32_t gen = mem_map_generation(m);
    CHECK(mem_load_bios(m, img, 4095, &err) < 0 && err);
    CHECK(mem_load_bios(m, img, 0, &err) < 0);
    CHECK(mem_load_bios(m, img, len, &err) == 0);
    CHECK(mem_map_generation(m) != gen);
    CHECK(mem_load_bios(m, img, len, &err) < 0); /* only once */
    CHECK_EQ(mem_read(m, 0xFFFFFFF0, 4), mem_read(m, 0xFFFF0, 4));
    CHECK_EQ(mem_read(m, 0xFFFFFFF0, 1), img[len - 16]);
    CHECK_EQ(mem_read(m, (uint32_t)(0x100000000ull - len), 1), img[0]);
    CHECK_EQ(mem_read(m, 0xE0000, 1), img[len - 128 * 1024]);
    mem_read_block(m, 0xE0000, low, 128 * 1024);
    mem_read_block(m, 0xFFFE0000, top, 128 * 1024);
    CHECK(memcmp(low, top, 128 * 1024) == 0);
    CHECK(memcmp(low, img + len - 128 * 1024, 128 * 1024) == 0);

    /* Write protection of both aliases, for CPU writes and unforced blocks. */
    uint32_t before = mem_read(m, 0xF0000, 4);
    uint8_t *dirty = mem_dirty_table(m);
    memset(dirty, 0, mem_dirty_pages(m));
    mem_write(m, 0xF0000, ~before, 4);
    mem_write_block(m, 0xF0000, "xxxx", 4, 0);
    CHECK_EQ(mem_read(m, 0xF0000, 4), before);
    CHECK(!dirty[0xF0]);
    mem_write(m, 0xFFFF0000, ~before, 4);
    mem_write_block(m, 0xFFFF0000, "xxxx", 4, 0);
    CHECK_EQ(mem_read(m, 0xFFFF0000, 4), before);
    CHECK(mem_page_ptr(m, 0xF0000, 1) == NULL);
    CHECK(mem_page_ptr(m, 0xF0000, 0) != NULL);
    CHECK(mem_page_ptr(m, 0xFFFFF000, 0) != NULL);
    CHECK(mem_page_ptr(m, 0xFFFFF000, 1) == NULL);
    CHECK(mem_page_ptr(m, 0xDF000, 1) != NULL); /* below the alias: RAM */

    /* Forced writes patch ROM and keep the two aliases equal. */
    mem_write_block(m, 0xF0000, "LOW!", 4, 1);
    CHECK_EQ(mem_read(m, 0xFFFF0000, 4), 0x21574F4C);
    mem_write_block(m, 0xFFFF0010, "TOP!", 4, 1);
    CHECK_EQ(mem_read(m, 0xF0010, 4), 0x21504F54);
    mem_write_block(m, (uint32_t)(0x100000000ull - len), "X", 1, 1); /* not aliased */
    CHECK_EQ(mem_read(m, (uint32_t)(0x100000000ull - len), 1), 'X');
    free(img), free(low), free(top);
    mem_destroy(m);
}

static void test_option_rom(void) {
    memory *m = make(MIB);
    uint8_t rom[32 * 1024];
    const char *err = NULL;
    for (size_t i = 0; i < sizeof rom; i++)
        rom[i] = (uint8_t)(i ^ 0x55);
    CHECK(mem_load_option_rom(m, 0xBF800, rom, 4096, &err) < 0 && err);
    CHECK(mem_load_option_rom(m, 0xC0400, rom, 4096, &err) < 0);
    CHECK(mem_load_option_rom(m, 0xDC000, rom, sizeof rom, &err) < 0); /* runs past 0xE0000 */
    CHECK(mem_load_option_rom(m, 0xC0000, rom, sizeof rom, &err) == 0);
    CHECK_EQ(mem_read(m, 0xC0010, 1), rom[0x10]);
    mem_write(m, 0xC0010, 0, 1);
    CHECK_EQ(mem_read(m, 0xC0010, 1), rom[0x10]);
    mem_write(m, 0xC8000, 0x77, 1); /* first byte after the ROM is RAM */
    CHECK_EQ(mem_read(m, 0xC8000, 1), 0x77);
    mem_destroy(m);
}

static void test_dirty(void) {
    memory *m = make(MIB);
    uint8_t *dirty = mem_dirty_table(m);
    memset(dirty, 0, mem_dirty_pages(m));
    mem_write(m, 0x5004, 1, 4);
    CHECK(dirty[5]);
    mem_write_block(m, 0x6FF0, "0123456789abcdef0123", 20, 0);
    CHECK(dirty[6] && dirty[7]);
    CHECK(!dirty[4] && !dirty[8]);
    dirty[5] = 0; /* the owner consumed it */
    CHECK(!dirty[5]);
    mem_write(m, 0x5000, 2, 1);
    CHECK(dirty[5]);
    mem_destroy(m);
}

static void test_mmio(void) {
    memory *m = make(2 * MIB);
    struct probe lo = {0}, hi = {0};
    const char *err = NULL;
    uint32_t gen = mem_map_generation(m);
    CHECK(mem_map_mmio(m, 0x80000, 0x2000, probe_read, probe_write, &lo, "lo", &err) == 0);
    CHECK(mem_map_generation(m) != gen);
    CHECK(mem_map_mmio(m, 0xFEC00000, 0x1000, probe_read, probe_write, &hi, "hi", &err) == 0);
    CHECK(mem_map_mmio(m, 0x81000, 0x1000, probe_read, probe_write, &lo, "x", &err) < 0 && err);
    CHECK(mem_map_mmio(m, 0x90800, 0x1000, probe_read, probe_write, &lo, "x", &err) < 0);
    CHECK(mem_map_mmio(m, 0x90000, 0x800, probe_read, probe_write, &lo, "x", &err) < 0);
    CHECK(mem_map_mmio(m, 0xFFFFF000, 0x2000, probe_read, probe_write, &lo, "x", &err) < 0);

    mem_write(m, 0x80004, 0x11223344, 4);
    CHECK(lo.writes == 1 && lo.offset == 4 && lo.size == 4 && lo.value == 0x11223344);
    CHECK_EQ(mem_read(m, 0x80006, 2), (0x06 ^ 0xA0) | (0x07 ^ 0xA0) << 8);
    CHECK(lo.offset == 6 && lo.size == 2);
    CHECK(mem_page_ptr(m, 0x80000, 0) == NULL && mem_page_ptr(m, 0x81000, 1) == NULL);
    CHECK_EQ(mem_read(m, 0xFEC00010, 1), 0x10 ^ 0xA0);
    CHECK(hi.offset == 0x10 && hi.size == 1);
    mem_write(m, 0xFEC00020, 0xBEEF, 2);
    CHECK(hi.offset == 0x20 && hi.size == 2 && hi.value == 0xBEEF);
    /* The window ends where it says: its last byte, then unmapped space. */
    hi.reads = 0;
    CHECK_EQ(mem_read(m, 0xFEC00FFF, 2), 0xFF00 | (0xFF ^ 0xA0));
    CHECK(hi.reads == 1 && hi.offset == 0xFFF);
    CHECK_EQ(mem_read(m, 0xFEC01000, 1), 0xFF);
    CHECK(hi.reads == 1);

    /* RAM -> MMIO straddle: two bytes to RAM, two byte writes to the device. */
    lo.writes = 0;
    mem_write(m, 0x7FFFE, 0x11223344, 4);
    CHECK_EQ(mem_read(m, 0x7FFFE, 2), 0x3344);
    CHECK(lo.writes == 2 && lo.log[0] == (0u << 8 | 0x22) && lo.log[1] == (1u << 8 | 0x11));
    CHECK_EQ(mem_read(m, 0x7FFFF, 2), 0x33 | (0x00 ^ 0xA0) << 8);
    /* Straddle between the two pages of one window: split into bytes. */
    lo.writes = 0;
    mem_write(m, 0x80FFF, 0xCCDD, 2);
    CHECK(lo.writes == 2 && lo.log[0] == (0xFFFu << 8 | 0xDD) &&
          lo.log[1] == (0x1000u << 8 | 0xCC));
    /* Block writes reach the device byte by byte. */
    lo.writes = 0;
    mem_write_block(m, 0x80100, "ab", 2, 0);
    CHECK(lo.writes == 2 && lo.log[1] == (0x101u << 8 | 'b'));
    mem_destroy(m);
}

static void test_unmapped(void) {
    memory *m = make(2 * MIB);
    CHECK_EQ(mem_read(m, 0x40000000, 4), 0xFFFFFFFF);
    CHECK_EQ(mem_read(m, 0x40000000, 2), 0xFFFF);
    CHECK_EQ(mem_read(m, 0x40000000, 1), 0xFF);
    mem_write(m, 0x40000000, 0, 4);
    CHECK_EQ(mem_read(m, 0x40000000, 4), 0xFFFFFFFF);
    mem_write(m, 0x1FFFFE, 0x5A5A, 2);
    CHECK_EQ(mem_read(m, 0x1FFFFE, 4), 0xFFFF5A5A); /* straddles the end of RAM */
    CHECK(mem_page_ptr(m, 0x200000, 0) == NULL);
    uint8_t buf[4];
    mem_read_block(m, 0xFFFFFFFE, buf, 4); /* no BIOS: unmapped, then wraps to RAM 0 */
    CHECK(buf[0] == 0xFF && buf[1] == 0xFF && buf[2] == 0 && buf[3] == 0);
    mem_destroy(m);
}

static void test_two_instances(void) {
    memory *a = make(MIB), *b = make(MIB);
    mem_write(a, 0x1000, 0xDEADBEEF, 4);
    CHECK_EQ(mem_read(b, 0x1000, 4), 0);
    CHECK_EQ(mem_read(a, 0x1000, 4), 0xDEADBEEF);
    mem_set_a20(a, 0);
    CHECK(mem_a20(b));
    mem_destroy(a);
    mem_destroy(b);
}

int main(void) {
    test_sizes();
    test_a20();
    test_bios();
    test_option_rom();
    test_dirty();
    test_mmio();
    test_unmapped();
    test_two_instances();
    return check_done();
}
