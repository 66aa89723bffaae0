import Foundation
@testable import ClaimtraceServer
import ClaimtraceCore
import Testing

@Suite struct ConfigurationTests {
    private func json(_ text: String) throws(ConfigurationError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        try ConfigurationLoader.apply(json: Data(text.utf8), source: "test.json", to: &configuration)
        try ConfigurationLoader.validate(configuration)
        return configuration
    }

    @Test func defaults() throws {
        let configuration = try ConfigurationLoader.load(file: nil, environment: [:])
        #expect(configuration == ServerConfiguration())
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.limits.maxBodyBytes >= 10_000_000)
        #expect(configuration.effectiveWorkers >= 1)
    }

    @Test func shippedConfigFileLoads() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("config/claimtrace.json").path
        let configuration = try ConfigurationLoader.load(file: path, environment: [:])
        #expect(configuration.port == 8080)
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.claims.ownVoiceThreshold == ClaimBuilder.defaultOwnVoiceThreshold)
    }

    @Test func ownVoiceThresholdIsAFraction() throws {
        #expect(try json(#"{"claims": {"own_voice_threshold": 0.5}}"#).claims.ownVoiceThreshold == 0.5)
        #expect(try ConfigurationLoader.load(file: nil, environment: ["CLAIMTRACE_CLAIMS_OWN_VOICE_THRESHOLD": "0.9"])
            .claims.ownVoiceThreshold == 0.9)
        #expect(throws: ConfigurationError.self) { try json(#"{"claims": {"own_voice_threshold": 1.5}}"#) }
        #expect(throws: ConfigurationError.self) { try json(#"{"claims": {"own_voice_threshold": true}}"#) }
    }

    @Test func fileValues() throws {
        let configuration = try json("""
            {"host": "::1", "port": 9000, "workers": 3, "queue_depth": 0,
             "limits": {"max_body_bytes": 1000, "max_pipelined": 2},
             "timeouts": {"idle": 1.5, "drain": 0},
             "tls": {"certificate": null, "private_key": null},
             "api_keys": ["a", "b"], "log_level": "debug"}
            """)
        #expect(configuration.host == "::1")
        #expect(configuration.port == 9000)
        #expect(configuration.workers == 3)
        #expect(configuration.queueDepth == 0)
        #expect(configuration.limits.maxBodyBytes == 1000)
        #expect(configuration.limits.maxPipelined == 2)
        #expect(configuration.timeouts.idle == 1.5)
        #expect(configuration.apiKeys == ["a", "b"])
        #expect(configuration.logLevel == "debug")
    }

    @Test(arguments: [
        (#"{"prot": 80}"#, "unknown key \"prot\""),
        (#"{"limits": {"max_body": 1}}"#, "unknown key \"limits.max_body\""),
        (#"{"port": "80"}"#, "port must be an integer"),
        (#"{"port": 80.5}"#, "port must be an integer"),
        (#"{"port": true}"#, "port must be an integer"),
        (#"{"port": 70000}"#, "port must be an integer in 0...65535"),
        (#"{"workers": -1}"#, "workers must be an integer"),
        (#"{"timeouts": {"idle": "fast"}}"#, "timeouts.idle must be a number of seconds"),
        (#"{"timeouts": 5}"#, "timeouts must be an object"),
        (#"{"api_keys": "k"}"#, "api_keys must be an array of strings"),
        (#"{"api_keys": [""]}"#, "api_keys must be non-empty"),
        (#"{"log_level": "loud"}"#, "log_level must be one of"),
        (#"{"tls": {"certificate": "c.pem"}}"#, "tls.certificate and tls.private_key must be given together"),
        (#"[1]"#, "top level must be a JSON object"),
        (#"{"port": 80"#, "not valid JSON"),
    ])
    func badFilesFailWithAClearMessage(_ text: String, _ message: String) {
        do {
            _ = try json(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func precedenceIsFlagsThenEnvironmentThenFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claimtrace-config-\(getpid()).json")
        try Data(#"{"port": 1111, "host": "10.0.0.1", "workers": 5, "limits": {"max_connections": 7}}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let configuration = try ConfigurationLoader.load(
            file: file.path,
            environment: ["CLAIMTRACE_PORT": "2222", "CLAIMTRACE_WORKERS": "6", "CLAIMTRACE_LIMITS_MAX_CONNECTIONS": "9",
                          "CLAIMTRACE_API_KEYS": "k1, k2", "CLAIMTRACE_UNRELATED": "x"],
            overrides: ["port": "3333"])
        #expect(configuration.port == 3333)
        #expect(configuration.host == "10.0.0.1")
        #expect(configuration.workers == 6)
        #expect(configuration.limits.maxConnections == 9)
        #expect(configuration.apiKeys == ["k1", "k2"])
    }

    @Test func badEnvironmentValue() {
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(file: nil, environment: ["CLAIMTRACE_PORT": "eighty"])
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(file: nil, environment: [:], overrides: ["port": "-1"])
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(file: "/nonexistent/claimtrace.json", environment: [:])
        }
    }
}
