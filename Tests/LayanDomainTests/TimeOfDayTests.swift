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

@Suite struct TypedInstantTests {
    let jakarta = TimeZone(identifier: "Asia/Jakarta")!

    @Test func aDateAndTimeInAnOfficesZone() throws {
        // 21.00 WIB on 3 November is 14.00 UTC, written either way
        #expect(
            try TypedInstant.parse(date: "3/11/2026", time: "21.00", in: jakarta)
                == Date(timeIntervalSince1970: 1_793_714_400))
        #expect(
            try TypedInstant.parse(date: "2026-11-03", time: "21:00", in: jakarta)
                == Date(timeIntervalSince1970: 1_793_714_400))
    }

    @Test func noDateMeansNowAndBadFieldsAreNamed() throws {
        #expect(try TypedInstant.parse(date: " ", time: "zz", in: jakarta) == nil)
        #expect(throws: TypedInstant.Failure.date) {
            try TypedInstant.parse(date: "31/02/2026", time: "08.00", in: jakarta)
        }
        #expect(throws: TypedInstant.Failure.time) { try TypedInstant.parse(date: "01/02/2026", time: "", in: jakarta) }
    }
}
