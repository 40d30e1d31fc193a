/* A slave's memory map mirrors its master's: the same shadowing of the
 * legacy area, the same A20 gate, and windows at the same addresses, where
 * device windows answer from the journal and RAM-backed windows (frame
 * buffers) have memory of the slave's own, kept by name across moves as
 * the device keeps its memory. The controller saves maps at checkpoints and
 * puts them back into replay copies. */
#include <stdlib.h>
#include <string.h>
#include "sim_twin86.h"

#define LEGACY_BASE 0xC0000u

void t86_map_get(memory *m, struct t86_map *map)
{
    struct mem_window_info w[T86_MAX_WIN];
    size_t n = mem_windows(m, w, T86_MAX_WIN);
    memset(map, 0, sizeof *map);
    map->nw = (unsigned)(n < T86_MAX_WIN ? n : T86_MAX_WIN);
    for (unsigned i = 0; i < map->nw; i++) {
        map->w[i].base = w[i].base;
        map->w[i].len = w[i].len;
        map->w[i].ram = w[i].host != NULL;
        snprintf(map->w[i].name, sizeof map->w[i].name, "%s", w[i].name ? w[i].name : "");
    }
    for (unsigned p = 0; p < 64; p++) {
        int rd, wr;
        mem_get_shadow(m, LEGACY_BASE + p * MEM_PAGE_SIZE, &rd, &wr);
        map->shadow[p] = (uint8_t)(rd | wr << 1);
    }
    map->a20 = mem_a20(m);
}

/* The slot for a window of this name and kind (a new one if none). */
static struct jwin *slot(struct t86 *t, const char *name, uint32_t len, int ram)
{
    struct jwin *free_slot = NULL;
    for (unsigned i = 0; i < T86_MAX_WIN; i++) {
        struct jwin *w = &t->win[i];
        if (w->t && !w->mapped && !strcmp(w->name, name) && (w->host != NULL) == ram && w->len == len)
            return w;
        if (!w->t && !free_slot)
            free_slot = w;
    }
    if (!free_slot)
        return NULL;
    memset(free_slot, 0, sizeof *free_slot);
    if (ram) {
        free_slot->host = calloc(1, len);
        free_slot->dirty = calloc((len + MEM_PAGE_SIZE - 1) / MEM_PAGE_SIZE, 1);
        if (!free_slot->host || !free_slot->dirty) {
            free(free_slot->host);
            free(free_slot->dirty);
            return NULL;
        }
    }
    free_slot->t = t;
    free_slot->len = len;
    snprintf(free_slot->name, sizeof free_slot->name, "%s", name);
    return free_slot;
}

int t86_win_map(struct t86 *t, uint32_t base, uint32_t len, int ram, const char *name,
                const char **err)
{
    struct jwin *w = slot(t, name, len, ram);
    if (!w) {
        *err = "out of memory or window slots";
        return -1;
    }
    int r = ram ? mem_map_ram(t->mem, base, len, w->host, w->dirty, w->name, err)
                : mem_map_mmio(t->mem, base, len, t86_jwin_read, t86_jwin_write, w, w->name, err);
    if (r < 0)
        return -1;
    w->base = base;
    w->mapped = 1;
    return 0;
}

int t86_win_unmap(struct t86 *t, uint32_t base)
{
    for (unsigned i = 0; i < T86_MAX_WIN; i++)
        if (t->win[i].t && t->win[i].mapped && t->win[i].base == base) {
            t->win[i].mapped = 0;
            return mem_unmap(t->mem, base);
        }
    return -1;
}

void t86_win_free(struct t86 *t)
{
    for (unsigned i = 0; i < T86_MAX_WIN; i++) {
        free(t->win[i].host);
        free(t->win[i].dirty);
    }
    memset(t->win, 0, sizeof t->win);
}

static int same_window(const struct jwin *w, const struct t86_win *m)
{
    return w->base == m->base && w->len == m->len && (w->host != NULL) == m->ram &&
           !strcmp(w->name, m->name);
}

int t86_map_apply(struct t86 *t, const struct t86_map *map, memory *from, const char **err)
{
    for (unsigned i = 0; i < T86_MAX_WIN; i++) {   /* windows the map does not have */
        struct jwin *w = &t->win[i];
        int keep = 0;
        for (unsigned k = 0; w->mapped && k < map->nw; k++)
            keep |= same_window(w, &map->w[k]);
        if (w->mapped && !keep)
            t86_win_unmap(t, w->base);
    }
    for (unsigned k = 0; k < map->nw; k++) {
        const struct t86_win *m = &map->w[k];
        int have = 0;
        for (unsigned i = 0; i < T86_MAX_WIN; i++)
            have |= t->win[i].mapped && same_window(&t->win[i], m);
        if (!have && t86_win_map(t, m->base, m->len, m->ram, m->name, err) < 0)
            return -1;
        if (m->ram && from)   /* the frame buffer's contents as they are now */
            for (unsigned i = 0; i < T86_MAX_WIN; i++)
                if (t->win[i].mapped && same_window(&t->win[i], m))
                    mem_read_block(from, m->base, t->win[i].host, m->len);
    }
    for (unsigned p = 0; p < 64; p++)
        mem_set_shadow(t->mem, LEGACY_BASE + p * MEM_PAGE_SIZE, MEM_PAGE_SIZE, map->shadow[p] & 1,
                       map->shadow[p] >> 1 & 1);
    mem_set_a20(t->mem, map->a20);
    return 0;
}
