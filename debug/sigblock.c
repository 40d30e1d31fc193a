/* Holding SIGINT back around a traced step (see cmd_run.c). Kept apart from
 * the CPU headers: <signal.h> defines REG_* names. */
#include <signal.h>
#include <stddef.h>

int dbg_sigint_hold(void);
void dbg_sigint_release(int was_held);

int dbg_sigint_hold(void) {
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    if (sigprocmask(SIG_BLOCK, &set, &old) < 0)
        return 1; /* nothing changed: nothing to undo */
    return sigismember(&old, SIGINT) == 1;
}

void dbg_sigint_release(int was_held) {
    if (was_held)
        return; /* the embedding program holds it: leave it so */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}
