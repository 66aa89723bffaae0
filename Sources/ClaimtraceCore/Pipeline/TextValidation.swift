/// Why a text cannot be analysed: each case maps to a 422 problem in the API.
public enum TextRejection: Error, Sendable, Equatable {
    case empty
    case invalidUTF8
    /// Mostly control characters: a binary file sent as text.
    case binary

    public var detail: String {
        switch self {
        case .empty: return "The text is empty or only whitespace."
        case .invalidUTF8: return "The text is not valid UTF-8."
        case .binary: return "The text looks like binary data (too many control characters)."
        }
    }
}

/// Checks a body before it reaches the pipeline. A stray NUL or control character is text (it
/// keeps its offsets); a body where more than 1 in 10 scalars are controls is binary.
public enum TextValidation {
    /// Decodes `bytes` as strict UTF-8 and applies the checks.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<String, TextRejection> {
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.invalidUTF8) }
        return validate(text).map { text }
    }

    public static func validate(_ text: String) -> Result<Void, TextRejection> {
        var total = 0, controls = 0, visible = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: break
            case 0x00...0x1F, 0x7F...0x9F: controls += 1
            default: if !scalar.properties.isWhitespace { visible += 1 }
            }
        }
        if visible == 0 && controls == 0 { return .failure(.empty) }
        if controls * 10 > total { return .failure(.binary) }
        return .success(())
    }
}
