/// The decoded `name=value` pairs of a query string (`application/x-www-form-urlencoded`
/// rules: `+` is a space, `%XX` a byte, the result UTF-8).
struct QueryParameters {
    private(set) var values: [String: String] = [:]

    /// Parses `query`; each name at most once and only from `allowed`, so a typo such as
    /// `offset=utf16` is an error instead of a silently ignored option.
    init(_ query: String?, allowed: [String]) throws(QueryError) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = QueryParameters.decode(parts[0]) else { throw QueryError("The query string is not valid percent-encoded UTF-8.") }
            let value = parts.count > 1 ? QueryParameters.decode(parts[1]) : ""
            guard let value else { throw QueryError("The query string is not valid percent-encoded UTF-8.") }
            guard allowed.contains(name) else {
                throw QueryError("Unknown query parameter \"\(name)\"; allowed: \(allowed.joined(separator: ", ")).")
            }
            guard values[name] == nil else { throw QueryError("The query parameter \"\(name)\" is given more than once.") }
            values[name] = value
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(HTTPSyntax.hexValue),
                      let low = iterator.next().flatMap(HTTPSyntax.hexValue) else { return nil }
                bytes.append(UInt8(high * 16 + low))
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

struct QueryError: Error {
    let detail: String
    init(_ detail: String) { self.detail = detail }
}
