/// Why a request cannot be read, with the status the server answers before closing.
public struct HTTPDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public let status: Int
    public let detail: String

    public init(status: Int, detail: String) {
        self.status = status
        self.detail = detail
    }

    static func badRequest(_ detail: String) -> HTTPDecodingError { HTTPDecodingError(status: 400, detail: detail) }

    public var description: String { "\(status): \(detail)" }
}
