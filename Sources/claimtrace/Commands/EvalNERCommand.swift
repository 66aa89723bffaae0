import ArgumentParser

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'ner' is not implemented yet")
    }
}
