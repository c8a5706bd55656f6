#!/usr/bin/env bash
# Which Dockerfile features does this engine's BUILT-IN BuildKit frontend accept?
# (No `# syntax=` line: pulling docker/dockerfile from Docker Hub is impossible here.)
# Prints one "ok|FAIL  feature  (first error line)" row per probe. Results: ../README.md.
# Needs debian:trixie-slim (build.sh) and a running engine.
set -uo pipefail
DOCKER=${DOCKER_BIN:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
B=debian:trixie-slim

# probe NAME [extra docker build args...] < Dockerfile ; checks build success, and
# when the Dockerfile writes /out.txt, that it contains "ok".
probe() {
  local name=$1; shift
  rm -rf "$W/ctx"; mkdir -p "$W/ctx"; cat > "$W/ctx/Dockerfile"
  echo hello > "$W/ctx/a.txt"; echo s3cret > "$W/secret.txt"
  if "$DOCKER" build -q --no-cache -t cms-probe "$@" "$W/ctx" >"$W/log" 2>&1; then
    out=$("$DOCKER" run --rm --entrypoint cat cms-probe /out.txt 2>/dev/null || echo ok)
    if [ "$out" = ok ]; then printf 'ok    %s\n' "$name"
    else printf 'FAIL  %s  (out.txt: %s)\n' "$name" "$out"; fi
  else
    printf 'FAIL  %s  (%s)\n' "$name" "$(grep -m1 -iE 'error|unknown|failed' "$W/log" | cut -c1-150)"
  fi
}

probe 'RUN --mount=type=cache' <<EOF
FROM $B
RUN --mount=type=cache,target=/root/.npm,id=npm,sharing=locked touch /root/.npm/x
RUN --mount=type=cache,target=/root/.npm,id=npm,sharing=locked test -f /root/.npm/x && echo ok > /out.txt
EOF
probe 'RUN --mount=type=cache,uid=1000,gid=1000' <<EOF
FROM $B
RUN --mount=type=cache,target=/c,uid=1000,gid=1000 [ "\$(stat -c %u /c)" = 1000 ] && echo ok > /out.txt
EOF
probe 'RUN --mount=type=bind (context file)' <<EOF
FROM $B
RUN --mount=type=bind,source=a.txt,target=/tmp/a.txt grep -q hello /tmp/a.txt && echo ok > /out.txt
EOF
probe 'RUN --mount=type=bind,from=<stage>' <<EOF
FROM $B AS src
RUN echo ok > /ok
FROM $B
RUN --mount=type=bind,from=src,source=/ok,target=/ok cp /ok /out.txt
EOF
probe 'RUN --mount=type=secret (--secret id=s,src=FILE)' --secret id=s,src="$W/secret.txt" <<EOF
FROM $B
RUN --mount=type=secret,id=s grep -q s3cret /run/secrets/s && echo ok > /out.txt
EOF
probe 'RUN --mount=type=secret,target=/root/.m2/settings.xml' --secret id=m,src="$W/secret.txt" <<EOF
FROM $B
RUN --mount=type=secret,id=m,target=/root/.m2/settings.xml grep -q s3cret /root/.m2/settings.xml && echo ok > /out.txt
EOF
probe 'RUN --mount=type=secret,required=true' --secret id=s,src="$W/secret.txt" <<EOF
FROM $B
RUN --mount=type=secret,id=s,required=true echo ok > /out.txt
EOF
probe 'RUN --mount=type=secret missing secret (optional) still builds' <<EOF
FROM $B
RUN --mount=type=secret,id=nosuch echo ok > /out.txt
EOF
probe 'RUN --mount=type=secret,env=VAR' --secret id=s,src="$W/secret.txt" <<EOF
FROM $B
RUN --mount=type=secret,id=s,env=S [ "\$S" = s3cret ] && echo ok > /out.txt
EOF
probe 'docker build --secret id=s,env=VAR (client)' --secret id=s,env=HOME <<EOF
FROM $B
RUN --mount=type=secret,id=s echo ok > /out.txt
EOF
probe 'RUN --mount=type=tmpfs' <<EOF
FROM $B
RUN --mount=type=tmpfs,target=/t touch /t/x && echo ok > /out.txt
EOF
probe 'RUN --mount=type=ssh (no --ssh given)' <<EOF
FROM $B
RUN --mount=type=ssh echo ok > /out.txt
EOF
probe 'RUN --network=none' <<EOF
FROM $B
RUN --network=none echo ok > /out.txt
EOF
probe 'COPY --chmod=755' <<EOF
FROM $B
COPY --chmod=755 a.txt /a.txt
RUN [ "\$(stat -c %a /a.txt)" = 755 ] && echo ok > /out.txt
EOF
probe 'COPY --chown=1000:1000' <<EOF
FROM $B
COPY --chown=1000:1000 a.txt /a.txt
RUN [ "\$(stat -c %u /a.txt)" = 1000 ] && echo ok > /out.txt
EOF
probe 'COPY --link' <<EOF
FROM $B
COPY --link a.txt /a.txt
RUN echo ok > /out.txt
EOF
probe 'ADD --chmod=644' <<EOF
FROM $B
ADD --chmod=644 a.txt /a.txt
RUN echo ok > /out.txt
EOF
probe 'RUN heredoc' <<'EOF'
FROM debian:trixie-slim
RUN <<EOS
echo ok > /out.txt
EOS
EOF
probe 'COPY heredoc' <<'EOF'
FROM debian:trixie-slim
COPY <<EOS /out.txt
ok
EOS
EOF
probe 'ARG before FROM, used in FROM' <<EOF
ARG TAG=trixie-slim
FROM debian:\${TAG}
RUN echo ok > /out.txt
EOF
probe 'ARG before FROM, re-declared inside stage' --build-arg TAG=trixie-slim <<EOF
ARG TAG=xxx
FROM debian:\${TAG}
ARG TAG
RUN [ "\$TAG" = trixie-slim ] && echo ok > /out.txt
EOF
probe 'FROM --platform=\$BUILDPLATFORM' <<EOF
FROM --platform=\$BUILDPLATFORM $B
RUN echo ok > /out.txt
EOF
probe 'automatic TARGETARCH/TARGETOS/BUILDPLATFORM args' <<EOF
FROM $B
ARG TARGETARCH
ARG TARGETOS
ARG BUILDPLATFORM
RUN [ "\$TARGETARCH" = amd64 ] && [ "\$TARGETOS" = linux ] && [ "\$BUILDPLATFORM" = linux/amd64 ] && echo ok > /out.txt
EOF
probe 'COPY --from=<image ref>' <<EOF
FROM $B
COPY --from=$B /etc/os-release /os-release
RUN echo ok > /out.txt
EOF
probe 'COPY --from=<stage index 0>' <<EOF
FROM $B
RUN echo ok > /ok
FROM $B
COPY --from=0 /ok /out.txt
EOF
probe 'COPY foo.loc[k] ./ (bracket glob, no match)' <<EOF
FROM $B
WORKDIR /app
COPY a.txt foo.loc[k] ./
RUN echo ok > /out.txt
EOF
probe 'COPY foo.loc[k] ./ as the ONLY source (matches nothing)' <<EOF
FROM $B
WORKDIR /app
COPY foo.loc[k] ./
RUN echo ok > /out.txt
EOF
probe 'COPY glob with no match at all (only pattern)' <<EOF
FROM $B
COPY nomatch*.txt /x/
RUN echo ok > /out.txt
EOF
probe 'ARG A B (multi-name ARG line)' --build-arg A=1 --build-arg B=2 <<EOF
FROM $B
ARG A B
RUN [ "\$A\$B" = 12 ] && echo ok > /out.txt
EOF
probe 'ENV A=1 B=2 (multi) and legacy ENV A 1' <<EOF
FROM $B
ENV A=1 B=2
ENV C 3
RUN [ "\$A\$B\$C" = 123 ] && echo ok > /out.txt
EOF
probe 'HEALTHCHECK --start-period' <<EOF
FROM $B
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD true
RUN echo ok > /out.txt
EOF
probe 'HEALTHCHECK --start-interval' <<EOF
FROM $B
HEALTHCHECK --start-period=5s --start-interval=1s CMD true
RUN echo ok > /out.txt
EOF
probe 'COPY --exclude' <<EOF
FROM $B
COPY --exclude=*.md . /app/
RUN echo ok > /out.txt
EOF
probe 'COPY --parents' <<EOF
FROM $B
COPY --parents a.txt /app/
RUN echo ok > /out.txt
EOF
probe 'ONBUILD/STOPSIGNAL/EXPOSE/LABEL/USER numeric' <<EOF
FROM $B
LABEL org.opencontainers.image.title=x
EXPOSE 8080/tcp
STOPSIGNAL SIGTERM
RUN echo ok > /out.txt
USER 65532:65532
EOF
probe 'two --mount flags on one RUN' --secret id=s,src="$W/secret.txt" <<EOF
FROM $B
RUN --mount=type=cache,target=/c --mount=type=secret,id=s cat /run/secrets/s >/dev/null && echo ok > /out.txt
EOF
probe '# syntax=docker/dockerfile:1 line (needs Docker Hub)' <<EOF
# syntax=docker/dockerfile:1
FROM $B
RUN echo ok > /out.txt
EOF
probe '# check=skip=... directive (ignored?)' <<EOF
# check=skip=SecretsUsedInArgOrEnv
FROM $B
RUN echo ok > /out.txt
EOF
"$DOCKER" rmi cms-probe >/dev/null 2>&1 || true
