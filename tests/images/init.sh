#!/bin/sh
# /init of the test initramfs that build-images puts in linux.img (busybox).
# It mounts proc, sys and dev, prints the marker TWIN86-LINUX-READY on the
# serial port and the screen, then runs an interactive shell (prompt
# "twin86# ") on each: /dev/ttyS0 (COM1) and /dev/tty1 (the VGA console and
# the keyboard). `twin86-exit N` ends the run through twin86's
# isa-debug-exit device at port 0xf4 (exit status N*2+1), or powers off when
# there is none.
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
export HOME=/root PS1='twin86# '
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null

cat >/bin/twin86-exit <<'EOF'
#!/bin/sh
# twin86-exit [N]: write N (default 0) to port 0xf4, twin86's isa-debug-exit.
printf "\\$(printf %03o "${1:-0}")" | dd of=/dev/port bs=1 seek=244 count=1 2>/dev/null
poweroff -f
EOF
chmod 755 /bin/twin86-exit

# uptime: seconds since the kernel's clock started; virtual: since power-on,
# from the RTC (twin86 starts it at 2000-01-01 00:00:00 unless -rtc clock=host).
up=$(cut -d' ' -f1 /proc/uptime)
rtc=$(cat /sys/class/rtc/rtc0/since_epoch 2>/dev/null) && virt=$((rtc - 946684800)) || virt='?'
for t in /dev/ttyS0 /dev/tty1; do
    echo "TWIN86-LINUX-READY uptime=$up virtual=$virt" >$t
done
# With twin86.exit=ready on the command line (tests/images/time-to-shell),
# the run ends here, with status 85.
grep -q 'twin86.exit=ready' /proc/cmdline && twin86-exit 42

# The serial shell, then the console one; each is started again if it exits.
(while :; do setsid -c sh -i </dev/ttyS0 >/dev/ttyS0 2>&1; done) &
while :; do setsid -c sh -i </dev/tty1 >/dev/tty1 2>&1; done
