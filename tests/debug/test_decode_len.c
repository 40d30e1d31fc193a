/* twin86's decoder and Capstone agree on instruction lengths over many
 * pseudo-random byte sequences in 16- and 32-bit code (where both accept
 * the encoding). Skips (77) when built without Capstone. */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cpu/insn.h"
#ifdef HAVE_CAPSTONE
#include <capstone/capstone.h>
#endif

#define SEQUENCES 200000

static uint32_t rng = 12345;
static uint32_t next(void)
{
    rng ^= rng << 13, rng ^= rng >> 17, rng ^= rng << 5;
    return rng;
}

int main(void)
{
#ifndef HAVE_CAPSTONE
    puts("built without Capstone");
    return 77;
#else
    unsigned compared = 0, bad = 0;
    for (int code32 = 0; code32 < 2; code32++) {
        csh h;
        if (cs_open(CS_ARCH_X86, code32 ? CS_MODE_32 : CS_MODE_16, &h) != CS_ERR_OK)
            return 99;
        for (int n = 0; n < SEQUENCES; n++) {
            uint8_t b[15];
            for (int k = 0; k < 15; k++)
                b[k] = (uint8_t)next();
            insn i;
            int ours = decode(&i, b, 15, code32);
            cs_insn *ci;
            if (ours <= 0 || cs_disasm(h, b, 15, 0, 1, &ci) != 1)
                continue;
            int theirs = (int)ci->size;
            /* UD1 (0F B9) takes a ModRM byte in current Intel manuals; Capstone 4
             * still decodes it as the 2-byte "ud2b" of older ones. */
            if (!strcmp(ci->mnemonic, "ud2b") || !strcmp(ci->mnemonic, "ud1")) {
                cs_free(ci, 1);
                continue;
            }
            compared++;
            if (ours != theirs && bad++ < 20) {
                printf("%d-bit: twin86 %d, capstone %d (%s %s):", code32 ? 32 : 16, ours, theirs,
                       ci->mnemonic, ci->op_str);
                for (int k = 0; k < 15; k++)
                    printf(" %02X", b[k]);
                printf("\n");
            }
            cs_free(ci, 1);
        }
        cs_close(&h);
    }
    printf("%u sequences both decoded, %u length disagreements\n", compared, bad);
    return bad ? 1 : 0;
#endif
}
