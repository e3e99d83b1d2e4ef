import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XLSX file read the way a spreadsheet program reads it: the ZIP archive opened by a real ZIP reader, the
/// parts it must hold, and the first sheet's cells parsed from its XML.
struct Workbook {
    /// The archive's file names.
    var parts: Set<String>
    /// The first sheet's cells by reference (`A1`, `D7`): inline strings as their text, numbers as written.
    var cells: [String: String]

    init(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        parts = Set(archive.map(\.path))
        func read(_ path: String) throws -> Data {
            let entry = try #require(archive[path], "no \(path) in the workbook", sourceLocation: sourceLocation)
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        let sheet = try read("xl/worksheets/sheet1.xml")
        let reader = SheetReader()
        let parser = XMLParser(data: sheet)
        parser.delegate = reader
        #expect(parser.parse(), "sheet1.xml is not well-formed XML", sourceLocation: sourceLocation)
        cells = reader.cells
        // The parts a spreadsheet program opens first must be there and be XML too.
        for part in ["[Content_Types].xml", "xl/workbook.xml", "_rels/.rels"] {
            #expect(XMLParser(data: try read(part)).parse(), "\(part) is not XML", sourceLocation: sourceLocation)
        }
    }

    /// The rows' cells by row number, each row's values in column order.
    var rows: [Int: [String]] {
        var rows: [Int: [(String, String)]] = [:]
        for (reference, value) in cells {
            let column = String(reference.prefix { $0.isLetter })
            guard let row = Int(reference.dropFirst(column.count)) else { continue }
            rows[row, default: []].append((column, value))
        }
        return rows.mapValues { cells in
            cells.sorted { ($0.0.count, $0.0) < ($1.0.count, $1.0) }.map(\.1)
        }
    }
}

/// Collects `<c r="…">` cells: the text of `<is><t>` for inline strings, `<v>` otherwise.
private final class SheetReader: NSObject, XMLParserDelegate {
    var cells: [String: String] = [:]
    private var reference: String?
    private var text = ""
    private var collecting = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "c":
            reference = attributes["r"]
            text = ""
        case "t", "v": collecting = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "t", "v": collecting = false
        case "c":
            if let reference { cells[reference] = text }
            reference = nil
        default: break
        }
    }
}
