#!/usr/bin/env bash
# Installs a real VS Code for integration tests without internet: code-server (VS Code's
# workbench + Node extension host, from npm) driven by Debian's Chromium via playwright-core.
# See test/integration/run-offline.mjs. Idempotent; a stamp file makes reruns instant.
set -euo pipefail

CODE_SERVER_VERSION=4.99.4    # = VS Code 1.99.3; newer releases need Node 22+
PLAYWRIGHT_VERSION=1.65.1     # pinned so CI does not drift; talks to Debian's chromium over CDP
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/.vscode-test/code-server"
STAMP="$DIR/.installed"
WANT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"

say() { echo "[install-vscode-offline] $*"; }
die() { echo "[install-vscode-offline] ERROR: $*" >&2; exit 1; }
trap 'die "failed at line $LINENO: $BASH_COMMAND"' ERR

# Fast path: everything present and the stamp names the wanted versions.
if [[ -x /usr/bin/chromium && -x /usr/bin/rg && -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
  say "already installed ($WANT)"
  exit 0
fi

start=$SECONDS
export DEBIAN_FRONTEND=noninteractive

# Debian packages: chromium (the browser), libkrb5-dev (kerberos addon headers), ripgrep (search).
missing=()
for pkg in chromium libkrb5-dev ripgrep; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || die "need root to apt-get install: ${missing[*]}"
  say "apt-get install ${missing[*]}"
  apt-get update -qq </dev/null || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after install"

# Start clean so a half-finished earlier run cannot leave a broken tree behind.
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"vscode-test-code-server","private":true}' > package.json

# --ignore-scripts: code-server's postinstall refuses root and downloads ripgrep from GitHub.
say "npm install $WANT"
npm install --no-audit --no-fund --loglevel=error --ignore-scripts \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null

export npm_config_yes=true     # node-pty's install script runs `npx node-gyp` and must not prompt
say "npm rebuild argon2"
npm rebuild --loglevel=error argon2 >/dev/null

say "installing VS Code's own dependencies"
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts >/dev/null
# Debian's rg stands in for the binary @vscode/ripgrep would download.
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
say "building native modules"
npm rebuild --loglevel=error @parcel/watcher @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid >/dev/null
ln -sfn node_modules node_modules.asar   # the server looks for node_modules.asar
say "installing built-in extensions' dependencies"
(cd extensions && npm install --no-audit --no-fund --loglevel=error --omit=dev >/dev/null)

# Smoke check: the server starts far enough to print its version.
"$DIR/node_modules/.bin/code-server" --version >/dev/null || die "code-server --version failed"

echo "$WANT" > "$STAMP"
say "done in $((SECONDS - start))s ($WANT)"
