import Foundation

/// A fixed set of worker threads and a bounded queue in front of them: the only place
/// extraction runs, so the I/O queues never wait on CPU-bound work. When `workers` jobs run
/// and `queueDepth` wait, `submit` refuses at once and the caller answers 503 with
/// `Retry-After` — overload is reported, never absorbed into unbounded latency.
public final class ExtractionPool: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [(@Sendable () -> Void)] = []
    private var jobsHead = 0
    private var running = 0
    private var stopped = false

    public let workers: Int
    public let queueDepth: Int

    public init(workers: Int, queueDepth: Int, stackSize: Int = 8 << 20) {
        precondition(workers >= 1 && queueDepth >= 0)
        self.workers = workers
        self.queueDepth = queueDepth
        for index in 0..<workers {
            let thread = Thread { [self] in self.work() }
            thread.name = "claimtrace-worker-\(index)"
            // The pipeline recurses over parse structures; keep the main-thread-sized stack.
            thread.stackSize = stackSize
            thread.start()
        }
    }

    /// Enqueues `job`; false when the pool is saturated or stopped.
    public func submit(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped, running + (jobs.count - jobsHead) < workers + queueDepth else { return false }
        jobs.append(job)
        condition.signal()
        return true
    }

    /// Jobs waiting for a worker.
    public var queuedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return jobs.count - jobsHead
    }

    /// Jobs running now.
    public var runningCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return running
    }

    /// Refuses new jobs; queued and running ones still finish. Workers exit when idle.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while jobsHead == jobs.count && !stopped { condition.wait() }
            if jobsHead == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[jobsHead]
            jobsHead += 1
            if jobsHead == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                jobsHead = 0
            }
            running += 1
            condition.unlock()
            job()
            condition.lock()
            running -= 1
            condition.unlock()
        }
    }
}
