/// The web page served at `/`.
enum IndexPage {
    static let html = "<!doctype html><title>claimtrace</title>"
}
