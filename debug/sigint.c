/* Ctrl-C only sets a flag the simulators poll between slices and at guards,
 * so it stops a run and returns to the prompt, never ends the emulator.
 * (Kept apart from the CPU headers: <signal.h> defines REG_* names.) */
#include <signal.h>
#include <string.h>

void dbg_sigint_install(volatile int *flag);

/* A signal handler gets no argument, so the flag it sets must be reachable
 * without one: the single piece of file state in the debugger. */
static volatile int *sigint_flag;

static void on_sigint(int sig)
{
    (void)sig;
    if (sigint_flag)
        *sigint_flag = 1;
}

void dbg_sigint_install(volatile int *flag)
{
    sigint_flag = flag;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
}
