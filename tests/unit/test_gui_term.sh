#!/bin/sh
# -display term in a real terminal (tmux): SeaBIOS boots guiboot.asm; the
# guest's text screen must appear in the terminal, keys typed there must
# reach the guest, a graphics mode shows a note, and Ctrl+] q quits.
# Skips (77) without curses in the build, tmux, nasm or SeaBIOS.
: "${TWIN86:?set TWIN86 to the twin86 binary}"
skip() {
    echo "SKIP: $*"
    exit 77
}
[ -x "$TWIN86" ] || skip "no twin86 binary at $TWIN86"
"$TWIN86" -display term --version 2>&1 | grep -q 'without curses' &&
    skip "built without curses"
for tool in tmux nasm; do
    command -v $tool >/dev/null 2>&1 || skip "$tool is not installed (scripts/setup installs it)"
done
[ -f /usr/share/seabios/bios-256k.bin ] || skip "SeaBIOS is not installed (Debian package seabios)"
srcdir=${srcdir:-.}

dir=$(mktemp -d) || exit 99
session=twin86-term-$$
# A private tmux server (-L): nothing of the user's sessions is touched.
tm() { tmux -L "$session" "$@"; }
cleanup() {
    tm kill-server 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

nasm -f bin "$srcdir/guiboot.asm" -o "$dir/boot.bin" || exit 99
dd if=/dev/zero of="$dir/boot.img" bs=512 count=2880 2>/dev/null
dd if="$dir/boot.bin" of="$dir/boot.img" conv=notrunc 2>/dev/null

# screen_has TEXT SECONDS: until the terminal shows TEXT.
screen_has() {
    i=0
    while [ $i -lt $(($2 * 10)) ]; do
        tm capture-pane -p -t "$session" >"$dir/screen" 2>/dev/null
        grep -qF -- "$1" "$dir/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

tm new-session -d -s "$session" -x 100 -y 30 \
    "cd '$dir' && TERM=xterm-256color '$TWIN86' -display term -debugcon file:out -fda boot.img \
     -snapshot 2>err; echo \"exit \$?\" >status; sleep 60"

if screen_has "twin86 display test: g v t a" 60 && screen_has "00112233445566778899AABBCCDDEEFF" 5
then echo "ok: the guest's text screen is in the terminal"
else fail "no guest screen in the terminal:"; cat "$dir/screen"; fi
screen_has "Ctrl+] then q" 1 && echo "ok: status line" || fail "no status line"

tm send-keys -t "$session" hello Enter
if screen_has "> hello" 10 && grep -q hello "$dir/out"; then echo "ok: typed keys reached the guest"
else fail "typed keys: screen:"; cat "$dir/screen"; fi

tm send-keys -t "$session" g Enter
screen_has "graphics mode 320x200" 10 && echo "ok: graphics mode note" ||
    fail "no graphics mode note: $(cat "$dir/screen")"
tm send-keys -t "$session" t Enter
screen_has "twin86 display test" 10 && echo "ok: text mode again" || fail "text mode did not come back"

tm send-keys -t "$session" C-] q
i=0
while [ ! -s "$dir/status" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if [ "$(cat "$dir/status" 2>/dev/null)" = "exit 0" ] && grep -q 'quit from the display' "$dir/err"; then
    echo "ok: Ctrl+] q quit, exit 0"
else
    fail "after Ctrl+] q: $(cat "$dir/status" 2>/dev/null) $(cat "$dir/err")"
fi

[ "$failures" -eq 0 ]
