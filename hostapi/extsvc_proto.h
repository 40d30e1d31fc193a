/* The external-service socket protocol, shared by twin86 (extsvc.c) and the
 * programs that serve guest requests (see hostapi/example-service.c and
 * docs/hostapi.md). A SOCK_SEQPACKET Unix socket: every message is one
 * packet, a 16-byte header and a payload, little-endian.
 *
 *   program -> twin86  REGISTER   u16 service, u16 0
 *   twin86 -> program  REGISTERED u16 service, u16 status (0 = ok), u32 RAM size,
 *                      with the guest RAM's memory file (SCM_RIGHTS) when ok:
 *                      physical address = file offset
 *   twin86 -> program  REQUEST    u32 block linear address, u16 block size,
 *                      u16 range count, the block, then per range u32
 *                      physical address, u32 length, u16 buffer index, u16 0
 *   program -> twin86  REPLY      u16 status, u16 0, u32 result, then the
 *                      block's parameter bytes (from offset 32) to write back
 *
 * twin86 waits for the reply (EXT_TIMEOUT_MS at most) with the guest stopped,
 * so a program may read and write the buffers' physical ranges in the memory
 * file freely until it replies. */
#ifndef TWIN86_HOSTAPI_EXTSVC_PROTO_H
#define TWIN86_HOSTAPI_EXTSVC_PROTO_H

#define EXT_MAGIC 0x58363854u /* "T86X" */
#define EXT_VERSION 1
#define EXT_HDR 16
#define EXT_MAX_RANGES 1024
#define EXT_MAX_MSG (EXT_HDR + 8 + 1024 + 12 * EXT_MAX_RANGES)
#define EXT_TIMEOUT_MS 10000

enum ext_type { EXT_REGISTER = 1, EXT_REGISTERED = 2, EXT_REQUEST = 3, EXT_REPLY = 4 };

/* Header: u32 magic, u16 type, u16 version, u32 sequence, u32 payload length. */
enum { EXT_H_MAGIC = 0, EXT_H_TYPE = 4, EXT_H_VERSION = 6, EXT_H_SEQ = 8, EXT_H_LEN = 12 };

/* REGISTERED status values. */
enum { EXT_OK = 0, EXT_TAKEN = 1, EXT_BAD_SERVICE = 2, EXT_NO_MEMFD = 3, EXT_FULL = 4 };

#endif
