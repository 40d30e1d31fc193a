/* BIOS image files: size checks before reading, so an oversized file is never
 * read into memory. */
#include "config.h"

#include "romfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "twin86/memory.h"

static int check_size(const char *path, const struct stat *st, char *err, size_t errsz) {
    if (!S_ISREG(st->st_mode))
        snprintf(err, errsz, "-bios %s: not a regular file", path);
    else if (st->st_size == 0)
        snprintf(err, errsz, "-bios %s: file is empty", path);
    else if (st->st_size > MEM_BIOS_MAX)
        snprintf(err, errsz, "-bios %s: %lld bytes is larger than the 16 MiB limit", path,
                 (long long)st->st_size);
    else if (st->st_size % MEM_PAGE_SIZE)
        snprintf(err, errsz, "-bios %s: %lld bytes is not a multiple of 4 KiB (4096 bytes)", path,
                 (long long)st->st_size);
    else
        return 0;
    return -1;
}

int romfile_load(const char *path, uint8_t **data, size_t *len, char *err, size_t errsz) {
    struct stat st;
    uint8_t *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (!f || fstat(fileno(f), &st) < 0) {
        snprintf(err, errsz, "-bios %s: %s", path, strerror(errno));
        goto fail;
    }
    if (check_size(path, &st, err, errsz) < 0)
        goto fail;
    if (!(buf = malloc((size_t)st.st_size))) {
        snprintf(err, errsz, "-bios %s: out of memory", path);
        goto fail;
    }
    if (fread(buf, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
        snprintf(err, errsz, "-bios %s: %s", path,
                 ferror(f) ? strerror(errno) : "file shrank while being read");
        goto fail;
    }
    fclose(f);
    *data = buf;
    *len = (size_t)st.st_size;
    return 0;
fail:
    free(buf);
    if (f)
        fclose(f);
    return -1;
}
