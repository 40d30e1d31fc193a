#!/bin/sh
# cosim-roms.sh: every CPU test ROM (tests/cpu, built by its own make check)
# runs with -cosim ref, the fast interpreter in lockstep with the plain one;
# passes when no ROM diverges and each still prints its passing summary.
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
exit $bad
