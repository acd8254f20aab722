#!/bin/sh
# Run each fuzz target briefly (cargo-fuzz, libFuzzer). The machine's one
# toolchain is stable, so the build uses RUSTC_BOOTSTRAP=1 and no sanitizer;
# libFuzzer's coverage guidance still works. Crashes land in
# fuzz/artifacts/ and fail the run.
# Usage: tests/fuzz.sh [SECONDS-PER-TARGET]
set -eu
cd "$(dirname "$0")/../fuzz"
seconds=${1:-15}
command -v cargo-fuzz > /dev/null || cargo install -q --locked cargo-fuzz
for target in websocket_frames http_response utmp_records wds_packets media_source dcerpc_pdu; do
    RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none "$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 2> "../target/fuzz-$target.log" ||
        { tail -30 "../target/fuzz-$target.log"; exit 1; }
    echo "fuzz $target: $(grep -o 'Done [0-9]* runs in [0-9]* second' "../target/fuzz-$target.log")"
done
