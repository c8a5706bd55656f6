# Stand-in for golang:1.19-bookworm (buildpack-deps:bookworm-scm + Go). Go is Debian's
# golang-1.19, linked at /usr/local/go as in the official image. GOPROXY is left at its
# default like the real image: modules can't be fetched here, so the sample apps use
# only the standard library (`go mod download` with no requirements needs no network).
FROM cms-bookworm:certs
RUN apt-get update \
 && apt-get install -y --no-install-recommends golang-1.19-go \
      git openssh-client curl wget procps netbase gnupg \
      gcc libc6-dev make pkg-config \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s /usr/lib/go-1.19 /usr/local/go \
 && mkdir -p /go/src /go/bin && chmod -R 1777 /go
ENV GOLANG_VERSION=1.19 GOPATH=/go \
    PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN [ "$(go env GOCACHE)" = /root/.cache/go-build ] && [ "$(go env GOMODCACHE)" = /go/pkg/mod ] \
 && go version | grep -q 'go1\.19'
WORKDIR /go
CMD ["bash"]
