import Dispatch

/// Flow control for a streamed response produced on a worker thread: the producer may be at
/// most `size` chunks ahead of what the socket has accepted. A client that stops reading thus
/// parks its producer instead of growing server memory, and closing the connection releases it.
public final class StreamWindow: Sendable {
    private let permits: DispatchSemaphore
    private let cancelled = Locked(false)

    public init(size: Int) { permits = DispatchSemaphore(value: size) }

    /// Takes a permit, waiting for one; false once the stream is cancelled (the client left).
    public func acquire() -> Bool {
        permits.wait()
        if cancelled.current {
            permits.signal()  // pass the wake-up on to any other waiter
            return false
        }
        return true
    }

    /// Returns a permit: a chunk has left for the socket.
    public func release() { permits.signal() }

    public func cancel() {
        cancelled.withLock { $0 = true }
        permits.signal()
    }

    public var isCancelled: Bool { cancelled.current }
}
