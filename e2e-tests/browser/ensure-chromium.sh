#!/bin/sh
# The browser end-to-end test needs Debian's chromium (playwright-core's own browser downloads
# cannot work here). Installs it when missing and this runs as root (CI does); otherwise fails
# loudly: the test must not be skipped silently.
set -eu
browser="${OPENSDR_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  echo "browser end-to-end test: using $browser"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser end-to-end test: $browser is missing, installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  if [ -x "$browser" ]; then
    exit 0
  fi
fi
echo "ERROR: the browser end-to-end test needs Chromium at $browser." >&2
echo "       Install Debian's package as root: apt-get install -y chromium" >&2
echo "       (or point OPENSDR_CHROMIUM at a Chromium binary; -DskipITs skips the end-to-end tests)." >&2
exit 1
