/* PS/2 keyboard: host commands and scan code generation (see ps2kbd.h). */
#include "ps2kbd.h"

#include <stdlib.h>

#define RESP_MAX 16
#define SCAN_MAX 64
#define RESP_AFTER_BAT 0x100 /* flag in a reply entry: send after the self test */

enum {
    KBD_ACK = 0xFA,
    KBD_RESEND = 0xFE,
    KBD_BAT_OK = 0xAA,
    KBD_ECHO = 0xEE,
    KBD_TYPEMATIC_DEFAULT = 0x2B, /* 10.9 characters/s after 500 ms */
};

struct ps2kbd {
    uint16_t resp[RESP_MAX]; /* replies to commands; bit 8 = RESP_AFTER_BAT */
    unsigned resp_head, resp_n;
    uint8_t scan[SCAN_MAX]; /* key bytes */
    unsigned scan_head, scan_n;
    int overrun;       /* an overrun code is queued; cleared when the buffer empties */
    uint8_t last_sent; /* for the resend command */
    uint8_t wait_arg;  /* command whose argument byte comes next, or 0 */
    unsigned set, leds, typematic;
    int scanning;
};

/* Set 1 make code -> set 2 make code. The 8042's translation table is this
 * table's inverse, except that F7 (0x41) is 0x83 and Alt+SysRq (0x54) is
 * 0x84 in set 2. Entries past 0x58 are the rarely used keys of foreign and
 * 122-key layouts, kept so every set 1 code round-trips. */
static const uint8_t set2_of[128] = {
    0x00, 0x76, 0x16, 0x1e, 0x26, 0x25, 0x2e, 0x36, 0x3d, 0x3e, 0x46, 0x45, 0x4e, 0x55, 0x66, 0x0d,
    0x15, 0x1d, 0x24, 0x2d, 0x2c, 0x35, 0x3c, 0x43, 0x44, 0x4d, 0x54, 0x5b, 0x5a, 0x14, 0x1c, 0x1b,
    0x23, 0x2b, 0x34, 0x33, 0x3b, 0x42, 0x4b, 0x4c, 0x52, 0x0e, 0x12, 0x5d, 0x1a, 0x22, 0x21, 0x2a,
    0x32, 0x31, 0x3a, 0x41, 0x49, 0x4a, 0x59, 0x7c, 0x11, 0x29, 0x58, 0x05, 0x06, 0x04, 0x0c, 0x03,
    0x0b, 0x83, 0x0a, 0x01, 0x09, 0x77, 0x7e, 0x6c, 0x75, 0x7d, 0x7b, 0x6b, 0x73, 0x74, 0x79, 0x69,
    0x72, 0x7a, 0x70, 0x71, 0x84, 0x60, 0x61, 0x78, 0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f,
    0x47, 0x4f, 0x56, 0x5e, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38, 0x40, 0x48, 0x50, 0x57, 0x6f,
    0x13, 0x19, 0x39, 0x51, 0x53, 0x5c, 0x5f, 0x62, 0x63, 0x64, 0x65, 0x67, 0x68, 0x6a, 0x6d, 0x6e,
};

/* Set 1 make code -> set 3 code for the keys of a 102-key keyboard. */
static const uint8_t set3_of[0x59] = {
    0x00, 0x08, 0x16, 0x1e, 0x26, 0x25, 0x2e, 0x36, 0x3d, 0x3e, 0x46, 0x45, 0x4e, 0x55, 0x66,
    0x0d, 0x15, 0x1d, 0x24, 0x2d, 0x2c, 0x35, 0x3c, 0x43, 0x44, 0x4d, 0x54, 0x5b, 0x5a, 0x11,
    0x1c, 0x1b, 0x23, 0x2b, 0x34, 0x33, 0x3b, 0x42, 0x4b, 0x4c, 0x52, 0x0e, 0x12, 0x5c, 0x1a,
    0x22, 0x21, 0x2a, 0x32, 0x31, 0x3a, 0x41, 0x49, 0x4a, 0x59, 0x7e, 0x19, 0x29, 0x14, 0x07,
    0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x76, 0x5f, 0x6c, 0x75, 0x7d, 0x84,
    0x6b, 0x73, 0x74, 0x7c, 0x69, 0x72, 0x7a, 0x70, 0x71, 0x57, 0x00, 0x13, 0x56, 0x5e,
};

/* Set 3 codes of the E0-prefixed keys: {low byte of the keycode, code}. */
static const uint8_t set3_ext[][2] = {
    {0x1c, 0x79}, {0x1d, 0x58}, {0x35, 0x77}, {0x37, 0x57}, {0x38, 0x39},
    {0x46, 0x62}, {0x47, 0x6e}, {0x48, 0x63}, {0x49, 0x6f}, {0x4b, 0x61},
    {0x4d, 0x6a}, {0x4f, 0x65}, {0x50, 0x60}, {0x51, 0x6d}, {0x52, 0x67},
    {0x53, 0x64}, {0x5b, 0x8b}, {0x5c, 0x8c}, {0x5d, 0x8d},
};

uint8_t ps2kbd_set2_code(unsigned keycode) { return keycode < 128 ? set2_of[keycode] : 0; }

static uint8_t set3_code(unsigned keycode) {
    if (keycode < sizeof set3_of)
        return set3_of[keycode];
    if (keycode == PS2KEY_PAUSE)
        return 0x62;
    if ((keycode & 0xFF00) == 0xE000)
        for (unsigned i = 0; i < sizeof set3_ext / sizeof set3_ext[0]; i++)
            if (set3_ext[i][0] == (keycode & 0xFF))
                return set3_ext[i][1];
    return 0;
}

static void reply_flags(ps2kbd *k, unsigned entry) {
    if (k->resp_n < RESP_MAX)
        k->resp[(k->resp_head + k->resp_n++) % RESP_MAX] = (uint16_t)entry;
}

static inline void reply(ps2kbd *k, uint8_t b) { reply_flags(k, b); }

static void clear_scan(ps2kbd *k) {
    k->scan_head = k->scan_n = 0;
    k->overrun = 0;
}

static void set_defaults(ps2kbd *k) { k->typematic = KBD_TYPEMATIC_DEFAULT; }

ps2kbd *ps2kbd_create(const char **err) {
    ps2kbd *k = calloc(1, sizeof *k);
    if (!k) {
        *err = "out of memory for the PS/2 keyboard";
        return NULL;
    }
    ps2kbd_reset(k);
    return k;
}

void ps2kbd_destroy(ps2kbd *k) { free(k); }

void ps2kbd_reset(ps2kbd *k) {
    k->resp_head = k->resp_n = 0;
    clear_scan(k);
    k->last_sent = 0;
    k->wait_arg = 0;
    k->set = 2;
    k->leds = 0;
    k->scanning = 1;
    set_defaults(k);
}

/* The argument byte of ED, F3, F0 or the set 3 key lists FB..FD. */
static void take_argument(ps2kbd *k, uint8_t byte) {
    uint8_t cmd = k->wait_arg;
    k->wait_arg = 0;
    switch (cmd) {
    case 0xED:
        k->leds = byte & 7;
        reply(k, KBD_ACK);
        break;
    case 0xF3:
        k->typematic = byte & 0x7F;
        reply(k, KBD_ACK);
        break;
    case 0xF0:
        if (byte > 3) {
            reply(k, KBD_RESEND);
            break;
        }
        reply(k, KBD_ACK);
        if (byte == 0)
            reply(k, (uint8_t)k->set);
        else
            k->set = byte;
        break;
    default: /* FB, FC, FD: a list of set 3 keys until the next command */
        reply(k, KBD_ACK);
        k->wait_arg = cmd;
        break;
    }
}

void ps2kbd_write(ps2kbd *k, uint8_t byte) {
    /* Every argument is below 0xED, so a byte from there up is a new command. */
    if (k->wait_arg && byte < 0xED) {
        take_argument(k, byte);
        return;
    }
    k->wait_arg = 0;
    switch (byte) {
    case 0xED:
    case 0xF0:
    case 0xF3:
    case 0xFB:
    case 0xFC:
    case 0xFD:
        reply(k, KBD_ACK);
        k->wait_arg = byte;
        break;
    case 0xEE:
        reply(k, KBD_ECHO);
        break;
    case 0xF2: /* identify: an MF2 keyboard */
        reply(k, KBD_ACK);
        reply(k, 0xAB);
        reply(k, 0x83);
        break;
    case 0xF4:
        clear_scan(k);
        k->scanning = 1;
        reply(k, KBD_ACK);
        break;
    case 0xF5:
        clear_scan(k);
        set_defaults(k);
        k->scanning = 0;
        reply(k, KBD_ACK);
        break;
    case 0xF6:
        clear_scan(k);
        set_defaults(k);
        reply(k, KBD_ACK);
        break;
    case 0xF7:
    case 0xF8:
    case 0xF9:
    case 0xFA:
        reply(k, KBD_ACK);
        break;
    case 0xFE:
        reply(k, k->last_sent);
        break;
    case 0xFF:
        ps2kbd_reset(k);
        reply(k, KBD_ACK);
        reply_flags(k, KBD_BAT_OK | RESP_AFTER_BAT);
        break;
    default:
        reply(k, KBD_RESEND);
        break;
    }
}

int ps2kbd_has_data(const ps2kbd *k) { return k->resp_n || k->scan_n; }

uint64_t ps2kbd_delay_ns(const ps2kbd *k) {
    return k->resp_n && (k->resp[k->resp_head] & RESP_AFTER_BAT) ? PS2_BAT_NS : 0;
}

uint8_t ps2kbd_read(ps2kbd *k) {
    uint8_t b;
    if (k->resp_n) {
        b = (uint8_t)k->resp[k->resp_head];
        k->resp_head = (k->resp_head + 1) % RESP_MAX;
        k->resp_n--;
    } else if (k->scan_n) {
        b = k->scan[k->scan_head];
        k->scan_head = (k->scan_head + 1) % SCAN_MAX;
        if (--k->scan_n == 0)
            k->overrun = 0;
    } else {
        return k->last_sent;
    }
    k->last_sent = b;
    return b;
}

static int known_keycode(unsigned code) {
    unsigned low = code & 0xFF;
    if (code == PS2KEY_PAUSE)
        return 1;
    return low != 0 && low < 0x80 && ((code & 0xFF00) == 0 || (code & 0xFF00) == 0xE000);
}

/* Pause sends the same bytes as Ctrl+NumLock pressed and released, with E1
 * prefixes, and nothing when it is let go. */
static unsigned pause_bytes(unsigned set, uint8_t *out) {
    static const uint8_t p1[] = {0xE1, 0x1D, 0x45, 0xE1, 0x9D, 0xC5};
    static const uint8_t p2[] = {0xE1, 0x14, 0x77, 0xE1, 0xF0, 0x14, 0xF0, 0x77};
    const uint8_t *p = set == 1 ? p1 : p2;
    unsigned n = set == 1 ? sizeof p1 : sizeof p2;
    for (unsigned i = 0; i < n; i++)
        out[i] = p[i];
    return n;
}

/* The bytes a known key sends in the current set; returns their count
 * (0 = nothing, either because the set has no code for it or on Pause's release). */
static unsigned key_bytes(const ps2kbd *k, unsigned code, int pressed, uint8_t *out) {
    unsigned n = 0, low = code & 0x7F;
    int ext = (code & 0xFF00) == 0xE000, print = code == PS2KEY_PRINT;
    if (k->set == 3) {
        uint8_t c = set3_code(code);
        if (c && !pressed)
            out[n++] = 0xF0;
        if (c)
            out[n++] = c;
        return n;
    }
    if (code == PS2KEY_PAUSE)
        return pressed ? pause_bytes(k->set, out) : 0;
    if (k->set == 1) {
        /* Print Screen wraps itself in a fake left Shift (E0 2A ... E0 AA). */
        if (print && pressed)
            out[n++] = 0xE0, out[n++] = 0x2A;
        if (ext)
            out[n++] = 0xE0;
        out[n++] = (uint8_t)(low | (pressed ? 0 : 0x80));
        if (print && !pressed)
            out[n++] = 0xE0, out[n++] = 0xAA;
        return n;
    }
    if (print && pressed)
        out[n++] = 0xE0, out[n++] = 0x12;
    if (ext)
        out[n++] = 0xE0;
    if (!pressed)
        out[n++] = 0xF0;
    out[n++] = set2_of[low];
    if (print && !pressed)
        out[n++] = 0xE0, out[n++] = 0xF0, out[n++] = 0x12;
    return n;
}

int ps2kbd_key(ps2kbd *k, unsigned keycode, int pressed) {
    uint8_t bytes[8];
    if (!known_keycode(keycode))
        return -1;
    if (!k->scanning)
        return 0;
    unsigned n = key_bytes(k, keycode, pressed, bytes);
    if (n == 0)
        return 0;
    /* One place stays free for the overrun code. */
    if (k->scan_n + n >= SCAN_MAX) {
        if (!k->overrun) {
            k->scan[(k->scan_head + k->scan_n++) % SCAN_MAX] = k->set == 1 ? 0xFF : 0x00;
            k->overrun = 1;
        }
        return 0;
    }
    for (unsigned i = 0; i < n; i++)
        k->scan[(k->scan_head + k->scan_n++) % SCAN_MAX] = bytes[i];
    return 0;
}

unsigned ps2kbd_leds(const ps2kbd *k) { return k->leds; }
unsigned ps2kbd_scan_set(const ps2kbd *k) { return k->set; }
unsigned ps2kbd_typematic(const ps2kbd *k) { return k->typematic; }
int ps2kbd_scanning(const ps2kbd *k) { return k->scanning; }

/* The four rows of a US keyboard, plain and shifted, with the set 1 code of
 * each row's first key; the codes of a row are consecutive. */
static const struct {
    uint8_t first;
    const char *plain, *shifted;
} us_rows[] = {
    {0x02, "1234567890-=", "!@#$%^&*()_+"},
    {0x10, "qwertyuiop[]", "QWERTYUIOP{}"},
    {0x1E, "asdfghjkl;'`", "ASDFGHJKL:\"~"},
    {0x2B, "\\zxcvbnm,./", "|ZXCVBNM<>?"},
};

unsigned ps2kbd_us_key(int c, int *shift) {
    *shift = 0;
    switch (c) {
    case ' ':
        return 0x39;
    case '\n':
    case '\r':
        return 0x1C;
    case '\t':
        return 0x0F;
    case '\b':
        return 0x0E;
    case 0x1B:
        return 0x01;
    }
    if (c <= 0 || c > 0x7E)
        return 0;
    for (unsigned r = 0; r < sizeof us_rows / sizeof us_rows[0]; r++)
        for (unsigned i = 0; us_rows[r].plain[i]; i++) {
            if (us_rows[r].plain[i] == c)
                return us_rows[r].first + i;
            if (us_rows[r].shifted[i] == c) {
                *shift = 1;
                return us_rows[r].first + i;
            }
        }
    return 0;
}
