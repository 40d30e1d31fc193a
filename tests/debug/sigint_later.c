/* For test_cmds: a SIGINT to this process after a delay, sent by a child
 * process as a terminal's Ctrl-C would be, and a deadline that ends a hung
 * test. Apart from the twin86 headers: <signal.h> defines REG_* names. */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int sigint_after_ms(unsigned ms);
void sigint_reap(int pid);
void sigint_default(void);
void test_deadline(unsigned seconds);

int sigint_after_ms(unsigned ms) {
    pid_t parent = getpid(), pid = fork();
    if (pid == 0) {
        struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
        nanosleep(&t, NULL);
        kill(parent, SIGINT);
        _exit(0);
    }
    return (int)pid;
}

void sigint_reap(int pid) {
    if (pid > 0)
        waitpid((pid_t)pid, NULL, 0);
}

/* The handler's flag is in the controller: back to the default before it goes. */
void sigint_default(void) { signal(SIGINT, SIG_DFL); }

/* SIGALRM's default action ends the process: a run that never stops fails. */
void test_deadline(unsigned seconds) { alarm(seconds); }
