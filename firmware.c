/* Default firmware locations (see firmware.h). */
#include "firmware.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const struct {
    const char *path, *package, *what;
} files[] = {
    [FIRMWARE_SEABIOS] = {"/usr/share/seabios/bios-256k.bin", "seabios", "SeaBIOS"},
    [FIRMWARE_SEABIOS_VGA] = {"/usr/share/seabios/vgabios-stdvga.bin", "seabios", "SeaBIOS's VGA BIOS"},
    [FIRMWARE_BOCHS_BIOS] = {"/usr/share/bochs/BIOS-bochs-latest", "bochsbios", "the Bochs BIOS"},
    [FIRMWARE_LGPL_VGA] = {"/usr/share/vgabios/vgabios.bin", "vgabios", "the LGPL VGA BIOS"},
};

int firmware_find(enum firmware which, const char **path, char *err, size_t errsz) {
    if (access(files[which].path, R_OK) == 0) {
        *path = files[which].path;
        return 0;
    }
    snprintf(err, errsz, "%s is not installed (%s missing): install the Debian package '%s'",
             files[which].what, files[which].path, files[which].package);
    return -1;
}

int firmware_default_vgabios(const char *bios_path, const char **vgabios, char *err, size_t errsz) {
    *vgabios = NULL;
    if (strstr(bios_path, "seabios"))
        return firmware_find(FIRMWARE_SEABIOS_VGA, vgabios, err, errsz);
    if (strstr(bios_path, "bochs") || strstr(bios_path, "BIOS-"))
        return firmware_find(FIRMWARE_LGPL_VGA, vgabios, err, errsz);
    return 0;
}
