#!/bin/sh
# Starts Liftshift from its installation folder.
#   liftshift                       opens the workbench
#   liftshift <subcommand> [args]   runs the command line without a window (liftshift --help)
# Java 21 or newer is taken from JAVA_HOME, else from the PATH.
# LIFTSHIFT_VM_ARGS adds JVM options, e.g. LIFTSHIFT_VM_ARGS=-Xmx4g.

home=$(cd "$(dirname "$0")" && pwd -P)

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java=$(command -v java)
else
  echo "liftshift: no Java found. Liftshift needs Java 21 or newer: install a JDK 21+ and set JAVA_HOME to it." >&2
  exit 2
fi
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//')
case "$major" in
  ''|*[!0-9]*) major=0 ;;
esac
if [ "$major" -lt 21 ]; then
  echo "liftshift: $java is Java ${major:-unknown}; Liftshift needs Java 21 or newer." >&2
  echo "           Install a JDK 21+ and set JAVA_HOME to it, then run liftshift again." >&2
  exit 2
fi

launcher=$(ls "$home"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "liftshift: $home/plugins has no org.eclipse.equinox.launcher jar; the installation is incomplete." >&2
  exit 2
fi

vmargs="-Xms128m -Xmx2g -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
if [ "$(uname -s)" = "Darwin" ]; then
  # SWT must own the first thread on macOS
  vmargs="$vmargs -XstartOnFirstThread"
fi

if [ $# -eq 0 ]; then
  # The workbench draws with SWT only: AWT is used headless, to rasterise the platform's SVG icons,
  # so it opens no connection of its own to the display. C2 compiles only code that stays hot (the
  # design rules on large estates), not the code that runs a few thousand times while the workbench
  # starts: on two cores its compiler thread would compete with the display thread.
  gui="-Djava.awt.headless=true -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000"
  gui="$gui -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
  # The classes of the workbench, parsed and verified once, in an archive the JVM writes when the first
  # workbench of this installation and Java closes, and maps at each later start. One archive per
  # installation: the JVM rewrites an archive made for another class path or another Java.
  # releng/benchmarks/run.sh startup measures all three.
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/liftshift"
  if mkdir -p "$cache" 2>/dev/null; then
    install_id=$(printf '%s' "$home" | cksum | cut -d ' ' -f 1)
    gui="$gui -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$cache/classes-$install_id-java$major.jsa"
    gui="$gui -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
  # shellcheck disable=SC2086
  exec "$java" $vmargs $gui ${LIFTSHIFT_VM_ARGS:-} -jar "$launcher" -install "$home" -name Liftshift
fi
# shellcheck disable=SC2086
exec "$java" $vmargs -Djava.awt.headless=true "-Dliftshift.cwd=$PWD" ${LIFTSHIFT_VM_ARGS:-} \
  -jar "$launcher" -install "$home" -application org.liftshift.cli.app -nosplash -data @none -consoleLog "$@"
