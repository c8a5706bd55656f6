# Stand-in for node:18-bookworm-slim. Node is Debian's nodejs 18 (/usr/bin/node, also
# linked at /usr/local/bin/node as in the official image). npm 10.8.2, corepack 0.32.0
# and yarn 1.22.22 (what Node 18.20 ships) come from the npm registry into /usr/local;
# npm's tarball is fetched with node itself (Debian's npm 9 would pull ~300 packages).
FROM cms-bookworm:certs
RUN groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
 && apt-get update \
 && apt-get install -y --no-install-recommends nodejs \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /usr/local/lib/node_modules/npm \
 && node -e 'require("https").get(process.argv[1], (r) => { if (r.statusCode !== 200) process.exit(1); r.pipe(process.stdout); })' \
      https://registry.npmjs.org/npm/-/npm-10.8.2.tgz \
    | tar -xz -C /usr/local/lib/node_modules/npm --strip-components=1 \
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 # npm's global prefix would default to /usr (next to /usr/bin/node): pin /usr/local
 && echo prefix=/usr/local > /usr/local/lib/node_modules/npm/npmrc \
 && npm install -g --no-audit --no-fund corepack@0.32.0 \
 # corepack's package links yarn/pnpm shims; the real image only has them after `corepack enable`
 && rm /usr/local/bin/pnpm /usr/local/bin/pnpx /usr/local/bin/yarn /usr/local/bin/yarnpkg \
 && npm install -g --no-audit --no-fund yarn@1.22.22 \
 && ln -s /usr/bin/node /usr/local/bin/node \
 && ln -s /usr/bin/node /usr/local/bin/nodejs \
 && rm -rf /root/.npm /tmp/*
RUN [ "$(node -p 'process.versions.node.split(".")[0]')" = 18 ] \
 && node --version && npm --version && yarn --version && corepack --version
# Not in the real image; needed on this network only: the reachable npm registry
# serves no signatures (corepack would refuse every download) and repo.yarnpkg.com
# (Yarn 2+) is unreachable, so corepack fetches @yarnpkg/cli-dist from npm instead.
ENV COREPACK_INTEGRITY_KEYS=0 COREPACK_NPM_REGISTRY=https://registry.npmjs.org
COPY --chmod=755 files/node-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
