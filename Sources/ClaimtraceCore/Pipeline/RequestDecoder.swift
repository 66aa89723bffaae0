import Foundation

/// Decodes the contract's JSON request object (`{"text": …, "id": …, "title": …,
/// "published": …, "options": {"offsets": …}}`), shared by the HTTP handlers, the batch
/// endpoint and `claimtrace extract --ndjson`.
public enum RequestDecoder {
    /// Decodes one JSON request. Malformed JSON or wrong field types are 400; an unusable
    /// text (empty, binary) is 422.
    public static func decode(json bytes: some Collection<UInt8>,
                              defaultUnit: OffsetUnit = .codepoint) -> Result<ExtractionRequest, Problem> {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.badRequest("The request body is not valid UTF-8 JSON."))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return .failure(.badRequest("The request body is not valid JSON."))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(.badRequest("The request body must be a JSON object with a \"text\" field."))
        }
        guard let textValue = fields["text"] else {
            return .failure(.badRequest("The field \"text\" is required."))
        }
        guard let text = textValue as? String else {
            return .failure(.badRequest("The field \"text\" must be a string."))
        }
        var clientID: String? = nil
        switch fields["id"] {
        case nil, is NSNull: break
        case let value as String: clientID = value
        default: return .failure(.badRequest("The field \"id\" must be a string."))
        }
        var title: String? = nil
        switch fields["title"] {
        case nil, is NSNull: break
        case let value as String: title = value
        default: return .failure(.badRequest("The field \"title\" must be a string."))
        }
        var published: PublishedDate? = nil
        switch fields["published"] {
        case nil, is NSNull: break
        case let value as String:
            guard let date = PublishedDate(iso8601: value) else {
                return .failure(.badRequest("The field \"published\" must be an ISO 8601 date (YYYY-MM-DD) or date-time."))
            }
            published = date
        default: return .failure(.badRequest("The field \"published\" must be a string."))
        }
        var unit = defaultUnit
        switch fields["options"] {
        case nil, is NSNull: break
        case let options as [String: Any]:
            switch options["offsets"] {
            case nil, is NSNull: break
            case let value as String:
                guard let parsed = OffsetUnit(option: value) else {
                    return .failure(.badRequest("options.offsets must be one of codepoint, utf16, utf8."))
                }
                unit = parsed
            default: return .failure(.badRequest("options.offsets must be a string."))
            }
        default: return .failure(.badRequest("The field \"options\" must be an object."))
        }
        if case .failure(let rejection) = TextValidation.validate(text) { return .failure(.rejected(rejection)) }
        return .success(ExtractionRequest(text: text, clientID: clientID, title: title, published: published,
                                          offsetUnit: unit))
    }

    /// The `id` of a request line, if it can be read, for error lines of a batch.
    public static func clientID(json bytes: some Collection<UInt8>) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        return object["id"] as? String
    }
}
