#!/bin/bash
# The wdstci C API (tests/c/wds_client.c) against a winsession wds server
# on loopback, rate-capped so a transfer lasts long enough to close and
# cancel it midway.
# Usage: tests/wds-c.sh C_DIR
set -eu
cd "$(dirname "$0")/.."
cdir=${1:-$PWD/target/c}
work=$PWD/target/wds-c
rm -rf "$work"; mkdir -p "$work/srv"
head -c $((8 << 20)) /dev/urandom > "$work/srv/object.bin"
port=25041
target/debug/winsession wds serve --interface 127.0.0.1 --port $port --rate 100m \
    --multicast-base 239.255.93.1 --namespace ctest "$work/srv" 2> "$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 0.5
"$cdir/wds_client" "127.0.0.1:$port" ctest object.bin "$work/srv/object.bin"
