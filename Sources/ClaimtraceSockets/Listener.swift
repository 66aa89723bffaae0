import Dispatch

/// The accept loop: a read source on the listening socket. Each event accepts up to a small
/// budget of connections and hands each one to `onAccept`, so a burst of connections never
/// monopolises the queue and nothing here ever blocks.
public final class Listener: @unchecked Sendable {
    // Confined to `queue`.
    private let socket: ListeningSocket
    private let queue: DispatchQueue
    private let source: any DispatchSourceRead
    private let onAccept: @Sendable (Int32, SocketAddress) -> Void
    private let onError: @Sendable (SocketError) -> Void
    private var armed = false
    private var stopped = false

    public init(socket: ListeningSocket, queue: DispatchQueue,
                onAccept: @escaping @Sendable (Int32, SocketAddress) -> Void,
                onError: @escaping @Sendable (SocketError) -> Void) {
        self.socket = socket
        self.queue = queue
        self.onAccept = onAccept
        self.onError = onError
        source = DispatchSource.makeReadSource(fileDescriptor: socket.fd, queue: queue)
    }

    public func start() {
        queue.async { [self] in
            source.setEventHandler { [unowned self] in self.acceptPending() }
            source.setCancelHandler { [socket] in socket.close() }
            arm()
        }
    }

    /// Stops accepting and closes the listening socket; pending connections in the backlog are
    /// reset by the kernel.
    public func stop() {
        queue.async { [self] in
            guard !stopped else { return }
            stopped = true
            if !armed { source.resume(); armed = true }
            source.cancel()
        }
    }

    private func arm() {
        guard !armed, !stopped else { return }
        source.resume()
        armed = true
    }

    private func acceptPending() {
        for _ in 0..<64 {
            guard !stopped else { return }
            switch socket.accept() {
            case .accepted(let fd, let peer):
                onAccept(fd, peer)
            case .wouldBlock:
                return
            case .exhausted:
                // Out of descriptors: the socket stays readable, so pause instead of spinning;
                // the kernel backlog holds the clients meanwhile.
                source.suspend()
                armed = false
                queue.asyncAfter(deadline: .now() + .milliseconds(100)) { [self] in arm() }
                return
            case .failed(let error):
                onError(error)
                return
            }
        }
    }
}
