#!/usr/bin/env bash
# Boots linux.img with the kernel's crypto self-tests on (without
# cryptomgr.notests): at boot the kernel checks its AES, SHA-*, CRC, RSA,
# DH/ECDH... implementations against known answers, a CPU workout of some 3
# billion instructions, and says "alg: ... failed" on any wrong result. With
# twin86.exit=ready the initramfs ends the run through isa-debug-exit (status
# 85) as soon as the shell would start. Deterministic: no input at all.
set -u
. "$(dirname "$0")/lib.sh"

img=$(image linux) || exit $?
LIMIT=${LIMIT:-15000000000}   # instruction ticks: 300 virtual seconds
variant "$img" "$tmp/linux.img" 's/ cryptomgr.notests//; /APPEND/s/$/ twin86.exit=ready/' ||
    fail "cannot make the image variant"

start=$SECONDS
"$TWIN86" -hda "$tmp/linux.img" -boot c -m 128 -snapshot -display none \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 -max-instructions "$LIMIT" \
    -serial "file:$tmp/serial" -stats </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
say "twin86 exited with status $st after $((SECONDS - start)) s: $(grep stats "$tmp/err")"
[ $st -eq 85 ] || { say "FAIL: exit status $st, not 85 (the initramfs's isa-debug-exit 42)"; cat "$tmp/err"; failures=$((failures + 1)); }
expect_in "$tmp/serial" "the command line has no cryptomgr.notests" 'Kernel command line: .*twin86.exit=ready'
expect_in "$tmp/serial" "the self-tests ran (crypto_algapi_init)" 'alg: self-tests for|Loaded X.509 cert'
expect_in "$tmp/serial" "the initramfs started" 'TWIN86-LINUX-READY'
if grep -nE 'alg: .*(fail|error)|Kernel panic|Oops|BUG:|general protection|invalid opcode|segfault' "$tmp/serial"; then
    say "FAIL: the kernel log has the errors above"
    failures=$((failures + 1))
fi
[ $failures -eq 0 ] || { tail -n 60 "$tmp/serial" | sed 's/^/    | /'; exit 1; }
grep -m1 'TWIN86-LINUX-READY' "$tmp/serial" | sed "s/^/$(basename "$0"): /"
say "PASS"
