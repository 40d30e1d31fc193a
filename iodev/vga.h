/* VGA display adapter with the Bochs VBE "DISPI" extension (what SeaBIOS's
 * vgabios-stdvga and the LGPL vgabios drive):
 *  - ports 0x3B0-0x3BB, 0x3C0-0x3CF, 0x3D0-0x3DF (misc output, input status,
 *    sequencer, graphics controller, CRTC, attribute controller, DAC, feature
 *    control; 0x3BC-0x3BF stay free for a parallel port);
 *  - ports 0x1CE (index) / 0x1CF (data), 16 bits wide: DISPI;
 *  - the legacy window 0xA0000-0xBFFFF (memory-mapped I/O);
 *  - 16 MiB of video memory, also visible as a RAM-backed linear frame buffer
 *    wherever vga_set_lfb_base puts it (a PCI BAR, or 0xE0000000 on ISA).
 * The guest-visible state changes only on port/memory accesses; vga_render
 * turns it into a 32-bit XRGB picture, redrawing only what changed. */
#ifndef TWIN86_VGA_H
#define TWIN86_VGA_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "twin86/iobus.h"
#include "twin86/memory.h"
#include "twin86/pci.h"
#include "twin86/sched.h"

#define VGA_VRAM_SIZE (16u << 20)
#define VGA_LFB_ISA_BASE 0xE0000000u /* where the BIOSes look without PCI */
#define VGA_PCI_VENDOR 0x1234
#define VGA_PCI_DEVICE 0x1111
#define VGA_PCI_CLASS 0x030000 /* display controller, VGA compatible */

typedef struct vga vga;

/* Claims the ports and the 0xA0000 window. The linear frame buffer is not
 * mapped until vga_set_lfb_base. Returns NULL and sets *err on failure. */
vga *vga_create(iobus *io, memory *mem, sched *s, const char **err);

/* The bus and memory keep pointing at the adapter: destroy it with (or after)
 * them. Unmaps the linear frame buffer. */
void vga_destroy(vga *v);

/* Power-on state: registers cleared (the video BIOS programs a mode), DISPI
 * disabled; video memory is kept, as on a warm reset. */
void vga_reset(vga *v);

/* Moves the linear frame buffer to `base` (16 MiB aligned in practice; 0
 * unmaps it). Returns 0, or -1 with *err set when the range cannot be mapped
 * (then the frame buffer stays unmapped). */
int vga_set_lfb_base(vga *v, uint32_t base, const char **err);
uint32_t vga_lfb_base(const vga *v);

/* Adds the adapter as PCI function dev.0 (1234:1111, class 0300, BAR0 =
 * prefetchable 16 MiB memory); reprogramming BAR0 or the command register
 * moves or unmaps the frame buffer. With `rom` (copied), the video BIOS also
 * appears behind the expansion ROM BAR, where SeaBIOS finds and runs it.
 * Returns 0, or -1 with *err set. */
int vga_attach_pci(vga *v, pci_bus *bus, unsigned dev, const uint8_t *rom, size_t rom_len,
                   const char **err);

/* Brings the host picture up to date. Returns 1 when any pixel (or the size)
 * changed since the last call, 0 when nothing did. Blinking (cursor, blink
 * attribute) follows virtual time. */
int vga_render(vga *v);

/* The picture of the last vga_render: XRGB8888 (0x00RRGGBB), `pitch` in
 * pixels. Valid until the next vga_render. A 0x0 picture means no display. */
const uint32_t *vga_pixels(vga *v, int *w, int *h, int *pitch);

/* The picture lines the last vga_render redrew: *first..*last, or
 * *first > *last when it redrew none (frontends upload only these). */
void vga_dirty_lines(const vga *v, int *first, int *last);

/* What the adapter shows, decoded from the registers now (no render needed):
 * the picture size vga_render produces, and for text modes the character
 * grid, for DISPI modes the depth. Classic VGA pictures are logical sizes
 * (720x400 text, 320x200 in mode 13h) meant for a 4:3 screen; DISPI modes
 * have square pixels. */
enum vga_screen_kind { VGA_SCREEN_OFF, VGA_SCREEN_TEXT, VGA_SCREEN_GRAPHICS, VGA_SCREEN_VBE };
struct vga_screen_info {
    enum vga_screen_kind kind;
    int width, height;
    int cols, rows; /* VGA_SCREEN_TEXT */
    int bpp;        /* VGA_SCREEN_VBE */
};
void vga_screen_info(vga *v, struct vga_screen_info *out);

/* The character grid of a text mode, for text-terminal displays: cell[r][c]
 * is the character | attribute << 8 as the CRTC scans it (start address,
 * offset and line compare applied). The cursor is at cursor_row/col, or
 * both are -1 when it is switched off or off the grid. `blink` says whether
 * attribute bit 7 means blinking (else a bright background). Returns 0, or
 * -1 when the adapter is not in a text mode. Grids larger than the maximum
 * are cut. */
#define VGA_TEXT_MAX_COLS 256
#define VGA_TEXT_MAX_ROWS 128
struct vga_text_screen {
    int cols, rows;
    int cursor_row, cursor_col;
    int blink;
    uint16_t cell[VGA_TEXT_MAX_ROWS][VGA_TEXT_MAX_COLS];
};
int vga_text_screen(vga *v, struct vga_text_screen *t);

/* Writes the text screen as lines of UTF-8 (code page 437 glyphs mapped to
 * Unicode, so box drawing comes out right; NUL shows as a space), one line per
 * character row with trailing blanks removed. Returns 0, or -1 when the
 * adapter is not in a text mode. */
int vga_text_dump(vga *v, FILE *out);

#endif
