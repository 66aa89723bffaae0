import ArgumentParser

struct EvalClaimersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claimers", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'claimers' is not implemented yet")
    }
}
