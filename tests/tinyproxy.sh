# Sourced by the WinHTTP tests that go through a forward proxy
# (tests/winhttp-proxy.sh, tests/winhttp-h2.sh): Debian's tinyproxy.
#
# tinyproxy_start WORK NAME [DIRECTIVE]: one tinyproxy in the foreground on
# a free loopback port, with DIRECTIVE (such as "BasicAuth user password")
# added to its configuration. Its port goes to WORK/NAME.port, its PID to
# WORK/NAME.pid (for the caller's trap), its log to WORK/NAME.log; returns
# once it accepts connections.
tinyproxy_start() {
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    {
        echo "Port $port"; echo "Listen 127.0.0.1"; echo "Timeout 30"; echo "LogLevel Info"
        echo "MaxClients 50"; echo "Allow 127.0.0.1"; [ -n "${3:-}" ] && echo "$3"
    } > "$1/$2.conf"
    tinyproxy -d -c "$1/$2.conf" > "$1/$2.log" 2>&1 & echo $! > "$1/$2.pid"
    for _ in $(seq 100); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2> /dev/null && break
        sleep 0.1
    done
    echo "$port" > "$1/$2.port"
}
