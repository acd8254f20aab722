#!/bin/sh
# WinHTTP over HTTP/2: nginx (Debian's) serving TLS with ALPN h2 on one
# port and HTTP/1.1 only on another, with a throw-away CA the client is
# told to trust (SSL_CERT_FILE), and tinyproxy in front (open, and with
# Basic authentication) for h2 through a CONNECT tunnel; all under target/
# on loopback.
# Usage: tests/winhttp-h2.sh BUILD_DIR
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:?usage: winhttp-h2.sh BUILD_DIR}
work=$(mktemp -d "$root/target/winhttp-h2.XXXXXX")
chmod 755 "$work"
trap 'kill $(cat "$work"/*.pid 2> /dev/null) 2> /dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/www" "$work/tmp"

# The CA, and a server certificate for 127.0.0.1 it signs.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=winsession-test-ca \
    -keyout "$work/ca.key" -out "$work/ca.pem" 2> /dev/null
openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout "$work/server.key" -out "$work/server.csr" 2> /dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n' > "$work/ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 1 \
    -extfile "$work/ext" -out "$work/server.pem" 2> /dev/null

printf 'hello over h2\n' > "$work/www/hello"
head -c 3000000 /dev/urandom > "$work/www/big"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
h2=$(free_port)
h1=$(free_port)
cat > "$work/nginx.conf" << CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    default_type text/plain;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    ssl_certificate $work/server.pem;
    ssl_certificate_key $work/server.key;
    # nginx 1.22 offers TLS 1.3 only when told (its default stops at 1.2).
    ssl_protocols TLSv1.2 TLSv1.3;
    server {
        listen 127.0.0.1:$h2 ssl http2;
        root $work/www;
        location = /echo-method { return 200 "\$request_method \$server_protocol\n"; }
        location = /moved { return 302 /hello; }
    }
    server {
        listen 127.0.0.1:$h1 ssl;
        root $work/www;
    }
}
CONF
if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$work/tmp"
    touch "$work/error.log" "$work/nginx.pid"
    chown nobody "$work/error.log" "$work/nginx.pid" "$work/server.key"
    setpriv --reuid=nobody --regid=nogroup --clear-groups nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf" &
else
    nginx -e "$work/error.log" -p "$work" -c "$work/nginx.conf" &
fi
for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $h2)); socket.create_connection(('127.0.0.1', $h1))" \
        2> /dev/null && break
    sleep 0.1
done
. "$root/tests/tinyproxy.sh"
tinyproxy_start "$work" open
tinyproxy_start "$work" auth "BasicAuth puser ppwd"
SSL_CERT_FILE="$work/ca.pem" "$bin/winhttp_h2" "$h2" "$h1" "$work/www/big" \
    "$(cat "$work/open.port")" "$(cat "$work/auth.port")"
# The tunnels the h2 requests took.
grep -q "CONNECT 127.0.0.1:$h2" "$work/open.log" || { echo "FAIL: no CONNECT in tinyproxy's log"; exit 1; }
# The CLI (scripts/test.sh built it) over the same server, as curl --http2.
cli=$root/target/debug/winsession
SSL_CERT_FILE="$work/ca.pem" "$cli" http get "https://127.0.0.1:$h2/hello" --http2 -i -s > "$work/cli.out" 2> "$work/cli.err"
grep -q '^\* Protocol: HTTP/2' "$work/cli.err" && [ "$(cat "$work/cli.out")" = "hello over h2" ] ||
    { echo "FAIL: winsession http get --http2"; cat "$work/cli.err"; exit 1; }
SSL_CERT_FILE="$work/ca.pem" "$cli" http get "https://127.0.0.1:$h2/hello" -i -s > /dev/null 2> "$work/cli.err"
grep -q '^\* Protocol: HTTP/1.1' "$work/cli.err" || { echo "FAIL: winsession http get without --http2"; exit 1; }
echo "winsession http get --http2: HTTP/2, and HTTP/1.1 without the flag"
