#!/usr/bin/env bash
# Installs, on Debian as root, the system tools the test suite calls: shellcheck (lints every
# generated RUN script), a JRE (npm-groovy-lint) and strace (kills a run mid-write in
# test/atomic.test.ts). Idempotent: installed tools are skipped.
set -euo pipefail

missing=()
command -v shellcheck >/dev/null || missing+=(shellcheck)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v strace >/dev/null || missing+=(strace)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
