import Foundation
import LayanDomain

/// Calendar days as Layan stores them: `YYYY-MM-DD` text, which sorts and compares as dates do.
enum Days {
    /// A date typed as `DD/MM/YYYY` or `YYYY-MM-DD`, as stored; nil when it is not a real date.
    static func iso(_ raw: String) -> String? {
        IndonesianFormat.parseDate(raw.trimmingCharacters(in: .whitespaces)).map {
            String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day)
        }
    }

    /// Today in an office's time zone.
    static func today(in zone: IndonesianTimeZone, now: Date) -> String {
        CalendarDay(now, in: zone.timeZone).description
    }
}
