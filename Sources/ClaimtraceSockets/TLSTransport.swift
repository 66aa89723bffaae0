import COpenSSL

/// TLS over a non-blocking socket: `SSL_read`/`SSL_write` with OpenSSL's want-read /
/// want-write protocol mapped onto `TransportResult` (see SSL_get_error(3)).
public final class TLSTransport: Transport {
    public let fd: Int32
    private let ssl: OpaquePointer

    init(fd: Int32, ssl: OpaquePointer) {
        self.fd = fd
        self.ssl = ssl
    }

    deinit { SSL_free(ssl) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        let count = SSL_read(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
        if count > 0 { return .bytes(Int(count)) }
        return outcome(of: count, call: "SSL_read")
    }

    public func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult {
        guard buffer.count > 0 else { return .bytes(0) }
        let count = SSL_write(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
        if count > 0 { return .bytes(Int(count)) }
        return outcome(of: count, call: "SSL_write")
    }

    public var hasBufferedInput: Bool { SSL_pending(ssl) > 0 }

    public func shutdown() {
        // One non-blocking attempt to send close_notify; the peer's reply is not awaited.
        if SSL_is_init_finished(ssl) == 1 { _ = SSL_shutdown(ssl) }
        ERR_clear_error()
    }

    private func outcome(of result: Int32, call: String) -> TransportResult {
        let reason = SSL_get_error(ssl, result)
        switch reason {
        case SSL_ERROR_WANT_READ: return .wantRead
        case SSL_ERROR_WANT_WRITE: return .wantWrite
        case SSL_ERROR_ZERO_RETURN:
            return .closed
        case SSL_ERROR_SYSCALL:
            // An EOF without close_notify or a reset: the peer is gone either way.
            ERR_clear_error()
            return .closed
        default:
            // A handshake or protocol failure (e.g. plain HTTP sent to the TLS port).
            return .failed(TLSContext.error(call))
        }
    }
}
