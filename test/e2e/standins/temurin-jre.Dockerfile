# Stand-in for eclipse-temurin:25-jre (Ubuntu noble based upstream): Debian's
# openjdk-25-jre-headless behind JAVA_HOME=/opt/java/openjdk, with the packages the real
# 25 image installs (fontconfig, ca-certificates, p11-kit, tzdata, locales; unlike the
# 17 image, no curl and no wget), en_US.UTF-8, the noble `ubuntu` user (uid/gid 1000, so
# `useradd -u 1000` fails here as it does upstream) and /__cacert_entrypoint.sh as
# ENTRYPOINT. JAVA_VERSION is not set (upstream: the Temurin build, e.g. jdk-25.0.4+7).
FROM cms-trixie:certs
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && apt-get install -y --no-install-recommends openjdk-25-jre-headless \
      fontconfig p11-kit tzdata locales \
 && rm -rf /var/lib/apt/lists/* \
 && echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen && locale-gen en_US.UTF-8 \
 && mkdir -p /opt/java && ln -s /usr/lib/jvm/java-25-openjdk-amd64 /opt/java/openjdk \
 && groupadd --gid 1000 ubuntu && useradd --uid 1000 --gid 1000 --create-home --shell /bin/bash ubuntu
ENV JAVA_HOME=/opt/java/openjdk LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8 \
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN java -version 2>&1 | grep -q '"25\.' && ! command -v curl && ! command -v wget
COPY --chmod=755 files/passthrough-entrypoint.sh /__cacert_entrypoint.sh
ENTRYPOINT ["/__cacert_entrypoint.sh"]
