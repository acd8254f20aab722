#!/bin/sh
# WinHTTP through a real forward proxy: tinyproxy (Debian's), open and with
# Basic proxy authentication, in front of a plain and a TLS origin (a
# throw-away self-signed certificate) and a WebSocket peer, all on
# loopback ports.
# Usage: tests/winhttp-proxy.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:?usage: winhttp-proxy.sh BUILD_DIR}
work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT

wait_port() { for _ in $(seq 100); do [ -s "$1" ] && return 0; sleep 0.1; done; echo "FAIL: no $1"; exit 1; }

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -addext basicConstraints=critical,CA:FALSE \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2> /dev/null
python3 "$root/tests/peers/http_origin.py" "$work/plain.port" & echo $! > "$work/plain.pid"
python3 "$root/tests/peers/http_origin.py" "$work/tls.port" "$work/cert.pem" "$work/key.pem" & echo $! > "$work/tls.pid"
# scripts/test.sh installs websockets into target/pydeps (for the peers).
PYTHONPATH="$root/target/pydeps" python3 "$root/tests/peers/ws_python.py" "$work/ws.port" & echo $! > "$work/ws.pid"

. "$root/tests/tinyproxy.sh"
tinyproxy_start "$work" open
tinyproxy_start "$work" auth "BasicAuth puser ppwd"
wait_port "$work/plain.port"
wait_port "$work/tls.port"
wait_port "$work/ws.port"
"$bin/winhttp_via_proxy" "$(cat "$work/open.port")" "$(cat "$work/auth.port")" \
    "$(cat "$work/plain.port")" "$(cat "$work/tls.port")" "$(cat "$work/ws.port")"
