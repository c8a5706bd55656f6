# Stand-in for python:3.13-slim-trixie. Python is Debian's 3.13 (/usr/bin/python3.13);
# /usr/local/bin holds python/python3/pip/pip3 links as in the official image, which is
# also why venvs made here point at /usr/local/bin/python3 (absent in distroless, as
# with the real images). The PEP 668 marker is removed so `pip install` works as root
# like upstream's.
FROM cms-trixie:certs
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv python3-pip netbase \
      python3-pip-whl python3-setuptools-whl python3-wheel-whl python3-packaging-whl \
 && rm -rf /var/lib/apt/lists/* \
 && rm -f /usr/lib/python3.13/EXTERNALLY-MANAGED \
 && for n in python python3 python3.13; do ln -s /usr/bin/python3.13 /usr/local/bin/$n; done \
 && ln -s /usr/bin/pip3 /usr/local/bin/pip3 && ln -s /usr/bin/pip3 /usr/local/bin/pip \
 && mkdir -p /usr/local/lib/python3.13 && ln -s dist-packages /usr/local/lib/python3.13/site-packages \
 && python3 -c 'import sys; assert sys.version_info[:2] == (3, 13)'
# Not in the real image; needed on this network only: PyPI is unreachable, so pip (also
# in venvs, and in the isolated environments of PEP 517 builds) installs only from the
# wheels Debian ships in /usr/share/python-wheels (pip, setuptools, wheel, packaging).
# That is enough for `pip install .` of a setuptools project and for empty or
# comment-only requirements files; anything else fails as "no matching distribution".
COPY files/pip.conf /etc/pip.conf
ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
CMD ["python3"]
