import Foundation
import Testing

@testable import LayanDomain

@Suite("Poverty programs: definitions, eligibility, plans, the beneficiary workflow, overlap, facilitator reports")
struct ProgramTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }
    static func period(_ from: String, _ to: String) -> ProgramPeriod {
        ProgramPeriod(startsOn: day(from), endsOn: day(to))!
    }
    static func region(_ code: String) -> RegionCode { RegionCode(code)! }
    static func id(_ number: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))! }

    // MARK: - Definitions

    @Test func aProgramIsValidatedAndItsCodeUpperCased() throws {
        // MUT
        let result = ProgramDefinition.validate(
            code: "odsk-btg-2026", nameID: "ODSK Kota Bitung 2026", nameEN: nil, aidKind: .food,
            aidCategory: "food_staples", startsOn: "2026-01-01", endsOn: "2026-12-31", organisationCode: "dinsos-bitung"
        )
        // validate
        let program = try result.get()
        #expect(program.code == "ODSK-BTG-2026")
        #expect(program.nameEN == "ODSK Kota Bitung 2026")
        #expect(program.aidCategory == .foodStaples)
        #expect(program.period.months.count == 12)
    }

    @Test func aProgramEndingBeforeItStartsOrWithABadCategoryIsRefused() {
        let backwards = ProgramDefinition.validate(
            code: "X1", nameID: "Program", nameEN: nil, aidKind: .cash, aidCategory: "basic_cash",
            startsOn: "2026-06-01", endsOn: "2026-05-31", organisationCode: "o")
        #expect(backwards.failureCode == "end_before_start")
        let category = ProgramDefinition.validate(
            code: "X1", nameID: "Program", nameEN: nil, aidKind: .cash, aidCategory: "Bantuan Tunai!",
            startsOn: "2026-01-01", endsOn: "2026-12-31", organisationCode: "o")
        #expect(category.failureCode == "invalid_aid_category")
        let code = ProgramDefinition.validate(
            code: "ODSK 2026", nameID: "Program", nameEN: nil, aidKind: .cash, aidCategory: "basic_cash",
            startsOn: "2026-01-01", endsOn: "2026-12-31", organisationCode: "o")
        #expect(code.failureCode == "invalid_program_code")
    }

    @Test func periodsThatShareADayOverlap() {
        let year = Self.period("2026-01-01", "2026-12-31")
        #expect(year.overlaps(Self.period("2026-12-31", "2027-06-30")))
        #expect(!year.overlaps(Self.period("2027-01-01", "2027-06-30")))
        #expect(Self.period("2026-03-01", "2026-08-31").overlaps(year))
    }

    // MARK: - Eligibility

    static let odskRules: [EligibilityRule] = [
        .maxDecile(4), .regions([RegionCode("71.72")!]), .memberCategories(["neglected_elderly"]),
        .householdTraits(["elderly"]),
    ]

    @Test func anEligibleHouseholdMeetsEveryRule() {
        let facts = HouseholdFacts(
            decile: 3, villageCode: Self.region("71.72.01.1001"), traits: ["elderly", "fisher"],
            memberCategories: ["neglected_elderly"])
        #expect(Eligibility.evaluate(Self.odskRules, facts: facts).isEmpty)
    }

    @Test func eachUnmetRuleComesWithItsReason() {
        // setup: decile 6 in Manado (71.71), no member in the registry, no traits
        let facts = HouseholdFacts(
            decile: 6, villageCode: Self.region("71.71.01.1001"), traits: [], memberCategories: [])
        // MUT
        let unmet = Eligibility.evaluate(Self.odskRules, facts: facts)
        // validate
        #expect(unmet.map(\.kind) == ["max_decile", "regions", "member_categories", "household_traits"])
        #expect(unmet[0].reasonEN == "Decile 6 is above the limit of decile ≤ 4.")
        #expect(unmet[0].reasonID == "Desil 6 di atas batas desil ≤ 4.")
        #expect(unmet[1].reasonEN == "Lives in 71.71.01.1001, outside the program's regions (71.72).")
        #expect(unmet[3].reasonEN == "The household lacks the trait(s): elderly.")
    }

    @Test func aHouseholdWithoutADecileDoesNotMeetADecileRule() {
        let facts = HouseholdFacts(decile: nil, villageCode: nil, traits: [], memberCategories: [])
        let unmet = Eligibility.evaluate([.maxDecile(4), .regions([Self.region("71")])], facts: facts)
        #expect(unmet.count == 2)
        #expect(unmet[0].reasonEN.contains("not recorded"))
    }

    @Test func rulesRoundTripThroughTheirStoredForm() throws {
        for rule in Self.odskRules {
            #expect(EligibilityRule(kind: rule.kind, parameter: rule.parameter) == rule)
        }
        #expect(EligibilityRule(kind: "max_decile", parameter: "11") == nil)
        #expect(EligibilityRule(kind: "regions", parameter: "71.72,7x") == nil)
        #expect(EligibilityRule(kind: "shoe_size", parameter: "42") == nil)
        let known = Set(ReferenceData.ppksCategories.map(\.code))
        #expect(
            EligibilityRule.memberCategories(["no_such"]).validate(knownCategories: known).failureCode
                == "unknown_category")
        #expect(EligibilityRule.maxDecile(0).validate(knownCategories: known).failureCode == "invalid_decile")
    }

    // MARK: - Plans

    /// Sulawesi Utara → Kota Bitung → Lembeh Selatan → two of its villages.
    static let bitungPlan: [PlanNode] = [
        PlanNode(region: region("71"), quota: 1000),
        PlanNode(region: region("71.72"), quota: 240),
        PlanNode(region: region("71.72.01"), quota: 120),
        PlanNode(region: region("71.72.02"), quota: 100),
        PlanNode(region: region("71.72.01.1001"), quota: 70),
        PlanNode(region: region("71.72.01.1002"), quota: 50),
    ]

    @Test func aPlanWhoseChildrenFitIsValid() {
        // 120 + 100 = 220 ≤ 240; 70 + 50 = 120 ≤ 120 (exactly full is fine)
        #expect(ProgramPlan.validate(Self.bitungPlan).isEmpty)
    }

    @Test func villagesPlanningMoreThanTheirDistrictAreRefusedNamingTheLevel() {
        // setup: Pasir Panjang raised from 70 to 80: 80 + 50 = 130 > 120
        let plan = ProgramPlan.merge(Self.bitungPlan, [PlanNode(region: Self.region("71.72.01.1001"), quota: 80)])
        // MUT
        let errors = ProgramPlan.validate(plan)
        // validate
        #expect(
            errors == [
                .childrenExceedParent(childLevel: .village, parent: Self.region("71.72.01"), planned: 130, quota: 120)
            ])
        #expect(errors[0].message(in: .english) == "The villages of district 71.72.01 plan 130, more than its 120.")
        #expect(
            errors[0].message(in: .indonesian)
                == "Rencana desa/kelurahan di kecamatan 71.72.01 berjumlah 130, melebihi kuotanya 120.")
    }

    @Test func everyLevelIsChecked() {
        // setup: the city cut to 200 below its districts' 220, the province to 100 below the city
        let plan = ProgramPlan.merge(
            Self.bitungPlan,
            [PlanNode(region: Self.region("71.72"), quota: 200), PlanNode(region: Self.region("71"), quota: 100)])
        // MUT
        let errors = ProgramPlan.validate(plan)
        // validate: province first (codes order), then the city
        #expect(errors.map(\.code) == ["plan_exceeds_parent", "plan_exceeds_parent"])
        #expect(errors[0].message(in: .english) == "The regencies/cities of province 71 plan 200, more than its 100.")
        #expect(errors[1].message(in: .english) == "The districts of regency/city 71.72 plan 220, more than its 200.")
    }

    @Test func negativeAndDuplicateNodesAreRefused() {
        let errors = ProgramPlan.validate([
            PlanNode(region: Self.region("71.72"), quota: -1), PlanNode(region: Self.region("71.72"), quota: 5),
        ])
        #expect(errors.map(\.code).contains("negative_quota"))
        #expect(errors.map(\.code).contains("duplicate_region"))
    }

    @Test func theOfficesOwnQuotaIsItsRegionsNode() {
        #expect(ProgramPlan.quota(for: Self.region("71.72"), in: Self.bitungPlan) == 240)
        // a plan made of districts only: the office's quota is their sum
        let districts = Array(Self.bitungPlan[2...3])
        #expect(ProgramPlan.quota(for: Self.region("71.72"), in: districts) == 220)
    }

    @Test func progressRowsAtALevelJoinPlanAndCounts() {
        // setup: counts as SQL groups them by the first 8 characters of the village code
        let rows = PlanProgress.rows(
            level: .district, plan: Self.bitungPlan,
            approved: [Self.region("71.72.01"): 90, Self.region("71.72.05"): 3],
            reached: [Self.region("71.72.01"): 84, Self.region("71.72.02"): 25])
        // validate: two planned districts and one reached without a plan
        #expect(rows.map(\.region.rawValue) == ["71.72.01", "71.72.02", "71.72.05"])
        #expect(rows[0].percent == 70.0)  // 84 / 120
        #expect(rows[1].percent == 25.0)  // 25 / 100
        #expect(rows[2].planned == nil && rows[2].percent == nil)
    }

    // MARK: - Beneficiary workflow

    @Test func proposedVerifiedApproved() throws {
        let verified = try BeneficiaryWorkflow.decide(.verify, from: .proposed).get()
        #expect(verified.state == .verified)
        let approved = try BeneficiaryWorkflow.decide(.approve, from: .verified).get()
        #expect(approved.state == .approved && !approved.isException)
    }

    @Test func stepsOutOfOrderAreRefused() {
        #expect(BeneficiaryWorkflow.decide(.approve, from: .proposed).failureCode == "invalid_transition")
        #expect(BeneficiaryWorkflow.decide(.verify, from: .approved).failureCode == "invalid_transition")
        #expect(BeneficiaryWorkflow.decide(.reject, from: .approved, reason: "x").failureCode == "invalid_transition")
        #expect(BeneficiaryWorkflow.decide(.reject, from: .proposed).failureCode == "reason_required")
    }

    @Test func anIneligibleHouseholdIsApprovedOnlyAsAnExceptionWithItsReason() throws {
        let unmet = Eligibility.evaluate(
            [.maxDecile(4)],
            facts: HouseholdFacts(decile: 5, villageCode: nil, traits: [], memberCategories: []))
        // without a reason: refused, saying which rule fails
        let refused = BeneficiaryWorkflow.decide(.approve, from: .verified, unmet: unmet, reason: "  ")
        #expect(refused.failureCode == "ineligible")
        if case .failure(let error) = refused {
            #expect(error.message(in: .english).contains("Decile 5 is above the limit of decile ≤ 4."))
        }
        // with one: approved, the reason and the overridden rule kept
        let approved = try BeneficiaryWorkflow.decide(
            .approve, from: .verified, unmet: unmet, reason: "Kepala keluarga baru meninggal; penghasilan hilang."
        ).get()
        #expect(approved.state == .approved)
        #expect(approved.isException)
        #expect(approved.reason == "Kepala keluarga baru meninggal; penghasilan hilang.")
        #expect(approved.unmetRules.map(\.kind) == ["max_decile"])
    }

    // MARK: - Overlap

    static func enrolment(
        _ program: Int, _ category: AidCategory, _ from: String, _ to: String, kk: String, nik: String?
    ) -> Enrolment {
        Enrolment(
            programID: id(program), programCode: "P\(program)", category: category, period: period(from, to),
            kkNumber: kk, nik: nik)
    }

    @Test func theSameKKWithTheSameCategoryInOverlappingPeriodsIsAnOverlap() {
        let odsk = Self.enrolment(1, .foodStaples, "2026-01-01", "2026-12-31", kk: "7172011203150001", nik: "A")
        let city = Self.enrolment(2, .foodStaples, "2026-03-01", "2026-08-31", kk: "7172011203150001", nik: "B")
        #expect(Overlap.match(odsk, city) == .kk)
        #expect(Overlap.conflicts(of: city, among: [odsk]).map(\.existing.programCode) == ["P1"])
    }

    @Test func theSameNIKInAnotherKKIsAnOverlap() {
        let before = Self.enrolment(1, .foodStaples, "2026-01-01", "2026-12-31", kk: "KK-OLD", nik: "7172015507800001")
        let after = Self.enrolment(2, .foodStaples, "2026-06-01", "2026-06-30", kk: "KK-NEW", nik: "7172015507800001")
        #expect(Overlap.match(before, after) == .nik)
    }

    @Test func anotherCategoryOrDisjointPeriodsOrTheSameProgramAreNoOverlap() {
        let odsk = Self.enrolment(1, .foodStaples, "2026-01-01", "2026-06-30", kk: "K", nik: "N")
        #expect(
            Overlap.match(odsk, Self.enrolment(2, .elderlyCash, "2026-01-01", "2026-06-30", kk: "K", nik: "N")) == nil)
        #expect(
            Overlap.match(odsk, Self.enrolment(2, .foodStaples, "2026-07-01", "2026-12-31", kk: "K", nik: "N")) == nil)
        #expect(
            Overlap.match(odsk, Self.enrolment(1, .foodStaples, "2026-01-01", "2026-06-30", kk: "K", nik: "N")) == nil)
        #expect(
            Overlap.match(odsk, Self.enrolment(2, .foodStaples, "2026-06-30", "2026-12-31", kk: "K", nik: "N"))
                == .kkAndNik)
        // no NIK on either side is not a match by NIK
        #expect(
            Overlap.match(
                Self.enrolment(1, .foodStaples, "2026-01-01", "2026-06-30", kk: "K1", nik: nil),
                Self.enrolment(2, .foodStaples, "2026-01-01", "2026-06-30", kk: "K2", nik: nil)) == nil)
    }

    // MARK: - Facilitator reports

    @Test func theReportOnAMonthIsDueOnTheTenthOfTheNext() {
        #expect(FacilitatorReporting.dueDate(for: YearMonth(year: 2026, month: 3)!) == Self.day("2026-04-10"))
        #expect(FacilitatorReporting.dueDate(for: YearMonth(year: 2026, month: 12)!) == Self.day("2027-01-10"))
        // day 31 in a 30-day month is its last day; day 30 after January is the end of February
        #expect(
            FacilitatorReporting.dueDate(for: YearMonth(year: 2026, month: 3)!, dueDay: 31) == Self.day("2026-04-30"))
        #expect(
            FacilitatorReporting.dueDate(for: YearMonth(year: 2028, month: 1)!, dueDay: 30) == Self.day("2028-02-29"))
    }

    @Test func onTimeLateMissingAndNotDue() {
        let due = Self.day("2026-04-10")
        let today = Self.day("2026-05-02")
        #expect(FacilitatorReporting.status(dueOn: due, submittedOn: Self.day("2026-04-10"), today: today) == .onTime)
        #expect(FacilitatorReporting.status(dueOn: due, submittedOn: Self.day("2026-04-11"), today: today) == .late)
        #expect(FacilitatorReporting.status(dueOn: due, submittedOn: nil, today: today) == .missing)
        #expect(FacilitatorReporting.status(dueOn: due, submittedOn: nil, today: Self.day("2026-04-10")) == .notDue)
        // 3 on time, 1 late, 1 missing, 1 not due: 3 of 5 due = 60%
        let statuses: [ReportStatus] = [.onTime, .onTime, .onTime, .late, .missing, .notDue]
        #expect(FacilitatorReporting.onTimePercent(statuses) == 60.0)
        #expect(FacilitatorReporting.onTimePercent([.notDue]) == nil)
    }

    @Test func aFacilitatorReportsOnTheMonthsOfTheAssignmentInsideTheProgram() {
        let months = FacilitatorReporting.months(
            assignment: Self.period("2025-11-15", "2026-03-31"), program: Self.period("2026-01-01", "2026-12-31"))
        #expect(months.map(\.description) == ["2026-01", "2026-02", "2026-03"])
    }
}

extension Result {
    /// The failure's code, for the domain's error types.
    var failureCode: String? {
        guard case .failure(let error) = self else { return nil }
        switch error {
        case let error as ProgramError: return error.code
        case let error as EligibilityRuleError: return error.code
        case let error as BeneficiaryError: return error.code
        default: return String(describing: error)
        }
    }
}
