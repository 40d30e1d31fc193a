/* twin86's interpreter as a debugger simulator: the callback table over one
 * CPU instance and its memory, guards checked through the CPU's debug hooks,
 * and the master/slave roles of cosimulation (the master performs every
 * device access and journals what its CPU saw: record.c; a slave is
 * answered from that journal and never touches a device: replay.c, with a
 * map mirroring the master's: mirror.c). */
#include <stdlib.h>
#include <string.h>
#include "sim_twin86.h"
#include "hostapi/hostapi.h"

static struct t86 *T(void *self) { return self; }

static void where(struct t86 *t, struct dbg_guard_found *f)
{
    f->icount = cpu_icount(t->c);
    f->cs = (uint16_t)cpu_get_reg(t->c, REG_CS);
    f->eip = cpu_get_reg(t->c, REG_EIP);
    struct cpu_state s;
    cpu_get_state(t->c, &s);
    f->laddr = s.seg[1].base + f->eip;
    f->is_32bit_code = cpu_code32_now(t->c);
}

void t86_found(struct t86 *t, unsigned kind, unsigned index)
{
    if (t->f->guard_found)
        return;   /* the first guard wins */
    where(t, t->f);
    t->f->guard_found = kind;
    t->f->index = index;
}

static unsigned mode_of(cpu *c)
{
    uint32_t cr0 = cpu_get_reg(c, REG_CR0), fl = cpu_get_reg(c, REG_EFLAGS);
    return (cr0 & 1) | ((fl >> 17) & 1) << 1 | (cr0 >> 31) << 2;
}

/* ---- CPU hooks ---- */

static void count_insn(struct t86 *t, cpu *c)
{
    struct cpu_state s;
    cpu_get_state(c, &s);
    uint32_t lin = s.seg[1].base + s.eip, phys;
    uint8_t b[2] = {0, 0};
    if (cpu_translate(c, lin, &phys) == 0)
        mem_read_block(t->mem, phys, b, 2);   /* prefixes count as their own opcode */
    t->op_count[b[0] == 0x0F ? 256 + b[1] : b[0]]++;
    t->instr_insns++;
}

static int bp_hit(const struct dbg_bp *bp, unsigned n, int vir, uint16_t cs, uint32_t addr)
{
    for (unsigned i = 0; i < n; i++)
        if (bp[i].enabled && bp[i].addr == addr && (!vir || bp[i].cs == cs))
            return (int)i;
    return -1;
}

static int hook_insn(void *opaque, cpu *c)
{
    struct t86 *t = opaque;
    const struct dbg_guard *g = t->g;
    if (t->instr_on)
        count_insn(t, c);
    if (!g || t->f->guard_found)
        return t->f && t->f->guard_found;
    if (g->guard_for & DBG_GUARD_MODE) {
        unsigned m = mode_of(c);
        if (m != t->mode) {
            t->mode = m;
            t86_found(t, DBG_GUARD_MODE, 0);
            return 1;
        }
    }
    if (cpu_icount(c) == g->resume_icount)
        return 0;
    uint16_t cs = (uint16_t)cpu_get_reg(c, REG_CS);
    uint32_t eip = cpu_get_reg(c, REG_EIP);
    int i;
    if ((g->guard_for & DBG_GUARD_IADDR_VIR) && (i = bp_hit(g->vir, g->nvir, 1, cs, eip)) >= 0) {
        t86_found(t, DBG_GUARD_IADDR_VIR, (unsigned)i);
        return 1;
    }
    if (g->guard_for & (DBG_GUARD_IADDR_LIN | DBG_GUARD_IADDR_PHY)) {
        struct dbg_guard_found here;
        where(t, &here);
        uint32_t phys;
        if ((g->guard_for & DBG_GUARD_IADDR_LIN) &&
            (i = bp_hit(g->lin, g->nlin, 0, 0, here.laddr)) >= 0) {
            t86_found(t, DBG_GUARD_IADDR_LIN, (unsigned)i);
            return 1;
        }
        if ((g->guard_for & DBG_GUARD_IADDR_PHY) && cpu_translate(c, here.laddr, &phys) == 0 &&
            (i = bp_hit(g->phy, g->nphy, 0, 0, phys)) >= 0) {
            t86_found(t, DBG_GUARD_IADDR_PHY, (unsigned)i);
            return 1;
        }
    }
    return 0;
}

static void hook_mem(void *opaque, cpu *c, uint32_t lin, unsigned size, int write, int fetch)
{
    struct t86 *t = opaque;
    const struct dbg_guard *g = t->g;
    if (fetch || !g || !(g->guard_for & DBG_GUARD_WATCH))
        return;
    uint32_t phys = 0;
    int have_phys = cpu_translate(c, lin, &phys) == 0;
    for (unsigned i = 0; i < g->nwatch; i++) {
        const struct dbg_watch *w = &g->watch[i];
        uint32_t a = w->phys ? phys : lin;
        if (!w->enabled || !(w->rw & (write ? DBG_WATCH_WRITE : DBG_WATCH_READ)) ||
            (w->phys && !have_phys))
            continue;
        if (a + size - 1 >= w->lo && a <= w->hi) {
            t86_found(t, DBG_GUARD_WATCH, i);
            t->f->addr = a;
            t->f->write = write;
            cpu_request_stop(c);   /* after this instruction completes */
            return;
        }
    }
}

void t86_diverge(struct t86 *t, const char *text)
{
    if (!t->replay_error && t->f) {
        t86_found(t, DBG_GUARD_DIVERGE, 0);
        snprintf(t->f->text, sizeof t->f->text, "%s", text);
    }
    t->replay_error = 1;
    cpu_request_stop(t->c);
}

static uint32_t hook_io(void *opaque, cpu *c, uint16_t port, unsigned size, int write, uint32_t value)
{
    struct t86 *t = opaque;
    uint32_t v = value;
    if (t->role == DBG_SLAVE && t->j)
        v = t86_replay_io(t, port, size, write, value);
    else
        t86_record_io(t, port, size, write, &v);
    const struct dbg_guard *g = t->g;
    if (g && (g->guard_for & DBG_GUARD_IO))
        for (unsigned i = 0; i < g->nio; i++)
            if (g->io[i].enabled && port + size - 1 >= g->io[i].lo && port <= g->io[i].hi) {
                t86_found(t, DBG_GUARD_IO, i);
                t->f->addr = port;
                t->f->write = write;
                cpu_request_stop(c);
                break;
            }
    return v;
}

static void hook_intr(void *opaque, cpu *c, unsigned vector, enum cpu_int_kind kind)
{
    struct t86 *t = opaque;
    if (t->instr_on)
        t->vec_count[vector & 0xFF]++;
    if ((kind == CPU_INT_EXTERNAL || kind == CPU_INT_NMI) && t->role == DBG_MASTER)
        t86_record_intr(t, vector, kind == CPU_INT_NMI);
    if (kind == CPU_INT_NMI)
        t->nmi_seen = 1;
    const struct dbg_guard *g = t->g;
    if (g && (g->guard_for & DBG_GUARD_VECTOR) && (g->vector[vector >> 3] >> (vector & 7) & 1)) {
        t86_found(t, DBG_GUARD_VECTOR, 0);
        t->f->addr = vector;
        cpu_request_stop(c);   /* at the handler's first instruction */
    }
}

/* The hostapi service's trace hook: a guard and an optional log line. The
 * stop takes effect after the escape instruction completes. */
static void hook_hostapi(void *opaque, const struct hostapi_event *ev)
{
    struct t86 *t = opaque;
    t86_record_hostapi(t, ev->done, ev->via == HOSTAPI_VIA_DOORBELL, ev->linear, ev->service,
                       ev->status);
    if (!ev->done)
        return;
    if (t->hostapi_trace && t->trace_out)
        fprintf(t->trace_out, "(%s) hostapi %s block %08X service %u request %u -> status %u %s\n",
                t->base.name, ev->via == HOSTAPI_VIA_DOORBELL ? "doorbell" : "escape", ev->linear,
                ev->service, ev->request, ev->status, ev->detail ? ev->detail : "");
    const struct dbg_guard *g = t->g;
    if (g && (g->guard_for & DBG_GUARD_HOSTAPI)) {
        t86_found(t, DBG_GUARD_HOSTAPI, 0);
        t->f->addr = ev->linear;
        cpu_request_stop(t->c);
    }
}

void dbg_twin86_set_hostapi(dbg_sim *s, struct hostapi *h, FILE *trace_out)
{
    struct t86 *t = T(s);
    t->trace_out = trace_out;
    if (h)
        hostapi_set_trace(h, hook_hostapi, t);
}

void dbg_twin86_trace_hostapi(dbg_sim *s, int on) { T(s)->hostapi_trace = on; }

/* Arms only the hooks this guard needs, so an unguarded run keeps its speed. */
static void arm(struct t86 *t, const struct dbg_guard *g)
{
    unsigned need_insn = DBG_GUARD_IADDR_VIR | DBG_GUARD_IADDR_LIN | DBG_GUARD_IADDR_PHY |
                         DBG_GUARD_MODE;
    struct cpu_debug_hooks h = {.opaque = t, .intr = hook_intr};
    if ((g && (g->guard_for & need_insn)) || t->instr_on)
        h.insn = hook_insn;
    if (g && (g->guard_for & DBG_GUARD_WATCH) && g->nwatch)
        h.mem = hook_mem;
    if (t->role != DBG_ALONE || (g && (g->guard_for & DBG_GUARD_IO)))
        h.io = hook_io;
    cpu_set_debug_hooks(t->c, &h);
    cpu_set_stop_at(t->c, g && (g->guard_for & DBG_GUARD_ICOUNT) ? g->icount : UINT64_MAX);
}

/* ---- execute ---- */

static int ctrl_c(const struct dbg_guard *g)
{
    return (g->guard_for & DBG_GUARD_CTRL_C) && g->interrupt_requested && *g->interrupt_requested;
}

static void run_alone(struct t86 *t, const struct dbg_guard *g, struct dbg_guard_found *f)
{
    while (!f->guard_found && !ctrl_c(g)) {
        enum cpu_stop r = cpu_run(t->c, 100000);
        if (r == CPU_STOP_REQUEST && (g->guard_for & DBG_GUARD_ICOUNT) &&
            cpu_icount(t->c) >= g->icount)
            return;
        if (r == CPU_STOP_HALT || r == CPU_STOP_UNSUPPORTED || r == CPU_STOP_SHUTDOWN) {
            snprintf(f->text, sizeof f->text, "%s",
                     r == CPU_STOP_HALT ? "CPU halted" : cpu_stop_detail(t->c));
            return;
        }
    }
}

static enum dbg_exec_result execute(void *self, const struct dbg_guard *g, struct dbg_guard_found *f)
{
    struct t86 *t = T(self);
    memset(f, 0, sizeof *f);
    t->g = g;
    t->f = f;
    t->mode = mode_of(t->c);
    t->replay_error = 0;
    arm(t, g);
    t->in_exec = 1;
    t86_record_pins(t);
    int stopped = 0;
    if (t->role == DBG_SLAVE && t->j)
        t86_replay_run(t, g, f);
    else if (t->run)
        stopped = t->run(t->run_opaque, f->text, sizeof f->text) < 0 && !f->guard_found;
    else
        run_alone(t, g, f);
    t86_record_idle(t);
    t->in_exec = 0;
    t->g = NULL;
    arm(t, NULL);
    if (stopped) {
        where(t, f);
        return DBG_EXEC_STOPPED;
    }
    /* Watch, I/O and vector guards stop after the access: report that point. */
    if (f->guard_found & (DBG_GUARD_WATCH | DBG_GUARD_IO | DBG_GUARD_VECTOR))
        where(t, f);
    if (!f->guard_found && (g->guard_for & DBG_GUARD_ICOUNT) && cpu_icount(t->c) >= g->icount)
        t86_found(t, DBG_GUARD_ICOUNT, 0);
    else if (!f->guard_found && ctrl_c(g)) {
        t86_found(t, DBG_GUARD_CTRL_C, 0);
        f->ctrl_c = 1;
    }
    t->f = NULL;
    if (!f->guard_found) {
        where(t, f);
        if (!f->text[0])
            snprintf(f->text, sizeof f->text, "stopped");
        return DBG_EXEC_STOPPED;
    }
    return DBG_EXEC_GUARD;
}

/* ---- state, memory, pins ---- */

static int setphymem(void *self, uint32_t addr, unsigned len, const uint8_t *buf)
{
    struct t86 *t = T(self);
    mem_write_block(t->mem, addr, buf, len, 1);
    return 0;
}

static int getphymem(void *self, uint32_t addr, unsigned len, uint8_t *buf)
{
    mem_read_block(T(self)->mem, addr, buf, len);
    return 0;
}

static int xlate(void *self, uint32_t lin, uint32_t *phys) { return cpu_translate(T(self)->c, lin, phys); }

static int set_reg(void *self, enum cpu_reg r, uint32_t v)
{
    if ((unsigned)r >= REG_COUNT)
        return -1;
    cpu_set_reg(T(self)->c, r, v);
    return 0;
}

static uint32_t get_reg(void *self, enum cpu_reg r) { return cpu_get_reg(T(self)->c, r); }

static int set_cpu(void *self, const struct cpu_state *s)
{
    cpu_set_state(T(self)->c, s);
    return 0;
}

static int get_cpu(void *self, struct cpu_state *s)
{
    cpu_get_state(T(self)->c, s);
    return 0;
}

static uint8_t *dirty_tbl(void *self, size_t *pages)
{
    *pages = mem_dirty_pages(T(self)->mem);
    return mem_dirty_table(T(self)->mem);
}

static void sim_atexit(void *self) { (void)self; }

static void reset_cpu(void *self, enum dbg_reset source)
{
    (void)source;   /* INIT and RESET differ only in x87/cache state we do not keep */
    cpu_reset(T(self)->c);
}

static int init_mem(void *self, uint64_t bytes, const char **err)
{
    if (bytes != mem_size(T(self)->mem)) {
        *err = "the memory size is fixed when the simulator is created";
        return -1;
    }
    return 0;
}

static int load_rom(void *self, const uint8_t *image, size_t len, uint32_t addr, const char **err)
{
    struct t86 *t = T(self);
    if (addr + len == 0x100000000ull)
        return mem_load_bios(t->mem, image, len, err);
    return mem_load_option_rom(t->mem, addr, image, len, err);
}

/* A master's pins are requests: it takes them at the start of its next
 * run, an instruction boundary, and journals them (t86_record_pins), so its
 * slaves take them at the same tick. */
static int deferred(const struct t86 *t) { return t->role == DBG_MASTER && t->j; }

static void set_a20(void *self, int on)
{
    struct t86 *t = T(self);
    if (deferred(t))
        t->pin_a20 = on ? 1 : 0;
    else
        mem_set_a20(t->mem, on);
}

static int get_a20(void *self) { return mem_a20(T(self)->mem); }

static void set_nmi(void *self, int level)
{
    struct t86 *t = T(self);
    if (deferred(t)) {
        if (level)
            t->pin_nmi = 1;   /* NMI is an edge: the rise is what counts */
    } else
        cpu_set_nmi(t->c, level);
}

static void set_intr(void *self, int level) { cpu_set_intr(T(self)->c, level); }

static void set_reset(void *self, int level)
{
    struct t86 *t = T(self);
    if (level && deferred(t))
        t->pin_reset = 1;
    else if (level)
        cpu_reset(t->c);
}

static void force_interrupt(void *self, unsigned vector)
{
    struct t86 *t = T(self);
    cpu_set_iack(t->c, t86_slave_iack, t);
    t->vector = (uint8_t)vector;
    t->vector_pending = 1;
    cpu_set_intr(t->c, 1);
}

static uint8_t *ram(void *self, size_t *bytes)
{
    *bytes = mem_size(T(self)->mem);
    return mem_ram(T(self)->mem);
}

static void ram_written(void *self, uint32_t addr, size_t len) { mem_ram_written(T(self)->mem, addr, len); }

static void instr_start(void *self) { T(self)->instr_on = 1; }
static void instr_stop(void *self) { T(self)->instr_on = 0; }

static void instr_reset(void *self)
{
    struct t86 *t = T(self);
    memset(t->op_count, 0, sizeof t->op_count);
    memset(t->vec_count, 0, sizeof t->vec_count);
    t->instr_insns = 0;
}

static void instr_print(void *self, FILE *out)
{
    struct t86 *t = T(self);
    fprintf(out, "instructions counted: %llu\n", (unsigned long long)t->instr_insns);
    for (unsigned i = 0; i < 512; i++)
        if (t->op_count[i])
            fprintf(out, "  opcode %s%02X: %llu\n", i >= 256 ? "0F " : "", i & 0xFF,
                    (unsigned long long)t->op_count[i]);
    for (unsigned v = 0; v < 256; v++)
        if (t->vec_count[v])
            fprintf(out, "  vector %02X: %llu\n", v, (unsigned long long)t->vec_count[v]);
}

int dbg_load_file(dbg_sim *s, const char *path, uint32_t addr, const char **err);

static int loader(void *self, const char *path, uint32_t addr, const char **err)
{
    return dbg_load_file(&T(self)->base, path, addr, err);
}

static const struct dbg_callbacks twin86_callbacks = {
    .setphymem = setphymem, .getphymem = getphymem, .xlate_linear2phy = xlate,
    .set_reg = set_reg, .get_reg = get_reg, .set_cpu = set_cpu, .get_cpu = get_cpu,
    .dirty_page_tbl = dirty_tbl, .atexit = sim_atexit, .execute = execute,
    .reset_cpu = reset_cpu, .init_mem = init_mem, .load_ROM = load_rom,
    .set_A20 = set_a20, .get_A20 = get_a20, .set_NMI = set_nmi, .set_RESET = set_reset, .set_INTR = set_intr,
    .force_interrupt = force_interrupt, .instr_start = instr_start, .instr_stop = instr_stop,
    .instr_reset = instr_reset, .instr_print = instr_print, .loader = loader, .ram = ram, .ram_written = ram_written,
};

/* ---- instances ---- */

static struct t86 *t86_new(const char *name)
{
    struct t86 *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->pin_a20 = t->pin_nmi = -1;
    t->base.cb = &twin86_callbacks;
    t->base.self = t;
    t->base.name = name;
    return t;
}

dbg_sim *dbg_twin86_create(cpu *c, const uint8_t *rom, size_t rom_len, dbg_platform_run run,
                           void *run_opaque, const char *name, const char **err)
{
    struct t86 *t = t86_new(name);
    if (!t) {
        *err = "out of memory";
        return NULL;
    }
    t->c = c;
    t->mem = cpu_memory(c);
    t->io = cpu_iobus(c);
    t->rom = rom;
    t->rom_len = rom_len;
    t->run = run;
    t->run_opaque = run_opaque;
    return &t->base;
}

dbg_sim *dbg_twin86_create_bare(uint64_t ram, const uint8_t *rom, size_t rom_len, const char *name,
                                const char **err)
{
    struct t86 *t = t86_new(name);
    if (!t) {
        *err = "out of memory";
        return NULL;
    }
    t->owns = 1;
    t->rom = rom;
    t->rom_len = rom_len;
    if (!(t->mem = mem_create(ram, err)) || (rom && mem_load_bios(t->mem, rom, rom_len, err) < 0))
        goto fail;
    if (!(t->io = io_create()) || !(t->c = cpu_create(t->mem, t->io))) {
        *err = "out of memory";
        goto fail;
    }
    return &t->base;
fail:
    dbg_twin86_destroy(&t->base);
    return NULL;
}

/* The copy starts with its master's RAM, ROMs, map and CPU state. */
dbg_sim *dbg_twin86_create_ref(dbg_sim *master, int fast_paths, const char *name, const char **err)
{
    struct t86 *m = T(master->self), *t = t86_new(name);
    if (!t) {
        *err = "out of memory";
        return NULL;
    }
    t->owns = 1;
    t->rom = m->rom;
    t->rom_len = m->rom_len;
    if (!(t->mem = mem_create(mem_size(m->mem), err)) || mem_clone_roms(t->mem, m->mem, err) < 0)
        goto fail;
    if (!(t->io = io_create()) || !(t->c = cpu_create(t->mem, t->io))) {
        *err = "out of memory";
        goto fail;
    }
    cpu_set_fast_paths(t->c, fast_paths);
    memcpy(mem_ram(t->mem), mem_ram(m->mem), mem_size(m->mem));
    memset(mem_dirty_table(t->mem), 1, mem_dirty_pages(t->mem));   /* compare it all once */
    struct t86_map map;
    t86_map_get(m->mem, &map);
    if (t86_map_apply(t, &map, m->mem, err) < 0)
        goto fail;
    struct cpu_state st;
    cpu_get_state(m->c, &st);
    cpu_set_state(t->c, &st);
    cpu_set_iack(t->c, t86_slave_iack, t);
    cpu_set_hostapi(t->c, t86_replay_escape, t);
    return &t->base;
fail:
    dbg_twin86_destroy(&t->base);
    return NULL;
}

int t86_is_copy(dbg_sim *s) { return s->cb == &twin86_callbacks && T(s->self)->owns; }
void t86_seek_journal(dbg_sim *s, size_t entry) { T(s->self)->cur = entry; }
const uint8_t *t86_rom(dbg_sim *s, size_t *len)
{
    *len = T(s->self)->rom_len;
    return T(s->self)->rom;
}

int dbg_twin86_get_map(dbg_sim *s, struct t86_map *map)
{
    if (s->cb != &twin86_callbacks)
        return -1;
    t86_map_get(T(s->self)->mem, map);
    return 0;
}

/* Only for copies this file made (their windows are the slave's kind). */
int dbg_twin86_set_map(dbg_sim *s, const struct t86_map *map)
{
    const char *err;
    if (s->cb != &twin86_callbacks || !T(s->self)->owns)
        return -1;
    return t86_map_apply(T(s->self), map, NULL, &err);
}

void dbg_twin86_destroy(dbg_sim *s)
{
    if (!s)
        return;
    struct t86 *t = T(s->self);
    if (t->owns) {
        cpu_destroy(t->c);
        io_destroy(t->io);
        mem_destroy(t->mem);
        t86_win_free(t);
    } else if (t->c) {
        cpu_set_debug_hooks(t->c, NULL);
        cpu_set_stop_at(t->c, UINT64_MAX);
        if (t->role == DBG_MASTER)
            t86_record_attach(t, 0);
    }
    free(t);
}

cpu *dbg_twin86_cpu(dbg_sim *s) { return T(s->self)->c; }

void dbg_twin86_set_role(dbg_sim *s, enum dbg_role role, dbg_journal *j)
{
    struct t86 *t = T(s->self);
    if (t->role == DBG_MASTER && role != DBG_MASTER)
        t86_record_attach(t, 0);
    t->role = role;
    t->j = j;
    t->cur = 0;
    t->depth = 0;
    if (role == DBG_MASTER)
        t86_record_attach(t, j != NULL);
    if (role == DBG_SLAVE)
        cpu_set_iack(t->c, t86_slave_iack, t);
}
