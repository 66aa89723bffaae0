import ArgumentParser

struct TrainAttributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attribution", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'attribution' is not implemented yet")
    }
}
