import ClaimtraceCore
import Foundation

/// Unlabelled text for the word clusters, segmented by the project's own `Segmenter` so the
/// cluster vocabulary has the spellings the tagger sees at run time. Reads PolNeAR `.jsonl`
/// (the `text` field, each article once), ClaimBuster `.csv` (the `Text` column) and plain `.txt`.
public enum RawTextCorpus {
    /// Sentences of `WordForm.lower` spellings from every file of `paths`.
    public static func sentences(_ paths: [String]) throws -> [[String]] {
        let segmenter = Segmenter()
        var result: [[String]] = []
        for path in paths {
            for text in try texts(path) {
                let document = segmenter.run(text)
                for sentence in document.sentences {
                    result.append(sentence.tokens.map { WordForm(document.tokens[$0].text).lower })
                }
            }
        }
        return result
    }

    private static func texts(_ path: String) throws -> [String] {
        if path.hasSuffix(".jsonl") {
            var seen = Set<String>()
            var texts: [String] = []
            let content = try String(contentsOfFile: path, encoding: .utf8)
            for line in content.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                let article = object["article"] as? String ?? text
                if seen.insert(article).inserted { texts.append(text) }
            }
            return texts
        }
        if path.hasSuffix(".csv") {
            return try ClaimBusterCorpus(contentsOf: path).examples.map(\.text)
        }
        return [try String(contentsOfFile: path, encoding: .utf8)]
    }
}
