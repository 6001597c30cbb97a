#!/usr/bin/env bash
# Issue 17's long fuzz run: N mutated commands in-process (timed: crashes and hangs over 1 s), then the same
# commands through `aws-mcp parse --jsonl` and `classify --jsonl` (the CLI's main class): one JSON answer per line, none an
# InternalError. Needs a built tree (./mvnw -B verify, or -DskipTests package test-compile).
#   bash bench/fuzz.sh [N=1000000] [seed]
# Coverage-guided (Jazzer) instead: JAZZER_FUZZ=1 ./mvnw -B test -Dtest=CoverageGuidedFuzzTest -Djazzer.max_duration=600s
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
seed=${2:-$RANDOM$RANDOM}
# FUZZ_CP: a copy of the class path, so a rebuild during the long run cannot pull the jar from under it
cp=${FUZZ_CP:-"target/aws-mcp.jar:target/lib/*:target/test-classes"}
java -Xss4m -cp "$cp" bench/FuzzCommands.java "$n" "$seed" target/fuzz-commands.txt
for sub in parse classify; do
  start=$(date +%s.%N)
  java -XX:+UseSerialGC -cp "$cp" dev.awsmcp.cli.Main "$sub" --jsonl target/fuzz-commands.txt \
    > "target/fuzz-$sub.jsonl" 2> "target/fuzz-$sub.err" || true
  end=$(date +%s.%N)
  python3 - "$sub" "$n" "$start" "$end" <<'PY'
import json, sys
sub, n, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
lines = open(f"target/fuzz-{sub}.jsonl", encoding="utf-8").read().splitlines()
# blank lines are skipped by --jsonl (a mutation can cut a command to nothing): one answer per other line
expected = sum(1 for l in open("target/fuzz-commands.txt", encoding="utf-8", errors="replace") if l.strip())
bad = internal = 0
for l in lines:
    try:
        o = json.loads(l)
    except ValueError:
        bad += 1
        continue
    code = (o.get("error") or {}).get("code")
    if code == "InternalError":
        internal += 1
err = open(f"target/fuzz-{sub}.err", encoding="utf-8").read()
ok = len(lines) == expected and bad == 0 and internal == 0 and "Exception" not in err
print(f"{sub} --jsonl: {len(lines)} answers for {expected} non-blank commands of {n}, {bad} not JSON, {internal} InternalError, "
      f"stack traces on stderr: {'yes' if 'Exception' in err else 'no'}, {end - start:.1f} s -> {'ok' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
PY
done
