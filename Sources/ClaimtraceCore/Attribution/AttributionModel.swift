/// The trained halves of attribution finding, shipped together in `Models/attribution.ctm`:
/// the cue tagger's and the span tagger's weights (see `claimtrace train attribution`).
public struct AttributionModel: Sendable {
    public let cue: LinearModel
    public let span: LinearModel

    public init(cue: LinearModel, span: LinearModel) {
        self.cue = cue
        self.span = span
    }

    public init(from file: ModelFile) throws {
        cue = try LinearModel(from: file, prefix: "attribution.cue")
        span = try LinearModel(from: file, prefix: "attribution.span")
    }

    public func store(in file: inout ModelFile) {
        cue.store(in: &file, prefix: "attribution.cue")
        span.store(in: &file, prefix: "attribution.span")
    }
}
