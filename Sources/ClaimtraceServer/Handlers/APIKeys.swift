/// The optional API keys. Keys are compared in constant time per candidate so the response
/// time does not reveal how much of a guessed key was right.
struct APIKeys: Sendable {
    let keys: [[UInt8]]

    init(_ keys: [String]) { self.keys = keys.map { Array($0.utf8) } }

    var isEnabled: Bool { !keys.isEmpty }

    /// The key from `Authorization: Bearer <key>` (RFC 6750 §2.1) or `X-API-Key`.
    func presentedKey(in headers: HTTPHeaders) -> String? {
        if let authorization = headers["Authorization"] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return parts[1].trimmingOWS() }
        }
        return headers["X-API-Key"]
    }

    func accepts(_ headers: HTTPHeaders) -> Bool {
        guard isEnabled else { return true }
        guard let presented = presentedKey(in: headers) else { return false }
        let candidate = Array(presented.utf8)
        var accepted = false
        for key in keys where APIKeys.constantTimeEqual(key, candidate) { accepted = true }
        return accepted
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
