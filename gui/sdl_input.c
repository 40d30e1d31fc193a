/* The SDL window's input (see sdl_display.h): keys by physical position to
 * the PC keyboard, host auto-repeat dropped (the guest's keyboard repeats),
 * Ctrl+Alt host keys, the mouse while captured (a click captures it,
 * Ctrl+Alt+G or losing the focus releases it), and window events. */
#include "sdl_display.h"

#include "gui/actions.h"
#include "gui/keymap.h"
#include "iodev/ps2mouse.h"

static void capture(struct sdl_display *d, int on) {
    if (d->captured == on)
        return;
    d->captured = on;
    SDL_SetRelativeMouseMode(on ? SDL_TRUE : SDL_FALSE);
    SDL_SetWindowGrab(d->win, on ? SDL_TRUE : SDL_FALSE);
    if (!on && d->buttons) {
        d->buttons = 0;
        kbc_mouse_event(d->kbc, 0, 0, 0, 0);
    }
    sdl_set_title(d);
}

/* Lets go of every key the guest thinks is held (focus lost). */
static void release_keys(struct sdl_display *d) {
    for (int sc = 0; sc < SDL_NUM_SCANCODES; sc++) {
        if (d->held[sc] == 1)
            kbc_key_event(d->kbc, keymap_sdl(sc), 0);
        d->held[sc] = 0;
    }
}

static void screenshot(struct sdl_display *d) {
    char path[64], msg[128];
    const char *err;
    if (action_screenshot(d->pc, path, sizeof path, &err) < 0)
        snprintf(msg, sizeof msg, "%s", err);
    else
        snprintf(msg, sizeof msg, "Saved %s", path);
    sdl_view_invalidate(d->view); /* the screenshot rendered the VGA */
    sdl_say(d, msg);
}

static void paste(struct sdl_display *d) {
    char *text = SDL_HasClipboardText() ? SDL_GetClipboardText() : NULL;
    int n = text ? action_paste(d->pc, text) : 0;
    char msg[64];
    snprintf(msg, sizeof msg, n > 0 ? "Pasting %d characters" : "Nothing to paste", n);
    sdl_say(d, msg);
    SDL_free(text);
}

static const SDL_Scancode host_keys[] = {
    SDL_SCANCODE_G, SDL_SCANCODE_F, SDL_SCANCODE_S, SDL_SCANCODE_V, SDL_SCANCODE_A,
    SDL_SCANCODE_U, SDL_SCANCODE_D, SDL_SCANCODE_R, SDL_SCANCODE_Q,
};

static int is_host_key(SDL_Scancode sc) {
    for (unsigned i = 0; i < sizeof host_keys / sizeof host_keys[0]; i++)
        if (host_keys[i] == sc)
            return 1;
    return 0;
}

/* Before a host key acts, the guest sees Ctrl and Alt let go (and never
 * their real release), so pasted text is not typed with them held. */
static void release_modifiers(struct sdl_display *d) {
    static const SDL_Scancode mods[] = {SDL_SCANCODE_LCTRL, SDL_SCANCODE_RCTRL, SDL_SCANCODE_LALT,
                                        SDL_SCANCODE_RALT};
    for (unsigned i = 0; i < sizeof mods / sizeof mods[0]; i++)
        if (d->held[mods[i]] == 1) {
            kbc_key_event(d->kbc, keymap_sdl(mods[i]), 0);
            d->held[mods[i]] = 2;
        }
}

/* Carries out a host key (one of host_keys); sets *act for reset and power off. */
static void host_key(struct sdl_display *d, SDL_Scancode sc, enum frontend_action *act) {
    switch (sc) {
    case SDL_SCANCODE_G:
        capture(d, 0);
        break;
    case SDL_SCANCODE_F:
        sdl_toggle_full_screen(d);
        break;
    case SDL_SCANCODE_S:
        screenshot(d);
        break;
    case SDL_SCANCODE_V:
        paste(d);
        break;
    case SDL_SCANCODE_A:
        d->scale = d->scale == DISPLAY_SCALE_ASPECT ? DISPLAY_SCALE_INTEGER : DISPLAY_SCALE_ASPECT;
        sdl_say(d,
                d->scale == DISPLAY_SCALE_ASPECT ? "Scaling: aspect-correct" : "Scaling: integer");
        sdl_natural_size(d);
        break;
    case SDL_SCANCODE_U:
        sdl_natural_size(d);
        break;
    case SDL_SCANCODE_D:
        action_debug_break(d->opt);
        sdl_say(d, d->opt->debug_break ? "Debugger" : "No debugger yet");
        break;
    case SDL_SCANCODE_R:
        *act = FRONTEND_RESET;
        sdl_say(d, "Reset");
        break;
    case SDL_SCANCODE_Q:
        *act = FRONTEND_QUIT;
        break;
    default:
        return;
    }
    d->need_draw = 1;
}

static void key(struct sdl_display *d, const SDL_KeyboardEvent *e, enum frontend_action *act) {
    SDL_Scancode sc = e->keysym.scancode;
    if ((unsigned)sc >= SDL_NUM_SCANCODES)
        return;
    if (e->type == SDL_KEYUP) {
        if (d->held[sc] == 1)
            kbc_key_event(d->kbc, keymap_sdl(sc), 0);
        d->held[sc] = 0;
        return;
    }
    /* The host's auto-repeat: the guest's keyboard repeats by itself. */
    if (e->repeat || d->held[sc])
        return;
    /* The modifiers as the event saw them: SDL_GetModState would tell the
     * state after every queued event, releases included. */
    Uint16 mod = e->keysym.mod;
    if ((mod & KMOD_CTRL) && (mod & KMOD_ALT) && is_host_key(sc)) {
        release_modifiers(d);
        host_key(d, sc, act);
        d->held[sc] = 2;
        return;
    }
    unsigned pc_key = keymap_sdl(sc);
    if (pc_key) {
        kbc_key_event(d->kbc, pc_key, 1);
        d->held[sc] = 1;
    }
}

static unsigned button_bit(Uint8 b) {
    switch (b) {
    case SDL_BUTTON_LEFT:
        return PS2MOUSE_LEFT;
    case SDL_BUTTON_RIGHT:
        return PS2MOUSE_RIGHT;
    case SDL_BUTTON_MIDDLE:
        return PS2MOUSE_MIDDLE;
    case SDL_BUTTON_X1:
        return PS2MOUSE_BUTTON4;
    case SDL_BUTTON_X2:
        return PS2MOUSE_BUTTON5;
    }
    return 0;
}

static void window_event(struct sdl_display *d, const SDL_WindowEvent *e) {
    switch (e->event) {
    case SDL_WINDOWEVENT_FOCUS_LOST:
        release_keys(d);
        capture(d, 0);
        break;
    case SDL_WINDOWEVENT_SIZE_CHANGED:
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_RESTORED:
        d->need_draw = 1;
        break;
    }
}

enum frontend_action sdl_events(struct sdl_display *d) {
    enum frontend_action act = FRONTEND_CONTINUE;
    int dx = 0, dy = 0, dz = 0, moved = 0;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        switch (e.type) {
        case SDL_QUIT:
            act = FRONTEND_QUIT;
            break;
        case SDL_WINDOWEVENT:
            window_event(d, &e.window);
            break;
        case SDL_KEYDOWN:
        case SDL_KEYUP:
            key(d, &e.key, &act);
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            if (!d->captured) {
                if (e.type == SDL_MOUSEBUTTONDOWN && e.button.button == SDL_BUTTON_LEFT)
                    capture(d, 1); /* this click only captures */
                break;
            }
            if (e.type == SDL_MOUSEBUTTONDOWN)
                d->buttons |= button_bit(e.button.button);
            else
                d->buttons &= ~button_bit(e.button.button);
            moved = 1;
            break;
        case SDL_MOUSEMOTION:
            if (d->captured)
                dx += e.motion.xrel, dy += e.motion.yrel, moved = 1;
            break;
        case SDL_MOUSEWHEEL:
            if (d->captured) {
                int y = e.wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -e.wheel.y : e.wheel.y;
                dz -= y; /* SDL: positive is away from the user; PS/2: towards */
                moved = 1;
            }
            break;
        }
    }
    /* One report per turn carries all the motion. */
    if (moved)
        kbc_mouse_event(d->kbc, dx, dy, dz, d->buttons);
    return act;
}
