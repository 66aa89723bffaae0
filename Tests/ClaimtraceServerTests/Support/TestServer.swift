import ClaimtraceCore
import ClaimtraceSockets
@testable import ClaimtraceServer
import Foundation
import Logging

/// A real server on an ephemeral loopback port with a stub extraction backend.
final class TestServer {
    let server: HTTPServer
    let port: Int
    let pool: ExtractionPool
    let metrics = ServerMetrics()
    let lifecycle: ServiceLifecycle
    let api: ClaimtraceAPI

    /// The stub's body echoes what the handler passed on, so tests can check the decoding.
    static func echo(_ request: ExtractionRequest) -> ExtractionOutput {
        var json = JSONWriter()
        json.beginObject()
        json.key("text"); json.string(request.text)
        json.key("client_id"); json.string(request.clientID)
        json.key("offset_unit"); json.string(request.offsetUnit.rawValue)
        json.key("published"); json.string(request.published?.original)
        json.endObject()
        return ExtractionOutput(documentID: "sha256:stub", body: json.bytes)
    }

    /// - Parameter loaded: false starts the server as if its models were still loading.
    init(configure: (inout ServerConfiguration) -> Void = { _ in }, tls: TLSContext? = nil, loaded: Bool = true,
         extract: @escaping @Sendable (ExtractionRequest) -> ExtractionOutput = TestServer.echo) throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.workers = 2
        configure(&configuration)
        pool = ExtractionPool(workers: configuration.effectiveWorkers, queueDepth: configuration.queueDepth)
        lifecycle = ServiceLifecycle(ready: loaded)
        let backend = ExtractionBackend(version: "test", extract: extract)
        api = ClaimtraceAPI(backend: loaded ? backend : nil, pool: pool, metrics: metrics, lifecycle: lifecycle,
                            apiKeys: configuration.apiKeys, digest: { FakeDigest.hex($0) })
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        server = HTTPServer(configuration: configuration, application: api, metrics: metrics, logger: logger, tls: tls)
        port = try server.start().port
    }

    deinit {
        server.closeAll()
        _ = server.waitForConnections(timeout: 2)
        pool.stop()
    }

    func client(timeout: Double = 10) throws -> RawClient { try RawClient(port: port, receiveTimeout: timeout) }

    /// One request on a new connection.
    func exchange(_ request: String, head: Bool = false) throws -> RawResponse {
        let client = try client()
        client.send(request)
        return try client.readResponse(head: head)
    }
}

/// A stand-in digest (FNV-1a, hex) so the server tests do not need libcrypto.
enum FakeDigest {
    static func hex(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text + String(repeating: "0", count: 48)
    }
}
