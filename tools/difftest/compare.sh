#!/usr/bin/env bash
# compare.sh - render every differential case with a gwmap binary and compare byte for byte
# with the oracle output recorded in the corpus.
#
#   tools/difftest/compare.sh GWMAP [--cases DIR] [--show N] [--min PCT] [--timeout SECS]
#
#   GWMAP      path of a gwmap binary supporting
#                  gwmap render TEMPLATE --request REQUEST
#              (rendered bytes on stdout, no newline added; non-zero exit on error)
#   --cases    corpus directory (default: tests/differential/cases next to this script's repo)
#   --show N   print a visible-whitespace diff for the first N mismatches (default 5)
#   --min PCT  exit 1 when agreement is below PCT percent (default 99)
#   --timeout  seconds allowed per render (default 10; needs coreutils `timeout`)
#
# Output: one line per mismatching case id (diff, error or timeout), the first N diffs
# (expected -> actual, with "·" for spaces at line ends, "→" for tabs, "␍" for CR and "⏎" for
# line ends), then "agreement: K/N (P%)".  Exit status 0 = agreement >= --min, 1 = below,
# 2 = usage error.
set -u

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[[ $# -ge 1 ]] || usage
GWMAP=$1; shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES="$here/../../tests/differential/cases"
SHOW=5
MIN=99
TIMEOUT=10
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cases) CASES=$2; shift 2 ;;
    --show) SHOW=$2; shift 2 ;;
    --min) MIN=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "compare.sh: unknown argument: $1" >&2; usage ;;
  esac
done
[[ -x "$GWMAP" ]] || { echo "compare.sh: not an executable: $GWMAP" >&2; exit 2; }
[[ -d "$CASES" ]] || { echo "compare.sh: no such directory: $CASES" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gwmap-compare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

runner=()
if command -v timeout >/dev/null 2>&1; then runner=(timeout "$TIMEOUT"); fi

# visible(FILE): one output line per input line, whitespace made visible
visible() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$1" <<'PY'
import sys
data = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
lines = data.split("\n")
for i, ln in enumerate(lines):
    last = i == len(lines) - 1
    if last and ln == "":
        break
    body = ln.rstrip(" ")
    ln = body + "·" * (len(ln) - len(body))
    ln = ln.replace("\t", "→").replace("\r", "␍")
    print(ln + ("" if last else "⏎"))
PY
  else
    cat -A "$1"
  fi
}

total=0; ok=0
mismatches=()
kinds=()
for tpl in "$CASES"/*.vtl; do
  [[ -e "$tpl" ]] || { echo "compare.sh: no cases in $CASES" >&2; exit 2; }
  id=$(basename "$tpl" .vtl)
  req="$CASES/$id.request.json"
  exp="$CASES/$id.expected"
  [[ -f "$req" && -f "$exp" ]] || { echo "compare.sh: $id: missing .request.json/.expected" >&2; continue; }
  total=$((total + 1))
  "${runner[@]}" "$GWMAP" render "$tpl" --request "$req" >"$tmp/$id.out" 2>"$tmp/$id.err"
  rc=$?
  if [[ $rc -eq 0 ]] && cmp -s "$exp" "$tmp/$id.out"; then
    ok=$((ok + 1))
    rm -f "$tmp/$id.out" "$tmp/$id.err"
    continue
  fi
  mismatches+=("$id")
  if [[ $rc -eq 124 && ${#runner[@]} -gt 0 ]]; then kinds+=("timeout")
  elif [[ $rc -ne 0 ]]; then kinds+=("error (exit $rc)")
  else kinds+=("diff"); fi
done

if [[ ${#mismatches[@]} -gt 0 ]]; then
  echo "mismatching cases (${#mismatches[@]}):"
  for i in "${!mismatches[@]}"; do
    echo "  ${mismatches[$i]}  ${kinds[$i]}"
  done
  shown=0
  for i in "${!mismatches[@]}"; do
    [[ $shown -lt $SHOW ]] || break
    id=${mismatches[$i]}
    shown=$((shown + 1))
    echo
    echo "=== $id (${kinds[$i]})   template: $CASES/$id.vtl"
    if [[ ${kinds[$i]} != diff ]]; then
      head -c 2000 "$tmp/$id.err"
      echo
      continue
    fi
    visible "$CASES/$id.expected" >"$tmp/$id.exp.vis"
    visible "$tmp/$id.out" >"$tmp/$id.out.vis"
    diff -u --label "expected (oracle)" --label "actual (gwmap)" \
      "$tmp/$id.exp.vis" "$tmp/$id.out.vis" | head -n 60
  done
  echo
fi

if [[ $total -eq 0 ]]; then echo "compare.sh: no cases" >&2; exit 2; fi
pct=$(awk -v a="$ok" -v b="$total" 'BEGIN { printf "%.2f", 100 * a / b }')
echo "agreement: $ok/$total ($pct%)"
awk -v a="$ok" -v b="$total" -v m="$MIN" 'BEGIN { exit !(100 * a >= m * b) }' || {
  echo "below the required $MIN%" >&2
  exit 1
}
exit 0
