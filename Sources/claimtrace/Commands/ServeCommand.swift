import ArgumentParser

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("'serve' is not implemented yet")
    }
}
