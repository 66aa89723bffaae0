import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One connected socket driven by a read and a write Dispatch source on a serial queue: no
/// thread ever blocks on it. Bytes go through a `Transport`, so TLS and plain TCP share this
/// code; a TLS read that needs the socket writable (or a write that needs it readable) simply
/// flips which source is armed.
///
/// Threading: every method must be called on `queue`, and every handler callback arrives on
/// it. That confinement is the synchronisation, hence `@unchecked Sendable`.
public final class Channel: @unchecked Sendable {
    public let queue: DispatchQueue
    public let peer: SocketAddress
    private let transport: any Transport
    private var handler: (any ChannelHandler)?

    private let readSource: any DispatchSourceRead
    private let writeSource: any DispatchSourceWrite
    private var readArmed = false
    private var writeArmed = false
    private var cancelsPending = 2

    private let readBuffer: UnsafeMutableRawBufferPointer
    /// The most bytes read per readiness event before yielding to other connections.
    private let readBudget: Int

    private var outbound: [[UInt8]] = []
    private var outboundHead = 0
    private var outboundOffset = 0
    /// Bytes queued and not yet accepted by the transport.
    public private(set) var pendingBytes = 0

    private var readingPaused = false
    private var endOfInput = false
    private var readWantsWrite = false
    private var writeWantsRead = false
    private var closeWhenFlushed = false
    /// After the last response: our side is shut down and input is read and discarded until
    /// the peer closes or `lingerTimeout` passes (see `closeAfterFlush`).
    private var lingering = false
    private var lingerDiscarded = 0
    public private(set) var isOpen = true

    /// How long a closing connection keeps draining the peer's input.
    public var lingerTimeout: DispatchTimeInterval = .seconds(2)
    /// How much input a closing connection discards before giving up and resetting.
    public var lingerLimit = 4 << 20

    /// - Parameters:
    ///   - readBufferSize: bytes per `read` call (the channel's one fixed read buffer).
    ///   - readBudget: bytes read per event before yielding the queue.
    public init(transport: any Transport, peer: SocketAddress, queue: DispatchQueue,
                readBufferSize: Int = 16 * 1024, readBudget: Int = 256 * 1024) {
        self.transport = transport
        self.peer = peer
        self.queue = queue
        self.readBudget = readBudget
        readBuffer = .allocate(byteCount: readBufferSize, alignment: 16)
        readSource = DispatchSource.makeReadSource(fileDescriptor: transport.fd, queue: queue)
        writeSource = DispatchSource.makeWriteSource(fileDescriptor: transport.fd, queue: queue)
    }

    deinit { readBuffer.deallocate() }

    /// Installs `handler` and starts reading. The channel keeps the handler alive until it closes.
    public func start(handler: any ChannelHandler) {
        dispatchPrecondition(condition: .onQueue(queue))
        self.handler = handler
        readSource.setEventHandler { [unowned self] in self.readReady() }
        writeSource.setEventHandler { [unowned self] in self.writeReady() }
        // The descriptor is closed only after both sources are cancelled (dispatch_source_cancel(3)).
        let finish: @Sendable () -> Void = { [self] in
            self.cancelsPending -= 1
            if self.cancelsPending == 0 {
                #if canImport(Glibc)
                _ = Glibc.close(self.transport.fd)
                #else
                _ = Darwin.close(self.transport.fd)
                #endif
            }
        }
        readSource.setCancelHandler(handler: finish)
        writeSource.setCancelHandler(handler: finish)
        updateInterest()
    }

    /// Stops reading (back-pressure); buffered kernel data waits.
    public func pauseReading() {
        guard !lingering else { return }
        readingPaused = true
        updateInterest()
    }

    public func resumeReading() {
        guard readingPaused, !lingering else { return }
        readingPaused = false
        updateInterest()
        // Input already decrypted inside TLS raises no readiness event.
        if transport.hasBufferedInput { queue.async { [self] in self.readAvailable() } }
    }

    /// Queues `bytes` and writes as much as the socket takes now.
    public func write(_ bytes: [UInt8]) {
        guard isOpen, !closeWhenFlushed, !bytes.isEmpty else { return }
        outbound.append(bytes)
        pendingBytes += bytes.count
        flush()
    }

    /// Closes once everything queued has been written (or at once when nothing is queued).
    ///
    /// The close lingers: closing a socket with unread input makes the kernel send a reset,
    /// which can destroy a response still in flight (e.g. a 413 sent while the client is still
    /// uploading). So the write side is shut down first and input is discarded until the peer
    /// closes, bounded by `lingerTimeout` and `lingerLimit` (Apache's "lingering close").
    public func closeAfterFlush() {
        guard isOpen else { return }
        closeWhenFlushed = true
        readingPaused = true
        if pendingBytes == 0 { linger() } else { updateInterest() }
    }

    private func linger() {
        guard isOpen, !lingering else { return }
        guard !endOfInput else { close(); return }
        lingering = true
        transport.shutdown()
        _ = shutdown(transport.fd, Int32(SHUT_WR))
        readingPaused = false
        updateInterest()
        queue.asyncAfter(deadline: .now() + lingerTimeout) { [self] in self.close() }
    }

    /// Closes now, dropping anything queued.
    public func close(error: SocketError? = nil) {
        guard isOpen else { return }
        isOpen = false
        transport.shutdown()
        outbound.removeAll()
        pendingBytes = 0
        // A suspended source never runs its cancel handler: resume both before cancelling.
        if !readArmed { readSource.resume(); readArmed = true }
        if !writeArmed { writeSource.resume(); writeArmed = true }
        readSource.cancel()
        writeSource.cancel()
        let handler = self.handler
        self.handler = nil
        handler?.channelDidClose(self, error: error)
    }

    // MARK: - Events

    private func readReady() {
        guard isOpen else { return }
        if writeWantsRead {
            writeWantsRead = false
            flush()
        }
        readAvailable()
    }

    private func writeReady() {
        guard isOpen else { return }
        if readWantsWrite {
            readWantsWrite = false
            readAvailable()
        }
        flush()
    }

    private func readAvailable() {
        var consumed = 0
        while isOpen, !readingPaused || lingering, !endOfInput, !readWantsWrite {
            if consumed >= readBudget {
                // Yield to other connections; a plain socket re-fires its level-triggered
                // source, buffered TLS input needs an explicit turn.
                if transport.hasBufferedInput { queue.async { [self] in self.readAvailable() } }
                break
            }
            switch transport.read(into: readBuffer) {
            case .bytes(let count) where lingering:
                consumed += count
                lingerDiscarded += count
                if lingerDiscarded > lingerLimit { close(); return }
            case .bytes(let count):
                consumed += count
                handler?.channel(self, didRead: UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
            case .wantRead:
                updateInterest()
                return
            case .wantWrite:
                readWantsWrite = true
            case .closed:
                if lingering { close(); return }
                endOfInput = true
                updateInterest()
                handler?.channelDidReachEndOfInput(self)
                return
            case .failed(let error):
                close(error: lingering ? nil : error)
                return
            }
        }
        updateInterest()
    }

    private func flush() {
        var written = 0
        loop: while isOpen, outboundHead < outbound.count, !writeWantsRead {
            let chunk = outbound[outboundHead]
            let result = chunk.withUnsafeBytes { raw in
                transport.write(UnsafeRawBufferPointer(rebasing: raw[outboundOffset...]))
            }
            switch result {
            case .bytes(let count):
                written += count
                pendingBytes -= count
                outboundOffset += count
                if outboundOffset == chunk.count {
                    outboundHead += 1
                    outboundOffset = 0
                }
            case .wantWrite:
                break loop
            case .wantRead:
                writeWantsRead = true
            case .closed:
                close()
                return
            case .failed(let error):
                close(error: error)
                return
            }
        }
        if outboundHead == outbound.count {
            outbound.removeAll(keepingCapacity: true)
            outboundHead = 0
        } else if outboundHead > 64 {
            outbound.removeFirst(outboundHead)
            outboundHead = 0
        }
        if written > 0 { handler?.channel(self, didWrite: written, pending: pendingBytes) }
        guard isOpen else { return }
        if pendingBytes == 0 && closeWhenFlushed {
            linger()
            return
        }
        updateInterest()
    }

    /// Arms exactly the sources the current state needs. Both are level-triggered, so an armed
    /// source with nothing to do would spin: e.g. reading stays disarmed after EOF.
    private func updateInterest() {
        guard isOpen else { return }
        let wantRead = ((!readingPaused || lingering) && !endOfInput && !readWantsWrite) || writeWantsRead
        let wantWrite = (pendingBytes > 0 && !writeWantsRead) || readWantsWrite
        if wantRead != readArmed {
            if wantRead { readSource.resume() } else { readSource.suspend() }
            readArmed = wantRead
        }
        if wantWrite != writeArmed {
            if wantWrite { writeSource.resume() } else { writeSource.suspend() }
            writeArmed = wantWrite
        }
    }
}
