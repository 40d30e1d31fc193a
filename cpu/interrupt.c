/* Exceptions and interrupts. Faults unwind to the run loop with longjmp; the
 * loop rewinds EIP to the faulting instruction and delivers the vector: through
 * the real-mode vector table, or in protected and virtual-8086 mode through
 * the IDT's interrupt, trap and task gates with privilege and stack changes.
 * A fault while delivering a contributory fault becomes #DF; a fault while
 * delivering #DF is a triple fault, which resets the CPU. */
#include <stdio.h>
#include "access.h"
#include "insn.h"
#include "flags.h"
#include "stack_switch.h"
#include "task.h"

_Noreturn void cpu_fault_err(cpu *c, int vector, uint32_t error)
{
    c->exc_vector = vector;
    c->exc_error = error;
    c->exc_has_error = 1;
    longjmp(c->fault_jmp, 1);
}

_Noreturn void cpu_fault(cpu *c, int vector)
{
    c->exc_vector = vector;
    c->exc_error = 0;
    c->exc_has_error = 0;
    longjmp(c->fault_jmp, 1);
}

void cpu_stop_unsupported(cpu *c, const char *what)
{
    snprintf(c->stop_detail, sizeof c->stop_detail, "%s (at %04X:%08X)", what,
             c->seg[SEG_CS].sel, cpu_pos_insn_eip(c));
    c->stop_reason = CPU_STOP_UNSUPPORTED;
    c->async |= ASYNC_STOP;
}

static void after_entry(cpu *c, int clear_if)
{
    c->eflags &= ~(F_TF | F_NT | F_RF | F_VM | (clear_if ? F_IF : 0));
    c->trap_suppress = 1;     /* no single-step trap into the handler */
    c->halted = 0;
    cpu_mode_changed(c);
    cpu_update_async(c);
}

/* Real-mode (and V86 redirected) delivery: push FLAGS, CS, IP; load CS:IP
 * from the vector table. `pushed_flags` is the FLAGS image to save. */
static void deliver_real(cpu *c, unsigned vector, uint32_t pushed_flags)
{
    if (!cpu_v86(c) && vector * 4 + 3 > c->idtr.limit)
        cpu_fault_err(c, EXC_GP, vector * 8 + 2);
    uint32_t table = cpu_v86(c) ? 0 : c->idtr.base;
    uint32_t entry = lin_read(c, table + vector * 4, 4);
    uint32_t m = sp_mask(c), sp = sp_get(c);
    mem_wr(c, SEG_SS, (sp - 2) & m, pushed_flags, 2);
    mem_wr(c, SEG_SS, (sp - 4) & m, c->seg[SEG_CS].sel, 2);
    mem_wr(c, SEG_SS, (sp - 6) & m, c->eip, 2);
    seg_load_cs_eip(c, (uint16_t)(entry >> 16), entry & 0xFFFF);
    sp_set(c, sp - 6);
    c->eflags &= ~(F_IF | F_TF | F_AC | F_RF);
    c->trap_suppress = 1;
    c->halted = 0;
    cpu_update_async(c);
}

/* Protected-mode and V86 delivery through the IDT. */
static void deliver_idt(cpu *c, unsigned vector, enum int_kind kind, int has_error, uint32_t error)
{
    int soft = kind == INT_SOFT || kind == INT_SOFT3;
    uint32_t ext = soft ? 0 : 1;
    uint32_t idt_err = vector * 8 + 2 + ext;
    if (vector * 8 + 7 > c->idtr.limit)
        cpu_fault_err(c, EXC_GP, idt_err);
    struct desc gate;
    gate.lo = lin_read_sys(c, c->idtr.base + vector * 8, 4);
    gate.hi = lin_read_sys(c, c->idtr.base + vector * 8 + 4, 4);
    unsigned type = desc_type(gate);
    if (desc_s(gate) || !(type == SYS_TASK || type == SYS_INT16 || type == SYS_TRAP16 ||
                          type == SYS_INT32 || type == SYS_TRAP32))
        cpu_fault_err(c, EXC_GP, idt_err);
    if (soft && desc_dpl(gate) < c->cpl)
        cpu_fault_err(c, EXC_GP, idt_err);
    if (!desc_present(gate))
        cpu_fault_err(c, EXC_NP, idt_err);
    if (type == SYS_TASK) {
        task_gate(c, gate, TASK_INT, has_error, error, ext);
        c->trap_suppress = 1;
        c->halted = 0;
        return;
    }
    uint16_t sel = gate_selector(gate);
    if ((sel & ~3u) == 0)
        cpu_fault_err(c, EXC_GP, ext);
    struct desc code;
    if (desc_fetch(c, sel, &code) < 0)
        cpu_fault_err(c, EXC_GP, (sel & 0xFFFC) | ext);
    if (!desc_is_code(code) || desc_dpl(code) > c->cpl)
        cpu_fault_err(c, EXC_GP, (sel & 0xFFFC) | ext);
    if (!desc_present(code))
        cpu_fault_err(c, EXC_NP, (sel & 0xFFFC) | ext);
    int gate32 = type == SYS_INT32 || type == SYS_TRAP32;
    unsigned size = gate32 ? 4 : 2;
    uint32_t eip = gate_offset(gate, gate32);
    unsigned dpl = desc_dpl(code);
    uint32_t fl = flags_get(c);
    struct new_stack ns;
    int v86 = cpu_v86(c);
    if (!desc_conforming(code) && dpl < c->cpl) {
        if (v86 && dpl != 0)
            cpu_fault_err(c, EXC_GP, (sel & 0xFFFC) | ext);
        tss_inner_stack(c, dpl, ext, &ns);
        if (v86) {
            ns_push(c, &ns, c->seg[SEG_GS].sel, size);
            ns_push(c, &ns, c->seg[SEG_FS].sel, size);
            ns_push(c, &ns, c->seg[SEG_DS].sel, size);
            ns_push(c, &ns, c->seg[SEG_ES].sel, size);
        }
        ns_push(c, &ns, c->seg[SEG_SS].sel, size);
        ns_push(c, &ns, c->gpr[R_ESP], size);
    } else {
        if (v86)
            cpu_fault_err(c, EXC_GP, (sel & 0xFFFC) | ext);
        dpl = c->cpl;
        current_stack(c, &ns);
    }
    ns_push(c, &ns, fl, size);
    ns_push(c, &ns, c->seg[SEG_CS].sel, size);
    ns_push(c, &ns, c->eip, size);
    if (has_error)
        ns_push(c, &ns, error, size);
    if (eip > desc_limit(code))
        cpu_fault_err(c, EXC_GP, ext);
    /* Commit. */
    ns_commit(c, &ns);
    if (v86) {
        seg_cache_null(&c->seg[SEG_GS], 0);
        seg_cache_null(&c->seg[SEG_FS], 0);
        seg_cache_null(&c->seg[SEG_DS], 0);
        seg_cache_null(&c->seg[SEG_ES], 0);
    }
    c->eflags &= ~F_VM;
    seg_load_cs_desc(c, sel, code, dpl, eip);
    after_entry(c, type == SYS_INT16 || type == SYS_INT32);
}

/* V86 software interrupts under CR4.VME: the redirection bitmap in the TSS
 * (32 bytes below the I/O bitmap base) says whether INT n goes to the
 * virtual-8086 program's own vector table. */
static int v86_redirected(cpu *c, unsigned vector)
{
    if (!(c->cr4 & 1u) || c->tr.limit < 0x67)
        return 0;
    uint32_t iomap = lin_read_sys(c, c->tr.base + 0x66, 2);
    uint32_t off = iomap - 32 + vector / 8;
    if (iomap < 32 || off > c->tr.limit)
        cpu_fault_err(c, EXC_GP, 0);
    return !((lin_read_sys(c, c->tr.base + off, 1) >> (vector & 7)) & 1);
}

void cpu_interrupt(cpu *c, unsigned vector, enum int_kind kind, int has_error, uint32_t error)
{
    if (unlikely(c->hooks.intr != NULL))   /* the debugger: vector guards, journal */
        c->hooks.intr(c->hooks.opaque, c, vector,
                      kind == INT_SOFT3 ? CPU_INT_SOFT : kind == INT_NMI ? CPU_INT_NMI
                                                                       : (enum cpu_int_kind)kind);
    if (!cpu_protected(c)) {
        deliver_real(c, vector, flags_get(c));
        return;
    }
    if (cpu_v86(c) && kind == INT_SOFT) {
        unsigned iopl = (c->eflags & F_IOPL) >> 12;
        if (v86_redirected(c, vector)) {
            uint32_t fl = flags_get(c);
            if (iopl < 3) {
                /* The pushed image shows VIF as IF and IOPL as 3. */
                uint32_t real_if = c->eflags & F_IF;
                fl = (fl & ~F_IF) | ((fl & F_VIF) ? F_IF : 0) | F_IOPL;
                deliver_real(c, vector, fl);
                c->eflags = (c->eflags & ~F_VIF) | real_if;   /* VIF is cleared, IF kept */
                cpu_update_async(c);
                return;
            }
            deliver_real(c, vector, fl);
            return;
        }
        if (iopl < 3)
            cpu_fault_err(c, EXC_GP, 0);
    }
    deliver_idt(c, vector, kind, has_error, error);
}

static int contributory(int v)
{
    return v == EXC_DE || v == EXC_TS || v == EXC_NP || v == EXC_SS || v == EXC_GP;
}

/* Exceptions whose vector pushes an error code in protected mode. */
static int has_error_code(int v)
{
    return v == EXC_DF || v == EXC_TS || v == EXC_NP || v == EXC_SS || v == EXC_GP ||
           v == EXC_PF || v == EXC_AC;
}

/* Called by the run loop after a fault unwound to it. Returns 0, or 1 when
 * the CPU shut down (triple fault) and was reset. */
int cpu_handle_fault(cpu *c)
{
    int vector = c->exc_vector;
    uint32_t error = c->exc_error;
    if (c->exc_depth > 0) {
        int prev = c->exc_depth_vector;
        if (prev == EXC_DF) {
            snprintf(c->stop_detail, sizeof c->stop_detail,
                     "triple fault at %04X:%08X; the CPU was reset", c->seg[SEG_CS].sel,
                     c->insn_eip);
            c->exc_depth = 0;
            cpu_reset(c);
            c->stop_reason = CPU_STOP_SHUTDOWN;
            return 1;
        }
        if ((contributory(prev) && contributory(vector)) ||
            (prev == EXC_PF && (vector == EXC_PF || contributory(vector)))) {
            vector = EXC_DF;
            error = 0;
        }
    }
    c->eip = c->insn_eip;
    if (vector != EXC_DB)
        c->eflags |= F_RF;   /* the handler's IRET restarts without re-hitting breakpoints */
    c->exc_depth++;
    c->exc_depth_vector = vector;
    cpu_interrupt(c, (unsigned)vector, INT_EXC, has_error_code(vector), error);
    c->exc_depth = 0;
    return 0;
}
