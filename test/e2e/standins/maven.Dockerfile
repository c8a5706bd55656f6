# Stand-in for maven:3.9-eclipse-temurin-25: Debian's openjdk-25-jdk-headless + maven
# 3.9 + the Maven plugins Debian packages. JAVA_HOME=/opt/java/openjdk (a link) and the
# `ubuntu` user (uid 1000) as in the real, Ubuntu-noble-based image; curl, git and gnupg
# as the maven image installs them. Resolution is offline: see files/maven-settings.xml.
# Debian's maven, ant and junit4 depend on default-jre-headless (openjdk-21: openjdk-25
# provides no javaN-runtime-headless), so a 21 JRE is installed too; JAVA_HOME, PATH and
# the /usr/bin/java alternative all point at 25 (checked below).
FROM cms-trixie:certs
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && apt-get install -y --no-install-recommends openjdk-25-jdk-headless maven \
      libmaven-resources-plugin-java libmaven-compiler-plugin-java libsurefire-java \
      libmaven-jar-plugin-java libmaven-install-plugin-java libmaven-clean-plugin-java \
      libmaven-dependency-plugin-java libmaven-shade-plugin-java libmaven-deploy-plugin-java \
      libmaven-enforcer-plugin-java libmaven-site-plugin-java junit4 junit5 \
      curl gnupg fontconfig p11-kit tzdata locales git \
 && rm -rf /var/lib/apt/lists/* \
 && echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen && locale-gen en_US.UTF-8 \
 && mkdir -p /opt/java && ln -s /usr/lib/jvm/java-25-openjdk-amd64 /opt/java/openjdk \
 && groupadd --gid 1000 ubuntu && useradd --uid 1000 --gid 1000 --create-home --shell /bin/bash ubuntu \
 && mkdir -p /root/.m2 /usr/share/maven-ref
COPY files/maven-settings.xml /etc/maven/settings.xml
# Maven 3.9.9's default versions that Debian packages under another version (site
# 3.12.1, dependency 3.7.0 from the super POM, deploy 3.1.2) are relocated to the packaged
# ones, the way Debian does it for the other defaults; and the plugin group gets the
# prefix/version metadata that Maven Central has and Debian's repository lacks.
COPY --chmod=755 files/maven-repo-fixups.sh /usr/local/bin/
RUN maven-repo-fixups.sh maven-site-plugin:3.12.1 maven-dependency-plugin:3.7.0 \
      maven-deploy-plugin:3.1.2
COPY --chmod=755 files/passthrough-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh
ENV JAVA_HOME=/opt/java/openjdk LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8 \
    MAVEN_HOME=/usr/share/maven MAVEN_CONFIG=/root/.m2 \
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN java -version 2>&1 | grep -q '"25\.' && javac -version && jar --version \
 && readlink -f /usr/bin/java | grep -q java-25 && mvn -v | grep -q 'Java version: 25\.' \
 && mvn -v | grep -q 'Apache Maven 3\.9\.'
ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]
CMD ["mvn"]
