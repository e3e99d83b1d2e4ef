import Foundation

/// A time of day as typed on a form: `19:30`, `19.30` (as Indonesians write it) or `7:05`.
public struct TimeOfDay: Sendable, Hashable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Nil unless the text is one or two digits of hour, `:` or `.`, and two digits of minute.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "." }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        hour = ofDay / 3600
        minute = ofDay % 3600 / 60
    }

    /// `HH:mm`, as an `<input type="time">` holds it.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// The instant at this time on `day` in `timeZone`. Indonesia's zones keep no daylight saving time,
    /// so the day's offset is the offset at every hour of it.
    public func instant(on day: CalendarDay, in timeZone: TimeZone) -> Date {
        day.start(in: timeZone).addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }
}

/// A date and a time typed in two fields of a form (`22/11/2026` or `2026-11-22`, and `19.30`), read in
/// an office's zone: the moment something happened when it is entered after the fact.
public enum TypedInstant {
    public enum Failure: Error, Equatable {
        case date, time
    }

    /// Nil when no date was typed (the form then means now); a typed date needs a time.
    public static func parse(date: String?, time: String?, in zone: TimeZone) throws(Failure) -> Date? {
        guard let dayText = date?.trimmingCharacters(in: .whitespaces), !dayText.isEmpty else { return nil }
        guard let parts = IndonesianFormat.parseDate(dayText),
            let day = CalendarDay(year: parts.year, month: parts.month, day: parts.day)
        else { throw .date }
        guard let time = TimeOfDay(time ?? "") else { throw .time }
        return time.instant(on: day, in: zone)
    }
}
