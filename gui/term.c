/* -display term: the guest's text screen in a curses terminal, for remote
 * shells (see display.h). Cells are compared with what the terminal shows
 * and only changed ones are written; code page 437 becomes Unicode on UTF-8
 * terminals (ASCII look-alikes elsewhere); the 16 text colours become the
 * terminal's 8 plus bold. Graphics modes show a one-line note. The last
 * terminal line, when the guest leaves it free, is a status line.
 *
 * Host keys: Ctrl+] then q (power off), r (reset), d (debugger),
 * s (screenshot PNG), ] (a real Ctrl+]). */
#include "backend.h"

#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gui/actions.h"
#include "gui/term_keys.h"
#include "iodev/kbc.h"
#include "iodev/vga.h"
#include "iodev/vga_cp437.h"

#define FRAME_NS 40000000ull /* 25 screen updates a second are plenty for a terminal */
#define QUEUE_MAX 256        /* strokes typed ahead */
#define PREFIX_KEY 0x1D      /* Ctrl+] */

struct term_display {
    pc *pc;
    vga *vga;
    kbc *kbc;
    const struct display_options *opt; /* the caller's, read when used */
    SCREEN *scr;
    int utf8, colors;
    struct vga_text_screen now, shown;
    int shown_valid; /* `shown` is what the terminal has */
    int shown_kind;  /* vga_screen_kind last drawn */
    int shown_w, shown_h;
    unsigned shown_leds;
    char status_msg[96];
    int prefix; /* Ctrl+] was typed: the next key is the host's */
    struct term_stroke queue[QUEUE_MAX];
    unsigned q_head, q_n;
    uint64_t next_frame;
};

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

/* --- output ------------------------------------------------------------ */

/* VGA colour number -> curses colour. */
static const short vga_to_curses[8] = {COLOR_BLACK, COLOR_BLUE,    COLOR_GREEN,  COLOR_CYAN,
                                       COLOR_RED,   COLOR_MAGENTA, COLOR_YELLOW, COLOR_WHITE};

/* Pair 0 is the terminal's default (light grey on black), so pairs are
 * numbered to make that the VGA's 07 attribute. */
static inline short pair_of(int fg, int bg) { return (short)(bg * 8 + (7 - fg)); }

static void init_colors(struct term_display *t) {
    t->colors = has_colors() && start_color() == OK && COLOR_PAIRS >= 64;
    if (!t->colors)
        return;
    for (int bg = 0; bg < 8; bg++)
        for (int fg = 0; fg < 8; fg++)
            if (pair_of(fg, bg))
                init_pair(pair_of(fg, bg), vga_to_curses[fg], vga_to_curses[bg]);
}

static attr_t cell_attr(const struct term_display *t, uint8_t a, int blink) {
    int fg = a & 7, bg = a >> 4 & 7;
    attr_t r = (a & 8) ? A_BOLD : 0;
    if (blink && (a & 0x80))
        r |= A_BLINK;
    if (t->colors)
        return r | COLOR_PAIR(pair_of(fg, bg));
    return r | (bg > fg ? A_REVERSE : 0);
}

/* An ASCII look-alike for terminals without UTF-8. */
static char ascii_of(uint8_t ch) {
    if (ch >= 0x20 && ch < 0x7F)
        return (char)ch;
    if (ch == 0xB3 || ch == 0xBA)
        return '|';
    if (ch == 0xC4 || ch == 0xCD)
        return '-';
    if (ch >= 0xB0 && ch <= 0xB2)
        return '#';
    if (ch >= 0xB3 && ch <= 0xDA)
        return '+';
    if (ch >= 0xDB && ch <= 0xDF)
        return '#';
    return ch == 0 || ch == 0xFF ? ' ' : '?';
}

static void put_cell(struct term_display *t, int r, int c, uint16_t cell, int blink) {
    uint8_t ch = (uint8_t)cell;
    attrset(cell_attr(t, (uint8_t)(cell >> 8), blink));
    if (t->utf8) {
        char u[5] = {0};
        vga_cp437_utf8(ch, u);
        mvaddstr(r, c, u);
    } else
        mvaddch(r, c, (chtype)(unsigned char)ascii_of(ch));
}

static void status_line(struct term_display *t, int rows, int cols) {
    char line[256];
    unsigned leds = kbc_leds(t->kbc);
    snprintf(line, sizeof line,
             " twin86 | %s | Ctrl+] then q: off, r: reset, d: debugger, "
             "s: screenshot | %s %s %s",
             t->status_msg[0] ? t->status_msg : "running", leds & 2 ? "NUM" : "num",
             leds & 4 ? "CAPS" : "caps", leds & 1 ? "SCRL" : "scrl");
    attrset(A_REVERSE);
    mvaddnstr(rows - 1, 0, line, cols);
    for (int x = (int)strlen(line); x < cols; x++)
        addch(' ');
    t->shown_leds = leds;
}

static void draw_text(struct term_display *t, int rows, int cols) {
    struct vga_text_screen *n = &t->now, *o = &t->shown;
    int full = !t->shown_valid || n->rows != o->rows || n->cols != o->cols || n->blink != o->blink;
    if (full) {
        attrset(0);
        erase();
    }
    for (int r = 0; r < n->rows && r < rows; r++)
        for (int c = 0; c < n->cols && c < cols; c++)
            if (full || n->cell[r][c] != o->cell[r][c])
                put_cell(t, r, c, n->cell[r][c], n->blink);
    if (rows > n->rows && (full || kbc_leds(t->kbc) != t->shown_leds))
        status_line(t, rows, cols);
    if (n->cursor_row >= 0 && n->cursor_row < rows && n->cursor_col < cols) {
        curs_set(1);
        move(n->cursor_row, n->cursor_col);
    } else
        curs_set(0);
    t->shown.rows = n->rows, t->shown.cols = n->cols, t->shown.blink = n->blink;
    for (int r = 0; r < n->rows; r++)
        memcpy(o->cell[r], n->cell[r], (size_t)n->cols * sizeof n->cell[r][0]);
    t->shown_valid = 1;
}

static void draw_note(struct term_display *t, const struct vga_screen_info *info, int rows,
                      int cols) {
    char note[96];
    if (info->kind == VGA_SCREEN_OFF)
        snprintf(note, sizeof note, "(the guest's screen is off)");
    else
        snprintf(note, sizeof note, "(graphics mode %dx%d: not shown in a terminal)", info->width,
                 info->height);
    attrset(0);
    erase();
    mvaddnstr(rows / 2, cols > (int)strlen(note) ? (cols - (int)strlen(note)) / 2 : 0, note, cols);
    if (rows > 1)
        status_line(t, rows, cols);
    curs_set(0);
}

static void draw(struct term_display *t) {
    struct vga_screen_info info;
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    vga_screen_info(t->vga, &info);
    if (info.kind == VGA_SCREEN_TEXT && vga_text_screen(t->vga, &t->now) == 0) {
        draw_text(t, rows, cols);
    } else if (t->shown_valid || (int)info.kind != t->shown_kind || info.width != t->shown_w ||
               info.height != t->shown_h) {
        draw_note(t, &info, rows, cols);
        t->shown_valid = 0;
    }
    t->shown_kind = (int)info.kind, t->shown_w = info.width, t->shown_h = info.height;
    refresh();
}

/* --- input ------------------------------------------------------------- */

static void enqueue(struct term_display *t, const struct term_stroke *s) {
    if (t->q_n < QUEUE_MAX)
        t->queue[(t->q_head + t->q_n++) % QUEUE_MAX] = *s;
}

/* One stroke per turn, once the keyboard has sent the previous one's bytes. */
static void send_queued(struct term_display *t) {
    if (!t->q_n || ps2kbd_has_data(kbc_keyboard(t->kbc)))
        return;
    unsigned ev[8];
    int n = term_stroke_events(&t->queue[t->q_head], ev);
    t->q_head = (t->q_head + 1) % QUEUE_MAX;
    t->q_n--;
    for (int i = 0; i < n; i++)
        kbc_key_event(t->kbc, ev[i] & 0xFFFFu, (int)(ev[i] >> 31));
}

static enum frontend_action host_key(struct term_display *t, int ch) {
    char path[64];
    const char *err;
    t->prefix = 0;
    switch (ch) {
    case 'q':
        return FRONTEND_QUIT;
    case 'r':
        snprintf(t->status_msg, sizeof t->status_msg, "reset");
        t->shown_leds = ~0u;
        return FRONTEND_RESET;
    case 'd':
        /* No stderr note here: it would land in the middle of the screen. */
        if (t->opt->debug_break)
            t->opt->debug_break(t->opt->debug_opaque);
        else
            snprintf(t->status_msg, sizeof t->status_msg, "no debugger in this run");
        t->shown_leds = ~0u;
        break;
    case 's':
        if (action_screenshot(t->pc, path, sizeof path, &err) < 0)
            snprintf(t->status_msg, sizeof t->status_msg, "%s", err);
        else
            snprintf(t->status_msg, sizeof t->status_msg, "saved %s", path);
        t->shown_leds = ~0u; /* redraw the status line */
        break;
    case PREFIX_KEY:
    case ']': {
        struct term_stroke s;
        if (term_key_stroke(PREFIX_KEY, 0, &s))
            enqueue(t, &s);
        break;
    }
    }
    return FRONTEND_CONTINUE;
}

static enum frontend_action input(struct term_display *t) {
    enum frontend_action act = FRONTEND_CONTINUE;
    int ch;
    while (act == FRONTEND_CONTINUE && (ch = getch()) != ERR) {
        struct term_stroke s;
        int alt = 0;
        if (t->prefix) {
            act = host_key(t, ch);
            continue;
        }
        if (ch == PREFIX_KEY) {
            t->prefix = 1;
            continue;
        }
        if (ch == KEY_RESIZE) {
            t->shown_valid = 0;
            continue;
        }
        if (ch == 0x1B) { /* Esc, or Alt+key when more follows at once */
            int next = getch();
            if (next != ERR && next != 0x1B)
                ch = next, alt = 1;
            else if (next == 0x1B)
                ungetch(next);
        }
        if (term_key_stroke(ch, alt, &s))
            enqueue(t, &s);
    }
    send_queued(t);
    return act;
}

static enum frontend_action term_poll(void *impl) {
    struct term_display *t = impl;
    enum frontend_action act = input(t);
    uint64_t now = now_ns();
    if (now >= t->next_frame) {
        t->next_frame = now + FRAME_NS;
        draw(t);
    }
    return act;
}

/* --- lifetime ---------------------------------------------------------- */

static void term_destroy(void *impl) {
    struct term_display *t = impl;
    if (t->scr) {
        endwin();
        delscreen(t->scr);
    }
    free(t);
}

int term_display_open(pc *p, machine *m, const struct display_options *o, struct display_backend *b,
                      const char **err) {
    (void)m;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        *err = "-display term needs a terminal on standard input and output";
        return -1;
    }
    struct term_display *t = calloc(1, sizeof *t);
    if (!t) {
        *err = "out of memory for the terminal display";
        return -1;
    }
    t->pc = p, t->opt = o;
    t->vga = pc_vga(p), t->kbc = pc_kbc(p);
    setlocale(LC_CTYPE, "");
    t->utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    if (!(t->scr = newterm(NULL, stdout, stdin))) {
        free(t);
        *err = "-display term: curses does not know this terminal (is TERM set?)";
        return -1;
    }
    set_escdelay(25);
    raw(); /* Ctrl+C, Ctrl+Z and Ctrl+S go to the guest */
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    nodelay(stdscr, TRUE);
    init_colors(t);
    t->shown_kind = -1;
    t->next_frame = now_ns();
    b->impl = t;
    b->poll = term_poll;
    b->destroy = term_destroy;
    return 0;
}
