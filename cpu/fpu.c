/* x87 FPU: the entry points from the decode table (ESC D8-DF, WAIT), which
 * sort each encoding into undefined, non-waiting control, waiting control and
 * ordinary instructions; #NM for CR0.EM/TS; pending unmasked exceptions
 * delivered at the next waiting instruction as #MF (CR0.NE=1) or on FERR#
 * (CR0.NE=0); the instruction and operand pointers; and the control
 * instructions that touch only the control and status words. */
#include "fpu_ops.h"
#include "operand.h"
#include "ops.h"

enum { CR0_MP = 1u << 1, CR0_EM = 1u << 2, CR0_TS = 1u << 3, CR0_NE = 1u << 5 };

/* How an encoding behaves before it executes. */
enum fpu_kind {
    K_UD,      /* reserved: #UD */
    K_NOWAIT,  /* FNINIT FNCLEX FNSTSW FNSTCW FNSTENV FNSAVE, FNENI FNDISI FNSETPM */
    K_CONTROL, /* waits, but leaves the instruction/operand pointers alone */
    K_NORMAL,  /* waits and records FIP/FCS/FOP (and FDP/FDS for memory) */
};

static enum fpu_kind kind_mem(unsigned op, unsigned reg) {
    switch (op) {
    case 0xD9:
        return reg == 1 ? K_UD : reg == 4 || reg == 5 ? K_CONTROL : reg >= 6 ? K_NOWAIT : K_NORMAL;
    case 0xDB:
        return reg == 1 || reg == 4 || reg == 6 ? K_UD : K_NORMAL;
    case 0xDD:
        return reg == 1 || reg == 5 ? K_UD : reg == 4 ? K_CONTROL : reg >= 6 ? K_NOWAIT : K_NORMAL;
    case 0xDF:
        return reg == 1 ? K_UD : K_NORMAL;
    default:
        return K_NORMAL;
    }
}

static enum fpu_kind kind_reg(unsigned op, unsigned reg, unsigned rm) {
    switch (op) {
    case 0xD9:
        if (reg == 2)
            return rm == 0 ? K_NORMAL : K_UD;
        if (reg == 4)
            return rm == 2 || rm == 3 || rm == 6 || rm == 7 ? K_UD : K_NORMAL;
        if (reg == 5)
            return rm == 7 ? K_UD : K_NORMAL;
        return K_NORMAL;
    case 0xDA:
        return reg < 4 || (reg == 5 && rm == 1) ? K_NORMAL : K_UD;
    case 0xDB:
        if (reg == 4)
            return rm <= 4 ? K_NOWAIT : K_UD;
        return reg == 7 ? K_UD : K_NORMAL;
    case 0xDD:
        return reg >= 6 ? K_UD : K_NORMAL;
    case 0xDE:
        return reg == 3 && rm != 1 ? K_UD : K_NORMAL;
    case 0xDF:
        if (reg == 4)
            return rm == 0 ? K_NOWAIT : K_UD;
        return reg == 7 ? K_UD : K_NORMAL;
    default:
        return K_NORMAL;
    }
}

/* FERR# follows ES once it has been asserted. */
static void ferr_sync(cpu *c) {
    struct fpu *f = &c->fpu;
    if (f->ferr_line && !(f->sw & FSW_ES)) {
        f->ferr_line = 0;
        if (c->ferr)
            c->ferr(c->ferr_opaque, 0);
    }
}

/* A waiting instruction found an unmasked exception pending. With CR0.NE
 * it faults with #MF. Without, it asserts FERR# and, as the real processor
 * freezes until the interrupt that FERR# raises, gives way when an interrupt
 * has become deliverable (returns 1: restart this instruction after it); if
 * none comes (IRQ13 masked, IF=0, no FERR# wiring) it goes on as if IGNNE#
 * were asserted. */
static int pending_exception(cpu *c) {
    struct fpu *f = &c->fpu;
    if (!(f->sw & FSW_ES))
        return 0;
    if (c->cr0 & CR0_NE)
        cpu_fault(c, EXC_MF);
    if (f->ferr_line)
        return 0;
    f->ferr_line = 1;
    if (!c->ferr)
        return 0;
    c->ferr(c->ferr_opaque, 1);
    if (c->async & ASYNC_INTR) {
        c->eip = c->insn_eip;
        return 1;
    }
    return 0;
}

void fpu_init(struct fpu *f) {
    f->cw = FCW_DEFAULT;
    f->sw = 0;
    f->tw = 0xFFFF;
    f->fop = 0;
    f->fip = f->fdp = 0;
    f->fcs = f->fds = 0;
}

/* Power-on and RESET state: FNINIT's, with zeroed registers. RESET leaves
 * the tag word as FNINIT does (all empty). */
void fpu_reset(cpu *c) {
    struct fpu *f = &c->fpu;
    int line = f->ferr_line;
    for (int r = 0; r < 8; r++) {
        f->st[r].mant = 0;
        f->st[r].se = 0;
    }
    fpu_init(f);
    f->ferr_line = 0;
    if (line && c->ferr)
        c->ferr(c->ferr_opaque, 0);
}

static void fldcw(cpu *c, uint16_t cw) {
    c->fpu.cw = fpu_cw_value(cw);
    fpu_update_es(&c->fpu);
}

/* DB E0-E4: FNENI/FNDISI/FNSETPM are no-ops since the 387; FNCLEX, FNINIT. */
static void db_control(cpu *c, unsigned rm) {
    struct fpu *f = &c->fpu;
    if (rm == 2)
        f->sw &= (uint16_t) ~(FSW_EXC | FSW_SF | FSW_ES | FSW_B);
    else if (rm == 3)
        fpu_init(f);
}

static void exec_mem(cpu *c, const insn *i, uint32_t off) {
    struct fpu *f = &c->fpu;
    unsigned op = i->op;
    if (op == 0xD9 && i->reg >= 4) {
        switch (i->reg) {
        case 4:
            fpu_ldenv(c, i, off);
            return;
        case 5:
            fldcw(c, rd16(c, i->seg, off));
            return;
        case 6:
            fpu_stenv(c, i, off);
            return;
        default:
            wr16(c, i->seg, off, f->cw);
            return;
        }
    }
    if (op == 0xDD && i->reg >= 4) {
        switch (i->reg) {
        case 4:
            fpu_rstor(c, i, off);
            return;
        case 6:
            fpu_save(c, i, off);
            return;
        default:
            wr16(c, i->seg, off, f->sw);
            return;
        }
    }
    if (op == 0xD9 || op == 0xDB || op == 0xDD || op == 0xDF)
        fpu_load_store_mem(c, i, off);
    else
        fpu_arith_mem(c, i, off);
}

static void exec_reg(cpu *c, const insn *i) {
    struct fpu *f = &c->fpu;
    unsigned r = i->rm;
    switch (i->op) {
    case 0xD9:
        switch (i->reg) {
        case 0:
            fpu_fld_reg(c, r);
            return;
        case 1:
            fpu_fxch(c, r);
            return;
        case 2:
            return; /* FNOP */
        case 3:
            fpu_fst_reg(c, r, 1);
            return; /* FSTP1 alias */
        default:
            fpu_d9_misc(c, i);
            return;
        }
    case 0xDA:
        if (i->reg < 4)
            fpu_fcmov(c, i);
        else
            fpu_compare_regs(c, 1, 1, 2); /* FUCOMPP */
        return;
    case 0xDB:
        if (i->reg < 4)
            fpu_fcmov(c, i);
        else if (i->reg == 4)
            db_control(c, r);
        else
            fpu_comi(c, i, i->reg == 5, 0); /* FUCOMI, FCOMI */
        return;
    case 0xDD:
        switch (i->reg) {
        case 0:
            fpu_set_tag(f, fpu_phys(f, r), TAG_EMPTY);
            return; /* FFREE */
        case 1:
            fpu_fxch(c, r);
            return;
        case 2:
            fpu_fst_reg(c, r, 0);
            return;
        case 3:
            fpu_fst_reg(c, r, 1);
            return;
        default:
            fpu_compare_regs(c, r, 1, i->reg == 5);
            return; /* FUCOM(P) */
        }
    case 0xDE:
        if (i->reg == 2)
            fpu_compare_regs(c, r, 0, 1); /* FCOMP5 alias */
        else if (i->reg == 3)
            fpu_compare_regs(c, 1, 0, 2); /* FCOMPP */
        else
            fpu_arith_reg(c, i);
        return;
    case 0xDF:
        switch (i->reg) {
        case 0: /* FFREEP */
            fpu_set_tag(f, fpu_phys(f, r), TAG_EMPTY);
            fpu_set_top(f, fpu_top(f) + 1);
            return;
        case 1:
            fpu_fxch(c, r);
            return;
        case 2:
        case 3:
            fpu_fst_reg(c, r, 1);
            return;
        case 4:
            *reg16p(c, R_EAX) = f->sw;
            return; /* FNSTSW AX */
        default:
            fpu_comi(c, i, i->reg == 5, 1); /* FUCOMIP, FCOMIP */
            return;
        }
    case 0xDC:
        if (i->reg == 2 || i->reg == 3) { /* FCOM2, FCOMP3 aliases */
            fpu_compare_regs(c, r, 0, i->reg == 3);
            return;
        }
        fpu_arith_reg(c, i);
        return;
    default: /* D8 */
        if (i->reg == 2 || i->reg == 3)
            fpu_compare_regs(c, r, 0, i->reg == 3);
        else
            fpu_arith_reg(c, i);
        return;
    }
}

/* D8-DF */
void op_fpu(cpu *c, const insn *i) {
    struct fpu *f = &c->fpu;
    int mem = i->mod != 3;
    enum fpu_kind k = mem ? kind_mem(i->op, i->reg) : kind_reg(i->op, i->reg, i->rm);
    if (k == K_UD)
        cpu_fault(c, EXC_UD);
    if (c->cr0 & (CR0_EM | CR0_TS))
        cpu_fault(c, EXC_NM);
    if (k != K_NOWAIT && pending_exception(c))
        return;
    uint32_t off = mem ? ea(c, i) : 0;
    if (k == K_NORMAL) {
        f->fip = c->insn_eip;
        f->fcs = c->seg[SEG_CS].sel;
        f->fop = (uint16_t)(((i->op & 7) << 8) | (i->mod << 6) | (i->reg << 3) | i->rm);
        if (mem) {
            f->fdp = off;
            f->fds = c->seg[i->seg].sel;
        }
    }
    if (mem)
        exec_mem(c, i, off);
    else
        exec_reg(c, i);
    ferr_sync(c);
}

/* 9B WAIT/FWAIT: #NM when CR0.MP and CR0.TS are both set; then any pending
 * unmasked exception. */
void op_fwait(cpu *c, const insn *i) {
    (void)i;
    if ((c->cr0 & CR0_MP) && (c->cr0 & CR0_TS))
        cpu_fault(c, EXC_NM);
    pending_exception(c);
}
