/* The x87's legacy error reporting (CR0.NE=0) driven from C: an unmasked
 * exception pending at the next waiting instruction raises FERR#; the test's
 * "platform" turns FERR# into INTR (as IRQ13 does through the PIC), and the
 * CPU, which real hardware freezes until that interrupt, takes it before the
 * waiting instruction; the handler's FNCLEX drops FERR#, and the instruction
 * then runs. Without a deliverable interrupt (IF=0) the instruction goes on
 * (as with IGNNE#) and FERR# stays up until FNINIT. The guest code is hand-
 * assembled 16-bit real-mode machine code (the bytes are annotated). */
#include "../unit/check.h"
#include "twin86/cpu.h"
#include <stdlib.h>
#include <string.h>

#define IRQ13_VECTOR 0x75

struct platform {
    memory *mem;
    iobus *io;
    cpu *cpu;
    int events[8]; /* FERR# levels seen, in order */
    int n_events;
};

static void ferr(void *opaque, int level) {
    struct platform *p = opaque;
    if (p->n_events < 8)
        p->events[p->n_events++] = level;
    cpu_set_intr(p->cpu, level);
}

static uint8_t iack(void *opaque) {
    (void)opaque;
    return IRQ13_VECTOR;
}

static const uint8_t main_prog[] = {
    0xFB,                         /* 1000 sti (NOP for the IF=0 run)       */
    0xDB, 0xE3,                   /* 1001 fninit                           */
    0xD9, 0x2E, 0x00, 0x05,       /* 1003 fldcw [0500]   (037B: ZE unmasked) */
    0xD9, 0xE8,                   /* 1007 fld1                             */
    0xD9, 0xEE,                   /* 1009 fldz                             */
    0xDE, 0xF9,                   /* 100B fdivp st1, st0  (1/0: ZE pending) */
    0x9B,                         /* 100D fwait                            */
    0xC6, 0x06, 0x02, 0x06, 0x01, /* 100E mov byte [0602], 1               */
    0xDB, 0xE3,                   /* 1013 fninit                           */
    0xF4,                         /* 1015 hlt                              */
};

static const uint8_t handler[] = {
    0xDB, 0xE2,             /* 2000 fnclex                           */
    0xFE, 0x06, 0x00, 0x06, /* 2002 inc byte [0600]                  */
    0x89, 0xE5,             /* 2006 mov bp, sp                       */
    0x8B, 0x46, 0x00,       /* 2008 mov ax, [bp+0]  (pushed IP)      */
    0xA3, 0x04, 0x06,       /* 200B mov [0604], ax                   */
    0xCF,                   /* 200E iret                             */
};

static void run(struct platform *p, int sti) {
    const char *err = NULL;
    memset(p, 0, sizeof *p);
    p->mem = mem_create(1u << 20, &err);
    p->io = io_create();
    p->cpu = cpu_create(p->mem, p->io);
    if (!p->mem || !p->io || !p->cpu) {
        fprintf(stderr, "cannot create a machine: %s\n", err ? err : "?");
        exit(99);
    }
    cpu_reset(p->cpu);
    cpu_set_ferr(p->cpu, ferr, p);
    cpu_set_iack(p->cpu, iack, p);
    uint8_t prog[sizeof main_prog];
    memcpy(prog, main_prog, sizeof prog);
    if (!sti)
        prog[0] = 0x90;
    mem_write_block(p->mem, 0x1000, prog, sizeof prog, 0);
    mem_write_block(p->mem, 0x2000, handler, sizeof handler, 0);
    const uint8_t vec[4] = {0x00, 0x20, 0x00, 0x00};
    mem_write_block(p->mem, IRQ13_VECTOR * 4, vec, 4, 0);
    const uint8_t cw[2] = {0x7B, 0x03};
    mem_write_block(p->mem, 0x500, cw, 2, 0);
    cpu_set_reg(p->cpu, REG_CS, 0);
    cpu_set_reg(p->cpu, REG_DS, 0);
    cpu_set_reg(p->cpu, REG_SS, 0);
    cpu_set_reg(p->cpu, REG_ESP, 0x8000);
    cpu_set_reg(p->cpu, REG_EIP, 0x1000);
    for (int k = 0; k < 100 && !cpu_halted(p->cpu); k++)
        cpu_run(p->cpu, 10);
}

static void done(struct platform *p) {
    cpu_destroy(p->cpu);
    io_destroy(p->io);
    mem_destroy(p->mem);
}

int main(void) {
    struct platform p;

    /* IF=1: the interrupt comes in before FWAIT, which then completes. */
    run(&p, 1);
    CHECK(cpu_halted(p.cpu));
    CHECK_EQ(mem_read(p.mem, 0x600, 1), 1);      /* handler ran once */
    CHECK_EQ(mem_read(p.mem, 0x604, 2), 0x100D); /* before the FWAIT */
    CHECK_EQ(mem_read(p.mem, 0x602, 1), 1);      /* FWAIT completed */
    CHECK_EQ(p.n_events, 2);
    CHECK_EQ(p.events[0], 1); /* raised at FWAIT */
    CHECK_EQ(p.events[1], 0); /* dropped by FNCLEX */
    done(&p);

    /* IF=0: no interrupt can be taken; FWAIT goes on, FERR# stays up until
     * FNINIT clears the error. */
    run(&p, 0);
    CHECK(cpu_halted(p.cpu));
    CHECK_EQ(mem_read(p.mem, 0x600, 1), 0);
    CHECK_EQ(mem_read(p.mem, 0x602, 1), 1);
    CHECK_EQ(p.n_events, 2);
    CHECK_EQ(p.events[0], 1);
    CHECK_EQ(p.events[1], 0);
    done(&p);

    return check_done();
}
