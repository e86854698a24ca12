#!/usr/bin/env bash
# Runs the materialised product's launch script the way a user does and checks what it answers.
# Usage: smoke-test.sh <product-folder>   (run by `mvnw verify` in the integration-test phase)
set -u
product=${1:?usage: smoke-test.sh <product-folder>}
script="$product/liftshift.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() { # name, expected exit code, expected text, stream (out|err), command...
  local name=$1 expected=$2 text=$3 stream=$4
  shift 4
  "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [ "$code" -eq "$expected" ] && grep -qF -- "$text" "$work/$stream"; then
    passed=$((passed + 1))
    echo "ok      $name"
  else
    failed=$((failed + 1))
    echo "FAILED  $name: exit $code (expected $expected), $stream lacks '$text'"
    sed 's/^/        out: /' "$work/out" | head -20
    sed 's/^/        err: /' "$work/err" | head -20
  fi
}

[ -x "$script" ] || { echo "no executable $script"; echo "smoke: 0 passed, 1 failed"; exit 1; }

check "--help lists the subcommands" 0 "Subcommands:" out "$script" --help
check "--help names 'version'" 0 "print the Liftshift version" out "$script" --help
check "version prints the product version" 0 "Liftshift 0.1.0." out "$script" version
check "unknown subcommand is a usage error" 2 "unknown subcommand 'frobnicate'" err "$script" frobnicate
check "validate checks the bundled sample" 0 "contoso.liftshift: 0 errors, 0 warnings" out "$script" validate
check "validate reports a design with problems" 1 "[EP-1]" out "$script" validate --format sarif "$(dirname "$0")/../../bundles/org.liftshift.samples/samples/contoso-violations.liftshift"
check "runs from any working directory" 0 "Liftshift 0.1.0." out env -C "$work" "$script" version
# the shipped bundles lay out the topology (ELK) and render the PDF (openhtmltopdf, PDFBox) inside OSGi
check "report writes the sample's review as HTML and PDF" 0 "contoso-review.pdf" out env -C "$work" "$script" report -o review
check "the shipped report PDF is a PDF" 0 "%PDF-" out head -c 5 "$work/review/contoso-review.pdf"
# the shipped azure-identity and MSAL sign in inside OSGi: a service principal from the environment, at an
# authority that refuses the connection (port 9 on this machine), fails with the credential's own message
check "drift signs in with the default chain and says why it failed" 2 "EnvironmentCredential authentication failed" err \
  env AZURE_CLIENT_ID=00000000-0000-4000-8000-000000000001 AZURE_CLIENT_SECRET=not-a-secret \
  AZURE_TENANT_ID=00000000-0000-4000-8000-000000000002 AZURE_AUTHORITY_HOST=https://127.0.0.1:9/ \
  timeout 90 "$script" drift --sign-in default

# A stand-in for an old JVM: it answers the settings query the way Java 17 does.
mkdir -p "$work/jdk17/bin"
cat >"$work/jdk17/bin/java" <<'JAVA'
#!/bin/sh
echo "Property settings:" >&2
echo "    java.specification.version = 17" >&2
echo 'openjdk version "17.0.15"' >&2
JAVA
chmod +x "$work/jdk17/bin/java"
check "refuses Java 17 with a clear message" 2 "Liftshift needs Java 21 or newer" err env JAVA_HOME="$work/jdk17" "$script" version
check "a missing Java is named" 2 "no Java found" err env -u JAVA_HOME PATH=/nonexistent /bin/sh "$script" version

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
