/* -share PATH[,ro][,drive=LETTER] (see config.h). */
#include "hostapi/config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int hostapi_parse_share(struct hostapi_config *c, const char *arg, char *err, size_t n) {
    if (c->n_shares == HOSTAPI_MAX_SHARES) {
        snprintf(err, n, "-share %s: at most %d shares", arg, HOSTAPI_MAX_SHARES);
        return -1;
    }
    struct hostapi_share_opt s = {0};
    size_t len = strcspn(arg, ",");
    if (len == 0) {
        snprintf(err, n, "-share %s: expected PATH[,ro][,drive=LETTER]", arg);
        return -1;
    }
    char *path = strndup(arg, len); /* lives until exit, like the other option strings */
    if (!path) {
        snprintf(err, n, "-share: out of memory");
        return -1;
    }
    s.path = path;
    for (const char *p = arg + len; *p == ',';) {
        const char *kv = p + 1;
        size_t l = strcspn(kv, ",");
        if (l == 2 && strncmp(kv, "ro", 2) == 0)
            s.readonly = 1;
        else if (l == 2 && strncmp(kv, "rw", 2) == 0)
            s.readonly = 0;
        else if (l == 7 && strncmp(kv, "drive=", 6) == 0 &&
                 ((kv[6] >= 'A' && kv[6] <= 'Z') || (kv[6] >= 'a' && kv[6] <= 'z')))
            s.drive = (char)(kv[6] & ~0x20);
        else {
            snprintf(err, n, "-share %s: bad property '%.*s' (expected ro, rw or drive=LETTER)",
                     arg, (int)l, kv);
            free(path);
            return -1;
        }
        p = kv + l;
    }
    for (int i = 0; i < c->n_shares; i++)
        if (s.drive && c->shares[i].drive == s.drive) {
            snprintf(err, n, "-share %s: drive %c: is already given to %s", arg, s.drive,
                     c->shares[i].path);
            free(path);
            return -1;
        }
    c->shares[c->n_shares++] = s;
    c->enabled = 1;
    return 0;
}
