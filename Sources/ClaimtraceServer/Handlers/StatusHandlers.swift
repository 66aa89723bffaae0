/// `GET /healthz`: the process is alive and serving HTTP. Never gated by keys or readiness.
enum HealthHandler {
    static func response() -> HTTPResponse {
        HTTPResponse(status: 200, headers: HTTPHeaders([("Content-Type", "application/json"), ("Cache-Control", "no-store")]),
                     body: Array(#"{"status":"ok"}"#.utf8))
    }
}

/// `GET /readyz`: models loaded and not draining; a load balancer stops sending traffic on 503.
enum ReadinessHandler {
    static func response(_ lifecycle: ServiceLifecycle) -> HTTPResponse {
        if lifecycle.isReady {
            return HTTPResponse(status: 200, headers: HTTPHeaders([("Content-Type", "application/json"), ("Cache-Control", "no-store")]),
                                body: Array(#"{"status":"ready"}"#.utf8))
        }
        var response = HTTPResponse.problem(503, lifecycle.isDraining ? "The server is draining and takes no new work."
                                                                        : "The models are not loaded yet.")
        response.headers.add("Retry-After", "1")
        response.headers.add("Cache-Control", "no-store")
        return response
    }
}

/// `GET /metrics`: Prometheus text exposition format 0.0.4.
enum MetricsHandler {
    static func response(_ metrics: ServerMetrics, pool: ExtractionPool) -> HTTPResponse {
        HTTPResponse(status: 200, headers: HTTPHeaders([("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
                                                        ("Cache-Control", "no-store")]),
                     body: Array(metrics.render(pool: pool).utf8))
    }
}

/// Fixed documents (`/openapi.json`, `/`), with a strong ETag so browsers revalidate cheaply.
enum StaticHandler {
    static func response(body: [UInt8], contentType: String, etag: String, request: HTTPRequest) -> HTTPResponse {
        if let condition = request.headers["If-None-Match"], EntityTag.matches(ifNoneMatch: condition, tag: etag) {
            return HTTPResponse(status: 304, headers: HTTPHeaders([("ETag", etag)]))
        }
        var headers = HTTPHeaders([("Content-Type", contentType), ("ETag", etag), ("Cache-Control", "no-cache")])
        if contentType.hasPrefix("text/html") {
            // The page is self-contained: inline script and style only, no other origin.
            headers.add("Content-Security-Policy",
                        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'")
            headers.add("X-Content-Type-Options", "nosniff")
        }
        return HTTPResponse(status: 200, headers: headers, body: body)
    }
}
