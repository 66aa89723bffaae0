import ClaimtraceSockets
import Foundation
import Testing

/// Runs `tool` with `arguments`; its standard output, or nil when it fails.
private func run(_ tool: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

private let toolsPresent = FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")

/// TLS through the same connection code: a self-signed certificate made by `openssl req`,
/// and curl as the client (keep-alive over TLS included).
@Suite(.serialized, .enabled(if: toolsPresent, "needs /usr/bin/openssl and /usr/bin/curl"))
struct TLSTests {
    private func makeCertificate() throws -> (certificate: String, key: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimtrace-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let certificate = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        let made = run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
                                            "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"])
        try #require(made != nil, "openssl req failed")
        return (certificate, key, directory)
    }

    @Test func servesHTTPSWithKeepAlive() throws {
        let files = try makeCertificate()
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let context = try TLSContext(certificatePath: files.certificate, privateKeyPath: files.key)
        let server = try TestServer(tls: context)
        let base = "https://127.0.0.1:\(server.port)"
        // Two URLs in one curl run share one TLS connection.
        let output = run("/usr/bin/curl", ["-sS", "--cacert", files.certificate, "--max-time", "10",
                                           "\(base)/healthz", "-o", "/dev/stdout", "\(base)/healthz",
                                           "-w", "%{http_code} %{num_connects}\\n"])
        #expect(output == "{\"status\":\"ok\"}200 1\n{\"status\":\"ok\"}200 0\n")
        let extracted = run("/usr/bin/curl", ["-sS", "--cacert", files.certificate, "--max-time", "10",
                                              "-H", "Content-Type: text/plain", "--data-binary", "Hello over TLS",
                                              "\(base)/v1/extract"])
        #expect(extracted?.contains(#""text":"Hello over TLS""#) == true)
    }

    @Test func plainHTTPToTheTLSPortIsClosed() throws {
        let files = try makeCertificate()
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let server = try TestServer(tls: try TLSContext(certificatePath: files.certificate, privateKeyPath: files.key))
        let client = try server.client(timeout: 5)
        client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(throws: (any Error).self) { try client.readResponse() }
        // The server is still fine.
        let output = run("/usr/bin/curl", ["-sS", "--cacert", files.certificate, "https://127.0.0.1:\(server.port)/healthz"])
        #expect(output == #"{"status":"ok"}"#)
    }

    @Test func badCertificatePathsFail() {
        #expect(throws: SocketError.self) {
            try TLSContext(certificatePath: "/nonexistent/cert.pem", privateKeyPath: "/nonexistent/key.pem")
        }
    }
}
