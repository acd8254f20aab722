#!/bin/sh
# Build the Windows-style example programs in examples/ with the
# winsession compiler drivers, exactly as they would be built for Windows
# (no edits, no extra flags), and run each against a local peer it brings:
#   wts/SessionList.c         the sessions on this host, and this process in its own
#   winhttp/WebSocketEcho.cpp three messages through a WebSocket echo server (Python, stdlib)
#   wds/MulticastReceive.c    a 4 MiB object from a WDS multicast server on loopback
#   mf/PlayTone.cpp           a generated tone through the Media Session into a WAVE file
# Usage: scripts/examples.sh   (exits non-zero if any example fails)
set -eu
cd "$(dirname "$0")/.."
scripts/build-libs.sh
cc=target/sdk/bin/winsession-cc
cxx=target/sdk/bin/winsession-c++
out=target/examples
work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$out"
$cc -municode -o "$out/SessionList" examples/wts/SessionList.c
$cxx -municode -o "$out/WebSocketEcho" examples/winhttp/WebSocketEcho.cpp
$cc -municode -o "$out/MulticastReceive" examples/wds/MulticastReceive.c
$cxx -municode -o "$out/PlayTone" examples/mf/PlayTone.cpp
failed=0

echo "== Terminal Services: examples/wts/SessionList.c"
"$out/SessionList" || failed=1

echo "== WinHTTP WebSocket: examples/winhttp/WebSocketEcho.cpp"
python3 examples/winhttp/echo_server.py > "$work/echo.port" &
echo $! > "$work/echo.pid"
for _ in $(seq 50); do [ -s "$work/echo.port" ] && break; sleep 0.1; done
"$out/WebSocketEcho" 127.0.0.1 "$(head -n1 "$work/echo.port")" /echo || failed=1

echo "== WDS multicast: examples/wds/MulticastReceive.c"
mkdir -p "$work/served"
head -c $((4 << 20)) /dev/urandom > "$work/served/image.bin"
port=25051
target/debug/winsession wds serve --interface 127.0.0.1 --port $port --multicast-base 239.255.94.1 \
    --namespace examples "$work/served" 2> "$work/wds.log" &
echo $! > "$work/wds.pid"
sleep 0.5
if "$out/MulticastReceive" "127.0.0.1:$port" examples image.bin "$work/received.bin" &&
    cmp "$work/served/image.bin" "$work/received.bin"; then
    echo "the received file is byte-identical to the served one"
else
    failed=1
fi

echo "== Media Foundation: examples/mf/PlayTone.cpp"
"$out/PlayTone" "$work" || failed=1

[ $failed = 0 ] && echo "== all examples ran correctly"
exit $failed
