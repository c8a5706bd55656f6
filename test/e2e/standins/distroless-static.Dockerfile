# Stand-in for gcr.io/distroless/static-debian12:nonroot: passwd/group, CA bundle,
# tzdata, /tmp, /home/nonroot and nothing else (no libc, no shell).
FROM cms-bookworm:certs AS src
COPY files/distroless/ /opt/distroless/
COPY --chmod=755 files/distroless-skel.sh /usr/local/bin/
RUN distroless-skel.sh /out

FROM scratch
COPY --from=src /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532
WORKDIR /home/nonroot
