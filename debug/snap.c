/* Checkpoint snapshots: each simulator's CPU state, A20 gate and a copy of
 * its RAM (and the master's map), taken every CKPT ticks of lockstep rather
 * than at every sync. A snapshot catches up by copying only the pages
 * written since the last one; the first-divergence search restarts replay
 * copies from it and replays the journal kept since. */
#include <stdlib.h>
#include <string.h>
#include "ctl.h"

#define PG 4096u

static void copy_out(dbg_sim *sim, size_t p, uint8_t *dst)
{
    size_t n;
    const uint8_t *ram = sim_ram(sim, &n);
    if (ram && (p + 1) * PG <= n)
        memcpy(dst, ram + p * PG, PG);
    else
        sim->cb->getphymem(sim->self, (uint32_t)(p * PG), PG, dst);
}

/* Room for `pages` pages; a new buffer must be filled whole (*changed
 * becomes NULL). */
static int snap_room(struct snap *s, size_t pages, const uint8_t **changed)
{
    if (s->ram && s->pages == pages)
        return 0;
    free(s->ram);
    if (!(s->ram = malloc(pages * PG)))
        return -1;
    s->pages = pages;
    *changed = NULL;
    return 0;
}

/* changed: one byte per page written since the last snapshot (NULL: all). */
int snap_take(struct snap *s, dbg_sim *sim, const uint8_t *changed)
{
    size_t pages;
    sim->cb->dirty_page_tbl(sim->self, &pages);
    if (snap_room(s, pages, &changed) < 0)
        return -1;
    for (size_t p = 0; p < pages; p++)
        if (!changed || changed[p])
            copy_out(sim, p, s->ram + p * PG);
    sim->cb->get_cpu(sim->self, &s->st);
    s->a20 = sim->cb->get_A20(sim->self);
    s->have_map = dbg_twin86_get_map(sim, &s->map) == 0;
    return 0;
}

/* The same from a RAM image of `pages` pages (the pipeline's copy of the
 * master as it was at the sync), its CPU state and A20. */
int snap_take_image(struct snap *s, const uint8_t *ram, size_t pages, const struct cpu_state *st,
                    int a20, const uint8_t *changed)
{
    if (snap_room(s, pages, &changed) < 0)
        return -1;
    for (size_t p = 0; p < pages; p++)
        if (!changed || changed[p])
            memcpy(s->ram + p * PG, ram + p * PG, PG);
    s->st = *st;
    s->a20 = a20;
    s->have_map = 0;
    return 0;
}

/* Brings a replay copy back to the snapshot: only pages it dirtied change
 * (a caller that lost track marks every page dirty first). */
void snap_restore(const struct snap *s, const struct t86_map *map, dbg_sim *sim)
{
    size_t pages, n;
    uint8_t *dirty = sim->cb->dirty_page_tbl(sim->self, &pages);
    uint8_t *ram = sim_ram(sim, &n);
    if (map)
        dbg_twin86_set_map(sim, map);
    for (size_t p = 0; p < pages && p < s->pages; p++) {
        if (!dirty[p])
            continue;
        if (ram && (p + 1) * PG <= n) {
            memcpy(ram + p * PG, s->ram + p * PG, PG);
            sim_ram_written(sim, (uint32_t)(p * PG), PG);
        } else
            sim->cb->setphymem(sim->self, (uint32_t)(p * PG), PG, s->ram + p * PG);
    }
    memset(dirty, 0, pages);
    sim->cb->set_A20(sim->self, s->a20);
    sim->cb->set_cpu(sim->self, &s->st);
}

void snap_free(struct snap *s)
{
    free(s->ram);
    s->ram = NULL;
}
