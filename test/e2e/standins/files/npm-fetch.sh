#!/bin/sh
# npm-fetch.sh NAME VERSION DIR: download NAME@VERSION's tarball from the npm registry,
# check it against the sha512 `dist.integrity` of the registry's metadata (as npm does)
# and unpack it into DIR (the tarball's top folder stripped). Needs curl and jq.
set -eu
name=$1 version=$2 dir=$3
registry=${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}
meta=$(curl -fsSL "$registry/$name/$version")
url=$(printf '%s' "$meta" | jq -r .dist.tarball)
integrity=$(printf '%s' "$meta" | jq -r .dist.integrity)
case $integrity in
  sha512-*) ;;
  *) echo "npm-fetch: no sha512 integrity for $name@$version" >&2; exit 1 ;;
esac
tgz=$(mktemp)
curl -fsSL -o "$tgz" "$url"
want=$(printf '%s' "${integrity#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
got=$(sha512sum "$tgz" | cut -d' ' -f1)
[ "$want" = "$got" ] || { echo "npm-fetch: $name@$version does not match $integrity" >&2; exit 1; }
mkdir -p "$dir"
tar -xzf "$tgz" -C "$dir" --strip-components=1 --no-same-owner
rm -f "$tgz"
echo "npm-fetch: $name@$version ok ($integrity)"
