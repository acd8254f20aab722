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

# Many connections (issue 13): 20-byte round trips per second with N
# connections each keeping one message in flight. winsession async runs
# through the C API (tests/c/winhttp_scale.c, built against the release
# library); sync, tokio-tungstenite and fastwebsockets run in ws-bench.
# Each point is measured three times, the clients interleaved, and the
# median reported: the 2-core machine's figures swing between runs.
"$root/scripts/build-libs.sh" --release > /dev/null
mkdir -p "$root/target/bench"
"$root/target/sdk/bin/winsession-cc" -std=c11 -D_DEFAULT_SOURCE -O2 "$root/tests/c/winhttp_scale.c" \
    -o "$root/target/bench/winhttp_scale" -lwinhttp
median() { sort -n | sed -n 2p; }
echo
echo "| connections | winsession async RT/s | async, 1 worker | winsession sync RT/s | tokio-tungstenite RT/s | fastwebsockets RT/s | async ÷ tokio-tungstenite | 1 worker ÷ tokio-tungstenite | sync ÷ tokio-tungstenite | async ÷ fastwebsockets |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for n in 1 100 1000; do
    : > "$work/async"; : > "$work/async1"; : > "$work/lines"
    for _ in 1 2 3; do
        "$root/target/bench/winhttp_scale" "$(cat "$work/ws.port")" "$n" "${1:-3}" \
            | sed -n 's/.*round_trips_per_s \([0-9]*\).*/\1/p' >> "$work/async"
        "$root/target/bench/winhttp_scale" "$(cat "$work/ws.port")" "$n" "${1:-3}" 1 \
            | sed -n 's/.*round_trips_per_s \([0-9]*\).*/\1/p' >> "$work/async1"
        "$root/target/peers/release/ws-bench" --conns "$n" "$(cat "$work/ws.port")" "${1:-3}" >> "$work/lines"
    done
    field() { sed -n "s/.*$1 \([0-9]*\).*/\1/p" "$work/lines" | median; }
    async=$(median < "$work/async")
    async1=$(median < "$work/async1")
    sync=$(field winsession_sync_rt_per_s)
    tt=$(field tokio_tungstenite_rt_per_s)
    fast=$(field fastwebsockets_rt_per_s)
    ratio() { echo "scale=2; $1 / $2" | bc; }
    echo "| $n | $async | $async1 | $sync | $tt | $fast | $(ratio "$async" "$tt") | $(ratio "$async1" "$tt") | $(ratio "$sync" "$tt") | $(ratio "$async" "$fast") |"
done
