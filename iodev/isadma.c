/* Two 8237 DMA controllers and their page registers (see isadma.h). */
#include "isadma.h"

#include <stdlib.h>

enum {
    MODE_TYPE = 0x0C, /* 00 verify, 01 write to memory, 10 read from memory */
    MODE_AUTOINIT = 0x10,
    MODE_DECREMENT = 0x20,
    MODE_CASCADE = 0xC0,
    CMD_DISABLE = 0x04,
};

struct chan {
    uint16_t base_addr, base_count, addr, count;
    uint8_t mode;
    int last_tc, dreq;
};

struct ctl {
    struct chan ch[4];
    uint8_t command, tc_bits, request, mask;
    int flipflop; /* next byte of a 16-bit register is the high one */
};

struct isadma {
    memory *mem;
    struct ctl c[2];
    uint8_t pages[16];
};

/* Page register offset (from 0x80) of each channel. */
static const uint8_t page_of[8] = {0x7, 0x3, 0x1, 0x2, 0xF, 0xB, 0x9, 0xA};

static void master_clear(struct ctl *c) {
    c->command = c->tc_bits = c->request = 0;
    c->mask = 0x0F;
    c->flipflop = 0;
}

void isadma_reset(isadma *d) {
    master_clear(&d->c[0]);
    master_clear(&d->c[1]);
}

/* Current or base address/count registers, a byte at a time. */
static uint8_t read_addr_count(struct ctl *c, unsigned reg) {
    struct chan *ch = &c->ch[reg >> 1];
    uint16_t v = reg & 1 ? ch->count : ch->addr;
    uint8_t b = (uint8_t)(c->flipflop ? v >> 8 : v);
    c->flipflop ^= 1;
    return b;
}

static void write_addr_count(struct ctl *c, unsigned reg, uint8_t v) {
    struct chan *ch = &c->ch[reg >> 1];
    uint16_t *base = reg & 1 ? &ch->base_count : &ch->base_addr;
    *base = c->flipflop ? (uint16_t)((*base & 0x00FF) | v << 8) : (uint16_t)((*base & 0xFF00) | v);
    if (reg & 1)
        ch->count = *base;
    else
        ch->addr = *base;
    c->flipflop ^= 1;
}

static uint8_t ctl_read(struct ctl *c, unsigned reg) {
    if (reg < 8)
        return read_addr_count(c, reg);
    switch (reg) {
    case 0x8: { /* status: TC bits (cleared by reading) and requests */
        uint8_t dreq = 0;
        for (unsigned i = 0; i < 4; i++)
            dreq |= (uint8_t)((c->ch[i].dreq ? 1 : 0) << i);
        uint8_t v = (uint8_t)(c->tc_bits | (c->request | dreq) << 4);
        c->tc_bits = 0;
        return v;
    }
    case 0xD:
        return 0; /* temporary register: only memory-to-memory fills it */
    case 0xF:
        return c->mask | 0xF0;
    }
    return 0xFF;
}

static void ctl_write(struct ctl *c, unsigned reg, uint8_t v) {
    unsigned ch = v & 3;
    if (reg < 8) {
        write_addr_count(c, reg, v);
        return;
    }
    switch (reg) {
    case 0x8:
        c->command = v;
        break;
    case 0x9:
        c->request = (uint8_t)(v & 4 ? c->request | 1u << ch : c->request & ~(1u << ch));
        break;
    case 0xA:
        c->mask = (uint8_t)(v & 4 ? c->mask | 1u << ch : c->mask & ~(1u << ch));
        break;
    case 0xB:
        c->ch[ch].mode = v & 0xFC;
        break;
    case 0xC:
        c->flipflop = 0;
        break;
    case 0xD:
        master_clear(c);
        break;
    case 0xE:
        c->mask = 0;
        break;
    case 0xF:
        c->mask = v & 0x0F;
        break;
    }
}

static uint32_t dma1_read(void *opaque, uint16_t port, unsigned size) {
    (void)size;
    return ctl_read(&((isadma *)opaque)->c[0], port & 0xF);
}

static void dma1_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    (void)size;
    ctl_write(&((isadma *)opaque)->c[0], port & 0xF, (uint8_t)value);
}

static uint32_t dma2_read(void *opaque, uint16_t port, unsigned size) {
    (void)size;
    return ctl_read(&((isadma *)opaque)->c[1], ((port - 0xC0) >> 1) & 0xF);
}

static void dma2_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    (void)size;
    ctl_write(&((isadma *)opaque)->c[1], ((port - 0xC0) >> 1) & 0xF, (uint8_t)value);
}

static uint32_t page_read(void *opaque, uint16_t port, unsigned size) {
    (void)size;
    return ((isadma *)opaque)->pages[port & 0xF];
}

static void page_write(void *opaque, uint16_t port, uint32_t value, unsigned size) {
    (void)size;
    ((isadma *)opaque)->pages[port & 0xF] = (uint8_t)value;
}

static inline struct chan *chan_of(isadma *d, unsigned channel) {
    return &d->c[channel >> 2].ch[channel & 3];
}

static int usable(const struct ctl *c, unsigned i) {
    return !(c->command & CMD_DISABLE) && !(c->mask & 1u << i) &&
           (c->ch[i].mode & MODE_CASCADE) != MODE_CASCADE;
}

int isadma_ready(const isadma *d, unsigned channel) {
    if (channel > 7 || channel == 4 || !usable(&d->c[channel >> 2], channel & 3))
        return 0;
    /* The first controller reaches the bus through channel 4. */
    const struct ctl *c2 = &d->c[1];
    return channel >= 4 || (!(c2->command & CMD_DISABLE) && !(c2->mask & 1));
}

/* Physical address of a unit: bytes within a 64 KiB page, or words within a
 * 128 KiB page whose page register bit 0 is ignored. */
static uint32_t phys(const isadma *d, unsigned channel, uint16_t addr) {
    uint8_t page = d->pages[page_of[channel]];
    if (channel >= 4)
        return (uint32_t)(page & 0xFE) << 16 | (uint32_t)addr << 1;
    return (uint32_t)page << 16 | addr;
}

/* Moves n units starting at the channel's current address. */
static void move(isadma *d, unsigned channel, struct chan *ch, uint8_t *buf, unsigned n,
                 int to_memory) {
    unsigned unit = channel >= 4 ? 2 : 1;
    if (!(ch->mode & MODE_DECREMENT)) { /* n never crosses the page end */
        if (to_memory)
            mem_write_block(d->mem, phys(d, channel, ch->addr), buf, n * unit, 0);
        else
            mem_read_block(d->mem, phys(d, channel, ch->addr), buf, n * unit);
        return;
    }
    for (unsigned i = 0; i < n; i++) {
        uint32_t pa = phys(d, channel, (uint16_t)(ch->addr - i));
        if (to_memory)
            mem_write_block(d->mem, pa, buf + i * unit, unit, 0);
        else
            mem_read_block(d->mem, pa, buf + i * unit, unit);
    }
}

int isadma_transfer(isadma *d, unsigned channel, void *buf, unsigned len, int to_memory) {
    if (!isadma_ready(d, channel))
        return -1;
    struct ctl *c = &d->c[channel >> 2];
    struct chan *ch = chan_of(d, channel);
    unsigned unit = channel >= 4 ? 2 : 1, want = len / unit, done = 0;
    int dec = ch->mode & MODE_DECREMENT, verify = !(ch->mode & MODE_TYPE);
    ch->last_tc = 0;
    while (done < want) {
        uint32_t to_tc = (uint32_t)ch->count + 1;
        uint32_t to_wrap = dec ? (uint32_t)ch->addr + 1 : 0x10000u - ch->addr;
        uint32_t n = want - done;
        if (n > to_tc)
            n = to_tc;
        if (n > to_wrap)
            n = to_wrap;
        if (!verify)
            move(d, channel, ch, (uint8_t *)buf + done * unit, n, to_memory);
        ch->addr = (uint16_t)(dec ? ch->addr - n : ch->addr + n);
        ch->count = (uint16_t)(ch->count - n);
        done += n;
        if (n == to_tc) {
            c->tc_bits |= (uint8_t)(1u << (channel & 3));
            ch->last_tc = 1;
            if (ch->mode & MODE_AUTOINIT) {
                ch->addr = ch->base_addr;
                ch->count = ch->base_count;
            } else {
                c->mask |= (uint8_t)(1u << (channel & 3));
            }
            break;
        }
    }
    return (int)(done * unit);
}

int isadma_tc(const isadma *d, unsigned channel) {
    return channel < 8 && d->c[channel >> 2].ch[channel & 3].last_tc;
}

unsigned isadma_remaining(const isadma *d, unsigned channel) {
    if (channel > 7)
        return 0;
    return ((unsigned)d->c[channel >> 2].ch[channel & 3].count + 1) * (channel >= 4 ? 2 : 1);
}

void isadma_set_dreq(isadma *d, unsigned channel, int level) {
    if (channel < 8)
        chan_of(d, channel)->dreq = level != 0;
}

uint8_t isadma_page_port(const isadma *d, unsigned index) { return d->pages[index & 0xF]; }

isadma *isadma_create(iobus *io, memory *mem, const char **err) {
    isadma *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for the DMA controllers";
        return NULL;
    }
    d->mem = mem;
    isadma_reset(d);
    /* All three ranges are checked first: the bus cannot give back a claimed port. */
    for (unsigned p = 0; p < 0x100; p++)
        if ((p < 0x10 || (p >= 0x80 && p < 0x90) || (p >= 0xC0 && p < 0xE0)) &&
            io_owner(io, (uint16_t)p)) {
            *err = "a DMA controller port is already taken";
            free(d);
            return NULL;
        }
    if (io_register(io, 0x00, 0x10, IO_W8, dma1_read, dma1_write, d, "dma1", err) < 0 ||
        io_register(io, 0x80, 0x10, IO_W8, page_read, page_write, d, "dma page", err) < 0 ||
        io_register(io, 0xC0, 0x20, IO_W8, dma2_read, dma2_write, d, "dma2", err) < 0) {
        free(d);
        return NULL;
    }
    return d;
}

void isadma_destroy(isadma *d) { free(d); }
