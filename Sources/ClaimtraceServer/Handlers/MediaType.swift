/// A parsed `Content-Type` (RFC 9110 §8.3.1): `type/subtype` lowercased, parameters with
/// lowercased names and unquoted values.
struct MediaType: Equatable {
    var essence: String
    var parameters: [String: String]

    init?(_ header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let essence = parts[0].trimmingOWS().lowercased()
        let pieces = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, HTTPSyntax.isToken(pieces[0].utf8), HTTPSyntax.isToken(pieces[1].utf8) else { return nil }
        self.essence = essence
        var parameters: [String: String] = [:]
        for part in parts.dropFirst() {
            let trimmed = part.trimmingOWS()
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { return nil }
            let name = trimmed[..<equals].lowercased()
            var value = String(trimmed[trimmed.index(after: equals)...])
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            parameters[name] = value
        }
        self.parameters = parameters
    }

    /// No charset, or UTF-8 (the only encoding the API reads).
    var isUTF8: Bool {
        guard let charset = parameters["charset"]?.lowercased() else { return true }
        return charset == "utf-8" || charset == "utf8"
    }
}
