/* DOS 8.3 names: the 11-byte FCB form DOS keeps in directory entries
 * ("README  TXT"), validation, wildcard matching, and the deterministic
 * aliases that give every host name a DOS name. */
#ifndef TWIN86_HOSTAPI_DOSNAME_H
#define TWIN86_HOSTAPI_DOSNAME_H

#include <stddef.h>
#include <stdint.h>

#define FCB_LEN 11

/* A byte allowed in a DOS file name (CP437; letters already upper case). */
int dos_name_char(uint8_t c);

/* "NAME.EXT" (CP437, upper case, len bytes, no NUL needed) to FCB form.
 * With `wild`, '?' is kept and '*' fills the rest of its field with '?'.
 * Returns 0, or -1 for anything that is not an 8.3 name ("." and ".." are
 * not names; nor are empty, over-long or doubly dotted ones). */
int dos_to_fcb(const uint8_t *name, size_t len, uint8_t fcb[FCB_LEN], int wild);

/* FCB form to "NAME.EXT" plus NUL (at most 13 bytes); returns the length. */
size_t dos_from_fcb(const uint8_t fcb[FCB_LEN], uint8_t out[13]);

/* Whether an FCB pattern ('?' matches anything, padding included) matches. */
int dos_fcb_match(const uint8_t pat[FCB_LEN], const uint8_t name[FCB_LEN]);
int dos_fcb_has_wild(const uint8_t fcb[FCB_LEN]);

/* The DOS name a host name shows as when it is already an 8.3 name after
 * conversion to CP437 and upper-casing ("readme.txt" -> "README  TXT").
 * Returns 1 and fills fcb, or 0 when the name needs an alias. */
int dos_plain_name(const char *host, uint8_t fcb[FCB_LEN]);

/* The alias of a host name that is not 8.3: up to four characters of its
 * name, '~', characters of a hash of the whole host name (so it is the same
 * on every run and in every directory order), and up to three characters of
 * its extension: "Long file name.html" -> "LONG~K3Q.HTM". `salt` picks
 * another hash when two names collide. */
void dos_alias(const char *host, unsigned salt, uint8_t fcb[FCB_LEN]);

/* FCB name to the host name DOS creates ("NEW     TXT" -> "new.txt"): ASCII
 * letters lower-cased, CP437 converted to UTF-8. Returns 0, or -1. */
int dos_host_name(const uint8_t fcb[FCB_LEN], char *out, size_t outsz);

#endif
