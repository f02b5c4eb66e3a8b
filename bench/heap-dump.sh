#!/usr/bin/env bash
# shark on a big heap dump: bench/heap-dump.sh [MB] (default 200). Writes bench-data/heap-MB.hprof once (a heap of
# about MB megabytes with 100 of 1,000 watched objects kept by closures in a static list), then reads it with
# the heap module: time of each step, peak heap (JVM pools) and peak RSS (/usr/bin/time), at -Xmx${HEAP:-1g}.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -f bench/target/benchmarks.jar ] || mvn -B -q package -DskipTests
mkdir -p bench-data
dump=bench-data/heap-${mb}.hprof
[ -f "$dump" ] || java -Xmx$((mb * 3))m -cp bench/target/benchmarks.jar leakscope.bench.HeapDumpBench write "$dump" "$mb"
/usr/bin/time -f "peak RSS %M KB, %e s wall" java -Xmx${HEAP:-1g} -cp bench/target/benchmarks.jar \
    leakscope.bench.HeapDumpBench read "$dump"
