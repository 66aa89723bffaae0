import Foundation

/// The NewsClaims benchmark (Reddy et al. 2022, "NewsClaims: A New Benchmark for Claim
/// Detection from News with Attribute Knowledge", EMNLP) as distributed in
/// `../shared/data/newsclaims`: `dev.json` maps article id → claim id → claim (sentence,
/// claimer, whether the claimer is named in the sentence), texts in `dev_text/<id>.txt`.
public struct NewsClaimsArticle: Sendable {
    public let id: String
    public let text: String
    public let claims: [NewsClaim]
}

public struct NewsClaim: Sendable {
    public let id: String
    public let sentence: String
    public let claimer: String?
    public let claimerInSentence: Bool
}

public enum NewsClaimsCorpus {
    /// Articles in id order (claims in claim-id order), skipping ids without a text file.
    public static func load(_ url: URL, texts: URL) throws -> [NewsClaimsArticle] {
        guard let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else { return [] }
        var articles: [NewsClaimsArticle] = []
        for id in root.keys.sorted() {
            let file = texts.appendingPathComponent("\(id).txt")
            guard let text = try? String(contentsOf: file, encoding: .utf8),
                  let claims = root[id] as? [String: Any] else { continue }
            let parsed = claims.keys.sorted().compactMap { claimID -> NewsClaim? in
                guard let claim = claims[claimID] as? [String: Any], let sentence = claim["sentence"] as? String else { return nil }
                return NewsClaim(id: claimID, sentence: sentence, claimer: claim["claimer"] as? String,
                                 claimerInSentence: claim["claimer_in_sentence"] as? Bool ?? false)
            }
            articles.append(NewsClaimsArticle(id: id, text: text, claims: parsed))
        }
        return articles
    }
}
