/* Disassembly through Capstone when twin86 was built with it; without it
 * the caller shows the bytes only. */
#include "config.h"
#include <stdio.h>
#include <string.h>
#include "ctl.h"
#ifdef HAVE_CAPSTONE
#include <capstone/capstone.h>
#endif

int dbg_disasm(const uint8_t *bytes, size_t n, uint32_t addr, int code32, char *out, size_t outsz)
{
#ifdef HAVE_CAPSTONE
    csh h;
    if (cs_open(CS_ARCH_X86, code32 ? CS_MODE_32 : CS_MODE_16, &h) != CS_ERR_OK)
        return 0;
    cs_insn *insn;
    int len = 0;
    if (cs_disasm(h, bytes, n, addr, 1, &insn) == 1) {
        snprintf(out, outsz, "%s %s", insn->mnemonic, insn->op_str);
        len = insn->size;
        cs_free(insn, 1);
    } else {
        snprintf(out, outsz, "(bad)");
    }
    cs_close(&h);
    return len;
#else
    (void)bytes, (void)n, (void)addr, (void)code32;
    snprintf(out, outsz, "(no disassembler: built without Capstone)");
    return 0;
#endif
}
