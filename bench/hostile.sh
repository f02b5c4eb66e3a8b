#!/usr/bin/env bash
# Hostile-but-valid recordings (docs/reliability.md): a third party's own events under the contract's names.
# Generates each into bench-data/ and times `analyze` on it (JSON only, and all formats) under `nice` with a
# time limit (HOSTILE_LIMIT seconds, default 300), printing seconds, peak RSS, exit code, the load average
# when it started (the machine may be shared) and the report files' sizes. Usage: bash bench/hostile.sh
set -uo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/leakscope.jar ] && [ -f bench/target/benchmarks.jar ] || mvn -B -q package -DskipTests
limit=${HOSTILE_LIMIT:-300}
mkdir -p bench-data
cases=("kinds 100000" "gauges 100000" "kind-bytes 32768" "kind-bytes 1048576" "description-bytes 1048576" "broken-types 1000")
printf '| recording | file MB | formats | seconds | peak RSS MB | exit | load | report sizes |\n|---|---|---|---|---|---|---|---|\n'
for case in "${cases[@]}"; do
  name=hostile-${case// /-}
  file=bench-data/$name.jfr
  [ -f "$file" ] || java -XX:StartFlightRecording:dumponexit=true,filename="$file" \
      -cp bench/target/benchmarks.jar leakscope.bench.HostileRecording $case > /dev/null 2>&1
  mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$file") / 1048576 }")
  for formats in json json,md,html; do
    out=bench-data/$name-report
    rm -rf "$out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    nice /usr/bin/time -f "%e %M" -o bench-data/.time timeout "$limit" java -jar cli/target/leakscope.jar analyze \
        "$file" --format "$formats" --out "$out" > "bench-data/$name.out" 2>&1
    code=$?
    read -r seconds rss < <(tail -1 bench-data/.time) || { seconds=?; rss=0; }
    sizes=$(for f in leakscope.json report.md report.html; do
      [ -f "$out/$f" ] && printf '%s %s KB, ' "$f" $(($(stat -c %s "$out/$f") / 1024)); done
      [ -d "$out/charts" ] && printf '%s charts' "$(ls "$out/charts" | wc -l)")
    printf '| %s | %s | %s | %s | %d | %s | %s | %s |\n' "$case" "$mb" "$formats" "$seconds" $((rss / 1024)) "$code" \
        "$load" "$sizes"
  done
done
