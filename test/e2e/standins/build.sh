#!/usr/bin/env bash
# Build offline stand-ins for the Docker Hub / gcr.io base images our templates use.
# Only the npm registry and deb.debian.org are reachable here, so every stand-in is
# Debian bookworm packages on a debootstrap root filesystem, tagged with the names
# the templates use and the versions that are really inside (see ../README.md).
#
# Idempotent: a tag that already exists is skipped (CMS_STANDINS_REBUILD=1 rebuilds
# all but the cached rootfs). Needs root and a running engine
# (bash scripts/docker-engine.sh start).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${CMS_CACHE_DIR:-/var/cache/create-multistage}
DOCKER=${DOCKER_BIN:-/usr/bin/docker}   # Debian's 20.10 client: see scripts/docker-engine.sh
export DOCKER_BUILDKIT=1 DEBIAN_FRONTEND=noninteractive
REBUILD=${CMS_STANDINS_REBUILD:-0}

# Versions that Debian bookworm really ships (checked in each Dockerfile by a RUN test).
NODE_V=18 GO_V=1.19 PY_V=3.11 JAVA_V=17 NGINX_V=1.22 MAVEN_V=3.8

log() { printf '\n== %s\n' "$*" >&2; }
have() { [ "$REBUILD" != 1 ] && "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

# Build context: our files/ plus the machine's CA certs (the TLS proxy's CA, so
# npm/git/curl inside builds and containers work here).
CTX=$(mktemp -d)
trap 'rm -rf "$CTX"' EXIT
cp -r "$HERE/files" "$CTX/files"
mkdir -p "$CTX/certs"
cp /usr/local/share/ca-certificates/*.crt "$CTX/certs/" 2>/dev/null || true

# --- rootfs: debootstrap minbase, cached as a tarball --------------------------
rootfs_tarball() {
  local tarball=$CACHE/bookworm-minbase.tar root
  [ -s "$tarball" ] && { echo "$tarball"; return; }
  command -v debootstrap >/dev/null || {
    apt-get -o DPkg::Lock::Timeout=600 update -q >&2
    apt-get -o DPkg::Lock::Timeout=600 install -y -q debootstrap >&2
  }
  mkdir -p "$CACHE"
  root=$(mktemp -d /var/tmp/cms-rootfs.XXXXXX)
  log "debootstrap bookworm -> $root"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >&2
  # Make it look like the official debian:bookworm-slim image.
  install -m 644 "$HERE/files/dpkg-docker.cfg" "$root/etc/dpkg/dpkg.cfg.d/docker"
  install -m 644 "$HERE/files/apt-docker-clean.conf" "$root/etc/apt/apt.conf.d/docker-clean"
  install -m 644 "$HERE/files/apt-docker-misc.conf" "$root/etc/apt/apt.conf.d/docker-misc"
  install -m 644 "$HERE/files/debian.sources" "$root/etc/apt/sources.list.d/debian.sources"
  rm -f "$root/etc/apt/sources.list" "$root/etc/resolv.conf" "$root/etc/hostname"
  : > "$root/etc/machine-id"
  # Slim: drop what dpkg-docker.cfg would have excluded, caches and apt lists.
  find "$root/usr/share/doc" -mindepth 1 ! -name copyright ! -type d -delete
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$root"/usr/share/{man,info,groff,lintian,linda}/* "$root"/var/cache/apt/* \
         "$root"/var/lib/apt/lists/* "$root"/var/log/*.log "$root"/var/cache/debconf/*-old
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
  tar -C "$root" --numeric-owner -cf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  rm -rf "$root"
  echo "$tarball"
}

if ! have debian:bookworm-slim; then
  log "debian:bookworm-slim (debootstrap minbase)"
  tarball=$(rootfs_tarball)
  "$DOCKER" import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'CMD ["bash"]' "$tarball" debian:bookworm-slim
fi
"$DOCKER" tag debian:bookworm-slim debian:12-slim

# --- stand-ins -----------------------------------------------------------------
# build TAG DOCKERFILE [ALIAS...]: skipped when TAG exists; aliases re-tagged always.
build() {
  local tag=$1 file=$2; shift 2
  if have "$tag"; then
    echo "skip $tag (exists)"
  else
    log "$tag <- $file"
    "$DOCKER" build --progress=plain -f "$HERE/$file" -t "$tag" "$CTX"
  fi
  for alias in "$@"; do "$DOCKER" tag "$tag" "$alias"; done
}

# Internal layer: bookworm + ca-certificates trusting this machine's CAs.
build cms-bookworm:certs certs.Dockerfile

build "node:${NODE_V}-bookworm-slim" node.Dockerfile "node:${NODE_V}-slim"
build "gcr.io/distroless/nodejs${NODE_V}-debian12:nonroot" distroless-node.Dockerfile
build "gcr.io/distroless/static-debian12:nonroot" distroless-static.Dockerfile
build "golang:${GO_V}-bookworm" golang.Dockerfile "golang:${GO_V}"
build "python:${PY_V}-slim-bookworm" python.Dockerfile "python:${PY_V}-slim"
build "gcr.io/distroless/python3-debian12:nonroot" distroless-python.Dockerfile
build "maven:${MAVEN_V}-eclipse-temurin-${JAVA_V}" maven.Dockerfile \
  "maven:3.9-eclipse-temurin-${JAVA_V}"   # name the templates use; Maven inside is 3.8
build "eclipse-temurin:${JAVA_V}-jre" temurin-jre.Dockerfile
build "gcr.io/distroless/java${JAVA_V}-debian12:nonroot" distroless-java.Dockerfile
build "nginxinc/nginx-unprivileged:${NGINX_V}" nginx.Dockerfile \
  "nginxinc/nginx-unprivileged:1.27"      # name the templates use; nginx inside is 1.22

log "stand-ins ready"
"$DOCKER" image ls --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' | grep -v '<none>' | sort
