#!/usr/bin/env bash
# Installs code-server (a real VS Code: workbench + Node extension host) into .vscode-test/code-server,
# without its postinstall (which downloads binaries). Idempotent: a finished install is reused.
# code-server 4.100.3 = VS Code 1.100.3, the newest release that runs on Node 20.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.vscode-test/code-server-$VERSION"
if [ -f "$dest/.installed" ]; then echo "code-server $VERSION: cached at $dest"; exit 0; fi
command -v rg >/dev/null || { echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2; exit 1; }
rm -rf "$dest" && mkdir -p "$dest"
cd "$dest"
echo "code-server $VERSION: fetching the package tarball"
npm pack "code-server@$VERSION" --silent >/dev/null
tar xzf "code-server-$VERSION.tgz" && rm -f "code-server-$VERSION.tgz"
cd package
echo "code-server: installing its dependencies (scripts off)"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
npm rebuild argon2 --loglevel=error >/dev/null
cd lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
echo "code-server: building native modules"
npm rebuild kerberos @vscode/spdlog native-watchdog node-pty @parcel/watcher --loglevel=error >/dev/null 2>&1 || true
# Check by loading each module rather than trusting npm's exit code (node-pty's post-install step fails on
# a missing npx download although pty.node is built) or looking for build/Release (@parcel/watcher ships
# its binary prebuilt in the optional package @parcel/watcher-linux-x64-glibc and builds nothing).
for m in kerberos @vscode/spdlog native-watchdog node-pty @parcel/watcher; do
  if ! node -e "require('$m')" >/dev/null 2>&1; then
    echo "code-server: native module $m does not load:" >&2
    node -e "require('$m')" 2>&1 | head -5 >&2
    exit 1
  fi
done
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
touch "$dest/.installed"
echo "code-server $VERSION: installed at $dest"
