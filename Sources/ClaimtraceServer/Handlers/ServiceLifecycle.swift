/// Readiness as `/readyz` reports it: models loaded and not draining.
public final class ServiceLifecycle: Sendable {
    private let state = Locked((ready: false, draining: false))

    public init(ready: Bool = false) { state.withLock { $0.ready = ready } }

    public func markReady() { state.withLock { $0.ready = true } }
    public func beginDrain() { state.withLock { $0.draining = true } }

    public var isReady: Bool { state.withLock { $0.ready && !$0.draining } }
    public var isDraining: Bool { state.withLock { $0.draining } }
}
