#!/bin/sh
# The WinHTTP WebSocket client benchmark (a benchmark, not a test): starts
# the tokio-tungstenite echo server and a raw TCP echo on loopback, then runs
# ws-bench, which measures winsession's client, tokio-tungstenite's and
# fastwebsockets' against the same server in one run and prints ratios.
# Usage: bench/run.sh [SECONDS-PER-MEASUREMENT]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build -q --release --manifest-path "$root/tests/peers/rust/Cargo.toml" --target-dir "$root/target/peers"
work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid) 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/target/peers/release/ws-rust-peer" "$work/ws.port" & echo $! > "$work/ws.pid"
"$root/target/peers/release/ws-rust-peer" --tcp "$work/tcp.port" & echo $! > "$work/tcp.pid"
for _ in $(seq 50); do [ -s "$work/ws.port" ] && [ -s "$work/tcp.port" ] && break; sleep 0.1; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), kernel $(uname -r); date: $(date -u +%Y-%m-%d)"
"$root/target/peers/release/ws-bench" "$(cat "$work/ws.port")" "$(cat "$work/tcp.port")" "${1:-3}"
