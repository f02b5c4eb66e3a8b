#!/usr/bin/env bash
# The longer fuzz campaign of docs/reliability.md: DamagedInputFuzzTest with several seeds and many cases each.
# Usage: bash bench/fuzz.sh [SEEDS] [CASES]   (default 5 seeds of 1000 mutations, plus ~333 truncations each)
# Prints each run's outcome counts; a failure prints the seed and case to repeat with
#   mvn -o -pl cli -am test -Dtest=DamagedInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
#       -Dleakscope.fuzz.seed=SEED -Dleakscope.fuzz.cases=CASES
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-5}
cases=${2:-1000}
for seed in $(seq 1 "$seeds"); do
  start=$(date +%s)
  if mvn -B -q -o -pl cli -am test -Dtest=DamagedInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dleakscope.fuzz.seed="$seed" -Dleakscope.fuzz.cases="$cases" > "target-fuzz-$seed.log" 2>&1; then
    grep -o 'fuzz .*' "target-fuzz-$seed.log"
  else
    echo "seed $seed FAILED:"; grep -E '^\[ERROR\]   |seed [0-9]+,' "target-fuzz-$seed.log" | head -5
  fi
  echo "seed $seed: $(( $(date +%s) - start )) s"
  rm -f "target-fuzz-$seed.log"
done
