/* Pictures for the display tests: X window dumps (xwd's format) and the PNG
 * files twin86 writes (stored deflate blocks only), read into XRGB pixels. */
#ifndef TWIN86_TEST_IMAGE_IO_H
#define TWIN86_TEST_IMAGE_IO_H

#include <stdint.h>

struct image {
    int w, h;
    uint32_t *px; /* w * h pixels, 0x00RRGGBB */
};

/* Each returns 0, or -1 with a message on stderr. Free with image_free. */
int image_read_xwd(const char *path, struct image *img);
int image_read_png(const char *path, struct image *img);
void image_free(struct image *img);

#endif
