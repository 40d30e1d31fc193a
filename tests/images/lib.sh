# Shared by the image tests (sourced by bash scripts).
#
# Environment: TWIN86 (the binary), TWIN86_IMAGES_DIR (the image cache; the
# tests' default is the build tree's tests/images/cache), CI (when "true", an
# image that cannot be built is a failure, not a skip).

: "${TWIN86:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/twin86}"
images_src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${TWIN86_IMAGES_DIR:=$PWD/cache}"
export TWIN86_IMAGES_DIR

tmp=$(mktemp -d "${TMPDIR:-/tmp}/twin86-image-test.XXXXXX") || exit 99
trap 'serial_stop; rm -rf "$tmp"' EXIT

say() { echo "$(basename "$0"): $*"; }
fail() { say "FAIL: $*"; exit 1; }
skip() { say "SKIP: $*"; exit 77; }

[ -x "$TWIN86" ] || skip "no twin86 binary at $TWIN86"

# image NAME: builds (or finds up to date) NAME.img and prints its path;
# skips the test when it cannot be built, except on CI.
image() {
    local st=0 out
    out=$("$images_src/build-images" "$1") || st=$?
    case $st in
    0) echo "$out" ;;
    77) if [ "${CI:-}" = true ] || [ -n "${TWIN86_IMAGES_REQUIRED:-}" ]; then
            say "FAIL: image $1 cannot be built, and on CI it must be" >&2
            exit 99
        fi
        say "SKIP: image $1 cannot be built here" >&2
        exit 77 ;;
    *) say "ERROR: build-images $1 failed ($st)" >&2; exit 99 ;;
    esac
}

# variant IMG OUT SED: OUT is a copy of IMG (a build-images disk: FAT from
# 1 MiB) whose syslinux.cfg is edited by the sed script SED (mtools).
variant() {
    command -v mcopy >/dev/null || { say "no mtools (build-images installs them)" >&2; return 1; }
    cp --sparse=always "$1" "$2" &&
        MTOOLS_SKIP_CHECK=1 mtype -i "$2@@1M" ::/syslinux.cfg | sed "$3" >"$2.cfg" &&
        MTOOLS_SKIP_CHECK=1 mcopy -o -i "$2@@1M" "$2.cfg" ::/syslinux.cfg && rm -f "$2.cfg"
}

# expect_in FILE WHAT PATTERN: FILE has a line matching the extended regex.
expect_in() {
    if grep -Eq -- "$3" "$1"; then
        say "ok: $2"
    else
        say "FAIL: $2 (no /$3/ in $1):"
        sed 's/^/    | /' "$1" | tail -40
        failures=$((failures + 1))
    fi
}
failures=0

# ---- a session on the serial port ----------------------------------------
# serial_start ARGS...: runs twin86 ARGS -serial stdio in the background with
# its standard input and output on pipes; the guest's serial output collects
# in $tmp/serial (standard error in $tmp/stderr).
serial_pid=
serial_start() {
    mkfifo "$tmp/in"
    "$TWIN86" "$@" -serial stdio <"$tmp/in" >"$tmp/serial" 2>"$tmp/stderr" &
    serial_pid=$!
    exec 8>"$tmp/in"      # held open: the guest sees no end of input
    serial_seen=0
}

# serial_expect TEXT SECS: waits (wall clock) until the serial output after
# what earlier calls consumed contains the fixed string TEXT; consumes up to
# it. Fails when twin86 ends first or after SECS.
serial_expect() {
    local want=$1 deadline=$((SECONDS + $2)) rest
    while :; do
        rest=$(tail -c +$((serial_seen + 1)) "$tmp/serial" | tr -d '\0')
        case $rest in
        *"$want"*)
            local before=${rest%%"$want"*}
            serial_seen=$((serial_seen + $(printf '%s%s' "$before" "$want" | wc -c)))
            return 0 ;;
        esac
        if ! kill -0 "$serial_pid" 2>/dev/null; then
            wait "$serial_pid"; serial_status=$?
            say "twin86 ended (status $serial_status) before the serial port showed '$want'"
            return 1
        fi
        [ $SECONDS -lt $deadline ] || { say "no '$want' on the serial port after $2 s"; return 1; }
        sleep 0.2
    done
}

# serial_send FORMAT [ARGS...]: printf's output goes to the serial port.
# A guest that already ended makes the write fail (EPIPE) instead of killing
# the test with SIGPIPE, so the failure is reported with twin86's status.
serial_send() { (trap '' PIPE; printf "$@" >&8) 2>/dev/null || true; }

# serial_wait SECS: waits for twin86 to end; its status in serial_status.
serial_wait() {
    local deadline=$((SECONDS + $1))
    while kill -0 "$serial_pid" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || { say "twin86 still running after $1 s"; serial_stop; serial_status=124; return 1; }
        sleep 0.2
    done
    wait "$serial_pid"; serial_status=$?
    serial_pid=
    exec 8>&-
}

serial_stop() {
    [ -n "${serial_pid:-}" ] || return 0
    kill "$serial_pid" 2>/dev/null && wait "$serial_pid" 2>/dev/null
    serial_pid=
}
