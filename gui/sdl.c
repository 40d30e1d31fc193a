/* The SDL2 window (see display.h): the guest picture and status bar, the
 * keyboard by physical key, the mouse while captured, and the host keys
 * (Ctrl+Alt+letter, listed by display_keys_help).
 *
 * Everything runs in the emulator's thread, in the machine's frontend turn
 * (every 10 ms of virtual time, which the machine keeps in step with the
 * wall clock): events are handled every turn, and a frame is drawn when one
 * is due at the host's refresh rate and something on screen changed. No
 * vsync wait: blocking in RenderPresent would take the time from the guest.
 * Input is in sdl_input.c. */
#include "sdl_display.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MESSAGE_NS 3000000000ull
#define WARM_UP_NS 5000000000ull /* -stats leaves out the start */

static uint64_t clock_ns(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

void sdl_say(struct sdl_display *d, const char *text) {
    snprintf(d->message, sizeof d->message, "%s", text);
    d->message_until = clock_ns(CLOCK_MONOTONIC) + MESSAGE_NS;
}

void sdl_set_title(struct sdl_display *d) {
    int w, h, square;
    char t[160];
    sdl_view_guest(d->view, &w, &h, &square);
    struct vga_screen_info info;
    vga_screen_info(d->vga, &info);
    const char *what = info.kind == VGA_SCREEN_TEXT       ? "text"
                       : info.kind == VGA_SCREEN_GRAPHICS ? "graphics"
                       : info.kind == VGA_SCREEN_VBE      ? "VBE"
                                                          : "no signal";
    if (w > 0)
        snprintf(t, sizeof t, "twin86 - %dx%d %s%s", w, h, what,
                 d->captured ? " - mouse captured (" RELEASE_KEYS " releases)" : "");
    else
        snprintf(t, sizeof t, "twin86 - %s", what);
    SDL_SetWindowTitle(d->win, t);
}

/* --- window size ------------------------------------------------------- */

static int bar_height_for(const struct sdl_display *d, int width) {
    return d->full_screen ? 0 : statusbar_height(width);
}

/* The window at the picture's natural size (shrunk to fit the desktop). */
void sdl_natural_size(struct sdl_display *d) {
    int gw, gh, square, w, h;
    sdl_view_guest(d->view, &gw, &gh, &square);
    if (d->full_screen || gw <= 0 ||
        (SDL_GetWindowFlags(d->win) & (SDL_WINDOW_MAXIMIZED | SDL_WINDOW_FULLSCREEN)))
        return;
    layout_natural(gw, gh, square, d->scale, &w, &h);
    SDL_Rect usable;
    int disp = SDL_GetWindowDisplayIndex(d->win);
    if (disp >= 0 && SDL_GetDisplayUsableBounds(disp, &usable) == 0 && usable.w > 0) {
        /* Leave room for the decorations; fit the shape into what is left. */
        int aw = usable.w - 16, ah = usable.h - 48 - bar_height_for(d, usable.w);
        if (w > aw || h > ah) {
            struct layout_rect r = layout_fit(w, h, 1, DISPLAY_SCALE_ASPECT, aw, ah);
            w = r.w, h = r.h;
        }
    }
    SDL_SetWindowSize(d->win, w, h + bar_height_for(d, w));
    d->need_draw = 1;
}

void sdl_toggle_full_screen(struct sdl_display *d) {
    d->full_screen = !d->full_screen;
    SDL_SetWindowFullscreen(d->win, d->full_screen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    if (!d->full_screen)
        sdl_natural_size(d);
    d->need_draw = 1;
}

/* --- frames ------------------------------------------------------------ */

static void update_status(struct sdl_display *d, uint64_t now) {
    struct status_info *s = &d->status;
    uint64_t n = machine_instructions(d->m);
    if (now - d->mips_at >= 1000000000ull) {
        s->mips = (double)(n - d->mips_icount) * 1e3 / (double)(now - d->mips_at);
        s->mips_known = 1;
        d->mips_at = now;
        d->mips_icount = n;
        /* Disk lamps: lit when the counters moved during the last second. */
        if (d->opt->disk_activity) {
            uint64_t c[2];
            d->opt->disk_activity(d->opt->disk_opaque, &c[0], &c[1]);
            s->floppy = c[0] != d->disk_seen[0];
            s->disk = c[1] != d->disk_seen[1];
            d->disk_seen[0] = c[0], d->disk_seen[1] = c[1];
        }
    }
    s->leds = kbc_leds(d->kbc);
    s->captured = d->captured;
    s->release = RELEASE_KEYS;
    s->message = d->message[0] && now < d->message_until ? d->message : NULL;
}

static void frame(struct sdl_display *d, uint64_t now) {
    int resized, w, h;
    int changed = sdl_view_update(d->view, d->vga, &resized);
    if (resized) {
        sdl_natural_size(d);
        sdl_set_title(d);
    }
    update_status(d, now);
    SDL_GetRendererOutputSize(d->ren, &w, &h);
    changed |= sdl_view_set_status(d->view, &d->status, d->full_screen ? 0 : w);
    if (changed || d->need_draw) {
        sdl_view_draw(d->view, w, h, d->scale);
        SDL_RenderPresent(d->ren);
        d->need_draw = 0;
        d->frames++;
    }
}

/* Counts the display's cost from now on. */
static void start_stats(struct sdl_display *d, uint64_t now) {
    d->warm = 1;
    d->cpu_in_poll = d->frames = 0;
    d->wall0 = now;
    d->thread_cpu0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
    d->process_cpu0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}

static enum frontend_action sdl_poll(void *impl) {
    struct sdl_display *d = impl;
    uint64_t cpu0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
    enum frontend_action act = sdl_events(d);
    uint64_t now = clock_ns(CLOCK_MONOTONIC);
    /* Turns come every 10 ms: draw at the turn nearest each frame time. */
    if (now + d->frame_ns / 2 >= d->next_frame) {
        d->next_frame += d->frame_ns;
        if (d->next_frame + d->frame_ns < now)
            d->next_frame = now + d->frame_ns; /* fell behind: don't catch up */
        frame(d, now);
    }
    d->cpu_in_poll += clock_ns(CLOCK_THREAD_CPUTIME_ID) - cpu0;
    if (!d->warm && now - d->wall0 >= WARM_UP_NS)
        start_stats(d, now);
    return act;
}

/* --- lifetime ---------------------------------------------------------- */

static void print_stats(struct sdl_display *d) {
    double wall = (double)(clock_ns(CLOCK_MONOTONIC) - d->wall0) / 1e9;
    double others = (double)(clock_ns(CLOCK_PROCESS_CPUTIME_ID) - d->process_cpu0) -
                    (double)(clock_ns(CLOCK_THREAD_CPUTIME_ID) - d->thread_cpu0);
    SDL_RendererInfo info = {0};
    if (wall <= 0 || SDL_GetRendererInfo(d->ren, &info) < 0)
        return;
    fprintf(stderr,
            "twin86: display stats%s: %llu frames in %.1f s (%s renderer); display CPU %.2f ms/s "
            "in the emulator thread, %.2f ms/s in other threads (the renderer's)\n",
            d->warm ? " after the first 5 s" : "", (unsigned long long)d->frames, wall, info.name,
            (double)d->cpu_in_poll / 1e6 / wall, (others > 0 ? others : 0) / 1e6 / wall);
}

static void sdl_destroy(void *impl) {
    struct sdl_display *d = impl;
    if (d->opt->stats && d->ren)
        print_stats(d);
    sdl_view_destroy(d->view);
    if (d->ren)
        SDL_DestroyRenderer(d->ren);
    if (d->win)
        SDL_DestroyWindow(d->win);
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    free(d);
}

/* SDL falls back to windowless drivers when there is no screen; those only
 * if the user asked for them by name (SDL_VIDEODRIVER). */
static int real_video(void) {
    const char *drv = SDL_GetCurrentVideoDriver(), *asked = getenv("SDL_VIDEODRIVER");
    if (!drv)
        return 0;
    if (strcmp(drv, "offscreen") && strcmp(drv, "dummy") && strcmp(drv, "evdev"))
        return 1;
    return asked && strstr(asked, drv);
}

int sdl_display_open(pc *p, machine *m, const struct display_options *o, struct display_backend *b,
                     const char **err) {
    struct sdl_display *d = calloc(1, sizeof *d);
    if (!d) {
        *err = "out of memory for the SDL display";
        return -1;
    }
    d->pc = p, d->m = m, d->opt = o;
    d->vga = pc_vga(p), d->kbc = pc_kbc(p);
    d->scale = o->scale;
    d->status.floppy = d->status.disk = -1;
    d->wall0 = d->mips_at = clock_ns(CLOCK_MONOTONIC);
    d->thread_cpu0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
    d->process_cpu0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    d->mips_icount = machine_instructions(m);
    /* Alt+Tab and the like go to the guest while the mouse is captured. */
    SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) < 0 || !real_video()) {
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        free(d);
        *err = "cannot open the SDL window: no usable video device (is DISPLAY set?)";
        return -1;
    }
    d->win = SDL_CreateWindow("twin86", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 720,
                              400 + statusbar_height(720),
                              SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (d->win)
        d->ren = SDL_CreateRenderer(d->win, -1, 0);
    if (d->ren)
        d->view = sdl_view_create(d->ren, err);
    if (!d->view) {
        if (!d->win || !d->ren)
            *err = !d->win ? "cannot create the SDL window" : "cannot create an SDL renderer";
        sdl_destroy(d);
        return -1;
    }
    SDL_DisplayMode mode;
    int hz = SDL_GetWindowDisplayMode(d->win, &mode) == 0 ? mode.refresh_rate : 0;
    if (hz < 30 || hz > 240)
        hz = 60;
    d->frame_ns = 1000000000ull / (uint64_t)hz;
    d->next_frame = d->wall0;
    d->need_draw = 1;
    if (o->full_screen)
        sdl_toggle_full_screen(d);
    sdl_set_title(d);
    b->impl = d;
    b->poll = sdl_poll;
    b->destroy = sdl_destroy;
    return 0;
}
