/* The I/O permission bitmap check (see ioperm.h). A 16-bit TSS has no
 * bitmap, so every access faults. */
#include "access.h"
#include "ioperm.h"

void io_check_bitmap(cpu *c, uint16_t port, unsigned size)
{
    if ((c->tr.attr & 0xF) != 0xB || c->tr.limit < 0x67)   /* 32-bit busy TSS */
        cpu_fault_err(c, EXC_GP, 0);
    uint32_t base = lin_read_sys(c, c->tr.base + 0x66, 2);
    uint32_t off = base + port / 8;
    if (off + 1 > c->tr.limit)
        cpu_fault_err(c, EXC_GP, 0);
    uint32_t bits = lin_read_sys(c, c->tr.base + off, 2);
    if ((bits >> (port & 7)) & ((1u << size) - 1))
        cpu_fault_err(c, EXC_GP, 0);
}
