#!/bin/sh
# Real login sessions for the wtsapi32 tests, without touching the host.
#
# Runs itself again inside a private mount namespace (unshare --mount) with
# tmpfs on /run and /var/log, so `login` writes its utmp and wtmp records
# there (CONFORMANCE.md section 7). Inside, it runs:
#   1. the conformance program from inside a real login (interactive rows);
#   2. the real-session program against this host;
#   3. `winsession wts sessions` compared with `who` for a live session;
#   4. an sshd on a loopback port with a throw-away key, and the
#      real-session program again through WTSOpenServer("127.0.0.1:PORT");
#   5. a private system bus with a real systemd-logind: the logind source's
#      test, and the real-session program with logind as the source.
# Needs root. Usage: tests/wts-sessions.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:?usage: wts-sessions.sh BUILD_DIR}
if [ "${WTS_IN_NAMESPACE:-}" != 1 ]; then
    exec env WTS_IN_NAMESPACE=1 unshare --mount --fork "$0" "$@"
fi
mount --make-rprivate /
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /var/log
: > /run/utmp
: > /var/log/wtmp
work=$(mktemp -d)
mount -t tmpfs tmpfs "$work"
failed=0

echo "== conformance outside any login"
"$bin/wts_conformance" || failed=1
if command -v valgrind > /dev/null; then
    echo "== conformance under valgrind"
    valgrind -q --error-exitcode=99 --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite \
        "$bin/wts_conformance" > "$work/valgrind.log" 2>&1 || { cat "$work/valgrind.log"; failed=1; }
    tail -1 "$work/valgrind.log"
fi

echo "== conformance inside a real login"
printf '%s\n' "WTS_EXPECT_INTERACTIVE=1 $bin/wts_conformance; echo \"conformance-rc=\$?\"; exit" |
    script -qfec "login -f root" /dev/null > "$work/interactive.log" 2>&1 || true
grep -E '(FAIL|wts_conformance)' "$work/interactive.log" | tr -d '\r' || true
grep -q 'conformance-rc=0' "$work/interactive.log" || { echo "FAIL: conformance inside a login"; failed=1; }

echo "== real session, local"
"$bin/wts_real_session" "" || failed=1

echo "== winsession wts sessions agrees with who; watch reports the logon and logoff"
"$root/target/debug/winsession" wts watch > "$work/watch.log" 2>&1 &
watch_pid=$!
# It says so once it has listed the sessions it watches from.
for _ in $(seq 100); do grep -q '^watching' "$work/watch.log" 2>/dev/null && break; sleep 0.1; done
printf 'echo CLI-$((40+2)); exec sleep 600\n' | script -qfec "login -f root" /dev/null > "$work/cli.log" 2>&1 &
login_pid=$!
for _ in $(seq 100); do grep -q CLI-42 "$work/cli.log" 2>/dev/null && break; sleep 0.1; done
who | awk '{print $1, $2}' | sort > "$work/who.txt"
"$root/target/debug/winsession" wts sessions | awk 'NR > 1 && $1 != 0 {print $3, $2}' | sort > "$work/ours.txt"
"$root/target/debug/winsession" wts sessions
if [ -s "$work/who.txt" ] && cmp -s "$work/who.txt" "$work/ours.txt"; then
    echo "who and winsession agree: $(cat "$work/ours.txt")"
else
    echo "FAIL: who says [$(cat "$work/who.txt")], winsession says [$(cat "$work/ours.txt")]"
    failed=1
fi
session=$("$root/target/debug/winsession" wts sessions --json | python3 -c 'import json,sys; print([s["id"] for s in json.load(sys.stdin) if s["user"]=="root"][0])')
"$root/target/debug/winsession" wts logoff "$session" || failed=1
wait "$login_pid" 2>/dev/null || true
if "$root/target/debug/winsession" wts sessions | awk 'NR > 1 && $1 != 0' | grep -q .; then
    echo "FAIL: session still listed after winsession wts logoff"; failed=1
fi
for _ in $(seq 20); do grep -q "logoff.*session $session .*gone" "$work/watch.log" && break; sleep 0.1; done
kill "$watch_pid"
cat "$work/watch.log"
grep -q "logon.*session $session pts/0 root Active" "$work/watch.log" || { echo "FAIL: watch missed the logon"; failed=1; }
grep -q "logoff.*session $session pts/0 root gone" "$work/watch.log" || { echo "FAIL: watch missed the logoff"; failed=1; }

echo "== real session, remote over SSH on loopback"
mkdir -p /run/sshd "$work/ssh"
ssh-keygen -q -t ed25519 -N '' -f "$work/ssh/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$work/ssh/client_key"
cp "$work/ssh/client_key.pub" "$work/ssh/authorized_keys"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/ssh/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $work/ssh/host_key
AuthorizedKeysFile $work/ssh/authorized_keys
PidFile $work/ssh/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
CONF
/usr/sbin/sshd -f "$work/ssh/sshd_config" -E "$work/ssh/sshd.log"
for _ in $(seq 50); do [ -s "$work/ssh/sshd.pid" ] && break; sleep 0.1; done
export WINSESSION_SSH="ssh -i $work/ssh/client_key -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no -o LogLevel=ERROR"
export WINSESSION_REMOTE_COMMAND="$root/target/debug/winsession wts rpc"
"$root/target/debug/winsession" wts sessions --server "root@127.0.0.1:$port" || failed=1
"$bin/wts_real_session" "root@127.0.0.1:$port" || failed=1
kill "$(cat "$work/ssh/sshd.pid")" 2>/dev/null || true
unset WINSESSION_SSH WINSESSION_REMOTE_COMMAND

echo "== systemd-logind on a private system bus"
# systemd itself would create /run/systemd; logind keeps its state there.
mkdir -p /run/dbus /run/systemd
dbus-daemon --system --fork --nopidfile --print-pid > "$work/dbus.pid"
/lib/systemd/systemd-logind > "$work/logind.log" 2>&1 &
logind_pid=$!
for _ in $(seq 50); do [ -d /run/systemd/seats ] && break; sleep 0.1; done
if (cd "$root" && cargo test -q -p wtsapi32 --test logind -- --ignored > "$work/logind-test.log" 2>&1); then
    grep 'test result' "$work/logind-test.log"
else
    cat "$work/logind-test.log" "$work/logind.log"
    echo "FAIL: logind test"
    failed=1
fi
"$bin/wts_real_session" "" || failed=1
kill "$logind_pid" 2>/dev/null || true
# The bus forked away from this script: end it too, or it outlives the run.
kill "$(cat "$work/dbus.pid")" 2>/dev/null || true

umount "$work" 2>/dev/null || true
exit $failed
