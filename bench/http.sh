#!/bin/sh
# The WinHTTP HTTP client benchmark (issue 15; a benchmark, not a test):
# winsession's WinHTTP against libcurl, both driving the same nginx on
# loopback in the same run.
#   (a) small keep-alive GETs per second, one at a time (WinHTTP sync mode;
#       one curl easy handle reused);
#   (b) the same with 100 requests in flight (WinHTTP async mode, each
#       completion opening the next request; curl's multi interface);
#   (c) MB/s of one 1 GiB download (WinHttpReadData into a 1 MiB buffer;
#       curl with a write callback that discards).
# Each measurement is run three times, the two clients interleaved (the
# first to run alternates), and the median reported with the ratio
# winsession / libcurl. The connections each client opened come from
# nginx's stub_status (accepted connections before and after a run).
# It holds the cargo lock while it builds and measures, so no build shares
# the machine (taking it itself unless a parent, such as
# `flock /tmp/winsession-cargo.lock bench/http.sh`, holds it). Installs
# nginx-light and libcurl4-openssl-dev if missing (as root).
# Usage: bench/http.sh [SECONDS-PER-MEASUREMENT]   -> prints Markdown tables
set -eu
lock=/tmp/winsession-cargo.lock
# lock_held: whether this process or an ancestor holds $lock (/proc/locks:
# "N: FLOCK ADVISORY WRITE PID MAJ:MIN:INODE ...").
lock_held() {
    inode=$(stat -c %i "$lock" 2> /dev/null) || return 1
    holders=$(awk -v inode="$inode" '$2 == "FLOCK" { split($6, f, ":"); if (f[3] == inode) print $5 }' /proc/locks)
    p=$$
    while [ "$p" -gt 1 ]; do
        for h in $holders; do [ "$h" = "$p" ] && return 0; done
        p=$(awk '{ print $4 }' "/proc/$p/stat")
    done
    return 1
}
if ! lock_held; then
    exec flock "$lock" "$0" "$@"
fi
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-3}

need=""
command -v nginx > /dev/null || need="$need nginx-light"
# curl (the command) reads nginx's stub_status; bc makes the ratios.
command -v curl > /dev/null || need="$need curl"
command -v bc > /dev/null || need="$need bc"
[ -f /usr/include/x86_64-linux-gnu/curl/curl.h ] || [ -f /usr/include/curl/curl.h ] || need="$need libcurl4-openssl-dev"
if [ -n "$need" ]; then
    echo "== installing:$need" >&2
    apt-get update -q > /dev/null
    # No init system runs here, so the install starts no nginx service.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need > /dev/null
fi

"$root/scripts/build-libs.sh" --release > /dev/null
bin=$root/target/bench
mkdir -p "$bin"
"$root/target/sdk/bin/winsession-cc" -O2 "$root/bench/http/winhttp_bench.c" -o "$bin/winhttp_bench" -lwinhttp
cc -O2 -Wall "$root/bench/http/curl_bench.c" -o "$bin/curl_bench" -lcurl

# The server's files and config live under target/ (the 1 GiB file is
# sparse: nginx reads its holes as zeros from the page cache).
work=$(mktemp -d "$root/target/http-bench.XXXXXX")
chmod 755 "$work"
trap 'kill "$(cat "$work/nginx.pid" 2> /dev/null)" 2> /dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/www" "$work/tmp" "$work/lib"
# The release library, copied: a debug build laid out in target/sdk by
# someone else's scripts/build-libs.sh cannot slip in under the benchmark.
cp "$root/target/release/libwinsession.so" "$work/lib/"
head -c 100 /dev/urandom > "$work/www/small"
truncate -s 1G "$work/www/big"
# Into the page cache before the first run, so no client pays for it.
cat "$work/www/big" > /dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/nginx.conf" << CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 300s;
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
        location = /status { stub_status; }
    }
}
CONF
if [ "$(id -u)" = 0 ]; then
    # Unprivileged, as a server should run: nobody may read the files and
    # write the temp dir.
    chown -R nobody "$work/tmp"
    touch "$work/error.log" "$work/nginx.pid"
    chown nobody "$work/error.log" "$work/nginx.pid"
    setpriv --reuid=nobody --regid=nogroup --clear-groups nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf" &
else
    nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf" &
fi
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/status" > /dev/null && break; sleep 0.1; done
# accepts: connections nginx accepted so far (stub_status' third line).
accepts() { curl -sf "http://127.0.0.1:$port/status" | awk 'NR == 3 { print $1 }'; }

# run CLIENT MODE...: one run; appends its figure to $work/CLIENT.MODE and
# the connections it opened (minus the status probe's) to
# $work/CLIENT.MODE.conns. A run that fails or hangs stops the benchmark.
run() {
    client=$1; shift
    before=$(accepts)
    status=0
    out=$(LD_LIBRARY_PATH=$work/lib timeout 180 "$bin/${client}_bench" "$1" "$port" "$seconds" ${2:-}) || status=$?
    if [ $status != 0 ]; then
        echo "${client}_bench $*: exit status $status (124: killed by timeout): $out" >&2
        exit 1
    fi
    after=$(accepts)
    echo "$out" | sed -n 's/.*_per_s \([0-9]*\).*/\1/p' >> "$work/$client.$1${2:-}"
    echo $((after - before - 1)) >> "$work/$client.$1${2:-}.conns"
}
median() { sort -n "$1" | sed -n 2p; }
ratio() { printf %.2f "$(echo "scale=3; $1 / $2" | bc)"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), kernel $(uname -r); date: $(date -u +%Y-%m-%d)"
echo "server: $(nginx -v 2>&1 | cut -d' ' -f3), 1 worker process; libcurl $(curl-config --version | cut -d' ' -f2); $seconds s per run"
for measurement in "sync" "async 100" "download"; do
    set -- $measurement
    for i in 1 2 3; do
        if [ $((i % 2)) = 1 ]; then
            run winhttp "$@"; run curl "$@"
        else
            run curl "$@"; run winhttp "$@"
        fi
    done
    key=$1${2:-}
    case $1 in
    sync) title="(a) small GETs per second, 1 at a time (WinHTTP sync; one curl easy handle)"; unit="requests/s" ;;
    async) title="(b) small GETs per second, $2 in flight (WinHTTP async; curl multi)"; unit="requests/s" ;;
    download) title="(c) 1 GiB download over loopback"; unit="MB/s" ;;
    esac
    ws=$(median "$work/winhttp.$key")
    cu=$(median "$work/curl.$key")
    echo
    echo "$title"
    echo
    echo "| | winsession $unit | libcurl $unit | winsession ÷ libcurl | connections opened by winsession | by libcurl |"
    echo "| --- | --- | --- | --- | --- | --- |"
    for i in 1 2 3; do
        w=$(sed -n ${i}p "$work/winhttp.$key"); c=$(sed -n ${i}p "$work/curl.$key")
        echo "| run $i | $w | $c | $(ratio "$w" "$c") | $(sed -n ${i}p "$work/winhttp.$key.conns") | $(sed -n ${i}p "$work/curl.$key.conns") |"
    done
    echo "| median | $ws | $cu | $(ratio "$ws" "$cu") | $(median "$work/winhttp.$key.conns") | $(median "$work/curl.$key.conns") |"
done
