#!/usr/bin/env bash
# Runs a Liftshift benchmark outside OSGi (EMF runs as plain Java) on the built classes.
#   releng/benchmarks/run.sh validation
# Builds the bundles it needs first when they are not built. Needs JAVA_HOME at a JDK 21+.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
name=${1:-validation}
case "$name" in
  validation) main=releng/benchmarks/ValidationBenchmark.java ;;
  *) echo "unknown benchmark '$name'; available: validation" >&2; exit 2 ;;
esac
bundles="org.liftshift.model org.liftshift.validate org.liftshift.samples"
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
for bundle in $bundles; do
  classpath="$classpath:bundles/$bundle/target/classes"
done
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g -cp "$classpath" "$main"
