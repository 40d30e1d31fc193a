#!/bin/sh
# cosim-seabios.sh: real firmware under -cosim ref. SeaBIOS (the default
# firmware) boots a floppy made here (cosim_boot.asm) with the plain
# interpreter as master and the reference interpreter as slave, synced every
# 1000 instructions: three POSTs (PAM shadowing, the VGA ROM copied out of
# its PCI BAR, device windows mapped), a reset through the 8042 and one by a
# triple fault, then the whole disk read three times with floppy DMA and
# checked, timer interrupts and idle time. Passes when the guest reports
# its data good, nothing diverged, and the journal carried DMA, PAM changes
# and resets (TWIN86_COSIM_STATS counts them). Skips (77) without nasm or
# SeaBIOS.
twin86=${TWIN86:-../../twin86}
src=$(dirname "$0")
command -v "${NASM:-nasm}" >/dev/null 2>&1 || { echo "nasm not found"; exit 77; }
test -r /usr/share/seabios/bios-256k.bin || { echo "SeaBIOS not installed"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

"${NASM:-nasm}" -f bin -o "$tmp/boot.bin" "$src/cosim_boot.asm" &&
"${NASM:-nasm}" -f bin -DPATTERN -o "$tmp/block.bin" "$src/cosim_boot.asm" || exit 99
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do cat "$tmp/block.bin"; done | head -c 1474560 >"$tmp/fd.img"
dd if="$tmp/boot.bin" of="$tmp/fd.img" conv=notrunc status=none || exit 99

out=$(TWIN86_COSIM_STATS=1 "$twin86" -fda "$tmp/fd.img" -boot a -display none -debugcon stdio \
      -device isa-debug-exit,iobase=0xf4,iosize=0x04 -max-instructions 4000000000 \
      -cosim ref 2>&1)
status=$?
printf '%s\n' "$out" | grep -v '^COSIM-BOOT$'
fail() { echo "FAIL: $1"; exit 1; }
printf '%s\n' "$out" | grep -q 'divergence\|diverged' && fail "the simulators diverged"
test $status = 0 || fail "exit status $status"
printf '%s\n' "$out" | grep -q '^COSIM-DMA-OK$' || fail "the guest did not read its disk right"
test "$(printf '%s\n' "$out" | grep -c '^COSIM-BOOT$')" = 3 || fail "not three boots"
stats=$(printf '%s\n' "$out" | grep '^cosim: journal:') || fail "no journal statistics"
n() { printf '%s\n' "$stats" | sed -n "s/.* $1=\([0-9]*\).*/\1/p"; }
insns=$(printf '%s\n' "$out" | sed -n 's/.*exit status 67 through isa-debug-exit at icount \([0-9]*\).*/\1/p')
test -n "$insns" && test "$insns" -ge 30000000 || fail "ran only '$insns' instructions"
test "$(n dma)" -ge 1000 || fail "too few DMA entries: $(n dma)"
test "$(n pam)" -ge 10 || fail "too few PAM entries: $(n pam)"
test "$(n reset)" = 2 || fail "resets journaled: $(n reset), expected 2"
test "$(n intr)" -ge 100 || fail "too few interrupts: $(n intr)"
# The guest's check can fail: one wrong byte far into the disk.
cp "$tmp/fd.img" "$tmp/bad.img" &&
printf '\377' | dd of="$tmp/bad.img" bs=1 seek=1000001 conv=notrunc status=none || exit 99
"$twin86" -fda "$tmp/bad.img" -boot a -display none -debugcon stdio \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 -max-instructions 4000000000 2>/dev/null |
    grep -q '^COSIM-DMA-BAD$' || fail "a damaged disk went unnoticed"
echo "ok: $insns instructions in lockstep with no divergence"
