# Stand-in for golang:1.27-trixie (buildpack-deps:trixie-scm + Go). Go is Debian's
# golang-1.27 from trixie-backports (trixie itself has 1.24), linked at /usr/local/go as
# in the official image; the backports source is removed again afterwards, so apt sees
# what the real image's apt sees. GOTOOLCHAIN=local as upstream. GOPROXY is left at its
# default like the real image: modules can't be fetched here, so the sample apps use
# only the standard library (`go mod download` with no requirements needs no network).
FROM cms-trixie:certs
RUN printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: trixie-backports' \
      'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.pgp' \
      > /etc/apt/sources.list.d/backports.sources \
 && apt-get update \
 && apt-get install -y --no-install-recommends -t trixie-backports golang-1.27-go \
 && apt-get install -y --no-install-recommends \
      git openssh-client curl wget procps netbase gnupg \
      g++ gcc libc6-dev make pkg-config \
 && rm -f /etc/apt/sources.list.d/backports.sources \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s /usr/lib/go-1.27 /usr/local/go \
 && mkdir -p /go/src /go/bin && chmod -R 1777 /go
ENV GOLANG_VERSION=1.27 GOTOOLCHAIN=local GOPATH=/go \
    PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN [ "$(go env GOCACHE)" = /root/.cache/go-build ] && [ "$(go env GOMODCACHE)" = /go/pkg/mod ] \
 && go version | grep -q 'go1\.27\.'
WORKDIR /go
CMD ["bash"]
