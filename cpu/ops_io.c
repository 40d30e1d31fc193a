/* Port I/O: IN and OUT with immediate or DX port. A write may change the
 * physical map (the A20 gate), so OUT revalidates the translation cache. */
#include "access.h"
#include "cpu_debug.h"
#include "ioperm.h"
#include "ops.h"
#include "operand.h"

static inline uint16_t port_of(const cpu *c, const insn *i)
{
    return (i->op & 8) ? (uint16_t)c->gpr[R_EDX] : (uint16_t)i->imm;
}

/* E4 E5 EC ED */
void op_in(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint16_t port = port_of(c, i);
    io_check(c, port, size);
    reg_set(c, R_EAX, cpu_io_read(c, port, size), size);
}

/* E6 E7 EE EF */
void op_out(cpu *c, const insn *i)
{
    unsigned size = size_bv(i);
    uint16_t port = port_of(c, i);
    io_check(c, port, size);
    cpu_io_write(c, port, reg_get(c, R_EAX, size), size);
    map_check(c);
}
