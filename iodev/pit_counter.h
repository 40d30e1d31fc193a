/* One 8254 counter modelled as a function of the PIT input clock: events
 * (control word, count written, gate edges) happen at a clock count, and the
 * counting element and OUT are computed for any later clock without stepping
 * through the clocks in between. Internal to the PIT (see pit.h).
 *
 * Clock semantics follow the 8254 data sheet: a count written during clock c
 * is loaded into the counting element on clock c+1 and decremented from c+2;
 * mode 2/3 counts written while counting take effect at the end of the current
 * period (mode 2) or half period (mode 3). */
#ifndef TWIN86_PIT_COUNTER_H
#define TWIN86_PIT_COUNTER_H

#include <stdint.h>

#define PIT_NEVER UINT64_MAX

typedef struct {
    uint8_t mode; /* 0-5 */
    uint8_t bcd;  /* counts in BCD, modulo 10000 */
    uint8_t gate;
    uint8_t have_count; /* a whole count was written after the control word */
    uint8_t running;    /* the counting element counts from `start` */
    uint8_t pending_tc; /* modes 0,1,4,5: terminal count or strobe still ahead */
    uint8_t reload_pending;
    uint32_t n;         /* count register, 0 standing for the modulus */
    uint32_t hold;      /* counting element while stopped */
    uint64_t start;     /* clock at which the counting element was loaded */
    uint32_t sv;        /* modes 0,1,4,5: value loaded at `start` */
    uint32_t period;    /* modes 2,3: count in effect (1..modulus) */
    uint32_t phase0;    /* modes 2,3: position within the period at `start` */
    uint64_t reload_at; /* modes 2,3: clock at which a new count takes over */
    uint32_t reload_phase;
    uint64_t null_until; /* NULL COUNT status until this clock */
} pit_counter;

/* Power-on state: mode 3 awaiting a count, OUT high, gate as given. */
void ctr_init(pit_counter *k, int gate);

void ctr_control(pit_counter *k, uint64_t c, int mode, int bcd);
/* The first byte of a two-byte count (stops a mode 0 counter, OUT low). */
void ctr_count_begun(pit_counter *k, uint64_t c);
/* A whole count in binary (0 = 65536, or 10000 in BCD mode). */
void ctr_write_count(pit_counter *k, uint64_t c, uint32_t n);
void ctr_set_gate(pit_counter *k, uint64_t c, int level);

/* Counting element at clock c, in the counter's format (BCD if selected). */
uint16_t ctr_value(pit_counter *k, uint64_t c);
int ctr_out(pit_counter *k, uint64_t c);
int ctr_null_count(pit_counter *k, uint64_t c);

/* First clock after c at which OUT rises (*is_edge = 1), or at which the
 * counter changes its count and must be looked at again (*is_edge = 0).
 * PIT_NEVER if neither will happen without another event. */
uint64_t ctr_next_event(pit_counter *k, uint64_t c, int *is_edge);

#endif
