import Foundation

/// A value behind a lock. `Synchronization.Mutex` would do, but needs macOS 15 while the
/// package targets macOS 14; `NSLock` works everywhere the package builds.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    @discardableResult
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    public var current: Value { withLock { $0 } }
}
