/// What the decoder found in the bytes fed so far.
public enum HTTPDecoderEvent: Sendable, Equatable {
    /// A request's head is complete and valid; its body (if any) follows. This is the moment
    /// to answer `Expect: 100-continue`.
    case head(HTTPRequestHead)
    /// The request whose head was last reported is complete.
    case request(HTTPRequest)
}

/// An incremental HTTP/1.1 request parser (RFC 9112). Bytes go in as they arrive, in pieces
/// of any size; `next()` returns each head and each complete request in order, so pipelined
/// requests in one buffer come out one after the other.
///
/// It is strict where leniency enables request smuggling (RFC 9112 §11.2): Content-Length
/// together with Transfer-Encoding, repeated Content-Length, obs-fold, whitespace before a
/// colon and bare CR are all 400. It is lenient where RFC 9112 §2.2 allows and nothing is at
/// stake: a bare LF ends a line, and empty lines before a request line are skipped.
///
/// After an error the decoder stays failed: the connection answers and closes.
public struct HTTPDecoder: Sendable {
    private enum State: Sendable {
        case head
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
        case complete
        case failed(HTTPDecodingError)
    }

    public let limits: HTTPDecoderLimits
    private var buffer: [UInt8] = []
    /// Index of the first byte not consumed yet.
    private var start = 0
    /// Index up to which the current line search has looked (avoids rescanning).
    private var scanned = 0
    /// Lines of the head being read, as ranges of `buffer` without their line ending.
    private var lines: [Range<Int>] = []
    private var skippedEmptyLines = 0
    private var state: State = .head
    private var currentHead: HTTPRequestHead?
    private var body: [UInt8] = []
    private var trailers = HTTPHeaders()

    public init(limits: HTTPDecoderLimits = HTTPDecoderLimits()) {
        self.limits = limits
    }

    /// Adds received bytes.
    public mutating func feed(_ bytes: some Sequence<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received and not consumed by a reported event.
    public var bufferedByteCount: Int { buffer.count - start }

    /// True between requests with nothing of the next one received: the connection is idle.
    public var isIdle: Bool {
        if case .head = state { return bufferedByteCount == 0 && lines.isEmpty }
        return false
    }

    /// True while a head has been reported and its body is still being received.
    public var isReadingBody: Bool {
        switch state {
        case .fixedBody, .chunkSize, .chunkData, .chunkDataEnd, .trailers, .complete: return true
        case .head, .failed: return false
        }
    }

    /// True while the body of a request that sent `Expect: 100-continue` is awaited.
    public var currentHeadExpectsContinue: Bool { isReadingBody && currentHead?.expectsContinue == true }

    /// The next event, nil when more bytes are needed.
    public mutating func next() throws(HTTPDecodingError) -> HTTPDecoderEvent? {
        if case .failed(let error) = state { throw error }
        do {
            return try step()
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private mutating func step() throws(HTTPDecodingError) -> HTTPDecoderEvent? {
        while true {
            switch state {
            case .failed(let error):
                throw error
            case .head:
                guard let head = try readHead() else { return nil }
                currentHead = head
                body = []
                trailers = HTTPHeaders()
                switch head.framing {
                case .none, .contentLength(0): state = .complete
                case .contentLength(let length):
                    body.reserveCapacity(min(length, 1 << 20))
                    state = .fixedBody(remaining: length)
                case .chunked: state = .chunkSize
                }
                return .head(head)
            case .complete:
                state = .head
                let request = HTTPRequest(head: currentHead!, body: body, trailers: trailers)
                currentHead = nil
                body = []
                return .request(request)
            case .fixedBody(let remaining):
                let count = min(remaining, bufferedByteCount)
                guard count > 0 else { return nil }
                body.append(contentsOf: buffer[start..<start + count])
                start += count
                state = remaining == count ? .complete : .fixedBody(remaining: remaining - count)
            case .chunkSize:
                guard let size = try readChunkSize() else { return nil }
                state = size == 0 ? .trailers : .chunkData(remaining: size)
            case .chunkData(let remaining):
                let count = min(remaining, bufferedByteCount)
                guard count > 0 else { return nil }
                body.append(contentsOf: buffer[start..<start + count])
                start += count
                state = remaining == count ? .chunkDataEnd : .chunkData(remaining: remaining - count)
            case .chunkDataEnd:
                guard bufferedByteCount >= 1 else { return nil }
                if buffer[start] == HTTPSyntax.lf {
                    start += 1
                } else if buffer[start] == HTTPSyntax.cr {
                    guard bufferedByteCount >= 2 else { return nil }
                    guard buffer[start + 1] == HTTPSyntax.lf else {
                        throw .badRequest("A chunk's data is not followed by CRLF.")
                    }
                    start += 2
                } else {
                    throw .badRequest("A chunk is longer than its declared size.")
                }
                scanned = start
                state = .chunkSize
            case .trailers:
                guard let fields = try readTrailers() else { return nil }
                trailers = fields
                state = .complete
            }
        }
    }

    // MARK: - Head

    private mutating func readHead() throws(HTTPDecodingError) -> HTTPRequestHead? {
        while let line = nextLine() {
            if line.isEmpty {
                if lines.isEmpty {
                    // RFC 9112 §2.2: ignore empty lines before the request line (a few).
                    skippedEmptyLines += 1
                    guard skippedEmptyLines <= 8 else { throw .badRequest("Too many empty lines before the request line.") }
                    continue
                }
                let head = try parseHead()
                lines.removeAll(keepingCapacity: true)
                skippedEmptyLines = 0
                return head
            }
            lines.append(line)
            if lines.count > limits.maxHeaderCount + 1 {
                throw HTTPDecodingError(status: 431, detail: "More than \(limits.maxHeaderCount) header fields.")
            }
        }
        // No complete head yet: its size so far must stay within the limit.
        if bufferedByteCount > limits.maxHeaderBytes {
            if lines.isEmpty {
                throw HTTPDecodingError(status: 414, detail: "The request line is longer than \(limits.maxHeaderBytes) bytes.")
            }
            throw HTTPDecodingError(status: 431, detail: "The header section is larger than \(limits.maxHeaderBytes) bytes.")
        }
        return nil
    }

    /// The next line from `start`, without its CRLF or LF; nil when no line end is buffered.
    /// A CR anywhere but before the LF is an error caught by the field checks.
    private mutating func nextLine() -> Range<Int>? {
        var index = max(scanned, start)
        while index < buffer.count {
            if buffer[index] == HTTPSyntax.lf {
                var end = index
                if end > start && buffer[end - 1] == HTTPSyntax.cr { end -= 1 }
                let line = start..<end
                start = index + 1
                scanned = start
                return line
            }
            index += 1
        }
        scanned = index
        return nil
    }

    private func parseHead() throws(HTTPDecodingError) -> HTTPRequestHead {
        let headBytes = (lines.last!.upperBound) - lines.first!.lowerBound
        if headBytes > limits.maxHeaderBytes {
            throw HTTPDecodingError(status: 431, detail: "The header section is larger than \(limits.maxHeaderBytes) bytes.")
        }
        if lines.count - 1 > limits.maxHeaderCount {
            throw HTTPDecodingError(status: 431, detail: "More than \(limits.maxHeaderCount) header fields.")
        }
        let (method, target, version) = try parseRequestLine(buffer[lines[0]])
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            let (name, value) = try parseField(buffer[line])
            headers.add(name, value)
        }
        let (path, query) = try split(target: target, method: method)
        let framing = try framing(of: headers, version: version)

        let hosts = headers.values("Host")
        if hosts.count > 1 { throw .badRequest("More than one Host header field.") }
        if version == .http1_1 && hosts.isEmpty { throw .badRequest("An HTTP/1.1 request must have a Host header field.") }

        if framing == .none && ["POST", "PUT", "PATCH"].contains(method) {
            throw HTTPDecodingError(status: 411, detail: "A \(method) request needs Content-Length or chunked Transfer-Encoding.")
        }

        var expectsContinue = false
        let expectations = headers.tokens("Expect")
        if !expectations.isEmpty {
            if expectations == ["100-continue"] {
                // RFC 9110 §10.1.1: a 1.0 client cannot understand 100; ignore its Expect.
                expectsContinue = version == .http1_1
            } else {
                throw HTTPDecodingError(status: 417, detail: "Only \"Expect: 100-continue\" is supported.")
            }
        }
        let options = headers.tokens("Connection")
        let keepAlive = version == .http1_1 ? !options.contains("close") : options.contains("keep-alive")
        return HTTPRequestHead(method: method, target: target, path: path, query: query, version: version,
                               headers: headers, framing: framing, expectsContinue: expectsContinue,
                               keepAlive: keepAlive)
    }

    /// `method SP request-target SP HTTP-version` with exactly single spaces (RFC 9112 §3).
    private func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPDecodingError) -> (String, String, HTTPVersion) {
        let parts = line.split(separator: HTTPSyntax.space, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw .badRequest("The request line must be \"METHOD TARGET HTTP/1.1\" separated by single spaces.")
        }
        guard HTTPSyntax.isToken(parts[0]) else { throw .badRequest("The method is not a valid token.") }
        guard parts[1].allSatisfy(HTTPSyntax.isTargetCharacter) else {
            throw .badRequest("The request target contains a character that is not allowed.")
        }
        let version = try parseVersion(parts[2])
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), version)
    }

    /// `HTTP/DIGIT.DIGIT` (RFC 9112 §2.3): 1.0 and 1.1 are spoken, a later 1.x is treated as
    /// 1.1, any other well-formed version is 505 and anything else 400.
    private func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPDecodingError) -> HTTPVersion {
        let text = Array(bytes)
        guard text.count == 8, text[0..<5].elementsEqual("HTTP/".utf8), text[6] == UInt8(ascii: "."),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[5]),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[7])
        else { throw .badRequest("The HTTP version is malformed.") }
        guard text[5] == UInt8(ascii: "1") else {
            throw HTTPDecodingError(status: 505, detail: "Only HTTP/1.0 and HTTP/1.1 are supported.")
        }
        return text[7] == UInt8(ascii: "0") ? .http1_0 : .http1_1
    }

    /// `field-name ":" OWS field-value OWS` (RFC 9112 §5). obs-fold is rejected (§5.2 allows
    /// either rejecting or unfolding; rejecting cannot be misread by another parser).
    private func parseField(_ line: ArraySlice<UInt8>) throws(HTTPDecodingError) -> (String, String) {
        guard let first = line.first, first != HTTPSyntax.space, first != HTTPSyntax.tab else {
            throw .badRequest("Obsolete line folding (a header line starting with whitespace) is not accepted.")
        }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon) else {
            throw .badRequest("A header line has no colon.")
        }
        let name = line[line.startIndex..<colon]
        guard HTTPSyntax.isToken(name) else {
            throw .badRequest("A header field name is empty or has a character that is not allowed (e.g. whitespace before the colon).")
        }
        var value = line[(colon + 1)...]
        while let byte = value.first, byte == HTTPSyntax.space || byte == HTTPSyntax.tab { value.removeFirst() }
        while let byte = value.last, byte == HTTPSyntax.space || byte == HTTPSyntax.tab { value.removeLast() }
        guard value.allSatisfy(HTTPSyntax.isFieldValueCharacter) else {
            throw .badRequest("A header field value contains a control character (CR, LF or NUL).")
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// Origin form (`/path?query`), absolute form (`http://host/path`, RFC 9112 §3.2.2) or
    /// `*` for OPTIONS. Authority form is only for CONNECT, which this server does not do.
    private func split(target: String, method: String) throws(HTTPDecodingError) -> (String, String?) {
        var pathAndQuery = Substring(target)
        if target == "*" {
            guard method == "OPTIONS" else { throw .badRequest("The target \"*\" is only valid for OPTIONS.") }
            return ("*", nil)
        }
        if !target.hasPrefix("/") {
            let lowered = target.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
                throw .badRequest("The request target must be a path starting with \"/\" or an absolute http(s) URI.")
            }
            let afterScheme = target[target.index(target.firstIndex(of: ":")!, offsetBy: 3)...]
            guard let slash = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return ("/", nil) }
            pathAndQuery = afterScheme[slash...]
            if pathAndQuery.hasPrefix("?") { pathAndQuery = "/" + pathAndQuery }
        }
        guard let mark = pathAndQuery.firstIndex(of: "?") else { return (String(pathAndQuery), nil) }
        return (String(pathAndQuery[..<mark]), String(pathAndQuery[pathAndQuery.index(after: mark)...]))
    }

    /// The body framing of RFC 9112 §6.3, refusing every ambiguous combination.
    private func framing(of headers: HTTPHeaders, version: HTTPVersion) throws(HTTPDecodingError) -> HTTPBodyFraming {
        let lengths = headers.values("Content-Length")
        let codings = headers.tokens("Transfer-Encoding")
        let hasTransferEncoding = headers.contains("Transfer-Encoding")
        if hasTransferEncoding && !lengths.isEmpty {
            throw .badRequest("Content-Length and Transfer-Encoding together are ambiguous (RFC 9112 §6.1).")
        }
        if hasTransferEncoding {
            guard version == .http1_1 else { throw .badRequest("Transfer-Encoding is not defined for HTTP/1.0.") }
            guard codings.last == "chunked" else {
                throw .badRequest("The final transfer coding must be chunked (RFC 9112 §6.3).")
            }
            guard codings == ["chunked"] else {
                throw HTTPDecodingError(status: 501, detail: "Only the chunked transfer coding is supported.")
            }
            return .chunked
        }
        if lengths.count > 1 { throw .badRequest("More than one Content-Length header field.") }
        guard let text = lengths.first else { return .none }
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .badRequest("Content-Length must be a single non-negative decimal number.")
        }
        let significant = digits.drop { $0 == UInt8(ascii: "0") }
        guard significant.count <= 18 else {
            throw HTTPDecodingError(status: 413, detail: "The body is larger than \(limits.maxBodyBytes) bytes.")
        }
        let length = significant.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        guard length <= limits.maxBodyBytes else {
            throw HTTPDecodingError(status: 413, detail: "The body is larger than \(limits.maxBodyBytes) bytes.")
        }
        return .contentLength(length)
    }

    // MARK: - Chunked body (RFC 9112 §7.1)

    /// `chunk-size [ chunk-ext ] CRLF`; nil when the line is not complete yet.
    private mutating func readChunkSize() throws(HTTPDecodingError) -> Int? {
        guard let line = nextLine() else {
            if bufferedByteCount > limits.maxChunkLineBytes { throw .badRequest("A chunk-size line is too long.") }
            return nil
        }
        guard line.count <= limits.maxChunkLineBytes else { throw .badRequest("A chunk-size line is too long.") }
        let bytes = buffer[line]
        var index = bytes.startIndex
        var size = 0
        while index < bytes.endIndex, let digit = HTTPSyntax.hexValue(bytes[index]) {
            // Checked before shifting: no overflow, and a size past the limit is 413 at once.
            guard size <= (limits.maxBodyBytes - digit) / 16 else {
                throw HTTPDecodingError(status: 413, detail: "The body is larger than \(limits.maxBodyBytes) bytes.")
            }
            size = size * 16 + digit
            index += 1
        }
        guard index > bytes.startIndex else { throw .badRequest("A chunk size is not a hexadecimal number.") }
        try validateChunkExtensions(bytes[index...])
        guard body.count + size <= limits.maxBodyBytes else {
            throw HTTPDecodingError(status: 413, detail: "The body is larger than \(limits.maxBodyBytes) bytes.")
        }
        return size
    }

    /// `*( BWS ";" BWS ext-name [ BWS "=" BWS ext-value ] )` with a token or quoted-string
    /// value. Extensions carry nothing this server uses, so they are checked and dropped.
    private func validateChunkExtensions(_ bytes: ArraySlice<UInt8>) throws(HTTPDecodingError) {
        var index = bytes.startIndex
        func skipBlanks() {
            while index < bytes.endIndex, bytes[index] == HTTPSyntax.space || bytes[index] == HTTPSyntax.tab { index += 1 }
        }
        func token() -> Bool {
            let begin = index
            while index < bytes.endIndex, HTTPSyntax.isTokenCharacter(bytes[index]) { index += 1 }
            return index > begin
        }
        let malformed = HTTPDecodingError.badRequest("A chunk extension is malformed.")
        while true {
            skipBlanks()
            if index == bytes.endIndex { return }
            guard bytes[index] == UInt8(ascii: ";") else { throw malformed }
            index += 1
            skipBlanks()
            guard token() else { throw malformed }
            skipBlanks()
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipBlanks()
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < bytes.endIndex {
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") { closed = true; break }
                    if byte == UInt8(ascii: "\\") {
                        guard index < bytes.endIndex else { throw malformed }
                        index += 1
                    } else if !HTTPSyntax.isFieldValueCharacter(byte) {
                        throw malformed
                    }
                }
                guard closed else { throw malformed }
            } else {
                guard token() else { throw malformed }
            }
        }
    }

    /// `*( field-line CRLF ) CRLF` after the last chunk; bounded like a header section.
    private mutating func readTrailers() throws(HTTPDecodingError) -> HTTPHeaders? {
        while let line = nextLine() {
            if line.isEmpty {
                var fields = HTTPHeaders()
                for field in lines {
                    let (name, value) = try parseField(buffer[field])
                    fields.add(name, value)
                }
                lines.removeAll(keepingCapacity: true)
                return fields
            }
            lines.append(line)
            let size = line.upperBound - lines[0].lowerBound
            if lines.count > limits.maxHeaderCount || size > limits.maxHeaderBytes {
                throw HTTPDecodingError(status: 431, detail: "The trailer section is too large.")
            }
        }
        let pending = bufferedByteCount + (lines.isEmpty ? 0 : start - lines[0].lowerBound)
        if pending > limits.maxHeaderBytes {
            throw HTTPDecodingError(status: 431, detail: "The trailer section is too large.")
        }
        return nil
    }

    // MARK: - Housekeeping

    /// Drops consumed bytes once they dominate the buffer, keeping line ranges valid.
    private mutating func compact() {
        let keepFrom = lines.first?.lowerBound ?? start
        guard keepFrom > 0, keepFrom >= buffer.count / 2 || keepFrom == buffer.count else { return }
        buffer.removeFirst(keepFrom)
        start -= keepFrom
        scanned = max(0, scanned - keepFrom)
        lines = lines.map { ($0.lowerBound - keepFrom)..<($0.upperBound - keepFrom) }
    }
}
