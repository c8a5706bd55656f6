# Internal (cms-trixie:certs): trixie + ca-certificates that also trust this machine's
# TLS-proxy CAs (certs/ is filled by build.sh). Most stand-ins start here (not node:*,
# which, like the real image, has no ca-certificates). No `# syntax=` line: nothing can
# be pulled.
FROM debian:trixie-slim
COPY certs/ /usr/local/share/ca-certificates/
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && update-ca-certificates \
 && rm -rf /var/lib/apt/lists/*
