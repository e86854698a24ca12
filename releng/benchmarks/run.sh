#!/usr/bin/env bash
# Runs a Liftshift benchmark outside OSGi (EMF runs as plain Java) on the built classes.
#   releng/benchmarks/run.sh validation   (issue 3: design validation)
#   releng/benchmarks/run.sh kit          (issue 4: deployment kit generation)
#   releng/benchmarks/run.sh import [dir] (issue 5: file import; dir defaults to ../shared/corpus)
#   releng/benchmarks/run.sh edit         (issue 6: per-edit validation latency of the design editor)
#   releng/benchmarks/run.sh startup [n]  (issue 6: workbench cold start to an open sample design, n runs)
# Builds the bundles it needs first when they are not built. Needs JAVA_HOME at a JDK 21+.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
name=${1:-validation}
shift || true
if [ "$name" = startup ]; then
  exec releng/benchmarks/startup.sh "$@"
fi
bundles="org.liftshift.model org.liftshift.validate org.liftshift.samples"
case "$name" in
  validation) main=releng/benchmarks/ValidationBenchmark.java ;;
  kit) main=releng/benchmarks/KitBenchmark.java; bundles="$bundles org.liftshift.azure org.liftshift.generate" ;;
  import) main=releng/benchmarks/ImportBenchmark.java; bundles="org.liftshift.model org.liftshift.azure org.liftshift.importer" ;;
  edit) main=releng/benchmarks/EditLatencyBenchmark.java ;;
  *) echo "unknown benchmark '$name'; available: validation, kit, import, edit, startup" >&2; exit 2 ;;
esac
for bundle in $bundles; do
  if [ ! -d "bundles/$bundle/target/classes/org" ]; then
    echo "building $bundles (once)..." >&2
    ./mvnw -B -q -DskipTests -pl "$(printf 'bundles/%s,' $bundles | sed 's/,$//')" package >&2
    break
  fi
done
emf=$(mktemp)
./mvnw -B -q -f releng/org.liftshift.codegen/pom.xml dependency:build-classpath -Dmdep.outputFile="$emf" \
  -Dmdep.includeGroupIds=org.eclipse.emf -Dmdep.excludeArtifactIds=org.eclipse.emf.codegen,org.eclipse.emf.codegen.ecore >&2
classpath=$(cat "$emf")
rm -f "$emf"
if [ "$name" = kit ]; then
  # the ARM templates are built with the Azure SDK's model classes
  sdk=$(mktemp)
  ./mvnw -B -q -f target-platform/third-party/pom.xml dependency:build-classpath -Dmdep.outputFile="$sdk" >&2
  classpath="$classpath:$(cat "$sdk")"
  rm -f "$sdk"
fi
if [ "$name" = edit ]; then
  # the editor's command stack and commands come from EMF.Edit
  edit=$(mktemp -d)
  ./mvnw -B -q -f releng/org.liftshift.codegen/pom.xml dependency:copy -Dartifact=org.eclipse.emf:org.eclipse.emf.edit:2.23.0 \
    -DoutputDirectory="$edit" >&2
  classpath="$classpath:$(ls "$edit"/*.jar | tr '\n' ':' | sed 's/:$//')"
fi
if [ "$name" = import ]; then
  # progress monitors come from Equinox Common, which reads its debug options through the framework's interfaces
  equinox=$(mktemp)
  ./mvnw -B -q -f releng/org.liftshift.codegen/pom.xml dependency:build-classpath -Dmdep.outputFile="$equinox" \
    -Dmdep.includeArtifactIds=org.eclipse.equinox.common,org.eclipse.osgi >&2
  classpath="$classpath:$(cat "$equinox")"
  rm -f "$equinox"
fi
for bundle in $bundles; do
  classpath="$classpath:bundles/$bundle/target/classes"
done
# Java 22+ compiles the other benchmark sources of this folder on demand (JEP 458)
heap=-Xmx2g
[ "$name" = import ] && heap=-Xmx1g   # the goal of issue 5: an estate of 10,000 packages in 1 GB
# BENCHMARK_VM_ARGS adds JVM options, e.g. to compare JIT settings
# shellcheck disable=SC2086
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$heap" ${BENCHMARK_VM_ARGS:-} -cp "$classpath" "$main" "$@"
