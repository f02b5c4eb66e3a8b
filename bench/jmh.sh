#!/usr/bin/env bash
# JMH benchmarks of the recorder: bench/jmh.sh [JMH options...] (see RecorderBenchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/benchmarks.jar ] || mvn -B -q package -DskipTests
exec java -jar bench/target/benchmarks.jar RecorderBenchmark "$@"
