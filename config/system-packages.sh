#!/usr/bin/env bash
# The one place that installs Debian packages the kit needs outside Python.
# Usage: system-packages.sh [--optional] NEED...  where NEED is venv, chromium or npm.
# As root, installs whatever is missing. Otherwise names the package to install and stops,
# or with --optional (tests skip what they cannot run) only says so.
set -euo pipefail
optional=false
if [ "${1:-}" = "--optional" ]; then optional=true; shift; fi

chromium=${CHROMIUM:-/usr/bin/chromium}
missing=()
for need in "$@"; do
  case $need in
    venv) python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv) ;;
    chromium) command -v "$chromium" >/dev/null || missing+=(chromium) ;;
    npm) command -v npm >/dev/null || missing+=(npm) ;;
    *) echo "system-packages.sh: unknown need '$need'" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  exit 0
fi
echo "Missing: ${missing[*]}. Install with: sudo apt install ${missing[*]}" >&2
if [[ " ${missing[*]} " == *" chromium "* ]]; then
  echo "(Chromium installed elsewhere, e.g. Ubuntu's snap? Pass its path: make ... CHROMIUM=/snap/bin/chromium)" >&2
fi
if $optional; then
  echo "The tests that need them are skipped." >&2
  exit 0
fi
exit 1
