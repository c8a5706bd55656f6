# Stand-in for gcr.io/distroless/java17-debian12:nonroot: Debian's openjdk-17 JRE
# (as upstream) at /usr/lib/jvm/java-17-openjdk-amd64, /usr/bin/java link, Java cacerts,
# the libs it needs; ENTRYPOINT ["/usr/bin/java", "-jar"]. No shell.
FROM eclipse-temurin:17-jre AS src
COPY files/distroless/ /opt/distroless/
COPY --chmod=755 files/distroless-skel.sh /usr/local/bin/
ENV J=/usr/lib/jvm/java-17-openjdk-amd64
RUN distroless-skel.sh /out $J/bin/java $(find $J/lib -name '*.so') \
 && mkdir -p /out/usr/lib/jvm /out/usr/bin /out/etc/ssl/certs \
 && cp -a $J /out/usr/lib/jvm/ && ln -s $J/bin/java /out/usr/bin/java \
 # Debian's JRE keeps conf/ and security/cacerts as links into /etc
 && cp -a /etc/java-17-openjdk /out/etc/ && cp -a /etc/ssl/certs/java /out/etc/ssl/certs/ \
 # fontconfig + DejaVu, as upstream ships them for AWT font use
 && cp -a /etc/fonts /out/etc/ && cp -a /usr/share/fonts /out/usr/share/

FROM scratch
COPY --from=src /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt LANG=C.UTF-8
USER 65532
WORKDIR /home/nonroot
ENTRYPOINT ["/usr/bin/java", "-jar"]
