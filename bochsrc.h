/* Bochs configuration files (-f FILE): the settings twin86 shares with
 * Bochs, read into the same options struct the command line fills. */
#ifndef TWIN86_BOCHSRC_H
#define TWIN86_BOCHSRC_H

#include <stddef.h>
#include "options.h"

/* Applies the file's settings to *o. Returns 0, or -1 with a one-line
 * message naming the file and line in err. Unknown directives that only
 * tune Bochs itself (log:, cpu:, clock:, ...) are accepted and ignored;
 * directives that would change the machine but are not supported are errors. */
int bochsrc_apply(struct options *o, const char *path, char *err, size_t errsz);

#endif
