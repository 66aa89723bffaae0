/// Reads comma-separated values as RFC 4180 defines them: fields separated by commas, records by
/// CRLF or LF, a field in double quotes may hold commas, line breaks and doubled quotes (`""`
/// stands for one `"`). A final line break is optional; a UTF-8 byte-order mark is skipped.
///
/// Lenient where the RFC is silent and corpora are sloppy: a quote inside an unquoted field is
/// kept literally, and text after a closing quote up to the next separator is appended.
public struct CSVReader {
    public enum ReadError: Error, CustomStringConvertible, Equatable {
        case unterminatedQuote(record: Int)
        case missingColumn(String)

        public var description: String {
            switch self {
            case .unterminatedQuote(let record): return "CSV record \(record) has an unterminated quoted field"
            case .missingColumn(let name): return "CSV header has no column '\(name)'"
            }
        }
    }

    /// Every record, each a list of fields, header included.
    public static func records(_ bytes: [UInt8]) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var inQuotes = false
        var fieldStarted = false  // the record has content (so a trailing newline ends no empty record)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            // A blank line is no record.
            guard fieldStarted || !field.isEmpty || !record.isEmpty else { return }
            endField()
            records.append(record)
            record = []
            fieldStarted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case comma:
                endField()
                fieldStarted = true
            case cr where index + 1 < bytes.count && bytes[index + 1] == lf:
                endRecord()
                index += 1
            case lf, cr:
                endRecord()
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if inQuotes { throw ReadError.unterminatedQuote(record: records.count + 1) }
        endRecord()
        return records
    }

    /// Records as `column name → value` rows, keyed by the header record.
    public static func rows(_ bytes: [UInt8]) throws -> (header: [String], rows: [[String]]) {
        let all = try records(bytes)
        guard let header = all.first else { return ([], []) }
        return (header, Array(all.dropFirst()))
    }

    /// Index of column `name` in `header`.
    public static func column(_ name: String, in header: [String]) throws -> Int {
        guard let index = header.firstIndex(of: name) else { throw ReadError.missingColumn(name) }
        return index
    }
}
