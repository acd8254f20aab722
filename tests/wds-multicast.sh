#!/bin/bash
# Real multicast across real network stacks: a winsession wds server in one
# namespace and receivers in others (tests/wds-netns.sh), with independent
# loss at each receiver. Every check compares SHA-256 digests.
# Usage: tests/wds-multicast.sh [BIG_MIB] [C_DIR]   (needs root; release build)
# With C_DIR, tests/c/wds_client also runs, in a receiver namespace.
set -eu
cd "$(dirname "$0")/.."
. tests/wds-netns.sh
big=${1:-256}
cdir=${2:-}
W=$PWD/target/release/winsession
work=$PWD/target/wds-test
rm -rf "$work"; mkdir -p "$work/srv" "$work/out"
fail=0
trap 'wds_net_down' EXIT

digest() { sha256sum "$1" | cut -d' ' -f1; }
check() { # check NAME FILE
    if [ "$(digest "$2")" = "$(digest "$work/srv/$3")" ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}
serve() { # serve [extra args]
    ip netns exec wdsS "$W" wds serve --interface 10.88.0.1 --namespace test "$work/srv" "$@" \
        2>>"$work/server.log" &
    server=$!
    sleep 0.5
}
recv() { # recv N OBJECT OUT [extra]
    local n=$1 obj=$2 out=$3; shift 3
    ip netns exec "wdsR$n" "$W" wds receive --server 10.88.0.1 --namespace test "$obj" "$out" "$@" \
        2>>"$work/recv$n.log"
}
stop_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
recv_three() { # recv_three OBJECT OUT_PREFIX LABEL: receivers 1-3 at once, timed
    local pids=() r p start
    start=$(date +%s.%N)
    for r in 1 2 3; do recv "$r" "$1" "$2$r.bin" & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p" || { echo "FAIL receiver exit: $3"; fail=1; }; done
    secs=$(echo "$(date +%s.%N) - $start" | bc)
}

head -c $((big << 20)) /dev/urandom > "$work/srv/big.bin"
head -c $((24 << 20)) /dev/urandom > "$work/srv/mid.bin"
wds_net_up 4

# 1. Three receivers, byte-identical at 0 %, 1 % and 5 % loss each.
for permille in 0 10 50; do
    serve
    for r in 1 2 3; do wds_loss "wdsR$r" "$permille"; done
    recv_three mid.bin "$work/out/mid" "$permille per mille"
    for r in 1 2 3; do check "24 MiB, $((permille / 10)) % loss, receiver $r (${secs}s)" "$work/out/mid$r.bin" mid.bin; done
    stop_server
done

# 2. The Done-when transfer: the big file to three receivers under 1 % loss.
for r in 1 2 3; do wds_loss "wdsR$r" 10; done
serve
recv_three big.bin "$work/out/big" "$big MiB"
for r in 1 2 3; do check "$big MiB, 1 % loss, receiver $r (${secs}s)" "$work/out/big$r.bin" big.bin; done
rm -f "$work"/out/big*.bin
stop_server

# 3. A receiver that joins halfway finishes through the circulation rounds.
serve --rate 200m
recv 1 mid.bin "$work/out/early1.bin" & p1=$!
recv 2 mid.bin "$work/out/early2.bin" & p2=$!
sleep 0.6
recv 3 mid.bin "$work/out/late.bin" & p3=$!
wait $p1 && wait $p2 && wait $p3 || { echo "FAIL late joiner run"; fail=1; }
check "late joiner" "$work/out/late.bin" mid.bin
check "early receiver beside a late joiner" "$work/out/early1.bin" mid.bin
stop_server

# 4. A receiver killed halfway does not stop the others.
serve --rate 200m
recv 1 mid.bin "$work/out/k1.bin" & p1=$!
recv 2 mid.bin "$work/out/k2.bin" & p2=$!
recv 3 mid.bin "$work/out/k3.bin" & p3=$!
sleep 0.5
ip netns pids wdsR3 | xargs -r kill -9
wait $p1 && wait $p2 || { echo "FAIL survivors of a killed receiver"; fail=1; }
wait $p3 2>/dev/null || true
check "survivor 1 of a killed receiver" "$work/out/k1.bin" mid.bin
check "survivor 2 of a killed receiver" "$work/out/k2.bin" mid.bin
stop_server

# 5. A server that disappears ends the sessions with an error within the
#    inactivity time (here 3 s).
serve --rate 50m
recv 1 mid.bin "$work/out/gone.bin" --inactivity 3 & p1=$!
sleep 1
ip netns pids wdsS | xargs -r kill -9
t0=$(date +%s.%N)
if wait $p1; then echo "FAIL receiver succeeded without a server"; fail=1; else
    secs=$(echo "$(date +%s.%N) - $t0" | bc)
    if [ "$(echo "$secs < 6" | bc)" = 1 ] && grep -q "error 0x5b4" "$work/recv1.log"; then
        echo "ok   server gone: receiver failed with ERROR_TIMEOUT after ${secs}s"
    else echo "FAIL server gone: ${secs}s, $(tail -n 1 "$work/recv1.log")"; fail=1; fi
fi

# 6. Unknown namespace and object: a clear error, not a hang.
serve
if recv 1 nothing.bin "$work/out/none.bin"; then echo "FAIL unknown object accepted"; fail=1
elif tail -n 1 "$work/recv1.log" | grep -q "no such object"; then echo "ok   unknown object refused"
else echo "FAIL unknown object: $(tail -n 1 "$work/recv1.log")"; fail=1; fi
stop_server

# 7. The wdstci C API across the namespaces: the C program in wdsR1.
if [ -n "$cdir" ]; then
    serve --rate 200m
    if ip netns exec wdsR1 "$cdir/wds_client" 10.88.0.1 test mid.bin "$work/srv/mid.bin"; then
        echo "ok   wds_client across namespaces"
    else echo "FAIL wds_client across namespaces"; fail=1; fi
    stop_server
fi

[ $fail = 0 ] && echo "wds multicast: all passed" || echo "wds multicast: FAILED"
exit $fail
