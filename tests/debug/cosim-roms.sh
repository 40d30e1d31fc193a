#!/bin/sh
# cosim-roms.sh: every CPU test ROM (tests/cpu, built by its own make check)
# and hostapi's guest tests run with -cosim ref, the fast interpreter in
# lockstep with the plain one; passes when no ROM diverges and each still
# prints its passing summary.
# Skips (77) when the ROMs are not built (nasm missing).
twin86=${TWIN86:-../../twin86}
dir=${CPU_ROMS_DIR:-../cpu}
found=0 bad=0
for rom in "$dir"/*.rom; do
    test -f "$rom" || continue
    found=1
    out=$("$twin86" -bios "$rom" -display none -debugcon stdio -max-instructions 200000000 \
          -cosim ref 2>&1)
    if printf '%s\n' "$out" | grep -q 'divergence\|diverged'; then
        printf '%s\n' "$out" | grep -A20 'divergence'
        echo "FAIL $rom: diverged"; bad=1
    elif ! printf '%s\n' "$out" | grep -q '^TESTS [0-9]* passed, 0 failed$'; then
        echo "FAIL $rom: no passing summary"; bad=1
    else
        echo "ok $rom"
    fi
done
test $found = 1 || { echo "no ROMs in $dir"; exit 77; }

# hostapi's guest tests (tests/hostapi/escape.asm, assembled here): calls by
# the escape and the doorbell, which the slave takes from the journal.
top=${TOP_SRCDIR:-../..}
if test -f "$top/tests/hostapi/escape.asm" && command -v "${NASM:-nasm}" >/dev/null 2>&1; then
    tmp=$(mktemp -d) || exit 99
    "${NASM:-nasm}" -f bin -I"$top/tests/cpu/lib/" -I"$top/hostapi/dos/" -o "$tmp/escape.rom" \
        "$top/tests/hostapi/escape.asm" || { rm -rf "$tmp"; exit 99; }
    out=$(TWIN86_COSIM_STATS=1 "$twin86" -bios "$tmp/escape.rom" -hostapi -display none \
          -debugcon stdio -max-instructions 200000000 -cosim ref 2>&1)
    rm -rf "$tmp"
    calls=$(printf '%s\n' "$out" | sed -n 's/.* hostapi=\([0-9]*\).*/\1/p')
    if printf '%s\n' "$out" | grep -q 'divergence\|diverged'; then
        printf '%s\n' "$out" | grep -A20 'divergence'
        echo "FAIL escape.rom: diverged"; bad=1
    elif ! printf '%s\n' "$out" | grep -q '^TESTS [0-9]* passed, 0 failed$'; then
        echo "FAIL escape.rom: no passing summary"; bad=1
    elif test -z "$calls" || test "$calls" -lt 2; then
        echo "FAIL escape.rom: hostapi calls journaled: '$calls'"; bad=1
    else
        echo "ok escape.rom (hostapi calls journaled: $calls)"
    fi
fi
exit $bad
