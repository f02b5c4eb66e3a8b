#!/usr/bin/env bash
# The agent's cost per open+close (JMH, AgentBenchmark), without the agent and with it, and the JVM
# start-up of hello world without and with it: bench/agent.sh [JAVA_HOME]
set -euo pipefail
cd "$(dirname "$0")/.."
java_home="${1:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
java="$java_home/bin/java"
agent="$PWD/agent/target/leakscope-agent.jar"
[ -f bench/target/benchmarks.jar ] && [ -f "$agent" ] || mvn -B -q package -DskipTests
echo "== JMH on $("$java" -version 2>&1 | head -1)"
echo "-- without the agent"
"$java" -jar bench/target/benchmarks.jar AgentBenchmark -p recording=none -rf text -rff /dev/null
echo "-- with the agent"
"$java" -jar bench/target/benchmarks.jar AgentBenchmark -jvmArgsAppend "-javaagent:$agent" -rf text -rff /dev/null
echo "== start-up of hello world (-Xshare:auto), 20 runs each, alternating"
tmp="$(mktemp -d)"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$tmp/Hello.java"
"$java_home/bin/javac" -d "$tmp" "$tmp/Hello.java"
for i in $(seq 20); do
  for variant in bare agent; do
    opts=(-Xshare:auto -cp "$tmp")
    [ "$variant" = agent ] && opts+=("-javaagent:$agent")
    start=$(date +%s%N)
    out="$("$java" "${opts[@]}" Hello 2>&1)"
    echo "$variant $(( ($(date +%s%N) - start) / 1000000 ))" >> "$tmp/times"
    [ "$out" = hello ] || { echo "unexpected output ($variant): $out"; exit 1; }
  done
done
for variant in bare agent; do
  grep "^$variant " "$tmp/times" | cut -d' ' -f2 | sort -n | awk -v v="$variant" '{a[NR]=$1} END {print v ": median " a[int((NR+1)/2)] " ms, min " a[1] " ms, max " a[NR] " ms"}'
done
rm -rf "$tmp"
