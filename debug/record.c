/* The master's side of cosimulation: it performs every device access and
 * journals what its CPU saw (journal.h): port I/O, device-window accesses,
 * device writes into memory, map changes, interrupts, NMI, resets and
 * hostapi calls. The memory observer sees memory and map events; the CPU's
 * debug hooks see ports and interrupts. Entries are recorded only while the
 * master executes, so the debugger's own reads and writes stay out. */
#include <string.h>
#include "sim_twin86.h"
#include "hostapi/hostapi.h"

static int recording(const struct t86 *t)
{
    return t->role == DBG_MASTER && t->j && t->in_exec;
}

static struct jentry entry(struct t86 *t, unsigned kind)
{
    struct jentry e;
    memset(&e, 0, sizeof e);
    e.icount = cpu_icount(t->c);
    e.kind = (uint8_t)kind;
    e.a20 = -1;
    e.flags = t->depth ? JF_NESTED : 0;
    return e;
}

static void obs_dma(void *opaque, uint32_t paddr, const void *buf, size_t len)
{
    struct t86 *t = opaque;
    if (!recording(t))
        return;
    struct jentry e = entry(t, J_DMA);
    e.addr = paddr;
    e.len = (uint32_t)len;
    journal_add_bytes(t->j, &e, buf, len);
}

static void obs_mmio(void *opaque, uint32_t paddr, unsigned size, int write, uint32_t value)
{
    struct t86 *t = opaque;
    if (!recording(t))
        return;
    struct jentry e = entry(t, write ? J_MMIO_WR : J_MMIO_RD);
    e.addr = paddr;
    e.size = (uint8_t)size;
    e.value = value;
    journal_add(t->j, &e);
}

static void obs_map(void *opaque, const struct mem_map_event *ev)
{
    struct t86 *t = opaque;
    if (!recording(t))
        return;
    static const uint8_t kinds[] = {[MEM_MAP_SHADOW] = J_SHADOW, [MEM_MAP_MMIO] = J_MAP_MMIO,
                                    [MEM_MAP_RAM] = J_MAP_RAM, [MEM_MAP_UNMAP] = J_UNMAP,
                                    [MEM_MAP_A20] = J_A20};
    if (ev->kind == MEM_MAP_A20 && t->depth)
        return;   /* inside a port access: the access's a20 field says it */
    struct jentry e = entry(t, kinds[ev->kind]);
    e.addr = ev->base;
    e.len = ev->len;
    e.value = (uint32_t)(ev->read_ram | ev->write_ram << 1);
    if (ev->kind == MEM_MAP_MMIO || ev->kind == MEM_MAP_RAM) {
        const char *name = ev->name ? ev->name : "";
        journal_add_bytes(t->j, &e, name, strlen(name) + 1);
    } else
        journal_add(t->j, &e);
}

static void obs_reset(void *opaque)
{
    struct t86 *t = opaque;
    if (recording(t)) {
        struct jentry e = entry(t, J_RESET);
        journal_add(t->j, &e);
    }
}

void t86_record_attach(struct t86 *t, int on)
{
    struct mem_observer o = {t, obs_dma, obs_mmio, obs_map, obs_reset};
    mem_set_observer(t->mem, on ? &o : NULL);
}

/* Performs the access on the bus and journals it, with what it caused. */
void t86_record_io(struct t86 *t, uint16_t port, unsigned size, int write, uint32_t *value)
{
    int a20 = mem_a20(t->mem);
    uint64_t ic = cpu_icount(t->c);
    t->depth++;
    if (write)
        io_write(t->io, port, *value, size);
    else
        *value = io_read(t->io, port, size);
    t->depth--;
    if (recording(t)) {
        int now = mem_a20(t->mem);
        struct jentry e = entry(t, write ? J_OUT : J_IN);
        e.icount = ic;
        e.value = *value;
        e.port = port;
        e.size = (uint8_t)size;
        e.a20 = (int8_t)(now != a20 ? now : -1);
        journal_add(t->j, &e);
    }
}

/* An external interrupt or NMI (the CPU's hook tells them apart) starts
 * delivery. */
void t86_record_intr(struct t86 *t, unsigned vector, int nmi)
{
    if (!recording(t))
        return;
    struct cpu_state s;
    cpu_get_state(t->c, &s);
    struct jentry e = entry(t, nmi ? J_NMI : J_INTR);
    e.value = vector;
    e.tsc = s.tsc;
    journal_add(t->j, &e);
}

/* Guest bytes by linear address, unmapped ones 0 (block reads: no observer). */
static void read_lin(struct t86 *t, uint32_t lin, uint8_t *buf, unsigned n)
{
    uint32_t phys;
    for (unsigned i = 0; i < n; i++) {
        buf[i] = 0;
        if (cpu_translate(t->c, lin + i, &phys) == 0)
            mem_read_block(t->mem, phys, &buf[i], 1);
    }
}

/* The buffers of an external service's request: the program wrote them
 * through the shared memory file, which no observer sees. */
static void record_buffers(struct t86 *t, uint32_t linear)
{
    uint8_t hdr[HOSTAPI_HDR_SIZE], desc[8];
    uint32_t phys, ram = mem_size(t->mem);
    read_lin(t, linear, hdr, sizeof hdr);
    unsigned nbufs = get16(hdr + HA_NBUFS), off = get16(hdr + HA_BUFS_OFF);
    for (unsigned b = 0; b < nbufs && b < HOSTAPI_MAX_BUFS; b++) {
        read_lin(t, linear + off + 8 * b, desc, 8);
        uint32_t lin = get32(desc), len = get32(desc + 4);
        if (len > HOSTAPI_MAX_BUF_LEN)
            continue;
        for (uint32_t done = 0; done < len;) {
            uint32_t n = MEM_PAGE_SIZE - ((lin + done) & (MEM_PAGE_SIZE - 1));
            if (n > len - done)
                n = len - done;
            if (cpu_translate(t->c, lin + done, &phys) == 0 && phys < ram && ram - phys >= n) {
                struct jentry e = entry(t, J_DMA);
                e.addr = phys;
                e.len = n;
                journal_add_bytes(t->j, &e, mem_ram(t->mem) + phys, n);
            }
            done += n;
        }
    }
}

void t86_record_hostapi(struct t86 *t, int done, int via_doorbell, uint32_t linear,
                        uint16_t service, uint16_t status)
{
    if (!done) {
        t->depth++;   /* what the call writes nests in it */
        return;
    }
    if (recording(t) && service >= HOSTAPI_SVC_EXTERNAL_MIN)
        record_buffers(t, linear);
    t->depth--;
    if (recording(t)) {
        struct jentry e = entry(t, J_HOSTAPI);
        e.addr = linear;
        e.port = (uint16_t)via_doorbell;
        e.value = status;
        journal_add(t->j, &e);
    }
}

/* The end of a master's run: its halt state and TSC for a halted slave. */
void t86_record_idle(struct t86 *t)
{
    if (!recording(t))
        return;
    struct cpu_state s;
    cpu_get_state(t->c, &s);
    struct jentry e = entry(t, J_IDLE);
    e.value = s.halted != 0;
    e.tsc = s.tsc;
    journal_add(t->j, &e);
}

void t86_record_pins(struct t86 *t)
{
    if (t->pin_reset) {
        t->pin_reset = 0;
        if (recording(t)) {
            struct jentry e = entry(t, J_RESET);
            journal_add(t->j, &e);
        }
        cpu_reset(t->c);
    }
    if (t->pin_a20 >= 0) {
        mem_set_a20(t->mem, t->pin_a20);   /* the observer journals it */
        t->pin_a20 = -1;
    }
    if (t->pin_nmi > 0) {
        cpu_set_nmi(t->c, 1);              /* an edge; its delivery is journaled */
        cpu_set_nmi(t->c, 0);
    }
    t->pin_nmi = -1;
}
