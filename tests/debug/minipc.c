/* The journal tests' tiny machine (see minipc.h). Requests made by a port
 * write end the CPU's slice so they happen right after the instruction,
 * as the PC's do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "minipc.h"

static uint32_t window_read(void *opaque, uint32_t offset, unsigned size)
{
    struct minipc *p = opaque;
    (void)size;
    return 0xA5000000u | offset << 8 | (p->counter++ & 0xFF);
}

static void window_write(void *opaque, uint32_t offset, uint32_t value, unsigned size)
{
    (void)opaque, (void)offset, (void)value, (void)size;
}

static uint32_t port_read(void *opaque, uint16_t port, unsigned size)
{
    struct minipc *p = opaque;
    (void)size;
    return port == MP_COUNTER ? (p->counter++ * 37 + 11) & 0xFF : 0xFF;
}

static void move_window(struct minipc *p)
{
    const char *err;
    mem_unmap(p->mem, p->window);
    p->window = MP_WINDOW_MOVED;
    mem_map_mmio(p->mem, p->window, 0x1000, window_read, window_write, p, "minidev", &err);
}

static void port_write(void *opaque, uint16_t port, uint32_t v, unsigned size)
{
    struct minipc *p = opaque;
    uint8_t b[16];
    (void)size;
    switch (port) {
    case MP_DMA_NOW:
        for (int i = 0; i < 16; i++)
            b[i] = (uint8_t)(v + (unsigned)i);
        mem_write_block(p->mem, 0x3000, b, 16, 0);
        return;
    case MP_PAM: mem_set_shadow(p->mem, 0xF0000, 0x10000, v & 1, v >> 1 & 1); return;
    case MP_MOVE: move_window(p); return;
    case MP_IRQ_IDLE: p->irq_idle = 1; p->idle_vector = (uint8_t)v; return;
    case MP_DMA_LATER: p->dma_later = 1; p->dma_value = (uint8_t)v; break;
    case MP_NMI: p->nmi = 1; break;
    case MP_RESET: p->reset = 1; break;
    case MP_IRQ: p->irq = 1; p->vector = (uint8_t)v; break;
    case MP_A20: p->a20 = 2 | (v & 1); break;
    default: return;
    }
    cpu_shorten_run(p->c, 0);
}

static uint8_t iack(void *opaque)
{
    struct minipc *p = opaque;
    cpu_set_intr(p->c, 0);
    return p->vector;
}

/* What the port writes asked for, between two slices. */
static void boundary(struct minipc *p)
{
    if (p->dma_later) {
        uint8_t b[4] = {(uint8_t)(p->dma_value ^ 0x5A), 1, 2, 3};
        p->dma_later = 0;
        mem_write_block(p->mem, 0x3100, b, 4, 0);
    }
    if (p->nmi) {
        p->nmi = 0;
        cpu_set_nmi(p->c, 1);
        cpu_set_nmi(p->c, 0);
    }
    if (p->irq) {
        p->irq = 0;
        cpu_set_intr(p->c, 1);
    }
    if (p->a20) {
        mem_set_a20(p->mem, p->a20 & 1);
        p->a20 = 0;
    }
    if (p->reset) {
        p->reset = 0;
        mem_note_reset(p->mem);
        cpu_reset(p->c);
    }
}

int minipc_run(void *opaque, char *msg, size_t n)
{
    struct minipc *p = opaque;
    int ret = 0;
    for (;;) {
        enum cpu_stop r = cpu_run(p->c, 50);
        boundary(p);
        if (r == CPU_STOP_REQUEST)
            break;
        if (r == CPU_STOP_SHUTDOWN)
            mem_note_reset(p->mem);
        if (r == CPU_STOP_UNSUPPORTED) {
            snprintf(msg, n, "%s", cpu_stop_detail(p->c));
            ret = -1;
            break;
        }
        if (r == CPU_STOP_HALT && p->irq_idle) {
            p->irq_idle = 0;
            cpu_idle_ticks(p->c, 5000);
            p->vector = p->idle_vector;
            cpu_set_intr(p->c, 1);
        } else if (r == CPU_STOP_HALT) {
            /* Nothing will wake it: virtual time runs on to the end (as a
             * PC's does until its limit), which only the TSC tells. */
            cpu_idle_ticks(p->c, 3000);
            snprintf(msg, n, "CPU halted");
            ret = -1;
            break;
        }
    }
    if (p->after_run)
        p->after_run(p->after_opaque);
    return ret;
}

/* The hostapi probe blocks the program serves by the escape and the doorbell. */
static void put_probe(memory *m, uint32_t at)
{
    uint8_t b[HOSTAPI_HDR_SIZE + HOSTAPI_PROBE_SIZE];
    memset(b, 0, sizeof b);
    put32(b + HA_MAGIC, HOSTAPI_MAGIC);
    put16(b + HA_VERSION, HOSTAPI_VERSION);
    put16(b + HA_HDR_SIZE, HOSTAPI_HDR_SIZE);
    put16(b + HA_TOTAL_SIZE, sizeof b);
    put16(b + HA_SERVICE, HOSTAPI_SVC_CORE);
    put16(b + HA_REQUEST, HOSTAPI_CORE_PROBE);
    put16(b + HA_STATUS, 0xEEEE);   /* the host overwrites it */
    mem_write_block(m, at, b, sizeof b, 1);
}

struct minipc *minipc_create(const uint8_t *prog, size_t len, const char **err)
{
    struct minipc *p = calloc(1, sizeof *p);
    uint8_t *rom = malloc(65536);
    char msg[200];
    struct hostapi_config cfg = {.enabled = 1};
    *err = "out of memory";
    if (!p || !rom) {
        free(p);
        free(rom);
        return NULL;
    }
    memset(rom, 0xFF, 65536);
    rom[0] = 0x12;
    rom[1] = 0x34;
    memcpy(rom + 0xFFF0, "\xEA\x00\x11\x00\x00", 5);   /* jmp 0000:1100 */
    p->window = MP_WINDOW;
    if (!(p->mem = mem_create(1u << 20, err)) || mem_load_bios(p->mem, rom, 65536, err) < 0 ||
        !(p->io = io_create()) || !(p->c = cpu_create(p->mem, p->io)))
        goto fail;
    if (io_register(p->io, 0x80, 10, IO_W8, port_read, port_write, p, "minipc", err) < 0 ||
        mem_map_mmio(p->mem, MP_WINDOW, 0x1000, window_read, window_write, p, "minidev", err) < 0)
        goto fail;
    if (!(p->h = hostapi_create(p->mem, &cfg, msg, sizeof msg)) ||
        hostapi_attach_doorbell(p->h, p->io, HOSTAPI_PORT, err) < 0) {
        *err = "hostapi";
        goto fail;
    }
    hostapi_attach_cpu(p->h, p->c);
    cpu_set_iack(p->c, iack, p);
    mem_write_block(p->mem, 0x1000, prog, len, 1);
    put_probe(p->mem, 0x4000);
    put_probe(p->mem, 0x4100);
    cpu_set_reg(p->c, REG_CS, 0);
    cpu_set_reg(p->c, REG_EIP, 0x1000);
    free(rom);
    return p;
fail:
    free(rom);
    minipc_destroy(p);
    return NULL;
}

void minipc_destroy(struct minipc *p)
{
    if (!p)
        return;
    hostapi_destroy(p->h);
    cpu_destroy(p->c);
    io_destroy(p->io);
    mem_destroy(p->mem);
    free(p);
}
