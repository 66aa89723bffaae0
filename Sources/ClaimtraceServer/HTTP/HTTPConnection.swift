import ClaimtraceSockets
import Dispatch
import Logging

/// One client connection speaking HTTP/1.1: decodes requests from the channel, hands each to
/// the application, and writes the responses back in request order (RFC 9112 §9.3.2), with
/// keep-alive, pipelining, `100-continue`, back-pressure and every timeout.
///
/// Threading: everything runs on the channel's serial queue (responders hop onto it), which
/// is what makes the mutable state safe; hence `@unchecked Sendable`.
final class HTTPConnection: ChannelHandler, @unchecked Sendable {
    /// One request's place in the response order.
    private final class Slot {
        let id: Int
        let method: String
        let version: HTTPVersion
        var keepAlive: Bool
        let route: String
        let started: DispatchTime
        /// Encoded bytes not yet handed to the channel, each with the window to release once
        /// the socket has taken it.
        var output: [([UInt8], StreamWindow?)] = []
        var finished = false
        var status = 0
        var streaming = false
        var windows: [StreamWindow] = []
        /// A response produced by the connection itself (decode error, timeout): not a request.
        let isConnectionError: Bool

        init(id: Int, method: String, version: HTTPVersion, keepAlive: Bool, route: String, isConnectionError: Bool) {
            self.id = id
            self.method = method
            self.version = version
            self.keepAlive = keepAlive
            self.route = route
            self.started = .now()
            self.isConnectionError = isConnectionError
        }
    }

    /// What the connection is waiting for, which decides the read deadline.
    private enum Phase: Equatable {
        case firstRequest, idle, head, body, busy
    }

    let channel: Channel
    private let application: any HTTPApplication
    private let settings: ConnectionSettings
    private let metrics: ServerMetrics
    private let logger: Logger
    private let onClose: @Sendable (HTTPConnection) -> Void

    private var decoder: HTTPDecoder
    private var slots: [Slot] = []
    private var nextSlotID = 0
    /// No further request is read: the last response closes the connection.
    private var closingAfterCurrent = false
    private var servedRequests = 0
    private var continueSent = false

    private var phase = Phase.firstRequest
    private var phaseStart = DispatchTime.now()
    private var writeDeadline: DispatchTime?
    private let timer: any DispatchSourceTimer

    private var bytesHanded = 0
    private var bytesWritten = 0
    private var windowMarkers: [(position: Int, window: StreamWindow)] = []
    private var draining = false
    private var inputScheduled = false

    init(channel: Channel, application: any HTTPApplication, settings: ConnectionSettings, metrics: ServerMetrics,
         logger: Logger, onClose: @escaping @Sendable (HTTPConnection) -> Void) {
        self.channel = channel
        self.application = application
        self.settings = settings
        self.metrics = metrics
        self.logger = logger
        self.onClose = onClose
        self.decoder = HTTPDecoder(limits: settings.decoderLimits)
        self.timer = DispatchSource.makeTimerSource(queue: channel.queue)
    }

    /// Starts reading; call on the channel's queue.
    func start() {
        timer.setEventHandler { [weak self] in self?.timerFired() }
        timer.resume()
        channel.start(handler: self)
        updateDeadlines()
    }

    /// Graceful drain: finish what was received, then close. An idle connection closes now.
    func drain() {
        guard channel.isOpen, !draining else { return }
        draining = true
        if slots.isEmpty && decoder.isIdle {
            channel.close()
            return
        }
        if decoder.isIdle {
            // Everything received is being answered; nothing more will be read.
            stopReadingRequests()
        }
    }

    // MARK: - ChannelHandler

    func channel(_ channel: Channel, didRead bytes: UnsafeRawBufferPointer) {
        metrics.received(bytes: bytes.count)
        decoder.feed(bytes)
        processInput()
    }

    func channelDidReachEndOfInput(_ channel: Channel) {
        // The client will send nothing more: answer what is complete, then close.
        stopReadingRequests()
        if slots.isEmpty { channel.closeAfterFlush() }
    }

    func channel(_ channel: Channel, didWrite count: Int, pending: Int) {
        metrics.sent(bytes: count)
        bytesWritten += count
        while let marker = windowMarkers.first, marker.position <= bytesWritten {
            windowMarkers.removeFirst()
            marker.window.release()
        }
        writeDeadline = pending > 0 ? .now() + settings.writeTimeout : nil
        updateDeadlines()
        // Reading may resume now; on a later turn, because this callback can arrive from
        // inside `channel.write` in the middle of `flushSlots`.
        if pending < settings.outboundHighWater / 2 && !closingAfterCurrent && !inputScheduled {
            inputScheduled = true
            channel.queue.async { [self] in
                self.inputScheduled = false
                self.processInput()
            }
        }
    }

    func channelDidClose(_ channel: Channel, error: SocketError?) {
        if let error { logger.debug("connection closed", metadata: ["peer": "\(channel.peer)", "error": "\(error)"]) }
        timer.cancel()
        for marker in windowMarkers { marker.window.cancel() }
        windowMarkers.removeAll()
        for slot in slots {
            for window in slot.windows { window.cancel() }
            for (_, window) in slot.output { window?.cancel() }
            if !slot.isConnectionError {
                // 499: the client closed before its response was complete (nginx's convention).
                metrics.requestFinished(route: slot.route, method: slot.method, status: 499,
                                        seconds: seconds(since: slot.started))
            }
        }
        slots.removeAll()
        onClose(self)
    }

    // MARK: - Requests

    /// Decodes and dispatches as many requests as the pipelining bound allows.
    private func processInput() {
        while channel.isOpen, !closingAfterCurrent, slots.count < settings.maxPipelined,
              channel.pendingBytes < settings.outboundHighWater {
            let event: HTTPDecoderEvent?
            do {
                event = try decoder.next()
            } catch {
                metrics.requestRejected(status: error.status)
                logger.debug("bad request", metadata: ["peer": "\(channel.peer)", "status": "\(error.status)",
                                                       "detail": "\(error.detail)"])
                failConnection(HTTPResponse.problem(error.status, error.detail))
                break
            }
            guard let event else { break }
            switch event {
            case .head:
                continueSent = false
                phaseStart = .now()
            case .request(let request):
                dispatch(request)
                phaseStart = .now()
            }
        }
        // RFC 9110 §10.1.1: 100 Continue only when the body is awaited and nothing is owed
        // before it (an interim response may not overtake earlier final responses).
        if decoder.isReadingBody, !continueSent, slots.isEmpty, decoder.currentHeadExpectsContinue,
           decoder.bufferedByteCount == 0 {
            continueSent = true
            channel.write(HTTPEncoder.continueResponse)
        }
        updateReading()
        updateDeadlines()
    }

    private func dispatch(_ request: HTTPRequest) {
        servedRequests += 1
        var keepAlive = request.head.keepAlive
        if !keepAlive || draining {
            keepAlive = false
            stopReadingRequests()
        }
        let slot = Slot(id: nextSlotID, method: request.method, version: request.head.version, keepAlive: keepAlive,
                        route: application.routeLabel(for: request.head), isConnectionError: false)
        nextSlotID += 1
        slots.append(slot)
        metrics.requestStarted()
        let isHead = request.method == "HEAD"
        let queue = channel.queue
        let id = slot.id
        // A strong reference: a pending response keeps its connection object alive (not its
        // socket), and a closed connection ignores late answers.
        let responder = Responder { [self] part in
            queue.async { self.deliver(part, to: id, isHead: isHead) }
        }
        application.handle(request, responder: responder)
    }

    /// Answers `response` after everything already owed, then closes.
    private func failConnection(_ response: HTTPResponse) {
        stopReadingRequests()
        let slot = Slot(id: nextSlotID, method: "", version: .http1_1, keepAlive: false, route: "other",
                        isConnectionError: true)
        nextSlotID += 1
        slots.append(slot)
        deliver(.complete(response), to: slot.id, isHead: false)
    }

    private func stopReadingRequests() {
        closingAfterCurrent = true
        channel.pauseReading()
    }

    // MARK: - Responses

    private func deliver(_ part: ResponsePart, to id: Int, isHead: Bool) {
        guard channel.isOpen, let slot = slots.first(where: { $0.id == id }), !slot.finished else {
            if case .chunk(_, let window?) = part { window.cancel() }
            return
        }
        // The last response of a connection that reads no more says so (RFC 9112 §9.6).
        if closingAfterCurrent && slot === slots.last { slot.keepAlive = false }
        let context = HTTPEncoder.Context(version: slot.version, keepAlive: slot.keepAlive, isHead: isHead)
        switch part {
        case .complete(let response):
            guard !slot.streaming else { return }
            slot.status = response.status
            slot.output.append((HTTPEncoder.encode(response, context: context), nil))
            slot.finished = true
        case .streamHead(let status, let headers):
            guard !slot.streaming else { return }
            slot.streaming = true
            slot.status = status
            if slot.version == .http1_0 { slot.keepAlive = false }
            slot.output.append((HTTPEncoder.streamHead(status: status, headers: headers, context: context), nil))
        case .chunk(let bytes, let window):
            guard slot.streaming else { window?.cancel(); return }
            if let window { slot.windows.append(window) }
            slot.output.append((isHead ? [] : HTTPEncoder.chunk(bytes, version: slot.version), window))
        case .streamEnd:
            guard slot.streaming else { return }
            if !isHead { slot.output.append((HTTPEncoder.lastChunk(version: slot.version), nil)) }
            slot.finished = true
        }
        flushSlots()
    }

    /// Hands the front slots' bytes to the channel, in order, retiring finished ones.
    private func flushSlots() {
        while let front = slots.first, channel.isOpen {
            // Taken out before writing, so that nothing re-entrant can write them twice.
            let output = front.output
            front.output.removeAll()
            for (bytes, window) in output {
                if !bytes.isEmpty {
                    channel.write(bytes)
                    bytesHanded += bytes.count
                }
                if let window {
                    if bytes.isEmpty || bytesWritten >= bytesHanded {
                        window.release()
                    } else {
                        windowMarkers.append((bytesHanded, window))
                    }
                }
            }
            if channel.pendingBytes > 0 && writeDeadline == nil { writeDeadline = .now() + settings.writeTimeout }
            guard front.finished else { break }
            slots.removeFirst()
            front.windows.removeAll()
            if !front.isConnectionError {
                let elapsed = seconds(since: front.started)
                metrics.requestFinished(route: front.route, method: front.method, status: front.status, seconds: elapsed)
                // The access log, at debug level (swift-log evaluates nothing when it is off).
                logger.debug("request", metadata: ["peer": "\(channel.peer)", "method": "\(front.method)",
                                                   "route": "\(front.route)", "status": "\(front.status)",
                                                   "seconds": "\(elapsed)"])
            }
            if !front.keepAlive {
                for slot in slots { for window in slot.windows { window.cancel() } }
                slots.removeAll()
                channel.closeAfterFlush()
                return
            }
        }
        // Nothing more will be answered: after a stop (error, close, EOF) at once; when
        // draining, once no request is half received.
        if slots.isEmpty && (closingAfterCurrent || (draining && decoder.isIdle)) {
            channel.closeAfterFlush()
            return
        }
        processInput()
    }

    // MARK: - Flow control and timeouts

    private func updateReading() {
        guard channel.isOpen else { return }
        if closingAfterCurrent || slots.count >= settings.maxPipelined || channel.pendingBytes >= settings.outboundHighWater {
            channel.pauseReading()
        } else {
            channel.resumeReading()
        }
    }

    private func currentPhase() -> Phase {
        if decoder.isReadingBody { return .body }
        if !decoder.isIdle { return .head }
        if !slots.isEmpty { return .busy }
        return servedRequests == 0 ? .firstRequest : .idle
    }

    private func updateDeadlines() {
        guard channel.isOpen else { return }
        let now = currentPhase()
        if now != phase {
            phase = now
            phaseStart = .now()
        }
        var deadline: DispatchTime? = switch phase {
        case .firstRequest, .head: phaseStart + settings.headerReadTimeout
        case .body: phaseStart + settings.bodyReadTimeout
        case .idle: phaseStart + settings.idleTimeout
        case .busy: nil
        }
        if closingAfterCurrent { deadline = nil }
        if let writeDeadline { deadline = min(deadline ?? writeDeadline, writeDeadline) }
        timer.schedule(deadline: deadline ?? .distantFuture, leeway: .milliseconds(50))
    }

    private func timerFired() {
        guard channel.isOpen else { return }
        let now = DispatchTime.now()
        if let writeDeadline, writeDeadline <= now {
            logger.debug("write timeout", metadata: ["peer": "\(channel.peer)"])
            channel.close()
            return
        }
        switch phase {
        case .head, .body:
            guard !closingAfterCurrent else { break }
            let timeout = phase == .head ? settings.headerReadTimeout : settings.bodyReadTimeout
            guard phaseStart + timeout <= now else { break }
            metrics.requestRejected(status: 408)
            logger.debug("slow client", metadata: ["peer": "\(channel.peer)", "phase": "\(phase)"])
            failConnection(HTTPResponse.problem(408, phase == .head
                ? "The request head was not received in time."
                : "The request body was not received in time."))
            return
        case .firstRequest, .idle:
            let timeout = phase == .idle ? settings.idleTimeout : settings.headerReadTimeout
            // An idle connection owes nobody a response: close it quietly.
            if phaseStart + timeout <= now { channel.close(); return }
        case .busy:
            break
        }
        updateDeadlines()
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
