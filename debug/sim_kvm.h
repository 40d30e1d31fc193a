/* The `-cosim kvm` slave (internal): the host CPU through /dev/kvm, single-
 * stepped one tick behind a reference copy of the master (a twin86
 * interpreter replaying the same journal) that supplies the tick count,
 * the master's answers to host-dependent instructions and its values for
 * flags the manuals leave undefined. docs/cosim.md describes the design. */
#ifndef TWIN86_DEBUG_SIM_KVM_H
#define TWIN86_DEBUG_SIM_KVM_H

#include <stdio.h>
#include "journal.h"

/* KVM for x86 guests exists on Linux x86 hosts only; elsewhere
 * dbg_kvm_create says so. */
#if defined(__linux__) && (defined(__x86_64__) || defined(__i386__))
#define TWIN86_HAVE_KVM 1
#include <linux/kvm.h>

/* EFLAGS and CR0 bits the slave looks at. */
enum { FL_ZF = 0x40u, FL_TF = 0x100u, FL_RF = 0x10000u, FL_VM = 0x20000u,
       CR0_PE = 1u, CR0_PG = 0x80000000u };

/* What the slave follows: each bit is a start-up self-test that passed. */
enum kvm_cap {
    KCAP_REAL = 1u << 0,       /* real mode */
    KCAP_PROT = 1u << 1,       /* protected mode without paging */
    KCAP_PM_EVENTS = 1u << 2,  /* INT/IRET, exceptions, interrupts, task switches in PM */
    KCAP_PAGING = 1u << 3,
    KCAP_X87 = 1u << 4,
};
#define KCAP_COUNT 5
const char *kcap_name(unsigned cap);

/* ---- The virtual machine (kvm_vm.c) ---- */
#define KVM_MAX_WIN 16
#define KVM_MAX_SLOTS 128
#define KVM_LEGACY_BASE 0xC0000u
#define KVM_LEGACY_PAGES 64

struct kvm_win {                /* a device window of the master's map */
    uint32_t base, len;
    uint8_t *host;              /* RAM-backed (frame buffer): the slave's copy; NULL: MMIO */
};
struct kvm_slotmap {            /* one memory slot, for the dirty log */
    uint64_t gpa, size;
    int64_t ram_off;            /* offset in the guest RAM, -1: not RAM */
};
struct kvm_vm {
    int sys, fd, vcpu;
    struct kvm_run *run;
    size_t run_size;
    uint8_t *ram;
    uint32_t ram_size;
    uint8_t legacy[KVM_LEGACY_PAGES];   /* per legacy page: bit 0 reads RAM, bit 1 writes RAM */
    uint8_t *legacy_rom;                /* what ROM reads see at 0xC0000-0xFFFFF (0xFF: none) */
    uint8_t *bios;                      /* the image at the top of the 4 GiB space */
    uint32_t bios_len;
    struct kvm_win win[KVM_MAX_WIN];
    unsigned nwin;
    int a20;
    struct kvm_slotmap slot[KVM_MAX_SLOTS];
    unsigned nslots;
    uint8_t *dirty;                     /* the controller's table: one byte per RAM page */
    size_t pages;
    uint64_t *log;                      /* dirty-log bitmap scratch */
};
int kvm_vm_open(struct kvm_vm *v, uint32_t ram_size, const uint8_t *bios, uint32_t bios_len,
                const char **err);
void kvm_vm_close(struct kvm_vm *v);
/* Page-aligned memory for slots (anonymous mappings). */
uint8_t *kvm_page_alloc(size_t n);
void kvm_page_free(uint8_t *p, size_t n);
/* Rebuilds every memory slot from ram, legacy, win and a20. */
int kvm_vm_layout(struct kvm_vm *v, const char **err);
/* Opens or closes the A20 gate: the slot at 1 MiB shows 1 MiB or address 0. */
int kvm_vm_set_a20(struct kvm_vm *v, int on, const char **err);
/* Folds the dirty log into v->dirty (and returns pages dirtied since the last call in `fresh`
 * when not NULL: one byte per page, set, never cleared here). */
void kvm_vm_collect_dirty(struct kvm_vm *v, uint8_t *fresh);
/* The slave's physical memory as its master's getphymem/setphymem see it. */
void kvm_phys_read(const struct kvm_vm *v, uint32_t addr, void *buf, size_t n);
void kvm_phys_write(struct kvm_vm *v, uint32_t addr, const void *buf, size_t n, int force);
const struct kvm_win *kvm_win_at(const struct kvm_vm *v, uint32_t addr);
/* Single-stepping, with an instruction breakpoint at linear address dr0 when armed. */
int kvm_vm_debug(struct kvm_vm *v, int armed, uint32_t dr0);

/* ---- State conversion (kvm_state.c) ---- */
struct kslave;
/* Loads the whole architectural state into the vCPU (ioctls; run-page copy refreshed). */
int kstate_put(struct kslave *k, const struct cpu_state *s, const char **err);
/* The vCPU's state as of the last exit (or put), merged into *s. */
void kstate_get(const struct kslave *k, struct cpu_state *s);
/* Sets the interrupt shadow (twin86's inhibit: 1 after STI, 2 after MOV SS). */
int kstate_put_shadow(struct kslave *k, uint32_t inhibit);
/* Writes the registers and EFLAGS of s into the run page for the next KVM_RUN. */
void kstate_put_regs(struct kslave *k, const struct cpu_state *s);

/* ---- Instruction peek (kvm_insn.c) ---- */
struct kinsn {
    unsigned op;                /* one-byte opcode, or 0x100 | the byte after 0F */
    uint8_t osize, asize;       /* operand and address size in bytes: 2 or 4 */
    uint8_t rep;                /* 0, 0xF2 or 0xF3 */
    uint8_t len;                /* prefixes and opcode bytes */
    uint8_t modrm;              /* the byte after the opcode (when the form has one) */
    int imm8;                   /* count byte of C0/C1/0F A4/0F AC, -1: none */
};
/* Decodes prefixes and opcode; returns 0, or -1 when the bytes do not say. */
int kinsn_decode(struct kinsn *i, const uint8_t *b, unsigned n, int code32);
static inline unsigned kinsn_reg(const struct kinsn *i) { return (i->modrm >> 3) & 7; }
int kinsn_is_string(const struct kinsn *i);     /* MOVS CMPS STOS LODS SCAS INS OUTS */
int kinsn_is_x87(const struct kinsn *i);
int kinsn_is_pm_event(const struct kinsn *i);   /* INT n, INT3, INTO, INT1, IRET, SYSENTER/EXIT */
/* Answered from the reference instead of run: CPUID, RDTSC, RDMSR, WRMSR, RDPMC, HLT, MOV DRx. */
int kinsn_is_answered(const struct kinsn *i);
int kinsn_is_escape(const struct kinsn *i);     /* the hostapi escape (UD1 reg=7 disp form) */

/* ---- Undefined results (undef_flags.c, table in docs/cosim.md) ---- */
struct undef {
    uint32_t flags;             /* EFLAGS bits the manuals leave undefined */
    int reg;                    /* general register whose result is undefined, -1: none */
    int mem;                    /* the undefined result may be in memory */
};
void undef_of(const struct kinsn *i, const struct cpu_state *pre, const struct cpu_state *post,
              struct undef *u);

/* ---- The instance (sim_kvm.c) ---- */
struct kstats {
    uint64_t ticks, runs, answered, taken, catchups, mirrored, episodes, delivered;
    double secs;
    uint32_t taken_op[512];     /* instructions the backend could not run, by opcode */
};
struct kslave {
    dbg_sim base;
    dbg_sim *master;
    dbg_sim *ref;               /* the reference copy of the master */
    struct kvm_vm vm;
    FILE *out;                  /* messages, NULL: quiet */
    unsigned caps;
    uint8_t quirk[512];         /* opcodes the backend gets wrong: taken from the master */
    const char *backend;
    enum dbg_role role;
    dbg_journal *j;
    size_t cur;                 /* the next journal entry */
    struct cpu_state st;        /* what KVM does not hold: icount, tsc, halted, DRs, FPU... */
    int attached;               /* 0: mirroring the master (cannot follow) */
    /* While executing. */
    struct dbg_guard_found *f;
    uint64_t batch_lo, batch_hi;     /* ticks the current vCPU run covers */
    char why[160];              /* the reason the slave stopped following */
    int diverged;
    int emu_fail;               /* the backend's emulator did not know the instruction */
    struct kstats stats;
    uint8_t *fresh;             /* scratch: one byte per page */
    int reported;               /* cannot-follow messages printed */
};
static inline struct kslave *KS(void *self) { return self; }

/* A slave of master with the capabilities given, no self-test (kvm_selftest.c uses it). */
struct kslave *kslave_create(dbg_sim *master, unsigned caps, const char *name, FILE *out,
                             const char **err);
void kslave_destroy(struct kslave *k);
void kslave_diverge(struct kslave *k, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The vCPU's view of a linear address: unpaged, or through its own page
 * tables. 0, or -1 when not mapped. */
int kslave_translate(const struct kslave *k, const struct cpu_state *s, uint32_t lin,
                     uint32_t *phys);
/* The first bytes at CS:EIP, as hex, for reports. */
void kslave_bytes_at(const struct kslave *k, const struct cpu_state *s, char *hex, size_t n);
/* Runs the reference to tick `to` (noting deliveries); its state in *post.
 * -1 after a divergence the reference found. */
int kslave_ref_run(struct kslave *k, uint64_t to, struct dbg_guard_found *rf, struct cpu_state *post);
/* Stops following for k->why (not after a divergence); returns -1. */
int kslave_stop_following(struct kslave *k);
/* A difference after the tick that started in pre: printed and the guard set. */
void kslave_report(struct kslave *k, const struct cpu_state *pre, const char *what);

/* ---- One tick (kvm_tick.c) and the comparison after it (kvm_compare.c) ---- */
/* Runs one tick (or a batch of string iterations): 0 to go on, -1 to stop. */
int ktick(struct kslave *k, uint64_t target);
/* At the chunk's last tick: its remaining entries, and pages only the vCPU wrote. */
void ktick_end_chunk(struct kslave *k, uint64_t target);
/* Compares the vCPU with the reference after a tick from pre to post, copies
 * what is undefined, catches up a backend that ran one tick more. taken:
 * the tick's memory writes come from the reference. 0, or -1 (reported). */
int ksettle(struct kslave *k, const struct kinsn *in, int have, const struct cpu_state *pre,
            struct cpu_state *post, uint64_t target, int taken);

/* ---- Journal (kvm_journal.c) ---- */
/* Applies the boundary entries for tick `now` to the VM; *deliver gets the
 * interrupt or NMI delivered as tick now (only when now < target). Returns
 * 0, or -1 after a divergence or when the slave cannot follow (k->why). */
int kj_boundary(struct kslave *k, uint64_t now, uint64_t target, const struct jentry **deliver);
/* The master's answer to an access the vCPU makes now (port or device
 * window), after the nested entries before it; NULL on a divergence. */
const struct jentry *kj_access(struct kslave *k, unsigned kind, uint32_t where, unsigned size,
                               uint32_t value);
/* The hostapi escape the master served at tick now: applies its writes; 0, or -1. */
int kj_escape(struct kslave *k, uint64_t now);
/* The icount of the next entry applied at a boundary, UINT64_MAX: none. */
uint64_t kj_next_boundary(const struct kslave *k);
const char *kj_kind_name(unsigned kind);

/* ---- One step of the vCPU (kvm_step.c) ---- */
/* Runs until the single-step (or breakpoint) exit, or until a port or MMIO
 * access is served and completed. Returns 0, or -1 when the backend failed
 * (k->why) or a served access diverged (k->diverged). */
int kvm_step(struct kslave *k);

/* ---- Following (kvm_follow.c) ---- */
/* NULL when the slave can run the tick that took the reference from pre to
 * post; else why not. */
const char *kfollow_tick(const struct kslave *k, const struct cpu_state *pre,
                         const struct cpu_state *post, const struct kinsn *in, int have_insn,
                         int delivered);
/* NULL when the slave can start following in state s. */
const char *kfollow_state(const struct kslave *k, const struct cpu_state *s, int a20);
/* Stops following: the slave mirrors its master from now on. */
void kfollow_detach(struct kslave *k, const char *why);
/* The master's state, RAM and A20 copied (detached slaves, each execute). */
void kfollow_mirror(struct kslave *k);
/* Starts following again from the master's state: 0, or -1 (stays detached). */
int kfollow_attach(struct kslave *k, const char **err);

/* ---- Probe and self-test (kvm_probe.c, kvm_selftest.c) ---- */
/* Opens /dev/kvm and checks what the slave needs; the backend's name.
 * Returns 0, or -1 with a static message in *err. */
int kvm_probe(const char **backend, const char **err);
/* Runs the self-test of every mode; returns the capabilities that passed,
 * marks in quirk[] (512 opcodes, 0F xx at 256 + xx) the instructions the
 * backend gets wrong, and writes a one-line summary. */
unsigned kvm_selftest(uint8_t *quirk, char *summary, size_t n);

#endif /* TWIN86_HAVE_KVM */
#endif
