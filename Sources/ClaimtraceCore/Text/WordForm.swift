/// What the taggers see of one token: a spelling normalised so that the project's own tokens look
/// like CoNLL-2003's (curly quotes and apostrophes become ASCII, dashes become `-`/`--`, `…`
/// becomes `...`, every digit becomes `0`), and precomputed hashes of the values that feature
/// templates combine, so that building a feature never allocates.
///
/// Normalising digits follows the usual practice in perceptron taggers (Honnibal 2013, "A good
/// part-of-speech tagger in about 200 lines of Python"; Ratinov & Roth 2009): "1996-08-22" and
/// "2014-05-01" are the same feature, so numbers seen once still teach something.
///
/// Speed: nearly every token is ASCII, and for those every hash is computed in one pass over the
/// UTF-8 bytes without building a string (affix hashes are snapshots of the running FNV state).
/// Other tokens take a slower path over Unicode scalars with the same definitions.
public struct WordForm: Sendable, Hashable {
    /// The token as written.
    public let raw: String
    /// FNV hash of the normalised spelling (case kept), as `WordForm.hash(text)`.
    public let formHash: UInt64
    /// `WordForm.hash(lower)`: gazetteers and clusters look words up by it.
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

    /// The normalised spelling, case kept.
    public var text: String { WordForm.normalize(raw) }
    /// `text` lowercased.
    public var lower: String { text.lowercased() }

    public init(_ raw: String) {
        self.raw = raw
        var copy = raw
        let fast: Bool? = copy.withUTF8 { bytes in
            guard !bytes.isEmpty, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return true
        }
        var result: (UInt64, UInt64, UInt64, UInt64, (UInt64, UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64, UInt64), UInt8)? = nil
        if fast == true {
            copy.withUTF8 { result = WordForm.asciiHashes($0) }
        } else if let normalized = WordForm.asciiNormalization(raw) {
            normalized.withUnsafeBufferPointer { result = WordForm.asciiHashes($0) }
        }
        if let result {
            (formHash, lowerHash, shapeHash, shortShapeHash, prefixHashes, suffixHashes, _) = result
            let flags = result.6
            isCapitalized = flags & 1 != 0
            isAllCaps = flags & 2 != 0
            hasLetter = flags & 4 != 0
            hasLowercase = flags & 8 != 0
            return
        }
        let text = WordForm.normalize(raw)
        let lower = text.lowercased()
        formHash = WordForm.hash(text)
        lowerHash = WordForm.hash(lower)
        var shape = FeatureHash(template: 0), shortShape = FeatureHash(template: 0)
        var run = 0
        var lastClass: Unicode.Scalar = " "
        var upper = 0, lowerCount = 0
        for scalar in text.unicodeScalars {
            let cls: Unicode.Scalar
            let properties = scalar.properties
            if properties.isUppercase { cls = "X"; upper += 1 }
            else if properties.isLowercase || properties.isAlphabetic { cls = "x"; lowerCount += 1 }
            else if scalar == "0" { cls = "0" }
            else { cls = scalar }
            run = cls == lastClass ? run + 1 : 1
            if run <= 4 { for byte in String(cls).utf8 { shape.mix(byte) } }
            if run == 1 { for byte in String(cls).utf8 { shortShape.mix(byte) } }
            lastClass = cls
        }
        shape.mix(UInt8(0xFF))
        shortShape.mix(UInt8(0xFF))
        shapeHash = shape.value
        shortShapeHash = shortShape.value
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
        isCapitalized = text.unicodeScalars.first?.properties.isUppercase ?? false
        isAllCaps = upper >= 2 && lowerCount == 0
        hasLetter = upper + lowerCount > 0
        hasLowercase = lowerCount > 0
    }

    /// `normalize(raw)` as ASCII bytes when every non-ASCII character of `raw` is one that
    /// `normalize` maps to ASCII (curly quotes, primes, dashes, the ellipsis), else nil. News text
    /// is full of "’s" and "“": those tokens then take the ASCII path too, with the same hashes
    /// (the general path on an ASCII spelling computes exactly what `asciiHashes` does).
    private static func asciiNormalization(_ raw: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: bytes.append(0x27)  // '
            case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: bytes.append(0x22)  // "
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: bytes.append(0x2D)  // -
            case 0x2014, 0x2015: bytes.append(contentsOf: [0x2D, 0x2D])
            case 0x2026: bytes.append(contentsOf: [0x2E, 0x2E, 0x2E])
            default: return nil
            }
        }
        return bytes.isEmpty ? nil : bytes
    }

    /// The ASCII path: every hash in one pass. Equal to the general definitions on ASCII input
    /// (`hash(text)`, `hash(lower)`, affixes of `lower`, `hash(shape string)`).
    @inline(__always)
    private static func asciiHashes(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (UInt64, UInt64, UInt64, UInt64, (UInt64, UInt64, UInt64, UInt64), (UInt64, UInt64, UInt64, UInt64), UInt8) {
        var form = FeatureHash(template: 0), lower = FeatureHash(template: 0)
        var shape = FeatureHash(template: 0), shortShape = FeatureHash(template: 0)
        // Tuples, not arrays: this runs for every token of every document, and an array
        // would be a heap allocation each.
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var upper = 0, lowerCount = 0
        var run = 0
        var lastClass: UInt8 = 0
        let count = bytes.count
        for (position, raw) in bytes.enumerated() {
            var byte = raw
            if byte >= 0x31 && byte <= 0x39 { byte = 0x30 }
            form.mix(byte)
            var lowered = byte
            let cls: UInt8
            if byte >= 0x41 && byte <= 0x5A { cls = 0x58; upper += 1; lowered = byte + 32 }  // X
            else if byte >= 0x61 && byte <= 0x7A { cls = 0x78; lowerCount += 1 }  // x
            else { cls = byte }
            lower.mix(lowered)
            run = cls == lastClass ? run + 1 : 1
            if run <= 4 { shape.mix(cls) }
            if run == 1 { shortShape.mix(cls) }
            lastClass = cls
            if position < 4 {
                var snapshot = lower
                snapshot.mix(UInt8(0xFF))
                switch position {
                case 0: prefixes.0 = snapshot.value
                case 1: prefixes.1 = snapshot.value
                case 2: prefixes.2 = snapshot.value
                default: prefixes.3 = snapshot.value
                }
            }
        }
        // Shorter words repeat their whole spelling.
        if count < 2 { prefixes.1 = prefixes.0 }
        if count < 3 { prefixes.2 = prefixes.1 }
        if count < 4 { prefixes.3 = prefixes.2 }
        form.mix(UInt8(0xFF))
        lower.mix(UInt8(0xFF))
        shape.mix(UInt8(0xFF))
        shortShape.mix(UInt8(0xFF))
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for k in 1...4 {
            let n = Swift.min(k, count)
            var h = FeatureHash(template: 0)
            for i in (count - n)..<count {
                var byte = bytes[i]
                if byte >= 0x31 && byte <= 0x39 { byte = 0x30 }
                if byte >= 0x41 && byte <= 0x5A { byte += 32 }
                h.mix(byte)
            }
            h.mix(UInt8(0xFF))
            switch k {
            case 1: suffixes.0 = h.value
            case 2: suffixes.1 = h.value
            case 3: suffixes.2 = h.value
            default: suffixes.3 = h.value
            }
        }
        var flags: UInt8 = 0
        if let first = bytes.first, first >= 0x41 && first <= 0x5A { flags |= 1 }
        if upper >= 2 && lowerCount == 0 { flags |= 2 }
        if upper + lowerCount > 0 { flags |= 4 }
        if lowerCount > 0 { flags |= 8 }
        return (form.value, lower.value, shape.value, shortShape.value,
                prefixes, suffixes, flags)
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

    public static func == (a: WordForm, b: WordForm) -> Bool { a.raw == b.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

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
