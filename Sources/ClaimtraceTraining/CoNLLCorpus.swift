import ClaimtraceCore
import Foundation

/// One document of a CoNLL-2003 file: the tokens between two `-DOCSTART-` lines, with their POS
/// tags, their NER tags (IOB1, as the shared task distributes them) and the sentence breaks
/// (blank lines).
public struct CoNLLDocument: Sendable {
    public let tokens: [String]
    public let posTags: [String]
    public let nerTags: [String]
    public let sentences: [Range<Int>]
    /// The tokens as the taggers read them.
    public let words: WordSequence

    public init(tokens: [String], posTags: [String], nerTags: [String], sentences: [Range<Int>]) {
        self.tokens = tokens
        self.posTags = posTags
        self.nerTags = nerTags
        self.sentences = sentences
        words = WordSequence(texts: tokens, sentences: sentences)
    }

    /// The gold mentions, read from the IOB1 tags.
    public var mentions: [LabeledSpan] { IOB1.spans(nerTags, sentences: sentences) }
}

/// A CoNLL-2003 file (`word POS chunk NER` per line), split into documents.
public struct CoNLLCorpus: Sendable {
    public let documents: [CoNLLDocument]

    public var tokenCount: Int { documents.reduce(0) { $0 + $1.tokens.count } }

    public init(documents: [CoNLLDocument]) { self.documents = documents }

    public init(contentsOf path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        self.init(parsing: text)
    }

    /// Parses the text of a CoNLL-2003 file. Lines with fewer than four columns are skipped;
    /// the `-DOCSTART-` lines themselves are not tokens.
    public init(parsing text: String) {
        var documents: [CoNLLDocument] = []
        var tokens: [String] = [], pos: [String] = [], ner: [String] = []
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        func closeSentence() {
            if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
            sentenceStart = tokens.count
        }
        func closeDocument() {
            closeSentence()
            if !tokens.isEmpty {
                documents.append(CoNLLDocument(tokens: tokens, posTags: pos, nerTags: ner, sentences: sentences))
            }
            tokens = []; pos = []; ner = []; sentences = []; sentenceStart = 0
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(separator: " ")
            if columns.isEmpty { closeSentence(); continue }
            if columns[0] == "-DOCSTART-" { closeDocument(); continue }
            guard columns.count >= 4 else { continue }
            tokens.append(String(columns[0]))
            pos.append(String(columns[1]))
            ner.append(String(columns[columns.count - 1]))
        }
        closeDocument()
        self.documents = documents
    }
}

/// IOB1 chunk reading exactly as conlleval does it: a mention starts at a `B-` tag, or at an
/// `I-` tag whose predecessor (in the same sentence) is O or of another type; it continues
/// while the next tag is `I-` of the same type.
public enum IOB1 {
    public static func spans(_ tags: [String], sentences: [Range<Int>]) -> [LabeledSpan] {
        var spans: [LabeledSpan] = []
        for sentence in sentences {
            var open: (start: Int, type: Int)? = nil
            for index in sentence {
                let (prefix, typeName) = split(tags[index])
                let type = typeName.flatMap { BILOU.types.firstIndex(of: $0) }
                let continues = prefix == "I" && type != nil && open?.type == type
                if !continues {
                    if let current = open { spans.append(LabeledSpan(tokens: current.start..<index, type: current.type)) }
                    open = type.map { (index, $0) }
                }
            }
            if let current = open { spans.append(LabeledSpan(tokens: current.start..<sentence.upperBound, type: current.type)) }
        }
        return spans
    }

    private static func split(_ tag: String) -> (String, String?) {
        guard tag != "O", let dash = tag.firstIndex(of: "-") else { return ("O", nil) }
        return (String(tag[..<dash]), String(tag[tag.index(after: dash)...]))
    }
}
