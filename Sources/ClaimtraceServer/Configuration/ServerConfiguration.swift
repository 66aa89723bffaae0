import ClaimtraceCore
import Foundation

/// Everything the server can be told, with the built-in defaults. Loaded by
/// `ConfigurationLoader` from `config/claimtrace.json`, `CLAIMTRACE_*` variables and flags.
public struct ServerConfiguration: Sendable, Equatable {
    public struct Limits: Sendable, Equatable {
        public var maxHeaderBytes = 16 * 1024
        public var maxHeaderCount = 100
        /// 16 MiB: a 10 MB article (or its JSON-escaped form) fits.
        public var maxBodyBytes = 16 * 1024 * 1024
        public var maxConnections = 1024
        /// Requests received on one connection and not yet answered; past it, reading pauses.
        public var maxPipelined = 16
        public init() {}
    }

    /// Seconds.
    public struct Timeouts: Sendable, Equatable {
        /// From a request's first byte (or a new connection) to the end of its head: 408.
        public var headerRead = 10.0
        /// From the end of the head to the end of the body: 408.
        public var bodyRead = 30.0
        /// A keep-alive connection with no request in progress is closed after this.
        public var idle = 60.0
        /// No progress writing a response for this long closes the connection.
        public var write = 30.0
        /// After SIGTERM/SIGINT, in-flight requests get this long before the process exits.
        public var drain = 25.0
        public init() {}
    }

    /// What the extraction keeps.
    public struct Claims: Sendable, Equatable {
        /// Minimum check-worthiness of a claim in the article's own voice (attributed claims are
        /// always kept); higher keeps fewer, more clearly factual statements.
        public var ownVoiceThreshold = ClaimBuilder.defaultOwnVoiceThreshold
        public init() {}
    }

    public struct TLS: Sendable, Equatable {
        public var certificate: String?
        public var privateKey: String?
        public init() {}
        public var isEnabled: Bool { certificate != nil }
    }

    /// 127.0.0.1 for development; the Docker image sets CLAIMTRACE_HOST=0.0.0.0.
    public var host = "127.0.0.1"
    /// 0 asks the kernel for an ephemeral port (logged at start).
    public var port = 8080
    /// Extraction threads; 0 means one per core.
    public var workers = 0
    /// Extraction jobs that may wait for a worker; past it, 503 with Retry-After.
    public var queueDepth = 64
    public var limits = Limits()
    public var timeouts = Timeouts()
    public var tls = TLS()
    public var claims = Claims()
    /// When non-empty, `/v1/*` and `/metrics` need one of these keys
    /// (`Authorization: Bearer <key>` or `X-API-Key: <key>`).
    public var apiKeys: [String] = []
    public var logLevel = "info"

    public init() {}

    /// `workers` with 0 resolved to the number of cores.
    public var effectiveWorkers: Int {
        workers > 0 ? workers : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
