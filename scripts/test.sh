#!/bin/sh
# Run every winsession test on a fresh Debian machine, as root.
#
# Installs what the tests need from Debian (sshd for the remote tests,
# login/script/who for real sessions, valgrind), PyPI (the websockets
# peer, into target/pydeps) and npm (the ws peer, into target/node),
# then: formatting and
# clippy, the Rust unit and integration tests, the C programs in tests/c
# and the C++ ones in tests/cpp built against include/ and the shared
# libraries, and the real-session
# tests in a private mount namespace (tests/wts-sessions.sh).
set -eu
cd "$(dirname "$0")/.."

need=""
[ -x /usr/sbin/sshd ] || need="$need openssh-server"
command -v ssh > /dev/null || need="$need openssh-client"
command -v script > /dev/null || need="$need bsdutils"
command -v login > /dev/null || need="$need login"
command -v who > /dev/null || need="$need coreutils"
command -v unshare > /dev/null || need="$need util-linux"
command -v valgrind > /dev/null || need="$need valgrind"
command -v nft > /dev/null || need="$need nftables"
command -v tc > /dev/null || need="$need iproute2"
command -v bc > /dev/null || need="$need bc"
command -v cc > /dev/null || need="$need gcc libc6-dev"
command -v g++ > /dev/null || need="$need g++"
command -v python3 > /dev/null || need="$need python3"
command -v npm > /dev/null || need="$need nodejs npm"
command -v openssl > /dev/null || need="$need openssl"
# The SDK's install test: pkg-config and CMake as users run them.
command -v pkg-config > /dev/null || need="$need pkgconf"
command -v cmake > /dev/null || need="$need cmake"
command -v clang > /dev/null || need="$need clang"
# Encoders for the Media Foundation tests' compressed media.
command -v flac > /dev/null || need="$need flac"
command -v oggenc > /dev/null || need="$need vorbis-tools"
command -v lame > /dev/null || need="$need lame"
# AAC, ALAC and MPEG layer II for the decoder transform's test.
command -v ffmpeg > /dev/null || need="$need ffmpeg"
# A throw-away MIT Kerberos realm for the WDS RPC tests (tests/wds-kerberos.sh).
command -v krb5kdc > /dev/null || need="$need krb5-kdc krb5-admin-server krb5-user"
# A real forward proxy for the WinHTTP proxy tests (tests/winhttp-proxy.sh).
command -v tinyproxy > /dev/null || need="$need tinyproxy-bin"
# An HTTP/2 server over TLS for the WinHTTP HTTP/2 test (tests/winhttp-h2.sh).
command -v nginx > /dev/null || need="$need nginx-light"
# WinHTTP's Negotiate peer: the gssapi PyPI package builds against MIT's
# headers; curl checks the peers (tests/winhttp-auth-peers.sh).
[ -e /usr/include/gssapi/gssapi.h ] || need="$need libkrb5-dev"
command -v curl > /dev/null || need="$need curl"
if [ -n "$need" ]; then
    echo "== installing:$need"
    apt-get update -q > /dev/null
    # No init system runs here, so no service is started by the install.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need > /dev/null
fi

# Impacket: the third-party DCE/RPC and NTLM peer of the WDS RPC tests
# (secur32's interop test and tests/wds-rpc.sh).
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
    --target target/pydeps "impacket==0.13.*"
# pyspnego (with gssapi for Kerberos): the NTLM and SPNEGO acceptor of
# the WinHTTP authentication tests (tests/winhttp-auth-peers.sh).
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
    --target target/pydeps "pyspnego[kerberos]==0.12.*"

echo "== format and lint"
cargo fmt --all --check
cargo clippy -q --workspace --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc -q --workspace --no-deps

echo "== Rust tests"
cargo test -q --workspace 2>&1 | grep -E '^(test result|FAIL|failures|error)|panicked' || true
cargo test -q --workspace > /dev/null 2>&1 || { cargo test --workspace; exit 1; }

echo "== the SDK tree, and the C and C++ programs built with its drivers"
# leak_checked PROGRAM [ARG...]: PROGRAM again under valgrind, its output
# dropped; a memory error or a definite leak fails the run.
leak_checked() {
    valgrind -q --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=9 \
        "$@" > /dev/null
}
scripts/build-libs.sh
mkdir -p target/c
for src in tests/c/*.c; do
    name=$(basename "$src" .c)
    target/sdk/bin/winsession-cc -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -g "$src" \
        -o "target/c/$name" -lwtsapi32 -lwinhttp -lwdstptc -lmf
done
for src in tests/cpp/*.cpp; do
    name=$(basename "$src" .cpp)
    target/sdk/bin/winsession-c++ -std=c++17 -Wall -Wextra -Werror -g "$src" -o "target/c/$name" -lmf
done
target/c/shared_last_error
target/c/winhttp_url
target/c/winhttp_options
leak_checked target/c/winhttp_options
target/c/winhttp_headers
leak_checked target/c/winhttp_headers
target/c/winhttp_proxy
leak_checked target/c/winhttp_proxy
target/c/winhttp_resolver
leak_checked target/c/winhttp_resolver
target/c/winhttp_auth
leak_checked target/c/winhttp_auth
# The HTTP client against httpbin from PyPI under gunicorn's threaded worker
# (tests/peers/httpbin/serve.py), and against deliberately broken responses.
[ -d target/pydeps/httpbin ] && [ -d target/pydeps/gunicorn ] ||
    python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
        --target target/pydeps "httpbin==0.10.*" "gunicorn==23.*"
timeout 300 target/c/winhttp_http
leak_checked target/c/winhttp_http
timeout 120 target/c/winhttp_malformed
leak_checked target/c/winhttp_malformed

echo "== Windows programs built unchanged: the C runtime's boundary, entry points, install, the examples"
target/c/crt_boundary
leak_checked target/c/crt_boundary
if nm -u target/c/crt_boundary | grep -E ' (w[a-z]*printf|wcs[a-z]*|wmem[a-z]*)(@|$)'; then
    echo "FAIL: crt_boundary references glibc's 32-bit wide functions"; exit 1
fi
tests/sdk.sh
scripts/examples.sh

echo "== Media Foundation: the session's rules and FLAC played into a WAVE file, from C through lpVtbl and from C++; the platform's work queues, exports and argument rules; all under valgrind"
python3 tools/mf-headers/gen.py --check
python3 tools/sdk-headers/gen.py --check
mf_dir=$(mktemp -d)
target/c/mf_session
target/c/mf_playback "$mf_dir"
target/c/mf_player "$mf_dir"
target/c/mf_app_sink "$mf_dir"
target/c/mf_app_source "$mf_dir"
target/c/mf_video "$mf_dir"
for t in mf_app_sink mf_app_source mf_video; do
    leak_checked "target/c/$t" "$mf_dir"
done
# Every method of every platform object with NULL for each pointer argument
# (generated from the bindings by tools/mf-headers/null_args.py).
python3 tools/mf-headers/null_args.py --check
for t in mf_work_queue mf_platform mf_rules mf_topology mf_null_args mf_sequencer mf_stream; do
    "target/c/$t"
    leak_checked "target/c/$t"
done
leak_checked target/c/mf_session
leak_checked target/c/mf_playback "$mf_dir"
leak_checked target/c/mf_player "$mf_dir"
# The CLI over the same file: the WAVE file it writes holds the source's PCM.
target/debug/winsession mf probe "$mf_dir/source.flac" | grep -q 'decodes:  PCM 44100 Hz, 2 channel(s), 16-bit'
target/debug/winsession mf probe "$mf_dir/source.flac" | grep -q 'type:     MFAudioFormat_FLAC (coded'
target/debug/winsession mf play "$mf_dir/source.flac" --out "$mf_dir/cli.wav"
tail -c +45 "$mf_dir/cli.wav" > "$mf_dir/cli.pcm"
tail -c +45 "$mf_dir/source.wav" > "$mf_dir/source.pcm"
cmp "$mf_dir/cli.pcm" "$mf_dir/source.pcm"
# The audio renderer: through ALSA's null device in real time (a private
# ALSA configuration, nothing of the host's), stopped by SIGTERM half way;
# and without any device, the documented error.
printf 'pcm.!default {\n    type null\n}\n' > "$mf_dir/asound.conf"
ALSA_CONFIG_PATH="$mf_dir/asound.conf" target/debug/winsession mf play "$mf_dir/source.flac"
ALSA_CONFIG_PATH="$mf_dir/asound.conf" target/debug/winsession mf play "$mf_dir/source.flac" 2> "$mf_dir/stop.txt" &
player=$!
sleep 0.7
kill -TERM "$player"
wait "$player"
grep -q 'stopped' "$mf_dir/stop.txt"
if [ ! -d /dev/snd ] && [ ! -e /etc/asound.conf ] && [ ! -e "$HOME/.asoundrc" ]; then
    if target/debug/winsession mf play "$mf_dir/source.flac" 2> "$mf_dir/err.txt"; then exit 1; fi
    grep -q 'no audio playback device' "$mf_dir/err.txt"
fi
rm -rf "$mf_dir"

echo "== WinHTTP WebSocket against real peers"
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
    --target target/pydeps "websockets==17.*"
mkdir -p target/node
(cd target/node && npm install --silent --no-audit --no-fund ws@8 > /dev/null)
tests/winhttp-peers.sh "$PWD/target/c"
echo "== WinHTTP through a forward proxy (tinyproxy): absolute form, CONNECT, bypass, 407"
tests/winhttp-proxy.sh "$PWD/target/c"
echo "== WinHTTP over HTTP/2 (nginx, ALPN; not under valgrind: ring's assembly reads as uninitialised to it)"
tests/winhttp-h2.sh "$PWD/target/c"
echo "== WinHTTP server authentication: Digest (httpbin), NTLM and Negotiate (pyspnego), Kerberos from a throw-away MIT realm"
tests/winhttp-auth-peers.sh "$PWD/target/c"

echo "== Autobahn|Testsuite (RFC 6455), cases 1-11"
tests/autobahn.sh "$PWD/target/c"

echo "== WDS multicast: the C API on loopback, then real multicast across namespaces"
tests/wds-c.sh "$PWD/target/c"
cargo build -q --release -p winsession-cli
tests/wds-multicast.sh 256 "$PWD/target/c"
echo "== WDS initiation over [MS-WDSC] RPC: Impacket, NTLM, access, fallback, SIGN"
tests/wds-rpc.sh "$PWD/target/c"
echo "== WDS over Kerberos: a throw-away MIT realm, Negotiate at packet privacy"
SECUR32_TESTS=$(cargo test -q -p secur32 --no-run --message-format=json |
    grep -o '"executable":"[^"]*secur32-[^"]*"' | cut -d'"' -f4) tests/wds-kerberos.sh "$PWD/target/c"

echo "== fuzz targets (briefly)"
tests/fuzz.sh 15

echo "== real sessions (private mount namespace)"
tests/wts-sessions.sh "$PWD/target/c"
echo "== all tests passed"
