#!/usr/bin/env bash
# Installs the real pre-commit (https://pre-commit.com), pinned, into a project-local virtualenv
# at .tools/pre-commit, for test/package/pre-commit.test.ts, which runs it against this
# repository's .pre-commit-hooks.yaml. pip uses whatever package index this machine's pip is set
# up with. Idempotent: when the wanted version is already there it only says so.
# Prints the path of the pre-commit executable as its last line of standard output.
set -euo pipefail

PRE_COMMIT_VERSION=4.6.2   # pinned so CI does not drift
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.tools/pre-commit"
BIN="$VENV/bin/pre-commit"

say() { echo "[install-pre-commit] $*" >&2; }
die() { echo "[install-pre-commit] ERROR: $*" >&2; exit 1; }

# Fast path: the wanted version is installed and runs.
if [[ -x "$BIN" ]] && [[ "$("$BIN" --version 2>/dev/null)" == "pre-commit $PRE_COMMIT_VERSION" ]]; then
  say "already installed (pre-commit $PRE_COMMIT_VERSION in $VENV)"
  echo "$BIN"
  exit 0
fi

PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found: pre-commit needs Python 3.10 or newer"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || die "pre-commit $PRE_COMMIT_VERSION needs Python 3.10 or newer; $PYTHON is $("$PYTHON" --version 2>&1)"

start=$SECONDS
# Start clean so a half-finished earlier run, or another version, cannot leave a broken venv behind.
rm -rf "$VENV"
say "$PYTHON -m venv $VENV ($("$PYTHON" --version 2>&1))"
"$PYTHON" -m venv "$VENV" >&2 || die "could not create a virtualenv with $PYTHON -m venv (on Debian: apt-get install python3-venv)"

# One retry, not pip's five with back-off: an index this machine cannot reach (a DNS failure)
# otherwise costs about 11 s per package before pip moves on to the next index it is set up with.
export PIP_RETRIES="${PIP_RETRIES:-1}"
say "pip install pre-commit==$PRE_COMMIT_VERSION"
if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION" >&2; then
  rm -rf "$VENV"
  die "pip install pre-commit==$PRE_COMMIT_VERSION failed: no package index reachable from here has it (see pip's messages above)"
fi

version="$("$BIN" --version 2>&1)" || die "$BIN does not run: $version"
[[ "$version" == "pre-commit $PRE_COMMIT_VERSION" ]] || die "installed $version, wanted pre-commit $PRE_COMMIT_VERSION"
say "installed $version in $((SECONDS - start)) s"
echo "$BIN"
