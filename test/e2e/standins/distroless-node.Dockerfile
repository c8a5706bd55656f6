# Stand-in for gcr.io/distroless/nodejs18-debian12:nonroot: only /nodejs/bin/node
# and what it needs (Debian's node links libnode.so.108, ICU, OpenSSL... and reads
# /usr/share/nodejs),
# no shell, no npm, no apt. ENTRYPOINT/USER/WORKDIR as in the real image.
FROM node:18-bookworm-slim AS src
COPY files/distroless/ /opt/distroless/
COPY --chmod=755 files/distroless-skel.sh /usr/local/bin/
RUN distroless-skel.sh /out /usr/bin/node \
 && mkdir -p /out/nodejs/bin && cp /usr/bin/node /out/nodejs/bin/node \
# Debian's node loads some builtins (undici, acorn, cjs-module-lexer) from /usr/share/nodejs
 && cp -a /usr/share/nodejs /out/usr/share/ \
 && cp -a /usr/lib/ssl /out/usr/lib/

FROM scratch
COPY --from=src /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532
WORKDIR /home/nonroot
ENTRYPOINT ["/nodejs/bin/node"]
