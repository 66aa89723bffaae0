# claimtrace: the extraction API in a container.
#
#   docker build -t claimtrace .
#   docker run --rm -p 8080:8080 claimtrace
#   docker run --rm -p 8443:8443 -e CLAIMTRACE_PORT=8443 \
#       -e CLAIMTRACE_TLS_CERTIFICATE=/certs/cert.pem -e CLAIMTRACE_TLS_PRIVATE_KEY=/certs/key.pem \
#       -v "$PWD/certs:/certs:ro" claimtrace
#
# Any setting of config/claimtrace.json can be overridden with CLAIMTRACE_<KEY> (e.g.
# CLAIMTRACE_WORKERS, CLAIMTRACE_API_KEYS=k1,k2, CLAIMTRACE_LIMITS_MAX_BODY_BYTES).
#
# No Docker engine runs on the development machines; every step below was run by hand there
# (release build with --static-swift-stdlib, the binary and the resource bundle copied to a
# fresh directory, started from it as an unprivileged user with CLAIMTRACE_HOST=0.0.0.0, and
# the health check command run against it).

ARG SWIFT_VERSION=6.3

# ---- build -------------------------------------------------------------------------------
FROM swift:${SWIFT_VERSION}-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so source edits do not refetch them.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
# The Swift runtime and Foundation are linked in statically: the runtime image needs only
# glibc, libstdc++ and OpenSSL.
RUN swift build -c release --static-swift-stdlib --product claimtrace \
    && mkdir -p /out \
    && bin="$(swift build -c release --show-bin-path)" \
    && cp "$bin/claimtrace" /out/ \
    && cp -R "$bin"/claimtrace_*.resources /out/ \
    && test -d /out/claimtrace_ClaimtraceCore.resources

# ---- runtime -----------------------------------------------------------------------------
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 libstdc++6 curl ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 claimtrace \
    && useradd --system --uid 10001 --gid claimtrace --no-create-home --shell /usr/sbin/nologin claimtrace
WORKDIR /app
# The resource bundles (models, lexicons) must sit next to the binary: Bundle.module looks there.
COPY --from=build /out/ /app/
COPY config/claimtrace.json /app/config/claimtrace.json
ENV CLAIMTRACE_HOST=0.0.0.0 \
    CLAIMTRACE_PORT=8080
USER claimtrace:claimtrace
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD scheme=http; [ -n "${CLAIMTRACE_TLS_CERTIFICATE:-}" ] && scheme=https; \
        curl -fsSk "$scheme://127.0.0.1:${CLAIMTRACE_PORT}/healthz" || exit 1
# SIGTERM drains: stop accepting, /readyz turns 503, in-flight requests finish, exit 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/claimtrace", "serve", "--config", "/app/config/claimtrace.json"]
