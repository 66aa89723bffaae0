/// The server's counters and gauges, rendered in the Prometheus text exposition format
/// (version 0.0.4). Labels are bounded: `route` is a route template or `other`, never a raw
/// path, so a scanner cannot explode the series count. Output is sorted, hence stable.
public final class ServerMetrics: Sendable {
    private struct RequestKey: Hashable, Comparable {
        var route: String
        var method: String
        var status: Int
        static func < (a: RequestKey, b: RequestKey) -> Bool {
            (a.route, a.method, a.status) < (b.route, b.method, b.status)
        }
    }

    private struct State {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: LatencyHistogram] = [:]
        var inFlight = 0
        var connectionsOpen = 0
        var connectionsAccepted = 0
        var connectionsRejected = 0
        var bytesReceived = 0
        var bytesSent = 0
        var overloaded = 0
    }

    private let state = Locked(State())

    public init() {}

    public func requestStarted() { state.withLock { $0.inFlight += 1 } }

    public func requestFinished(route: String, method: String, status: Int, seconds: Double) {
        state.withLock {
            $0.inFlight -= 1
            $0.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            $0.latency[route, default: LatencyHistogram()].record(seconds: seconds)
            if status == 503 { $0.overloaded += 1 }
        }
    }

    /// A response for which no request was decoded (a 400/408/431 … before routing).
    public func requestRejected(status: Int) {
        state.withLock { $0.requests[RequestKey(route: "other", method: "other", status: status), default: 0] += 1 }
    }

    public func connectionOpened() { state.withLock { $0.connectionsOpen += 1; $0.connectionsAccepted += 1 } }
    public func connectionClosed() { state.withLock { $0.connectionsOpen -= 1 } }
    public func connectionRejected() { state.withLock { $0.connectionsRejected += 1 } }
    public func received(bytes: Int) { state.withLock { $0.bytesReceived += bytes } }
    public func sent(bytes: Int) { state.withLock { $0.bytesSent += bytes } }

    public var openConnections: Int { state.withLock { $0.connectionsOpen } }

    /// The exposition text; the pool gauges are read at render time.
    public func render(pool: ExtractionPool?) -> String {
        let snapshot = state.current
        var out = ""
        func family(_ name: String, _ type: String, _ help: String) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
        }
        family("claimtrace_http_requests_total", "counter", "HTTP responses by route template, method and status.")
        for key in snapshot.requests.keys.sorted() {
            out += "claimtrace_http_requests_total{route=\"\(key.route)\",method=\"\(key.method)\",status=\"\(key.status)\"} \(snapshot.requests[key]!)\n"
        }
        family("claimtrace_http_request_duration_seconds", "histogram",
               "Time from a complete request to its response being queued for the socket.")
        for route in snapshot.latency.keys.sorted() {
            let histogram = snapshot.latency[route]!
            for (index, bound) in LatencyHistogram.bounds.enumerated() {
                out += "claimtrace_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"\(bound)\"} \(histogram.counts[index])\n"
            }
            out += "claimtrace_http_request_duration_seconds_bucket{route=\"\(route)\",le=\"+Inf\"} \(histogram.count)\n"
            out += "claimtrace_http_request_duration_seconds_sum{route=\"\(route)\"} \(histogram.sum)\n"
            out += "claimtrace_http_request_duration_seconds_count{route=\"\(route)\"} \(histogram.count)\n"
        }
        family("claimtrace_http_requests_in_flight", "gauge", "Requests received and not yet answered.")
        out += "claimtrace_http_requests_in_flight \(snapshot.inFlight)\n"
        family("claimtrace_http_overloaded_total", "counter", "Requests refused with 503 because the extraction queue was full.")
        out += "claimtrace_http_overloaded_total \(snapshot.overloaded)\n"
        if let pool {
            family("claimtrace_extraction_queue_depth", "gauge", "Extraction jobs waiting for a worker.")
            out += "claimtrace_extraction_queue_depth \(pool.queuedCount)\n"
            family("claimtrace_extraction_running", "gauge", "Extraction jobs running now.")
            out += "claimtrace_extraction_running \(pool.runningCount)\n"
            family("claimtrace_extraction_workers", "gauge", "Extraction worker threads.")
            out += "claimtrace_extraction_workers \(pool.workers)\n"
        }
        family("claimtrace_connections_open", "gauge", "Client connections open now.")
        out += "claimtrace_connections_open \(snapshot.connectionsOpen)\n"
        family("claimtrace_connections_accepted_total", "counter", "Client connections accepted.")
        out += "claimtrace_connections_accepted_total \(snapshot.connectionsAccepted)\n"
        family("claimtrace_connections_rejected_total", "counter", "Connections refused because max_connections was reached.")
        out += "claimtrace_connections_rejected_total \(snapshot.connectionsRejected)\n"
        family("claimtrace_http_received_bytes_total", "counter", "Bytes read from clients.")
        out += "claimtrace_http_received_bytes_total \(snapshot.bytesReceived)\n"
        family("claimtrace_http_sent_bytes_total", "counter", "Bytes written to clients.")
        out += "claimtrace_http_sent_bytes_total \(snapshot.bytesSent)\n"
        return out
    }
}
