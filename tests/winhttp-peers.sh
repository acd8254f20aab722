#!/bin/sh
# Run the WinHTTP WebSocket C programs against WebSocket servers no one
# here wrote, each started on a free loopback port.
# Usage: tests/winhttp-peers.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:?usage: winhttp-peers.sh BUILD_DIR}
work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
failed=0

# start NAME COMMAND...: run a peer that writes its port to $work/NAME.port.
start() {
    name=$1
    shift
    "$@" "$work/$name.port" > "$work/$name.log" 2>&1 &
    echo $! > "$work/$name.pid"
    for _ in $(seq 100); do [ -s "$work/$name.port" ] && return 0; sleep 0.1; done
    echo "FAIL: $name peer did not start"; cat "$work/$name.log"; return 1
}

start python env PYTHONPATH="$root/target/pydeps" python3 "$root/tests/peers/ws_python.py"
"$bin/winhttp_websocket" "$(cat "$work/python.port")" python || failed=1
"$bin/winhttp_async" "$(cat "$work/python.port")" || failed=1
"$bin/winhttp_notifications" "$(cat "$work/python.port")" || failed=1

echo "== winsession ws connect"
ws_url="ws://127.0.0.1:$(cat "$work/python.port")"
out=$( (printf 'hello\nw\303\266rld\n'; sleep 1) | "$root/target/debug/winsession" ws connect "$ws_url/echo" 2> "$work/cli.err") || failed=1
if [ "$out" = "$(printf 'hello\nw\303\266rld')" ] && grep -q 'peer said 1000' "$work/cli.err"; then
    echo "ws connect: echoed 2 lines, closed with 1000"
else
    echo "FAIL: ws connect printed [$out]"; cat "$work/cli.err"; failed=1
fi
if "$root/target/debug/winsession" ws connect "$ws_url/refuse" < /dev/null 2> "$work/cli.err"; then
    echo "FAIL: a refused upgrade exited 0"; failed=1
fi
grep -q 'HTTP 403: forbidden' "$work/cli.err" || { echo "FAIL: refused upgrade message"; cat "$work/cli.err"; failed=1; }

echo "== wss:// (TLS) with a throw-away CA"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.pem" -days 2 \
    -subj "/CN=winsession test CA" 2> /dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/server.key" -out "$work/server.csr" -subj "/CN=127.0.0.1" 2> /dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > "$work/ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
    -out "$work/server.pem" -days 2 -extfile "$work/ext" 2> /dev/null
start tls env PYTHONPATH="$root/target/pydeps" python3 "$root/tests/peers/ws_python.py" "$work/tls.port" "$work/server.pem" "$work/server.key"
"$bin/winhttp_tls" "$(cat "$work/tls.port")" untrusted || failed=1
SSL_CERT_FILE="$work/ca.pem" "$bin/winhttp_tls" "$(cat "$work/tls.port")" trusted || failed=1

start node env NODE_PATH="$root/target/node/node_modules" node "$root/tests/peers/ws_node.js"
"$bin/winhttp_websocket" "$(cat "$work/node.port")" node || failed=1

cargo build -q --release --manifest-path "$root/tests/peers/rust/Cargo.toml" --target-dir "$root/target/peers"
start rust "$root/target/peers/release/ws-rust-peer"
"$bin/winhttp_websocket" "$(cat "$work/rust.port")" rust || failed=1

echo "== 10,000 async WebSockets (or as many as the file limit allows), each with a Receive pending"
# Client and server each hold one descriptor per socket; both raise their
# soft limit to the hard one.
hard=$(ulimit -Hn)
[ "$hard" = unlimited ] && hard=1048576
count=$(( hard - 200 < 10000 ? hard - 200 : 10000 ))
(
    ulimit -n "$hard"
    start scale "$root/target/peers/release/ws-rust-peer"
    "$bin/winhttp_scale" "$(cat "$work/scale.port")" "$count"
) || failed=1

echo "== the resolve timeout, against a name server that never answers (a private mount namespace)"
# The namespace's /etc/resolv.conf names a silent UDP server on 127.0.0.2;
# the host's file is untouched.
printf 'nameserver 127.0.0.2\noptions timeout:3 attempts:1\n' > "$work/resolv.conf"
unshare -m sh -c '
    mount --bind "$1/resolv.conf" /etc/resolv.conf || exit 1
    python3 -c "
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((\"127.0.0.2\", 53))
open(sys.argv[1], \"w\").close()
while True:
    s.recvfrom(512)
" "$1/dns.ready" &
    dns=$!
    for _ in $(seq 50); do [ -e "$1/dns.ready" ] && break; sleep 0.1; done
    "$2/winhttp_resolve"; rc=$?
    kill $dns
    exit $rc
' resolve "$work" "$bin" || failed=1

start rogue python3 "$root/tests/peers/ws_rogue.py"
"$bin/winhttp_rogue" "$(cat "$work/rogue.port")" || failed=1
exit $failed
