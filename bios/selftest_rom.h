/* The built-in guest that twin86 boots when no -bios is given: a 64 KiB ROM
 * image assembled from bios/selftest.asm (the CPU self-test, reporting on
 * port 0xE9) and turned into C by bios/bin2c.sh at build time. */
#ifndef TWIN86_BIOS_SELFTEST_ROM_H
#define TWIN86_BIOS_SELFTEST_ROM_H

extern const unsigned char twin86_selftest_rom[];
extern const unsigned int twin86_selftest_rom_len;

#endif
