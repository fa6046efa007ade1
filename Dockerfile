# Concession Coach: one replica per container. Build: docker build -t concession-coach .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# The project's own files only, installed with the pinned versions in constraints.txt.
COPY pyproject.toml constraints.txt README.md LICENSE ./
COPY bot ./bot
COPY adapters ./adapters
COPY coaching ./coaching
COPY storage ./storage
COPY bench ./bench
COPY harness ./harness
RUN pip install -c constraints.txt . \
    && useradd --system --uid 10001 --user-group --create-home --home-dir /home/coach coach

USER coach
ENV HOME=/home/coach
EXPOSE 3978
# Liveness only; /readyz (database, draining) is for the load balancer's routing.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:3978/healthz', timeout=2)"]
# SIGTERM: stop accepting, let running turns finish (SHUTDOWN_GRACE_SECONDS, 25 by default),
# then close; give the container a stop timeout longer than that (compose: stop_grace_period).
STOPSIGNAL SIGTERM
ENTRYPOINT ["concession-coach", "serve", "--host", "0.0.0.0"]
CMD ["--port", "3978"]
