import ArgumentParser

struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'bench extract' is not implemented yet")
    }
}
