/// Per token, the type of the entity or value mention that covers it: the entity-type layer the
/// check-worthiness features read. Built from resolved entities in the pipeline and from raw
/// tagger output in training, so both see the same layer.
public enum TokenEntityTypes {
    /// Types for every token of `document`; where mentions overlap, the later one in `mentions` wins.
    public static func assign(_ document: Document, mentions: [(span: ByteSpan, type: EntityType)]) -> [EntityType?] {
        var types = [EntityType?](repeating: nil, count: document.tokens.count)
        guard !document.tokens.isEmpty else { return types }
        for mention in mentions {
            var index = document.firstToken(endingAfter: mention.span.start)
            while index < document.tokens.count, document.tokens[index].span.start < mention.span.end {
                types[index] = mention.type
                index += 1
            }
        }
        return types
    }

    /// Types from resolved entities (every mention of every entity) and value mentions.
    public static func assign(_ document: Document, entities: [Entity], values: [ValueMention]) -> [EntityType?] {
        var mentions: [(span: ByteSpan, type: EntityType)] = []
        for entity in entities {
            for mention in entity.mentions { mentions.append((mention.span, entity.type)) }
        }
        for value in values { mentions.append((value.span, value.type)) }
        return assign(document, mentions: mentions)
    }
}
