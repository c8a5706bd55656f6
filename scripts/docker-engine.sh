#!/usr/bin/env bash
# Start/stop a local Docker engine for the e2e tests (CI runs as root, no systemd).
#
#   bash scripts/docker-engine.sh start   # idempotent; installs docker.io if needed
#   bash scripts/docker-engine.sh stop    # stops only the dockerd that `start` launched
#   eval "$(bash scripts/docker-engine.sh env)"   # client setup for the current shell
#
# Client choice: /usr/local/bin/docker (CLI 28, API 1.50) talks to Debian's dockerd
# 20.10 (API 1.41) fine for run/ps/images (it negotiates down to 1.41), BUT its
# `docker build` refuses BuildKit without the buildx plugin (no reachable registry
# ships it) and otherwise falls back to the legacy builder (no RUN --mount).
# So we always use Debian's /usr/bin/docker (20.10.24, API 1.41): `env` prepends
# a shim dir holding only a `docker` symlink to it, and exports DOCKER_BIN.
# BuildKit: DOCKER_BUILDKIT=1 is exported and the daemon is also started with
# features.buildkit=true, which makes 20.10 clients default to BuildKit anyway.
set -euo pipefail

STATE_DIR=/run/create-multistage
PIDFILE=$STATE_DIR/dockerd.pid
LOG=/tmp/dockerd.log
SHIM=$STATE_DIR/bin
DOCKER_BIN=/usr/bin/docker

apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }

client() { "$DOCKER_BIN" "$@"; }

make_shim() {
  mkdir -p "$SHIM"
  ln -sfn "$DOCKER_BIN" "$SHIM/docker"
}

start() {
  if [ -x "$DOCKER_BIN" ] && client info >/dev/null 2>&1; then
    make_shim; echo "docker engine already running"; return 0
  fi
  if ! command -v dockerd >/dev/null 2>&1 || [ ! -x "$DOCKER_BIN" ]; then
    # docker.io pulls containerd, runc, iptables (needed for bridge NAT).
    apt_get update -q
    apt_get install -y -q docker.io
  fi
  make_shim
  # /run is not a tmpfs here: a pidfile left by a killed daemon would block dockerd.
  if [ -f "$PIDFILE" ] && ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then rm -f "$PIDFILE"; fi
  cat > "$STATE_DIR/daemon.json" <<'JSON'
{ "features": { "buildkit": true } }
JSON
  # setsid: detach from this shell so the daemon outlives the calling command.
  setsid dockerd --config-file "$STATE_DIR/daemon.json" --pidfile "$PIDFILE" \
    >"$LOG" 2>&1 < /dev/null &
  for _ in $(seq 60); do
    if client info >/dev/null 2>&1; then
      echo "docker engine up: $(client version -f '{{.Server.Version}} (API {{.Server.APIVersion}})')"
      return 0
    fi
    sleep 1
  done
  echo "dockerd did not answer within 60s; last log lines:" >&2
  tail -n 40 "$LOG" >&2
  return 1
}

stop() {
  [ -f "$PIDFILE" ] || { echo "no dockerd started by this script"; return 0; }
  pid=$(cat "$PIDFILE")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && { echo "dockerd $pid still running" >&2; return 1; }
  rm -f "$PIDFILE"; echo "dockerd stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) echo "export PATH=$SHIM:\$PATH DOCKER_BIN=$DOCKER_BIN DOCKER_BUILDKIT=1" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
