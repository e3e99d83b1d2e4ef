import Foundation

/// CSV and XLSX files written by Layan itself (no dependency): the annual report's downloads.
enum SpreadsheetFiles {
    /// RFC 4180 CSV with a UTF-8 byte order mark, so spreadsheet programs read the Indonesian text right.
    static func csv(_ rows: [[String]]) -> [UInt8] {
        let text = rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n")
        return [0xEF, 0xBB, 0xBF] + Array((text + "\r\n").utf8)
    }

    /// A cell: numbers stay numbers in the spreadsheet.
    enum Cell: Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    /// An Office Open XML workbook with one sheet, inline strings, stored (uncompressed) in a ZIP archive.
    static func xlsx(sheetName: String, rows: [[Cell]]) -> [UInt8] {
        func escape(_ text: String) -> String {
            var result = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                // XML 1.0 allows only tab, line feed and carriage return below space.
                case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r": continue
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
        func column(_ index: Int) -> String {
            var name = ""
            var number = index + 1
            while number > 0 {
                let remainder = (number - 1) % 26
                name = String(UnicodeScalar(UInt8(65 + remainder))) + name
                number = (number - 1) / 26
            }
            return name
        }
        var sheet =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            sheet += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = column(columnIndex) + String(rowIndex + 1)
                switch cell {
                case .text(let text):
                    sheet +=
                        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                case .number(let number) where number.isFinite:
                    sheet += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                case .number, .empty: continue
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let files: [(String, String)] = [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>"
            ),
            (
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"
            ),
            (
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"\(escape(String(sheetName.prefix(31))))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>"
            ),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        return zip(files.map { ($0.0, Array($0.1.utf8)) })
    }

    /// A ZIP archive of `files`, stored without compression (every reader accepts it; reports are small).
    static func zip(_ files: [(name: String, data: [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        func le16(_ value: Int, into bytes: inout [UInt8]) {
            bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)]
        }
        func le32(_ value: UInt32, into bytes: inout [UInt8]) {
            bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
        }
        for file in files {
            let name = Array(file.name.utf8)
            let crc = crc32(file.data)
            let offset = UInt32(archive.count)
            // Local file header: version 2.0, UTF-8 names (bit 11), stored, a fixed 1980-01-01 time.
            le32(0x0403_4B50, into: &archive)
            le16(20, into: &archive)
            le16(0x0800, into: &archive)
            le16(0, into: &archive)
            le16(0, into: &archive)
            le16(0x21, into: &archive)
            le32(crc, into: &archive)
            le32(UInt32(file.data.count), into: &archive)
            le32(UInt32(file.data.count), into: &archive)
            le16(name.count, into: &archive)
            le16(0, into: &archive)
            archive += name + file.data
            le32(0x0201_4B50, into: &directory)
            le16(20, into: &directory)
            le16(20, into: &directory)
            le16(0x0800, into: &directory)
            le16(0, into: &directory)
            le16(0, into: &directory)
            le16(0x21, into: &directory)
            le32(crc, into: &directory)
            le32(UInt32(file.data.count), into: &directory)
            le32(UInt32(file.data.count), into: &directory)
            le16(name.count, into: &directory)
            le16(0, into: &directory)
            le16(0, into: &directory)
            le16(0, into: &directory)
            le16(0, into: &directory)
            le32(0, into: &directory)
            le32(offset, into: &directory)
            directory += name
        }
        let directoryOffset = UInt32(archive.count)
        archive += directory
        le32(0x0605_4B50, into: &archive)
        le16(0, into: &archive)
        le16(0, into: &archive)
        le16(files.count, into: &archive)
        le16(files.count, into: &archive)
        le32(UInt32(directory.count), into: &archive)
        le32(directoryOffset, into: &archive)
        le16(0, into: &archive)
        return archive
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// CRC-32 (IEEE 802.3), as ZIP requires.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
