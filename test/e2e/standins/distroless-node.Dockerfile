# Stand-in for gcr.io/distroless/nodejs<major>-debian13:nonroot (build.sh passes
# NODE_MAJOR): the cc-debian13 stand-in + /nodejs/bin/node, the same official binary
# as node:<major>-trixie-slim, and libatomic1 where that binary links it (26; upstream
# adds the package for 26 too). ENTRYPOINT ["/nodejs/bin/node"], USER 65532, WORKDIR
# /home/nonroot (from cc); no shell, no npm/npx/corepack, no include/.
ARG NODE_MAJOR
FROM node:${NODE_MAJOR}-trixie-slim AS node

FROM cms-trixie:certs AS src
COPY --chmod=755 files/distroless.sh /usr/local/bin/
COPY --from=node /usr/local/bin/node /out/nodejs/bin/node
RUN if ldd /out/nodejs/bin/node | grep -q 'libatomic.so.1 => not found'; then \
      apt-get update && apt-get install -y --no-install-recommends libatomic1 \
      && rm -rf /var/lib/apt/lists/* && distroless.sh pkgs /out libatomic1; \
    fi \
 && ! ldd /out/nodejs/bin/node | grep 'not found'

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=src /out/ /
ENTRYPOINT ["/nodejs/bin/node"]
