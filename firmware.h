/* Where the firmware twin86 uses by default lives, and which Debian package
 * provides it, so a missing file gives an error that says what to install. */
#ifndef TWIN86_FIRMWARE_H
#define TWIN86_FIRMWARE_H

#include <stddef.h>

enum firmware { FIRMWARE_SEABIOS, FIRMWARE_SEABIOS_VGA, FIRMWARE_BOCHS_BIOS, FIRMWARE_LGPL_VGA };

/* Sets *path to the installed file. Returns 0, or -1 with a one-line message
 * naming the Debian package in err. */
int firmware_find(enum firmware which, const char **path, char *err, size_t errsz);

/* The VGA BIOS that goes with a system BIOS: SeaBIOS's for SeaBIOS, the
 * LGPL VGA BIOS for Bochs' BIOS, none (NULL) for other images such as test
 * ROMs. Returns 0, or -1 with a message when the matching file is missing. */
int firmware_default_vgabios(const char *bios_path, const char **vgabios, char *err, size_t errsz);

#endif
