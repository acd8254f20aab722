#!/bin/bash
# Session initiation over [MS-WDSC] RPC: our server against Impacket's
# DCE/RPC client (a third-party peer, anonymous and NTLM at packet
# privacy), and the C API's authenticated and anonymous paths against our
# server, in the network namespaces of tests/wds-netns.sh. The refused
# cases must give their documented codes and deliver nothing.
# Usage: tests/wds-rpc.sh C_DIR   (needs root; release build; Impacket in
# target/pydeps)
set -eu
cd "$(dirname "$0")/.."
. tests/wds-netns.sh
cdir=${1:-$PWD/target/c}
W=$PWD/target/release/winsession
work=$PWD/target/wds-rpc
rm -rf "$work"; mkdir -p "$work/srv/open" "$work/srv/secure" "$work/out"
fail=0
trap 'kill ${server:-} 2>/dev/null || true; wds_net_down' EXIT

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
peer() { # peer [args]: Impacket's client, from a receiver namespace
    ip netns exec wdsR1 env PYTHONPATH="$PWD/target/pydeps" \
        python3 tests/wds_rpc_peer.py --host 10.88.0.1 "$@" > "$work/peer.out" 2>&1
}
serve() { # serve [extra args]
    ip netns exec wdsS "$W" wds serve --interface 10.88.0.1 \
        --namespace open "$work/srv/open" --namespace secure "$work/srv/secure" "$@" \
        2>>"$work/server.log" &
    server=$!
    sleep 0.7
}
stop_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
client() { # client N ENV... -- wds_auth args
    local n=$1; shift
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    ip netns exec "wdsR$n" env "${envs[@]}" "$cdir/wds_auth" "$@" >> "$work/client.log" 2>&1
}

head -c $((8 << 20)) /dev/urandom > "$work/srv/open/object.bin"
cp "$work/srv/open/object.bin" "$work/srv/secure/object.bin"
printf 'image=install.wim;index=1' > "$work/srv/secure/object.bin.wdsmeta"
printf 'open' > "$work/srv/open/object.bin.wdsmeta"
printf 'WDS:alice:Secret123\nWDS:bob:Hunter22\n' > "$work/users"
printf 'WDS:alice:Secret123\n' > "$work/alice"
printf 'WDS:alice:wrong\n' > "$work/wrong"
printf 'WDS:bob:Hunter22\n' > "$work/bob"
wds_net_up 2

serve --endpoint-mapper --ntlm-users "$work/users" --require-auth secure --allow secure 'WDS\alice'

# 1. Impacket as the client: the endpoint mapper, anonymous and NTLM.
if peer --epm --namespace open --content object.bin && grep -q '^SessionId=' "$work/peer.out" &&
    grep -q '^epm_port=5040' "$work/peer.out" && grep -q '^SecMode=ULONG:65537' "$work/peer.out"; then
    ok "Impacket: ept_map finds 5040, an anonymous WDSMC_OP_INITIATE gets a HASH/HASH reply"
else bad "Impacket anonymous initiate: $(cat "$work/peer.out")"; fi
if peer --port 5040 --namespace secure --content object.bin --auth ntlm \
    --domain WDS --user alice --password Secret123 &&
    grep -q '^ContentMetadata=BLOB:' "$work/peer.out"; then
    ok "Impacket: NTLM at packet privacy, the authenticated namespace answers with metadata"
else bad "Impacket NTLM initiate: $(cat "$work/peer.out")"; fi
for case in "anonymous:--auth none:0x00000005" \
    "bob, not allowed:--auth ntlm --domain WDS --user bob --password Hunter22:0x00000005" \
    "wrong password:--auth ntlm --domain WDS --user alice --password nope:"; do
    IFS=: read -r label args code <<< "$case"
    # shellcheck disable=SC2086
    if peer --port 5040 --namespace secure --content object.bin $args; then
        bad "Impacket $label was let in"
    elif [ -n "$code" ] && ! grep -q "$code" "$work/peer.out"; then
        bad "Impacket $label: $(cat "$work/peer.out")"
    else ok "Impacket: $label refused ($(grep -o '=0x[0-9a-f]*' "$work/peer.out" | head -1))"; fi
done
if ! peer --port 5040 --namespace nosuch --content object.bin &&
    grep -qi "0xc1210105" "$work/peer.out"; then
    ok "Impacket: an unknown namespace gives WDSMCS_E_NAMESPACE_NOT_FOUND"
else bad "unknown namespace: $(cat "$work/peer.out")"; fi

# 2. The C API, written as Windows code: authenticated (NTLM inside
# Negotiate) at 1 % loss, then anonymous over RPC (the metadata proves the
# RPC path).
got=$work/srv/secure/object.bin
wds_loss wdsR1 10
if client 1 NTLM_USER_FILE="$work/alice" -- 10.88.0.1 secure object.bin "$got" AUTH 0 'image=install.wim;index=1'; then
    ok "C API, AUTH as alice at 1 % loss: the file byte-identical, metadata before contents"
else bad "C API AUTH"; fi
wds_loss wdsR1 0
client 2 -- 10.88.0.1 open object.bin "$work/srv/open/object.bin" NO_AUTH 0 open &&
    ok "C API, NO_AUTH over RPC (the metadata came)" || bad "C API NO_AUTH over RPC"
# The refused cases: codes, and nothing delivered.
client 1 NTLM_USER_FILE="$work/wrong" -- 10.88.0.1 secure object.bin "$got" AUTH 5 &&
    ok "C API, wrong password: ERROR_ACCESS_DENIED" || bad "C API wrong password"
client 1 NTLM_USER_FILE="$work/bob" -- 10.88.0.1 secure object.bin "$got" AUTH 5 &&
    ok "C API, a user the namespace does not allow: ERROR_ACCESS_DENIED" || bad "C API bob"
client 1 -- 10.88.0.1 secure object.bin "$got" NO_AUTH 5 &&
    ok "C API, anonymous on an authenticated namespace: ERROR_ACCESS_DENIED" || bad "C API anonymous"
client 1 NTLM_USER_FILE=/nonexistent -- 10.88.0.1 secure object.bin "$got" AUTH 0x8009030e &&
    ok "C API, no identity: SEC_E_NO_CREDENTIALS" || bad "C API no identity"
stop_server

# 3. Fallback: a server on UDP only; NO_AUTH finds no RPC endpoint and
# uses UDP 5041 (no metadata there); AUTH fails with RPC_S_SERVER_UNAVAILABLE.
serve --no-rpc
start=$(date +%s.%N)
client 2 -- 10.88.0.1 open object.bin "$work/srv/open/object.bin" NO_AUTH 0 - &&
    ok "C API, NO_AUTH falls back to UDP, no metadata ($(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s in all)" ||
    bad "C API NO_AUTH fallback"
client 1 NTLM_USER_FILE="$work/alice" -- 10.88.0.1 secure object.bin "$got" AUTH 1722 &&
    ok "C API, AUTH without an RPC endpoint: RPC_S_SERVER_UNAVAILABLE" || bad "C API AUTH unreachable"
stop_server

# 4. SIGN mode both ways: the server signs with its RSA key, the client
# checks every packet with the SignKey it was given; 1 % loss.
wds_loss wdsR2 10
serve --rpc-security sign --sign-key "$work/server-key.pem"
client 2 -- 10.88.0.1 open object.bin "$work/srv/open/object.bin" NO_AUTH 0 &&
    ok "SIGN mode, 1 % loss: byte-identical" || bad "SIGN mode"
stop_server
wds_loss wdsR2 0

[ "$fail" -eq 0 ] || { echo "server log:"; tail -20 "$work/server.log"; echo "client log:"; tail -40 "$work/client.log"; }
exit "$fail"
