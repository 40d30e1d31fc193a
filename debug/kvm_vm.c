/* The KVM virtual machine behind the `-cosim kvm` slave: one vCPU and the
 * memory slots that give it its master's physical map. Guest RAM is the
 * slave's own copy; the legacy area 0xC0000-0xFFFFF is one slot per page
 * (RAM or ROM, read-only where the chipset drops writes, which then exit to
 * us); the A20 gate re-points the slot at 1 MiB to alias address 0; device
 * windows have no slot, so the vCPU's accesses there exit to the journal. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

#define PG 4096u
#define HMA_BASE 0x100000u
#define HMA_END 0x110000u
#define BIOS_ALIAS_MAX 0x20000u

static uint32_t bios_base(const struct kvm_vm *v) { return (uint32_t)(0x100000000ull - v->bios_len); }
static uint32_t alias_len(const struct kvm_vm *v) { return v->bios_len < BIOS_ALIAS_MAX ? v->bios_len : BIOS_ALIAS_MAX; }

/* Where ROM reads of a legacy address come from: the BIOS image (its low
 * alias shares the memory, as in the master) or an option-ROM copy. */
static uint8_t *legacy_rom_ptr(const struct kvm_vm *v, uint32_t a)
{
    if (a >= 0x100000u - alias_len(v))
        return v->bios + v->bios_len - (0x100000u - a);
    return v->legacy_rom + (a - KVM_LEGACY_BASE);
}

/* Slot memory must be page-aligned. */
uint8_t *kvm_page_alloc(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void kvm_page_free(uint8_t *p, size_t n)
{
    if (p)
        munmap(p, n);
}

static int set_cpuid(struct kvm_vm *v)
{
    /* The vCPU may set any CR4 bit the host supports; the guest's CPUID
     * instructions are answered from the master's model, not from here. */
    struct {
        struct kvm_cpuid2 c;
        struct kvm_cpuid_entry2 e[256];
    } cp;
    memset(&cp, 0, sizeof cp);
    cp.c.nent = 256;
    if (ioctl(v->sys, KVM_GET_SUPPORTED_CPUID, &cp) < 0)
        return -1;
    return ioctl(v->vcpu, KVM_SET_CPUID2, &cp);
}

static int vm_open(struct kvm_vm *v, uint32_t ram_size, const uint8_t *bios, uint32_t bios_len,
                   const char **err)
{
    memset(v, 0, sizeof *v);
    v->sys = v->fd = v->vcpu = -1;
    v->ram_size = ram_size;
    v->pages = ram_size / PG;
    v->a20 = 1;
    v->bios_len = bios_len;
    *err = "-cosim kvm: out of memory";
    if (!(v->ram = kvm_page_alloc(ram_size)) || !(v->legacy_rom = kvm_page_alloc(KVM_LEGACY_PAGES * PG)) ||
        !(v->dirty = calloc(v->pages, 1)) || !(v->log = calloc(v->pages / 64 + 2, 8)) ||
        (bios_len && !(v->bios = kvm_page_alloc(bios_len))))
        return -1;
    memset(v->legacy_rom, 0xFF, KVM_LEGACY_PAGES * PG);
    if (bios_len)
        memcpy(v->bios, bios, bios_len);
    *err = "-cosim kvm: cannot open /dev/kvm";
    if ((v->sys = open("/dev/kvm", O_RDWR | O_CLOEXEC)) < 0)
        return -1;
    *err = "-cosim kvm: KVM_CREATE_VM failed";
    if ((v->fd = ioctl(v->sys, KVM_CREATE_VM, 0)) < 0)
        return -1;
    /* VMX runs real mode through a TSS and an identity page table of its
     * own: put them just below the BIOS, where the PC has nothing. */
    uint64_t ident = (bios_len ? bios_base(v) : 0xFFFFC000u) - 0x4000u;
    ioctl(v->fd, KVM_SET_IDENTITY_MAP_ADDR, &ident);
    if (ioctl(v->fd, KVM_SET_TSS_ADDR, (unsigned long)(ident + 0x1000)) < 0) {
        *err = "-cosim kvm: KVM_SET_TSS_ADDR failed";
        return -1;
    }
    *err = "-cosim kvm: KVM_CREATE_VCPU failed";
    if ((v->vcpu = ioctl(v->fd, KVM_CREATE_VCPU, 0)) < 0)
        return -1;
    int sz = ioctl(v->sys, KVM_GET_VCPU_MMAP_SIZE, 0);
    if (sz <= 0)
        return -1;
    v->run_size = (size_t)sz;
    v->run = mmap(NULL, v->run_size, PROT_READ | PROT_WRITE, MAP_SHARED, v->vcpu, 0);
    if (v->run == MAP_FAILED) {
        v->run = NULL;
        *err = "-cosim kvm: cannot map the vCPU's run page";
        return -1;
    }
    set_cpuid(v);
    v->run->kvm_valid_regs = KVM_SYNC_X86_REGS | KVM_SYNC_X86_SREGS | KVM_SYNC_X86_EVENTS;
    if (kvm_vm_debug(v, 0, 0) < 0) {
        *err = "-cosim kvm: KVM_SET_GUEST_DEBUG (single-step) failed";
        return -1;
    }
    return 0;
}

int kvm_vm_open(struct kvm_vm *v, uint32_t ram_size, const uint8_t *bios, uint32_t bios_len,
                const char **err)
{
    const char *e = NULL;   /* *err changes only on failure */
    if (vm_open(v, ram_size, bios, bios_len, &e) == 0)
        return 0;
    *err = e;
    return -1;
}

void kvm_vm_close(struct kvm_vm *v)
{
    if (v->run)
        munmap(v->run, v->run_size);
    if (v->vcpu >= 0)
        close(v->vcpu);
    if (v->fd >= 0)
        close(v->fd);
    if (v->sys >= 0)
        close(v->sys);
    kvm_page_free(v->ram, v->ram_size);
    for (unsigned i = 0; i < v->nwin; i++)
        kvm_page_free(v->win[i].host, v->win[i].len);
    kvm_page_free(v->legacy_rom, KVM_LEGACY_PAGES * PG);
    kvm_page_free(v->bios, v->bios_len);
    free(v->dirty);
    free(v->log);
    memset(v, 0, sizeof *v);
    v->sys = v->fd = v->vcpu = -1;
}

int kvm_vm_debug(struct kvm_vm *v, int armed, uint32_t dr0)
{
    struct kvm_guest_debug d;
    memset(&d, 0, sizeof d);
    d.control = KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_SINGLESTEP;
    if (armed) {
        d.control |= KVM_GUESTDBG_USE_HW_BP;
        d.arch.debugreg[0] = dr0;
        d.arch.debugreg[7] = 0x402;   /* G0, execute, one byte */
    }
    return ioctl(v->vcpu, KVM_SET_GUEST_DEBUG, &d) < 0 ? -1 : 0;
}

const struct kvm_win *kvm_win_at(const struct kvm_vm *v, uint32_t addr)
{
    for (unsigned i = 0; i < v->nwin; i++)
        if (addr - v->win[i].base < v->win[i].len)
            return &v->win[i];
    return NULL;
}

/* ---- Slots ---- */

/* How the page at gpa (below the RAM's end) is backed: host NULL for none. */
static uint8_t *backing(const struct kvm_vm *v, uint32_t gpa, int *ro, int64_t *ram_off)
{
    *ro = 0;
    *ram_off = -1;
    if (kvm_win_at(v, gpa))
        return NULL;
    if (gpa >= KVM_LEGACY_BASE && gpa < 0x100000u) {
        unsigned mode = v->legacy[(gpa - KVM_LEGACY_BASE) / PG];
        *ro = !(mode & 2);
        if (!(mode & 1))
            return legacy_rom_ptr(v, gpa);
        *ram_off = gpa;
        return v->ram + gpa;
    }
    uint32_t a = gpa;
    if (!v->a20 && gpa >= HMA_BASE && gpa < HMA_END)
        a = gpa & MEM_A20_MASK_OFF;
    *ram_off = a;
    return v->ram + a;
}

static int add_slot(struct kvm_vm *v, uint64_t gpa, uint64_t size, uint8_t *host, int ro,
                    int64_t ram_off, const char **err)
{
    if (v->nslots == KVM_MAX_SLOTS) {
        *err = "-cosim kvm: too many KVM memory slots";
        return -1;
    }
    struct kvm_userspace_memory_region r = {
        .slot = v->nslots, .guest_phys_addr = gpa, .memory_size = size,
        .userspace_addr = (uintptr_t)host,
        .flags = ro ? KVM_MEM_READONLY : (ram_off >= 0 ? KVM_MEM_LOG_DIRTY_PAGES : 0),
    };
    if (ioctl(v->fd, KVM_SET_USER_MEMORY_REGION, &r) < 0) {
        *err = "-cosim kvm: KVM_SET_USER_MEMORY_REGION failed";
        return -1;
    }
    v->slot[v->nslots++] = (struct kvm_slotmap){gpa, size, ro ? -1 : ram_off};
    return 0;
}

static void drop_slots(struct kvm_vm *v)
{
    for (unsigned i = 0; i < v->nslots; i++) {
        struct kvm_userspace_memory_region r = {.slot = i};
        ioctl(v->fd, KVM_SET_USER_MEMORY_REGION, &r);
    }
    v->nslots = 0;
}

int kvm_vm_layout(struct kvm_vm *v, const char **err)
{
    kvm_vm_collect_dirty(v, NULL);
    drop_slots(v);
    /* Runs of pages below the RAM's end with contiguous host memory, one
     * kind of protection and contiguous RAM offsets. */
    uint32_t start = 0;
    uint8_t *h0 = NULL;
    int ro0 = 0;
    int64_t off0 = -1;
    for (uint64_t a = 0; a <= v->ram_size; a += PG) {
        int ro = 0;
        int64_t off = -1;
        uint8_t *h = a < v->ram_size ? backing(v, (uint32_t)a, &ro, &off) : NULL;
        uint64_t n = a - start;
        int edge = a == HMA_BASE || a == HMA_END;   /* the A20 alias keeps a slot of its own */
        int same = !edge && h && h0 && h == h0 + n && ro == ro0 &&
                   (off < 0 ? off0 < 0 : off0 >= 0 && off == off0 + (int64_t)n);
        if (same)
            continue;
        if (h0 && add_slot(v, start, n, h0, ro0, off0, err) < 0)
            return -1;
        start = (uint32_t)a;
        h0 = h;
        ro0 = ro;
        off0 = off;
    }
    for (unsigned i = 0; i < v->nwin; i++)
        if (v->win[i].host && add_slot(v, v->win[i].base, v->win[i].len, v->win[i].host, 0, -1, err) < 0)
            return -1;
    if (v->bios_len && add_slot(v, bios_base(v), v->bios_len, v->bios, 1, -1, err) < 0)
        return -1;
    return 0;
}

int kvm_vm_set_a20(struct kvm_vm *v, int on, const char **err)
{
    on = on != 0;
    if (on == v->a20)
        return 0;
    v->a20 = on;
    for (unsigned i = 0; i < v->nslots; i++) {
        struct kvm_slotmap *m = &v->slot[i];
        if (m->gpa != HMA_BASE || m->size != HMA_END - HMA_BASE || m->ram_off < 0)
            continue;
        kvm_vm_collect_dirty(v, NULL);
        uint32_t to = on ? HMA_BASE : 0;   /* closed: the slot shows the first 64 KiB */
        struct kvm_userspace_memory_region r = {.slot = i};
        ioctl(v->fd, KVM_SET_USER_MEMORY_REGION, &r);
        r = (struct kvm_userspace_memory_region){.slot = i, .guest_phys_addr = HMA_BASE,
                                                 .memory_size = m->size,
                                                 .userspace_addr = (uintptr_t)(v->ram + to),
                                                 .flags = KVM_MEM_LOG_DIRTY_PAGES};
        if (ioctl(v->fd, KVM_SET_USER_MEMORY_REGION, &r) < 0) {
            *err = "-cosim kvm: KVM_SET_USER_MEMORY_REGION failed";
            return -1;
        }
        m->ram_off = to;
        return 0;
    }
    return kvm_vm_layout(v, err);   /* no slot of its own there (a small RAM): all anew */
}

void kvm_vm_collect_dirty(struct kvm_vm *v, uint8_t *fresh)
{
    for (unsigned s = 0; s < v->nslots; s++) {
        const struct kvm_slotmap *m = &v->slot[s];
        if (m->ram_off < 0)
            continue;
        size_t npg = m->size / PG;
        memset(v->log, 0, (npg + 63) / 64 * 8);
        struct kvm_dirty_log l = {.slot = s, .dirty_bitmap = v->log};
        if (ioctl(v->fd, KVM_GET_DIRTY_LOG, &l) < 0)
            continue;
        for (size_t w = 0; w < (npg + 63) / 64; w++)
            for (uint64_t bits = v->log[w]; bits; bits &= bits - 1) {
                size_t p = (size_t)(m->ram_off / PG) + w * 64 + (size_t)__builtin_ctzll(bits);
                if (p < v->pages) {
                    v->dirty[p] = 1;
                    if (fresh)
                        fresh[p] = 1;
                }
            }
    }
}

/* ---- The slave's physical view (what getphymem and DMA see) ---- */

/* The bytes at a (A20 applied) for reads, or NULL: all ones. */
static uint8_t *read_ptr(const struct kvm_vm *v, uint32_t a)
{
    if (a >= KVM_LEGACY_BASE && a < 0x100000u)
        return (v->legacy[(a - KVM_LEGACY_BASE) / PG] & 1) ? v->ram + a : legacy_rom_ptr(v, a);
    const struct kvm_win *w = kvm_win_at(v, a);
    if (w)
        return w->host ? w->host + (a - w->base) : NULL;
    if (a < v->ram_size)
        return v->ram + a;
    if (v->bios_len && a >= bios_base(v))
        return v->bios + (a - bios_base(v));
    return NULL;
}

void kvm_phys_read(const struct kvm_vm *v, uint32_t addr, void *buf, size_t n)
{
    uint8_t *out = buf;
    while (n) {
        uint32_t a = v->a20 ? addr : addr & MEM_A20_MASK_OFF;
        size_t k = PG - (a & (PG - 1));
        if (k > n)
            k = n;
        const uint8_t *p = read_ptr(v, a);
        if (p)
            memcpy(out, p, k);
        else
            memset(out, 0xFF, k);
        out += k;
        addr += (uint32_t)k;
        n -= k;
    }
}

/* Where a write to a lands (NULL: dropped), as the master's memory does it. */
static uint8_t *write_ptr(struct kvm_vm *v, uint32_t a, int force)
{
    if (a >= KVM_LEGACY_BASE && a < 0x100000u) {
        unsigned mode = v->legacy[(a - KVM_LEGACY_BASE) / PG];
        if (mode & 2)
            return v->ram + a;
        if (!force)
            return NULL;
        return (mode & 1) ? v->ram + a : legacy_rom_ptr(v, a);
    }
    const struct kvm_win *w = kvm_win_at(v, a);
    if (w)
        return w->host ? w->host + (a - w->base) : NULL;
    if (a < v->ram_size)
        return v->ram + a;
    if (force && v->bios_len && a >= bios_base(v))
        return v->bios + (a - bios_base(v));
    return NULL;
}

void kvm_phys_write(struct kvm_vm *v, uint32_t addr, const void *buf, size_t n, int force)
{
    const uint8_t *in = buf;
    while (n) {
        uint32_t a = v->a20 ? addr : addr & MEM_A20_MASK_OFF;
        size_t k = PG - (a & (PG - 1));
        if (k > n)
            k = n;
        uint8_t *p = write_ptr(v, a, force);
        if (p) {
            memcpy(p, in, k);
            if (p >= v->ram && p < v->ram + v->ram_size)
                v->dirty[(size_t)(p - v->ram) / PG] = 1;
        }
        in += k;
        addr += (uint32_t)k;
        n -= k;
    }
}
#endif
