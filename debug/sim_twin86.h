/* The twin86 simulator instance behind its callback table (internal). */
#ifndef TWIN86_DEBUG_SIM_TWIN86_H
#define TWIN86_DEBUG_SIM_TWIN86_H

#include <stdio.h>
#include "journal.h"

#define T86_MAX_WIN 16

/* A window of a slave's map, mirroring one of its master's: a device window
 * answered from the journal, or a RAM-backed one with memory of its own. */
struct jwin {
    struct t86 *t;
    uint32_t base, len;
    uint8_t *host, *dirty;   /* RAM-backed: the slave's copy; NULL: journal */
    char name[32];
    int mapped;
};

/* A memory map as the controller saves it at a checkpoint. */
struct t86_win {
    uint32_t base, len;
    int ram;
    char name[32];
};
struct t86_map {
    struct t86_win w[T86_MAX_WIN];
    unsigned nw;
    uint8_t shadow[64];      /* per legacy page: bit 0 reads RAM, bit 1 writes RAM */
    int a20;
};

struct t86 {
    dbg_sim base;
    cpu *c;
    memory *mem;
    iobus *io;
    int owns;                    /* created mem/io/cpu itself */
    const uint8_t *rom;
    size_t rom_len;
    dbg_platform_run run;
    void *run_opaque;
    /* While executing: the guard and where to record what was found. */
    const struct dbg_guard *g;
    struct dbg_guard_found *f;
    unsigned mode;               /* last seen PE | VM<<1 | PG<<2 */
    /* Cosimulation. */
    enum dbg_role role;
    dbg_journal *j;
    size_t cur;                  /* slave: the next journal entry */
    int in_exec;                 /* master: inside execute (recording) */
    int depth;                   /* master: serving an access (entries nest) */
    int applying;                /* slave: replaying a DMA (windows ignore it) */
    int nmi_seen;                /* slave: an NMI was delivered */
    int pin_a20, pin_nmi, pin_reset;  /* master: pins asked for (-1 or 0: none) */
    int vector_pending;
    uint8_t vector;
    int replay_error;
    struct jwin win[T86_MAX_WIN];  /* slave: its mirrored windows */
    /* hostapi calls: printed when traced, a guard when DBG_GUARD_HOSTAPI. */
    int hostapi_trace;
    FILE *trace_out;
    /* Instrumentation. */
    int instr_on;
    uint64_t op_count[512];      /* one-byte opcodes, then 0F xx */
    uint64_t vec_count[256];
    uint64_t instr_insns;
};

/* Stops the simulator's run with a divergence guard (the first one wins). */
void t86_diverge(struct t86 *t, const char *text);
void t86_found(struct t86 *t, unsigned kind, unsigned index);

/* Master side (record.c): the memory observer and the journal entries. */
void t86_record_attach(struct t86 *t, int on);
void t86_record_io(struct t86 *t, uint16_t port, unsigned size, int write, uint32_t *value);
void t86_record_intr(struct t86 *t, unsigned vector, int nmi);
void t86_record_hostapi(struct t86 *t, int done, int via_doorbell, uint32_t linear,
                        uint16_t service, uint16_t status);
void t86_record_idle(struct t86 *t);
/* Takes the pins the debugger asked for, at the start of a master's run. */
void t86_record_pins(struct t86 *t);

/* Slave side (replay.c). */
uint32_t t86_replay_io(struct t86 *t, uint16_t port, unsigned size, int write, uint32_t value);
void t86_replay_run(struct t86 *t, const struct dbg_guard *g, struct dbg_guard_found *f);
int t86_replay_escape(void *opaque, cpu *c, uint32_t linear);
/* A slave's device window: the master's answers (opaque: its struct jwin). */
uint32_t t86_jwin_read(void *opaque, uint32_t offset, unsigned size);
void t86_jwin_write(void *opaque, uint32_t offset, uint32_t value, unsigned size);
uint8_t t86_slave_iack(void *opaque);

/* Maps (mirror.c): a master's map as it is, and making a slave's the same. */
void t86_map_get(memory *m, struct t86_map *map);
/* from: where RAM-backed windows' contents come from (NULL: kept as they are). */
int t86_map_apply(struct t86 *t, const struct t86_map *map, memory *from, const char **err);
int t86_win_map(struct t86 *t, uint32_t base, uint32_t len, int ram, const char *name,
                const char **err);
int t86_win_unmap(struct t86 *t, uint32_t base);
void t86_win_free(struct t86 *t);
/* 1 for a twin86 simulator with memory of its own (a bare or reference copy). */
int t86_is_copy(dbg_sim *s);
/* A slave's next journal entry (for a slave that re-attaches mid-journal). */
void t86_seek_journal(dbg_sim *s, size_t entry);
/* The BIOS image a simulator was made with (NULL, 0 for none). */
const uint8_t *t86_rom(dbg_sim *s, size_t *len);
/* A snapshot's map for a simulator (dbg_twin86 only: 0, else -1). */
int dbg_twin86_get_map(dbg_sim *s, struct t86_map *map);
int dbg_twin86_set_map(dbg_sim *s, const struct t86_map *map);

#endif
