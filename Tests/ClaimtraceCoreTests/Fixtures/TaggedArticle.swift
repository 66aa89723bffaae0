@testable import ClaimtraceCore

/// An article with the names a CoNLL-style tagger should find in it, written by hand, so the
/// entity map can be tested independently of the trained tagger.
struct TaggedArticle {
    let text: String
    let published: PublishedDate?
    /// (surface, type) in text order; each is found after the previous one.
    let names: [(String, EntityType)]

    /// The names as tagger output: token ranges and byte spans into `document`.
    func namedMentions(in document: Document) -> [NamedMention] {
        var cursor = 0
        var mentions: [NamedMention] = []
        for (surface, type) in names {
            let needle = Array(surface.utf8)
            var start = cursor
            var tokens: [Int] = []
            // The next occurrence that is a whole token range ("Moscow" is not in "Moscow-backed").
            while true {
                while start + needle.count <= document.utf8.count,
                      !document.utf8[start..<(start + needle.count)].elementsEqual(needle) { start += 1 }
                precondition(start + needle.count <= document.utf8.count, "\(surface) not found after byte \(cursor)")
                let end = start + needle.count
                tokens = document.tokens.indices.filter {
                    document.tokens[$0].span.start >= start && document.tokens[$0].span.end <= end
                }
                if !tokens.isEmpty, document.tokens[tokens[0]].span.start == start,
                   document.tokens[tokens[tokens.count - 1]].span.end == end { break }
                start += 1
            }
            let end = start + needle.count
            mentions.append(NamedMention(tokens: tokens[0]..<(tokens[tokens.count - 1] + 1),
                                         span: ByteSpan(start, end), type: type))
            cursor = end
        }
        return mentions
    }

    /// Runs the value rules and the resolver with no POS tags (the rules' own fallbacks).
    func entities(sourceMentions: [ByteSpan] = []) -> (Document, [Entity]) {
        let document = Segmenter().run(text)
        let values = ValueRules().run(document, pos: [], published: published)
        let entities = EntityResolver().run(document, pos: [], names: namedMentions(in: document), values: values,
                                            sourceMentions: sourceMentions)
        return (document, entities)
    }

    /// One line per entity: id, type, name, aliases, descriptors, value, mention count.
    static func summary(_ entities: [Entity]) -> [String] {
        entities.map { entity in
            var line = "\(entity.id) \(entity.type.rawValue) \(entity.name)"
            if !entity.aliases.isEmpty { line += " aka \(entity.aliases.joined(separator: ", "))" }
            if !entity.descriptors.isEmpty { line += " [\(entity.descriptors.joined(separator: "; "))]" }
            switch entity.value {
            case .text(let text)?: line += " = \(text)"
            case .number(let number)?: line += " = \(number)"
            case nil: break
            }
            return line + " ×\(entity.mentions.count)"
        }
    }
}
