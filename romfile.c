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

/* The option a file came from and the sizes it allows. */
struct rom_kind {
    const char *option;
    long long max;
    long long multiple;
    const char *max_text;
};
static const struct rom_kind SYSTEM_BIOS = {"-bios", MEM_BIOS_MAX, MEM_PAGE_SIZE, "16 MiB"};
static const struct rom_kind OPTION_ROM = {"-vgabios", 128 << 10, 512, "128 KiB"};

static int check_size(const struct rom_kind *k, const char *path, const struct stat *st, char *err,
                      size_t errsz) {
    if (!S_ISREG(st->st_mode))
        snprintf(err, errsz, "%s %s: not a regular file", k->option, path);
    else if (st->st_size == 0)
        snprintf(err, errsz, "%s %s: file is empty", k->option, path);
    else if (st->st_size > k->max)
        snprintf(err, errsz, "%s %s: %lld bytes is larger than the %s limit", k->option, path,
                 (long long)st->st_size, k->max_text);
    else if (st->st_size % k->multiple)
        snprintf(err, errsz, "%s %s: %lld bytes is not a multiple of %lld bytes", k->option, path,
                 (long long)st->st_size, k->multiple);
    else
        return 0;
    return -1;
}

static int load(const struct rom_kind *k, const char *path, uint8_t **data, size_t *len, char *err,
                size_t errsz);

int romfile_load(const char *path, uint8_t **data, size_t *len, char *err, size_t errsz) {
    return load(&SYSTEM_BIOS, path, data, len, err, errsz);
}

int romfile_load_option(const char *path, uint8_t **data, size_t *len, char *err, size_t errsz) {
    if (load(&OPTION_ROM, path, data, len, err, errsz) < 0)
        return -1;
    if ((*data)[0] != 0x55 || (*data)[1] != 0xAA) {
        snprintf(err, errsz, "-vgabios %s: not an option ROM (no 55 AA signature)", path);
        free(*data);
        return -1;
    }
    return 0;
}

static int load(const struct rom_kind *k, const char *path, uint8_t **data, size_t *len, char *err,
                size_t errsz) {
    struct stat st;
    uint8_t *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (!f || fstat(fileno(f), &st) < 0) {
        snprintf(err, errsz, "%s %s: %s", k->option, path, strerror(errno));
        goto fail;
    }
    if (check_size(k, path, &st, err, errsz) < 0)
        goto fail;
    if (!(buf = malloc((size_t)st.st_size))) {
        snprintf(err, errsz, "%s %s: out of memory", k->option, path);
        goto fail;
    }
    if (fread(buf, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
        snprintf(err, errsz, "%s %s: %s", k->option, path,
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
