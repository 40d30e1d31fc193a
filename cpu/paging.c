/* Page walks and translation-cache fills. The TLB gets a tag only for the
 * access kinds the walk proved legal, and a write tag only once the page is
 * dirty, so the fast path never has to set accessed or dirty bits. */
#include "access.h"
#include "paging.h"

enum { PTE_P = 1, PTE_W = 2, PTE_U = 4, PTE_A = 0x20, PTE_D = 0x40, PTE_PS = 0x80, PTE_G = 0x100 };
#define CR0_WP (1u << 16)
#define CR4_PSE (1u << 4)
#define CR4_PGE (1u << 7)

_Noreturn static void page_fault(cpu *c, uint32_t lin, uint32_t err)
{
    c->cr2 = lin;
    cpu_fault_err(c, EXC_PF, err);
}

static void fill(cpu *c, uint32_t lin, uint32_t phys, int user_ok, int write_ok, int dirty, int global)
{
    if (!c->fast_paths)   /* its tags stay invalid: cpu_set_fast_paths flushed them */
        return;
    struct tlb_entry *e = &c->tlb[(lin >> 12) & (TLB_SIZE - 1)];
    e->tag[0] = e->tag[1] = e->tag[2] = e->tag[3] = 1;
    if (c->dbg_data)
        return;
    uint32_t page = phys & ~0xFFFu;
    uint8_t *rp = mem_page_ptr(c->mem, page, 0);
    if (!rp)
        return;
    uint32_t tag = lin & ~0xFFFu;
    int host_writable = mem_page_ptr(c->mem, page, 1) == rp;
    e->addend = (uintptr_t)rp - tag;
    e->phys = page;
    e->global = (uint8_t)global;
    e->dirty = mem_dirty_byte(c->mem, page);
    e->code = mem_code_byte(c->mem, page);
    e->tag[TLB_SR] = tag;
    if (user_ok)
        e->tag[TLB_UR] = tag;
    if (host_writable && dirty) {
        /* Supervisor writes ignore R/W unless CR0.WP is set. */
        if (write_ok || !(c->cr0 & CR0_WP))
            e->tag[TLB_SW] = tag;
        if (user_ok && write_ok)
            e->tag[TLB_UW] = tag;
    }
}

static inline uint32_t pread(cpu *c, uint32_t a) { return mem_read(c->mem, a & c->a20_mask, 4); }
static inline void pwrite(cpu *c, uint32_t a, uint32_t v) { mem_write(c->mem, a & c->a20_mask, v, 4); }

uint32_t page_translate(cpu *c, uint32_t lin, unsigned kind)
{
    if (!cpu_paging(c)) {
        uint32_t phys = lin & c->a20_mask;
        fill(c, lin, phys, 1, 1, 1, 0);
        return phys;
    }
    int write = kind & 1, user = kind >= TLB_UR;
    uint32_t err = (write ? PF_W : 0) | (user ? PF_U : 0);
    uint32_t pde_a = (c->cr3 & ~0xFFFu) | ((lin >> 22) << 2);
    uint32_t pde = pread(c, pde_a);
    if (!(pde & PTE_P))
        page_fault(c, lin, err);
    uint32_t entry_a, entry, flags, phys;
    int big = (pde & PTE_PS) && (c->cr4 & CR4_PSE);
    if (big) {
        if (pde & 0x003FE000u)   /* reserved bits of a 4 MiB PDE without PSE-36 */
            page_fault(c, lin, err | PF_P | PF_RSVD);
        entry_a = pde_a;
        entry = pde;
        flags = pde;
        phys = (pde & 0xFFC00000u) | (lin & 0x003FFFFFu);
    } else {
        entry_a = (pde & ~0xFFFu) | (((lin >> 12) & 0x3FF) << 2);
        entry = pread(c, entry_a);
        if (!(entry & PTE_P))
            page_fault(c, lin, err);
        flags = pde & entry;
        phys = (entry & ~0xFFFu) | (lin & 0xFFF);
    }
    int user_ok = (flags & PTE_U) != 0, write_ok = (flags & PTE_W) != 0;
    if (user && !user_ok)
        page_fault(c, lin, err | PF_P);
    if (write && !write_ok && (user || (c->cr0 & CR0_WP)))
        page_fault(c, lin, err | PF_P);
    /* Accessed bits on the way down, dirty on a write: only when they change. */
    if (!big && !(pde & PTE_A))
        pwrite(c, pde_a, pde | PTE_A);
    uint32_t want = entry | PTE_A | (write ? PTE_D : 0);
    if (want != entry)
        pwrite(c, entry_a, want);
    phys &= c->a20_mask;
    fill(c, lin, phys, user_ok, write_ok, (want & PTE_D) != 0,
         (c->cr4 & CR4_PGE) && (entry & PTE_G));
    return phys;
}

int page_lookup(cpu *c, uint32_t lin, uint32_t *phys)
{
    if (!cpu_paging(c)) {
        *phys = lin & c->a20_mask;
        return 0;
    }
    uint32_t pde = pread(c, (c->cr3 & ~0xFFFu) | ((lin >> 22) << 2));
    if (!(pde & PTE_P))
        return -1;
    if ((pde & PTE_PS) && (c->cr4 & CR4_PSE)) {
        *phys = ((pde & 0xFFC00000u) | (lin & 0x003FFFFFu)) & c->a20_mask;
        return 0;
    }
    uint32_t pte = pread(c, (pde & ~0xFFFu) | (((lin >> 12) & 0x3FF) << 2));
    if (!(pte & PTE_P))
        return -1;
    *phys = ((pte & ~0xFFFu) | (lin & 0xFFF)) & c->a20_mask;
    return 0;
}
