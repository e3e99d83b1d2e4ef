import LayanDomain
import Vapor

/// A form a page posts, decoded into its own struct so the handler reads named fields the compiler checks.
///
/// Fields are kept as typed text (`String?`) where the page must show the same text again when the input is
/// refused; the service's validation, not the decoder, judges them, so the message stands next to the field.
protocol PageForm: Decodable, Sendable {
    /// The text fields as typed, by field name, to fill the form again when it is shown back.
    var typed: [String: String] { get }
}

extension PageForm {
    /// By default the struct's own `String?` fields, named as the form names them.
    var typed: [String: String] {
        var values: [String: String] = [:]
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            // `as? String` unwraps an `Optional<String>` that holds a value and fails on nil.
            if let text = child.value as? String { values[label] = text }
        }
        return values
    }
}

extension Request {
    /// The posted form as `F`. A body that is not such a form (not URL-encoded, a field of the wrong shape) is a
    /// 422 in the user's language, never a silently empty form.
    func form<F: PageForm>(_: F.Type) throws -> F {
        do {
            return try content.decode(F.self)
        } catch {
            throw LayanError(
                .unprocessableEntity, code: "invalid_form",
                text: LocalizedText(
                    id: "Isian formulir tidak dapat dibaca. Muat ulang halaman lalu coba lagi.",
                    en: "The form could not be read. Reload the page and try again."))
        }
    }
}

/// A form's fields read by name, for forms whose field names are built (`domain_<code>`, `u1`…`u9`).
struct FormFields {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private let container: KeyedDecodingContainer<Key>

    init(_ decoder: any Decoder) throws { container = try decoder.container(keyedBy: Key.self) }

    /// The field's text, nil when the form does not have it.
    func text(_ name: String) throws -> String? {
        try container.decodeIfPresent(String.self, forKey: Key(stringValue: name))
    }
}

extension TypedInstant {
    /// A date and time typed in two fields of a page's form, in the office's zone, or `now` when no date
    /// was typed; a field that cannot be read is refused with the page's own message for it.
    static func page(
        date: String?, time: String?, in zone: TimeZone, now: Date, badDate: Text, badTime: Text
    ) throws -> Date {
        do throws(Failure) {
            return try parse(date: date, time: time, in: zone) ?? now
        } catch {
            switch error {
            case .date: throw LayanError(.unprocessableEntity, code: "invalid_date", badDate)
            case .time: throw LayanError(.unprocessableEntity, code: "invalid_time", badTime)
            }
        }
    }
}
