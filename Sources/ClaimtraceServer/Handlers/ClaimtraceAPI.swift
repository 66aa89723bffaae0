import ClaimtraceCore
import Logging

/// The API of the contract (`/work/shared/design/api.md`): routing, method and key checks,
/// and the handlers. Unknown paths are 404, known paths with another method 405 with
/// `Allow` (RFC 9110 §15.5.6), HEAD is served wherever GET is, OPTIONS lists the methods.
public struct ClaimtraceAPI: HTTPApplication {
    private struct Route: Sendable {
        let methods: [String]
        /// Needs an API key when keys are configured.
        let protected: Bool
    }

    private static let routes: [String: Route] = [
        "/": Route(methods: ["GET"], protected: false),
        "/healthz": Route(methods: ["GET"], protected: false),
        "/readyz": Route(methods: ["GET"], protected: false),
        "/openapi.json": Route(methods: ["GET"], protected: false),
        "/metrics": Route(methods: ["GET"], protected: true),
        "/v1/extract": Route(methods: ["POST"], protected: true),
        "/v1/extract/batch": Route(methods: ["POST"], protected: true),
    ]

    private let backends: BackendSlot
    private let extract: ExtractHandler
    private let batch: BatchHandler
    private let pool: ExtractionPool
    private let metrics: ServerMetrics
    private let lifecycle: ServiceLifecycle
    private let keys: APIKeys
    private let openAPI: [UInt8]
    private let openAPITag: String
    private let page: [UInt8]
    private let pageTag: String

    /// - Parameter backend: the extraction, or nil while the models load (see `install`).
    public init(backend: ExtractionBackend?, pool: ExtractionPool, metrics: ServerMetrics, lifecycle: ServiceLifecycle,
                apiKeys: [String], digest: @escaping @Sendable ([UInt8]) -> String) {
        backends = BackendSlot(backend)
        extract = ExtractHandler(backends: backends, pool: pool, digest: digest)
        batch = BatchHandler(backends: backends, pool: pool)
        self.pool = pool
        self.metrics = metrics
        self.lifecycle = lifecycle
        keys = APIKeys(apiKeys)
        openAPI = Array(OpenAPIDocument.json.utf8)
        openAPITag = "\"" + digest(openAPI).prefix(32) + "\""
        page = Array(IndexPage.html.utf8)
        pageTag = "\"" + digest(page).prefix(32) + "\""
    }

    /// Installs the extraction once the models are loaded and reports the service ready.
    public func install(_ backend: ExtractionBackend) {
        backends.install(backend)
        lifecycle.markReady()
    }

    public func routeLabel(for head: HTTPRequestHead) -> String {
        ClaimtraceAPI.routes[head.path] == nil ? "other" : head.path
    }

    public func handle(_ request: HTTPRequest, responder: Responder) {
        if request.path == "*" {
            // `OPTIONS *` asks about the server as a whole (RFC 9110 §9.3.7).
            responder.respond(HTTPResponse(status: 204, headers: HTTPHeaders([("Allow", "GET, HEAD, POST, OPTIONS")])))
            return
        }
        guard let route = ClaimtraceAPI.routes[request.path] else {
            responder.respond(.problem(404, "There is no resource at \(request.path.prefix(200))."))
            return
        }
        var allowed = route.methods
        if allowed.contains("GET") { allowed.append("HEAD") }
        allowed.append("OPTIONS")
        let allow = allowed.joined(separator: ", ")
        if request.method == "OPTIONS" {
            responder.respond(HTTPResponse(status: 204, headers: HTTPHeaders([("Allow", allow)])))
            return
        }
        let method = request.method == "HEAD" && route.methods.contains("GET") ? "GET" : request.method
        guard route.methods.contains(method) else {
            var response = HTTPResponse.problem(405, "\(request.method) is not allowed on \(request.path); allowed: \(allow).")
            response.headers.add("Allow", allow)
            responder.respond(response)
            return
        }
        if route.protected && !keys.accepts(request.headers) {
            var response = HTTPResponse.problem(401, keys.presentedKey(in: request.headers) == nil
                ? "An API key is required: send \"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"."
                : "The API key is not valid.")
            response.headers.add("WWW-Authenticate", "Bearer realm=\"claimtrace\"")
            responder.respond(response)
            return
        }
        switch request.path {
        case "/healthz": responder.respond(HealthHandler.response())
        case "/readyz": responder.respond(ReadinessHandler.response(lifecycle))
        case "/metrics": responder.respond(MetricsHandler.response(metrics, pool: pool))
        case "/openapi.json":
            responder.respond(StaticHandler.response(body: openAPI, contentType: "application/json", etag: openAPITag,
                                                     request: request))
        case "/":
            responder.respond(StaticHandler.response(body: page, contentType: "text/html; charset=utf-8", etag: pageTag,
                                                     request: request))
        case "/v1/extract": extract.handle(request, responder: responder)
        default: batch.handle(request, responder: responder)
        }
    }
}
