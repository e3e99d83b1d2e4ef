import Foundation

/// The rules a poverty program's own records obey: the program's report due day, the size of a plan
/// change, a distribution (when, how much, to whom) and a facilitator's monthly report.
public enum ProgramRules {
    /// Facilitators' monthly reports fall due on this day of the next month; 28 keeps it in every month.
    public static func reportDueDay(_ day: Int) throws(RuleViolation) {
        try Bounds.require(
            day, in: 1...28,
            else: RuleViolation(
                "invalid_due_day", id: "Tanggal jatuh tempo laporan 1–28.", en: "The report due day must be 1–28."))
    }

    /// One plan change names 1–5000 regions (a province's villages fit; a whole country's do not).
    public static func planChangeSize(_ count: Int) throws(RuleViolation) {
        try Bounds.require(
            count, in: 1...5000,
            else: RuleViolation(
                "empty_plan", id: "Rencana perlu 1–5000 wilayah.", en: "A plan change needs 1–5000 regions."))
    }
}

/// One hand-over of aid to a beneficiary household.
public enum DistributionRules {
    public static let cashRange: ClosedRange<Int> = 1...100_000_000
    public static let itemsMaxLength = 300
    public static let receiverNameLength: ClosedRange<Int> = 2...120

    /// Checks a distribution dated `day` (inside the program's period, not after `today` in the
    /// office's zone), carrying either cash or items (never both, never neither), signed for by a
    /// named person. `items` and `receivedBy` come trimmed.
    public static func check(
        day: CalendarDay, period: ProgramPeriod?, today: CalendarDay, cashAmount: Int?, items: String?,
        receivedBy: String
    ) throws(RuleViolation) {
        guard let period, period.contains(day) else {
            let start = period.map { String(describing: $0.startsOn) } ?? "—"
            let end = period.map { String(describing: $0.endsOn) } ?? "—"
            throw RuleViolation(
                "outside_program_period",
                id: "Tanggal penyaluran \(day) di luar masa program (\(start) s.d. \(end)).",
                en: "The distribution date \(day) is outside the program's period (\(start) to \(end)).")
        }
        guard day <= today else {
            throw RuleViolation(
                "future_date", id: "Tanggal penyaluran tidak boleh di masa depan.",
                en: "A distribution cannot be dated ahead.")
        }
        switch (cashAmount, items) {
        case (.some(let amount), nil):
            try Bounds.require(
                amount, in: cashRange,
                else: RuleViolation(
                    "invalid_amount", id: "Jumlah tunai Rp1 – Rp100.000.000.",
                    en: "A cash amount is Rp1 – Rp100,000,000."))
        case (nil, .some(let text)):
            try Bounds.require(
                text.count, in: 0...itemsMaxLength,
                else: RuleViolation(
                    "items_too_long", id: "Rincian barang paling panjang 300 karakter.",
                    en: "Items: 300 characters at most."))
        default:
            throw RuleViolation(
                "cash_or_items", id: "Isi jumlah tunai atau rincian barang (salah satu).",
                en: "Give either a cash amount or the items handed over (one of them).")
        }
        try Bounds.require(
            receivedBy.count, in: receiverNameLength,
            else: RuleViolation(
                "received_by_required", id: "Tulis nama penerima yang menandatangani.",
                en: "Give the name of who signed for it."))
    }
}

/// A facilitator's assignment to a district and their monthly report on it.
public enum FacilitatorRules {
    public static let summaryLength: ClosedRange<Int> = 3...2000
    public static let householdsVisited: ClosedRange<Int> = 0...10_000

    /// The district a facilitator is assigned to: a district code (`PP.KK.CC`) inside the office's
    /// region, or containing it (a district office may assign in its own district).
    public static func district(
        _ raw: String, officeRegion: RegionCode?, officeName: String
    ) throws(RuleViolation)
        -> RegionCode
    {
        guard let district = RegionCode(raw.trimmingCharacters(in: .whitespaces)), district.level == .district else {
            throw RuleViolation(
                "invalid_district", id: "Kode kecamatan tidak sah (PP.KK.CC).", en: "Not a district code (PP.KK.CC).")
        }
        if let area = officeRegion, !district.isWithin(area), !area.isWithin(district) {
            throw RuleViolation(
                "district_outside_office", id: "Kecamatan \(district) di luar wilayah \(officeName).",
                en: "District \(district) is outside \(officeName)'s region.")
        }
        return district
    }

    /// A monthly report on `month` (`YYYY-MM`) filed on `day`: not ahead of `today`, not before the
    /// month begins, with a summary and a plausible count of households visited. `summary` comes trimmed.
    public static func report(
        month: String, day: CalendarDay, today: CalendarDay, summary: String, householdsVisited visited: Int?
    ) throws(RuleViolation) {
        guard day <= today else {
            throw RuleViolation(
                "future_date", id: "Tanggal laporan tidak boleh di masa depan.", en: "A report cannot be dated ahead.")
        }
        guard let first = CalendarDay(month + "-01"), day >= first else {
            throw RuleViolation(
                "before_month", id: "Laporan bulan \(month) belum dapat dikirim sebelum bulannya mulai.",
                en: "The report on \(month) cannot be filed before the month begins.")
        }
        try Bounds.require(
            summary.count, in: summaryLength,
            else: RuleViolation(
                "summary_required", id: "Isi ringkasan kegiatan (3–2000 karakter).",
                en: "Give a summary (3–2000 characters)."))
        if let visited {
            try Bounds.require(
                visited, in: householdsVisited,
                else: RuleViolation(
                    "invalid_count", id: "Jumlah rumah tangga dikunjungi 0–10.000.",
                    en: "Households visited: 0–10,000."))
        }
    }
}
