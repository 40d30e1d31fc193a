/* Intel 82441FX PMC, the i440FX host bridge, as PCI function 00:00.0
 * (8086:1237, class 0600, revision 02).
 *
 * Its PAM registers 0x59-0x5F (PAM0-PAM6) shadow the legacy ROM area through
 * mem_set_shadow: PAM0 bits 5:4 cover 0xF0000-0xFFFFF; PAM1-PAM6 hold two
 * nibbles each, low then high, for the 16 KiB segments 0xC0000-0xEFFFF in
 * order. In each nibble bit 0 (RE) sends reads to DRAM instead of the ROM or
 * PCI, and bit 1 (WE) sends writes to DRAM instead of dropping them; bit 2
 * (cache enable) is kept but has no effect. All PAM bits are 0 at reset, so
 * the CPU starts on the ROM and the BIOS turns shadowing on itself.
 *
 * The DRAM row boundaries (0x60-0x67) read the RAM size in 8 MiB units.
 * SMRAM (0x72) is minimal: the register keeps D_OPEN, D_CLS, D_LCK and
 * G_SMRAME with the lock rule (once D_LCK is set, D_OPEN clears and both stay
 * read-only until reset), C_BASE_SEG reads 010b, and nothing is remapped:
 * there is no SMM, so 0xA0000-0xBFFFF always belongs to the VGA. Other
 * chipset registers (0x50-0x58, 0x68-0x71, 0x90-0x93) are plain storage.
 *
 * Wiring: i440fx_create(pci_bus, memory) after the ROMs are loaded (order
 * does not matter for correctness); i440fx_reset on every system reset
 * (it puts the legacy area back on the ROM). */
#ifndef TWIN86_I440FX_H
#define TWIN86_I440FX_H

#include "twin86/memory.h"
#include "twin86/pci.h"

#define I440FX_VENDOR 0x8086
#define I440FX_DEVICE 0x1237
#define I440FX_PAM0 0x59
#define I440FX_SMRAM 0x72

typedef struct i440fx i440fx;

/* Adds the bridge as 00:00.0 and applies the reset state. Returns NULL with
 * *err set on failure. */
i440fx *i440fx_create(pci_bus *bus, memory *mem, const char **err);
void i440fx_destroy(i440fx *h);
void i440fx_reset(i440fx *h);

#endif
