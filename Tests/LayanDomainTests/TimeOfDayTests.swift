import Foundation
import LayanDomain
import Testing

@Suite struct TimeOfDayTests {
    @Test(arguments: [
        ("19:30", 19, 30), ("19.30", 19, 30), ("7:05", 7, 5), (" 00:00 ", 0, 0), ("23.59", 23, 59),
    ])
    func readsWhatPeopleType(text: String, hour: Int, minute: Int) throws {
        let time = try #require(TimeOfDay(text))
        #expect(time.hour == hour && time.minute == minute)
    }

    @Test(arguments: ["24:00", "12:60", "7:5", "1930", "", "ab:cd", "-1:30", "12:30:00", "123:00"])
    func refusesWhatIsNoTime(text: String) {
        #expect(TimeOfDay(text) == nil)
    }

    @Test func anInstantOnADayInAnOfficesZone() throws {
        // setup
        let day = try #require(CalendarDay(year: 2026, month: 11, day: 3))
        let time = try #require(TimeOfDay("21.15"))
        let jayapura = try #require(TimeZone(identifier: "Asia/Jayapura"))
        // MUT
        let instant = time.instant(on: day, in: jayapura)
        // validate: 21:15 WIT is 12:15 UTC, and reads back as the same day and time
        #expect(instant == Date(timeIntervalSince1970: 1_793_708_100))
        #expect(CalendarDay(instant, in: jayapura) == day)
        #expect(TimeOfDay(instant, in: jayapura) == time)
        #expect(time.description == "21:15")
    }
}
