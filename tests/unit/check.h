/* A tiny assertion helper for the unit tests: CHECK() records a failure with
 * its place and carries on, so one run reports every broken expectation;
 * check_done() turns the count into the automake exit status. */
#ifndef TWIN86_CHECK_H
#define TWIN86_CHECK_H

#include <stdio.h>

static int check_failures;

static inline int check_at(int ok, const char *expr, const char *file, int line) {
    if (!ok) {
        fprintf(stderr, "%s:%d: check failed: %s\n", file, line, expr);
        check_failures++;
    }
    return ok;
}

/* A macro only because the expression's text and place are needed. */
#define CHECK(expr) check_at(!!(expr), #expr, __FILE__, __LINE__)

/* Equality of two unsigned values, printing both when they differ. */
static inline int check_eq_at(unsigned long long got, unsigned long long want, const char *expr,
                              const char *file, int line) {
    if (got == want)
        return 1;
    fprintf(stderr, "%s:%d: check failed: %s is 0x%llx, expected 0x%llx\n", file, line, expr, got,
            want);
    check_failures++;
    return 0;
}

#define CHECK_EQ(got, want) check_eq_at((got), (want), #got, __FILE__, __LINE__)

static inline int check_done(void) {
    if (check_failures)
        fprintf(stderr, "%d check(s) failed\n", check_failures);
    return check_failures ? 1 : 0;
}

#endif
