/// What a transport read or write did.
public enum TransportResult: Sendable, Equatable {
    /// `count` bytes moved (never 0 for a read: end of stream is `.closed`).
    case bytes(Int)
    /// Nothing can move until the descriptor is readable (TLS may need to read to write).
    case wantRead
    /// Nothing can move until the descriptor is writable (TLS may need to write to read).
    case wantWrite
    /// The peer closed the stream (clean end of input).
    case closed
    case failed(SocketError)
}

/// The byte stream under a connection: plain TCP or TLS over the same non-blocking
/// descriptor. `Channel` drives either through this one interface, so the HTTP code never
/// knows whether it speaks TLS.
///
/// A transport is confined to its channel's serial queue; it is never shared between threads.
public protocol Transport: AnyObject {
    /// The connected socket, non-blocking.
    var fd: Int32 { get }
    /// Reads into `buffer`; never blocks.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult
    /// Writes from `buffer`; never blocks. After `.wantRead`/`.wantWrite` the caller must
    /// retry with the same bytes (TLS requires it).
    func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult
    /// True when decrypted input is buffered inside the transport, which a readiness
    /// notification on the descriptor would not announce.
    var hasBufferedInput: Bool { get }
    /// Best-effort orderly shutdown (TLS close_notify); never blocks. Does not close `fd`.
    func shutdown()
}
