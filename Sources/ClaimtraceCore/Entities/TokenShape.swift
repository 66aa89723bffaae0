/// Spelling shapes the entity rules test.
enum TokenShape {
    /// At least two letters, all uppercase ("US", "UN", "WASHINGTON").
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
