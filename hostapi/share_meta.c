/* DOS metadata of host files (see share_meta.h). */
#define _GNU_SOURCE
#include "hostapi/share_meta.h"

#include <errno.h>
#include <sys/xattr.h>

#define XATTR_BITS (DOS_HIDDEN | DOS_SYSTEM | DOS_ARCHIVE)

void dos_time_from_unix(time_t t, uint16_t *dtime, uint16_t *ddate) {
    struct tm tm;
    if (!localtime_r(&t, &tm) || tm.tm_year < 80) {
        *dtime = 0;
        *ddate = 0x21; /* 1980-01-01 */
        return;
    }
    if (tm.tm_year > 207) {
        *dtime = 23 << 11 | 59 << 5 | 29;
        *ddate = 127 << 9 | 12 << 5 | 31;
        return;
    }
    *dtime = (uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec / 2);
    *ddate = (uint16_t)((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 | tm.tm_mday);
}

time_t dos_time_to_unix(uint16_t dtime, uint16_t ddate) {
    struct tm tm = {0};
    tm.tm_year = (ddate >> 9) + 80;
    tm.tm_mon = ((ddate >> 5) & 15) - 1;
    tm.tm_mday = ddate & 31;
    tm.tm_hour = dtime >> 11;
    tm.tm_min = (dtime >> 5) & 63;
    tm.tm_sec = (dtime & 31) * 2;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

void meta_from_fd(int fd, const struct stat *st, const char *hostname, struct dos_meta *m) {
    int dir = S_ISDIR(st->st_mode);
    uint8_t stored;
    if (fgetxattr(fd, DOS_ATTR_XATTR, &stored, 1) == 1)
        m->attr = stored & XATTR_BITS;
    else /* nothing stored: what DOS would show for a fresh file */
        m->attr = (dir ? 0 : DOS_ARCHIVE) | (hostname[0] == '.' ? DOS_HIDDEN : 0);
    if (dir)
        m->attr |= DOS_DIR;
    else if (!(st->st_mode & S_IWUSR))
        m->attr |= DOS_RDONLY;
    dos_time_from_unix(st->st_mtime, &m->time, &m->date);
    m->size = dir ? 0 : st->st_size > 0xFFFFFFFFll ? 0xFFFFFFFFu : (uint32_t)st->st_size;
}

int meta_set_attr(int fd, const struct stat *st, uint8_t attr) {
    if (!S_ISDIR(st->st_mode)) {
        mode_t mode = st->st_mode & 07777;
        mode_t want =
            attr & DOS_RDONLY ? mode & ~(mode_t)(S_IWUSR | S_IWGRP | S_IWOTH) : mode | S_IWUSR;
        if (want != mode && fchmod(fd, want) < 0)
            return -errno;
    }
    uint8_t bits = attr & XATTR_BITS;
    fsetxattr(fd, DOS_ATTR_XATTR, &bits, 1, 0); /* best effort: not every file system has them */
    return 0;
}
