#!/usr/bin/env bash
# JVM start-up of hello world (-Xshare:auto) without an agent, with an empty agent (premain does
# nothing: what any -javaagent costs) and with leakscope's agent, RUNS (default 20) runs of each,
# interleaved and in a rotating order, on each JDK given (default: the java on the PATH):
#   bench/agent-startup.sh [JAVA_HOME...]
# Prints the median, min and max wall time and CPU time (user+sys) per variant, the agent's median
# minus bare, and fails if any run prints more than "hello" (a CDS warning, an agent error).
set -euo pipefail
cd "$(dirname "$0")/.."
agent="${AGENT_JAR:-$PWD/agent/target/leakscope-agent.jar}"
[ -f "$agent" ] || mvn -B -q -pl agent -am package -DskipTests
runs="${RUNS:-20}"
homes=("$@")
[ ${#homes[@]} -gt 0 ] || homes=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$tmp/Hello.java"
printf 'public class Noop { public static void premain(String a, java.lang.instrument.Instrumentation i) { } }\n' > "$tmp/Noop.java"
printf 'Premain-Class: Noop\n' > "$tmp/noop.mf"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for home in "${homes[@]}"; do
  java="$home/bin/java"
  "$home/bin/javac" --release 17 -d "$tmp" "$tmp/Hello.java" "$tmp/Noop.java"
  (cd "$tmp" && "$home/bin/jar" cfm noop.jar noop.mf Noop.class)
  : > "$tmp/times"
  variants=(bare noop agent)
  for i in $(seq "$runs"); do
    for j in 0 1 2; do
      variant="${variants[$(( (i + j) % 3 ))]}"
      opts=(-Xshare:auto -cp "$tmp")
      [ "$variant" = noop ] && opts+=("-javaagent:$tmp/noop.jar")
      [ "$variant" = agent ] && opts+=("-javaagent:$agent")
      start=$(date +%s%N)
      /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$java" "${opts[@]}" Hello > "$tmp/out" 2>&1
      wall=$(( ($(date +%s%N) - start) / 1000000 ))
      cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/cpu")
      [ "$(cat "$tmp/out")" = hello ] || { echo "unexpected output ($variant on $home):"; cat "$tmp/out"; exit 1; }
      echo "$variant $wall $cpu" >> "$tmp/times"
    done
  done
  echo "== $("$java" -version 2>&1 | head -1): $runs runs each, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
  for variant in "${variants[@]}"; do
    for column in 2 3; do
      grep "^$variant " "$tmp/times" | cut -d' ' -f"$column" | sort -n > "$tmp/$variant.$column"
    done
    awk -v v="$variant" 'NR == FNR {w[FNR] = $1; n = FNR; next} {c[FNR] = $1}
      END {printf "%-6s wall median %5d ms (min %d, max %d)   cpu median %5d ms (min %d, max %d)\n",
           v, w[int((n + 1) / 2)], w[1], w[n], c[int((n + 1) / 2)], c[1], c[n]}' "$tmp/$variant.2" "$tmp/$variant.3"
  done
  median() { awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}' "$1"; }
  echo "agent - bare: wall $(( $(median "$tmp/agent.2") - $(median "$tmp/bare.2") )) ms, cpu $(( $(median "$tmp/agent.3") - $(median "$tmp/bare.3") )) ms;" \
       "agent - empty agent: wall $(( $(median "$tmp/agent.2") - $(median "$tmp/noop.2") )) ms"
done
