/* Terminal input to PC keys for -display term. A terminal sends characters
 * and escape sequences, not key transitions, so each one becomes a
 * "stroke": modifiers pressed, the key pressed and released, modifiers
 * released. Holding a key therefore repeats at the terminal's rate, not the
 * guest's. */
#ifndef TWIN86_GUI_TERM_KEYS_H
#define TWIN86_GUI_TERM_KEYS_H

enum { TERM_SHIFT = 1, TERM_CTRL = 2, TERM_ALT = 4 };

struct term_stroke {
    unsigned key;  /* PC keycode (see ps2kbd.h) */
    unsigned mods; /* TERM_* held around it */
};

/* The stroke for curses key `ch` (a byte or a KEY_* code from getch), with
 * Alt held when the terminal sent it after an Esc. Returns 1 and fills *s,
 * or 0 for input no PC key types. */
int term_key_stroke(int ch, int alt, struct term_stroke *s);

/* The key events of a stroke, in order (keycode | pressed << 31), into
 * out[0..8). Returns their count. */
int term_stroke_events(const struct term_stroke *s, unsigned out[8]);

#endif
