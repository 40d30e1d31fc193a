/* twin86's exit statuses: one table, used by main.c, the man page and scripts. */
#ifndef TWIN86_STATUS_H
#define TWIN86_STATUS_H

enum twin86_status {
    STATUS_OK = 0,          /* the guest stopped: halted, or asked to stop */
    STATUS_HOST_ERROR = 1,  /* the host failed us (out of memory, ...) */
    STATUS_USAGE = 2,       /* bad option, or a file named by an option is unusable */
    STATUS_LIMIT = 3,       /* -max-instructions reached */
    STATUS_UNSUPPORTED = 4, /* the guest needed something twin86 does not do yet */
};

#endif
