/* DOS metadata of host files: attributes (read-only from the host's write
 * permission; hidden, system and archive in the extended attribute
 * "user.twin86.dosattr" where the file system has them) and the DOS
 * date/time of the modification time, in the host's local time zone. */
#ifndef TWIN86_HOSTAPI_SHARE_META_H
#define TWIN86_HOSTAPI_SHARE_META_H

#include <stdint.h>
#include <sys/stat.h>
#include <time.h>

enum dos_attr {
    DOS_RDONLY = 0x01,
    DOS_HIDDEN = 0x02,
    DOS_SYSTEM = 0x04,
    DOS_VOLUME = 0x08,
    DOS_DIR = 0x10,
    DOS_ARCHIVE = 0x20,
};

#define DOS_ATTR_XATTR "user.twin86.dosattr"

struct dos_meta {
    uint8_t attr;
    uint16_t time, date;
    uint32_t size; /* files over 4 GiB show 4 GiB - 1 */
};

/* From an open descriptor (any kind, O_PATH excepted) and its stat. */
void meta_from_fd(int fd, const struct stat *st, const char *hostname, struct dos_meta *m);

/* Sets the changeable attributes (read-only, hidden, system, archive).
 * Returns 0, or -errno when the read-only bit could not be changed. The
 * others are dropped silently where the file system has no user xattrs. */
int meta_set_attr(int fd, const struct stat *st, uint8_t attr);

/* DOS date/time <-> Unix time (local time; clamped to 1980-2107). */
void dos_time_from_unix(time_t t, uint16_t *dtime, uint16_t *ddate);
time_t dos_time_to_unix(uint16_t dtime, uint16_t ddate);

#endif
