import ArgumentParser

/// The one executable: thin commands over the core, the trainers and the server.
@main
struct Claimtrace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimtrace",
        abstract: "Entities, claims and their sources in news articles, as JSON.",
        subcommands: [ServeCommand.self, ExtractCommand.self, TrainCommand.self, EvalCommand.self, BenchCommand.self]
    )
}

/// `claimtrace train <model>`: re-creates a shipped model file from its corpus.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model from the corpora in ../shared/data and write its model file.",
        subcommands: [TrainPOSCommand.self, TrainNERCommand.self, TrainAttributionCommand.self,
                      TrainCheckworthinessCommand.self]
    )
}

/// `claimtrace eval <task>`: scores a model or stage on an evaluation set and prints JSON.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a stage on an evaluation set; prints JSON.",
        subcommands: [EvalPOSCommand.self, EvalNERCommand.self, EvalAttributionCommand.self,
                      EvalClaimersCommand.self, EvalCheckworthinessCommand.self, EvalClaimsCommand.self]
    )
}

/// `claimtrace bench <stage>`: throughput figures (release builds only mean anything).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput; prints JSON.",
        subcommands: [BenchTaggerCommand.self, BenchExtractCommand.self]
    )
}
