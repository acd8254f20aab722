"""Summarise an Autobahn client report; fail on FAILED or unexpected verdicts.

Usage: autobahn_summary.py INDEX_JSON EXPECTED_TXT [SUMMARY_MD]
EXPECTED_TXT lists "case verdict" lines for every case whose verdict is not
OK (NON-STRICT and INFORMATIONAL ones, each explained in the README).
"""
import collections
import json
import sys


def case_key(case):
    return tuple(int(p) for p in case.split("."))


index = json.load(open(sys.argv[1]))
results = {}
for agent in index.values():
    for case, r in agent.items():
        results[case] = (r["behavior"], r.get("behaviorClose", ""), r.get("duration", 0))
expected = {}
for line in open(sys.argv[2]):
    line = line.split("#")[0].strip()
    if line:
        case, verdict = line.split()
        expected[case] = verdict

counts = collections.Counter(b for b, _, _ in results.values())
problems = []
for case in sorted(results, key=case_key):
    behavior, close, _ = results[case]
    if behavior == "FAILED" or (behavior != "OK" and expected.get(case) != behavior):
        problems.append("%s %s (close: %s)" % (case, behavior, close))
for case, verdict in expected.items():
    if case in results and results[case][0] == "OK":
        problems.append("%s is OK now; expected %s: update docs/autobahn-expected.txt" % (case, verdict))

print("autobahn: %d cases: %s" % (len(results), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
for p in problems:
    print("autobahn: UNEXPECTED %s" % p)

if len(sys.argv) > 3:
    with open(sys.argv[3], "w") as out:
        out.write("# Autobahn|Testsuite 0.8.2 (fuzzingserver), winsession's WinHTTP client\n\n")
        out.write("Produced by `tests/autobahn.sh target/c --record`. Cases 1-11 (12 and 13 are compression).\n\n")
        out.write("| verdict | cases |\n| --- | --- |\n")
        for verdict, n in sorted(counts.items()):
            out.write("| %s | %d |\n" % (verdict, n))
        out.write("\nEvery case that is not OK:\n\n| case | verdict | close verdict |\n| --- | --- | --- |\n")
        for case in sorted(results, key=case_key):
            behavior, close, _ = results[case]
            if behavior != "OK":
                out.write("| %s | %s | %s |\n" % (case, behavior, close))
sys.exit(1 if problems or not results else 0)
