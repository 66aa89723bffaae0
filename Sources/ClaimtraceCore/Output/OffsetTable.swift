/// Converts UTF-8 byte offsets into the unit a client asked for, with one prefix table built
/// per response. Built once per document: O(bytes) time and memory, O(1) per lookup.
struct OffsetTable {
    private let unit: OffsetUnit
    /// For `.codepoint`/`.utf16`: the unit offset at each byte offset that starts a scalar.
    private let table: [Int32]

    init(utf8: [UInt8], unit: OffsetUnit) {
        self.unit = unit
        guard unit != .utf8 else { table = []; return }
        var table = [Int32](repeating: -1, count: utf8.count + 1)
        var units: Int32 = 0
        var index = 0
        while index < utf8.count {
            table[index] = units
            let lead = utf8[index]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            units += (unit == .utf16 && width == 4) ? 2 : 1
            index += width
        }
        table[utf8.count] = units
        self.table = table
    }

    func convert(_ offset: Int) -> Int {
        guard unit != .utf8 else { return offset }
        let value = table[offset]
        precondition(value >= 0, "byte offset \(offset) is not on a scalar boundary")
        return Int(value)
    }
}
