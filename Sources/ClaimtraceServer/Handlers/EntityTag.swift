/// Strong entity tags for extraction responses (RFC 9110 §8.8.3). A tag names the response
/// body, so it is derived from everything the body depends on: the document digest, every
/// option that changes the output, and the backend version.
enum EntityTag {
    static func make(documentDigest: String, unit: String, published: String?, clientID: String?, title: String?,
                     backendVersion: String, digest: ([UInt8]) -> String) -> String {
        // Length-prefixed fields: no choice of values can make two different inputs collide.
        var material: [UInt8] = []
        for field in ["claimtrace-etag-1", backendVersion, documentDigest, unit, published ?? "\u{0}", clientID ?? "\u{0}",
                      title ?? "\u{0}"] {
            material.append(contentsOf: String(field.utf8.count).utf8)
            material.append(UInt8(ascii: ":"))
            material.append(contentsOf: field.utf8)
        }
        return "\"" + digest(material).prefix(32) + "\""
    }

    /// `If-None-Match` matching with the weak comparison RFC 9110 §13.1.2 prescribes: `*`, or
    /// any listed tag equal to `tag` ignoring a `W/` prefix.
    static func matches(ifNoneMatch header: String, tag: String) -> Bool {
        let trimmed = header.trimmingOWS()
        if trimmed == "*" { return true }
        for candidate in trimmed.split(separator: ",") {
            var value = candidate.trimmingOWS()
            if value.hasPrefix("W/") { value.removeFirst(2) }
            if value == tag { return true }
        }
        return false
    }
}
