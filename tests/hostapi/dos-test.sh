#!/usr/bin/env bash
# The DOS redirector end to end: boots the FreeDOS floppy named by
# TWIN86_FREEDOS_IMAGE (skipped without it; FreeDOS is not in Debian), runs
# T86REDIR from a copy of the tools floppy in B:, and drives a batch file
# that uses the shared folders the way a user would: DIR, COPY in and out
# (bytes and timestamps compared on the host), TYPE, REN, DEL with
# wildcards, MD/CD/RD, setting the read-only attribute, and a write to a
# read-only share, which DOS must report as denied. The batch ends the run
# through isa-debug-exit. Needs mtools (to add the batch to the floppy).
set -u
fd=${TWIN86_FREEDOS_IMAGE:-}
twin86=${TWIN86:-../../twin86}
tools=${T86TOOLS:-../../hostapi/t86tools.img}
src=${HOSTAPI_TESTS_SRC:-.}
skip() { echo "SKIP: $*"; exit 77; }
[ -n "$fd" ] || skip "set TWIN86_FREEDOS_IMAGE to a FreeDOS boot floppy image to run this test"
[ -r "$fd" ] || { echo "TWIN86_FREEDOS_IMAGE=$fd cannot be read"; exit 99; }
command -v mcopy >/dev/null || skip "mtools (mcopy) not installed"
[ -r "$tools" ] || skip "no tools floppy ($tools): configure found no mtools"
[ -x "$twin86" ] || { echo "twin86 binary $twin86 not found"; exit 99; }

tmp=$(mktemp -d /tmp/t86-dostest-XXXXXX)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok $*"; }
export TZ=UTC

# The shares: rw (D:) and read-only (E:, within FreeDOS's default LASTDRIVE).
rw=$tmp/rw ro=$tmp/ro
mkdir -p "$rw/sub" "$rw/emptydir" "$ro"
head -c 50000 /dev/urandom >"$rw/in.bin"
touch -d '2001-02-03 04:05:06' "$rw/in.bin"
printf 'Hello from the host\r\n' >"$rw/hello.txt"
printf 'long\r\n' >"$rw/A Long File Name.text"
printf 'x' >"$rw/a.tmp"
printf 'y' >"$rw/b.tmp"
printf 'keep' >"$rw/keep.txt"
printf 'ro' >"$rw/ro.txt"
printf 'read only share\r\n' >"$ro/info.txt"

# The floppy: the tools floppy plus the test programs and the batch file.
cp "$tools" "$tmp/b.img"
${NASM:-nasm} -f bin -o "$tmp/EXIT86.COM" "$src/dos/exit86.asm" || exit 99
${NASM:-nasm} -f bin -o "$tmp/SETRO.COM" "$src/dos/setro.asm" || exit 99
${NASM:-nasm} -f bin -o "$tmp/MEMSIZE.COM" "$src/dos/memsize.asm" || exit 99
sed 's/$/\r/' >"$tmp/TEST.BAT" <<'EOF'
@echo off
B:\T86REDIR D: E:
B:\MEMSIZE > D:\MEM.TXT
DIR D:\ > D:\DIR.TXT
COPY D:\IN.BIN B:\IN.BIN > NUL
COPY B:\IN.BIN D:\OUT.BIN > NUL
TYPE D:\HELLO.TXT > D:\TYPE.TXT
MD D:\NEWDIR
COPY B:\EXIT86.COM D:\NEWDIR\X.COM > NUL
D:
CD \NEWDIR
DIR > D:\DIR2.TXT
CD \
A:
REN D:\NEWDIR\X.COM Y.COM
DEL D:\*.TMP
RD D:\EMPTYDIR
B:\SETRO D:\RO.TXT > D:\SETRO.TXT
COPY B:\IN.BIN E:\IN.BIN > D:\COPYRO.TXT
DEL E:\INFO.TXT
MD E:\NEWDIR
DIR E:\ > D:\DIR3.TXT
B:\EXIT86
EOF
mcopy -i "$tmp/b.img" "$tmp/TEST.BAT" "$tmp/EXIT86.COM" "$tmp/SETRO.COM" "$tmp/MEMSIZE.COM" :: || exit 99

"$twin86" -fda "$fd" -fdb "$tmp/b.img" -boot a -snapshot -display none \
    -share "$rw" -share "$ro,ro" -device isa-debug-exit -max-instructions 6000000000 \
    -type-at '3,B:TEST\r' -textdump "$tmp/screen" </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
[ $st -eq 67 ] || fail "twin86 exited with status $st, not 67 (the batch did not finish)"

expect() { # file description extended-regexp
    if grep -Eq "$3" "$1" 2>/dev/null; then pass "$2"; else fail "$2 (no /$3/ in $(basename "$1"))"; fi
}
expect "$tmp/screen" "driver loaded" 'host folders mounted \([0-9]+ bytes resident\)'
# the resident size, measured from DOS's memory control blocks
res=$(sed -n 's/^T86REDIR \([0-9]*\).*/\1/p' "$rw/mem.txt" 2>/dev/null)
if [ -n "$res" ] && [ "$res" -le 4096 ]; then pass "resident size $res bytes (at most 4096)"; else fail "resident size '${res}'"; fi
expect "$rw/dir.txt" "DIR lists a file" 'HELLO +TXT +21'
expect "$rw/dir.txt" "DIR shows the alias of a long name" 'ALON~[0-9A-V]{3} +TEX'
expect "$rw/dir.txt" "DIR shows the host file's date and time" 'IN +BIN +50,?000 +0?2-0?3-0?1 +0?4:05'
expect "$rw/dir.txt" "DIR shows a directory" 'SUB +<DIR>'
expect "$rw/dir.txt" "DIR shows the volume label" 'Volume in drive D is RW'
if cmp -s "$rw/in.bin" "$rw/out.bin"; then pass "COPY in and out: same bytes"; else fail "COPY in and out: bytes differ"; fi
if [ -e "$rw/out.bin" ] && [ "$(stat -c %Y "$rw/out.bin")" = "$(stat -c %Y "$rw/in.bin")" ]; then
    pass "COPY in and out: same timestamp"
else
    fail "COPY in and out: timestamp $(stat -c %y "$rw/out.bin" 2>/dev/null), not $(stat -c %y "$rw/in.bin")"
fi
if cmp -s "$rw/hello.txt" "$rw/type.txt"; then pass "TYPE"; else fail "TYPE output differs"; fi
expect "$rw/dir2.txt" "MD, CD and DIR in a subdirectory" 'X +COM +9 '
[ -e "$rw/newdir/y.com" ] && [ ! -e "$rw/newdir/x.com" ] && pass "REN" || fail "REN"
[ ! -e "$rw/a.tmp" ] && [ ! -e "$rw/b.tmp" ] && [ -e "$rw/keep.txt" ] && pass "DEL *.TMP" || fail "DEL *.TMP"
[ ! -e "$rw/emptydir" ] && pass "RD" || fail "RD"
expect "$rw/setro.txt" "read-only attribute set and read back" 'attributes 21'
[ ! -w "$rw/ro.txt" ] || [ "$(id -u)" = 0 ] && [ "$(stat -c %a "$rw/ro.txt" | cut -c1)" -lt 6 ] &&
    pass "read-only attribute on the host" || fail "read-only attribute on the host ($(stat -c %a "$rw/ro.txt"))"
[ ! -e "$ro/in.bin" ] && [ ! -e "$ro/newdir" ] && pass "read-only share unchanged" || fail "read-only share was written"
# DOS error 5 reaches the user: FreeCOM's DEL says "Permission denied"
expect "$tmp/screen" "DEL on the read-only share is denied" 'INFO.TXT: Permission denied|Access denied'
expect "$tmp/screen" "COPY to the read-only share fails" "Unable to open file 'E:.IN.BIN'|Access denied"
[ -e "$ro/info.txt" ] && pass "the read-only share keeps its file" || fail "a file vanished from the read-only share"
expect "$rw/dir3.txt" "the read-only share lists" 'INFO +TXT'

# The same driver reaching the host through the doorbell ports only (the
# path for CPUs without the escape): a second, short run.
${NASM:-nasm} -f bin -DFORCE_DOORBELL -I"$src/../../hostapi/dos/" -o "$tmp/T86DOOR.COM" \
    "$src/../../hostapi/dos/t86redir.asm" || exit 99
sed 's/$/\r/' >"$tmp/TEST.BAT" <<'EOF'
@echo off
B:\T86DOOR D:
DIR D:\ > D:\DOOR.TXT
COPY D:\IN.BIN D:\DOOR.BIN > NUL
B:\EXIT86
EOF
mcopy -o -i "$tmp/b.img" "$tmp/TEST.BAT" "$tmp/T86DOOR.COM" :: || exit 99
"$twin86" -fda "$fd" -fdb "$tmp/b.img" -boot a -snapshot -display none -share "$rw" \
    -device isa-debug-exit -max-instructions 3000000000 -hostapi-trace \
    -type-at '3,B:TEST\r' -textdump "$tmp/screen2" </dev/null >"$tmp/out2" 2>"$tmp/err2"
st=$?
[ $st -eq 67 ] || { fail "doorbell run: twin86 exited with status $st, not 67"; cat "$tmp/screen2"; tail -5 "$tmp/err2"; }
expect "$rw/door.txt" "DIR through the doorbell" 'HELLO +TXT +21'
cmp -s "$rw/in.bin" "$rw/door.bin" && pass "COPY through the doorbell" || fail "COPY through the doorbell"
if grep -q 'hostapi escape' "$tmp/err2"; then
    fail "the doorbell driver used the escape"; grep "hostapi escape" "$tmp/err2" | head -3
else
    expect "$tmp/err2" "every call came through the doorbell" 'hostapi doorbell .*11(16|2E) open'
fi

if [ $failures -ne 0 ]; then
    echo "--- screen"; sed 's/^/    | /' "$tmp/screen" 2>/dev/null
    echo "--- stderr"; sed 's/^/    | /' "$tmp/err"
    for f in dir.txt dir2.txt dir3.txt setro.txt; do
        echo "--- $f"; sed 's/^/    | /' "$rw/$f" 2>/dev/null
    done
    exit 1
fi
echo PASS
