#!/usr/bin/env bash
# Workbench cold start (issue 6): starts the built product n times (default 5) as shipped, each with a
# new workspace, and has it create a project from the Contoso sample and open the design editor; the
# product writes how long after the JVM started its window was up and the design was shown. Prints
# every run, the medians and the ratio to the goal (5 s). A first start creates the class archive
# (liftshift.sh); each start as shipped is then paired with a first start (no archive yet), one
# without the start-up warm-up thread and one with the JVM's default JIT thresholds, in turn, so that
# the ratios of what each measure saves are taken under the same load of the machine.
# Uses xvfb-run when there is no display.
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
configurations=(shipped first-start no-warmup default-jit)
declare -A vmargs=(
  [shipped]=""
  [first-start]=""
  [no-warmup]="-Dliftshift.startup.warmup=false"
  [default-jit]="-XX:Tier4InvocationThreshold=5000 -XX:Tier4MinInvocationThreshold=600 -XX:Tier4CompileThreshold=15000 -XX:Tier4BackEdgeThreshold=40000"
)
declare -A frameworks windows editors
# the class archive of the runs as shipped is written when the first of them closes: run 0
for i in $(seq 0 "$runs"); do
  for c in "${configurations[@]}"; do
    [ "$i" = 0 ] && [ "$c" != shipped ] && continue
    result="$work/result-$c-$i"
    cache="$work/cache"
    [ "$c" = first-start ] && cache="$work/cache-$i"
    XDG_CACHE_HOME="$cache" LIFTSHIFT_VM_ARGS="-Dosgi.instance.area=$work/workspace-$c-$i -Dliftshift.benchmark.startup=$result ${vmargs[$c]} ${BENCHMARK_VM_ARGS:-}" \
      timeout 120 "${display[@]}" "$product/liftshift.sh" >"$work/log-$c-$i" 2>&1 || true
    if [ ! -f "$result" ] || grep -q '^error=' "$result"; then
      echo "run $i ($c) failed:" >&2
      cat "$result" "$work/log-$c-$i" >&2 2>/dev/null || true
      exit 1
    fi
    framework=$(sed -n 's/^framework=//p' "$result")
    window=$(sed -n 's/^window=//p' "$result")
    editor=$(sed -n 's/^editor=//p' "$result")
    if [ "$i" = 0 ]; then
      printf 'run 0 first start, writes the class archive: sample design shown %5d ms after the JVM started\n' "$editor"
      continue
    fi
    frameworks[$c]+="$framework "
    windows[$c]+="$window "
    editors[$c]+="$editor "
    printf 'run %d %-11s platform started %5d ms, window up %5d ms, sample design shown %5d ms after the JVM started\n' \
      "$i" "$c:" "$framework" "$window" "$editor"
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
f=$(median "${frameworks[shipped]}")
w=$(median "${windows[shipped]}")
e=$(median "${editors[shipped]}")
awk -v f="$f" -v w="$w" -v e="$e" 'BEGIN {
  printf "median as shipped: platform %d ms, window %d ms, sample design open %d ms (goal < 5000 ms): %.2f x the goal\n", f, w, e, e / 5000
  printf "opening the sample design after the window: %d ms (%.2f x the window start)\n", e - w, (e - w) / w
}'
for c in first-start no-warmup default-jit; do
  other=$(median "${editors[$c]}")
  awk -v c="$c" -v o="$other" -v e="$e" 'BEGIN {
    printf "median %-11s sample design open %d ms: shipped / %s = %.2f x\n", c ":", o, c, e / o
  }'
done
