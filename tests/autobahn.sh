#!/bin/sh
# RFC 6455 conformance: Autobahn|Testsuite 0.8.2 (fuzzingserver mode, which
# tests clients) under CPython 2.7.18, driven by tests/c/autobahn_client.c
# through the WinHTTP API. Cases 1-11; 12 and 13 are compression, which
# WinHTTP does not negotiate. Writes the summary to docs/autobahn-summary.md
# (with --record) and fails on any FAILED case, or on a case whose verdict
# is not listed as expected in docs/autobahn-expected.txt.
# Usage: tests/autobahn.sh BUILD_DIR [--record]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:?usage: autobahn.sh BUILD_DIR [--record]}
record=${2:-}
py2=$(pyenv prefix 2.7.18 2>/dev/null)/bin/python || true
if [ ! -x "$py2" ]; then
    echo "autobahn: CPython 2.7.18 is not on this machine; skipped"
    exit 0
fi
deps="$root/target/autobahn-py2"
if [ ! -d "$deps/autobahntestsuite" ]; then
    "$py2" -m pip install -q --disable-pip-version-check --target "$deps" autobahntestsuite==0.8.2 2>&1 | grep -v DEPRECATION || true
fi
work=$(mktemp -d)
trap 'kill $(cat "$work/server.pid" 2>/dev/null) 2>/dev/null || true; [ -n "${AUTOBAHN_KEEP:-}" ] || rm -rf "$work"' EXIT
ports=$(python3 -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1",0)) for x in s]
print(" ".join(str(x.getsockname()[1]) for x in s))')
port=${ports% *}
webport=${ports#* }
cat > "$work/spec.json" <<SPEC
{"url": "ws://127.0.0.1:$port", "webport": $webport, "outdir": "$work/reports",
 "cases": ["1.*", "2.*", "3.*", "4.*", "5.*", "6.*", "7.*", "9.*", "10.*", "11.*"],
 "exclude-cases": ["12.*", "13.*"], "exclude-agent-cases": {}}
SPEC
(cd "$work" && "$py2" -c 'import site, sys; site.addsitedir(sys.argv.pop(1)); from autobahntestsuite import wstest; wstest.run()' \
    "$deps" -m fuzzingserver -s "$work/spec.json" > "$work/server.log" 2>&1 & echo $! > "$work/server.pid")
for _ in $(seq 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 0.2
done
"$bin/autobahn_client" "$port" winsession
python3 "$root/tests/autobahn_summary.py" "$work/reports/index.json" "$root/docs/autobahn-expected.txt" ${record:+"$root/docs/autobahn-summary.md"}
