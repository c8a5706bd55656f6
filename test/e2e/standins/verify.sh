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
# same NAME WANT GOT: a plain comparison (image config, for instance).
same() {
  if [ "$2" = "$3" ]; then pass=$((pass+1)); echo "ok    $1"
  else fail=$((fail+1)); echo "FAIL  $1: wanted '$2', got '$3'"; fi
}
# no_shell IMAGE: running /bin/sh must fail (distroless).
no_shell() {
  if "$DOCKER" run --rm --entrypoint /bin/sh "$1" -c true >/dev/null 2>&1; then
    fail=$((fail+1)); echo "FAIL  $1 has /bin/sh"
  else pass=$((pass+1)); echo "ok    $1 has no /bin/sh"; fi
}
cfg() { "$DOCKER" image inspect -f "$2" "$1"; }

B=debian:trixie-slim
check 'debian: trixie' '13.' $B cat /etc/debian_version
check 'debian: no ca-certificates' 'absent' $B sh -c '[ -e /etc/ssl/certs/ca-certificates.crt ] || echo absent'
check 'debian: apt lists empty' 'empty' $B sh -c '[ -z "$(ls /var/lib/apt/lists | grep -v -e partial -e lock)" ] && echo empty'
check 'debian: trixie sources' 'trixie trixie-updates' $B cat /etc/apt/sources.list.d/debian.sources

for major in 22 24 25 26; do
  N=node:$major-trixie-slim
  check "node $major: user node 1000" 'uid=1000(node) gid=1000(node)' $N id node
  check "node $major: home" '/home/node' $N sh -c 'getent passwd node'
  check "node $major: official binary at /usr/local/bin" "/usr/local/bin/node v$major." \
    $N sh -c 'echo "$(command -v node) $(node --version)"'
  check "node $major: npm/npx at /usr/local/bin, global prefix /usr/local" '/usr/local/bin/npm /usr/local/bin/npx /usr/local' \
    $N sh -c 'echo "$(command -v npm) $(command -v npx) $(npm config get prefix)"'
  check "node $major: NODE_VERSION is the binary's" 'same' $N sh -c '[ "v$NODE_VERSION" = "$(node --version)" ] && echo same'
  check "node $major: no ca-certificates, no curl (as upstream)" 'none' \
    $N sh -c '! dpkg -s ca-certificates >/dev/null 2>&1 && ! command -v curl && echo none'
  check "node $major: entrypoint runs node for -e" 'hi' $N -e 'console.log("hi")'
  same "node $major: CMD" '["node"]' "$(cfg $N '{{json .Config.Cmd}}')"
  same "node $major: ENTRYPOINT" '["docker-entrypoint.sh"]' "$(cfg $N '{{json .Config.Entrypoint}}')"
  check "node $major: npm registry over TLS proxy" '"name":"ms"' $N sh -c 'npm view ms --json 2>/dev/null | head -3 | tr -d " \n"'
  [ $((major % 2)) = 1 ] && continue   # distroless builds even lines only
  D=gcr.io/distroless/nodejs$major-debian13:nonroot
  check "distroless node $major: runs as 65532" "65532 /home/nonroot v$major." $D -e 'console.log(process.getuid(), process.cwd(), process.version)'
  no_shell $D
  check "distroless node $major: no npm" 'absent' $D -e 'const fs=require("fs");console.log(["/nodejs/bin/npm","/usr/local/bin/npm","/nodejs/lib"].some(fs.existsSync)?"present":"absent")'
  same "distroless node $major: ENTRYPOINT" '["/nodejs/bin/node"]' "$(cfg $D '{{json .Config.Entrypoint}}')"
done
for major in 22 24; do
  N=node:$major-trixie-slim
  check "node $major: yarn 1 + corepack" '1.22.22 1.22.22 0.' $N sh -c 'echo "$(yarn --version) $YARN_VERSION $(corepack --version)"'
  check "node $major: corepack pnpm (pinned)" '9.15.9' $N sh -c 'cd /tmp && corepack enable && corepack prepare pnpm@9.15.9 --activate >/dev/null 2>&1 && pnpm --version'
done
for major in 25 26; do
  check "node $major: no corepack, no yarn (as upstream)" 'neither' node:$major-trixie-slim \
    sh -c '! command -v corepack && ! command -v yarn && [ -z "${YARN_VERSION-}" ] && echo neither'
done

S=gcr.io/distroless/static-debian13:nonroot
no_shell $S
same 'static: user 65532' 65532 "$(cfg $S '{{.Config.User}}')"
C=gcr.io/distroless/cc-debian13:nonroot
no_shell $C
same 'cc: user 65532' 65532 "$(cfg $C '{{.Config.User}}')"

G=golang:1.27-trixie
check 'go: version + env' 'go1.27|/go|/root/.cache/go-build|/go/pkg/mod|local' $G sh -c 'printf "%s|%s|%s|%s|%s" "$(go version | cut -d" " -f3 | cut -d. -f1,2)" "$(go env GOPATH)" "$(go env GOCACHE)" "$(go env GOMODCACHE)" "$(go env GOTOOLCHAIN)"'
check 'go: git, g++, workdir /go' '/go' $G sh -c 'git --version >/dev/null && g++ --version >/dev/null && pwd'

P=python:3.13-slim-trixie
check 'python: python/pip on PATH' 'Python 3.13' $P sh -c 'python --version && pip --version >/dev/null && python3 -c 1'
check 'python: venv + empty requirements offline' 'ok' $P sh -c 'python -m venv /v && echo "# none" > /r && /v/bin/pip install -q -r /r && echo ok'
check 'python: venv python links to /usr/local/bin/python3' '/usr/local/bin/python3' $P sh -c 'python3 -m venv /v && readlink /v/bin/python3'
check 'python: pip works as root (no PEP 668 marker)' 'ok' $P sh -c '[ ! -e /usr/lib/python3.13/EXTERNALLY-MANAGED ] && echo ok'
# A PEP 621 project built by setuptools from the offline wheel index (/etc/pip.conf).
PROJ='mkdir -p /p/src/demo && cd /p && echo "X = 1" > src/demo/__init__.py && printf "%s\n" "[build-system]" "requires = [\"setuptools>=61\"]" "build-backend = \"setuptools.build_meta\"" "[project]" "name = \"demo\"" "version = \"0.1.0\"" > pyproject.toml'
check 'python: pip install . (setuptools, offline index)' 'demo ok' $P sh -c "$PROJ"' && pip install -q --no-deps . 2>/dev/null && cd / && python -c "import demo; print(\"demo ok\")"'
check 'python: pip install . in a venv' 'demo ok' $P sh -c "$PROJ"' && python3 -m venv /v && /v/bin/pip install -q --no-deps . && cd / && /v/bin/python -c "import demo; print(\"demo ok\")"'

DP=gcr.io/distroless/python3-debian13:nonroot
check 'distroless python: stdlib + ssl' '65532 ok' $DP -c 'import os,ssl,sqlite3,json,http.server,ctypes,lzma;print(os.getuid(),"ok")'
check 'distroless python: no /usr/local/bin/python3' 'False' $DP -c 'import os;print(os.path.exists("/usr/local/bin/python3"))'
no_shell $DP
same 'distroless python: ENTRYPOINT' '["/usr/bin/python3.13"]' "$(cfg $DP '{{json .Config.Entrypoint}}')"

M=maven:3.9-eclipse-temurin-25
check 'maven: mvn/javac/jar' 'Apache Maven 3.9' $M sh -c 'javac -version && jar --version && mvn -v'
check 'maven: runs on Java 25' 'Java version: 25.' $M mvn -v
check 'maven: JAVA_HOME' '/opt/java/openjdk' $M sh -c 'echo $JAVA_HOME && ls $JAVA_HOME/bin/java'
check 'maven: global settings mirror Debian repo' 'file:///usr/share/maven-repo' $M cat /usr/share/maven/conf/settings.xml
check 'maven: plugin prefix metadata' '<prefix>dependency</prefix>' $M cat /usr/share/maven-repo/org/apache/maven/plugins/maven-metadata.xml

T=eclipse-temurin:25-jre
check 'temurin jre: java 25 + useradd, JAVA_HOME' 'ok' $T sh -c 'java -version 2>&1 | grep -q "\"25\." && command -v useradd >/dev/null && [ "$JAVA_HOME" = /opt/java/openjdk ] && echo ok'
check 'temurin jre: no javac, curl, wget (as the 25 image)' 'none' $T sh -c '! command -v javac && ! command -v curl && ! command -v wget && echo none'

DJ=gcr.io/distroless/java25-debian13:nonroot
check 'distroless java: java -version' 'openjdk version "25' --entrypoint /usr/bin/java $DJ -version
no_shell $DJ
same 'distroless java: ENTRYPOINT' '["/usr/bin/java","-jar"]' "$(cfg $DJ '{{json .Config.Entrypoint}}')"

X=nginxinc/nginx-unprivileged:1.30-trixie
check 'nginx: uid 101, curl, /etc/nginx writable' '101 ok' --entrypoint sh $X -c 'echo "$(id -u) $(curl --version >/dev/null && touch /etc/nginx/conf.d/t.conf && echo ok)"'
check 'nginx: listens on 8080' 'listen       8080;' --entrypoint cat $X /etc/nginx/conf.d/default.conf
check 'nginx: config test' 'successful' --entrypoint nginx $X -t

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
