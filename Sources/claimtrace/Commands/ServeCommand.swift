import ArgumentParser
import ClaimtraceCore
import ClaimtraceCrypto
import ClaimtraceServer
import ClaimtraceSockets
import Dispatch
import Foundation
import Logging

/// `claimtrace serve`: the HTTP API. Configuration precedence: flags > `CLAIMTRACE_*`
/// environment > `--config` file > built-in defaults. SIGTERM/SIGINT drain gracefully: stop
/// accepting, `/readyz` turns 503, in-flight requests finish within `timeouts.drain`, exit 0.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the extraction API over HTTP/1.1.",
        discussion: """
        Settings, in increasing precedence: built-in defaults, --config FILE (JSON, see \
        config/claimtrace.json), CLAIMTRACE_* environment variables, then these flags. A bad \
        setting (unknown key, wrong type, out of range) stops the start with exit code 78.

        Keys, defaults, and the status each limit answers (times in seconds):
          host 127.0.0.1 (Docker: 0.0.0.0); port 8080 (0 = a free port, logged)
          workers 0 (= cores); queue_depth 64 (past it: 503 + Retry-After)
          limits.max_header_bytes 16384 (431); limits.max_header_count 100 (431)
          limits.max_body_bytes 16777216 (413); limits.max_connections 1024 (503)
          limits.max_pipelined 16
          timeouts.header_read 10 (408); timeouts.body_read 30 (408)
          timeouts.idle 60; timeouts.write 30; timeouts.drain 25
          tls.certificate, tls.private_key: PEM files, both or neither
          api_keys []: when set, /v1/* and /metrics need "Authorization: Bearer K"
            or "X-API-Key: K"
          log_level info (debug logs every request)
          claims.own_voice_threshold 0.2: minimum check-worthiness of an own-voice claim
        Environment names follow the keys: CLAIMTRACE_PORT, CLAIMTRACE_WORKERS, \
        CLAIMTRACE_LIMITS_MAX_BODY_BYTES, CLAIMTRACE_TIMEOUTS_IDLE, CLAIMTRACE_TLS_CERTIFICATE, \
        CLAIMTRACE_API_KEYS=k1,k2, …
        SIGTERM/SIGINT drain: stop accepting, /readyz 503, finish in-flight requests \
        (at most timeouts.drain), exit 0.
        """
    )

    @Option(help: "A JSON configuration file.")
    var config: String?

    @Option(help: "Address to bind (e.g. 127.0.0.1, 0.0.0.0, ::).")
    var host: String?

    @Option(help: "Port to bind; 0 picks an ephemeral port.")
    var port: Int?

    @Option(help: "Extraction worker threads (0 = one per core).")
    var workers: Int?

    func run() throws {
        var overrides: [String: String] = [:]
        if let host { overrides["host"] = host }
        if let port { overrides["port"] = String(port) }
        if let workers { overrides["workers"] = String(workers) }
        let settings: ServerConfiguration
        do {
            settings = try ConfigurationLoader.load(file: config, environment: ProcessInfo.processInfo.environment,
                                                    overrides: overrides)
        } catch {
            FileHandle.standardError.write(Data("claimtrace serve: invalid configuration: \(error)\n".utf8))
            throw ExitCode(78)  // EX_CONFIG
        }

        let level = Logger.Level(rawValue: settings.logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "claimtrace.serve")

        let tls: TLSContext?
        do {
            tls = try settings.tls.certificate.map {
                try TLSContext(certificatePath: $0, privateKeyPath: settings.tls.privateKey ?? "")
            }
        } catch {
            logger.critical("cannot set up TLS", metadata: ["error": "\(error)"])
            throw ExitCode(78)
        }

        // Listen first, load the models second: /healthz answers at once and /readyz says 503
        // until the models are in (orchestrators can tell "starting" from "dead").
        let lifecycle = ServiceLifecycle()
        let pool = ExtractionPool(workers: settings.effectiveWorkers, queueDepth: settings.queueDepth)
        let metrics = ServerMetrics()
        let api = ClaimtraceAPI(backend: nil, pool: pool, metrics: metrics, lifecycle: lifecycle,
                                apiKeys: settings.apiKeys, digest: { SHA256Digest.hex($0) })
        let server = HTTPServer(configuration: settings, application: api, metrics: metrics, logger: logger, tls: tls)

        // Signals are taken as Dispatch events, not async-signal handlers.
        let stop = DispatchSemaphore(value: 0)
        let signals = [SIGTERM, SIGINT].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }

        let address: SocketAddress
        do {
            address = try server.start()
        } catch {
            logger.critical("cannot listen", metadata: ["host": "\(settings.host)", "port": "\(settings.port)",
                                                        "error": "\(error)"])
            throw ExitCode.failure
        }
        logger.info("listening", metadata: [
            "address": "\(address)", "port": "\(address.port)", "tls": "\(tls != nil)",
            "workers": "\(pool.workers)", "queue_depth": "\(pool.queueDepth)",
            "api_keys": "\(settings.apiKeys.isEmpty ? "off" : "on")",
        ])

        let loadStart = DispatchTime.now()
        do {
            let extractor = Extractor(models: try ModelStore.bundled(), documentDigest: { SHA256Digest.hex($0) },
                                      ownVoiceThreshold: settings.claims.ownVoiceThreshold)
            api.install(ExtractionBackend.live(extractor, digest: { SHA256Digest.hex($0) }))
        } catch {
            logger.critical("cannot load the models", metadata: ["error": "\(error)"])
            server.closeAll()
            throw ExitCode.failure
        }
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9
        logger.info("ready", metadata: ["models_loaded_seconds": "\(loadSeconds)"])

        stop.wait()
        logger.info("draining", metadata: ["timeout_seconds": "\(settings.timeouts.drain)",
                                           "open_connections": "\(server.openConnections)"])
        lifecycle.beginDrain()
        server.beginDrain()
        // A second signal cuts the drain short.
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let clean = server.waitForConnections(timeout: settings.timeouts.drain)
            if !clean { logger.warning("drain timeout: closing the remaining connections") }
            drained.signal()
        }
        DispatchQueue.global().async {
            stop.wait()
            logger.warning("second signal: closing the remaining connections now")
            drained.signal()
        }
        drained.wait()
        server.closeAll()
        _ = server.waitForConnections(timeout: 1)
        pool.stop()
        withExtendedLifetime(signals) {}
        logger.info("stopped")
    }
}
