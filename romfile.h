/* Reads a BIOS image file and checks it is loadable, so a bad -bios argument is
 * reported with its file name before any machine is built. */
#ifndef TWIN86_ROMFILE_H
#define TWIN86_ROMFILE_H

#include <stddef.h>
#include <stdint.h>

/* On success returns 0 and a malloc'd image in *data (caller frees). On failure
 * returns -1 with a one-line message (no prefix, no newline) in err. */
int romfile_load(const char *path, uint8_t **data, size_t *len, char *err, size_t errsz);
/* The same for an option ROM (-vgabios): up to 128 KiB, 55 AA signature. */
int romfile_load_option(const char *path, uint8_t **data, size_t *len, char *err, size_t errsz);

#endif
