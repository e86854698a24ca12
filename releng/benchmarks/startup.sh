#!/usr/bin/env bash
# Workbench cold start (issue 6): starts the built product n times (default 5), each with a new
# workspace, and has it create a project from the Contoso sample and open the design editor; the
# product writes how long after the JVM started its window was up and the design was shown. Prints
# every run, the medians and the ratio to the goal (5 s). Uses xvfb-run when there is no display.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${1:-5}
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64|Linux/amd64) env=linux/gtk/x86_64 ;;
  Darwin/arm64|Darwin/aarch64) env=macosx/cocoa/aarch64 ;;
  *) echo "no product for $(uname -s) $(uname -m)" >&2; exit 2 ;;
esac
product="releng/org.liftshift.product/target/products/org.liftshift.ui.product/$env/liftshift"
if [ ! -x "$product/liftshift.sh" ]; then
  echo "building the product (once)..." >&2
  ./mvnw -B -q -DskipTests -pl releng/org.liftshift.product -am package >&2
fi
display=()
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  display=(xvfb-run -a)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
frameworks=()
windows=()
editors=()
for i in $(seq 1 "$runs"); do
  result="$work/result-$i"
  LIFTSHIFT_VM_ARGS="-Dosgi.instance.area=$work/workspace-$i -Dliftshift.benchmark.startup=$result ${BENCHMARK_VM_ARGS:-}" \
    timeout 120 "${display[@]}" "$product/liftshift.sh" >"$work/log-$i" 2>&1 || true
  if [ ! -f "$result" ] || grep -q '^error=' "$result"; then
    echo "run $i failed:" >&2
    cat "$result" "$work/log-$i" >&2 2>/dev/null || true
    exit 1
  fi
  framework=$(sed -n 's/^framework=//p' "$result")
  window=$(sed -n 's/^window=//p' "$result")
  editor=$(sed -n 's/^editor=//p' "$result")
  frameworks+=("$framework")
  windows+=("$window")
  editors+=("$editor")
  printf 'run %d: platform started %5d ms, window up %5d ms, sample design shown %5d ms after the JVM started\n' \
    "$i" "$framework" "$window" "$editor"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
f=$(median "${frameworks[@]}")
w=$(median "${windows[@]}")
e=$(median "${editors[@]}")
awk -v f="$f" -v w="$w" -v e="$e" 'BEGIN {
  printf "median: platform %d ms, window %d ms, sample design open %d ms (goal < 5000 ms): %.2f x the goal\n", f, w, e, e / 5000
  printf "opening the sample design after the window: %d ms (%.2f x the window start)\n", e - w, (e - w) / w
}'
