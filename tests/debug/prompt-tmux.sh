#!/bin/sh
# prompt-tmux.sh: the debug prompt in a real terminal (tmux): a breakpoint,
# continue, registers and memory, Ctrl-C stopping an endless loop without
# killing the emulator, Tab completion (a command, a sub-command, a register
# name; unless built without readline: HAVE_READLINE=0), trace output, Ctrl-C
# stopping a traced loop, then a clean quit. Skips (77) without tmux.
twin86=${TWIN86:-../../twin86}
command -v tmux >/dev/null 2>&1 || { echo "tmux not installed"; exit 77; }
sock=twin86-dbg-$$
session=dbg
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null; }
trap cleanup EXIT

# Waits until the pane shows text matching $1 (grep -E), up to 10 s.
wait_for() {
    i=0
    while [ $i -lt 100 ]; do
        if t capture-pane -p -t $session -S -200 | grep -Eq "$1"; then return 0; fi
        sleep 0.1
        i=$((i + 1))
    done
    echo "timed out waiting for: $1"
    t capture-pane -p -t $session -S -200
    exit 1
}
send() { t send-keys -t $session "$1" Enter; }
# Waits until a line matching $1 is followed by one matching $2 (grep -E; the
# terminal may echo ^C at the start of a line, so $1 is not anchored).
wait_pair() {
    i=0
    while [ $i -lt 100 ]; do
        if t capture-pane -p -t $session -S -200 | grep -EA1 "$1" | grep -Eq "$2"; then return 0; fi
        sleep 0.1
        i=$((i + 1))
    done
    echo "timed out waiting for a line '$2' after a line '$1'"
    t capture-pane -p -t $session -S -200
    exit 1
}

t new-session -d -s $session -x 120 -y 50 \
    "$twin86 -display none -debugcon none -debugger; echo twin86-exit=\$?; sleep 5"
wait_for '<twin86>'
send 'setpmem 0x7c00 4 0xFEEB9090'
send 'set $cs = 0'
send 'set $eip = 0x7c00'
send 'lb 0x7c02'
send 'c'
wait_for 'breakpoint 0 at icount [0-9]+, 0000:00007C02'
send 'r'
wait_for 'eip: 0x00007C02'
send 'xp /4b 0x7c00'
wait_for '0x00007C00: 0x90 0x90 0xEB 0xFE'
send 'd 0'
send 'c'
sleep 1
t send-keys -t $session C-c
wait_for 'interrupted \(Ctrl-C\) at icount [0-9]+, 0000:00007C02'
if [ "${HAVE_READLINE:-1}" = 1 ]; then
    t send-keys -t $session 'info l' Tab Enter
    wait_for '<twin86> info ldt'
    wait_for '^no LDT \(LDTR selector 0000\)'
    t send-keys -t $session 'print-st' Tab '1' Enter
    wait_for '<twin86> print-stack 1'
    wait_for '^stack at [0-9A-F]{4}:[0-9A-F]{4}, 16-bit:'
    t send-keys -t $session 'set $ei' Tab '= 0x7c00' Enter
    wait_for '<twin86> set \$eip = 0x7c00'
    completion="Tab completion, "
else
    send 'set $eip = 0x7c00'
fi
send 'trace on'
send 's 2'
wait_for '^\(sim1\) [0-9]+: 0000:00007C00  90  nop'
wait_for '^\(sim1\) [0-9]+: 0000:00007C01  90  nop'
send 'c'
sleep 1
t send-keys -t $session C-c
wait_pair '\(sim1\) [0-9]+: 0000:00007C02  EBFE' 'interrupted \(Ctrl-C\) at icount [0-9]+, 0000:00007C02'
send 'q'
wait_for 'twin86-exit=0'
echo "ok: breakpoint, registers, memory, Ctrl-C, ${completion}trace and quit"
