#!/usr/bin/env bash
# Copies the canonical settings into every bundle's .settings/ (--check: only report differences).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
check=${1:-}
status=0
for bundle in "$root"/bundles/*/; do
  [ -f "$bundle/META-INF/MANIFEST.MF" ] || continue
  mkdir -p "$bundle/.settings"
  for prefs in "$here"/*.prefs; do
    target="$bundle/.settings/$(basename "$prefs")"
    if [ "$check" = "--check" ]; then
      cmp -s "$prefs" "$target" || { echo "out of date: ${target#$root/} (run releng/settings/sync.sh)"; status=1; }
    else
      cp "$prefs" "$target"
    fi
  done
done
exit $status
