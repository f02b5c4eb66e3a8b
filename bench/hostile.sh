#!/usr/bin/env bash
# Hostile-but-valid recordings (docs/reliability.md): a third party's own events under the contract's names.
# Generates each into bench-data/ and times `analyze` on it (JSON only, and all formats) with a 300 s limit,
# printing seconds, peak RSS and exit code. Usage: bash bench/hostile.sh
set -uo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/leakscope.jar ] && [ -f bench/target/benchmarks.jar ] || mvn -B -q package -DskipTests
mkdir -p bench-data
cases=("kinds 100000" "gauges 100000" "kind-bytes 32768" "kind-bytes 1048576" "description-bytes 1048576" "broken-types 1000")
printf '| recording | file MB | formats | seconds | peak RSS MB | exit |\n|---|---|---|---|---|---|\n'
for case in "${cases[@]}"; do
  name=hostile-${case// /-}
  file=bench-data/$name.jfr
  [ -f "$file" ] || java -XX:StartFlightRecording:dumponexit=true,filename="$file" \
      -cp bench/target/benchmarks.jar leakscope.bench.HostileRecording $case > /dev/null 2>&1
  mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$file") / 1048576 }")
  for formats in json json,md,html; do
    rm -rf "bench-data/$name-report"
    /usr/bin/time -f "%e %M" -o bench-data/.time timeout 300 java -jar cli/target/leakscope.jar analyze "$file" \
        --format "$formats" --out "bench-data/$name-report" > "bench-data/$name.out" 2>&1
    code=$?
    read -r seconds rss < bench-data/.time || { seconds=?; rss=0; }
    printf '| %s | %s | %s | %s | %d | %s |\n' "$case" "$mb" "$formats" "$seconds" $((rss / 1024)) "$code"
  done
done
