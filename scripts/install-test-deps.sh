#!/usr/bin/env bash
# Installs, on Debian as root, the system tools the test suite calls: shellcheck (lints every
# generated RUN script), a JRE (npm-groovy-lint), strace (kills a run mid-write in
# test/atomic.test.ts) and Docker Compose (`config` checks every generated compose.yaml).
# Idempotent: installed tools are skipped.
set -euo pipefail

missing=()
command -v shellcheck >/dev/null || missing+=(shellcheck)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v strace >/dev/null || missing+=(strace)
command -v curl >/dev/null || missing+=(curl)
command -v xz >/dev/null || missing+=(xz-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Docker Compose v2 as a CLI plugin, from Debian 13's package (Debian 12 has only Compose 1, which
# predates Compose Watch): the .deb is unpacked, not installed, so no trixie source is added.
COMPOSE=/usr/local/lib/docker/cli-plugins/docker-compose
if [ ! -x "$COMPOSE" ]; then
  echo "installing docker-compose (Debian trixie)"
  mirror=http://deb.debian.org/debian
  tmp=$(mktemp -d)
  curl -fsS -o "$tmp/Packages.xz" "$mirror/dists/trixie/main/binary-amd64/Packages.xz"
  deb=$(xz -dc "$tmp/Packages.xz" | awk '/^Package: / { found = ($2 == "docker-compose") } found && /^Filename:/ { print $2 }')
  curl -fsS -o "$tmp/compose.deb" "$mirror/$deb"
  dpkg -x "$tmp/compose.deb" "$tmp/root"
  install -D -m 755 "$tmp/root/usr/libexec/docker/cli-plugins/docker-compose" "$COMPOSE"
  rm -rf "$tmp"
fi
