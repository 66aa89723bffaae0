/// The trained models the pipeline uses, loaded once from the core's resources.
public struct ModelStore: Sendable {
    public var pos: LinearModel?
    public var ner: LinearModel?
    /// The NER tagger's second (document-level) pass, stored in `ner.ctm` under prefix `ner2`.
    public var nerDocument: LinearModel? = nil
    /// Cue and source/content taggers (`claimtrace train attribution`).
    public var attribution: AttributionModel? = nil
    /// The claim check-worthiness classifier (`claimtrace train checkworthiness`).
    public var checkworthiness: CheckworthinessModel? = nil

    public init(pos: LinearModel? = nil, ner: LinearModel? = nil) {
        self.pos = pos
        self.ner = ner
    }

    /// Loads every model shipped in `Resources/Models`. A corrupt file is an error; a model
    /// that is not shipped yet leaves its stage on its fallback.
    public static func bundled() throws -> ModelStore {
        var store = ModelStore()
        if let file = try ModelFile.bundled("pos") { store.pos = try LinearModel(from: file, prefix: "pos") }
        if let file = try ModelFile.bundled("ner") {
            store.ner = try LinearModel(from: file, prefix: "ner")
            if file.has("ner2.labels") { store.nerDocument = try LinearModel(from: file, prefix: "ner2") }
        }
        if let file = try ModelFile.bundled("attribution") { store.attribution = try AttributionModel(from: file) }
        if let file = try ModelFile.bundled("checkworthiness") { store.checkworthiness = try CheckworthinessModel(from: file) }
        return store
    }
}
