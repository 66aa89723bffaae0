/// The trained models the pipeline uses, loaded once from the core's resources.
public struct ModelStore: Sendable {
    public var pos: LinearModel?
    public var ner: LinearModel?

    public init(pos: LinearModel? = nil, ner: LinearModel? = nil) {
        self.pos = pos
        self.ner = ner
    }

    /// Loads every model shipped in `Resources/Models`. A corrupt file is an error; a model
    /// that is not shipped yet leaves its stage on its fallback.
    public static func bundled() throws -> ModelStore {
        var store = ModelStore()
        if let file = try ModelFile.bundled("pos") { store.pos = try LinearModel(from: file, prefix: "pos") }
        if let file = try ModelFile.bundled("ner") { store.ner = try LinearModel(from: file, prefix: "ner") }
        return store
    }
}
