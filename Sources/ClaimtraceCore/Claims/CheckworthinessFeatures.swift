/// Turns a span of tokens into the hashed features of the check-worthiness classifier.
///
/// The templates follow ClaimBuster (Hassan et al., KDD 2017: words, POS tags and entity types
/// of a sentence) and add the cues the brief asks to carry over from debate transcripts to news:
/// numbers and their shapes, tense, first and second person, questions and length. Words are
/// normalised so that news typography matches the transcripts (curly apostrophes become
/// straight ones, digits become `0`), which is what lets a model trained on debates score news.
///
/// The same function serves training (`claimtrace train checkworthiness`) and the pipeline, so a
/// span is featurised identically in both.
public struct CheckworthinessFeatures: Sendable {
    /// Template numbers; one per feature kind. Never renumber: shipped weights depend on them.
    enum Template: UInt32 {
        case unigram = 1, bigram, trigram, posUnigram, posBigram, posTrigram, entityType, numberCount,
             person, punctuationEnd, lengthBucket, tense, firstWords, mixedBigram, mixedTrigram,
             numberShape, entityCount, modal
    }

    /// Whether POS templates fire: a model trained without a POS tagger must not see POS features.
    public let usesPOS: Bool

    public init(usesPOS: Bool) { self.usesPOS = usesPOS }

    /// The features of tokens `range` of `document`.
    ///
    /// - Parameters:
    ///   - pos: one Penn Treebank tag per document token (may be placeholders when `usesPOS` is false).
    ///   - entityTypes: per document token, the type of the entity or value mention covering it.
    public func extract(_ document: Document, tokens range: Range<Int>, pos: [String],
                        entityTypes: [EntityType?]) -> [FeatureHash] {
        extract(document, tokens: Array(range), pos: pos, entityTypes: entityTypes)
    }

    /// The features of the tokens at `indices` (in text order; the pieces of an interrupted
    /// quotation are read as one sequence).
    public func extract(_ document: Document, tokens indices: [Int], pos: [String],
                        entityTypes: [EntityType?]) -> [FeatureHash] {
        let range = indices
        var features: [FeatureHash] = []
        let words = range.map { CheckworthinessFeatures.normalized(document.tokens[$0]) }
        features.reserveCapacity(words.count * (usesPOS ? 9 : 4) + 16)

        // Word n-grams with boundary markers.
        let padded = ["<s>"] + words + ["</s>"]
        for i in 0..<padded.count {
            if i > 0 && i < padded.count - 1 { features.append(FeatureHash(template: Template.unigram.rawValue).adding(padded[i])) }
            if i + 1 < padded.count {
                features.append(FeatureHash(template: Template.bigram.rawValue).adding(padded[i]).adding(padded[i + 1]))
            }
            if i + 2 < padded.count {
                features.append(FeatureHash(template: Template.trigram.rawValue).adding(padded[i])
                    .adding(padded[i + 1]).adding(padded[i + 2]))
            }
        }
        features.append(FeatureHash(template: Template.firstWords.rawValue).adding(words.first ?? "")
            .adding(words.count > 1 ? words[1] : ""))

        // POS patterns, and "mixed" n-grams: closed-class words kept, open-class words replaced by
        // their tag, so "we have cut NNS by CD NN" generalises across topics (a syntactic
        // abstraction in the spirit of ClaimBuster's POS features).
        if usesPOS {
            let tags = ["<s>"] + range.map { pos[$0] } + ["</s>"]
            let mixed = ["<s>"] + zip(words, range.map { pos[$0] }).map { CheckworthinessFeatures.abstracted($0, $1) } + ["</s>"]
            for i in 0..<tags.count {
                if i > 0 && i < tags.count - 1 { features.append(FeatureHash(template: Template.posUnigram.rawValue).adding(tags[i])) }
                if i + 1 < tags.count {
                    features.append(FeatureHash(template: Template.posBigram.rawValue).adding(tags[i]).adding(tags[i + 1]))
                    features.append(FeatureHash(template: Template.mixedBigram.rawValue).adding(mixed[i]).adding(mixed[i + 1]))
                }
                if i + 2 < tags.count {
                    features.append(FeatureHash(template: Template.posTrigram.rawValue).adding(tags[i])
                        .adding(tags[i + 1]).adding(tags[i + 2]))
                    features.append(FeatureHash(template: Template.mixedTrigram.rawValue).adding(mixed[i])
                        .adding(mixed[i + 1]).adding(mixed[i + 2]))
                }
            }
            var tense: [String] = []
            for i in range {
                switch pos[i] {
                case "VBD": tense.append("past")
                case "VBN": tense.append("participle")
                case "VBZ", "VBP": tense.append("present")
                case "MD": tense.append("modal")
                default: break
                }
            }
            for label in Set(tense).sorted() {
                features.append(FeatureHash(template: Template.tense.rawValue).adding(label))
            }
        }

        // Entity and value types present, and how many mentions.
        var types: [String] = []
        var mentionCount = 0
        var previous: EntityType? = nil
        for i in range {
            if let type = entityTypes[i], type != previous {
                types.append(type.rawValue)
                mentionCount += 1
            }
            previous = entityTypes[i]
        }
        for type in Set(types).sorted() {
            features.append(FeatureHash(template: Template.entityType.rawValue).adding(type))
        }
        features.append(FeatureHash(template: Template.entityCount.rawValue).adding(UInt64(Swift.min(mentionCount, 4))))

        // Numbers: how many, and their shapes ("0,000", "0.0", "0000" for years).
        var numbers = 0
        for (offset, i) in range.enumerated()
        where document.tokens[i].kind == .number || CheckworthinessFeatures.numberWords.contains(words[offset]) {
            numbers += 1
            features.append(FeatureHash(template: Template.numberShape.rawValue).adding(words[offset]))
        }
        features.append(FeatureHash(template: Template.numberCount.rawValue).adding(UInt64(Swift.min(numbers, 3))))

        // First / second person, modals (opinion and promise markers in debates).
        var person: Set<String> = []
        for word in words {
            if CheckworthinessFeatures.firstPerson.contains(word) { person.insert("first") }
            if CheckworthinessFeatures.secondPerson.contains(word) { person.insert("second") }
            if CheckworthinessFeatures.modals.contains(word) {
                features.append(FeatureHash(template: Template.modal.rawValue).adding(word))
            }
        }
        for label in person.sorted() { features.append(FeatureHash(template: Template.person.rawValue).adding(label)) }

        // How the span ends, and its length.
        let last = words.last(where: { $0 != "\"" }) ?? ""
        features.append(FeatureHash(template: Template.punctuationEnd.rawValue).adding(last == "?" || last == "!" ? last : "other"))
        features.append(FeatureHash(template: Template.lengthBucket.rawValue).adding(UInt64(CheckworthinessFeatures.lengthBucket(words.count))))
        return features
    }

    // MARK: Normalisation

    /// Lowercased text with typographic apostrophes and quotes made plain and digits made `0`.
    static func normalized(_ token: Token) -> String {
        switch token.kind {
        case .number:
            return String(token.text.unicodeScalars.map { $0.properties.numericType != nil ? "0" : Character($0) })
        case .quote:
            return token.text == "’" || token.text == "'" ? "'" : "\""
        default:
            var text = token.text.lowercased()
            if text.contains("’") { text = text.replacingOccurrences(of: "’", with: "'") }
            return text
        }
    }

    /// Open-class words (nouns, adjectives, numbers, proper nouns) become their tag.
    static func abstracted(_ word: String, _ tag: String) -> String {
        switch tag {
        case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "FW", "RB":
            return tag
        default:
            return word
        }
    }

    static func lengthBucket(_ count: Int) -> Int {
        switch count {
        case ..<5: return 0
        case ..<9: return 1
        case ..<14: return 2
        case ..<20: return 3
        case ..<28: return 4
        case ..<40: return 5
        default: return 6
        }
    }

    static let firstPerson: Set<String> = ["i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"]
    static let secondPerson: Set<String> = ["you", "your", "yours", "yourself", "yourselves"]
    static let modals: Set<String> = ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "'d"]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "percent", "half",
        "third", "quarter", "twice", "double", "triple",
    ]
}
