#!/usr/bin/env bash
# Boots the Linux image (see linux.sh) to its shell with -cosim ref: the
# machine's CPU with all its fast paths (threaded traces, links, specialised
# handlers, the translation cache, repeat speedups) in lockstep with a second
# CPU that has none of them, compared every 1000 instructions, with every
# port, device window, DMA transfer, interrupt and map change the guest
# causes replayed into it. Any difference is a failure that names its
# instruction. About 2.8G instructions; the initramfs ends the run at the
# shell (twin86.exit=ready) through isa-debug-exit.
set -u
. "$(dirname "$0")/lib.sh"

img=$(image linux) || exit $?
variant "$img" "$tmp/linux.img" '/APPEND/s/$/ twin86.exit=ready/' || fail "cannot make the image variant"
"$TWIN86" -hda "$tmp/linux.img" -boot c -m 128 -snapshot -display none \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 -max-instructions 20000000000 \
    -serial "file:$tmp/serial" -stats -cosim ref </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
cat "$tmp/out" "$tmp/err"
grep -q 'TWIN86-LINUX-READY' "$tmp/serial" || fail "the shell marker never came (twin86 exit status $st)"
grep -q 'divergence\|diverged' "$tmp/out" "$tmp/err" && fail "the simulators diverged"
grep -q 'guest requested exit status 85' "$tmp/out" "$tmp/err" ||
    fail "the run did not end at the shell (twin86 exit status $st)"
say "ok: Linux to its shell in lockstep with the plain CPU, no divergence"
