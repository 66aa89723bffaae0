import Dispatch

/// The per-connection bounds and timeouts, derived once from the configuration.
struct ConnectionSettings: Sendable {
    var decoderLimits: HTTPDecoderLimits
    var maxPipelined: Int
    var headerReadTimeout: DispatchTimeInterval
    var bodyReadTimeout: DispatchTimeInterval
    var idleTimeout: DispatchTimeInterval
    var writeTimeout: DispatchTimeInterval
    /// Past this many unsent response bytes, no further request is read from the connection.
    var outboundHighWater = 1 << 20

    init(_ configuration: ServerConfiguration) {
        decoderLimits = HTTPDecoderLimits(maxHeaderBytes: configuration.limits.maxHeaderBytes,
                                          maxHeaderCount: configuration.limits.maxHeaderCount,
                                          maxBodyBytes: configuration.limits.maxBodyBytes)
        maxPipelined = configuration.limits.maxPipelined
        headerReadTimeout = ConnectionSettings.interval(configuration.timeouts.headerRead)
        bodyReadTimeout = ConnectionSettings.interval(configuration.timeouts.bodyRead)
        idleTimeout = ConnectionSettings.interval(configuration.timeouts.idle)
        writeTimeout = ConnectionSettings.interval(configuration.timeouts.write)
    }

    static func interval(_ seconds: Double) -> DispatchTimeInterval {
        .milliseconds(Int((seconds * 1000).rounded(.up)))
    }
}
