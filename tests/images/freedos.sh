#!/usr/bin/env bash
# Boots a FreeDOS floppy image from the environment (FreeDOS is not in
# Debian, so nothing here fetches it): TWIN86_FREEDOS_IMAGE=PATH, a 1.44 MB
# boot floppy whose boot ends at the A:\> prompt without questions (e.g. the
# FreeDOS 1.x "FD13-FloppyEdition" or an older 1.44 MB boot disk). Skipped
# without it. Types `ver` at a virtual time after the prompt is up and checks
# FreeCOM's answer in the -textdump.
set -u
. "$(dirname "$0")/lib.sh"

fd=${TWIN86_FREEDOS_IMAGE:-}
[ -n "$fd" ] || skip "set TWIN86_FREEDOS_IMAGE to a FreeDOS boot floppy image to run this test"
[ -r "$fd" ] || fail "TWIN86_FREEDOS_IMAGE=$fd cannot be read"
TYPE_AT=${TYPE_AT:-3}
LIMIT=${LIMIT:-600000000}   # 12 virtual seconds

start=$SECONDS
"$TWIN86" -fda "$fd" -boot a -snapshot -display none -max-instructions "$LIMIT" \
    -type-at "$TYPE_AT,ver\n" -textdump "$tmp/screen" -stats </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
say "twin86 exited with status $st after $((SECONDS - start)) s: $(grep stats "$tmp/err")"
[ $st -eq 3 ] || { say "FAIL: exit status $st, not 3 (instruction limit)"; cat "$tmp/err"; failures=$((failures + 1)); }
if [ -s "$tmp/screen" ]; then
    expect_in "$tmp/screen" "the prompt with the typed command" '^[A-Z]:\\[^ ]*> ?ver'
    expect_in "$tmp/screen" "FreeCOM's version line" 'FreeCom version'
else
    say "FAIL: no text screen dump"
    cat "$tmp/err"
    failures=$((failures + 1))
fi
[ $failures -eq 0 ] || { sed 's/^/    | /' "$tmp/screen" 2>/dev/null; exit 1; }
say "PASS"
