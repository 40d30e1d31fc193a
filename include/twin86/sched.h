/* Event scheduler in virtual time. Virtual time is counted in instruction ticks:
 * the CPU advances it by the instructions it retires (and a halted CPU skips it
 * forward to the next deadline), so the same inputs give the same run.
 * `ips` (instructions per virtual second, like Bochs' ips) converts ticks to
 * nanoseconds for devices that think in time. One instance per machine. */
#ifndef TWIN86_SCHED_H
#define TWIN86_SCHED_H

#include <stdint.h>

typedef struct sched sched;
typedef void (*timer_fn)(void *opaque, uint64_t now);

#define SCHED_NEVER UINT64_MAX
#define SCHED_DEFAULT_IPS 50000000ull
#define SCHED_MAX_IPS 10000000000ull   /* keeps tick<->ns conversion exact in 64 bits */

/* ips must be 1..SCHED_MAX_IPS; returns NULL otherwise or when out of memory. */
sched *sched_create(uint64_t ips);
void sched_destroy(sched *s);

uint64_t sched_now(const sched *s);            /* ticks since power-on */
uint64_t sched_ips(const sched *s);
uint64_t sched_ns_to_ticks(const sched *s, uint64_t ns);
uint64_t sched_ticks_to_ns(const sched *s, uint64_t ticks);
uint64_t sched_now_ns(const sched *s);

/* Timers are created once by a device and then armed/disarmed as needed.
 * Returns a timer id >= 0, or -1 when out of slots. */
int sched_timer_new(sched *s, timer_fn fn, void *opaque, const char *name);
void sched_timer_arm(sched *s, int id, uint64_t deadline_ticks);   /* absolute */
void sched_timer_disarm(sched *s, int id);
int sched_timer_armed(const sched *s, int id);

/* A CPU slice. While it runs, sched_now() includes the ticks the CPU has
 * retired so far (elapsed(opaque)), so a device read in the middle of a
 * slice (a PIT counter, say) sees exact virtual time; and arming a timer
 * earlier than the slice's planned end calls kick(opaque, ticks_from_now)
 * so the CPU can end the slice there. sched_end_slice advances time by what
 * was executed and runs the timers that are due. */
void sched_begin_slice(sched *s, uint64_t planned, uint64_t (*elapsed)(void *opaque),
                       void (*kick)(void *opaque, uint64_t ticks_from_now), void *opaque);
void sched_end_slice(sched *s);

/* Earliest armed deadline, or SCHED_NEVER. */
uint64_t sched_next_deadline(const sched *s);

/* Advances virtual time by `ticks` and runs every timer whose deadline is now
 * due, earliest first (ties in arming order). A callback may re-arm timers. */
void sched_advance(sched *s, uint64_t ticks);

/* Jumps to the next deadline (for an idle, halted CPU) and runs what is due.
 * Returns the ticks skipped, or 0 if no timer is armed. */
uint64_t sched_skip_to_next(sched *s);

#endif
