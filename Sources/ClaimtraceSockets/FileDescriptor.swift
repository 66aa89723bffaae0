#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small helpers over raw descriptors shared by the listening and connected sockets.
enum FileDescriptor {
    /// Puts `fd` in non-blocking mode: every read, write and accept returns `EAGAIN` instead of
    /// parking a thread, which is what lets Dispatch sources drive all I/O from a few queues.
    static func setNonBlocking(_ fd: Int32) throws {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else { throw SocketError(call: "fcntl(O_NONBLOCK)") }
    }

    static func setOption(_ fd: Int32, level: Int32, name: Int32, value: Int32) throws {
        var value = value
        guard setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw SocketError(call: "setsockopt(\(name))")
        }
    }

    static var isWouldBlock: Bool { errno == EAGAIN || errno == EWOULDBLOCK }
}
