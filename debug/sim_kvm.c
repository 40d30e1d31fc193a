/* The `-cosim kvm` slave: the host CPU through /dev/kvm behind the
 * debugger's callback table. Each tick runs first on a reference copy of
 * the master (the twin86 interpreter replaying the master's journal), then
 * on the vCPU, single-stepped; the two are compared at once, so a
 * difference is reported at its instruction. The reference supplies what
 * the host cannot: the tick count, CPUID/RDTSC/MSR answers, and the values
 * of flags the manuals leave undefined (undef_flags.c), which are copied
 * into the vCPU so one masked difference does not cascade. */
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include "ctl.h"
#include "sim_kvm.h"
#include "sim_twin86.h"
#ifdef TWIN86_HAVE_KVM

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void get_state(const struct kslave *k, struct cpu_state *s)
{
    if (k->attached)
        kstate_get(k, s);
    else
        *s = k->st;
}

static void where(const struct kslave *k, struct dbg_guard_found *f)
{
    struct cpu_state s;
    get_state(k, &s);
    f->icount = s.icount;
    f->cs = s.seg[1].sel;
    f->eip = s.eip;
    f->laddr = s.seg[1].base + s.eip;
    f->is_32bit_code = (s.seg[1].attr & 0x4000) && !(s.eflags & FL_VM);
}

void kslave_diverge(struct kslave *k, const char *fmt, ...)
{
    if (!k->diverged && k->f) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(k->f->text, sizeof k->f->text, fmt, ap);
        va_end(ap);
        where(k, k->f);
        k->f->guard_found = DBG_GUARD_DIVERGE;
    }
    k->diverged = 1;
}

/* The reference starts each chunk from the slave's own state. */
static void sync_ref(struct kslave *k)
{
    struct cpu_state s;
    kstate_get(k, &s);
    k->ref->cb->set_A20(k->ref->self, k->vm.a20);
    k->ref->cb->set_cpu(k->ref->self, &s);
}

static int ctrl_c(const struct dbg_guard *g)
{
    return (g->guard_for & DBG_GUARD_CTRL_C) && g->interrupt_requested && *g->interrupt_requested;
}

/* Entries before tick now are past: both cursors start at the first one
 * at now or later. */
static void seek_journal(struct kslave *k, uint64_t now)
{
    size_t i = 0;
    while (k->j && i < k->j->n && k->j->e[i].icount < now)
        i++;
    k->cur = i;
    t86_seek_journal(k->ref, i);
}

static void follow_again(struct kslave *k)
{
    const char *err;
    if (kfollow_state(k, &k->st, k->vm.a20) || kfollow_attach(k, &err) < 0)
        return;
    seek_journal(k, k->st.icount);
    if (k->out && k->reported <= 5)
        fprintf(k->out, "cosim: %s: slave follows again at icount %llu (%04X:%08X)\n",
                k->base.name, (unsigned long long)k->st.icount, k->st.seg[1].sel,
                (unsigned)k->st.eip);
}

static enum dbg_exec_result execute(void *self, const struct dbg_guard *g, struct dbg_guard_found *f)
{
    struct kslave *k = KS(self);
    memset(f, 0, sizeof *f);
    if (k->role != DBG_SLAVE || !k->j) {
        where(k, f);
        snprintf(f->text, sizeof f->text, "the KVM slave runs only in lockstep with its master");
        return DBG_EXEC_STOPPED;
    }
    double t0 = seconds();
    uint64_t target = (g->guard_for & DBG_GUARD_ICOUNT) ? g->icount : k->st.icount;
    k->f = f;
    k->diverged = 0;
    if (k->attached) {
        sync_ref(k);
        struct cpu_state s;
        for (kstate_get(k, &s); s.icount < target && k->attached && !ctrl_c(g); kstate_get(k, &s))
            if (ktick(k, target) < 0)
                break;
        if (k->attached && !k->diverged && s.icount >= target)
            ktick_end_chunk(k, target);
    }
    if (!k->attached && !k->diverged) {
        kfollow_mirror(k);   /* to the master's tick: nothing here to compare */
        follow_again(k);     /* from here, if the master is back in reach */
    }
    k->stats.secs += seconds() - t0;
    k->f = NULL;
    if (!f->guard_found) {
        where(k, f);
        if (f->icount >= target)
            f->guard_found = DBG_GUARD_ICOUNT;
        else if (ctrl_c(g)) {
            f->guard_found = DBG_GUARD_CTRL_C;
            f->ctrl_c = 1;
        }
    }
    if (!f->guard_found) {
        snprintf(f->text, sizeof f->text, "stopped");
        return DBG_EXEC_STOPPED;
    }
    return DBG_EXEC_GUARD;
}

/* ---- State, memory, pins ---- */

static int getphymem(void *self, uint32_t addr, unsigned len, uint8_t *buf)
{
    kvm_phys_read(&KS(self)->vm, addr, buf, len);
    return 0;
}

static int setphymem(void *self, uint32_t addr, unsigned len, const uint8_t *buf)
{
    struct kslave *k = KS(self);
    kvm_phys_write(&k->vm, addr, buf, len, 1);
    return k->ref->cb->setphymem(k->ref->self, addr, len, buf);   /* the reference sees it too */
}

static int xlate(void *self, uint32_t lin, uint32_t *phys)
{
    struct cpu_state s;
    get_state(KS(self), &s);
    return kslave_translate(KS(self), &s, lin, phys);
}

static int get_cpu(void *self, struct cpu_state *s)
{
    get_state(KS(self), s);
    return 0;
}

static int set_cpu(void *self, const struct cpu_state *s)
{
    struct kslave *k = KS(self);
    const char *err;
    k->ref->cb->set_cpu(k->ref->self, s);
    if (!k->attached) {
        k->st = *s;
        return 0;
    }
    return kstate_put(k, s, &err);
}

static uint32_t get_reg(void *self, enum cpu_reg r)
{
    struct cpu_state s;
    get_state(KS(self), &s);
    switch (r) {
    case REG_EIP: return s.eip;
    case REG_EFLAGS: return s.eflags;
    case REG_CR0: return s.cr0;
    case REG_CR2: return s.cr2;
    case REG_CR3: return s.cr3;
    case REG_CR4: return s.cr4;
    default:
        if (r <= REG_EDI)
            return s.gpr[r];
        if (r >= REG_ES && r <= REG_GS)
            return s.seg[r - REG_ES].sel;
        return 0;
    }
}

static int set_reg(void *self, enum cpu_reg r, uint32_t v)
{
    struct cpu_state s;
    get_state(KS(self), &s);
    switch (r) {
    case REG_EIP: s.eip = v; s.halted = 0; break;   /* as cpu_set_reg: out of HLT */
    case REG_EFLAGS: s.eflags = v | 2; break;
    case REG_CR0: s.cr0 = v; break;
    case REG_CR2: s.cr2 = v; break;
    case REG_CR3: s.cr3 = v; break;
    case REG_CR4: s.cr4 = v; break;
    default:
        if (r <= REG_EDI) {
            s.gpr[r] = v;
        } else if (r >= REG_ES && r <= REG_GS) {   /* the real-mode meaning */
            s.seg[r - REG_ES].sel = (uint16_t)v;
            s.seg[r - REG_ES].base = (v & 0xFFFF) << 4;
        } else {
            return -1;
        }
    }
    return set_cpu(self, &s);
}

static uint8_t *dirty_tbl(void *self, size_t *pages)
{
    struct kslave *k = KS(self);
    if (k->attached)
        kvm_vm_collect_dirty(&k->vm, NULL);
    *pages = k->vm.pages;
    return k->vm.dirty;
}

static uint8_t *ram(void *self, size_t *bytes)
{
    *bytes = KS(self)->vm.ram_size;
    return KS(self)->vm.ram;
}

static void set_a20(void *self, int on)
{
    struct kslave *k = KS(self);
    const char *err;
    if ((on != 0) == k->vm.a20)
        return;
    k->ref->cb->set_A20(k->ref->self, on);
    if (!k->attached)
        k->vm.a20 = on != 0;   /* the layout is built anew when it follows again */
    else if (kvm_vm_set_a20(&k->vm, on, &err) < 0) {
        snprintf(k->why, sizeof k->why, "%s", err);
        kfollow_detach(k, k->why);
    }
}

static int get_a20(void *self) { return KS(self)->vm.a20; }

static void reset_cpu(void *self, enum dbg_reset source)
{
    struct kslave *k = KS(self);
    struct cpu_state s;
    k->ref->cb->reset_cpu(k->ref->self, source);   /* the architectural reset state */
    k->ref->cb->get_cpu(k->ref->self, &s);
    set_cpu(self, &s);
}

static void set_reset(void *self, int level)
{
    if (level)
        reset_cpu(self, DBG_RESET_HARDWARE);
}

/* The slave's pins are the journal's: a slave takes the master's
 * interrupts, NMIs and resets at the ticks the master had them. */
static void pin_ignored(void *self, int level) { (void)self, (void)level; }
static void force_ignored(void *self, unsigned vector) { (void)self, (void)vector; }

static int init_mem(void *self, uint64_t bytes, const char **err)
{
    if (bytes == KS(self)->vm.ram_size)
        return 0;
    *err = "the KVM slave's memory is its master's size";
    return -1;
}

static int load_rom(void *self, const uint8_t *image, size_t len, uint32_t addr, const char **err)
{
    (void)self, (void)image, (void)len, (void)addr;
    *err = "the KVM slave's ROMs are its master's";
    return -1;
}

static void instr_start(void *self) { (void)self; }
static void instr_stop(void *self) { (void)self; }

static void instr_reset(void *self) { memset(&KS(self)->stats, 0, sizeof KS(self)->stats); }

static void instr_print(void *self, FILE *out)
{
    const struct kstats *s = &KS(self)->stats;
    fprintf(out, "cosim: %s: %llu instructions single-stepped on KVM (%s) in %.3f s, %.0f "
            "instructions per second; %llu KVM runs, %llu answered from the master, %llu "
            "interrupts delivered, %llu catch-ups; %llu instructions mirrored while it could not "
            "follow (%llu times)\n", KS(self)->base.name, (unsigned long long)s->ticks,
            KS(self)->backend ? KS(self)->backend : "?", s->secs,
            s->secs > 0 ? (double)s->ticks / s->secs : 0.0, (unsigned long long)s->runs,
            (unsigned long long)s->answered, (unsigned long long)s->delivered,
            (unsigned long long)s->catchups, (unsigned long long)s->mirrored,
            (unsigned long long)s->episodes);
    if (!s->taken)
        return;
    fprintf(out, "cosim: %s: %llu instructions taken from the master unchecked (the backend "
            "cannot run them or gets them wrong):", KS(self)->base.name,
            (unsigned long long)s->taken);
    for (unsigned op = 0; op < 512; op++)
        if (s->taken_op[op])
            fprintf(out, " %s%02X x%u", op >= 256 ? "0F " : "", op & 0xFF, (unsigned)s->taken_op[op]);
    fprintf(out, "\n");
}

static void sim_atexit(void *self)
{
    if (KS(self)->out)
        instr_print(self, KS(self)->out);
}

int dbg_load_file(dbg_sim *s, const char *path, uint32_t addr, const char **err);

static int loader(void *self, const char *path, uint32_t addr, const char **err)
{
    return dbg_load_file(&KS(self)->base, path, addr, err);
}

static void set_role(void *self, enum dbg_role role, dbg_journal *j)
{
    struct kslave *k = KS(self);
    k->role = role;
    k->j = j;
    k->cur = 0;
    /* A checkpoint: the journal starts here, where a mirroring slave
     * stands with its master, so it can follow again if the mode allows. */
    if (!k->attached && role == DBG_SLAVE)
        follow_again(k);
    dbg_twin86_set_role(k->ref, role, j);
}

static const struct dbg_callbacks kvm_callbacks = {
    .setphymem = setphymem, .getphymem = getphymem, .xlate_linear2phy = xlate,
    .set_reg = set_reg, .get_reg = get_reg, .set_cpu = set_cpu, .get_cpu = get_cpu,
    .dirty_page_tbl = dirty_tbl, .atexit = sim_atexit, .execute = execute,
    .reset_cpu = reset_cpu, .init_mem = init_mem, .load_ROM = load_rom,
    .set_A20 = set_a20, .get_A20 = get_a20, .set_NMI = pin_ignored, .set_RESET = set_reset,
    .set_INTR = pin_ignored, .force_interrupt = force_ignored, .instr_start = instr_start,
    .instr_stop = instr_stop, .instr_reset = instr_reset, .instr_print = instr_print,
    .loader = loader, .ram = ram, .set_role = set_role,
};

/* ---- Instances ---- */

/* What ROM reads see in the legacy area: the reference's memory shows it
 * with the page switched to ROM for a moment (its images never change). */
static void read_legacy_roms(struct kslave *k)
{
    memory *rm = cpu_memory(dbg_twin86_cpu(k->ref));
    for (unsigned p = 0; p < KVM_LEGACY_PAGES; p++) {
        uint32_t a = KVM_LEGACY_BASE + p * MEM_PAGE_SIZE;
        int rd, wr;
        if (mem_get_shadow(rm, a, &rd, &wr) < 0)
            continue;
        mem_set_shadow(rm, a, MEM_PAGE_SIZE, 0, wr);
        mem_read_block(rm, a, k->vm.legacy_rom + p * MEM_PAGE_SIZE, MEM_PAGE_SIZE);
        mem_set_shadow(rm, a, MEM_PAGE_SIZE, rd, wr);
    }
}

struct kslave *kslave_create(dbg_sim *master, unsigned caps, const char *name, FILE *out,
                             const char **err)
{
    struct kslave *k = calloc(1, sizeof *k);
    if (!k) {
        *err = "-cosim kvm: out of memory";
        return NULL;
    }
    k->base.cb = &kvm_callbacks;
    k->base.self = k;
    k->base.name = name;
    k->master = master;
    k->out = out;
    k->caps = caps;
    k->vm.sys = k->vm.fd = k->vm.vcpu = -1;
    size_t rom_len;
    const uint8_t *rom = t86_rom(master, &rom_len);   /* the BIOS image it mapped */
    memory *mm = cpu_memory(dbg_twin86_cpu(master));
    if (kvm_vm_open(&k->vm, mem_size(mm), rom, rom ? (uint32_t)rom_len : 0, err) < 0)
        goto fail;
    if (!(k->fresh = malloc(k->vm.pages))) {
        *err = "-cosim kvm: out of memory";
        goto fail;
    }
    if (!(k->ref = dbg_twin86_create_ref(master, 0, "kvm-reference", err)))
        goto fail;
    read_legacy_roms(k);
    struct cpu_state s;
    master->cb->get_cpu(master->self, &s);
    const char *why = kfollow_state(k, &s, mem_a20(mm));
    if (why) {   /* start as a mirror; follow when the master comes into reach */
        memcpy(k->vm.ram, mem_ram(mm), k->vm.ram_size);
        k->st = s;
        k->vm.a20 = mem_a20(mm);
        snprintf(k->why, sizeof k->why, "%s", why);
        kfollow_detach(k, why);
    } else if (kfollow_attach(k, err) < 0) {
        goto fail;
    }
    memset(k->vm.dirty, 1, k->vm.pages);   /* compare it all once */
    return k;
fail:
    kslave_destroy(k);
    return NULL;
}

void kslave_destroy(struct kslave *k)
{
    if (!k)
        return;
    kvm_vm_close(&k->vm);
    dbg_twin86_destroy(k->ref);
    free(k->fresh);
    free(k);
}

dbg_sim *dbg_kvm_create(dbg_sim *master, const char *name, FILE *out, const char **err)
{
    const char *backend;
    char summary[512];
    struct t86_map map;
    if (dbg_twin86_get_map(master, &map) < 0) {   /* its memory and ROMs are read directly */
        *err = "-cosim kvm: the master must be a twin86 simulator";
        return NULL;
    }
    if (kvm_probe(&backend, err) < 0)
        return NULL;
    uint8_t quirk[512];
    unsigned caps = kvm_selftest(quirk, summary, sizeof summary);
    if (out)
        fprintf(out, "cosim: %s: KVM slave on %s: %s\n", name, backend, summary);
    if (!(caps & KCAP_REAL)) {
        *err = "-cosim kvm: the KVM backend failed its real-mode self-test (report above)";
        return NULL;
    }
    struct kslave *k = kslave_create(master, caps, name, out, err);
    if (!k)
        return NULL;
    k->backend = backend;
    memcpy(k->quirk, quirk, sizeof k->quirk);
    return &k->base;
}

void dbg_kvm_destroy(dbg_sim *s)
{
    if (s)
        kslave_destroy(KS(s->self));
}

int dbg_kvm_usable(const char **why)
{
    const char *backend;
    return kvm_probe(&backend, why) == 0;
}

#else /* no KVM for x86 guests on this host */

dbg_sim *dbg_kvm_create(dbg_sim *master, const char *name, FILE *out, const char **err)
{
    (void)master, (void)name, (void)out;
    *err = "-cosim kvm: KVM for x86 guests needs a Linux x86 host";
    return NULL;
}

void dbg_kvm_destroy(dbg_sim *s) { (void)s; }

int dbg_kvm_usable(const char **why)
{
    *why = "-cosim kvm: KVM for x86 guests needs a Linux x86 host";
    return 0;
}
#endif
