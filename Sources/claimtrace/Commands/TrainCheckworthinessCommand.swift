import ArgumentParser

struct TrainCheckworthinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checkworthiness", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'checkworthiness' is not implemented yet")
    }
}
