# Stand-in for gcr.io/distroless/python3-debian12:nonroot: Debian's python3.11 with its
# stdlib and the libs its extension modules need; /usr/bin/python3 and /usr/bin/python
# link to python3.11, which is the ENTRYPOINT as in the real image. No shell, no pip.
FROM python:3.11-slim-bookworm AS src
COPY files/distroless/ /opt/distroless/
COPY --chmod=755 files/distroless-skel.sh /usr/local/bin/
RUN distroless-skel.sh /out /usr/bin/python3.11 /usr/lib/python3.11/lib-dynload/*.so \
 && mkdir -p /out/usr/bin /out/usr/lib /out/etc \
 && cp /usr/bin/python3.11 /out/usr/bin/ \
 && ln -s python3.11 /out/usr/bin/python3 && ln -s python3.11 /out/usr/bin/python \
 && cp -a /usr/lib/python3.11 /out/usr/lib/ && rm -rf /out/usr/lib/python3.11/test \
 && cp -a /etc/python3.11 /out/etc/ \
 && cp -a /usr/lib/ssl /out/usr/lib/

FROM scratch
COPY --from=src /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt LANG=C.UTF-8
USER 65532
WORKDIR /home/nonroot
ENTRYPOINT ["/usr/bin/python3.11"]
