/* The `loader` service: a flat binary at a physical address, or an ELF32
 * executable whose PT_LOAD segments go to their physical addresses (EIP is
 * then set to the entry point). */
#include <stdlib.h>
#include <string.h>
#include "twin86/debug.h"

int dbg_load_file(dbg_sim *s, const char *path, uint32_t addr, const char **err);

static uint32_t le32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

static int load_elf(dbg_sim *s, const uint8_t *b, size_t n, const char **err)
{
    *err = "malformed ELF32 file";
    if (n < 52 || b[4] != 1 || le16(b + 18) != 3)
        return -1;
    uint32_t phoff = le32(b + 28);
    unsigned phnum = le16(b + 44), phsz = le16(b + 42);
    for (unsigned i = 0; i < phnum; i++) {
        size_t o = phoff + (size_t)i * phsz;
        if (o + 32 > n)
            return -1;
        const uint8_t *ph = b + o;
        uint32_t off = le32(ph + 4), pa = le32(ph + 12), fsz = le32(ph + 16);
        if (le32(ph) != 1)   /* PT_LOAD */
            continue;
        if ((size_t)off + fsz > n)
            return -1;
        s->cb->setphymem(s->self, pa, fsz, b + off);
    }
    s->cb->set_reg(s->self, REG_EIP, le32(b + 24));
    return 0;
}

int dbg_load_file(dbg_sim *s, const char *path, uint32_t addr, const char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = "cannot open the file";
        return -1;
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *b = malloc(cap);
    size_t r;
    while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            uint8_t *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    fclose(f);
    if (!b) {
        *err = "out of memory";
        return -1;
    }
    int rc = 0;
    if (n >= 4 && memcmp(b, "\177ELF", 4) == 0)
        rc = load_elf(s, b, n, err);
    else
        s->cb->setphymem(s->self, addr, (unsigned)n, b);
    free(b);
    return rc;
}
