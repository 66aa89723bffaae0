/// What the taggers see of one token: a spelling normalised so that the project's own tokens look
/// like CoNLL-2003's (curly quotes and apostrophes become ASCII, dashes become `-`/`--`, `…`
/// becomes `...`, every digit becomes `0`), and precomputed hashes of the values that feature
/// templates combine, so that building a feature never allocates.
///
/// Normalising digits follows the usual practice in perceptron taggers (Honnibal 2013, "A good
/// part-of-speech tagger in about 200 lines of Python"; Ratinov & Roth 2009): "1996-08-22" and
/// "2014-05-01" are the same feature, so numbers seen once still teach something.
public struct WordForm: Sendable, Hashable {
    /// The normalised spelling, case kept.
    public let text: String
    /// `text` lowercased.
    public let lower: String
    public let formHash: UInt64
    public let lowerHash: UInt64
    /// Character classes with runs capped at 4: "Mariupol" → "Xxxxx", "1,000" → "0,000".
    public let shapeHash: UInt64
    /// Character classes with runs collapsed: "Mariupol" → "Xx", "Soviet-era" → "Xx-x".
    public let shortShapeHash: UInt64
    /// Hashes of the lowercase prefixes and suffixes of length 1...4 (index 0 is length 1);
    /// shorter words repeat their whole spelling.
    public let prefixHashes: (UInt64, UInt64, UInt64, UInt64)
    public let suffixHashes: (UInt64, UInt64, UInt64, UInt64)
    /// The first character is an uppercase letter.
    public let isCapitalized: Bool
    /// Every letter is uppercase and there are at least two letters ("UN", "BRUSSELS").
    public let isAllCaps: Bool
    /// The word has at least one letter.
    public let hasLetter: Bool
    /// The word has at least one lowercase letter.
    public let hasLowercase: Bool

    public init(_ raw: String) {
        let text = WordForm.normalize(raw)
        let lower = text.lowercased()
        self.text = text
        self.lower = lower
        formHash = WordForm.hash(text)
        lowerHash = WordForm.hash(lower)
        var shape = ""
        var shortShape = ""
        var run = 0
        var lastClass: Character = " "
        var upper = 0, lowerCount = 0
        for character in text {
            let cls: Character
            if character.isUppercase { cls = "X"; upper += 1 }
            else if character.isLowercase || character.isLetter { cls = "x"; lowerCount += 1 }
            else if character == "0" { cls = "0" }
            else { cls = character }
            run = cls == lastClass ? run + 1 : 1
            if run <= 4 { shape.append(cls) }
            if run == 1 { shortShape.append(cls) }
            lastClass = cls
        }
        shapeHash = WordForm.hash(shape)
        shortShapeHash = WordForm.hash(shortShape)
        let scalars = Array(lower.unicodeScalars)
        func affix(_ length: Int, fromEnd: Bool) -> UInt64 {
            let n = Swift.min(length, scalars.count)
            let slice = fromEnd ? scalars[(scalars.count - n)...] : scalars[..<n]
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return WordForm.hash(String(view))
        }
        prefixHashes = (affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false), affix(4, fromEnd: false))
        suffixHashes = (affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true), affix(4, fromEnd: true))
        isCapitalized = text.first?.isUppercase ?? false
        isAllCaps = upper >= 2 && lowerCount == 0
        hasLetter = upper + lowerCount > 0
        hasLowercase = lowerCount > 0
    }

    public func prefixHash(_ length: Int) -> UInt64 {
        switch length {
        case 1: return prefixHashes.0
        case 2: return prefixHashes.1
        case 3: return prefixHashes.2
        default: return prefixHashes.3
        }
    }

    public func suffixHash(_ length: Int) -> UInt64 {
        switch length {
        case 1: return suffixHashes.0
        case 2: return suffixHashes.1
        case 3: return suffixHashes.2
        default: return suffixHashes.3
        }
    }

    public static func == (a: WordForm, b: WordForm) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// FNV-1a of a string's UTF-8 bytes (the value half of a feature).
    public static func hash(_ text: String) -> UInt64 { FeatureHash(template: 0).adding(text).value }

    /// Curly quotes and apostrophes to ASCII, dashes to `-` (en) or `--` (em), `…` to `...`,
    /// digits to `0`.
    public static func normalize(_ raw: String) -> String {
        var needsWork = false
        for scalar in raw.unicodeScalars where scalar.value >= 0x80 || (0x31...0x39).contains(scalar.value) {
            needsWork = true
            break
        }
        guard needsWork else { return raw }
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x31...0x39: out.append("0")
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: out.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: out.append("-")
            case 0x2014, 0x2015: out.append(contentsOf: "--".unicodeScalars)
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            default:
                if scalar.properties.numericType == .decimal { out.append("0") } else { out.append(scalar) }
            }
        }
        return String(out)
    }
}
