#!/usr/bin/env bash
# Installs the script checkers (npm ci) unless node_modules already matches package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1; then
  echo "Liftshift's generator tests parse scripts with Node.js, which is not on the PATH." >&2
  echo "Install Node.js 18 or newer (e.g. apt-get install nodejs npm) and build again." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 18 ]; then
  echo "Liftshift's script checkers need Node.js 18 or newer; this is $(node --version)." >&2
  exit 1
fi
stamp=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.liftshift-stamp ] && [ "$(cat node_modules/.liftshift-stamp)" = "$stamp" ]; then
  echo "script checkers up to date"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
node parse-powershell.mjs /dev/null >/dev/null
echo "$stamp" > node_modules/.liftshift-stamp
echo "script checkers installed: $(node -p 'require("./node_modules/tree-sitter-powershell/package.json").version') (PowerShell), $(node -p 'require("./node_modules/antlr4ts-sql/package.json").version') (T-SQL)"
