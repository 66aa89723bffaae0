import Foundation

/// The ClaimBuster dataset (Arslan et al., ICWSM 2020): sentences from U.S. presidential debates
/// labelled `Verdict` 1 (check-worthy factual sentence), 0 (unimportant factual sentence) or
/// -1 (non-factual sentence). For claimtrace the task is binary: 1 against the rest.
public struct ClaimBusterCorpus {
    public struct Example: Sendable {
        public var id: String
        public var text: String
        public var verdict: Int
        public var isCheckworthy: Bool { verdict == 1 }
    }

    public var examples: [Example]

    public init(examples: [Example]) { self.examples = examples }

    /// Reads a ClaimBuster CSV (`Sentence_id`, `Text`, …, `Verdict`).
    public init(csv bytes: [UInt8]) throws {
        let (header, rows) = try CSVReader.rows(bytes)
        let idColumn = try CSVReader.column("Sentence_id", in: header)
        let textColumn = try CSVReader.column("Text", in: header)
        let verdictColumn = try CSVReader.column("Verdict", in: header)
        examples = rows.compactMap { row in
            guard row.count > max(idColumn, textColumn, verdictColumn),
                  let verdict = Int(row[verdictColumn].trimmingCharacters(in: .whitespaces)) else { return nil }
            return Example(id: row[idColumn], text: row[textColumn], verdict: verdict)
        }
    }

    public init(contentsOf path: String) throws {
        try self.init(csv: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    /// Removes every example whose normalised text also occurs in `other`; returns how many went.
    @discardableResult
    public mutating func remove(sentencesIn other: ClaimBusterCorpus) -> Int {
        let excluded = Set(other.examples.map { ClaimBusterCorpus.normalized($0.text) })
        let before = examples.count
        examples.removeAll { excluded.contains(ClaimBusterCorpus.normalized($0.text)) }
        return before - examples.count
    }

    /// Text for duplicate matching: lowercased letters and digits only, single spaces between
    /// words, typographic quotes ignored, so spacing and punctuation variants still match.
    public static func normalized(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                pendingSpace = true
            }
        }
        return out
    }
}
