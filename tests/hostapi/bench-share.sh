#!/usr/bin/env bash
# Throughput of the shared drive inside DOS, for `make bench`:
#   bench-share.sh TWIN86 BUILD_DIR SRC_DIR
# Boots the FreeDOS floppy named by TWIN86_FREEDOS_IMAGE (skipped without
# it), loads T86REDIR and copies a 4 MiB file from the shared drive to a
# FAT16 hard disk (the boot floppy has no RAM disk driver and a floppy holds
# only 1.44 MB), and back; also to NUL (reading alone). Each copy's cost is
# the run minus a run that only boots and loads the driver, best of three;
# reported as MiB/s of twin86's run time (-stats) and guest instructions per MiB.
set -u
twin86=$1 build=$2 src=$3
fd=${TWIN86_FREEDOS_IMAGE:-}
if [ -z "$fd" ]; then
    echo "bench-share: skipped (set TWIN86_FREEDOS_IMAGE to a FreeDOS boot floppy)"
    exit 0
fi
tools=${T86TOOLS:-$(dirname "$twin86")/hostapi/t86tools.img}
command -v mcopy >/dev/null && [ -r "$tools" ] || { echo "bench-share: skipped (needs mtools)"; exit 0; }
mkdir -p "$build"
tmp=$(mktemp -d "$build/bench-share.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
MIB=4
# Copies per run, so the copying outweighs the noise of booting: the shared
# drive alone is so fast that it needs many more.
DISK_REPEAT=8 SHARE_REPEAT=64
share=$tmp/share
mkdir -p "$share"
head -c $((MIB << 20)) /dev/urandom >"$share/big.bin"

# A 16 MiB disk: an MBR with one FAT16 partition from sector 63.
sectors=$((32 * 16 * 63)) part=$((32 * 16 * 63 - 63))
dd if=/dev/zero of="$tmp/fs.img" bs=512 count=$part 2>/dev/null
mformat -i "$tmp/fs.img" -T $part -h 16 -s 63 -H 63 -c 2 :: || exit 1
mcopy -i "$tmp/fs.img" "$share/big.bin" ::BIG.BIN || exit 1
{
    head -c 446 /dev/zero
    printf '\200\001\001\000\004\017\077\037'               # active, CHS 0/1/1, FAT16, CHS 31/15/63
    printf "$(printf '\\%03o\\%03o\\%03o\\%03o' 63 0 0 0)"  # first sector
    printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $((part & 255)) $((part >> 8 & 255)) 0 0)"
    head -c 48 /dev/zero
    printf '\125\252'
    head -c $((62 * 512)) /dev/zero
    cat "$tmp/fs.img"
} >"$tmp/hd.img"
[ "$(stat -c %s "$tmp/hd.img")" -eq $((sectors * 512)) ] || { echo "bench-share: bad disk image"; exit 1; }

cp "$tools" "$tmp/b.img"
${NASM:-nasm} -f bin -o "$tmp/EXIT86.COM" "$src/dos/exit86.asm" || exit 1
mcopy -i "$tmp/b.img" "$tmp/EXIT86.COM" :: || exit 1

# run NAME COMMAND COUNT: boots, runs COMMAND COUNT times between loading the
# driver and the exit; prints "instructions seconds" of the best of three runs.
run() {
    { printf '@echo off\r\nB:\\T86REDIR D:\r\n'
      [ -n "$2" ] && for k in $(seq "$3"); do printf '%s\r\n' "$2"; done
      printf 'B:\\EXIT86\r\n'; } >"$tmp/RUN.BAT"
    mcopy -o -i "$tmp/b.img" "$tmp/RUN.BAT" :: || exit 1
    local best=
    for i in 1 2 3; do
        rm -f "$share/out.bin"
        local insns w
        "$twin86" -fda "$fd" -fdb "$tmp/b.img" -hda "$tmp/hd.img" -boot a -snapshot -display none \
            -share "$share" -device isa-debug-exit -max-instructions 20000000000 -stats \
            -type-at '3,B:RUN\r' </dev/null >/dev/null 2>"$tmp/err"
        local st=$?
        [ $st -eq 67 ] || { echo "bench-share: $1: twin86 exited with $st" >&2; cat "$tmp/err" >&2; exit 1; }
        read -r insns w < <(sed -n 's/.*stats: \([0-9]*\) instructions in \([0-9.]*\) s.*/\1 \2/p' "$tmp/err")
        if [ -z "$best" ] || awk -v x="$w" -v y="${best#* }" 'BEGIN { exit !(x < y) }'; then
            best="$insns $w"
        fi
    done
    echo "$best"
}

read -r base_i base_w < <(run base "" 0)
printf '%-28s %8s %8s %10s %16s\n' copy "MiB" seconds "MiB/s" "insns/MiB"
report() { # label count instructions seconds
    awk -v l="$1" -v i="$3" -v w="$4" -v bw="$base_w" -v bi="$base_i" -v m=$((MIB * $2)) 'BEGIN {
        dw = w - bw; di = i - bi; if (dw <= 0) dw = 0.001
        printf "%-28s %8d %8.3f %10.1f %16.0f\n", l, m, dw, m / dw, di / m }'
}
report 'share D: -> disk C:' $DISK_REPEAT $(run in 'COPY D:\BIG.BIN C:\IN.BIN > NUL' $DISK_REPEAT)
report 'disk C: -> share D:' $DISK_REPEAT $(run out 'COPY C:\BIG.BIN D:\OUT.BIN > NUL' $DISK_REPEAT)
cmp -s "$share/big.bin" "$share/out.bin" || echo "bench-share: WRONG: the copy back differs"
report 'share D: -> NUL (read)' $SHARE_REPEAT $(run nul 'COPY D:\BIG.BIN NUL > NUL' $SHARE_REPEAT)
report 'share D: -> share D:' $SHARE_REPEAT $(run self 'COPY D:\BIG.BIN D:\OUT.BIN > NUL' $SHARE_REPEAT)
cmp -s "$share/big.bin" "$share/out.bin" || echo "bench-share: WRONG: the share-to-share copy differs"
echo "(seconds: twin86's run time minus a run that only boots and loads the driver ($base_w s,"
echo " $base_i guest instructions), best of three; the guest's COPY picks its buffer size)"
