/* VGA register file: the ports 0x3B0-0x3DF. Writes that change what is on
 * screen ask the renderer for a full redraw; reads have no side effects except
 * the documented ones (0x3DA resets the attribute flip-flop, 0x3C9 steps the
 * DAC read index). */
#include "vga_state.h"

/* Bits a write may set, per register (the rest read back as 0). */
static const uint8_t seq_mask[8] = {0x03, 0x3D, 0x0F, 0x3F, 0x0E, 0, 0, 0};
static const uint8_t gc_mask[16] = {0x0F, 0x0F, 0x0F, 0x1F, 0x03, 0x7B, 0x0F, 0x0F, 0xFF};

static inline int color_io(const vga *v) { return v->misc & 1; }

/* 0x3B4/0x3B5/0x3BA answer only in monochrome mode, 0x3D4/0x3D5/0x3DA only in
 * colour mode (misc output bit 0). */
static inline int crtc_port_active(const vga *v, uint16_t port) {
    return (port >= 0x3D0) == color_io(v);
}

static void set_if_changed(vga *v, uint8_t *reg, uint8_t value) {
    if (*reg != value) {
        *reg = value;
        v->redraw = 1;
    }
}

static void crtc_write(vga *v, uint8_t value) {
    uint8_t i = v->crtc_index;
    if (i >= VGA_CRTC_REGS)
        return;
    /* CR11 bit 7 protects CR0-CR7, all but the line-compare bit 8 in CR7. */
    if ((v->crtc[CR_VRETRACE_END] & 0x80) && i <= CR_OVERFLOW) {
        if (i != CR_OVERFLOW)
            return;
        value = (uint8_t)((v->crtc[CR_OVERFLOW] & ~0x10) | (value & 0x10));
    }
    set_if_changed(v, &v->crtc[i], value);
}

static void attr_write(vga *v, uint8_t value) {
    if (!v->attr_data_next) {
        /* Bit 5 (palette address source) off blanks the screen. */
        if ((v->attr_index ^ value) & 0x20)
            v->redraw = 1;
        v->attr_index = value & 0x3F;
    } else {
        static const uint8_t mask[VGA_ATTR_REGS - 16] = {0xFF, 0xFF, 0x3F, 0x0F, 0x0F};
        unsigned i = v->attr_index & 0x1F;
        if (i < 16)
            set_if_changed(v, &v->attr[i], value & 0x3F);
        else if (i < VGA_ATTR_REGS)
            set_if_changed(v, &v->attr[i], value & mask[i - 16]);
    }
    v->attr_data_next = !v->attr_data_next;
}

static uint8_t dac_bits(const vga *v) { return v->vbe[VBE_ENABLE] & VBE_8BIT_DAC ? 0xFF : 0x3F; }

static void dac_data_write(vga *v, uint8_t value) {
    v->dac_in[v->dac_sub++] = value & dac_bits(v);
    if (v->dac_sub < 3)
        return;
    uint8_t *e = v->dac[v->dac_write_index++];
    if (e[0] != v->dac_in[0] || e[1] != v->dac_in[1] || e[2] != v->dac_in[2]) {
        e[0] = v->dac_in[0], e[1] = v->dac_in[1], e[2] = v->dac_in[2];
        v->palette_changed = 1;
    }
    v->dac_sub = 0;
}

static uint8_t dac_data_read(vga *v) {
    uint8_t value = v->dac[v->dac_read_index][v->dac_sub++] & dac_bits(v);
    if (v->dac_sub == 3) {
        v->dac_sub = 0;
        v->dac_read_index++;
    }
    return value;
}

static void gc_write(vga *v, uint8_t value) {
    unsigned i = v->gc_index;
    value &= gc_mask[i];
    /* Only the shift-register modes and text/graphics select affect the picture. */
    if ((i == GR_MODE && ((v->gc[i] ^ value) & 0x60)) || (i == GR_MISC && ((v->gc[i] ^ value) & 1)))
        v->redraw = 1;
    v->gc[i] = value;
}

static void seq_write(vga *v, uint8_t value) {
    unsigned i = v->seq_index;
    value &= seq_mask[i];
    if (i == SR_CLOCK || i == SR_CHARMAP)
        set_if_changed(v, &v->seq[i], value);
    else
        v->seq[i] = value;
}

void vga_port_write(void *opaque, uint16_t port, uint32_t value32, unsigned size) {
    vga *v = opaque;
    uint8_t value = (uint8_t)value32;
    (void)size; /* registered byte-wide: wider accesses arrive split */
    switch (port) {
    case 0x3B4:
    case 0x3D4:
        if (crtc_port_active(v, port))
            v->crtc_index = value;
        break;
    case 0x3B5:
    case 0x3D5:
        if (crtc_port_active(v, port))
            crtc_write(v, value);
        break;
    case 0x3BA:
    case 0x3DA:
        if (crtc_port_active(v, port))
            v->feature = value & 0x03;
        break;
    case 0x3C0:
        attr_write(v, value);
        break;
    case 0x3C2:
        set_if_changed(v, &v->misc, value & 0xEF);
        break;
    case 0x3C3:
        v->enable_3c3 = value & 1;
        break;
    case 0x3C4:
        v->seq_index = value & 7;
        break;
    case 0x3C5:
        seq_write(v, value);
        break;
    case 0x3C6:
        set_if_changed(v, &v->dac_mask, value);
        break;
    case 0x3C7:
        v->dac_read_index = value;
        v->dac_sub = 0;
        v->dac_reading = 1;
        break;
    case 0x3C8:
        v->dac_write_index = value;
        v->dac_sub = 0;
        v->dac_reading = 0;
        break;
    case 0x3C9:
        dac_data_write(v, value);
        break;
    case 0x3CE:
        v->gc_index = value & 0x0F;
        break;
    case 0x3CF:
        gc_write(v, value);
        break;
    default:
        break;
    }
}

static uint8_t attr_read(const vga *v) {
    unsigned i = v->attr_index & 0x1F;
    return i < VGA_ATTR_REGS ? v->attr[i] : 0;
}

uint32_t vga_port_read(void *opaque, uint16_t port, unsigned size) {
    vga *v = opaque;
    (void)size;
    switch (port) {
    case 0x3B4:
    case 0x3D4:
        return crtc_port_active(v, port) ? v->crtc_index : 0xFF;
    case 0x3B5:
    case 0x3D5:
        if (!crtc_port_active(v, port))
            return 0xFF;
        return v->crtc_index < VGA_CRTC_REGS ? v->crtc[v->crtc_index] : 0;
    case 0x3BA:
    case 0x3DA:
        if (!crtc_port_active(v, port))
            return 0xFF;
        v->attr_data_next = 0;
        return vga_input_status1(v);
    case 0x3C0:
        return v->attr_index;
    case 0x3C1:
        return attr_read(v);
    case 0x3C2:
        return 0x00; /* input status 0: no retrace interrupt pending, switch sense low */
    case 0x3C3:
        return v->enable_3c3;
    case 0x3C4:
        return v->seq_index;
    case 0x3C5:
        return v->seq[v->seq_index];
    case 0x3C6:
        return v->dac_mask;
    case 0x3C7:
        return v->dac_reading ? 0x03 : 0x00;
    case 0x3C8:
        return v->dac_write_index;
    case 0x3C9:
        return dac_data_read(v);
    case 0x3CA:
        return v->feature;
    case 0x3CC:
        return v->misc;
    case 0x3CE:
        return v->gc_index;
    case 0x3CF:
        return v->gc[v->gc_index];
    default:
        return 0xFF;
    }
}
