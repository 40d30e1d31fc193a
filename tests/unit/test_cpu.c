/* CPU instance tests driven from C: two CPUs with two memories in one process,
 * a REP string instruction interrupted by INTR and resumed, HLT woken by an
 * interrupt, IF=0 holding INTR off, a triple fault resetting the CPU, and the
 * A20 gate seen through CPU writes. The guest code is hand-assembled 16-bit
 * real-mode machine code (the bytes are annotated). */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "cpu_box.h"

/* Loads code at 0000:ip and points the CPU at it with SS:SP = 0000:8000. */
static void load(struct box *b, uint32_t ip, const uint8_t *code, size_t len)
{
    mem_write_block(b->mem, ip, code, len, 0);
    cpu_set_reg(b->cpu, REG_CS, 0);
    cpu_set_reg(b->cpu, REG_EIP, ip);
    cpu_set_reg(b->cpu, REG_SS, 0);
    cpu_set_reg(b->cpu, REG_ESP, 0x8000);
}

static uint16_t peek16(struct box *b, uint32_t a) { return (uint16_t)mem_read(b->mem, a, 2); }

/* Sum 1..100 into [0x500]. 204 instructions including the final HLT. */
static const uint8_t sum_prog[] = {
    0x31, 0xC0,             /* 1000 xor ax, ax        */
    0xB9, 0x64, 0x00,       /* 1002 mov cx, 100       */
    0x01, 0xC8,             /* 1005 add ax, cx        */
    0xE2, 0xFC,             /* 1007 loop 1005         */
    0xA3, 0x00, 0x05,       /* 1009 mov [0x500], ax   */
    0xF4,                   /* 100C hlt               */
};

/* Fill 0x500..0x5FF with 0xAA. 3 + 256 + 1 = 260 ticks. */
static const uint8_t fill_prog[] = {
    0xB0, 0xAA,             /* mov al, 0xAA    */
    0xB9, 0x00, 0x01,       /* mov cx, 256     */
    0xBF, 0x00, 0x05,       /* mov di, 0x500   */
    0xF3, 0xAA,             /* rep stosb       */
    0xF4,                   /* hlt             */
};

static void two_instances(void)
{
    struct box a = make(), b = make();
    load(&a, 0x1000, sum_prog, sizeof sum_prog);
    load(&b, 0x1000, fill_prog, sizeof fill_prog);
    int a_done = 0, b_done = 0;
    for (int round = 0; round < 1000 && !(a_done && b_done); round++) {
        if (!a_done)
            a_done = cpu_run(a.cpu, 3) == CPU_STOP_HALT;
        if (!b_done)
            b_done = cpu_run(b.cpu, 5) == CPU_STOP_HALT;
    }
    CHECK(a_done && b_done);
    CHECK_EQ(peek16(&a, 0x500), 5050);
    CHECK_EQ(peek16(&a, 0x502), 0);            /* b's fill did not reach a */
    CHECK_EQ(cpu_get_reg(a.cpu, REG_EAX), 5050);
    CHECK_EQ(cpu_icount(a.cpu), 204);
    for (uint32_t p = 0x500; p < 0x600; p++)
        if (!CHECK_EQ(mem_read(b.mem, p, 1), 0xAA))
            break;
    CHECK_EQ(peek16(&b, 0x600), 0);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX), 0xAA);
    CHECK_EQ(cpu_icount(b.cpu), 260);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_ECX), 0);
    unmake(&a);
    unmake(&b);
}

struct pic_stub {
    cpu *cpu;
    int acks;
    uint8_t vector;
};

/* An acknowledge cycle that drops INTR, like an edge-triggered PIC. */
static uint8_t stub_iack(void *opaque)
{
    struct pic_stub *p = opaque;
    p->acks++;
    cpu_set_intr(p->cpu, 0);
    return p->vector;
}

/* Interrupt handler at 0000:0500 that records its return IP in [0x602] and
 * CX in [0x604]. */
static const uint8_t record_handler[] = {
    0x55,                   /* push bp            */
    0x89, 0xE5,             /* mov bp, sp         */
    0x8B, 0x46, 0x02,       /* mov ax, [bp+2]     */
    0xA3, 0x02, 0x06,       /* mov [0x602], ax    */
    0x89, 0x0E, 0x04, 0x06, /* mov [0x604], cx    */
    0x5D,                   /* pop bp             */
    0xCF,                   /* iret               */
};

static void set_vector(struct box *b, unsigned v, uint16_t seg, uint16_t off)
{
    mem_write(b->mem, v * 4, off, 2);
    mem_write(b->mem, v * 4 + 2, seg, 2);
}

static void interrupted_rep(void)
{
    static const uint8_t prog[] = {
        0xFB,                   /* 1000 sti           */
        0xFC,                   /* 1001 cld           */
        0xB9, 0xE8, 0x03,       /* 1002 mov cx, 1000  */
        0xBE, 0x00, 0x20,       /* 1005 mov si, 2000h */
        0xBF, 0x00, 0x30,       /* 1008 mov di, 3000h */
        0xF3, 0xA4,             /* 100B rep movsb     */
        0xF4,                   /* 100D hlt           */
    };
    struct box b = make();
    for (uint32_t k = 0; k < 1000; k++)
        mem_write(b.mem, 0x2000 + k, (k * 7 + 3) & 0xFF, 1);
    load(&b, 0x1000, prog, sizeof prog);
    mem_write_block(b.mem, 0x500, record_handler, sizeof record_handler, 0);
    set_vector(&b, 0x20, 0, 0x500);
    struct pic_stub pic = {b.cpu, 0, 0x20};
    cpu_set_iack(b.cpu, stub_iack, &pic);

    /* Five instructions, then two iterations of the REP: the budget ends it. */
    CHECK_EQ(cpu_run(b.cpu, 7), CPU_STOP_BUDGET);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0x100B);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_ECX), 998);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_ESI), 0x2002);
    CHECK_EQ(mem_read(b.mem, 0x3001, 1), 10);
    CHECK_EQ(mem_read(b.mem, 0x3002, 1), 0);

    /* Resume for 100 more ticks, then raise INTR in the middle of the copy. */
    CHECK_EQ(cpu_run(b.cpu, 100), CPU_STOP_BUDGET);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_ECX), 898);
    cpu_set_intr(b.cpu, 1);
    CHECK_EQ(cpu_run(b.cpu, 100000), CPU_STOP_HALT);
    CHECK_EQ(pic.acks, 1);
    CHECK_EQ(peek16(&b, 0x602), 0x100B);       /* the handler returns to the REP */
    CHECK_EQ(peek16(&b, 0x604), 898);          /* with the remaining count */
    CHECK_EQ(cpu_get_reg(b.cpu, REG_ECX), 0);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0x100E);
    int same = 1;
    for (uint32_t k = 0; k < 1000; k++)
        same &= mem_read(b.mem, 0x3000 + k, 1) == ((k * 7 + 3) & 0xFF);
    CHECK(same);
    CHECK_EQ(mem_read(b.mem, 0x3000 + 1000, 1), 0);
    unmake(&b);
}

static void hlt_and_if(void)
{
    static const uint8_t prog[] = {
        0xFB,                   /* 1000 sti              */
        0xF4,                   /* 1001 hlt              */
        0xB8, 0x34, 0x12,       /* 1002 mov ax, 1234h    */
        0xFA,                   /* 1005 cli              */
        0xF4,                   /* 1006 hlt              */
        0xB8, 0x78, 0x56,       /* 1007 mov ax, 5678h    */
    };
    static const uint8_t handler[] = {0x41, 0xCF};  /* inc cx; iret */
    struct box b = make();
    load(&b, 0x1000, prog, sizeof prog);
    mem_write_block(b.mem, 0x500, handler, sizeof handler, 0);
    set_vector(&b, 0x30, 0, 0x500);
    struct pic_stub pic = {b.cpu, 0, 0x30};
    cpu_set_iack(b.cpu, stub_iack, &pic);

    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);
    CHECK(cpu_halted(b.cpu));
    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);   /* nothing wakes it */
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0x1002);
    cpu_set_intr(b.cpu, 1);
    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);   /* woken, then the second HLT */
    CHECK_EQ(pic.acks, 1);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_ECX), 1);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX), 0x1234);
    CHECK(!cpu_interrupts_enabled(b.cpu));
    cpu_set_intr(b.cpu, 1);                           /* IF=0: stays pending */
    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);
    CHECK_EQ(pic.acks, 1);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0x1007);
    unmake(&b);
}

static void triple_fault(void)
{
    static const uint8_t prog[] = {
        0x0F, 0x01, 0x1E, 0x00, 0x06,   /* lidt [0x600]  (limit 0) */
        0xCC,                           /* int3 -> #GP -> #DF -> shutdown */
    };
    struct box b = make();
    load(&b, 0x1000, prog, sizeof prog);
    CHECK_EQ(cpu_run(b.cpu, 100), CPU_STOP_SHUTDOWN);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_CS), 0xF000);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0xFFF0);
    unmake(&b);
}

static void a20_through_cpu(void)
{
    static const uint8_t prog[] = {
        0xB8, 0xFF, 0xFF,                   /* mov ax, 0FFFFh            */
        0x8E, 0xC0,                         /* mov es, ax                */
        0x26, 0xC6, 0x06, 0x10, 0x00, 0x5A, /* mov byte [es:0010h], 5Ah  */
        0xF4,                               /* hlt                       */
    };
    struct box b = make();
    mem_set_a20(b.mem, 0);
    load(&b, 0x1000, prog, sizeof prog);
    CHECK_EQ(cpu_run(b.cpu, 100), CPU_STOP_HALT);
    CHECK_EQ(mem_read(b.mem, 0x0, 1), 0x5A);          /* wrapped to 0 */
    mem_set_a20(b.mem, 1);
    CHECK_EQ(mem_read(b.mem, 0x100000, 1), 0);
    mem_write(b.mem, 0, 0, 1);
    cpu_set_reg(b.cpu, REG_EIP, 0x1000);
    CHECK_EQ(cpu_run(b.cpu, 100), CPU_STOP_HALT);
    CHECK_EQ(mem_read(b.mem, 0x100000, 1), 0x5A);     /* now above 1 MiB */
    CHECK_EQ(mem_read(b.mem, 0x0, 1), 0);
    unmake(&b);
}

/* The reference configuration (fast paths off) must compute the same. */
static void slow_paths_agree(void)
{
    struct box a = make(), b = make();
    cpu_set_fast_paths(b.cpu, 0);
    load(&a, 0x1000, sum_prog, sizeof sum_prog);
    load(&b, 0x1000, sum_prog, sizeof sum_prog);
    CHECK_EQ(cpu_run(a.cpu, 10000), CPU_STOP_HALT);
    CHECK_EQ(cpu_run(b.cpu, 10000), CPU_STOP_HALT);
    CHECK_EQ(cpu_icount(a.cpu), cpu_icount(b.cpu));
    CHECK_EQ(peek16(&b, 0x500), 5050);
    unmake(&a);
    unmake(&b);
}

struct hostapi_log {
    int calls;
    uint32_t linear[4];
    int answer;   /* what the service returns: 0 served, -1 unknown */
};

static int hostapi_service(void *opaque, cpu *c, uint32_t linear)
{
    (void)c;
    struct hostapi_log *l = opaque;
    if (l->calls < 4)
        l->linear[l->calls] = linear;
    l->calls++;
    return l->answer;
}

/* The escape: both encodings reach the service with seg:disp as a linear
 * address and change no register; other UD1 forms, a refusing service and
 * a CPU without a service all raise #UD. */
static void hostapi_escape(void)
{
    static const uint8_t prog[] = {
        0xB8, 0x00, 0x01,                         /* 1000 mov ax, 0100h         */
        0x8E, 0xD8,                               /* 1003 mov ds, ax            */
        0xB8, 0x34, 0x12,                         /* 1005 mov ax, 1234h         */
        0x0F, 0xB9, 0x3E, 0x00, 0x06,             /* 1008 ud1 edi, [0600h]      */
        0x26, 0x67, 0x0F, 0xB9, 0x3D, 0x00, 0x07, 0x00, 0x00, /* 100D ud1 edi, [es:0700h] (a32) */
        0x0F, 0xB9, 0x87, 0x00, 0x00,             /* 1016 ud1 eax, [bx+0]: #UD  */
        0xF4,                                     /* 101B hlt                   */
    };
    static const uint8_t just_escape[] = {
        0x0F, 0xB9, 0x3E, 0x00, 0x06,             /* 2000 ud1 edi, [0600h]      */
        0xF4,                                     /* 2005 hlt                   */
    };
    /* #UD handler: counts in DI and skips the 5-byte faulting instruction. */
    static const uint8_t ud_handler[] = {
        0x83, 0xC7, 0x01,                         /* add di, 1                  */
        0x55, 0x89, 0xE5,                         /* push bp; mov bp, sp        */
        0x83, 0x46, 0x02, 0x05,                   /* add word [bp+2], 5         */
        0x5D, 0xCF,                               /* pop bp; iret               */
    };
    struct box b = make();
    struct hostapi_log log = {0, {0}, 0};
    load(&b, 0x1000, prog, sizeof prog);
    mem_write_block(b.mem, 0x500, ud_handler, sizeof ud_handler, 0);
    set_vector(&b, 6, 0, 0x500);
    cpu_set_hostapi(b.cpu, hostapi_service, &log);
    uint32_t flags_before = cpu_get_reg(b.cpu, REG_EFLAGS);
    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);
    CHECK_EQ(log.calls, 2);
    CHECK_EQ(log.linear[0], 0x1600);     /* DS = 0100h */
    CHECK_EQ(log.linear[1], 0x0700);     /* ES = 0 */
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX), 0x1234);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EDI), 1);        /* one #UD, from the [bx] form */
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0x101C);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EFLAGS) & 0x8D5, flags_before & 0x8D5);

    /* A service that refuses, and then no service at all: #UD each time. */
    mem_write_block(b.mem, 0x2000, just_escape, sizeof just_escape, 0);
    log.answer = -1;
    cpu_set_reg(b.cpu, REG_EDI, 0);
    cpu_set_reg(b.cpu, REG_EIP, 0x2000);
    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);
    CHECK_EQ(log.calls, 3);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EDI), 1);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EIP), 0x2006);
    cpu_set_hostapi(b.cpu, NULL, NULL);
    cpu_set_reg(b.cpu, REG_EDI, 0);
    cpu_set_reg(b.cpu, REG_EIP, 0x2000);
    CHECK_EQ(cpu_run(b.cpu, 1000), CPU_STOP_HALT);
    CHECK_EQ(log.calls, 3);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EDI), 1);
    unmake(&b);
}

/* The time-stamp counter keeps counting while the CPU is halted. */
static void tsc_through_hlt(void)
{
    static const uint8_t prog[] = {
        0x0F, 0x31,             /* 1000 rdtsc             */
        0x66, 0x89, 0xC3,       /* 1002 mov ebx, eax      */
        0xF4,                   /* 1005 hlt               */
        0x0F, 0x31,             /* 1006 rdtsc             */
        0x66, 0x29, 0xD8,       /* 1008 sub eax, ebx      */
        0xF4,                   /* 100B hlt               */
    };
    struct box b = make();
    load(&b, 0x1000, prog, sizeof prog);
    CHECK_EQ(cpu_run(b.cpu, 100), CPU_STOP_HALT);
    cpu_idle_ticks(b.cpu, 1000000);
    cpu_set_reg(b.cpu, REG_EIP, 0x1006);   /* as an interrupt handler's IRET would */
    CHECK_EQ(cpu_run(b.cpu, 100), CPU_STOP_HALT);
    CHECK_EQ(cpu_get_reg(b.cpu, REG_EAX), 1000000 + 3);   /* plus mov, hlt, rdtsc */
    unmake(&b);
}

int main(void)
{
    two_instances();
    interrupted_rep();
    hlt_and_if();
    triple_fault();
    a20_through_cpu();
    slow_paths_agree();
    hostapi_escape();
    tsc_through_hlt();
    return check_done();
}
