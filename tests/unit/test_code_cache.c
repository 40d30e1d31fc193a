/* The CPU's decoded-code cache (traces) against every way code bytes change: a store
 * into the running trace, a store from one trace into another cached one, a
 * device's block write (DMA), a host write through a page pointer that is
 * then reported with mem_ram_written (the external-service path), a ROM
 * patch, and data written next to code. Each case runs the code once so it
 * is cached, changes it, and checks that the new bytes are what executes.
 * And runs that end inside a trace end exactly at their budget.
 * The guest code is hand-assembled 16-bit real-mode machine code. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "cpu_box.h"

/* Runs from 0000:ip until HLT (real mode, SS:SP = 0000:8000). */
static int run_at(struct box *b, uint32_t ip)
{
    cpu_set_reg(b->cpu, REG_CS, 0);
    cpu_set_reg(b->cpu, REG_EIP, ip);
    cpu_set_reg(b->cpu, REG_SS, 0);
    cpu_set_reg(b->cpu, REG_ESP, 0x8000);
    return cpu_run(b->cpu, 100000) == CPU_STOP_HALT;
}

static void store_into_running_trace(void)
{
    /* The first store makes the page's write translation ready, so the
     * second takes the fast path. */
    static const uint8_t prog[] = {
        0xC6, 0x06, 0x00, 0x1F, 0x00,   /* 1000 mov byte [0x1F00], 0 */
        0xC6, 0x06, 0x0B, 0x10, 0x42,   /* 1005 mov byte [0x100B], 0x42 */
        0xB0, 0x00,                     /* 100A mov al, 0 (its immediate is patched) */
        0xF4,                           /* 100C hlt */
    };
    struct box b = make();
    mem_write_block(b.mem, 0x1000, prog, sizeof prog, 0);
    CHECK(run_at(&b, 0x1000));
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX) & 0xFF, 0x42);
    /* Again from the original bytes, now that they were decoded once. */
    mem_write_block(b.mem, 0x100B, "\x00", 1, 0);
    CHECK(run_at(&b, 0x1000));
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX) & 0xFF, 0x42);
    unmake(&b);
}

/* One trace patches the immediate of a subroutine (another trace, cached
 * after the first call) before each call: BX = 5 + 4 + 3 + 2 + 1. */
static void store_into_other_trace(void)
{
    static const uint8_t prog[] = {
        0x31, 0xDB,                     /* 3000 xor bx, bx */
        0xB9, 0x05, 0x00,               /* 3002 mov cx, 5 */
        0x88, 0x0E, 0x12, 0x30,         /* 3005 mov [0x3012], cl */
        0xE8, 0x04, 0x00,               /* 3009 call 0x3010 */
        0xE2, 0xF7,                     /* 300C loop 0x3005 */
        0xF4,                           /* 300E hlt */
        0x90,                           /* 300F nop */
        0x83, 0xC3, 0x00,               /* 3010 add bx, imm8 (patched) */
        0xC3,                           /* 3013 ret */
    };
    struct box b = make();
    mem_write_block(b.mem, 0x3000, prog, sizeof prog, 0);
    CHECK(run_at(&b, 0x3000));
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EBX) & 0xFFFF, 15);
    unmake(&b);
}

static const uint8_t mov_ax[] = {
    0xB8, 0x34, 0x12,                   /* 2000 mov ax, 0x1234 */
    0xF4,                               /* 2003 hlt */
};

static uint32_t ax_after(struct box *b, uint32_t ip)
{
    CHECK(run_at(b, ip));
    return cpu_get_reg(b->cpu, REG_EAX) & 0xFFFF;
}

static void device_and_host_writes(void)
{
    struct box b = make();
    mem_write_block(b.mem, 0x2000, mov_ax, sizeof mov_ax, 0);
    CHECK_EQ(ax_after(&b, 0x2000), 0x1234);
    CHECK_EQ(ax_after(&b, 0x2000), 0x1234);           /* now cached */
    mem_write_block(b.mem, 0x2001, "\x78\x56", 2, 0);  /* a DMA transfer */
    CHECK_EQ(ax_after(&b, 0x2000), 0x5678);
    mem_write(b.mem, 0x2002, 0x9A, 1);                  /* a single device store */
    CHECK_EQ(ax_after(&b, 0x2000), 0x9A78);
    /* A writer with its own pointer (another process sharing the RAM file)
     * reports what it wrote. */
    uint8_t *page = mem_page_ptr(b.mem, 0x2000, 1);
    CHECK(page != NULL);
    if (page) {
        page[1] = 0xCD;
        page[2] = 0xAB;
        mem_ram_written(b.mem, 0x2001, 2);
        CHECK_EQ(ax_after(&b, 0x2000), 0xABCD);
    }
    unmake(&b);
}

/* A loop that keeps storing data into its own page, beside its code. */
static void data_beside_code(void)
{
    static const uint8_t prog[] = {
        0xB9, 0xE8, 0x03,               /* 4000 mov cx, 1000 */
        0x31, 0xC0,                     /* 4003 xor ax, ax */
        0x01, 0xC8,                     /* 4005 add ax, cx */
        0xA3, 0x00, 0x48,               /* 4007 mov [0x4800], ax */
        0xE2, 0xF9,                     /* 400A loop 0x4005 */
        0xF4,                           /* 400C hlt */
    };
    struct box b = make();
    mem_write_block(b.mem, 0x4000, prog, sizeof prog, 0);
    CHECK_EQ(ax_after(&b, 0x4000), 500500 & 0xFFFF);
    CHECK_EQ(mem_read(b.mem, 0x4800, 2), 500500 & 0xFFFF);
    CHECK_EQ(cpu_icount(b.cpu), 2 + 3 * 1000 + 1);
    unmake(&b);
}

/* Code in the BIOS ROM, patched the way a debugger or loader does. */
static void rom_patch(void)
{
    struct box b = make();
    const char *err = NULL;
    static uint8_t rom[0x10000];
    memset(rom, 0xF4, sizeof rom);
    memcpy(rom + 0x100, mov_ax, sizeof mov_ax);       /* F000:0100 */
    CHECK(mem_load_bios(b.mem, rom, sizeof rom, &err) == 0);
    cpu_set_reg(b.cpu, REG_CS, 0xF000);
    cpu_set_reg(b.cpu, REG_EIP, 0x100);
    CHECK(cpu_run(b.cpu, 1000) == CPU_STOP_HALT);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX) & 0xFFFF, 0x1234);
    mem_write_block(b.mem, 0xF0101, "\x11\x22", 2, 1);
    cpu_set_reg(b.cpu, REG_EIP, 0x100);
    CHECK(cpu_run(b.cpu, 1000) == CPU_STOP_HALT);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX) & 0xFFFF, 0x2211);
    unmake(&b);
}

/* A run stops exactly at its budget, also when a REP string instruction
 * inside a trace uses several ticks, and running in slices of any size
 * gives the same state as one run (the scheduler relies on both). */
static const uint8_t rep_loop[] = {
    0xB9, 0x03, 0x00,                   /* 5000 mov cx, 3 */
    0xBE, 0x00, 0x60,                   /* 5003 mov si, 0x6000 */
    0xBF, 0x00, 0x70,                   /* 5006 mov di, 0x7000 */
    0xF3, 0xA4,                         /* 5009 rep movsb */
    0x40,                               /* 500B inc ax */
    0x40,                               /* 500C inc ax */
    0xEB, 0xF1,                         /* 500D jmp 0x5000 */
};

static void exact_budget(void)
{
    struct box whole = make();
    mem_write_block(whole.mem, 0x5000, rep_loop, sizeof rep_loop, 0);
    run_at(&whole, 0x5000);   /* warm: the traces are built */
    for (unsigned slice = 1; slice <= 23; slice++) {
        struct box b = make();
        mem_write_block(b.mem, 0x5000, rep_loop, sizeof rep_loop, 0);
        cpu_set_reg(b.cpu, REG_CS, 0);
        cpu_set_reg(b.cpu, REG_EIP, 0x5000);
        cpu_set_reg(whole.cpu, REG_EAX, 0);
        cpu_set_reg(whole.cpu, REG_EIP, 0x5000);
        uint64_t w0 = cpu_icount(whole.cpu);
        CHECK(cpu_run(whole.cpu, 1000) == CPU_STOP_BUDGET);
        CHECK_EQ(cpu_icount(whole.cpu) - w0, 1000);
        for (uint64_t done = 0; done < 1000;) {
            uint64_t n = 1000 - done < slice ? 1000 - done : slice;
            cpu_run(b.cpu, n);
            done += n;
            if (!CHECK_EQ(cpu_icount(b.cpu), done))
                break;
        }
        static const enum cpu_reg regs[] = {REG_EAX, REG_ECX, REG_ESI, REG_EDI, REG_EIP};
        for (unsigned r = 0; r < sizeof regs / sizeof regs[0]; r++)
            CHECK_EQ(cpu_get_reg(b.cpu, regs[r]), cpu_get_reg(whole.cpu, regs[r]));
        unmake(&b);
    }
    unmake(&whole);
}

int main(void)
{
    exact_budget();
    store_into_running_trace();
    store_into_other_trace();
    device_and_host_writes();
    data_beside_code();
    rom_patch();
    return check_done();
}
