/* What the command line asks of hostapi (-hostapi, -share, -hostapi-socket,
 * -hostapi-trace). A plain struct with no dependencies, so the option parser
 * can hold one. */
#ifndef TWIN86_HOSTAPI_CONFIG_H
#define TWIN86_HOSTAPI_CONFIG_H

#include <stddef.h>

#define HOSTAPI_MAX_SHARES 8

struct hostapi_share_opt {
    const char *path;
    int readonly;
    char drive; /* 'A'..'Z', or 0 for the driver's choice */
};

struct hostapi_config {
    int enabled; /* off unless asked for: without it UD1 is a plain #UD */
    int n_shares;
    struct hostapi_share_opt shares[HOSTAPI_MAX_SHARES];
    const char *socket_path; /* external-service socket, or NULL */
    int trace;               /* log every call to stderr */
};

/* Adds "PATH[,ro][,drive=LETTER]" to c (and enables hostapi). Returns 0, or
 * -1 with a one-line message in err. */
int hostapi_parse_share(struct hostapi_config *c, const char *arg, char *err, size_t n);

#endif
