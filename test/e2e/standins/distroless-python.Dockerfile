# Stand-in for gcr.io/distroless/python3-debian13:nonroot: the cc-debian13 stand-in (as
# upstream) + Debian's python3.13 with its stdlib (test/ left out) and the libraries its
# extension modules need; /usr/bin/python3 and /usr/bin/python link to
# /usr/bin/python3.13, which is the ENTRYPOINT as in the real image. LANG=C.UTF-8,
# USER 65532. No shell, no pip, and no /usr/local/bin/python3 (what venvs made in the
# python:3.13-slim images point at).
FROM python:3.13-slim-trixie AS src
COPY --chmod=755 files/distroless.sh /usr/local/bin/
RUN distroless.sh libs /out /usr/bin/python3.13 /usr/lib/python3.13/lib-dynload/*.so \
 && mkdir -p /out/usr/bin /out/usr/lib /out/etc \
 && cp /usr/bin/python3.13 /out/usr/bin/ \
 && ln -s /usr/bin/python3.13 /out/usr/bin/python3 && ln -s /usr/bin/python3.13 /out/usr/bin/python \
 && cp -a /usr/lib/python3.13 /out/usr/lib/ && rm -rf /out/usr/lib/python3.13/test \
 && cp -a /etc/python3.13 /out/etc/

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=src /out/ /
ENV LANG=C.UTF-8
ENTRYPOINT ["/usr/bin/python3.13"]
