# Stand-in for oven/bun:<line>-slim and oven/bun:<line>-distroless. Bun is the REAL linux-x64
# binary of BUN_VERSION, from the npm registry package @oven/bun-linux-x64 (what the bun package
# installs), checked against the registry's sha512 integrity. Like the real images: bun at
# /usr/local/bin/bun with bunx beside it; slim is debian:trixie-slim (oven/bun's since 1.3.4) with
# user bun 1000:1000 and WORKDIR /home/bun/app; distroless is distroless cc with the nonroot user.
# Only on this network: the base trusts the TLS proxy's CA (NODE_EXTRA_CA_CERTS, which bun reads).

FROM cms-trixie:certs AS fetch
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl jq \
 && rm -rf /var/lib/apt/lists/*
COPY --chmod=755 files/npm-fetch.sh /usr/local/bin/
ARG BUN_VERSION
RUN npm-fetch.sh @oven/bun-linux-x64 "$BUN_VERSION" /tmp/bun \
 && mkdir -p /out/usr/local/bin \
 && install -m 755 /tmp/bun/bin/bun /out/usr/local/bin/bun \
 && ln -s bun /out/usr/local/bin/bunx

FROM cms-trixie:certs AS slim
COPY --from=fetch /out/ /
RUN groupadd --gid 1000 bun \
 && useradd --uid 1000 --gid bun --shell /bin/sh --create-home bun \
 && mkdir -p /home/bun/app && chown bun:bun /home/bun/app \
 && bun --version
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
WORKDIR /home/bun/app
CMD ["/usr/local/bin/bun"]

FROM gcr.io/distroless/cc-debian13:nonroot AS distroless
COPY --from=fetch /out/ /
COPY --from=slim /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
WORKDIR /home/bun/app
ENTRYPOINT ["/usr/local/bin/bun"]
