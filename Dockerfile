# The microgigs catalog as a container image: `microgigs serve` on port 8001 of every interface of the container,
# read-only, the SQLite catalog in the /data volume. docs/deploy.md: the reverse proxy, HTTPS, snapshots.
#   docker build -t microgigs .
#   docker run -d -p 127.0.0.1:8001:8001 -v "$PWD/data:/data" microgigs
# A pinned minor version of the slim Debian image; Python as pyproject.toml requires (>= 3.11).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MICROGIGS_DB=/data/microgigs.db

WORKDIR /app
# Only what the package needs (see .dockerignore): no tests, no local catalogs, no virtualenv.
COPY pyproject.toml README.md ./
COPY scrapers ./scrapers
COPY normalize ./normalize
COPY db ./db
RUN pip install .

# Never root: the catalog only reads /data (crawls can run in another container writing the same volume).
RUN useradd --system --uid 10001 --no-create-home microgigs && mkdir -p /data && chown microgigs /data
USER microgigs
VOLUME ["/data"]

EXPOSE 8001
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8001/microgigs.json', timeout=4)"]
# --host 0.0.0.0: inside the container, so the published port reaches it; publish it on 127.0.0.1 of the host
# only and let the reverse proxy face the internet. Behind a proxy that is not on 127.0.0.1, trust its
# X-Forwarded-Proto with FORWARDED_ALLOW_IPS (uvicorn), or the snippets say http:// on an https:// site.
CMD ["microgigs", "serve", "--host", "0.0.0.0", "--port", "8001"]
