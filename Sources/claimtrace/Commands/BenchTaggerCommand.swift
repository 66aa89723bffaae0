import ArgumentParser

struct BenchTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'tagger' is not implemented yet")
    }
}
