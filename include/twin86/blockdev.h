/* Disk image backend shared by the floppy and IDE controllers: a raw image
 * file opened read-write (writes reach the file on flush and at close),
 * read-only, or in snapshot mode (writes stay in memory, the file is never
 * written). Accesses past the end of the image fail. */
#ifndef TWIN86_BLOCKDEV_H
#define TWIN86_BLOCKDEV_H

#include <stddef.h>
#include <stdint.h>

typedef struct blockdev blockdev;

enum blk_mode { BLK_READWRITE, BLK_READONLY, BLK_SNAPSHOT };

/* Opens an image. Returns NULL with *err set to a static message (missing,
 * unreadable, empty, a directory, not writable for BLK_READWRITE). */
blockdev *blk_open(const char *path, enum blk_mode mode, const char **err);
/* Flushes (read-write mode) and closes; NULL is ignored. */
void blk_close(blockdev *b);

uint64_t blk_size(const blockdev *b);
int blk_readonly(const blockdev *b);          /* guest writes are refused */
const char *blk_path(const blockdev *b);
/* Reads and writes done so far (0 for NULL): what disk activity lamps show. */
uint64_t blk_activity(const blockdev *b);

/* Return 0, or -1 when the range leaves the image or the host I/O fails. */
int blk_read(blockdev *b, uint64_t offset, void *buf, size_t len);
int blk_write(blockdev *b, uint64_t offset, const void *buf, size_t len);
int blk_flush(blockdev *b);

#endif
