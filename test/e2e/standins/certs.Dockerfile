# Internal (cms-bookworm:certs): bookworm + ca-certificates that also trust this
# machine's TLS-proxy CAs (certs/ is filled by build.sh). Every stand-in but
# debian:bookworm-slim starts here. No `# syntax=` line: nothing can be pulled.
FROM debian:bookworm-slim
COPY certs/ /usr/local/share/ca-certificates/
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && update-ca-certificates \
 && rm -rf /var/lib/apt/lists/*
