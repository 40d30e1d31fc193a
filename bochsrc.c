/* Reader for Bochs configuration files: "directive: key=value, key=value"
 * lines, '#' comments, quoted values. Strings it stores live until exit. */
#include "bochsrc.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Directives that only tune Bochs' own behaviour. */
static const char *const ignored[] = {
    "log", "logprefix", "debug", "info", "error", "panic", "cpu", "cpuid", "clock", "mouse",
    "keyboard", "vga", "pci", "private_colormap", "magic_break", "port_e9_hack", "floppy_bootsig_check",
    "ata0", "ata1", "ata2", "ata3", "plugin_ctrl", "config_interface", "speaker", "sound", NULL,
};

static char *trim(char *s) {
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

/* Finds key=value in a comma-separated list; returns a strdup'd value or NULL. */
static char *param(const char *list, const char *key) {
    size_t klen = strlen(key);
    for (const char *p = list; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *end = p;
        int quoted = 0;
        while (*end && (quoted || *end != ',')) {
            if (*end == '"')
                quoted = !quoted;
            end++;
        }
        if ((size_t)(end - p) > klen && strncmp(p, key, klen) == 0 && p[klen] == '=') {
            const char *v = p + klen + 1;
            size_t n = (size_t)(end - v);
            while (n && v[n - 1] == ' ')
                n--;
            if (n >= 2 && v[0] == '"' && v[n - 1] == '"')
                v++, n -= 2;
            char *r = malloc(n + 1);
            if (r) {
                memcpy(r, v, n);
                r[n] = '\0';
            }
            return r;
        }
        p = end;
    }
    return NULL;
}

/* "boot: floppy, disk" or "boot: a, c" into boot_order. */
static int boot_order(struct options *o, const char *v) {
    size_t k = 0;
    char buf[128];
    snprintf(buf, sizeof buf, "%s", v);
    for (char *save = NULL, *t = strtok_r(buf, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
        char d = !strcmp(t, "floppy") || !strcmp(t, "a") ? 'a'
                 : !strcmp(t, "disk") || !strcmp(t, "c") ? 'c'
                 : !strcmp(t, "cdrom") || !strcmp(t, "d") ? 'd' : 0;
        if (!d || k == 3)
            return -1;
        o->boot_order[k++] = d;
    }
    o->boot_order[k] = '\0';
    return k ? 0 : -1;
}

/* One directive. Returns NULL, or a message. */
static const char *apply(struct options *o, const char *name, const char *value) {
    char *v;
    if (!strcmp(name, "megs") || !strcmp(name, "memory")) {
        const char *num = value;
        char *own = NULL;
        if (!strcmp(name, "memory"))
            num = own = param(value, "guest");
        unsigned long mib = num ? strtoul(num, NULL, 10) : 0;
        free(own);
        if (mib < 1 || mib > 3584)
            return "memory size must be 1 to 3584 MiB";
        o->ram_mib = mib;
    } else if (!strcmp(name, "romimage") || !strcmp(name, "vgaromimage")) {
        if (!(v = param(value, "file")))
            return "needs file=PATH";
        *(!strcmp(name, "romimage") ? &o->bios_path : &o->vgabios_path) = v;
    } else if (!strcmp(name, "floppya") || !strcmp(name, "floppyb")) {
        static const char *const kinds[] = {"1_44", "1_2", "720k", "360k", "2_88", "image", NULL};
        for (int k = 0; kinds[k]; k++)
            if ((v = param(value, kinds[k]))) {
                *(name[6] == 'a' ? &o->fda : &o->fdb) = v;
                return NULL;
            }
        return "needs an image (1_44=PATH, image=PATH, ...)";
    } else if (!strncmp(name, "ata", 3) && strlen(name) > 5) {
        char *type = param(value, "type"), *path = param(value, "path");
        int cd = type && !strcmp(type, "cdrom");
        int ok = !type || !strcmp(type, "disk") || cd;
        free(type);
        if (!ok || !path) {
            free(path);
            return "needs type=disk|cdrom and path=PATH";
        }
        if (cd && !strcmp(name, "ata1-master"))
            o->cdrom = path;
        else if (!cd && !strcmp(name, "ata0-master"))
            o->hda = path;
        else if (!cd && !strcmp(name, "ata0-slave"))
            o->hdb = path;
        else {
            free(path);
            return "only ata0-master/ata0-slave disks and an ata1-master cdrom are supported";
        }
    } else if (!strcmp(name, "boot")) {
        if (boot_order(o, value) < 0)
            return "expected up to three of floppy, disk, cdrom";
    } else if (!strcmp(name, "com1") || !strcmp(name, "com2")) {
        char *en = param(value, "enabled"), *mode = param(value, "mode"), *dev = param(value, "dev");
        const char *spec = "none";
        static char file_spec[2][512];
        int idx = name[3] - '1';
        if (en && !strcmp(en, "0"))
            spec = "none";
        else if (!mode || !strcmp(mode, "null"))
            spec = "none";
        else if (!strcmp(mode, "file") && dev) {
            snprintf(file_spec[idx], sizeof file_spec[idx], "file:%s", dev);
            spec = file_spec[idx];
        } else if (!strcmp(mode, "term") || !strcmp(mode, "stdio"))
            spec = "stdio";
        else if (!strcmp(mode, "pty"))
            spec = "pty";
        else
            spec = NULL;
        free(en), free(mode), free(dev);
        if (!spec)
            return "mode must be null, file (with dev=PATH), term or pty";
        o->serial[idx] = spec;
    } else if (!strcmp(name, "display_library")) {
        if (strncmp(value, "nogui", 5) && strncmp(value, "sdl", 3))
            return "twin86 offers nogui (headless) and sdl2";
    } else {
        for (int k = 0; ignored[k]; k++)
            if (!strcmp(name, ignored[k]))
                return NULL;
        return "unknown directive";
    }
    return NULL;
}

int bochsrc_apply(struct options *o, const char *path, char *err, size_t errsz) {
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errsz, "-f %s: %s", path, strerror(errno));
        return -1;
    }
    char line[1024];
    int n = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line);
        if (!*s)
            continue;
        char *colon = strchr(s, ':');
        if (!colon) {
            snprintf(err, errsz, "%s:%d: expected 'directive: value'", path, n);
            rc = -1;
            break;
        }
        *colon = '\0';
        const char *msg = apply(o, trim(s), trim(colon + 1));
        if (msg) {
            snprintf(err, errsz, "%s:%d: %s: %s", path, n, trim(s), msg);
            rc = -1;
            break;
        }
    }
    fclose(f);
    return rc;
}
