import Foundation

/// A reviewed word list shipped in `Resources/Lexicons`: one entry per line, `#` starts a
/// comment, blank lines ignored. Entries may carry a tab-separated value column.
///
/// Rules read their vocabulary from these files rather than from `switch` statements, so a
/// lexicographer can review or extend them without touching code (see docs/pipeline notes).
public struct Lexicon: Sendable {
    public let name: String
    /// Entries in file order (first column).
    public let entries: [String]
    /// First column → second column, for files that have one (`key<TAB>value`).
    public let values: [String: String]
    private let members: Set<String>

    public init(name: String, contents: String) {
        var entries: [String] = []
        var values: [String: String] = [:]
        for rawLine in contents.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let key = columns.first, !key.isEmpty else { continue }
            entries.append(key)
            if columns.count > 1 { values[key] = columns[1] }
        }
        self.name = name
        self.entries = entries
        self.values = values
        self.members = Set(entries)
    }

    public func contains(_ entry: String) -> Bool { members.contains(entry) }

    /// Loads `Resources/Lexicons/<name>.txt` from the core's resource bundle.
    ///
    /// A missing lexicon is a packaging error, not a runtime condition: it stops the process
    /// with a message naming the file, at start-up (every lexicon is loaded eagerly by `Extractor`).
    public static func bundled(_ name: String) -> Lexicon {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Lexicons"),
              let contents = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("claimtrace: lexicon Resources/Lexicons/\(name).txt is missing from the resource bundle")
        }
        return Lexicon(name: name, contents: contents)
    }
}
