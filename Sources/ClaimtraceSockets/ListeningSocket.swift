#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bound, listening, non-blocking TCP socket.
public struct ListeningSocket: Sendable {
    public let fd: Int32
    /// The address actually bound (with the real port when port 0 asked for an ephemeral one).
    public let address: SocketAddress

    /// Binds `host:port` and listens with `backlog`. `SO_REUSEADDR` lets a restarted server
    /// rebind while old connections sit in TIME_WAIT.
    public init(host: String, port: Int, backlog: Int32 = 511) throws {
        let requested = try SocketAddress.resolve(host: host, port: port)
        #if canImport(Glibc)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let type = SOCK_STREAM
        #endif
        let fd = socket(requested.family, type, 0)
        guard fd >= 0 else { throw SocketError(call: "socket") }
        do {
            try FileDescriptor.setOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
            try FileDescriptor.setNonBlocking(fd)
            var storage = requested.storage
            let bound = withUnsafePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, requested.length) }
            }
            guard bound == 0 else { throw SocketError(call: "bind \(requested)") }
            guard listen(fd, backlog) == 0 else { throw SocketError(call: "listen") }
            var actual = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let named = withUnsafeMutablePointer(to: &actual) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else { throw SocketError(call: "getsockname") }
            self.fd = fd
            self.address = SocketAddress(storage: actual, length: length)
        } catch {
            #if canImport(Glibc)
            _ = Glibc.close(fd)
            #else
            _ = Darwin.close(fd)
            #endif
            throw error
        }
    }

    /// What one `accept` call produced.
    public enum AcceptResult: Sendable {
        case accepted(fd: Int32, peer: SocketAddress)
        /// No pending connection: wait for the next read event.
        case wouldBlock
        /// Out of descriptors (`EMFILE`/`ENFILE`): back off, the backlog keeps the clients.
        case exhausted
        case failed(SocketError)
    }

    /// Accepts one pending connection as a non-blocking, close-on-exec socket with
    /// `TCP_NODELAY` (responses are written whole; Nagle would only add latency).
    public func accept() -> AcceptResult {
        var peer = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let client = withUnsafeMutablePointer(to: &peer) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address -> Int32 in
                #if canImport(Glibc)
                return Glibc.accept(fd, address, &length)
                #else
                return Darwin.accept(fd, address, &length)
                #endif
            }
        }
        guard client >= 0 else {
            if FileDescriptor.isWouldBlock || errno == EINTR || errno == ECONNABORTED { return .wouldBlock }
            if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM { return .exhausted }
            return .failed(SocketError(call: "accept"))
        }
        // accept4(2) is not visible without _GNU_SOURCE; two fcntl calls do the same.
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        guard (try? FileDescriptor.setNonBlocking(client)) != nil else {
            #if canImport(Glibc)
            _ = Glibc.close(client)
            #else
            _ = Darwin.close(client)
            #endif
            return .wouldBlock
        }
        #if canImport(Darwin)
        try? FileDescriptor.setOption(client, level: SOL_SOCKET, name: SO_NOSIGPIPE, value: 1)
        #endif
        try? FileDescriptor.setOption(client, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
        return .accepted(fd: client, peer: SocketAddress(storage: peer, length: length))
    }

    public func close() {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }
}
