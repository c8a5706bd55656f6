#!/bin/sh
# distroless-skel.sh OUT [BINARY...]: lay out a distroless-like root in OUT:
# passwd/group (root, nobody, nonroot 65532), /tmp 1777, /home/nonroot (0700,
# 65532), CA bundle, tzdata, plus every shared library (ldd) the given binaries
# need, copied with their full paths (symlinks resolved), and the ELF loader.
set -eu
out=$1; shift
mkdir -p "$out/etc/ssl/certs" "$out/tmp" "$out/home/nonroot" "$out/root" "$out/usr/share"
cp /opt/distroless/etc/* "$out/etc/"
chmod 1777 "$out/tmp"; chmod 700 "$out/home/nonroot" "$out/root"
chown 65532:65532 "$out/home/nonroot"
cp /etc/ssl/certs/ca-certificates.crt "$out/etc/ssl/certs/"
[ -d /usr/share/zoneinfo ] && cp -a /usr/share/zoneinfo "$out/usr/share/"
for bin in "$@"; do
  ldd "$bin" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
done | sort -u | while read -r lib; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
