# Stand-in for maven:3.9-eclipse-temurin-17 (also tagged maven:3.8-eclipse-temurin-17):
# Debian's openjdk-17-jdk-headless + maven 3.8 + the Maven plugins Debian packages.
# JAVA_HOME=/opt/java/openjdk (a link) and the `ubuntu` user (uid 1000) as in the real,
# Ubuntu-noble-based image. Resolution is offline: see files/maven-settings.xml.
FROM cms-bookworm:certs
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
      libmaven-resources-plugin-java libmaven-compiler-plugin-java libsurefire-java \
      libmaven-jar-plugin-java libmaven-install-plugin-java libmaven-clean-plugin-java \
      libmaven-dependency-plugin-java libmaven-shade-plugin-java libmaven-deploy-plugin-java \
      libmaven-enforcer-plugin-java libmaven-site-plugin-java junit4 junit5 \
      curl wget gnupg fontconfig p11-kit tzdata locales git \
 && rm -rf /var/lib/apt/lists/* \
 && echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen && locale-gen en_US.UTF-8 \
 && mkdir -p /opt/java && ln -s /usr/lib/jvm/java-17-openjdk-amd64 /opt/java/openjdk \
 && groupadd --gid 1000 ubuntu && useradd --uid 1000 --gid 1000 --create-home --shell /bin/bash ubuntu \
 && mkdir -p /root/.m2 /usr/share/maven-ref
COPY files/maven-settings.xml /etc/maven/settings.xml
# Maven 3.8's default site-lifecycle plugin version (3.3), which `dependency:go-offline`
# resolves, relocated to the packaged one the way Debian does for the other defaults.
COPY files/maven-site-plugin-3.3.pom /usr/share/maven-repo/org/apache/maven/plugins/maven-site-plugin/3.3/
COPY --chmod=755 files/passthrough-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh
ENV JAVA_HOME=/opt/java/openjdk LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8 \
    MAVEN_HOME=/usr/share/maven MAVEN_CONFIG=/root/.m2 \
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN java -version 2>&1 | grep -q '"17\.' && javac -version && jar --version && mvn -v
ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]
CMD ["mvn"]
