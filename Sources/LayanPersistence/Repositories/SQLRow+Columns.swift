import SQLKit

extension SQLRow {
    /// A nullable column. PostgresKit decodes an `Optional` through its generic `Decoder` (an
    /// `Optional` is not `PostgresDecodable`), which cost a quarter of a case list's time; asking for
    /// NULL first and then for the wrapped type takes its direct path on both engines.
    public func decodeIfPresent<T: Decodable>(column: String, as _: T.Type = T.self) throws -> T? {
        try decodeNil(column: column) ? nil : decode(column: column, as: T.self)
    }

    /// A code stored as text (a Fluent enum): read as a `String`, PostgresKit's direct path, then
    /// checked against the type's codes.
    public func decodeCode<T: RawRepresentable<String>>(column: String, as _: T.Type = T.self) throws -> T {
        let raw = try decode(column: column, as: String.self)
        guard let value = T(rawValue: raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "'\(raw)' is not a \(T.self) code (column \(column))"))
        }
        return value
    }
}
