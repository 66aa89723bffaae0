import Foundation

/// Builds a `ServerConfiguration` from, in increasing precedence: built-in defaults, a JSON
/// file, `CLAIMTRACE_*` environment variables, and command-line flags. Every source is checked
/// strictly: an unknown key, a wrong type or an out-of-range value is an error naming the
/// source and key, so a typo fails the start instead of being silently ignored.
public enum ConfigurationLoader {
    /// One configurable value: its dotted JSON path, its type and range, and where it goes.
    struct Setting {
        enum Kind {
            case integer(WritableKeyPath<ServerConfiguration, Int>, ClosedRange<Int>)
            /// A number in `range`; `what` names it in errors ("a number of seconds").
            case number(WritableKeyPath<ServerConfiguration, Double>, ClosedRange<Double>, what: String)
            case string(WritableKeyPath<ServerConfiguration, String>, allowed: [String]?)
            case optionalString(WritableKeyPath<ServerConfiguration, String?>)
            case strings(WritableKeyPath<ServerConfiguration, [String]>)

            static func seconds(_ keyPath: WritableKeyPath<ServerConfiguration, Double>, _ range: ClosedRange<Double>) -> Kind {
                .number(keyPath, range, what: "a number of seconds")
            }
        }
        let path: String
        let kind: Kind

        /// `limits.max_body_bytes` → `CLAIMTRACE_LIMITS_MAX_BODY_BYTES`.
        var environmentName: String { "CLAIMTRACE_" + path.uppercased().replacingOccurrences(of: ".", with: "_") }
    }

    static var settings: [Setting] {
        [
            Setting(path: "host", kind: .string(\.host, allowed: nil)),
            Setting(path: "port", kind: .integer(\.port, 0...65535)),
            Setting(path: "workers", kind: .integer(\.workers, 0...1024)),
            Setting(path: "queue_depth", kind: .integer(\.queueDepth, 0...1_000_000)),
            Setting(path: "limits.max_header_bytes", kind: .integer(\.limits.maxHeaderBytes, 1024...(1 << 20))),
            Setting(path: "limits.max_header_count", kind: .integer(\.limits.maxHeaderCount, 8...10_000)),
            Setting(path: "limits.max_body_bytes", kind: .integer(\.limits.maxBodyBytes, 1...(1 << 30))),
            Setting(path: "limits.max_connections", kind: .integer(\.limits.maxConnections, 1...1_000_000)),
            Setting(path: "limits.max_pipelined", kind: .integer(\.limits.maxPipelined, 1...1024)),
            Setting(path: "timeouts.header_read", kind: .seconds(\.timeouts.headerRead, 0.01...86_400)),
            Setting(path: "timeouts.body_read", kind: .seconds(\.timeouts.bodyRead, 0.01...86_400)),
            Setting(path: "timeouts.idle", kind: .seconds(\.timeouts.idle, 0.01...86_400)),
            Setting(path: "timeouts.write", kind: .seconds(\.timeouts.write, 0.01...86_400)),
            Setting(path: "timeouts.drain", kind: .seconds(\.timeouts.drain, 0...86_400)),
            Setting(path: "tls.certificate", kind: .optionalString(\.tls.certificate)),
            Setting(path: "tls.private_key", kind: .optionalString(\.tls.privateKey)),
            Setting(path: "api_keys", kind: .strings(\.apiKeys)),
            Setting(path: "claims.own_voice_threshold", kind: .number(\.claims.ownVoiceThreshold, 0...1, what: "a number")),
            Setting(path: "log_level", kind: .string(\.logLevel, allowed: ["trace", "debug", "info", "notice", "warning",
                                                                          "error", "critical"])),
        ]
    }

    /// The full precedence chain. `file` nil means defaults only; `overrides` are flags as
    /// dotted path → text (e.g. `["port": "0"]`).
    public static func load(file: String?, environment: [String: String], overrides: [String: String] = [:])
        throws(ConfigurationError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ConfigurationError("cannot read configuration file \(file)")
            }
            try apply(json: data, source: file, to: &configuration)
        }
        try apply(environment: environment, to: &configuration)
        for setting in settings {
            if let text = overrides[setting.path] {
                try apply(text: text, setting: setting, source: "--\(setting.path.replacingOccurrences(of: "_", with: "-"))", to: &configuration)
            }
        }
        try validate(configuration)
        return configuration
    }

    /// Applies a JSON document: an object whose keys are settings or sections of them.
    public static func apply(json data: Data, source: String, to configuration: inout ServerConfiguration)
        throws(ConfigurationError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ConfigurationError("\(source): not valid JSON (\(error.localizedDescription))")
        }
        guard let root = object as? [String: Any] else { throw ConfigurationError("\(source): the top level must be a JSON object") }
        let byPath = Dictionary(uniqueKeysWithValues: settings.map { ($0.path, $0) })
        let sections = Set(settings.compactMap { $0.path.split(separator: ".").count > 1 ? String($0.path.split(separator: ".")[0]) : nil })

        func walk(_ object: [String: Any], prefix: String) throws(ConfigurationError) {
            // Sorted so the first error reported does not depend on hashing.
            for key in object.keys.sorted() {
                let path = prefix.isEmpty ? key : prefix + "." + key
                let value = object[key]!
                if prefix.isEmpty, sections.contains(key) {
                    guard let nested = value as? [String: Any] else { throw ConfigurationError("\(source): \(path) must be an object") }
                    try walk(nested, prefix: path)
                } else if let setting = byPath[path] {
                    try apply(value: value, setting: setting, source: source, to: &configuration)
                } else {
                    let known = settings.map(\.path).joined(separator: ", ")
                    throw ConfigurationError("\(source): unknown key \"\(path)\" (known keys: \(known))")
                }
            }
        }
        try walk(root, prefix: "")
    }

    /// Applies every `CLAIMTRACE_<PATH>` variable that names a setting. `CLAIMTRACE_API_KEYS`
    /// is comma-separated. Other variables are ignored (other tools share the prefix).
    public static func apply(environment: [String: String], to configuration: inout ServerConfiguration)
        throws(ConfigurationError) {
        for setting in settings {
            if let text = environment[setting.environmentName] {
                try apply(text: text, setting: setting, source: setting.environmentName, to: &configuration)
            }
        }
    }

    /// Cross-field rules.
    public static func validate(_ configuration: ServerConfiguration) throws(ConfigurationError) {
        if configuration.host.isEmpty { throw ConfigurationError("host must not be empty") }
        if (configuration.tls.certificate == nil) != (configuration.tls.privateKey == nil) {
            throw ConfigurationError("tls.certificate and tls.private_key must be given together")
        }
        if configuration.apiKeys.contains(where: { $0.isEmpty || $0.contains(where: \.isWhitespace) }) {
            throw ConfigurationError("api_keys must be non-empty strings without whitespace")
        }
    }

    private static func apply(value: Any, setting: Setting, source: String, to configuration: inout ServerConfiguration)
        throws(ConfigurationError) {
        func wrong(_ expected: String) -> ConfigurationError {
            ConfigurationError("\(source): \(setting.path) must be \(expected), got \(describe(value))")
        }
        switch setting.kind {
        case .integer(let keyPath, let range):
            guard !isBoolean(value), let number = value as? NSNumber, let integer = Int(exactly: number.doubleValue),
                  range.contains(integer) else { throw wrong("an integer in \(range.lowerBound)...\(range.upperBound)") }
            configuration[keyPath: keyPath] = integer
        case .number(let keyPath, let range, let what):
            guard !isBoolean(value), let number = value as? NSNumber, range.contains(number.doubleValue) else {
                throw wrong("\(what) in \(range.lowerBound)...\(range.upperBound)")
            }
            configuration[keyPath: keyPath] = number.doubleValue
        case .string(let keyPath, let allowed):
            guard let text = value as? String, allowed?.contains(text) ?? true else {
                throw wrong(allowed.map { "one of \($0.joined(separator: ", "))" } ?? "a string")
            }
            configuration[keyPath: keyPath] = text
        case .optionalString(let keyPath):
            if value is NSNull { configuration[keyPath: keyPath] = nil; return }
            guard let text = value as? String, !text.isEmpty else { throw wrong("a non-empty string or null") }
            configuration[keyPath: keyPath] = text
        case .strings(let keyPath):
            guard let list = value as? [Any], list.allSatisfy({ $0 is String }) else { throw wrong("an array of strings") }
            configuration[keyPath: keyPath] = list.map { $0 as! String }
        }
    }

    /// Applies a textual value (environment variable or flag), parsed by the setting's type.
    static func apply(text: String, setting: Setting, source: String, to configuration: inout ServerConfiguration)
        throws(ConfigurationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let value: Any
        switch setting.kind {
        case .integer:
            guard let integer = Int(trimmed) else {
                throw ConfigurationError("\(source): \(setting.path) must be an integer, got \"\(text)\"")
            }
            value = NSNumber(value: integer)
        case .number(_, _, let what):
            guard let number = Double(trimmed), number.isFinite else {
                throw ConfigurationError("\(source): \(setting.path) must be \(what), got \"\(text)\"")
            }
            value = NSNumber(value: number)
        case .string, .optionalString:
            value = trimmed.isEmpty && isOptional(setting) ? NSNull() : trimmed
        case .strings:
            value = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        try apply(value: value, setting: setting, source: source, to: &configuration)
    }

    private static func isOptional(_ setting: Setting) -> Bool {
        if case .optionalString = setting.kind { return true }
        return false
    }

    private static func isBoolean(_ value: Any) -> Bool {
        if value is Bool, !(value is NSNumber) { return true }
        guard let number = value as? NSNumber else { return false }
        // JSON true/false decode to NSNumber booleans; their objCType is "c" (char).
        return String(cString: number.objCType) == "c"
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let text as String: return "\"\(text)\""
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return isBoolean(value) ? "a boolean" : "\(value)"
        }
    }
}
