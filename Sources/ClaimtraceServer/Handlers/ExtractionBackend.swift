import ClaimtraceCore

/// A serialised extraction result: what the handlers need from the core.
public struct ExtractionOutput: Sendable, Equatable {
    public var documentID: String
    public var body: [UInt8]

    public init(documentID: String, body: [UInt8]) {
        self.documentID = documentID
        self.body = body
    }
}

/// The extraction the API runs, injected so that tests can substitute a stub (slow, failing,
/// counting) while `claimtrace serve` wires the real `Extractor`.
public struct ExtractionBackend: Sendable {
    public let extract: @Sendable (ExtractionRequest) -> ExtractionOutput
    /// Changes whenever the same request would produce a different body (model or code
    /// version); it is part of every ETag.
    public let version: String

    public init(version: String, extract: @escaping @Sendable (ExtractionRequest) -> ExtractionOutput) {
        self.version = version
        self.extract = extract
    }

    /// The production backend over a loaded `Extractor`. Its version is the digest of the
    /// response to a fixed probe article, so a retrained model changes every ETag.
    public static func live(_ extractor: Extractor, digest: @escaping @Sendable ([UInt8]) -> String) -> ExtractionBackend {
        let probe = ExtractionRequest(text: """
            The United Nations said on Sunday that 46 people were evacuated from Mariupol. \
            "We are doing everything we can," Ukrainian President Volodymyr Zelensky told reporters.
            """)
        let version = digest(extractor.extract(probe).body)
        return ExtractionBackend(version: version) { request in
            let result = extractor.extract(request)
            return ExtractionOutput(documentID: result.documentID, body: result.body)
        }
    }
}
