#!/bin/bash
# WDS multicast benchmark: winsession vs udpcast vs uftp in ONE run, on the
# same namespaces (tests/wds-netns.sh): the server's link shaped to 1 Gbit/s
# with tc tbf, 1 % loss at each receiver (nftables), a 256 MiB file to 3
# receivers. Then the server's bytes on the wire for 1, 3 and 8 receivers.
# CPU seconds per GiB: the sender's and the first receiver's user+system
# time (/proc/PID/stat for daemons, /usr/bin/time otherwise) over the file.
# Needs root. Usage: bench/wds.sh [MIB]  -> prints a Markdown table.
set -eu
cd "$(dirname "$0")/.."
. tests/wds-netns.sh
mib=${1:-256}
cargo build --release -q -p winsession-cli
tools=$PWD/target/bench-tools
if [ ! -x "$tools/root/usr/bin/uftp" ]; then
    mkdir -p "$tools"
    (cd "$tools" && apt-get download udpcast uftp > /dev/null && for d in *.deb; do dpkg-deb -x "$d" root; done)
fi
T=$tools/root/usr/bin
W=$PWD/target/release/winsession
work=$PWD/target/wds-bench
rm -rf "$work/out"; mkdir -p "$work/srv" "$work/out" "$work/logs"
[ "$(stat -c %s "$work/srv/big.bin" 2>/dev/null || echo 0)" = $((mib << 20)) ] ||
    head -c $((mib << 20)) /dev/urandom > "$work/srv/big.bin"
want=$(sha256sum < "$work/srv/big.bin")
trap 'wds_net_down' EXIT
bits=$((mib * 1048576 * 8))

hz=$(getconf CLK_TCK)
# cpu_of PID: its user+system seconds so far (threads included).
cpu_of() { awk -v hz="$hz" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$1/stat"; }
# cpu_file FILE: the user+system seconds /usr/bin/time -f '%U %S' wrote.
cpu_file() { awk '{ print $1 + $2 }' "$1"; }
per_gib() { echo "scale=2; $1 * 1024 / $mib" | bc; }
timed() { /usr/bin/time -f '%U %S' -o "$@"; }

tx_bytes() { ip netns exec wdsS cat /sys/class/net/v-wdsS/statistics/tx_bytes; }
setup() { # setup N
    wds_net_up "$1"
    wds_shape 1gbit
    for r in $(seq 1 "$1"); do wds_loss "wdsR$r" 10; done
}
verify() { # verify N PATTERN
    local r ok=1
    for r in $(seq 1 "$1"); do
        [ "$(sha256sum < "$(printf "$2" "$r")")" = "$want" ] || ok=0
    done
    echo $ok
}
report() { # report NAME N SECONDS TXBYTES OK SERVER_CPU RECEIVER_CPU
    local mbit ratio
    mbit=$(echo "scale=1; $bits / $3 / 1000000" | bc)
    ratio=$(echo "scale=3; $mbit / 1000" | bc)
    echo "| $1 | $2 | $(printf %.2f "$3") | $mbit | $ratio | $(echo "scale=3; $4 / ($mib * 1048576)" | bc) | $(per_gib "$6") | $(per_gib "$7") | $([ "$5" = 1 ] && echo identical || echo MISMATCH) |"
    echo "$1 $mbit" >> "$work/logs/goodput"
}

run_winsession() { # run_winsession N [serve args]
    local n=$1; shift
    setup "$n"
    ip netns exec wdsS "$W" wds serve --interface 10.88.0.1 --namespace b "$work/srv" "$@" 2> "$work/logs/wds-server.log" &
    local server=$!
    sleep 0.5
    local tx0 start end pids=() r
    tx0=$(tx_bytes); start=$(date +%s.%N)
    for r in $(seq 1 "$n"); do
        timed "$work/logs/cpu-wds$r" ip netns exec "wdsR$r" "$W" wds receive --server 10.88.0.1 --namespace b \
            big.bin "$work/out/w$r.bin" 2> "$work/logs/wds-recv$r.log" & pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    end=$(date +%s.%N)
    WDS_SCPU=$(cpu_of "$server"); WDS_RCPU=$(cpu_file "$work/logs/cpu-wds1")
    kill "$server"; wait "$server" 2> /dev/null || true
    WDS_SECS=$(echo "$end - $start" | bc); WDS_TX=$(($(tx_bytes) - tx0))
    WDS_OK=$(verify "$n" "$work/out/w%s.bin")
    rm -f "$work"/out/w*.bin
    wds_net_down
}

run_udpcast() {
    setup 3
    local pids=() r tx0 start end
    for r in 1 2 3; do
        timed "$work/logs/cpu-udpcast$r" ip netns exec "wdsR$r" "$T/udp-receiver" --interface "v-wdsR$r" --mcast-rdv-address 239.255.77.20 \
            --portbase 9000 --nokbd --file "$work/out/u$r.bin" 2> "$work/logs/udpcast-recv$r.log" & pids+=($!)
    done
    sleep 0.5
    tx0=$(tx_bytes); start=$(date +%s.%N)
    timed "$work/logs/cpu-udpcast-sender" ip netns exec wdsS "$T/udp-sender" --interface v-wdsS --mcast-rdv-address 239.255.77.20 \
        --mcast-data-address 239.255.77.21 --min-receivers 3 --portbase 9000 --nokbd \
        --file "$work/srv/big.bin" 2> "$work/logs/udpcast-sender.log"
    for p in "${pids[@]}"; do wait "$p"; done
    end=$(date +%s.%N)
    report "udpcast 20120424 (udp-sender defaults)" 3 "$(echo "$end - $start" | bc)" $(($(tx_bytes) - tx0)) \
        "$(verify 3 "$work/out/u%s.bin")" "$(cpu_file "$work/logs/cpu-udpcast-sender")" \
        "$(cpu_file "$work/logs/cpu-udpcast1")"
    rm -f "$work"/out/u*.bin
    wds_net_down
}

run_uftp() {
    setup 3
    local r tx0 start end
    for r in 1 2 3; do
        mkdir -p "$work/out/f$r"
        ip netns exec "wdsR$r" "$T/uftpd" -I "v-wdsR$r" -M 239.255.77.30 -D "$work/out/f$r" \
            -L "$work/logs/uftpd$r.log" -P "$work/logs/uftpd$r.pid" -B 8388608
    done
    sleep 0.5
    tx0=$(tx_bytes); start=$(date +%s.%N)
    timed "$work/logs/cpu-uftp" ip netns exec wdsS "$T/uftp" -I v-wdsS -M 239.255.77.30 -P 239.255.77.31 -R 1000000 -B 8388608 \
        -L "$work/logs/uftp.log" "$work/srv/big.bin" > /dev/null 2>&1
    end=$(date +%s.%N)
    report "uftp 4.10.2 (-R 1000000 kbit/s)" 3 "$(echo "$end - $start" | bc)" $(($(tx_bytes) - tx0)) \
        "$(verify 3 "$work/out/f%s/big.bin")" "$(cpu_file "$work/logs/cpu-uftp")" \
        "$(cpu_of "$(cat "$work/logs/uftpd1.pid")")"
    rm -rf "$work"/out/f*
    wds_net_down
}

echo "$(date -u +%Y-%m-%d) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), kernel $(uname -r)"
echo
echo "| sender | receivers | seconds | goodput Mbit/s | of the 1 Gbit/s link | server bytes on the wire / file size | sender CPU s/GiB | receiver 1 CPU s/GiB | copies |"
echo "|---|---|---|---|---|---|---|---|---|"
: > "$work/logs/goodput"
# The default security of RPC-initiated sessions (hash: HMAC-SHA-256 per
# packet), then checksum, the mode comparable with udpcast and uftp, which
# protect nothing.
for blocks in "--rate 990m" "--wds-blocks --rate 990m"; do
    for sec in hash checksum; do
        run_winsession 3 $blocks --rpc-security $sec
        report "winsession wds ($blocks --rpc-security $sec)" 3 "$WDS_SECS" "$WDS_TX" "$WDS_OK" "$WDS_SCPU" "$WDS_RCPU"
    done
done
run_udpcast
run_uftp
echo
echo "Bytes on the wire by receiver count (winsession, WDS blocks):"
echo
echo "| receivers | seconds | server bytes on the wire / file size |"
echo "|---|---|---|"
for n in 1 3 8; do
    run_winsession "$n" --wds-blocks --rate 990m
    echo "| $n | $(printf %.2f "$WDS_SECS") | $(echo "scale=3; $WDS_TX / ($mib * 1048576)" | bc) |"
done
echo
awk '/^udpcast/ { u = $NF } /^uftp/ { f = $NF } { g[NR] = $0 }
     END { for (i in g) { n = split(g[i], a, " "); if (g[i] ~ /^winsession/)
         printf "%s: %.2fx udpcast, %.2fx uftp, %.0f %% of the link\n", substr(g[i], 1, length(g[i]) - length(a[n]) - 1), a[n] / u, a[n] / f, a[n] / 10 } }' \
    "$work/logs/goodput" | sort
