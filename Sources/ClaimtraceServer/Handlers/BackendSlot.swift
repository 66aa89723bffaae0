/// Where the API finds its extraction backend. The server listens before the models are
/// loaded (so `/healthz` answers and `/readyz` reports 503 while they load); until a backend
/// is installed, extraction requests get a 503 with `Retry-After`.
public final class BackendSlot: Sendable {
    private let backend: Locked<ExtractionBackend?>

    public init(_ backend: ExtractionBackend? = nil) { self.backend = Locked(backend) }

    public func install(_ backend: ExtractionBackend) { self.backend.withLock { $0 = backend } }

    public var current: ExtractionBackend? { backend.current }

    /// The answer while no backend is installed.
    static func loadingResponse() -> HTTPResponse {
        var response = HTTPResponse.problem(503, "The models are still loading; retry shortly.")
        response.headers.add("Retry-After", "1")
        return response
    }
}
