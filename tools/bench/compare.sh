#!/usr/bin/env bash
# Times gwmap (criterion, `cargo bench --bench render`) and Apache Velocity 1.7 (the reference
# renderer's --bench) on the same three templates, on this machine, one after the other.
#   tools/bench/compare.sh ORACLE_DIR      (ORACLE_DIR: a copy of shared/tools/oracle after setup.sh)
# Velocity is timed twice: with the oracle's default warm-up (N=2000, the figures in its README)
# and at steady state (N=100000: C2-compiled, the "warm JVM" of the performance goal).
set -euo pipefail
oracle="${1:?usage: tools/bench/compare.sh ORACLE_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
samples=(18-mock-200 11-dynamodb-putitem 13-lambda-nonproxy-claims)
echo "== gwmap (criterion estimate per iteration)"
(cd "$root" && cargo bench --bench render -- --output-format bencher --warm-up-time 2 \
  --measurement-time 5 2>/dev/null | grep 'bench:' | sed 's/^test //; s/ \.\.\. bench: */ /')
for n in 2000 100000; do
  echo "== Apache Velocity 1.7, oracle-java --bench $n (median per iteration)"
  for s in "${samples[@]}"; do
    printf '%s ' "$s"
    "$oracle/oracle-java" --bench "$n" "$oracle/samples/$s.vtl" "$oracle/samples/$s.request.json" 2>&1 >/dev/null |
      sed 's/.*median_us(parse+render)=\([0-9.]*\) median_us(render, cached parse)=\([0-9.]*\).*/parse+render \1 µs, render \2 µs/'
  done
done
