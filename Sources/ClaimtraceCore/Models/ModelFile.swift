import Foundation

/// The binary container every shipped model uses: a header, named sections, and a checksum.
///
/// Layout (little-endian):
/// `"CTMF"` magic, UInt32 format version, UInt32 section count, then per section:
/// UInt16 name length, name (UTF-8), UInt8 kind, UInt64 payload length, payload;
/// finally UInt64 FNV-1a checksum of every preceding byte. Float sections hold IEEE-754 Float32,
/// string sections hold newline-separated UTF-8, so labels and metadata travel with the weights.
/// Byte sections (kind 3) hold raw bytes, e.g. quantised weights (see `QuantizedRows`).
public struct ModelFile: Sendable {
    public static let magic: [UInt8] = Array("CTMF".utf8)
    public static let formatVersion: UInt32 = 1

    public enum Section: Sendable, Equatable {
        case floats([Float])
        case strings([String])
        case ints([Int32])
        case bytes([UInt8])
    }

    public enum ReadError: Error, CustomStringConvertible, Equatable {
        case truncated
        case badMagic
        case unsupportedVersion(UInt32)
        case checksumMismatch
        case missingSection(String)
        case wrongKind(String)

        public var description: String {
            switch self {
            case .truncated: return "model file is truncated"
            case .badMagic: return "not a claimtrace model file (bad magic)"
            case .unsupportedVersion(let version): return "model format version \(version) is not supported"
            case .checksumMismatch: return "model file checksum mismatch (corrupted)"
            case .missingSection(let name): return "model file has no section '\(name)'"
            case .wrongKind(let name): return "model section '\(name)' has the wrong kind"
            }
        }
    }

    public private(set) var sections: [(name: String, section: Section)] = []

    public init() {}

    public mutating func add(_ name: String, _ section: Section) {
        precondition(!sections.contains { $0.name == name }, "duplicate model section \(name)")
        sections.append((name, section))
    }

    public func floats(_ name: String) throws -> [Float] {
        guard case .floats(let values) = try section(name) else { throw ReadError.wrongKind(name) }
        return values
    }

    public func strings(_ name: String) throws -> [String] {
        guard case .strings(let values) = try section(name) else { throw ReadError.wrongKind(name) }
        return values
    }

    public func ints(_ name: String) throws -> [Int32] {
        guard case .ints(let values) = try section(name) else { throw ReadError.wrongKind(name) }
        return values
    }

    public func bytes(_ name: String) throws -> [UInt8] {
        guard case .bytes(let values) = try section(name) else { throw ReadError.wrongKind(name) }
        return values
    }

    public func has(_ name: String) -> Bool { sections.contains { $0.name == name } }

    private func section(_ name: String) throws -> Section {
        guard let found = sections.first(where: { $0.name == name }) else { throw ReadError.missingSection(name) }
        return found.section
    }

    // MARK: Encoding

    public func encoded() -> [UInt8] {
        var out = ModelFile.magic
        append(ModelFile.formatVersion, to: &out)
        append(UInt32(sections.count), to: &out)
        for (name, section) in sections {
            let nameBytes = Array(name.utf8)
            append(UInt16(nameBytes.count), to: &out)
            out.append(contentsOf: nameBytes)
            switch section {
            case .floats(let values):
                out.append(0)
                append(UInt64(values.count * 4), to: &out)
                for value in values { append(value.bitPattern, to: &out) }
            case .strings(let values):
                out.append(1)
                let payload = Array(values.joined(separator: "\n").utf8)
                append(UInt64(payload.count), to: &out)
                out.append(contentsOf: payload)
            case .ints(let values):
                out.append(2)
                append(UInt64(values.count * 4), to: &out)
                for value in values { append(UInt32(bitPattern: value), to: &out) }
            case .bytes(let values):
                out.append(3)
                append(UInt64(values.count), to: &out)
                out.append(contentsOf: values)
            }
        }
        append(ModelFile.checksum(out[...]), to: &out)
        return out
    }

    public init(decoding bytes: [UInt8]) throws {
        var reader = ByteReader(bytes: bytes)
        guard bytes.count >= 20, Array(bytes[0..<4]) == ModelFile.magic else { throw ReadError.badMagic }
        let body = bytes[0..<(bytes.count - 8)]
        var tail = ByteReader(bytes: bytes, position: bytes.count - 8)
        guard try tail.read(UInt64.self) == ModelFile.checksum(body) else { throw ReadError.checksumMismatch }
        reader.position = 4
        let version = try reader.read(UInt32.self)
        guard version == ModelFile.formatVersion else { throw ReadError.unsupportedVersion(version) }
        let count = try reader.read(UInt32.self)
        for _ in 0..<count {
            let nameLength = Int(try reader.read(UInt16.self))
            let name = String(decoding: try reader.take(nameLength), as: UTF8.self)
            let kind = try reader.take(1).first ?? 0xFF  // a slice keeps its parent's indices
            let length = Int(try reader.read(UInt64.self))
            let payload = try reader.take(length)
            switch kind {
            case 0:
                var values = [Float](repeating: 0, count: length / 4)
                payload.withUnsafeBytes { raw in
                    for i in 0..<values.count {
                        values[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
                    }
                }
                add(name, .floats(values))
            case 1:
                let text = String(decoding: payload, as: UTF8.self)
                add(name, .strings(text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            case 2:
                var values = [Int32](repeating: 0, count: length / 4)
                payload.withUnsafeBytes { raw in
                    for i in 0..<values.count {
                        values[i] = Int32(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
                    }
                }
                add(name, .ints(values))
            case 3:
                add(name, .bytes(Array(payload)))
            default:
                throw ReadError.wrongKind(name)
            }
        }
    }

    public func write(to url: URL) throws {
        try Data(encoded()).write(to: url, options: .atomic)
    }

    public init(contentsOf url: URL) throws {
        try self.init(decoding: [UInt8](try Data(contentsOf: url)))
    }

    /// Loads `Resources/Models/<name>.ctm` from the core's bundle; nil when not shipped.
    public static func bundled(_ name: String) throws -> ModelFile? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "ctm", subdirectory: "Models") else {
            return nil
        }
        return try ModelFile(contentsOf: url)
    }

    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    private func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}

/// Reads little-endian integers from a byte buffer, throwing on truncation.
private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= bytes.count else { throw ModelFile.ReadError.truncated }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let slice = try take(MemoryLayout<T>.size)
        var value: T = 0
        for (shift, byte) in slice.enumerated() { value |= T(byte) << (shift * 8) }
        return value
    }
}
