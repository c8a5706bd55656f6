#!/usr/bin/env bash
# Smoke-check the stand-ins built by build.sh: users, paths, entrypoints, "no shell" in
# distroless, toolchains working. Prints "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
DOCKER=${DOCKER_BIN:-/usr/bin/docker}
pass=0 fail=0

# check NAME EXPECTED-SUBSTRING docker-run-args...
check() {
  local name=$1 want=$2; shift 2
  local out; out=$("$DOCKER" run --rm "$@" 2>&1)
  if [[ "$out" == *"$want"* ]]; then pass=$((pass+1)); echo "ok    $name"
  else fail=$((fail+1)); echo "FAIL  $name: wanted '$want', got: $(echo "$out" | tail -3)"; fi
}
# no_shell IMAGE: running /bin/sh must fail (distroless).
no_shell() {
  if "$DOCKER" run --rm --entrypoint /bin/sh "$1" -c true >/dev/null 2>&1; then
    fail=$((fail+1)); echo "FAIL  $1 has /bin/sh"
  else pass=$((pass+1)); echo "ok    $1 has no /bin/sh"; fi
}
cfg() { "$DOCKER" image inspect -f "$2" "$1"; }

check 'debian: no ca-certificates' 'absent' debian:bookworm-slim sh -c '[ -e /etc/ssl/certs/ca-certificates.crt ] || echo absent'
check 'debian: apt lists empty' 'empty' debian:bookworm-slim sh -c '[ -z "$(ls /var/lib/apt/lists | grep -v -e partial -e lock)" ] && echo empty'

N=node:18-bookworm-slim
check 'node: user node 1000' 'uid=1000(node) gid=1000(node)' $N id node
check 'node: home' '/home/node' $N sh -c 'getent passwd node'
check 'node: versions' 'v18.' $N sh -c 'node --version; npm --version; yarn --version; corepack --version'
check 'node: entrypoint runs node for -e' 'hi' $N -e 'console.log("hi")'
[ "$(cfg $N '{{json .Config.Cmd}}')" = '["node"]' ] && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL node CMD"; }
check 'node: npm registry over TLS proxy' '"name":"ms"' $N sh -c 'npm view ms --json | head -3 | tr -d " \n"'
check 'node: corepack pnpm (pinned)' '9.15.9' $N sh -c 'cd /tmp && corepack enable && corepack prepare pnpm@9.15.9 --activate >/dev/null 2>&1 && pnpm --version'

D=gcr.io/distroless/nodejs18-debian12:nonroot
check 'distroless node: runs as 65532' '65532 /home/nonroot v18' $D -e 'console.log(process.getuid(), process.cwd(), process.version)'
no_shell $D
check 'distroless node: no npm' 'absent' --entrypoint /nodejs/bin/node $D -e 'console.log(require("fs").existsSync("/usr/local/bin/npm")?"present":"absent")'

no_shell gcr.io/distroless/static-debian12:nonroot
[ "$(cfg gcr.io/distroless/static-debian12:nonroot '{{.Config.User}}')" = 65532 ] && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL static user"; }

G=golang:1.19-bookworm
check 'go: version + env' 'go1.19|/go|/root/.cache/go-build|/go/pkg/mod' $G sh -c 'printf "%s|%s|%s|%s" "$(go version | cut -d" " -f3 | cut -d. -f1,2)" "$(go env GOPATH)" "$(go env GOCACHE)" "$(go env GOMODCACHE)"'
check 'go: git, workdir /go' '/go' $G sh -c 'git --version >/dev/null && pwd'

P=python:3.11-slim-bookworm
check 'python: python/pip on PATH' 'Python 3.11' $P sh -c 'python --version && pip --version >/dev/null && python3 -c 1'
check 'python: venv + empty requirements offline' 'ok' $P sh -c 'python -m venv /v && echo "# none" > /r && /v/bin/pip install -q -r /r && echo ok'
check 'python: pip works as root (no PEP 668 marker)' 'ok' $P sh -c '[ ! -e /usr/lib/python3.11/EXTERNALLY-MANAGED ] && echo ok'

DP=gcr.io/distroless/python3-debian12:nonroot
check 'distroless python: stdlib + ssl' '65532 ok' $DP -c 'import os,ssl,sqlite3,json,http.server;print(os.getuid(),"ok")'
no_shell $DP

M=maven:3.9-eclipse-temurin-17
check 'maven: mvn/javac/jar' 'Apache Maven 3.8' $M sh -c 'javac -version && jar --version && mvn -v'
check 'maven: JAVA_HOME' '/opt/java/openjdk' $M sh -c 'echo $JAVA_HOME && ls $JAVA_HOME/bin/java'
check 'maven: global settings mirror Debian repo' 'file:///usr/share/maven-repo' $M cat /usr/share/maven/conf/settings.xml

T=eclipse-temurin:17-jre
check 'temurin jre: java + curl + useradd' 'ok' $T sh -c 'java -version 2>/dev/null && curl --version >/dev/null && command -v useradd >/dev/null && [ "$JAVA_HOME" = /opt/java/openjdk ] && echo ok'
check 'temurin jre: no javac' 'none' $T sh -c 'command -v javac || echo none'

DJ=gcr.io/distroless/java17-debian12:nonroot
check 'distroless java: java -version' 'openjdk version "17' --entrypoint /usr/bin/java $DJ -version
no_shell $DJ
[ "$(cfg $DJ '{{json .Config.Entrypoint}}')" = '["/usr/bin/java","-jar"]' ] && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL distroless java entrypoint"; }

X=nginxinc/nginx-unprivileged:1.27
check 'nginx: uid 101, curl, /etc/nginx writable' '101 ok' --entrypoint sh $X -c 'echo "$(id -u) $(curl --version >/dev/null && touch /etc/nginx/conf.d/t.conf && echo ok)"'
check 'nginx: config test' 'successful' --entrypoint nginx $X -t

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
