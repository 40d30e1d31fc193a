#!/bin/sh
# Bad command lines and unusable -bios files: each must give exactly one line
# on stderr, starting "twin86: ", and exit status 2, before any guest runs.
: "${TWIN86:?set TWIN86 to the twin86 binary}"
[ -x "$TWIN86" ] || { echo "no twin86 binary at $TWIN86"; exit 77; }

dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
failures=0

expect_usage_error() {
    what=$1
    shift
    "$TWIN86" "$@" >"$dir/out" 2>"$dir/err" </dev/null
    status=$?
    lines=$(wc -l <"$dir/err")
    if [ "$status" -ne 2 ] || [ "$lines" -ne 1 ] || ! grep -q '^twin86: ' "$dir/err"; then
        echo "FAIL: $what: exit $status, $lines stderr line(s):"
        sed 's/^/    /' "$dir/err"
        failures=$((failures + 1))
    else
        echo "ok: $what: $(cat "$dir/err")"
    fi
}

: >"$dir/empty.rom"
head -c 5000 /dev/zero >"$dir/odd.rom"
# One page more than the 16 MiB limit; sparse, so it costs no disk.
dd if=/dev/zero of="$dir/big.rom" bs=4096 count=1 seek=4096 2>/dev/null

expect_usage_error "missing ROM file" -bios "$dir/nonexistent.rom"
expect_usage_error "empty ROM file" -bios "$dir/empty.rom"
expect_usage_error "oversized ROM file" -bios "$dir/big.rom"
expect_usage_error "ROM size not a multiple of 4 KiB" -bios "$dir/odd.rom"
expect_usage_error "ROM path is a directory" -bios "$dir"
expect_usage_error "unknown option" -frobnicate
expect_usage_error "stray argument" disk.img
expect_usage_error "missing argument" -bios
expect_usage_error "missing argument at the end" -m 16 -max-instructions
expect_usage_error "memory size zero" -m 0
expect_usage_error "memory size too big" -m 4G
expect_usage_error "memory size junk" -m 12X
expect_usage_error "negative instruction limit" -max-instructions -5
expect_usage_error "bad -ips" -ips 0
expect_usage_error "bad -debugcon" -debugcon serial
expect_usage_error "unwritable -debugcon file" -debugcon "file:$dir/no/such/dir/log"
expect_usage_error "unknown display" -display vnc
expect_usage_error "bad display property" -display sdl,scale=huge

# The good paths these tests lean on must keep working.
if ! "$TWIN86" --help | grep -q -- '-bios FILE'; then
    echo "FAIL: --help does not describe -bios"
    failures=$((failures + 1))
fi
if ! "$TWIN86" --version | grep -q '^twin86 [0-9]'; then
    echo "FAIL: --version"
    failures=$((failures + 1))
fi

[ "$failures" -eq 0 ]
