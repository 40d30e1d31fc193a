/* The hostapi wire format: what a guest puts in memory before it executes the
 * escape (UD1 with reg=7, see include/twin86/cpu.h) or rings the doorbell
 * port. Everything is little-endian. hostapi/dos/abi.inc is the same for the
 * NASM sources; docs/hostapi.md explains it for guest programmers.
 *
 * An argument block is a 32-byte header followed by request parameters:
 *   +0  u32 magic      HOSTAPI_MAGIC ("T86H")
 *   +4  u16 version    HOSTAPI_VERSION
 *   +6  u16 hdr_size   HOSTAPI_HDR_SIZE
 *   +8  u16 total_size the whole block, header included (<= HOSTAPI_MAX_BLOCK)
 *   +10 u16 service    HOSTAPI_SVC_*, or a number an external program registered
 *   +12 u16 request    the service's function
 *   +14 u16 status     the guest presets HOSTAPI_ST_PENDING; the host answers
 *   +16 u16 flags      0 in version 1
 *   +18 u16 nbufs      guest buffers described in the block (<= HOSTAPI_MAX_BUFS)
 *   +20 u16 bufs_off   where their {u32 linear, u32 length} pairs start
 *   +22 u16 reserved   0
 *   +24 u32 tag        the guest's cookie, never changed by the host
 *   +28 u32 result     a service's answer (a byte count...)
 * The host reads the block once, checks every field, answers in status and
 * result, and writes back only the status, the result and the parameters. */
#ifndef TWIN86_HOSTAPI_ABI_H
#define TWIN86_HOSTAPI_ABI_H

#define HOSTAPI_MAGIC 0x48363854u /* bytes 'T' '8' '6' 'H' */
#define HOSTAPI_VERSION 1
#define HOSTAPI_HDR_SIZE 32
#define HOSTAPI_MAX_BLOCK 1024
#define HOSTAPI_MAX_BUFS 16
#define HOSTAPI_MAX_BUF_LEN (16u << 20) /* one guest buffer */

enum hostapi_hdr_offset {
    HA_MAGIC = 0,
    HA_VERSION = 4,
    HA_HDR_SIZE = 6,
    HA_TOTAL_SIZE = 8,
    HA_SERVICE = 10,
    HA_REQUEST = 12,
    HA_STATUS = 14,
    HA_FLAGS = 16,
    HA_NBUFS = 18,
    HA_BUFS_OFF = 20,
    HA_RESERVED = 22,
    HA_TAG = 24,
    HA_RESULT = 28,
};

/* Status: 0 is success; 1-0xFF are DOS error codes (file services); the
 * top values are the host's own answers. */
enum hostapi_status {
    HOSTAPI_ST_OK = 0,
    HOSTAPI_ST_PENDING = 0xFFFF,     /* preset by the guest: nobody answered */
    HOSTAPI_ST_CHAIN = 0xFFFE,       /* redirector: not my drive, pass it on */
    HOSTAPI_ST_BAD_VERSION = 0xFFFD, /* version or hdr_size not supported */
    HOSTAPI_ST_BAD_BLOCK = 0xFFFC,   /* sizes, flags, reserved or buffer table wrong */
    HOSTAPI_ST_BAD_BUFFER = 0xFFFB,  /* a guest buffer is unmapped, outside RAM or too long */
    HOSTAPI_ST_BAD_REQUEST = 0xFFFA, /* unknown request for this service */
    HOSTAPI_ST_UNAVAILABLE = 0xFFF9, /* external service gone or timed out */
};

/* Services. Numbers from HOSTAPI_SVC_EXTERNAL_MIN up belong to programs
 * connected to the external-service socket (hostapi/extsvc.h). */
enum hostapi_service {
    HOSTAPI_SVC_CORE = 0,
    HOSTAPI_SVC_REDIR = 1,
    HOSTAPI_SVC_EXTERNAL_MIN = 0x100,
    HOSTAPI_SVC_EXTERNAL_MAX = 0x7FFF,
};

/* Core service requests. */
enum hostapi_core_request {
    /* Parameters (out, 24 bytes from +32): u16 abi version, u16 max block,
     * u32 features, u32 RAM size, u16 max buffers, u16 doorbell port (0: none),
     * u32 max buffer length, u16 shares, u16 reserved. */
    HOSTAPI_CORE_PROBE = 0,
    /* Copies buffer 0 into buffer 1 (the shorter length); result = bytes. */
    HOSTAPI_CORE_COPY = 1,
    /* Writes the registered external service numbers (u16 each) into buffer
     * 0; result = how many there are. */
    HOSTAPI_CORE_SERVICES = 2,
};
#define HOSTAPI_PROBE_SIZE 24

enum hostapi_feature {
    HOSTAPI_FEAT_REDIR = 1u << 0,    /* the DOS redirector service */
    HOSTAPI_FEAT_EXTERNAL = 1u << 1, /* the external-service socket is listening */
    HOSTAPI_FEAT_DOORBELL = 1u << 2, /* the I/O-port doorbell exists */
};

/* The I/O-port doorbell: a 32-bit IN from HOSTAPI_PORT reads
 * HOSTAPI_MAGIC, from HOSTAPI_PORT+4 the ABI version; a 32-bit OUT of a
 * block's linear address to HOSTAPI_PORT serves it like the escape. */
#define HOSTAPI_PORT 0x0ED0
#define HOSTAPI_PORT_COUNT 8

/* Redirector service (service 1). */
enum hostapi_redir_request {
    /* A forwarded INT 2Fh AH=11h call. Parameters: the caller's registers
     * (HR_*); the host answers in them and in the carry flag of the FLAGS
     * word the INT pushed at SS:SP+4. Status HOSTAPI_ST_CHAIN: call the
     * previous handler with the registers unchanged. */
    HOSTAPI_REDIR_INT2F = 0,
    /* The driver's command line. Parameters: HC_*; buffer 0 = the command
     * tail, buffer 1 = where the host writes a message for the user (result
     * = its length); the host answers an action in HC_ACTION. */
    HOSTAPI_REDIR_COMMAND = 1,
};

/* Register image of HOSTAPI_REDIR_INT2F, offsets from the block start. CS is
 * the resident driver's own code segment. */
enum hostapi_redir_regs {
    HR_AX = 32,
    HR_BX = 34,
    HR_CX = 36,
    HR_DX = 38,
    HR_SI = 40,
    HR_DI = 42,
    HR_BP = 44,
    HR_DS = 46,
    HR_ES = 48,
    HR_SS = 50,
    HR_SP = 52,
    HR_CS = 54,
    HR_END = 56,
};

/* Parameters of HOSTAPI_REDIR_COMMAND, offsets from the block start. */
enum hostapi_redir_command {
    HC_PSP = 32,      /* u16 the driver's PSP segment */
    HC_RESIDENT = 34, /* u16 segment of a resident copy already installed, or 0 */
    HC_DOSVER = 36,   /* u16 INT 21h AH=30h: AL major, AH minor */
    HC_OEM = 38,      /* u8 INT 21h AH=30h BH */
    HC_MODE = 39,     /* u8 how the driver reaches the host: 0 escape, 1 doorbell */
    HC_SDA = 40,      /* u32 linear address of the swappable data area (5D06h) */
    HC_LOL = 44,      /* u32 linear address of the list of lists (52h) */
    HC_ACTION = 48,   /* u16 out: HOSTAPI_ACT_* */
    HC_EXITCODE = 50, /* u16 out: the driver's exit code */
    HC_RESSIZE = 52,  /* u16 bytes the driver keeps resident (PSP included) */
    HC_END = 54,
};

enum hostapi_redir_action {
    HOSTAPI_ACT_EXIT = 0,    /* print the message and exit */
    HOSTAPI_ACT_INSTALL = 1, /* drives are mounted: hook INT 2Fh and stay resident */
    HOSTAPI_ACT_UNLOAD = 2,  /* drives are unmounted: unhook the resident copy */
};

/* The install check a resident driver answers (through the host):
 * INT 2Fh AX=11F0h BX=0 returns BX=HOSTAPI_RESIDENT_MAGIC, ES=its segment. */
#define HOSTAPI_REDIR_CHECK 0xF0
#define HOSTAPI_RESIDENT_MAGIC 0x5438

#endif
