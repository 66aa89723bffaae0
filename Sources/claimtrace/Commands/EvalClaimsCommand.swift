import ArgumentParser

struct EvalClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'claims' is not implemented yet")
    }
}
