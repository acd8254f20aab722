#!/bin/sh
# The Media Foundation benchmark (a benchmark, not a test): makes a
# 10-minute signal, encodes it as FLAC and MP3, and runs session_bench, which
# in one run measures (a) decode-and-deliver throughput through the Media
# Session into a clock-ignoring sample grabber against symphonia called
# directly and against `ffmpeg -f null`, and (b) Start/Pause/Stop-to-event
# latency, p50 and p99 over CYCLES cycles.
# Usage: bench/mf.sh [CYCLES]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
need=""
command -v flac > /dev/null || need="$need flac"
command -v lame > /dev/null || need="$need lame"
command -v ffmpeg > /dev/null || need="$need ffmpeg"
command -v sox > /dev/null || need="$need sox"
if [ -n "$need" ]; then
    apt-get update -q > /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need > /dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Ten minutes of a two-tone signal with noise, 44.1 kHz stereo 16-bit.
sox -n -r 44100 -c 2 -b 16 "$work/ten.wav" synth 600 sine 440 sine 660 synth 600 whitenoise amod 0.05 0.95 2> /dev/null ||
    sox -n -r 44100 -c 2 -b 16 "$work/ten.wav" synth 600 sine 440
flac -s -5 -o "$work/ten.flac" "$work/ten.wav"
lame --quiet -b 192 "$work/ten.wav" "$work/ten.mp3"
cargo build -q --release -p mf --example session_bench
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), kernel $(uname -r); date: $(date -u +%Y-%m-%d)"
"$root/target/release/examples/session_bench" "${1:-1000}" "$work/ten.flac" "$work/ten.mp3"
