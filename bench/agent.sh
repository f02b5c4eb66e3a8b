#!/usr/bin/env bash
# The agent's cost per open+close (JMH AgentBenchmark through AgentOverhead: bare JDK and agent forks
# interleaved round by round, wall time and CPU time per operation, the stack trace's own cost), then the JVM
# start-up of hello world without and with it (bench/agent-startup.sh):
#   bench/agent.sh [ROUNDS] [JAVA_HOME]
# To compare two agent builds, run AgentOverhead yourself: ... AgentOverhead 3 bare=none old=old.jar new=new.jar
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
java_home="${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
agent="$PWD/agent/target/leakscope-agent.jar"
[ -f bench/target/benchmarks.jar ] && [ -f "$agent" ] || mvn -B -q -pl agent,bench -am package -DskipTests
"$java_home/bin/java" -cp bench/target/benchmarks.jar leakscope.bench.AgentOverhead "$rounds" bare=none@none+stacks \
  "agent=$agent" -- "$java_home/bin/java"
bench/agent-startup.sh "$java_home"
