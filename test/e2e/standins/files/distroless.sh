#!/bin/sh
# Lay out distroless-like root filesystems in OUT (run inside a trixie build stage):
#
#   distroless.sh skel OUT          merged-usr links (/bin /lib /lib64 /sbin -> usr/...),
#                                   passwd/group (root, nobody, nonroot 65532), os-release,
#                                   nsswitch, /tmp 1777, /home/nonroot (0700, 65532), CA
#                                   bundle, and the files of netbase, tzdata, tzdata-legacy
#                                   and media-types (what static-debian13 holds)
#   distroless.sh pkgs OUT PKG...   every file of these installed packages (docs, man pages
#                                   and lintian overrides left out), as the real images
#                                   unpack whole .debs
#   distroless.sh libs OUT BIN...   every shared library (ldd) the binaries need, and the
#                                   ELF loader, under /usr (symlinks resolved)
set -eu
cmd=$1 out=$2; shift 2

pkg_files() {
  dpkg -L "$@" | while read -r f; do
    case $f in /usr/share/doc/*|/usr/share/man/*|/usr/share/lintian/*|/usr/share/bug/*) continue ;; esac
    # directories come with their files; links and regular files are copied as they are
    if [ -L "$f" ] || [ -f "$f" ]; then echo "$f"; fi
  done
}

case $cmd in
  skel)
    mkdir -p "$out/usr/bin" "$out/usr/lib" "$out/usr/lib64" "$out/usr/sbin" \
      "$out/etc/ssl/certs" "$out/tmp" "$out/home/nonroot" "$out/root" "$out/usr/share"
    for d in bin lib lib64 sbin; do ln -sfn "usr/$d" "$out/$d"; done
    cp /opt/distroless/etc/* "$out/etc/"
    chmod 1777 "$out/tmp"; chmod 700 "$out/home/nonroot" "$out/root"
    chown 65532:65532 "$out/home/nonroot"
    cp /etc/ssl/certs/ca-certificates.crt "$out/etc/ssl/certs/"
    "$0" pkgs "$out" netbase tzdata tzdata-legacy media-types
    ;;
  pkgs)
    pkg_files "$@" | while read -r f; do cp -a --parents "$f" "$out/"; done
    ;;
  libs)
    for bin in "$@"; do
      ldd "$bin" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
    done | sort -u | while read -r lib; do
      # ldd names /lib/... (ld.so.cache order); the skeleton has merged-usr links, so
      # store every library under /usr, never in a real /lib directory
      case $lib in /lib/*|/lib64/*) dest=/usr$lib ;; *) dest=$lib ;; esac
      mkdir -p "$out$(dirname "$dest")"
      cp -L "$lib" "$out$dest"
    done
    ;;
  *) echo "usage: $0 skel|pkgs|libs OUT ..." >&2; exit 2 ;;
esac
