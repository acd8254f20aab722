#!/bin/bash
# WinHTTP's server authentication against real peers: Digest against
# httpbin, NTLM and Negotiate against pyspnego's acceptor
# (tests/peers/http_auth_server.py), Negotiate's Kerberos through a
# throw-away MIT realm (WINHTTP.TEST, tests/krb5-realm.sh) on a loopback
# port. Every KDC file lives under target/winhttp-auth/
# (KRB5_CONFIG, KRB5_KDC_PROFILE); the client reaches the server by the
# name web.winhttp.test through a hosts file bind-mounted in a private
# mount namespace, so nothing of the host's /etc, /var, /run or /tmp is
# touched.
#
# Why a name: WinHTTP asks for the SPN HTTP/<server as given to
# WinHttpConnect> (RFC 4559 4.1), and an address there makes Negotiate take
# NTLM (Windows uses Kerberos only with a name unless TryIPSPN is set).
#
# The client's identity is what secur32 documents (dlls/secur32/src/lib.rs):
# the first line of NTLM_USER_FILE, REALM:user:password, serves NTLM (the
# realm as the domain) and Kerberos (sspi asks the KDC named in KRB5_CONFIG
# for the TGT itself; it does not read kinit's ticket cache).
#
# Usage: tests/winhttp-auth-peers.sh [C_DIR]   (needs root for the mount
# namespace, krb5-kdc krb5-admin-server krb5-user, curl, valgrind, and pyspnego with
# gssapi and httpbin with gunicorn in target/pydeps, as scripts/test.sh
# installs them)
set -eu
cd "$(dirname "$0")/.."
. tests/krb5-realm.sh
cdir=${1:-$PWD/target/c}
work=$PWD/target/winhttp-auth
realm=WINHTTP.TEST
host=web.winhttp.test
spn=HTTP/$host
for tool in krb5kdc kdb5_util kadmin.local kinit curl unshare ss valgrind; do
    command -v "$tool" > /dev/null || { echo "SKIP: $tool missing (apt-get install krb5-kdc krb5-admin-server krb5-user curl iproute2 valgrind)"; exit 77; }
done
rm -rf "$work"
fail=0
trap 'kill ${peer:-} ${kdc:-} 2>/dev/null || true' EXIT
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

kdc_port=$(free_port)
krb5_realm "$work" "$realm" .winhttp.test "127.0.0.1:$kdc_port" "127.0.0.1:$kdc_port" \
    "addprinc -randkey $spn" "ktadd -k $work/http.keytab $spn" "addprinc -pw Secret123 alice"
# The server's NTLM database and the client's identity: the same line (the
# realm is the NTLM domain). The C test's explicit credentials use it too.
printf '%s:alice:Secret123\n' "$realm" > "$work/users"
printf '%s:alice:Secret123\n' "$realm" > "$work/alice"
printf '127.0.0.1 %s\n127.0.0.1 localhost\n' "$host" > "$work/hosts"

krb5_kdc_start "$kdc_port"

# Runs a command where $work/hosts names the server (a private mount
# namespace, so the host's /etc/hosts is untouched).
in_hosts() { unshare -m sh -c 'mount --bind "$0" /etc/hosts && exec env "$@"' "$work/hosts" "$@"; }

# 0. The peers work for clients no one here wrote: MIT's kinit and curl
# (libcurl's GSS-API SPNEGO with kinit's ticket, and its own NTLM).
python3 tests/peers/http_auth_server.py "$PWD/target/pydeps" "$work/users" "$work/http.keytab" 120 \
    > "$work/peer.port" 2> "$work/peer.log" &
peer=$!
for _ in $(seq 100); do [ -s "$work/peer.port" ] && break; sleep 0.1; done
port=$(cut -d' ' -f1 "$work/peer.port" 2> /dev/null || echo 0)
if [ "${port:-0}" = 0 ]; then
    bad "the auth peer did not start: $(cat "$work/peer.log")"
else
    if echo Secret123 | kinit "alice@$realm" > "$work/kinit.log" 2>&1; then
        ok "MIT kinit gets alice a TGT from the throw-away KDC"
    else bad "kinit: $(cat "$work/kinit.log")"; fi
    if in_hosts curl -sS -D "$work/curl.h" -o /dev/null --negotiate -u : "http://$host:$port/negotiate" 2>> "$work/curl.log" &&
        grep -qi "^X-Auth-User: alice@$realm" "$work/curl.h" && grep -qi '^X-Auth-Mech: kerberos' "$work/curl.h"; then
        ok "curl --negotiate (kinit's ticket for $spn): the peer takes Kerberos"
    else bad "curl --negotiate: $(cat "$work/curl.log" "$work/curl.h" 2> /dev/null | tail -5)"; fi
    if curl -sS -D "$work/curl.h" -o /dev/null --ntlm -u "$realm\\alice:Secret123" "http://127.0.0.1:$port/ntlm" 2>> "$work/curl.log" &&
        grep -qi "^X-Auth-User: $realm\\\\alice" "$work/curl.h"; then
        ok "curl --ntlm: the peer takes NTLM on one kept-alive connection"
    else bad "curl --ntlm: $(cat "$work/curl.log" "$work/curl.h" 2> /dev/null | tail -5)"; fi
    kdestroy > /dev/null 2>&1 || true
fi
kill "$peer" 2> /dev/null || true; wait "$peer" 2> /dev/null || true; peer=

# 1. The C test, written as Windows code: Digest against httpbin, NTLM and
# Negotiate against the peer it starts (by name, in the private namespace).
tickets() { grep -c "TGS_REQ.*ISSUE.*alice@$realm for $spn@$realm" "$work/kdc/kdc.log" || true; }
before=$(tickets)
if in_hosts NTLM_USER_FILE="$work/alice" timeout 300 "$cdir/winhttp_auth_schemes" "$PWD" "$host" "$realm" "$work/users" \
    "$work/http.keytab" > "$work/client.log" 2>&1; then
    ok "winhttp_auth_schemes: $(tail -1 "$work/client.log")"
else bad "winhttp_auth_schemes: $(cat "$work/client.log")"; fi
if [ "$(tickets)" -gt "$before" ]; then
    ok "the KDC issued alice a service ticket for $spn to the C test"
else bad "no service ticket for $spn was issued to the C test"; fi
# Again under valgrind, as scripts/test.sh runs the other WinHTTP C tests:
# no definite leak and no memory error through the whole of it.
if in_hosts NTLM_USER_FILE="$work/alice" timeout 600 valgrind -q --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite --error-exitcode=9 "$cdir/winhttp_auth_schemes" "$PWD" "$host" "$realm" \
    "$work/users" "$work/http.keytab" > "$work/valgrind.log" 2>&1; then
    ok "winhttp_auth_schemes under valgrind: $(tail -1 "$work/valgrind.log")"
else bad "winhttp_auth_schemes under valgrind: $(tail -30 "$work/valgrind.log")"; fi

[ "$fail" -eq 0 ] || { echo "kdc log:"; tail -20 "$work/kdc/kdc.log"; }
exit "$fail"
