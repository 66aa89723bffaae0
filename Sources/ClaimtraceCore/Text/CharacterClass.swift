/// How the segmenter sees one Unicode scalar.
enum CharacterClass: Equatable {
    case letter
    case digit
    /// Combining marks, joiners, variation selectors, emoji modifiers: they extend the scalar
    /// before them and never start a token or split one.
    case extender
    case whitespace
    case newline
    case quote
    case apostrophe
    case hyphen
    case period
    case comma
    case colon
    /// Other punctuation: each one its own token.
    case punctuation
    case symbol

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: self = .newline
        case 0x30...0x39: self = .digit
        case 0x41...0x5A, 0x61...0x7A: self = .letter
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x300C, 0x300D: self = .quote
        case 0x27, 0x2018, 0x2019, 0x201B, 0x2032: self = .apostrophe
        case 0x2D, 0x2010, 0x2011: self = .hyphen
        case 0x2E: self = .period
        case 0x2C: self = .comma
        case 0x3A: self = .colon
        case 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x20E3: self = .extender
        default:
            let properties = scalar.properties
            if properties.isWhitespace { self = .whitespace; return }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: self = .extender
            case .decimalNumber: self = .digit
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .letterNumber:
                self = .letter
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                self = .punctuation
            case .control:
                // NUL and other C0/C1 controls are kept as one-scalar symbol tokens so that no
                // input byte is ever dropped from the offset space.
                self = .symbol
            default: self = .symbol
            }
        }
    }

    var isAlphanumeric: Bool { self == .letter || self == .digit }
}
