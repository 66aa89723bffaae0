import ArgumentParser

struct TrainPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pos", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'pos' is not implemented yet")
    }
}
