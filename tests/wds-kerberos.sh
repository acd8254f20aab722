#!/bin/bash
# Authenticated [MS-WDSC] RPC over Kerberos for real: a throw-away MIT
# realm (WDS.TEST, tests/krb5-realm.sh) in the server's network
# namespace, a service principal and keytab for `winsession wds serve`, and
# the C API's WDS_TRANSPORTCLIENT_AUTH client (tests/c/wds_auth.c) in a
# receiver namespace. Every KDC file lives under target/wds-kerberos/
# (KRB5_CONFIG, KRB5_KDC_PROFILE); the client resolves the server's name
# through a hosts file bind-mounted in a private mount namespace, so
# nothing of the host's /etc, /var, /run or /tmp is touched.
#
# Why a name: the client asks for the SPN host/<server as given>, and an IP
# address there makes Negotiate choose NTLM (Windows uses Kerberos only
# with a name unless TryIPSPN is set; sspi downgrades the same way).
#
# Usage: tests/wds-kerberos.sh [C_DIR]   (needs root, a release build,
# krb5-kdc krb5-admin-server krb5-user)
set -eu
cd "$(dirname "$0")/.."
. tests/wds-netns.sh
. tests/krb5-realm.sh
cdir=${1:-$PWD/target/c}
W=$PWD/target/release/winsession
work=$PWD/target/wds-kerberos
realm=WDS.TEST
server_name=wds.wds.test
spn=host/$server_name
for tool in krb5kdc kdb5_util kadmin.local kinit; do
    command -v "$tool" > /dev/null || { echo "SKIP: $tool missing (apt-get install krb5-kdc krb5-admin-server krb5-user)"; exit 77; }
done
rm -rf "$work"; mkdir -p "$work/srv/secure" "$work/srv/open"
fail=0
trap 'kill ${server:-} ${kdc:-} 2>/dev/null || true; wds_net_down' EXIT
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

krb5_realm "$work" "$realm" .wds.test 10.88.0.1 88 \
    "addprinc -randkey $spn" "ktadd -k $work/server.keytab $spn" "addprinc -pw Secret123 alice" \
    "addprinc -pw Hunter22 bob" "addprinc -pw Expired33 carol" "modprinc -expire yesterday carol"

head -c $((4 << 20)) /dev/urandom > "$work/srv/secure/object.bin"
cp "$work/srv/secure/object.bin" "$work/srv/open/object.bin"
printf 'image=install.wim;index=1' > "$work/srv/secure/object.bin.wdsmeta"
printf '%s:alice:Secret123\n' "$realm" > "$work/alice"
printf '%s:alice:wrong\n' "$realm" > "$work/wrong"
printf '%s:bob:Hunter22\n' "$realm" > "$work/bob"
printf '%s:carol:Expired33\n' "$realm" > "$work/carol"
printf '10.88.0.1 %s\n127.0.0.1 localhost\n' "$server_name" > "$work/hosts"

wds_net_up 1
krb5_kdc_start 88 ip netns exec wdsS

serve() { # serve [extra args]
    ip netns exec wdsS "$W" wds serve --interface 10.88.0.1 \
        --namespace secure "$work/srv/secure" --namespace open "$work/srv/open" \
        --require-auth secure --allow secure "alice@$realm" "$@" 2>> "$work/server.log" &
    server=$!
    sleep 0.7
}
stop_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
# Runs a command in the receiver's namespace, where $work/hosts names the
# server (a private mount namespace, so the host's /etc/hosts is untouched).
in_hosts() { ip netns exec wdsR1 unshare -m sh -c 'mount --bind "$0" /etc/hosts && exec env "$@"' "$work/hosts" "$@"; }
client() { # client ENV... -- wds_auth args
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    echo "== ${envs[*]} $*" >> "$work/client.log"
    in_hosts "${envs[@]}" "$cdir/wds_auth" "$@" >> "$work/client.log" 2>&1
}
got=$work/srv/secure/object.bin

# 0. The realm works for MIT's own client. (Our client does not read the
# ticket cache kinit fills: sspi takes the password, see secur32's docs.)
if echo Secret123 | ip netns exec wdsR1 kinit "alice@$realm" > "$work/kinit.log" 2>&1; then
    ok "MIT kinit gets alice a TGT from the throw-away KDC"
else bad "kinit: $(cat "$work/kinit.log")"; fi

# The secur32 crate's own real-KDC test, when its test binary is given
# (SECUR32_TESTS=target/debug/deps/secur32-...): client and acceptor in
# one process, Kerberos and Negotiate, sealing both ways.
if [ -n "${SECUR32_TESTS:-}" ]; then
    if ip netns exec wdsR1 env NTLM_USER_FILE="$work/alice" KRB5_KTNAME="$work/server.keytab" \
        SECUR32_TEST_SPN="$spn" SECUR32_TEST_PEER="alice@$realm" \
        "$SECUR32_TESTS" --ignored --exact tests::kerberos_against_a_real_kdc > "$work/secur32.log" 2>&1; then
        ok "secur32: Kerberos and Negotiate contexts against the KDC seal both ways"
    else bad "secur32 real-KDC test: $(tail -20 "$work/secur32.log")"; fi
fi

tickets() { grep -c "TGS_REQ.*ISSUE.*alice@$realm for $spn@$realm" "$work/kdc/kdc.log" || true; }

# 1. The server with a keytab only: Kerberos inside Negotiate.
serve --keytab "$work/server.keytab" --spn "$spn"
before=$(tickets)
wds_loss wdsR1 10
if client NTLM_USER_FILE="$work/alice" -- "$server_name" secure object.bin "$got" AUTH 0 'image=install.wim;index=1' &&
    [ "$(tickets)" -gt "$before" ]; then
    ok "alice over Kerberos (Negotiate, a service ticket for $spn), 1 % loss: the file byte-identical, metadata first"
else bad "alice over Kerberos"; fi
wds_loss wdsR1 0
client NTLM_USER_FILE="$work/wrong" -- "$server_name" secure object.bin "$got" AUTH 0x8009030c &&
    ok "wrong password: the KDC refuses pre-authentication, SEC_E_LOGON_DENIED" || bad "wrong password"
client NTLM_USER_FILE="$work/carol" -- "$server_name" secure object.bin "$got" AUTH 0x8009030c &&
    ok "expired principal: the KDC refuses, SEC_E_LOGON_DENIED" || bad "expired principal"
client NTLM_USER_FILE="$work/bob" -- "$server_name" secure object.bin "$got" AUTH 5 &&
    ok "bob, not allowed in the namespace: ERROR_ACCESS_DENIED" || bad "bob not allowed"
client -- "$server_name" secure object.bin "$got" NO_AUTH 5 &&
    ok "anonymous on the authenticated namespace: ERROR_ACCESS_DENIED" || bad "anonymous"
# Impacket's Kerberos (SPNEGO, auth_type 9) as a third-party initiator,
# with alice's service ticket from MIT's kinit and kvno in the cache:
# Impacket 0.13's own TGS-REQ carries an unkeyed RSA-MD5 checksum that
# MIT 1.20 refuses. Its AP-REQ comes GSS-framed and its last token has
# neither negState nor mechListMIC; Windows takes both, and so does
# secur32. Impacket does not negotiate header signing, so its wrap tokens
# cover the stub alone; dcerpc's server tells the context so
# (SecurityContext::set_header_signing).
if in_hosts kvno "$spn" >> "$work/kinit.log" 2>&1 &&
    in_hosts PYTHONPATH="$PWD/target/pydeps" python3 tests/wds_rpc_peer.py --host "$server_name" --port 5040 \
        --namespace secure --content object.bin --auth ntlm --auth-type 9 --kdc-host 10.88.0.1 \
        --domain "$realm" --user alice --password Secret123 > "$work/peer.out" 2>&1 &&
    grep -q '^ContentMetadata=BLOB:' "$work/peer.out"; then
    ok "Impacket's Kerberos client (kinit's ticket): WDSMC_OP_INITIATE at packet privacy, with metadata"
else bad "Impacket Kerberos: $(tail -3 "$work/peer.out")"; fi

# By address the SPN is host/10.88.0.1: Negotiate takes NTLM, as Windows
# does without TryIPSPN, and a server with only a keytab refuses it.
client NTLM_USER_FILE="$work/alice" -- 10.88.0.1 secure object.bin "$got" AUTH 5 &&
    ok "by IP address: NTLM, which a keytab-only server refuses: ERROR_ACCESS_DENIED" || bad "by IP address"
stop_server

# 2. The server without a keytab: SPNEGO falls back to NTLM, which works
# when the server's NTLM database knows the user and is refused otherwise.
cp "$work/alice" "$work/ntlm-users"
serve --ntlm-users "$work/ntlm-users"
client NTLM_USER_FILE="$work/alice" -- "$server_name" open object.bin "$work/srv/open/object.bin" AUTH 0 - &&
    ok "no keytab: Negotiate falls back to NTLM and alice gets the file" || bad "NTLM fallback"
client NTLM_USER_FILE="$work/bob" -- "$server_name" open object.bin "$work/srv/open/object.bin" AUTH 5 &&
    ok "no keytab, bob unknown to NTLM: ERROR_ACCESS_DENIED" || bad "NTLM fallback, unknown user"
stop_server

[ "$fail" -eq 0 ] || { echo "server log:"; tail -20 "$work/server.log"; echo "client log:"; tail -40 "$work/client.log"; echo "kdc log:"; tail -20 "$work/kdc/kdc.log"; }
exit "$fail"
