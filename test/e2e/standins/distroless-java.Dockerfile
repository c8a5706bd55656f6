# Stand-in for gcr.io/distroless/java25-debian13:nonroot: the static-debian13 stand-in +
# Debian's openjdk-25 JRE at /usr/lib/jvm/java-25-openjdk-amd64 (upstream: Temurin's JRE
# at /usr/lib/jvm/temurin-25-jre-amd64, which is linked here to the Debian one),
# /usr/bin/java link, Java cacerts, the libs it needs, fontconfig + DejaVu;
# ENTRYPOINT ["/usr/bin/java", "-jar"], LANG=C.UTF-8, USER 65532. No shell.
# JAVA_VERSION is not set (upstream: the Temurin version).
FROM eclipse-temurin:25-jre AS src
COPY --chmod=755 files/distroless.sh /usr/local/bin/
ENV J=/usr/lib/jvm/java-25-openjdk-amd64
RUN distroless.sh libs /out $J/bin/java $(find $J/lib -name '*.so') \
 && mkdir -p /out/usr/lib/jvm /out/usr/bin /out/etc/ssl/certs /out/usr/share \
 && cp -a $J /out/usr/lib/jvm/ && ln -s java-25-openjdk-amd64 /out/usr/lib/jvm/temurin-25-jre-amd64 \
 && ln -s /usr/lib/jvm/temurin-25-jre-amd64/bin/java /out/usr/bin/java \
 # Debian's JRE keeps conf/ and security/cacerts as links into /etc
 && cp -a /etc/java-25-openjdk /out/etc/ && cp -a /etc/ssl/certs/java /out/etc/ssl/certs/ \
 # fontconfig + DejaVu, as upstream ships them for AWT font use
 && cp -a /etc/fonts /out/etc/ && cp -a /usr/share/fonts /out/usr/share/

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=src /out/ /
ENV LANG=C.UTF-8
ENTRYPOINT ["/usr/bin/java", "-jar"]
