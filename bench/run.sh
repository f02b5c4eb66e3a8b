#!/usr/bin/env bash
# Benchmarks leakscope's analyser on generated recordings: bench/run.sh [MILLIONS_OF_EVENTS ...] (default: 1 4 10)
# For each size it times, on the same file: analyze (JSON only), analyze (all formats), the bare RecordingFile
# pairing loop, and `jfr summary`, each the median of BENCH_RUNS (default 3) runs; and prints events/s, MB/s,
# peak RSS and the ratio to the bare loop.
# Recordings are generated once into bench-data/ (git-ignored) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1 4 10}")
[ $# -gt 0 ] || sizes=(1 4 10)
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f cli/target/leakscope.jar ] && [ -f bench/target/benchmarks.jar ] || mvn -B -q package -DskipTests
mkdir -p bench-data
heap=${BENCH_HEAP:-256m}
warm=()
memory=()

runs=${BENCH_RUNS:-3}

measure() { # command... -> prints "seconds rss_kb", the median of $runs runs (a run varies by ~0.1-0.2 s)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o bench-data/.time "${@}" > bench-data/.out 2>&1 || { cat bench-data/.out >&2; exit 1; }
    cat bench-data/.time
  done | sort -n | awk '{ line[NR] = $0 } END { print line[int((NR + 1) / 2)] }'
}

printf '| events | file MB | what | seconds | events/s | MB/s | peak RSS MB | vs bare loop |\n|---|---|---|---|---|---|---|---|\n'
for millions in "${sizes[@]}"; do
  file=bench-data/bench-${millions}m.jfr
  if [ ! -f "$file" ]; then
    pairs=$(( millions * 1000000 * 100 / 206 ))   # ~2.06 events per pair with sessions and gauges
    java -XX:FlightRecorderOptions:memorysize=256m \
         -XX:StartFlightRecording:dumponexit=true,filename="$file",maxsize=8g \
         -cp bench/target/benchmarks.jar leakscope.bench.RecordingGenerator "$pairs" 4 10000 300000 > /dev/null 2>&1
  fi
  bytes=$(stat -c %s "$file")
  bare=$(measure java -Xmx$heap -cp bench/target/benchmarks.jar leakscope.bench.BareLoop "$file")
  bare_s=${bare% *}
  events=$(awk '{print $2}' bench-data/.out)
  row() { # what "seconds rss_kb" -> one table row
    awk -v e="$events" -v b="$bytes" -v what="$1" -v s="${2% *}" -v rss="${2#* }" -v bare="$bare_s" 'BEGIN {
      printf "| %.1f M | %.0f | %s | %.2f | %.2f M | %.0f | %.0f | %.2fx |\n", e/1e6, b/1048576, what, s, e/s/1e6, b/1048576/s, rss/1024, bare/s }'
  }
  timed() { # what command...
    local what=$1
    shift
    row "$what" "$(measure "$@")"
  }
  row "bare RecordingFile loop" "$bare"
  timed "analyze --format json" java -Xmx$heap -jar cli/target/leakscope.jar analyze "$file" --format json --out bench-data/report
  timed "analyze --format json --threads 2" \
      java -Xmx$heap -jar cli/target/leakscope.jar analyze "$file" --format json --threads 2 --out bench-data/report
  timed "analyze (json, md, html, charts)" java -Xmx$heap -jar cli/target/leakscope.jar analyze "$file" --out bench-data/report
  timed "jfr summary" jfr summary "$file"
  memory+=("$millions M: $(java -Xmx64m --add-opens jdk.jfr/jdk.jfr.consumer=ALL-UNNAMED -cp bench/target/benchmarks.jar \
      leakscope.bench.PeakHeap "$file" 1)")
  warm+=("$millions M: $(java -Xmx$heap --add-opens jdk.jfr/jdk.jfr.consumer=ALL-UNNAMED -cp bench/target/benchmarks.jar \
      leakscope.bench.WarmComparison "$file" 5)")
done
printf '\nOnce compiled (best of 5 in one JVM):\n'
printf '%s\n' "${warm[@]}"
printf '\nMemory (-Xmx64m, a full GC at every twentieth of the file):\n'
printf '%s\n' "${memory[@]}"
