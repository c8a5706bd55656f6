# Stand-in for python:3.11-slim-bookworm. Python is Debian's 3.11 (/usr/bin/python3.11);
# /usr/local/bin holds python/python3/pip/pip3 links as in the official image, which is
# also why venvs made here point at /usr/local/bin/python3 (absent in distroless, as
# with the real images). The PEP 668 marker is removed so `pip install` works as root
# like upstream's. No PyPI here: only empty/comment-only requirements install.
FROM cms-bookworm:certs
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv python3-pip netbase \
 && rm -rf /var/lib/apt/lists/* \
 && rm -f /usr/lib/python3.11/EXTERNALLY-MANAGED \
 && for n in python python3 python3.11; do ln -s /usr/bin/python3.11 /usr/local/bin/$n; done \
 && ln -s /usr/bin/pip3 /usr/local/bin/pip3 && ln -s /usr/bin/pip3 /usr/local/bin/pip \
 && ln -s dist-packages /usr/local/lib/python3.11/site-packages \
 && python3 -c 'import sys; assert sys.version_info[:2] == (3, 11)'
ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
CMD ["python3"]
