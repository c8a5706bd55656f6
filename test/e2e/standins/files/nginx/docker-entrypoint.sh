#!/bin/sh
# Reduced version of upstream's entrypoint: when starting nginx, run the scripts in
# /docker-entrypoint.d/ and render /etc/nginx/templates/*.template with envsubst into
# /etc/nginx/conf.d/ (only variables that are set are substituted, as upstream).
set -e
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
  for f in /docker-entrypoint.d/*; do
    [ -f "$f" ] || continue
    case "$f" in
      *.envsh) [ -x "$f" ] && . "$f" ;;
      *.sh) [ -x "$f" ] && "$f" ;;
    esac
  done
  if [ -d /etc/nginx/templates ]; then
    vars=$(printf '${%s} ' $(env | cut -d= -f1))
    for t in /etc/nginx/templates/*.template; do
      [ -f "$t" ] || continue
      out=/etc/nginx/conf.d/$(basename "$t" .template)
      envsubst "$vars" < "$t" > "$out"
    done
  fi
fi
exec "$@"
