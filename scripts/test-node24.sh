#!/usr/bin/env bash
# Runs every package's tests a second time on Node 24 (Node 20, on every machine, is past its end
# of life; users run 22 and 24). Node 24 comes from the npm registry as the `node` package, installed
# once into a cache folder outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${LIANZHENG_NODE24_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lianzheng/node24}"
if [ ! -x "$cache/node_modules/.bin/node" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --no-save --no-audit --no-fund --loglevel=error node@24 >/dev/null)
fi
export PATH="$cache/node_modules/.bin:$PATH"
echo "Tests on Node $(node --version)"
# Two packages at a time, as `pnpm test` runs them on Node 20 (the CI machine has two cores).
pnpm -r --workspace-concurrency=2 test
