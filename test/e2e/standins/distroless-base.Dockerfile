# Stand-ins for gcr.io/distroless/static-debian13:nonroot (--target static) and
# gcr.io/distroless/cc-debian13:nonroot (--target cc), laid out from trixie's packages
# as upstream does (it unpacks .debs, runs no maintainer scripts):
#   static: merged-usr links, passwd/group (root, nobody, nonroot 65532), os-release,
#           nsswitch, CA bundle, netbase, tzdata + tzdata-legacy, media-types, /tmp,
#           /home/nonroot. No libc, no shell.
#   cc:     static + libc6, libssl3t64, libzstd1, zlib1g (upstream's "base") + libgomp1,
#           libstdc++6, libgcc-s1, gcc-14-base. No shell.
# The nodejs and python3 stand-ins start from cc, as upstream's do.
FROM cms-trixie:certs AS src
RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata tzdata-legacy netbase media-types \
      libssl3t64 libzstd1 zlib1g libgomp1 libstdc++6 libgcc-s1 gcc-14-base \
 && rm -rf /var/lib/apt/lists/*
COPY files/distroless/ /opt/distroless/
COPY --chmod=755 files/distroless.sh /usr/local/bin/
RUN distroless.sh skel /static \
 && cp -a /static /cc \
 && distroless.sh pkgs /cc libc6 libssl3t64 libzstd1 zlib1g libgomp1 libstdc++6 libgcc-s1 gcc-14-base

FROM scratch AS static
COPY --from=src /static/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532
WORKDIR /home/nonroot

FROM scratch AS cc
COPY --from=src /cc/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532
WORKDIR /home/nonroot
