import ClaimtraceSockets
import Dispatch
import Foundation
import Logging

/// The HTTP/1.1 server: a listener whose accept loop only accepts, and one `HTTPConnection`
/// per client on its own serial queue over a shared concurrent pool of Dispatch threads — no
/// thread per connection, no blocking anywhere on the I/O path.
public final class HTTPServer: @unchecked Sendable {
    private let configuration: ServerConfiguration
    private let application: any HTTPApplication
    private let metrics: ServerMetrics
    private let logger: Logger
    private let tls: TLSContext?
    private let settings: ConnectionSettings
    private let acceptQueue = DispatchQueue(label: "claimtrace.accept")
    private let ioQueue = DispatchQueue(label: "claimtrace.io", attributes: .concurrent)
    private let connections = Locked([ObjectIdentifier: HTTPConnection]())
    private let listener = Locked<Listener?>(nil)
    private let draining = Locked(false)

    /// A ready-made refusal for connections past `max_connections`.
    private let overloadedResponse: [UInt8]

    public init(configuration: ServerConfiguration, application: any HTTPApplication, metrics: ServerMetrics,
                logger: Logger, tls: TLSContext? = nil) {
        self.configuration = configuration
        self.application = application
        self.metrics = metrics
        self.logger = logger
        self.tls = tls
        self.settings = ConnectionSettings(configuration)
        var refusal = HTTPResponse.problem(503, "The server has reached its connection limit; retry shortly.")
        refusal.headers.add("Retry-After", "1")
        overloadedResponse = HTTPEncoder.encode(refusal, context: .init(keepAlive: false))
    }

    /// Binds and starts accepting; returns the bound address (with the real port for port 0).
    public func start() throws -> SocketAddress {
        // A peer that resets mid-write must not kill the process (send uses MSG_NOSIGNAL, but
        // OpenSSL writes with write(2)).
        signal(SIGPIPE, SIG_IGN)
        ensureDescriptorLimit()
        let socket = try ListeningSocket(host: configuration.host, port: configuration.port)
        let listener = Listener(socket: socket, queue: acceptQueue,
                                onAccept: { [self] fd, peer in self.accepted(fd: fd, peer: peer) },
                                onError: { [logger] error in logger.warning("accept failed", metadata: ["error": "\(error)"]) })
        self.listener.withLock { $0 = listener }
        listener.start()
        return socket.address
    }

    public var isDraining: Bool { draining.current }
    public var openConnections: Int { connections.withLock { $0.count } }

    /// Stops accepting and lets every connection finish what it has received.
    public func beginDrain() {
        guard !draining.withLock({ value -> Bool in defer { value = true }; return value }) else { return }
        listener.withLock { $0?.stop(); $0 = nil }
        for connection in connections.withLock({ Array($0.values) }) {
            connection.channel.queue.async { connection.drain() }
        }
    }

    /// Waits (blocking the caller) until no connection is open or `timeout` seconds pass;
    /// true when all closed.
    public func waitForConnections(timeout: Double) -> Bool {
        let deadline = DispatchTime.now() + ConnectionSettings.interval(timeout)
        while openConnections > 0 {
            if DispatchTime.now() >= deadline { return false }
            usleep(20_000)
        }
        return true
    }

    /// Closes every connection at once (after a drain timeout).
    public func closeAll() {
        listener.withLock { $0?.stop(); $0 = nil }
        for connection in connections.withLock({ Array($0.values) }) {
            connection.channel.queue.async { connection.channel.close() }
        }
    }

    /// Raises the soft descriptor limit toward `max_connections` (plus room for the listener,
    /// models and logs); warns when the hard limit is lower, since accept would then fail first.
    private func ensureDescriptorLimit() {
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return }
        let wanted = rlim_t(configuration.limits.maxConnections + 64)
        if limit.rlim_cur < wanted {
            limit.rlim_cur = min(wanted, limit.rlim_max)
            _ = setrlimit(resource, &limit)
        }
        if limit.rlim_cur < wanted {
            logger.warning("the open-file limit is below max_connections", metadata: [
                "limit": "\(limit.rlim_cur)", "max_connections": "\(configuration.limits.maxConnections)"])
        }
    }

    // MARK: - Accepting

    private func accepted(fd: Int32, peer: SocketAddress) {
        let admitted = connections.withLock { $0.count < configuration.limits.maxConnections }
        guard admitted, !draining.current else {
            refuse(fd: fd)
            return
        }
        let transport: any Transport
        do {
            transport = try tls?.transport(fd: fd) ?? PlainTransport(fd: fd)
        } catch {
            logger.warning("TLS setup failed", metadata: ["error": "\(error)"])
            _ = close(fd)
            return
        }
        let queue = DispatchQueue(label: "claimtrace.connection", target: ioQueue)
        let channel = Channel(transport: transport, peer: peer, queue: queue)
        let connection = HTTPConnection(channel: channel, application: application, settings: settings,
                                        metrics: metrics, logger: logger) { [weak self] connection in
            guard let self else { return }
            self.connections.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(connection)) }
            self.metrics.connectionClosed()
        }
        connections.withLock { $0[ObjectIdentifier(connection)] = connection }
        metrics.connectionOpened()
        queue.async { connection.start() }
    }

    /// Best effort: one non-blocking send of a 503 (plain TCP only), then close.
    private func refuse(fd: Int32) {
        metrics.connectionRejected()
        if tls == nil {
            overloadedResponse.withUnsafeBytes { raw in
                _ = send(fd, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
            }
        }
        _ = close(fd)
    }
}
