# Stand-in for nginxinc/nginx-unprivileged:1.30-trixie (also tagged :1.26-trixie, the
# nginx really inside: Debian trixie's). Like upstream: user nginx uid/gid 101, listens
# on 8080 (/etc/nginx/conf.d/default.conf), serves /usr/share/nginx/html, pid and temp
# files in /tmp, logs to stdout/stderr, /etc/nginx and /var/cache/nginx writable by 101,
# curl + envsubst present, USER 101, /docker-entrypoint.sh with /docker-entrypoint.d/
# and /etc/nginx/templates support.
FROM cms-trixie:certs
RUN groupadd --system --gid 101 nginx \
 && useradd --system --gid nginx --uid 101 --no-create-home --home /nonexistent \
      --shell /bin/false --comment "nginx user" nginx \
 && apt-get update \
 && apt-get install -y --no-install-recommends nginx curl gettext-base tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && rm -rf /etc/nginx/sites-enabled /etc/nginx/sites-available /etc/nginx/conf.d/* /var/www \
 && mkdir -p /docker-entrypoint.d /var/cache/nginx /usr/share/nginx/html \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log \
 && chown -R 101:0 /var/cache/nginx /etc/nginx && chmod -R g+w /var/cache/nginx /etc/nginx
COPY files/nginx/nginx.conf /etc/nginx/nginx.conf
COPY --chown=101:0 files/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY files/nginx/html/ /usr/share/nginx/html/
COPY --chmod=755 files/nginx/docker-entrypoint.sh /docker-entrypoint.sh
RUN nginx -t && nginx -v 2>&1 | grep -q 'nginx/1\.26\.' && rm -rf /tmp/*
EXPOSE 8080
STOPSIGNAL SIGQUIT
USER 101
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["nginx", "-g", "daemon off;"]
