/* PS/2 mouse: host commands, movement counters and packets (see ps2mouse.h). */
#include "ps2mouse.h"

#include <stdlib.h>

#include "ps2kbd.h" /* PS2_BAT_NS */

#define RESP_MAX 16
#define PKT_MAX 32
#define RESP_AFTER_BAT 0x100
#define COUNTER_LIMIT 1000000 /* keeps the accumulators far from int overflow */

enum { MOUSE_ACK = 0xFA, MOUSE_RESEND = 0xFE, MOUSE_BAT_OK = 0xAA };

struct ps2mouse {
    uint16_t resp[RESP_MAX];
    unsigned resp_head, resp_n;
    uint8_t pkt[PKT_MAX]; /* stream packets */
    unsigned pkt_head, pkt_n;
    int dx, dy, dz; /* counters, PS/2 directions (y up) */
    unsigned buttons;
    int changed; /* something to report since the last packet */
    uint8_t last_sent, wait_arg;
    unsigned rate, resolution, id;
    int scaling21, remote, reporting, wrap;
    uint8_t knock[3]; /* the last three sample rates set, oldest first */
};

ps2mouse *ps2mouse_create(const char **err) {
    ps2mouse *m = calloc(1, sizeof *m);
    if (!m) {
        *err = "out of memory for the PS/2 mouse";
        return NULL;
    }
    ps2mouse_reset(m);
    return m;
}

void ps2mouse_destroy(ps2mouse *m) { free(m); }

static void clear_counters(ps2mouse *m) {
    m->dx = m->dy = m->dz = 0;
    m->changed = 0;
}

static void set_defaults(ps2mouse *m) {
    m->rate = 100;
    m->resolution = 2; /* 4 counts/mm */
    m->scaling21 = 0;
    m->reporting = 0;
}

void ps2mouse_reset(ps2mouse *m) {
    m->resp_head = m->resp_n = 0;
    m->pkt_head = m->pkt_n = 0;
    clear_counters(m);
    m->last_sent = m->wait_arg = 0;
    m->id = 0;
    m->remote = m->wrap = 0;
    m->knock[0] = m->knock[1] = m->knock[2] = 0;
    set_defaults(m);
}

static void reply_flags(ps2mouse *m, unsigned entry) {
    if (m->resp_n < RESP_MAX)
        m->resp[(m->resp_head + m->resp_n++) % RESP_MAX] = (uint16_t)entry;
}

static inline void reply(ps2mouse *m, uint8_t b) { reply_flags(m, b); }

static inline int packet_size(const ps2mouse *m) { return m->id ? 4 : 3; }

/* 2:1 scaling of one sample, from the PS/2 mouse specification's table. */
static int scale21(int v) {
    static const int small[6] = {0, 1, 1, 3, 6, 9};
    int a = v < 0 ? -v : v;
    a = a < 6 ? small[a] : 2 * a;
    return v < 0 ? -a : a;
}

static inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

/* One packet from the counters, which it then clears; returns its size. */
static int make_packet(ps2mouse *m, int stream, uint8_t *out) {
    int x = m->dx, y = m->dy;
    if (stream && m->scaling21)
        x = scale21(x), y = scale21(y);
    uint8_t b0 = (uint8_t)(0x08 | (m->buttons & 7));
    if (x < -256 || x > 255)
        b0 |= 0x40;
    if (y < -256 || y > 255)
        b0 |= 0x80;
    x = clamp(x, -256, 255);
    y = clamp(y, -256, 255);
    if (x < 0)
        b0 |= 0x10;
    if (y < 0)
        b0 |= 0x20;
    out[0] = b0;
    out[1] = (uint8_t)x;
    out[2] = (uint8_t)y;
    int z = clamp(m->dz, -8, 7);
    if (m->id == 3)
        out[3] = (uint8_t)z;
    else if (m->id == 4)
        out[3] = (uint8_t)((z & 0x0F) | ((m->buttons & 0x18) << 1));
    clear_counters(m);
    return packet_size(m);
}

/* Queues a stream packet when there is news and room for it. */
static void try_stream(ps2mouse *m) {
    uint8_t p[4];
    if (!m->changed || m->remote || m->wrap || !m->reporting)
        return;
    if (PKT_MAX - m->pkt_n < (unsigned)packet_size(m))
        return;
    int n = make_packet(m, 1, p);
    for (int i = 0; i < n; i++)
        m->pkt[(m->pkt_head + m->pkt_n++) % PKT_MAX] = p[i];
}

void ps2mouse_event(ps2mouse *m, int dx, int dy, int dz, unsigned buttons) {
    if (!m->remote && !m->reporting)
        return; /* nothing would report it; only the buttons are remembered */
    m->dx = clamp(m->dx + clamp(dx, -COUNTER_LIMIT, COUNTER_LIMIT), -COUNTER_LIMIT, COUNTER_LIMIT);
    m->dy = clamp(m->dy - clamp(dy, -COUNTER_LIMIT, COUNTER_LIMIT), -COUNTER_LIMIT, COUNTER_LIMIT);
    m->dz = clamp(m->dz + clamp(dz, -COUNTER_LIMIT, COUNTER_LIMIT), -COUNTER_LIMIT, COUNTER_LIMIT);
    if (dx || dy || dz || buttons != m->buttons)
        m->changed = 1;
    m->buttons = buttons & 0x1F;
    try_stream(m);
}

/* After each rate: 200, 100, 80 unlocks the wheel; then 200, 200, 80 the
 * extra buttons. */
static void knock(ps2mouse *m, uint8_t rate) {
    m->knock[0] = m->knock[1];
    m->knock[1] = m->knock[2];
    m->knock[2] = rate;
    if (m->knock[0] == 200 && m->knock[2] == 80) {
        if (m->knock[1] == 100 && m->id == 0)
            m->id = 3;
        else if (m->knock[1] == 200 && m->id == 3)
            m->id = 4;
    }
}

static void take_argument(ps2mouse *m, uint8_t byte) {
    uint8_t cmd = m->wait_arg;
    m->wait_arg = 0;
    if (cmd == 0xE8) {
        if (byte > 3) {
            reply(m, MOUSE_RESEND);
            return;
        }
        m->resolution = byte;
    } else { /* F3 */
        if (byte == 0) {
            reply(m, MOUSE_RESEND);
            return;
        }
        m->rate = byte;
        knock(m, byte);
    }
    reply(m, MOUSE_ACK);
}

static void status_reply(ps2mouse *m) {
    /* Status byte 1: remote, enabled, 2:1, then left, middle, right. */
    uint8_t s =
        (uint8_t)((m->remote << 6) | (m->reporting << 5) | (m->scaling21 << 4) |
                  ((m->buttons & PS2MOUSE_LEFT) << 2) | ((m->buttons & PS2MOUSE_MIDDLE) >> 1) |
                  ((m->buttons & PS2MOUSE_RIGHT) >> 1));
    reply(m, MOUSE_ACK);
    reply(m, s);
    reply(m, (uint8_t)m->resolution);
    reply(m, (uint8_t)m->rate);
}

static void command(ps2mouse *m, uint8_t byte) {
    uint8_t p[4];
    switch (byte) {
    case 0xE6:
        m->scaling21 = 0;
        break;
    case 0xE7:
        m->scaling21 = 1;
        break;
    case 0xE8:
    case 0xF3:
        m->wait_arg = byte;
        break;
    case 0xE9:
        status_reply(m);
        return;
    case 0xEA:
        m->remote = 0;
        break;
    case 0xEB: {
        reply(m, MOUSE_ACK);
        int n = make_packet(m, 0, p);
        for (int i = 0; i < n; i++)
            reply(m, p[i]);
        return;
    }
    case 0xEC:
        m->wrap = 0;
        break;
    case 0xEE:
        m->wrap = 1;
        break;
    case 0xF0:
        m->remote = 1;
        break;
    case 0xF2:
        reply(m, MOUSE_ACK);
        reply(m, (uint8_t)m->id);
        return;
    case 0xF4:
        m->reporting = 1;
        break;
    case 0xF5:
        m->reporting = 0;
        break;
    case 0xF6:
        set_defaults(m);
        break;
    case 0xFF:
        ps2mouse_reset(m);
        reply(m, MOUSE_ACK);
        reply_flags(m, MOUSE_BAT_OK | RESP_AFTER_BAT);
        reply(m, 0x00);
        return;
    default:
        reply(m, MOUSE_RESEND);
        return;
    }
    reply(m, MOUSE_ACK);
}

void ps2mouse_write(ps2mouse *m, uint8_t byte) {
    if (m->wrap && byte != 0xEC && byte != 0xFF) {
        reply(m, byte); /* wrap mode echoes */
        return;
    }
    if (byte == 0xFE) { /* resend keeps everything else as it was */
        reply(m, m->last_sent);
        return;
    }
    /* A command stops the stream: queued packets are dropped, and the
     * counters too unless it is Read Data, which reports them. */
    m->pkt_head = m->pkt_n = 0;
    if (byte != 0xEB)
        clear_counters(m);
    /* Arguments are at most 200, so a byte from 0xE6 up is a new command. */
    if (m->wait_arg && byte < 0xE6)
        take_argument(m, byte);
    else {
        m->wait_arg = 0;
        command(m, byte);
    }
}

int ps2mouse_has_data(const ps2mouse *m) { return m->resp_n || m->pkt_n; }

uint64_t ps2mouse_delay_ns(const ps2mouse *m) {
    return m->resp_n && (m->resp[m->resp_head] & RESP_AFTER_BAT) ? PS2_BAT_NS : 0;
}

uint8_t ps2mouse_read(ps2mouse *m) {
    uint8_t b;
    if (m->resp_n) {
        b = (uint8_t)m->resp[m->resp_head];
        m->resp_head = (m->resp_head + 1) % RESP_MAX;
        m->resp_n--;
    } else if (m->pkt_n) {
        b = m->pkt[m->pkt_head];
        m->pkt_head = (m->pkt_head + 1) % PKT_MAX;
        m->pkt_n--;
    } else {
        return m->last_sent;
    }
    m->last_sent = b;
    try_stream(m); /* room again: report what accumulated meanwhile */
    return b;
}

unsigned ps2mouse_id(const ps2mouse *m) { return m->id; }
int ps2mouse_reporting(const ps2mouse *m) { return m->reporting; }
unsigned ps2mouse_sample_rate(const ps2mouse *m) { return m->rate; }
